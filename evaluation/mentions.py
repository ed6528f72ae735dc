"""Score newsdossier's named-entity mentions against MEANTIME English (120 Wikinews articles).

Gold: every ``ENTITY_MENTION`` with ``syntactic_type="NAM"`` (named mentions). MEANTIME marks the
whole noun phrase whose head is a name, so a gold span can hold a determiner or modifiers
("the United States Air Force", "U.S. automaker Chrysler") and NAM spans can nest. A gold
mention's type is the ``ent_type`` of the ``ENTITY`` its ``REFERS_TO`` relation targets; with no
such relation the type is unknown and never counts as a type match. PRE.NAM mentions (names
used as premodifiers, "Chrysler" in "Chrysler dealers") are not gold; predictions on them count
as false positives and are tallied on their own line.

Predictions: the text is rebuilt from the tokens (tokens joined by single spaces, one sentence
per paragraph, paragraphs separated by a blank line), made into an ``Article`` as it is (the
text is already clean; cleaning is scored by evaluation/clean.py) and run through ``annotate``
and ``extract_document``. Each mention's character span becomes the span of the tokens it
overlaps.

Scored region: MEANTIME annotates mentions in full (with a syntactic_type) only in the first
sentences of each article: the headline (sentence 0), the dateline (1) and sentences 2-5. Later
sentences carry only the mentions added for cross-document coreference, so most names there are
unmarked. Per article, the region runs to the last sentence holding a mention with a
syntactic_type (sentence 5 in 112 of 120 articles); predictions starting after it are dropped.
The headline is kept: it is annotated by the same rules (161 of the 1,014 NAM mentions) and
newsdossier reads it as part of a "record" article, so skipping it would hide its headline
errors rather than make the comparison fairer.

NORP and LANGUAGE predictions are set aside, neither true nor false positives: MEANTIME does
not mark nationalities and languages as named mentions (the label sets differ; no extraction
error). They are counted on their own line, with how many overlap a gold NAM span (those gold
stay misses).

Metrics, per topic and micro-averaged overall (precision, recall, F1):
  strict   a prediction and a gold mention have the same token span;
  relaxed  their token spans overlap; one-to-one matching, exact matches first, then by size
           of overlap, so each gold and each prediction is matched at most once;
  typed    strict, and the spaCy label fits the gold type: PER->PERSON; ORG, FIN->ORG;
           LOC->GPE, LOC, FAC; PRO->PRODUCT, WORK_OF_ART, LAW, EVENT; MIX->any.
The 10 most frequent false-positive and false-negative surface strings are strict errors.
Usage: python evaluation/mentions.py [--corpus PATH] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import NamedTuple

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "meantime_en"
TYPES = {"PER": {"PERSON"}, "ORG": {"ORG"}, "FIN": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"},
         "PRO": {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}}  # MEANTIME ent_type -> spaCy labels; MIX fits any
SET_ASIDE = {"NORP", "LANGUAGE"}
KINDS = ("strict", "relaxed", "typed")

Span = tuple[int, int]  # token indices, end exclusive


class Document(NamedTuple):
    name: str
    topic: str
    text: str
    offsets: list[tuple[int, int]]  # character span of each token in text
    gold: dict[Span, str | None]  # NAM span -> MEANTIME type (None: unknown)
    prenam: set[Span]
    region: int  # tokens [0, region) are in the fully annotated sentences

    def surface(self, span: Span) -> str:
        return self.text[self.offsets[span[0]][0]:self.offsets[span[1] - 1][1]]


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    index = {token.get("t_id"): i for i, token in enumerate(tokens)}
    text, offsets, previous = "", [], None
    for token in tokens:
        if previous is not None:
            text += " " if token.get("sentence") == previous else "\n\n"
        previous = token.get("sentence")
        offsets.append((len(text), len(text) + len(token.text)))
        text += token.text
    markables, relations = root.find("Markables"), root.find("Relations")
    ent_type = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
    refers = {}
    for relation in relations.iter("REFERS_TO"):
        target = relation.find("target").get("m_id")
        for source in relation.iter("source"):
            if target in ent_type:
                refers[source.get("m_id")] = ent_type[target]
    gold, prenam, last = {}, set(), 0
    for mention in markables.iter("ENTITY_MENTION"):
        ids = sorted(index[a.get("t_id")] for a in mention.iter("token_anchor"))
        if not ids or mention.get("syntactic_type") is None:  # token-less, or a cross-document addition
            continue
        span, kind = (ids[0], ids[-1] + 1), mention.get("syntactic_type")
        last = max(last, int(tokens[ids[-1]].get("sentence")))
        if kind == "NAM":
            gold[span] = refers.get(mention.get("m_id"))
        elif kind == "PRE.NAM":
            prenam.add(span)
    region = sum(int(token.get("sentence")) <= last for token in tokens)
    return Document(path.stem, path.parent.name, text, offsets, gold, prenam, region)


def corpus_files(corpus: Path, limit: int | None = None) -> list[Path]:
    files = sorted((corpus / "intra_cross-doc_annotation").glob("corpus_*/*.xml"))
    return files[:limit] if limit else files


def predict(documents: list[Document]) -> dict[str, list[tuple[Span, str, str]]]:
    """Run newsdossier on every document: name -> [(token span, spaCy label, text)]."""
    from newsdossier.annotate import annotate, load_nlp
    from newsdossier.clean import content_hash
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract import extract_document
    from newsdossier.records import Article

    by_name = {doc.name: doc for doc in documents}

    def articles():
        for doc in documents:
            digest = content_hash(doc.text)  # the text is already clean: score NER, not cleaning
            yield Article(id=f"doc-{digest[:16]}", content_hash=digest, source=doc.name, text=doc.text)

    predictions = {}
    for article, parts in annotate(articles(), load_nlp()):
        doc = by_name[article.source]
        result = extract_document(article, parts, DEFAULT_SETTINGS, "model")
        found = []
        for m in result.mentions:
            covered = [i for i, (a, b) in enumerate(doc.offsets) if a < m.end and b > m.start]
            found.append(((covered[0], covered[-1] + 1), m.label, m.text))
        predictions[doc.name] = found
    return predictions


def type_fits(gold_type: str | None, label: str) -> bool:
    return gold_type == "MIX" or label in TYPES.get(gold_type, ())


def relaxed_pairs(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matching of overlapping spans: exact pairs first, then by size of overlap."""
    candidates = []
    for g in gold:
        for p in pred:
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap > 0:
                candidates.append((g != p, -overlap, g, p))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, g, p in sorted(candidates):
        if g not in used_gold and p not in used_pred:
            pairs.append((g, p))
            used_gold.add(g)
            used_pred.add(p)
    return pairs


