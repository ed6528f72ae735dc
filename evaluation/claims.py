"""Score numeric-claim extraction.

Two sets:

``fixtures`` — the team-made annotated sentences (tests/fixtures/claims/claims.jsonl, guideline in that
folder's README). Each item's optional ``context`` sentence and its ``text`` form one paragraph, dated
``document_date``; claims found inside ``text`` are compared with the gold ones. A predicted and a gold
claim match when their spans overlap; a match is *right* when value_low, value_high, qualifier and
measure are all equal (a fallback measure, a counted noun, is compared by its head noun in singular or plural:
"home" = "homes", "polling stations" = "stations"). Reported: precision / recall / F1 of right claims (the headline figure), of
detection (overlap alone), and, over matched pairs, source (both null, or one contains the other after
case folding), scope (both null, or the words of one contain the other's once prepositions, articles and
"alone" are dropped: "Tarreck" = "in the northern province of Tarreck"), status agreement and ``as_of`` agreement
(a gold time must be given exactly; where the gold has none the document's date, or none, is right), with
``timed_accuracy`` over the gold claims that have a time of their own.

``gva`` — Gun Violence Archive incidents with their news articles (../shared/corpora/gva_semeval2018_task5).
Per article and measure (killed = deaths, injured = injuries, arrested = arrests), the article's figure is
the largest value among its counts (no unit: not a share) with that measure that are not scoped, retracted or
negated, or 0 when it states none; it is compared with the incident's gold count. Reported: share of articles whose figure
equals gold (agreement), mean absolute error (outliers weigh heavily: one background statistic such as
"500 murders this year" counts 500), median error, share within one of gold, coverage (articles with
any claim of that measure) and agreement when stated (among the covered articles only: how often a figure the
article does state is the gold one).
Articles written before a victim died legitimately differ, so agreement is not expected to reach 1.

Usage: python evaluation/claims.py fixtures [--file F] [--errors]
       python evaluation/claims.py gva [--corpus DIR] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "claims" / "claims.jsonl"
GVA = ROOT.parent / "shared" / "corpora" / "gva_semeval2018_task5"
MEASURES = {"killed": "deaths", "injured": "injuries", "arrested": "arrests"}


def extract(texts: list[tuple[str, str, str | None]]) -> list[tuple[str, Any]]:
    """[(id, text, date)] -> [(id, claims)] through annotate + extract_claims, dated as the pipeline dates them
    (``extract.claim_times``: the point in time governing each figure's clause); the text is taken as clean."""
    from newsdossier.annotate import annotate, load_nlp
    from newsdossier.clean import content_hash
    from newsdossier.config import DEFAULT_SETTINGS
    from newsdossier.extract.claim_times import date_claims
    from newsdossier.extract.claims import extract_claims
    from newsdossier.extract.timex import extract_time_expressions
    from newsdossier.records import Article

    articles = (Article(id=f"doc-{content_hash(t)[:16]}", content_hash=content_hash(t), source=i, text=t, published=d)
                for i, t, d in texts)
    return [(a.source, date_claims(extract_claims(a, parts, DEFAULT_SETTINGS),
                                   extract_time_expressions(a, parts, DEFAULT_SETTINGS), a.text))
            for a, parts in annotate(articles, load_nlp())]


def same_measure(predicted: str, gold: str) -> bool:
    """Canonical keys must be equal; a fallback key (a counted noun) matches in singular or plural, and by its head
    noun, which the guideline says the key is ("polling stations" = "stations")."""
    return predicted == gold or predicted.split()[-1].rstrip("s") == gold.split()[-1].rstrip("s")


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split()).removeprefix("the ")


SCOPE_FILLER = frozenset("in at on of from across within throughout over during among the a an alone only 's".split())


def scope_words(scope: str | None) -> frozenset[str]:
    """The words of a scope that say which place, group or period: "in the capital alone" -> {capital}."""
    words = re.findall(r"[\w-]+|'s", (scope or "").lower().replace("’", "'"))
    return frozenset(w for w in words if w not in SCOPE_FILLER)


