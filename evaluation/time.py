"""Score temporal expressions: TIMEX span detection and value normalization against the document creation time.

Corpora (read in place, never copied):

``meantime`` — MEANTIME English (../shared/corpora/meantime_en): 120 Wikinews articles, TIMEX3 annotated in
the headline, the dateline and the first four body sentences (sentences 0-5; nothing later is annotated,
so only those sentences are scored).
``eventstoryline`` — EventStoryLine v1.5 (../shared/corpora/eventstoryline_v1.5): 258 ECB+ news documents,
TIME_DATE / TIME_OF_THE_DAY / TIME_DURATION / TIME_REPETITION markables. Not every sentence is
annotated, so a sentence is scored only when it holds at least one gold markable of any kind (event,
participant, location or time).

Each document's tokens are joined back into text (sentences as paragraphs; "1 : 30" -> "1:30",
"a . m ." -> "a.m.", "90 - day" -> "90-day"), dated with the gold creation time (its date part) and run
through the real pipeline (annotate + ``extract_time_expressions``). The creation-time expression itself
is left out on both sides. A span is the set of gold tokens it touches.

Metrics:
- strict span P/R/F1: a prediction equals a gold expression's token set;
- relaxed span P/R/F1: a prediction overlaps a gold expression (one-to-one, largest overlap first);
- value accuracy: over relaxed-matched pairs whose gold value is not empty, the share whose predicted
  value equals the gold value exactly (both canonicalised: upper case, months and days zero-padded,
  "PRES_REF" = "PRESENT_REF"). An unresolved prediction (None) counts as wrong;
- value accuracy (strict): the same over strict matches; date-part accuracy: the same comparing only
  what precedes "T" (a right day with a wrong clock time counts as right);
- value F1 (TempEval-3 style): correct values / predictions and / gold expressions with a value;
- value accuracy without unstated zones: the value accuracy leaving out the pairs whose gold value is a
  clock time in UTC ("...T12:33Z") while the gold span names no zone (EventStoryLine converts local
  times with offsets the text never gives; TimeML keeps the clock as written); ``unstated_zone_n`` counts
  them. A diagnostic, reported beside the value accuracy, never instead of it.

``fixtures`` — the team-made blind set (tests/fixtures/time/blind.jsonl, guideline in that folder's
README): invented sentences with a document date (or none) and the expressions a reader marks. A gold
span is the first occurrence of its text; spans compare by characters (strict: equal, relaxed:
overlapping); a gold value of null must be predicted as null.

Systems: ``rules`` (the extractor) and ``baseline`` (spaCy DATE/TIME entities, values from dateparser's
DateDataParser with RELATIVE_BASE = the creation date and its reported period).

Usage: python evaluation/time.py {meantime,eventstoryline,both,fixtures} [--system rules|baseline] [--limit N]
                                 [--errors] [--json] [--file F]
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
MEANTIME = CORPORA / "meantime_en"
EVENTSTORYLINE = CORPORA / "eventstoryline_v1.5"
MEANTIME_SENTENCES = frozenset(range(6))
FIXTURES = ROOT / "tests" / "fixtures" / "time" / "blind.jsonl"


@dataclass(frozen=True, slots=True)
class Gold:
    tokens: tuple[str, ...]
    type: str
    value: str


@dataclass(slots=True)
class CorpusDocument:
    """One annotated document: its tokens (t_id, text, sentence), creation date, gold expressions, scored sentences."""

    name: str
    tokens: list[tuple[str, str, int]]
    dct: str | None
    gold: list[Gold]
    scored: set[int]
    dct_tokens: set[str] = field(default_factory=set)
    #: the original text, when the document was not tokenized by a corpus (the fixtures)
    text: str | None = None


def load_meantime(folder: Path = MEANTIME) -> list[CorpusDocument]:
    documents = []
    for path in sorted(glob.glob(str(folder / "intra_cross-doc_annotation" / "*" / "*.xml"))):
        root = ET.parse(path).getroot()
        tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence"))) for t in root.iter("token")]
        gold, dct, dct_tokens = [], None, set()
        for markable in root.find("Markables"):
            if markable.tag != "TIMEX3":
                continue
            ids = tuple(a.get("t_id") for a in markable.findall("token_anchor"))
            if markable.get("functionInDocument") == "CREATION_TIME":
                dct, dct_tokens = markable.get("value"), set(ids)
                continue
            if ids:
                gold.append(Gold(ids, markable.get("type") or "DATE", markable.get("value") or ""))
        if dct is None:  # two files mark no creation time: their dateline (sentence 1) gives it
            sentence_of = {tid: sentence for tid, _, sentence in tokens}
            dateline = [g for g in gold if all(sentence_of[t] == 1 for t in g.tokens) and g.type == "DATE"]
            if dateline:
                dct, dct_tokens = dateline[0].value, set(dateline[0].tokens)
                gold.remove(dateline[0])
        documents.append(CorpusDocument(Path(path).stem, tokens, dct, gold, set(MEANTIME_SENTENCES), dct_tokens))
    return documents


ESC_TYPES = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION", "TIME_REPETITION": "SET"}


def load_eventstoryline(folder: Path = EVENTSTORYLINE) -> list[CorpusDocument]:
    documents = []
    for path in sorted(glob.glob(str(folder / "xml" / "*" / "*.xml"))):
        root = ET.parse(path).getroot()
        tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence"))) for t in root.iter("token")]
        sentence_of = {tid: sentence for tid, _, sentence in tokens}
        gold, dct, dct_tokens, scored = [], None, set(), set()
        for markable in root.find("Markables"):
            ids = tuple(a.get("t_id") for a in markable.findall("token_anchor"))
            scored |= {sentence_of[i] for i in ids}
            if markable.tag.startswith("TIME_") and markable.get("DCT") == "TRUE":
                dct, dct_tokens = markable.get("value"), set(ids)
                continue
            if not markable.tag.startswith("TIME_") or not ids:
                continue
            gold.append(Gold(ids, ESC_TYPES.get(markable.tag, "DATE"), markable.get("value") or ""))
        documents.append(CorpusDocument(Path(path).name.split(".")[0], tokens, dct, gold, scored, dct_tokens))
    return documents


NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "$", "#"}


def detokenize(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Tokens -> text with one paragraph per sentence, and each token's character span in it."""
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length = 0
    previous: tuple[str, int] | None = None
    before_previous = ""
    for index, (tid, text, sentence) in enumerate(tokens):
        following = tokens[index + 1][1] if index + 1 < len(tokens) else ""
        if previous is None:
            gap = ""
        elif sentence != previous[1]:
            gap = "\n\n"
        else:
            last = previous[0]
            gap = " "
            if text in NO_SPACE_BEFORE or last in NO_SPACE_AFTER:
                gap = ""
            if text in (":", ".") and last.isdigit() and following[:1].isdigit():
                gap = ""
            if last in (":", ".") and text[:1].isdigit() and before_previous.isdigit():
                gap = ""
            if last == "." and text.lower() in ("m", "m.") and before_previous.lower() in ("a", "p"):
                gap = ""
            if (text == "-" and last[-1:].isalnum() and following[:1].isalnum()) or \
                    (last == "-" and text[:1].isalnum() and before_previous[-1:].isalnum()):
                gap = ""
            if (text == "/" and last.isdigit()) or (last == "/" and text.isdigit()):
                gap = ""
        pieces.append(gap)
        length += len(gap)
        spans[tid] = (length, length + len(text))
        pieces.append(text)
        length += len(text)
        before_previous = previous[0] if previous else ""
        previous = (text, sentence)
    return "".join(pieces), spans


