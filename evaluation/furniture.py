"""Score plain-text cleaning on the team-made scraped fixtures (tests/fixtures/scraped/).

Each fixture is ``NN-slug.txt`` (a scraped article as a user would feed it)
with ``NN-slug.expected.json`` (see that folder's README for the guideline).
The .txt goes through ``clean`` as format "text", as the CLI reads it.

Scored:
- removal, line level (white space folded): a furniture line the cleaner removed (any reason but
  the title and header lines, which are metadata) is a true positive when the
  fixture lists it, a false positive otherwise; a listed line left in the text
  is a false negative. Pooled precision / recall / F1, and the share of true
  positives with the expected reason;
- captions: caption lines separated from the body, precision / recall;
- repairs: (from, to, kind) triples, precision / recall;
- metadata: exact-match accuracy of title, outlet, authors (as a list),
  published (value) and published_basis, over all fixtures.

Usage: python evaluation/furniture.py [--fixtures DIR] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "scraped"
METADATA = ("title", "outlet", "authors", "published", "published_basis")
NOT_FURNITURE = ("title", "header line")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    def add(self, predicted: set, gold: set) -> tuple[set, set]:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        return predicted - gold, gold - predicted


@dataclass
class Result:
    removal: Counts = field(default_factory=Counts)
    reason_right: int = 0
    captions: Counts = field(default_factory=Counts)
    repairs: Counts = field(default_factory=Counts)
    metadata: dict[str, int] = field(default_factory=lambda: {k: 0 for k in METADATA})
    fixtures: int = 0
    errors: list[str] = field(default_factory=list)


def fold(line: str) -> str:
    """White space folded: the cleaner folds runs of spaces, the fixtures keep the page's."""
    return " ".join(line.split())


def load(fixtures: Path) -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for expected in sorted(fixtures.glob("*.expected.json")):
        text_path = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        cases.append((text_path.name, text_path.read_text(encoding="utf-8"), json.loads(expected.read_text(encoding="utf-8"))))
    return cases


def score(cases: list[tuple[str, str, dict[str, Any]]]) -> Result:
    from newsdossier.clean import clean
    from newsdossier.records import RawArticle

    result = Result()
    for name, text, gold in cases:
        article = clean(RawArticle(source=name, format="text", content=text))
        result.fixtures += 1
        removed = {fold(r.text): r.reason for r in article.removed if not r.reason.startswith(NOT_FURNITURE)}
        expected = {fold(r["line"]): r["reason"] for r in gold["removed"]}
        extra, missed = result.removal.add(set(removed), set(expected))
        result.reason_right += sum(removed[line] == expected[line] for line in set(removed) & set(expected))
        result.errors += [f"{name}: removed, not furniture [{removed[l]}]: {l[:90]!r}" for l in sorted(extra)]
        result.errors += [f"{name}: furniture kept [{expected[l]}]: {l[:90]!r}" for l in sorted(missed)]
        result.errors += [f"{name}: reason {removed[l]} != {expected[l]}: {l[:70]!r}"
                          for l in sorted(set(removed) & set(expected)) if removed[l] != expected[l]]
        extra, missed = result.captions.add({fold(c.text) for c in article.captions}, {fold(c) for c in gold["captions"]})
        result.errors += [f"{name}: caption wrongly: {l[:90]!r}" for l in extra] + [f"{name}: caption missed: {l[:90]!r}" for l in missed]
        got = {(r.original, r.replacement, r.kind) for r in article.repairs if r.kind != "encoding"}
        want = {(r["from"], r["to"], r["kind"]) for r in gold["repairs"]}
        extra, missed = result.repairs.add(got, want)
        result.errors += [f"{name}: wrong repair {r}" for r in extra] + [f"{name}: missed repair {r}" for r in missed]
        predicted = {"title": article.title, "outlet": article.outlet, "authors": list(article.authors),
                     "published": article.published, "published_basis": article.published_basis}
        for key in METADATA:
            if predicted[key] == gold[key]:
                result.metadata[key] += 1
            else:
                result.errors.append(f"{name}: {key} {predicted[key]!r} != expected {gold[key]!r}")
    return result


def report(result: Result) -> dict[str, Any]:
    return {
        "fixtures": result.fixtures,
        "removal": {**result.removal.scores(), "tp": result.removal.tp, "fp": result.removal.fp, "fn": result.removal.fn,
                    "reason_accuracy": result.reason_right / result.removal.tp if result.removal.tp else 1.0},
        "captions": result.captions.scores(),
        "repairs": {**result.repairs.scores(), "tp": result.repairs.tp, "fp": result.repairs.fp, "fn": result.repairs.fn},
        "metadata_accuracy": {k: v / result.fixtures for k, v in result.metadata.items()} if result.fixtures else {},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score plain-text cleaning on the scraped fixtures.")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cases = load(args.fixtures) if args.fixtures.is_dir() else []
    if not cases:
        print(f"no fixtures in {args.fixtures}", file=sys.stderr)
        return 2
    result = score(cases)
    figures = report(result)
    if args.json:
        print(json.dumps({**figures, "errors": result.errors}, indent=2))
        return 0
    r, c, p = figures["removal"], figures["captions"], figures["repairs"]
    print(f"{figures['fixtures']} fixtures")
    print(f"furniture removal (lines): P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}); right reason {r['reason_accuracy']:.3f}")
    print(f"captions: P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}")
    print(f"repairs:  P {p['precision']:.3f}  R {p['recall']:.3f}  F1 {p['f1']:.3f}  (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})")
    print("metadata accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in figures["metadata_accuracy"].items()))
    if args.errors:
        print("\n".join(["", *result.errors]))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