def same_scope(predicted: str | None, gold: str | None) -> bool:
    """Both unscoped, or the words of one contain the other's ("Tarreck" ~ "in the northern province of Tarreck")."""
    a, b = scope_words(predicted), scope_words(gold)
    if not a or not b:
        return not a and not b
    return a <= b or b <= a


def same_as_of(predicted: str | None, gold: str | None, document_date: str | None) -> bool:
    """The gold ``as_of`` is set only where the text gives a point in time; otherwise the claim holds as of the
    document's date, which the extractor writes (or null when the item has no date). A time is right only when it is
    the same string: a day where the gold has a month (or the reverse) is a different reading."""
    if gold:
        return predicted == gold
    return predicted in (None, document_date)


def score_fixtures(items: list[dict[str, Any]]) -> dict[str, Any]:
    jobs = []
    for item in items:
        context = (item.get("context") or "").strip()
        jobs.append((item["id"], (context + " " if context else "") + item["text"], item.get("document_date")))
    results = dict(extract(jobs))
    counts = Counter()
    errors: list[str] = []
    for item in items:
        offset = len(item.get("context") or "") + (1 if (item.get("context") or "").strip() else 0)
        gold = [dict(g, start=item["text"].find(g["text"]), end=item["text"].find(g["text"]) + len(g["text"]))
                for g in item["claims"]]
        predicted = [c for c in results[item["id"]] if c.start >= offset]
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        used: set[int] = set()
        for g in gold:
            match = next((i for i, c in enumerate(predicted) if i not in used
                          and c.start - offset < g["end"] and g["start"] < c.end - offset), None)
            if match is None:
                errors.append(f"{item['id']}: missed {g['text']!r} ({g['measure']}, {g['qualifier']})")
                continue
            used.add(match)
            c = predicted[match]
            counts["detected"] += 1
            right = (c.value_low == g["value_low"] and c.value_high == g["value_high"] and c.qualifier == g["qualifier"]
                     and same_measure(c.measure, g["measure"]))
            counts["right"] += right
            counts["value_right"] += c.value_low == g["value_low"] and c.value_high == g["value_high"]
            counts["qualifier_right"] += c.qualifier == g["qualifier"]
            counts["measure_right"] += same_measure(c.measure, g["measure"])
            if not right:
                errors.append(f"{item['id']}: {c.text!r} got {c.value_low:g}-{c.value_high:g} {c.qualifier} {c.measure}; "
                              f"gold {g['value_low']:g}-{g['value_high']:g} {g['qualifier']} {g['measure']}")
            a, b = fold(c.source), fold(g.get("source"))
            source_ok = (not a and not b) or (a and b and (a in b or b in a))
            counts["source_right"] += bool(source_ok)
            counts["gold_sourced"] += bool(b)
            counts["predicted_sourced"] += bool(a)
            counts["source_both_right"] += bool(a and b and source_ok)
            if not source_ok:
                errors.append(f"{item['id']}: {c.text!r} source {c.source!r}; gold {g.get('source')!r}")
            scope_ok = same_scope(c.scope, g.get("scope"))
            counts["scope_right"] += scope_ok
            counts["gold_scoped"] += bool(scope_words(g.get("scope")))
            counts["predicted_scoped"] += bool(scope_words(c.scope))
            counts["scope_both_right"] += bool(scope_ok and scope_words(c.scope))
            if not scope_ok:
                errors.append(f"{item['id']}: {c.text!r} scope {c.scope!r}; gold {g.get('scope')!r}")
            counts["status_right"] += c.status == g["status"]
            if c.status != g["status"]:
                errors.append(f"{item['id']}: {c.text!r} status {c.status}; gold {g['status']}")
            as_of_ok = same_as_of(c.as_of, g.get("as_of"), item.get("document_date"))
            counts["as_of_right"] += as_of_ok
            counts["gold_timed"] += bool(g.get("as_of"))
            counts["timed_right"] += bool(g.get("as_of") and as_of_ok)
            if not as_of_ok:
                errors.append(f"{item['id']}: {c.text!r} as_of {c.as_of}; gold {g.get('as_of')}")
        for i, c in enumerate(predicted):
            if i not in used:
                errors.append(f"{item['id']}: not a claim {c.text!r} ({c.measure})")

    def prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
        p = tp / predicted if predicted else 1.0
        r = tp / gold if gold else 1.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    detected = max(counts["detected"], 1)
    return {
        "items": len(items), "gold": counts["gold"], "predicted": counts["predicted"],
        "claims": prf(counts["right"], counts["predicted"], counts["gold"]),
        "detection": prf(counts["detected"], counts["predicted"], counts["gold"]),
        "parts": {part: {"agreement_on_matched": round(counts[f"{part}_right"] / detected, 3)}
                  for part in ("value", "qualifier", "measure")},
        "source": {**prf(counts["source_both_right"], counts["predicted_sourced"], counts["gold_sourced"]),
                   "agreement_on_matched": round(counts["source_right"] / detected, 3)},
        "scope": {**prf(counts["scope_both_right"], counts["predicted_scoped"], counts["gold_scoped"]),
                  "agreement_on_matched": round(counts["scope_right"] / detected, 3)},
        "status": {"agreement_on_matched": round(counts["status_right"] / detected, 3)},
        "as_of": {"agreement_on_matched": round(counts["as_of_right"] / detected, 3),
                  "gold_timed": counts["gold_timed"],
                  "timed_accuracy": round(counts["timed_right"] / counts["gold_timed"], 3) if counts["gold_timed"] else None},
        "errors": errors,
    }