def canonical(value: str | None) -> str:
    """A TIMEX3 value written one way: upper case, zero-padded months and days, "PRES_REF" = "PRESENT_REF"."""
    text = (value or "").strip().upper().replace("PRES_REF", "PRESENT_REF")
    text = re.sub(r"^(\d{3})X$", r"\1", text)  # a decade: "194X" = "194"
    text = re.sub(r"^(\d{4})W(\d)", r"\1-W\2", text)  # "2011W42" = "2011-W42"
    text = re.sub(r"^(\d{4})-(\d)(?=$|-|T)", r"\1-0\2", text)
    return re.sub(r"^(\d{4}-\d{2})-(\d)(?=$|T)", r"\1-0\2", text)


def creation_date(document: CorpusDocument) -> str | None:
    found = re.match(r"^(?:t_)?(\d{4})[-:](\d{1,2})[-:](\d{1,2})", document.dct or "")  # one file: "t_2013-09-09"
    if found:
        return f"{found.group(1)}-{int(found.group(2)):02d}-{int(found.group(3)):02d}"
    found = re.match(r"^(\d{2})-(\d{2})-(\d{4})$", document.dct or "")  # one file writes it day-month-year
    return f"{found.group(3)}-{found.group(2)}-{found.group(1)}" if found else None


@dataclass(frozen=True, slots=True)
class Prediction:
    tokens: frozenset[str]
    value: str | None
    type: str
    text: str


def _to_tokens(spans: dict[str, tuple[int, int]], start: int, end: int) -> frozenset[str]:
    return frozenset(tid for tid, (s, e) in spans.items() if s < end and start < e)


