"""Score quote extraction and attribution.

Two sets:

``polnear`` — PolNeAR v1.0.0 (../shared/corpora/polnear, brat standoff; dev split by default), political news
with every attribution relation marked: source, cue and content spans (a content may be discontinuous, as in
"'A,' he said. 'B.'"). It covers direct quotes, indirect and paraphrased speech and reported beliefs and
intentions ("Trump wants ...", "a poll shows ..."), so it asks for more than quotes. When an article has two
annotation files the first (by name) is used. Each article's raw text is run through ``annotate`` and
``extract_quotes`` as a clean ``Article``.

Predicted attributions: quotes of kind ``term`` are left out (scare quotes are not attributions); the other
quotes are grouped by cue span, so the two halves of a quote split by its cue form one attribution, as in the
gold; a quote without a cue is an attribution of its own.

Metrics (precision / recall / F1, pooled over articles):
  content_overlap  token overlap, as in Citron's evaluation: precision = predicted content tokens inside some
                   gold content / predicted content tokens, recall = gold content tokens inside some predicted
                   content / gold content tokens. Tokens are ``\\w+`` runs and single punctuation marks.
  content_exact    an attribution's content spans equal a gold attribution's (spans compared after trimming
                   white space; one-to-one).
  cue_exact        a predicted cue span equals a gold cue span; ``cue_overlap``: they share a character.
  source_exact     Citron's "source span" metric: a predicted attribution whose cue overlaps a gold cue and
                   whose speaker span as written equals the gold source span (the anchor's 82.0 is this).
Speaker accuracy (the headline speaker figure): over gold attributions matched to a predicted one by content
(one-to-one, greedily by the number of shared tokens, at least one), the share where the predicted speaker span
as written overlaps the gold source span, or both have none. ``speaker_matched`` says how many gold
attributions that is. Recall of content tokens is also given for gold contents with quotation marks (direct and
mixed quotes) and without (indirect speech and beliefs).

``fixtures`` — the team-made sentences in tests/fixtures/quotes/quotes.jsonl (guideline in that folder's
README). Each expected quote gives its text (as in the article), kind, cue, speaker as written and resolved
speaker; a predicted quote matches an expected one with the same text. Reported: precision / recall / F1 of
quotes, and over matched quotes the agreement of kind, cue, speaker as written and resolved speaker.

Usage: python evaluation/quotes.py polnear [--corpus DIR] [--split dev] [--limit N] [--json] [--errors N]
       python evaluation/quotes.py fixtures [--file F] [--errors]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
FIXTURES = ROOT / "tests" / "fixtures" / "quotes" / "quotes.jsonl"
TOKEN = re.compile(r"\w+|[^\w\s]")
QUOTE_MARKS = re.compile("[\"“”«»„]|''")

Span = tuple[int, int]


class Attribution(NamedTuple):
    """One attribution relation: content spans, cue span and source span (None when absent)."""

    contents: tuple[Span, ...]
    cue: Span | None
    source: Span | None


class Document(NamedTuple):
    name: str
    text: str
    gold: list[Attribution]


# ---------------------------------------------------------------- reading PolNeAR

def _spans(field: str) -> tuple[Span, ...]:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def _outer(spans: tuple[Span, ...]) -> Span:
    return min(s for s, _ in spans), max(e for _, e in spans)


def read_annotation(path: Path) -> list[Attribution]:
    """Parse one brat .ann file: T lines are labelled spans, E lines bind Source, Cue and Content to an anchor."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, where = fields[1].partition(" ")
            spans[fields[0]] = (label, _spans(where))
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    attributions = []
    for roles in events:
        contents = spans.get(roles.get("Content", ""), ("", ()))[1]
        if not contents:
            continue
        cue = spans.get(roles.get("Cue", ""))
        source = spans.get(roles.get("Source", ""))
        attributions.append(Attribution(contents=tuple(sorted(contents)), cue=_outer(cue[1]) if cue else None,
                                        source=_outer(source[1]) if source else None))
    return attributions


