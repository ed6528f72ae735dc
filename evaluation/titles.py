"""Score the figures read from article titles on the Gun Violence Archive corpus.

Every article of ../shared/corpora/gva_semeval2018_task5 with a title is cleaned as the pipeline cleans it
(site suffixes cut), its title sentence-cased and parsed, and the title extractors run over it
(``extract.extract_title_claims``). Per measure (killed = deaths, injured = injuries, arrested = arrests), the
title's figure is its largest unscoped count that is not retracted or negated; it is compared with the
incident's gold. A title that gives no figure for a measure is not scored for it: the question is how often a
figure a headline states is right, and how many headlines state one.

Reported per system and measure: titles stating a figure, agreement with gold when stated, within one, and
the errors' split into too high / too low. Systems: ``all`` (the headline reader ``rules-titles``, then the
claims and victims extractors, as the pipeline runs them) and ``claims+victims`` (the same without the
headline reader), so what the reader adds is measured. Early articles may legitimately give a lower figure
than the incident's final gold, so agreement is a lower bound on correctness. The titles are US local news ©
their publishers: read from the corpus folder, never copied.

Usage: python evaluation/titles.py [--corpus DIR] [--limit N] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GVA = ROOT.parent / "shared" / "corpora" / "gva_semeval2018_task5"
MEASURES = {"killed": "deaths", "injured": "injuries", "arrested": "arrests"}
INACTIVE = frozenset({"retracted", "negated"})


def load(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """Articles with a title, each with its incident's gold counts."""
    gold: dict[str, dict[str, int]] = {}
    with open(corpus / "incidents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            arrested = sum("arrest" in (p.get("status") or "").lower() for p in r.get("participants", []))
            gold[r["incident_id"]] = {"killed": r["num_killed"], "injured": r["num_injured"], "arrested": arrested}
    articles = []
    with open(corpus / "documents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            d = json.loads(line)
            if d["incident_id"] in gold and (d.get("title") or "").strip() and (d.get("text") or "").strip():
                articles.append({**d, "gold": gold[d["incident_id"]]})
    return articles[:limit] if limit else articles


def title_claims(articles: list[dict[str, Any]], systems: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[Any, ...]]]:
    """system -> per article, its title's claims."""
    from newsdossier import extract
    from newsdossier.annotate import Part, load_nlp, sentence_case
    from newsdossier.clean import clean
    from newsdossier.errors import InputError
    from newsdossier.records import RawArticle

    cleaned = []
    for a in articles:
        try:
            cleaned.append(clean(RawArticle(source=a["doc_id"] if "doc_id" in a else a["incident_id"], format="record",
                                            content=a["text"], title=a["title"], published=a.get("dct"))))
        except InputError:
            cleaned.append(None)
    nlp = load_nlp()
    texts = [sentence_case(c.title) if c and c.title else "" for c in cleaned]
    docs = list(nlp.pipe(texts, batch_size=256))
    out: dict[str, list[tuple[Any, ...]]] = {}
    saved = dict(extract.TITLE_EXTRACTORS)
    try:
        for system, names in systems.items():
            extract.TITLE_EXTRACTORS.clear()
            extract.TITLE_EXTRACTORS.update({n: saved[n] for n in names})
            out[system] = [extract.extract_title_claims(c, [Part(0, doc, "title")]) if c and c.title else ()
                           for c, doc in zip(cleaned, docs)]
    finally:
        extract.TITLE_EXTRACTORS.clear()
        extract.TITLE_EXTRACTORS.update(saved)
    return out


def figure(claims: tuple[Any, ...], measure: str) -> float | None:
    values = [c.value_low for c in claims if c.measure == measure and not c.scope and not c.unit
              and c.status not in INACTIVE and c.value_low is not None]
    return max(values) if values else None


def score(corpus: Path, limit: int | None = None) -> dict[str, Any]:
    articles = load(corpus, limit)
    systems = {"all": ("titles", "claims", "victims"), "claims+victims": ("claims", "victims")}
    found = title_claims(articles, systems)
    report: dict[str, Any] = {"articles": len(articles), "systems": {}, "errors": []}
    for system, per_article in found.items():
        rows: dict[str, Any] = {}
        for key, measure in MEASURES.items():
            stated = right = near = high = 0
            for article, claims in zip(articles, per_article):
                value = figure(claims, measure)
                if value is None:
                    continue
                stated += 1
                gold = article["gold"][key]
                right += value == gold
                near += abs(value - gold) <= 1
                high += value > gold
                if system == "all" and value != gold:
                    report["errors"].append(f"{key} {value:g} (gold {gold}): {article['title']}")
            n = max(stated, 1)
            rows[key] = {"stated": stated, "stated_share": round(stated / max(len(articles), 1), 3),
                         "agreement": round(right / n, 3), "within1": round(near / n, 3),
                         "too_high": round(high / n, 3), "too_low": round((stated - right - high) / n, 3)}
        report["systems"][system] = rows
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=GVA)
    parser.add_argument("--limit", type=int, default=0, help="articles (0 = all with a title)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the titles whose figure is not gold's")
    args = parser.parse_args(argv)
    if not (args.corpus / "incidents.jsonl").exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    import logging

    logging.disable(logging.WARNING)
    try:
        report = score(args.corpus, args.limit or None)
    finally:
        logging.disable(logging.NOTSET)  # called from tests too: leave the caller's logging as it was
    errors = report.pop("errors")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['articles']} titled articles")
        print(f"{'system':16} {'measure':9} {'stated':>7} {'share':>6} {'agree':>6} {'within1':>8} {'high':>6} {'low':>6}")
        for system, rows in report["systems"].items():
            for key, m in rows.items():
                print(f"{system:16} {key:9} {m['stated']:>7} {m['stated_share']:>6.3f} {m['agreement']:>6.3f} "
                      f"{m['within1']:>8.3f} {m['too_high']:>6.3f} {m['too_low']:>6.3f}")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