def predict(documents: list[CorpusDocument], system: str = "rules") -> tuple[list[list[Prediction]], float]:
    """Run a system over the documents; returns the predictions per document and the seconds spent extracting
    (after annotation: the extractor's own cost)."""
    from newsdossier.annotate import annotate, load_nlp
    from newsdossier.extract.timex import extract_time_expressions
    from newsdossier.records import Article

    texts = [detokenize(d.tokens) if d.text is None else (d.text, {t[0]: tuple(map(int, t[0].split("-")))
                                                                  for t in d.tokens}) for d in documents]
    articles = (Article(id=f"doc-{i}", content_hash=str(i), source=d.name, text=texts[i][0],
                        published=creation_date(d)) for i, d in enumerate(documents))
    results: list[list[Prediction]] = []
    spent = 0.0
    for article, parts in annotate(articles, load_nlp()):
        index = int(article.id.split("-")[1])
        spans = texts[index][1]
        began = time.perf_counter()
        if system == "baseline":
            found = baseline(article, parts)
        else:
            found = [(t.start, t.end, t.value, t.type) for t in extract_time_expressions(article, parts)]
        spent += time.perf_counter() - began
        results.append([Prediction(_to_tokens(spans, s, e), v, k, article.text[s:e]) for s, e, v, k in found])
    return results, spent


def baseline(article: Any, parts: Any) -> list[tuple[int, int, str | None, str]]:
    """spaCy DATE/TIME entities, each value from dateparser relative to the article's date."""
    from dateparser.date import DateDataParser

    base = dt.datetime.fromisoformat(article.published) if article.published else None
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base} if base else {})
    found = []
    for part in parts:
        for entity in part.doc.ents:
            if entity.label_ not in ("DATE", "TIME"):
                continue
            value = None
            if base is not None:
                data = parser.get_date_data(entity.text)
                if data.date_obj is not None:
                    moment, period = data.date_obj, data.period
                    value = {"day": moment.strftime("%Y-%m-%d"), "week": f"{moment.isocalendar()[0]}-W"
                             f"{moment.isocalendar()[1]:02d}", "month": moment.strftime("%Y-%m"),
                             "year": moment.strftime("%Y"), "time": moment.strftime("%Y-%m-%dT%H:%M")}.get(period)
            start = part.offset + entity.start_char
            found.append((start, start + len(entity.text), value, entity.label_))
    return found


#: a zone or UTC offset written in a gold span ("0737 GMT", "5:40 p.m. ET", "GMT +8")
STATED_ZONE = re.compile(r"\b(?:UTC|GMT|Z|[ECMP][SD]?T|BST|CES?T|EES?T|IST|JST|MSK|AES?T|AEDT)\b|[+-]\s*\d")