def read_polnear(corpus: Path, split: str = "dev") -> list[Document]:
    """Every article of a split with the attributions of its first annotation file."""
    folder = corpus / split
    chosen: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    return [Document(name, (folder / "text" / f"{name}.txt").read_text(encoding="utf-8"), read_annotation(path))
            for name, path in sorted(chosen.items())]


# ---------------------------------------------------------------- predictions

def extract(texts: list[tuple[str, str]]) -> tuple[dict[str, tuple[Any, ...]], float, float]:
    """[(name, text)] -> ({name: quotes}, seconds in spaCy, seconds in extract_quotes)."""
    from newsdossier.annotate import annotate, load_nlp
    from newsdossier.clean import content_hash
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract.quotes import extract_quotes
    from newsdossier.records import Article

    nlp = load_nlp()
    articles = (Article(id=f"doc-{content_hash(t)[:16]}", content_hash=content_hash(t), source=n, text=t)
                for n, t in texts)
    results: dict[str, tuple[Any, ...]] = {}
    extracting = 0.0
    started = time.perf_counter()
    for article, parts in annotate(articles, nlp):
        tick = time.perf_counter()
        results[article.source] = extract_quotes(article, parts, DEFAULT_SETTINGS)
        extracting += time.perf_counter() - tick
    return results, time.perf_counter() - started - extracting, extracting


def attributions_of(quotes: tuple[Any, ...]) -> list[Attribution]:
    """Group non-term quotes by cue span; a quote without a cue stands alone."""
    grouped: dict[Any, list[Any]] = {}
    for index, quote in enumerate(quotes):
        if quote.kind == "term":
            continue
        key = (quote.cue_start, quote.cue_end) if quote.cue_start is not None else ("alone", index)
        grouped.setdefault(key, []).append(quote)
    result = []
    for members in grouped.values():
        first = members[0]
        source = (first.speaker_start, first.speaker_end) if first.speaker_start is not None else None
        cue = (first.cue_start, first.cue_end) if first.cue_start is not None else None
        result.append(Attribution(tuple(sorted((q.start, q.end) for q in members)), cue, source))
    return result


# ---------------------------------------------------------------- scoring

