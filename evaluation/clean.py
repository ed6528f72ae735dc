"""Score newsdossier's HTML cleaning on the trafilatura evaluation set (English subset, 167 pages).

Corpus: ``annotations.json`` keyed by page URL; ``html_file`` is a gzip page relative to the corpus
folder; ``with`` lists snippets that must appear in the main text, ``without`` snippets that must
not; ``date`` (YYYY-MM-DD) and ``title`` are gold where present and non-empty.

Decoding: every page is decoded once with ``newsdossier.ingest.decode`` (UTF-8, else what
charset-normalizer finds), the bytes -> text step the CLI uses, and that same string goes to every
system, so differences come from extraction, not decoding. Should ``decode`` refuse a page, the
baselines get UTF-8 with errors="replace" and newsdossier counts as empty output.

Systems:
  trafilatura            ``trafilatura.extract(html, url=url, include_comments=False)`` (defaults)
  trafilatura-precision  same, ``favor_precision=True``
  trafilatura-recall     same, ``favor_recall=True``
  htmldate               ``htmldate.find_date(html, url=url, extensive_search=False, original_date=True)``
  htmldate-extensive     same, ``extensive_search=True``
  newsdossier            ``clean(RawArticle(source=url, format="html", content=html, url=url))``;
                         text = title + "\\n" + article.text + "\\n" + the captions, since clean moves
                         the headline and the photo captions out of the body (into metadata and the
                         ``captions`` field, not away) and gold snippets may hold them;
                         date = article.published when it is a full YYYY-MM-DD (month- or year-only
                         values count as no prediction and are tallied apart); title = article.title.
                         An ``InputError`` (no main text) counts as empty output and is listed.
  newsdossier-body       article.text alone (same run): the body without headline and captions.

Snippet metric, as in trafilatura's own evaluation: white space is collapsed (``" ".join(s.split())``)
in output and snippets; a ``with`` snippet found as a substring of the output is a true positive,
a missing one a false negative; a ``without`` snippet found is a false positive, a missing one a
true negative; empty output gives all false negatives / true negatives. Counts are pooled over all
pages, then P = TP/(TP+FP), R = TP/(TP+FN), F1, accuracy = (TP+TN)/(TP+FN+FP+TN).

Date metric, over pages with a gold date: accuracy = exact day right / gold dates (no prediction is
wrong), coverage = predicted / gold dates, precision = right / predicted.
Title metric, over pages with a gold title: exact match after case-folding and collapsing white
space (newsdossier, and trafilatura's metadata title ``trafilatura.extract_metadata(html).title``).
Seconds are wall time spent in each system's calls (newsdossier-body shares newsdossier's).

Usage: python evaluation/clean.py [--corpus PATH] [--limit N] [--json] [--errors]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "trafilatura_eval_en"
TEXT_SYSTEMS = ("trafilatura", "trafilatura-precision", "trafilatura-recall", "newsdossier", "newsdossier-body")
DATE_SYSTEMS = ("htmldate", "htmldate-extensive", "newsdossier")
TITLE_SYSTEMS = ("trafilatura-metadata", "newsdossier")
TRAFILATURA_OPTIONS = {"trafilatura": {}, "trafilatura-precision": {"favor_precision": True},
                       "trafilatura-recall": {"favor_recall": True}}
FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
TOP_ERRORS = 15
COUNTS = ("tp", "fn", "fp", "tn")


class Page(NamedTuple):
    url: str
    path: Path
    with_: tuple[str, ...]
    without: tuple[str, ...]
    date: str | None
    title: str | None


def load_corpus(corpus: Path, limit: int | None = None) -> list[Page]:
    """The annotated pages in file order (the first ``limit`` when given)."""
    entries = json.loads((corpus / "annotations.json").read_text(encoding="utf-8"))
    pages = [Page(url, corpus / entry["html_file"], tuple(entry["with"]), tuple(entry["without"]),
                  entry.get("date") or None, entry.get("title") or None) for url, entry in entries.items()]
    return pages[:limit] if limit is not None else pages


def read_html(page: Page) -> tuple[str, bool]:
    """(html text, decoded by newsdossier's ``decode``?) -- False means the UTF-8 "replace" fallback."""
    from newsdossier.errors import InputError
    from newsdossier.ingest import decode

    data = gzip.decompress(page.path.read_bytes())
    try:
        return decode(data, page.url), True
    except InputError:
        return data.decode("utf-8", errors="replace"), False


def fold(text: str) -> str:
    return " ".join(text.split())


def score_snippets(output: str | None, with_: Sequence[str], without: Sequence[str]) -> Counter:
    """TP/FN over the ``with`` snippets, FP/TN over the ``without`` ones, for one page."""
    text = fold(output or "")
    counts = Counter(tp=0, fn=0, fp=0, tn=0)
    for snippet in with_:
        counts["tp" if text and fold(snippet) in text else "fn"] += 1
    for snippet in without:
        counts["fp" if text and fold(snippet) in text else "tn"] += 1
    return counts


def snippet_failures(output: str | None, with_: Sequence[str], without: Sequence[str]) -> list[tuple[str, str]]:
    """("missed", snippet) for each ``with`` snippet not found, ("kept", snippet) for each ``without`` found."""
    text = fold(output or "")
    return ([("missed", s) for s in with_ if not (text and fold(s) in text)]
            + [("kept", s) for s in without if text and fold(s) in text])


def prf(counts: Counter) -> dict[str, float]:
    """Precision, recall, F1 and accuracy from pooled counts (0.0 where undefined)."""
    tp, fn, fp, tn = (counts[k] for k in COUNTS)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fn + fp + tn
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": (tp + tn) / total if total else 0.0}


def full_day(value: str | None) -> str | None:
    """``value`` if it is a full YYYY-MM-DD date, else None."""
    return value if value and FULL_DAY.fullmatch(value) else None


def score_dates(pairs: list[tuple[str | None, str | None]]) -> dict[str, float]:
    """Exact-day scores over (gold, predicted) pairs; pairs without a gold date are ignored."""
    scored = [(gold, full_day(pred)) for gold, pred in pairs if gold]
    n, predicted = len(scored), sum(pred is not None for _, pred in scored)
    correct = sum(pred == gold for gold, pred in scored)
    return {"gold": n, "predicted": predicted, "correct": correct, "accuracy": correct / n if n else 0.0,
            "coverage": predicted / n if n else 0.0, "precision": correct / predicted if predicted else 0.0}


def same_title(gold: str, predicted: str | None) -> bool:
    return predicted is not None and fold(gold).casefold() == fold(predicted).casefold()


def score_titles(pairs: list[tuple[str | None, str | None]]) -> dict[str, float]:
    scored = [(gold, pred) for gold, pred in pairs if gold]
    correct = sum(same_title(gold, pred) for gold, pred in scored)
    return {"gold": len(scored), "correct": correct, "accuracy": correct / len(scored) if scored else 0.0}


def run_newsdossier(url: str, html: str) -> dict:
    """text (title + body), body, date (as ``published``), title, error (InputError message or None)."""
    from newsdossier.clean import clean
    from newsdossier.errors import InputError
    from newsdossier.records import RawArticle

    try:
        article = clean(RawArticle(source=url, format="html", content=html, url=url))
    except InputError as error:
        return {"text": "", "body": "", "date": None, "title": None, "error": str(error)}
    captions = "\n".join(c.text for c in article.captions)  # separated from the body, kept in the dossier
    return {"text": "\n".join([article.title or "", article.text, captions]), "body": article.text,
            "date": article.published, "title": article.title, "error": None}


def evaluate(pages: list[Page]) -> dict:
    """Run every system on every page; return scores, timings and newsdossier's failures."""
    import htmldate
    import trafilatura

    seconds: Counter = Counter()
    counts = {name: Counter(tp=0, fn=0, fp=0, tn=0) for name in TEXT_SYSTEMS}
    dates: dict[str, list] = defaultdict(list)
    titles: dict[str, list] = defaultdict(list)
    failures: dict[tuple[str, str], list[str]] = defaultdict(list)
    date_misses, input_errors, undecoded, month_only = [], [], [], 0

    def timed(name, function, *args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.perf_counter() - start

    for page in pages:
        html, decoded = read_html(page)
        if not decoded:
            undecoded.append(page.url)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, options in TRAFILATURA_OPTIONS.items():
                output = timed(name, trafilatura.extract, html, url=page.url, include_comments=False, **options)
                counts[name].update(score_snippets(output, page.with_, page.without))
            for name, extensive in (("htmldate", False), ("htmldate-extensive", True)):
                found = timed(name, htmldate.find_date, html, url=page.url,
                              extensive_search=extensive, original_date=True)
                dates[name].append((page.date, found))
            metadata = timed("trafilatura-metadata", trafilatura.extract_metadata, html, default_url=page.url)
            titles["trafilatura-metadata"].append((page.title, metadata.title if metadata else None))
            result = (timed("newsdossier", run_newsdossier, page.url, html) if decoded else
                      {"text": "", "body": "", "date": None, "title": None, "error": "not decoded"})
        seconds["newsdossier-body"] = seconds["newsdossier"]
        if result["error"]:
            input_errors.append((page.url, result["error"]))
        counts["newsdossier"].update(score_snippets(result["text"], page.with_, page.without))
        counts["newsdossier-body"].update(score_snippets(result["body"], page.with_, page.without))
        for kind, snippet in snippet_failures(result["text"], page.with_, page.without):
            failures[(kind, fold(snippet))].append(page.url)
        if result["date"] and not full_day(result["date"]):
            month_only += 1
        dates["newsdossier"].append((page.date, result["date"]))
        if page.date and full_day(result["date"]) != page.date:
            date_misses.append((page.url, page.date, result["date"]))
        titles["newsdossier"].append((page.title, result["title"]))

    ranked = sorted(failures.items(), key=lambda item: -len(item[1]))  # stable: ties keep corpus order
    return {
        "pages": len(pages),
        "text": {name: {**{k: counts[name][k] for k in COUNTS}, **prf(counts[name]), "seconds": seconds[name]}
                 for name in TEXT_SYSTEMS},
        "date": {name: {**score_dates(dates[name]), "seconds": seconds[name]} for name in DATE_SYSTEMS},
        "title": {name: score_titles(titles[name]) for name in TITLE_SYSTEMS},
        "newsdossier_partial_dates": month_only,
        "newsdossier_input_errors": [{"url": url, "error": error} for url, error in input_errors],
        "undecoded": undecoded,
        "newsdossier_failures": [{"kind": kind, "snippet": snippet, "count": len(urls), "urls": urls}
                                 for (kind, snippet), urls in ranked[:TOP_ERRORS]],
        "newsdossier_date_misses": [{"url": url, "gold": gold, "predicted": pred} for url, gold, pred in date_misses],
    }


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render(results: dict, errors: bool = False) -> str:
    lines = [f"trafilatura evaluation set (English subset): {results['pages']} pages", "",
             f"{'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'seconds':>8}   TP/FN/FP/TN"]
    for name, row in results["text"].items():
        lines.append(f"{name:<22} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} {row['accuracy']:6.3f}"
                     f" {row['seconds']:8.1f}   {row['tp']}/{row['fn']}/{row['fp']}/{row['tn']}")
    lines += ["", f"{'date system':<22} {'acc':>6} {'cover':>6} {'prec':>6} {'seconds':>8}   right/predicted/gold"]
    for name, row in results["date"].items():
        lines.append(f"{name:<22} {row['accuracy']:6.3f} {row['coverage']:6.3f} {row['precision']:6.3f}"
                     f" {row['seconds']:8.1f}   {row['correct']}/{row['predicted']}/{row['gold']}")
    lines.append("(newsdossier month- or year-only dates, counted as no prediction: "
                 f"{results['newsdossier_partial_dates']})")
    lines += ["", f"{'title system':<22} {'acc':>6}   right/gold"]
    for name, row in results["title"].items():
        lines.append(f"{name:<22} {row['accuracy']:6.3f}   {row['correct']}/{row['gold']}")
    lines += ["", f"newsdossier InputError (empty output): {len(results['newsdossier_input_errors'])}"]
    lines += [f"  {cut(item['url'], 70)}  {cut(item['error'].removeprefix(item['url'] + ': '), 70)}"
              for item in results["newsdossier_input_errors"]]
    if results["undecoded"]:
        lines.append(f"pages decode() refused (baselines read UTF-8 'replace'): {', '.join(results['undecoded'])}")
    if errors:
        lines += ["", f"newsdossier: {TOP_ERRORS} most frequent snippet failures (missed 'with', kept 'without')"]
        for item in results["newsdossier_failures"]:
            more = f" (+{item['count'] - 1} more)" if item["count"] > 1 else ""
            snippet = cut(repr(item["snippet"]), 60)
            lines.append(f"  {item['kind']:<6} x{item['count']} {snippet:<60} {cut(item['urls'][0], 60)}{more}")
        misses = results["newsdossier_date_misses"]
        lines += ["", f"newsdossier date misses: {len(misses)} (gold -> predicted)"]
        lines += [f"  {item['gold']} -> {str(item['predicted']):<10}  {cut(item['url'], 90)}" for item in misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--errors", action="store_true", help="print newsdossier's failure cases and date misses")
    args = parser.parse_args(argv)
    if not (args.corpus / "annotations.json").is_file():
        print(f"error: corpus not found: {args.corpus} (expected annotations.json there); pass --corpus PATH",
              file=sys.stderr)
        return 2
    for name in ("trafilatura", "htmldate", "newsdossier"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    results = evaluate(load_corpus(args.corpus, args.limit))
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else render(results, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