def score(documents: list[CorpusDocument], predictions: list[list[Prediction]], errors: list[str] | None = None
          ) -> dict[str, Any]:
    """Span and value figures pooled over the documents (see the module docstring for the definitions)."""
    counts: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    for document, predicted in zip(documents, predictions):
        sentence_of = {tid: sentence for tid, _, sentence in document.tokens}
        text_of = {tid: text for tid, text, _ in document.tokens}
        order = {tid: index for index, (tid, _, _) in enumerate(document.tokens)}
        kept = [p for p in predicted if p.tokens and not (p.tokens & document.dct_tokens)
                and sentence_of[min(p.tokens, key=order.__getitem__)] in document.scored]
        gold = [g for g in document.gold if not set(g.tokens) & document.dct_tokens]
        counts["predicted"] += len(kept)
        counts["gold"] += len(gold)
        counts["gold_valued"] += sum(1 for g in gold if g.value)
        pairs = sorted(((len(set(g.tokens) & p.tokens), gi, pi) for gi, g in enumerate(gold)
                        for pi, p in enumerate(kept) if set(g.tokens) & p.tokens), reverse=True)
        used_gold, used_pred = set(), set()
        for _, gi, pi in pairs:
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            g, p = gold[gi], kept[pi]
            strict = set(g.tokens) == p.tokens
            counts["relaxed"] += 1
            counts["strict"] += strict
            counts["type_right"] += g.type == p.type
            if g.value:
                right = canonical(p.value or "null") == canonical(g.value)
                day_right = canonical(p.value or "null").split("T")[0] == canonical(g.value).split("T")[0]
                counts["valued"] += 1
                counts["value_right"] += right
                counts["date_part_right"] += day_right
                by_type[f"{g.type}:valued"] += 1
                by_type[f"{g.type}:right"] += right
                gold_text = " ".join(text_of[t] for t in g.tokens)
                if re.search(r"T\d{2}:\d{2}Z$", canonical(g.value)) and not STATED_ZONE.search(gold_text):
                    counts["unstated_zone"] += 1  # the gold converted to UTC from a zone the text does not give
                else:
                    counts["stated_valued"] += 1
                    counts["stated_value_right"] += right
                if strict:
                    counts["strict_valued"] += 1
                    counts["strict_value_right"] += right
                if not right and errors is not None:
                    errors.append(f"value\t{document.name}\t{document.dct}\t{gold_text!r}\t{g.value}\t{p.text!r}\t"
                                  f"{p.value}")
        if errors is not None:
            for gi, g in enumerate(gold):
                if gi not in used_gold:
                    errors.append(f"missed\t{document.name}\t{document.dct}\t"
                                  f"{' '.join(text_of[t] for t in g.tokens)!r}\t{g.value}")
            for pi, p in enumerate(kept):
                if pi not in used_pred:
                    errors.append(f"spurious\t{document.name}\t{document.dct}\t{p.text!r}\t{p.value}")

    def prf(tp: int) -> dict[str, float]:
        precision = tp / counts["predicted"] if counts["predicted"] else 0.0
        recall = tp / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}

    def share(part: str, whole: str) -> float:
        return round(counts[part] / counts[whole], 3) if counts[whole] else 0.0

    value_precision = counts["value_right"] / counts["predicted"] if counts["predicted"] else 0.0
    value_recall = counts["value_right"] / counts["gold_valued"] if counts["gold_valued"] else 0.0
    value_sum = value_precision + value_recall
    value_f1 = 2 * value_precision * value_recall / value_sum if value_sum else 0.0
    types = sorted({key.split(":")[0] for key in by_type})
    return {
        "documents": len(documents),
        "gold": counts["gold"],
        "predicted": counts["predicted"],
        "strict": prf(counts["strict"]),
        "relaxed": prf(counts["relaxed"]),
        "value_accuracy": share("value_right", "valued"),
        "value_accuracy_n": counts["valued"],
        "value_accuracy_strict": share("strict_value_right", "strict_valued"),
        "date_part_accuracy": share("date_part_right", "valued"),
        "unstated_zone_n": counts["unstated_zone"],
        "value_accuracy_without_unstated_zones": share("stated_value_right", "stated_valued"),
        "value_f1": round(value_f1, 3),
        "type_accuracy": share("type_right", "relaxed"),
        "value_accuracy_by_type": {t: f"{by_type[t + ':right']}/{by_type[t + ':valued']}" for t in types},
    }


def load_fixtures(path: Path = FIXTURES) -> list[CorpusDocument]:
    """The team's invented sentences as documents: one token per character span of the text's words, so that
    spans compare the same way as the corpora's; a null gold value is kept as the string "null"."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        words = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:[.:'’/-]\w+)*\.?|[^\w\s]", text)]
        tokens = [(f"{s}-{e}", text[s:e], 1) for s, e in words]
        gold = []
        for timex in item["timexes"]:
            start = text.index(timex["text"])
            end = start + len(timex["text"])
            ids = tuple(f"{s}-{e}" for s, e in words if s < end and start < e)
            gold.append(Gold(ids, timex["type"], timex["value"] if timex["value"] is not None else "null"))
        documents.append(CorpusDocument(item["id"], tokens, item["date"], gold, {1}, text=text))
    return documents


def load(corpus: str, limit: int | None = None) -> list[CorpusDocument]:
    documents = {"meantime": load_meantime, "eventstoryline": load_eventstoryline, "fixtures": load_fixtures}[corpus]()
    return documents[:limit] if limit else documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score temporal-expression detection and normalization.")
    parser.add_argument("corpus", choices=("meantime", "eventstoryline", "both", "fixtures"))
    parser.add_argument("--file", type=Path, default=FIXTURES, help="fixtures file (with corpus fixtures)")
    parser.add_argument("--system", choices=("rules", "baseline"), default="rules")
    parser.add_argument("--limit", type=int, default=0, help="first N documents of each corpus (0 = all)")
    parser.add_argument("--errors", action="store_true", help="print every value error, missed and spurious span")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = ("meantime", "eventstoryline") if args.corpus == "both" else (args.corpus,)
    folders = {"meantime": MEANTIME, "eventstoryline": EVENTSTORYLINE, "fixtures": args.file}
    report: dict[str, Any] = {}
    for name in names:
        if not folders[name].exists():
            print(f"corpus not found: {folders[name]}", file=sys.stderr)
            return 1
        documents = load_fixtures(args.file) if name == "fixtures" else load(name, args.limit or None)
        predictions, spent = predict(documents, args.system)
        errors: list[str] | None = [] if args.errors else None
        result = score(documents, predictions, errors)
        result["ms_per_document"] = round(1000 * spent / max(1, len(documents)), 2)
        report[name] = result
        if errors is not None:
            print("\n".join(errors))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, result in report.items():
            print(f"== {name} ({args.system})")
            for key, value in result.items():
                print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