def score_spans(gold: dict[Span, str | None], pred: dict[Span, str]) -> Counter:
    """Counts for one document: gold, pred and true positives per metric kind."""
    strict = gold.keys() & pred.keys()
    return Counter(
        gold=len(gold), pred=len(pred), strict=len(strict),
        relaxed=len(relaxed_pairs(list(gold), list(pred))),
        typed=sum(type_fits(gold[s], pred[s]) for s in strict),
    )


def prf(counts: Counter, kind: str) -> dict[str, float]:
    tp = counts[kind]
    p = tp / counts["pred"] if counts["pred"] else 0.0
    r = tp / counts["gold"] if counts["gold"] else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(files: list[Path]) -> dict:
    documents = [read_document(path) for path in files]
    predictions = predict(documents)
    topics: dict[str, Counter] = {}
    false_pos, false_neg = Counter(), Counter()
    for doc in documents:
        pred, counts = {}, Counter()
        for span, label, text in predictions[doc.name]:
            if span[0] >= doc.region:
                continue
            if label in SET_ASIDE:
                counts["set_aside"] += 1
                counts["set_aside_on_gold"] += any(g[0] < span[1] and span[0] < g[1] for g in doc.gold)
            else:
                pred.setdefault(span, label)  # two mentions on one token span count once
        counts.update(score_spans(doc.gold, pred))
        counts["fp_on_prenam"] += len((pred.keys() - doc.gold.keys()) & doc.prenam)
        false_pos.update(doc.surface(s) for s in pred.keys() - doc.gold.keys())
        false_neg.update(doc.surface(s) for s in doc.gold.keys() - pred.keys())
        topics.setdefault(doc.topic, Counter()).update(counts)
    overall = Counter()
    for counts in topics.values():
        overall.update(counts)
    table = {
        name: {"counts": dict(counts), **{kind: prf(counts, kind) for kind in KINDS}}
        for name, counts in [*sorted(topics.items()), ("overall", overall)]
    }
    return {
        "documents": len(documents), "scores": table,
        "false_positives": false_pos.most_common(10), "false_negatives": false_neg.most_common(10),
    }


def report(result: dict) -> str:
    overall = result["scores"]["overall"]["counts"]
    lines = [
        f"MEANTIME English: {result['documents']} articles, {overall['gold']} gold NAM mentions, "
        f"{overall['pred']} scored predictions",
        f"set aside (NORP, LANGUAGE): {overall.get('set_aside', 0)}, "
        f"{overall.get('set_aside_on_gold', 0)} of them overlap a gold NAM; "
        f"strict false positives on a PRE.NAM span: {overall.get('fp_on_prenam', 0)}",
        "",
        f"{'':15}{'gold':>6}{'pred':>6}" + "".join(f" | {k:<6}   P     R     F1" for k in KINDS),
    ]
    for name, row in result["scores"].items():
        cells = "".join(f" | {row[k]['precision']:11.3f} {row[k]['recall']:.3f} {row[k]['f1']:.3f}" for k in KINDS)
        lines.append(f"{name:15}{row['counts']['gold']:6}{row['counts']['pred']:6}{cells}")
    for title, key in (("false positives", "false_positives"), ("false negatives", "false_negatives")):
        lines += ["", f"most frequent {title} (strict):"]
        lines += [f"  {count:4}  {text!r}" for text, count in result[key]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="MEANTIME English folder")
    parser.add_argument("--limit", type=int, help="score only the first N files (sorted by path)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus, args.limit) if args.corpus.is_dir() else []
    if not files:
        print(f"error: no MEANTIME corpus at {args.corpus} (expected intra_cross-doc_annotation/corpus_*/*.xml)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = evaluate(files)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2) if args.json else report(result) + f"\n\n{result['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