def article_figure(claims: list[Any], measure: str) -> float | None:
    values = [c.value_high for c in claims if c.measure == measure and not c.scope and not c.unit
              and c.status not in ("retracted", "negated") and c.value_high is not None]
    return max(values) if values else None


def score_gva(corpus: Path, limit: int | None, seed: int = 5) -> dict[str, Any]:
    incidents = {}
    with open(corpus / "incidents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            arrested = sum("arrest" in (p.get("status") or "").lower() for p in record.get("participants", []))
            incidents[record["incident_id"]] = {"killed": record["num_killed"], "injured": record["num_injured"],
                                                "arrested": arrested}
    documents = [json.loads(line) for line in open(corpus / "documents.jsonl", encoding="utf-8")]
    documents = [d for d in documents if d["incident_id"] in incidents and d["text"].strip()]
    if limit and limit < len(documents):
        documents = random.Random(seed).sample(documents, limit)
    started = time.perf_counter()
    results = dict(extract([(d["doc_id"], d["text"], d.get("dct")) for d in documents]))
    figures: dict[str, Any] = {"articles": len(documents), "seconds": round(time.perf_counter() - started, 1)}
    for name, measure in MEASURES.items():
        agree = covered = agree_stated = 0
        errors = []
        for d in documents:
            found = article_figure(list(results[d["doc_id"]]), measure)
            gold = incidents[d["incident_id"]][name]
            covered += found is not None
            agree_stated += found is not None and found == gold
            value = found if found is not None else 0
            agree += value == gold
            errors.append(abs(value - gold))
        figures[name] = {"agreement": round(agree / len(documents), 3), "mae": round(sum(errors) / len(errors), 3),
                         "median_error": sorted(errors)[len(errors) // 2],
                         "within_1": round(sum(e <= 1 for e in errors) / len(errors), 3),
                         "coverage": round(covered / len(documents), 3),
                         "agreement_when_stated": round(agree_stated / covered, 3) if covered else None}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score numeric-claim extraction.")
    sub = parser.add_subparsers(dest="set", required=True)
    fixtures = sub.add_parser("fixtures")
    fixtures.add_argument("--file", type=Path, default=FIXTURES)
    fixtures.add_argument("--errors", action="store_true")
    gva = sub.add_parser("gva")
    gva.add_argument("--corpus", type=Path, default=GVA)
    gva.add_argument("--limit", type=int, default=1000, help="articles sampled (0 = all 5,852; about 10 minutes)")
    gva.add_argument("--json", action="store_true")
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
    if not (args.corpus / "incidents.jsonl").exists():
        print(f"GVA corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    result = score_gva(args.corpus, args.limit or None)
    print(json.dumps(result, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