class Tokens:
    """Token start offsets of one text, to map character spans to token sets quickly."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in TOKEN.finditer(text)]

    def of(self, spans: tuple[Span, ...] | list[Span]) -> set[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))
        return found


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def score_document(text: str, gold: list[Attribution], predicted: list[Attribution]) -> Counter:
    """Counts for one article; pool them over articles and pass them to ``summary``."""
    counts: Counter = Counter()
    tokens = Tokens(text)
    gold_tokens = tokens.of([s for g in gold for s in g.contents])
    predicted_tokens = tokens.of([s for p in predicted for s in p.contents])
    counts["gold_tokens"] += len(gold_tokens)
    counts["predicted_tokens"] += len(predicted_tokens)
    counts["shared_tokens"] += len(gold_tokens & predicted_tokens)
    for g in gold:
        quoted = bool(QUOTE_MARKS.search(" ".join(text[s:e] for s, e in g.contents)))
        own = tokens.of(g.contents)
        counts["gold_tokens_quoted" if quoted else "gold_tokens_plain"] += len(own)
        counts["shared_tokens_quoted" if quoted else "shared_tokens_plain"] += len(own & predicted_tokens)

    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    # content exact, one-to-one
    gold_keys = Counter(tuple(_trim(text, s) for s in g.contents) for g in gold)
    for p in predicted:
        key = tuple(_trim(text, s) for s in p.contents)
        if gold_keys[key] > 0:
            gold_keys[key] -= 1
            counts["content_exact"] += 1
    # cues
    gold_cues = {g.cue for g in gold if g.cue}
    predicted_cues = {p.cue for p in predicted if p.cue}
    counts["gold_cues"] += len(gold_cues)
    counts["predicted_cues"] += len(predicted_cues)
    counts["cue_exact"] += len(gold_cues & predicted_cues)
    counts["cue_overlap_predicted"] += sum(any(_overlaps(p, g) for g in gold_cues) for p in predicted_cues)
    counts["cue_overlap_gold"] += sum(any(_overlaps(p, g) for p in predicted_cues) for g in gold_cues)
    # Citron's source exact: cue overlaps and source span equal
    counts["gold_sources"] += sum(g.source is not None for g in gold)
    counts["predicted_sources"] += sum(p.source is not None for p in predicted)
    counts["source_exact"] += sum(
        any(_overlaps(p.cue, g.cue) and g.source is not None and _trim(text, p.source) == _trim(text, g.source)
            for g in gold) for p in predicted if p.source is not None)
    # speaker accuracy over gold matched by content
    pairs = []
    gold_sets = [tokens.of(g.contents) for g in gold]
    predicted_sets = [tokens.of(p.contents) for p in predicted]
    for i, gs in enumerate(gold_sets):
        for j, ps in enumerate(predicted_sets):
            shared = len(gs & ps)
            if shared:
                pairs.append((-shared, i, j))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, i, j in sorted(pairs):
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        g, p = gold[i], predicted[j]
        counts["speaker_matched"] += 1
        right = _overlaps(p.source, g.source) or (p.source is None and g.source is None)
        counts["speaker_right"] += right
    return counts


def prf(tp_predicted: float, predicted: float, tp_gold: float, gold: float) -> dict[str, float]:
    p = tp_predicted / predicted if predicted else 0.0
    r = tp_gold / gold if gold else 0.0
    return {"precision": round(100 * p, 1), "recall": round(100 * r, 1),
            "f1": round(100 * 2 * p * r / (p + r), 1) if p + r else 0.0}


def summary(counts: Counter) -> dict[str, Any]:
    """Percentages from pooled counts."""
    c = counts
    return {
        "gold": c["gold"], "predicted": c["predicted"],
        "content_overlap": prf(c["shared_tokens"], c["predicted_tokens"], c["shared_tokens"], c["gold_tokens"]),
        "content_exact": prf(c["content_exact"], c["predicted"], c["content_exact"], c["gold"]),
        "cue_exact": prf(c["cue_exact"], c["predicted_cues"], c["cue_exact"], c["gold_cues"]),
        "cue_overlap": prf(c["cue_overlap_predicted"], c["predicted_cues"], c["cue_overlap_gold"], c["gold_cues"]),
        "source_exact": prf(c["source_exact"], c["predicted_sources"], c["source_exact"], c["gold_sources"]),
        "speaker_accuracy": round(100 * c["speaker_right"] / c["speaker_matched"], 1) if c["speaker_matched"] else 0.0,
        "speaker_matched": c["speaker_matched"],
        "content_recall_quoted": round(100 * c["shared_tokens_quoted"] / max(c["gold_tokens_quoted"], 1), 1),
        "content_recall_plain": round(100 * c["shared_tokens_plain"] / max(c["gold_tokens_plain"], 1), 1),
    }


def score_polnear(corpus: Path, split: str = "dev", limit: int | None = None) -> dict[str, Any]:
    documents = read_polnear(corpus, split)[:limit] if limit else read_polnear(corpus, split)
    predicted, parsing, extracting = extract([(d.name, d.text) for d in documents])
    counts: Counter = Counter()
    for d in documents:
        counts.update(score_document(d.text, d.gold, attributions_of(predicted[d.name])))
    result = summary(counts)
    result["articles"] = len(documents)
    result["spacy_seconds"] = round(parsing, 1)
    result["extract_ms_per_article"] = round(1000 * extracting / max(len(documents), 1), 1)
    result["errors"] = error_listing(documents, predicted)
    return result


def error_listing(documents: list[Document], predicted: dict[str, tuple[Any, ...]]) -> list[str]:
    """Missed gold attributions and predicted ones sharing no token with any gold, one line each."""
    lines = []
    for d in documents:
        tokens = Tokens(d.text)
        attributions = attributions_of(predicted[d.name])
        gold_tokens = tokens.of([s for g in d.gold for s in g.contents])
        predicted_tokens = tokens.of([s for p in attributions for s in p.contents])
        show = lambda spans: " | ".join(d.text[s:e] for s, e in spans)[:160].replace("\n", " ")  # noqa: E731
        for g in d.gold:
            if not tokens.of(g.contents) & predicted_tokens:
                cue = d.text[g.cue[0]:g.cue[1]] if g.cue else "-"
                lines.append(f"{d.name}: missed [{cue}] {show(g.contents)}")
        for p in attributions:
            if not tokens.of(p.contents) & gold_tokens:
                cue = d.text[p.cue[0]:p.cue[1]] if p.cue else "-"
                lines.append(f"{d.name}: extra [{cue}] {show(p.contents)}")
    return lines


# ---------------------------------------------------------------- fixtures

def score_fixtures(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Match predicted quotes to expected ones by text; count agreement of kind, cue and speaker."""
    predicted, _, _ = extract([(item["id"], item["text"]) for item in items])
    counts: Counter = Counter()
    errors: list[str] = []
    for item in items:
        found = list(predicted[item["id"]])
        counts["gold"] += len(item["quotes"])
        counts["predicted"] += len(found)
        used: set[int] = set()
        for expected in item["quotes"]:
            match = next((i for i, q in enumerate(found) if i not in used and q.text == expected["text"]), None)
            if match is None:
                errors.append(f"{item['id']}: missed {expected['kind']} {expected['text']!r}")
                continue
            used.add(match)
            q = found[match]
            counts["matched"] += 1
            for field, value in (("kind", q.kind), ("cue", q.cue), ("speaker", q.speaker),
                                 ("as_written", item["text"][q.speaker_start:q.speaker_end]
                                  if q.speaker_start is not None else None)):
                if value == expected.get(field):
                    counts[field] += 1
                else:
                    errors.append(f"{item['id']}: {q.text!r} {field} {value!r}; expected {expected.get(field)!r}")
        for i, q in enumerate(found):
            if i not in used:
                errors.append(f"{item['id']}: not expected {q.kind} {q.text!r}")
    matched = max(counts["matched"], 1)
    return {"items": len(items), "gold": counts["gold"], "predicted": counts["predicted"],
            "quotes": prf(counts["matched"], counts["predicted"], counts["matched"], counts["gold"]),
            **{f"{field}_agreement": round(100 * counts[field] / matched, 1)
               for field in ("kind", "cue", "as_written", "speaker")},
            "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score quote extraction and attribution.")
    sub = parser.add_subparsers(dest="set", required=True)
    polnear = sub.add_parser("polnear")
    polnear.add_argument("--corpus", type=Path, default=POLNEAR)
    polnear.add_argument("--split", default="dev")
    polnear.add_argument("--limit", type=int, default=0, help="first N articles (0 = all 84 of dev)")
    polnear.add_argument("--json", action="store_true")
    polnear.add_argument("--errors", type=int, default=0, help="print this many error lines")
    fixtures = sub.add_parser("fixtures")
    fixtures.add_argument("--file", type=Path, default=FIXTURES)
    fixtures.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    if args.set == "fixtures":
        if not args.file.exists():
            print(f"no fixture file at {args.file}", file=sys.stderr)
            return 2
        items = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
        result = score_fixtures(items)
        errors = result.pop("errors")
        print(json.dumps(result, indent=2))
        if args.errors:
            print("\n".join(errors))
        return 0
    if not (args.corpus / args.split / "attributions").is_dir():
        print(f"PolNeAR not found at {args.corpus / args.split}", file=sys.stderr)
        return 2
    result = score_polnear(args.corpus, args.split, args.limit or None)
    errors = result.pop("errors")
    print(json.dumps(result, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    if args.errors:
        print("\n".join(errors[: args.errors]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
