"""Throughput of `newsdossier build` beside raw spaCy `nlp.pipe`, in one process.

    python benchmarks/throughput.py 200 [--processes 1] [--batch-size 32]

Writes N articles (the bundled example corpus repeated, each copy varied so
that none is a duplicate) to a temporary folder, then measures, in this order
and in this process:

1. baseline: `nlp.pipe` over the same cleaned article texts (whole articles);
2. build: `newsdossier.build` of the folder into a fresh SQLite dossier
   (ingest, clean, annotate by paragraph, extract, store, resolve, reconcile).

The spaCy model is loaded once before either is timed. Peak RSS (this process plus its
worker processes) is sampled from /proc every 10 ms during each phase (resource.getrusage as a fallback),
so each phase reports its own peak. Compare the ratio, not absolute times:
runs on a shared 2-core machine vary by 10-25 %.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "veloria-unrest" / "articles"


def rss_bytes(pid: str = "self") -> int:
    """RSS of a process and all its descendants (spaCy's worker processes with --processes > 1)."""
    try:
        total = 0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) * 1024
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += rss_bytes(child)
        return total
    except OSError:
        if pid != "self":
            return 0  # the child ended while we looked
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class PeakRSS:
    """Samples this process's RSS in a thread while the block runs."""

    def __enter__(self) -> "PeakRSS":
        self.peak = rss_bytes()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, rss_bytes())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())


def make_corpus(n: int, folder: Path, seed: int = 7) -> list[str]:
    """N varied article files from the example corpus; returns their cleaned texts."""
    from newsdossier.clean import clean
    from newsdossier.ingest import ingest
    from newsdossier.records import RawArticle

    originals = [clean(item) for item in ingest([EXAMPLE]) if isinstance(item, RawArticle)]
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        base = originals[i % len(originals)]
        paragraphs = base.text.split("\n\n")
        rng.shuffle(paragraphs)
        body = "\n\n".join(paragraphs)
        body = re.sub(r"\b\d{2,}\b", lambda m: str(int(m.group()) + i), body)  # vary the figures
        headline = f"{base.title or 'Untitled'} (update {i})"
        (folder / f"article-{i:05d}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        texts.append(body)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)

    import newsdossier
    from newsdossier.annotate import load_nlp
    from newsdossier.config import DEFAULT_SETTINGS

    settings = replace(DEFAULT_SETTINGS, n_process=args.processes, batch_size=args.batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = make_corpus(args.n, folder)
        words = sum(len(t.split()) for t in texts)
        t0 = time.perf_counter()
        nlp = load_nlp(settings.model)
        load_s = time.perf_counter() - t0
        rss_loaded = rss_bytes()

        with PeakRSS() as base_mem:
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
                pass
            base_s = time.perf_counter() - t0

        with PeakRSS() as build_mem:
            t0 = time.perf_counter()
            report = newsdossier.build([folder], db=Path(tmp) / "bench.db", settings=settings)
            build_s = time.perf_counter() - t0
        assert len(report.added) == args.n and report.ok, (len(report.added), report.failures[:3])

    mib = 1024 * 1024
    print(f"articles: {args.n} ({words:,} words, {words / args.n:.0f} per article); "
          f"processes={args.processes} batch_size={args.batch_size}; python {sys.version.split()[0]}")
    print(f"model load: {load_s:.1f} s, RSS after load {rss_loaded / mib:,.0f} MiB")
    print(f"{'phase':<22}{'seconds':>9}{'articles/s':>12}{'words/s':>10}{'peak RSS MiB':>14}")
    for name, seconds, mem in (("raw spaCy nlp.pipe", base_s, base_mem), ("newsdossier build", build_s, build_mem)):
        print(f"{name:<22}{seconds:>9.2f}{args.n / seconds:>12.1f}{words / seconds:>10,.0f}{mem.peak / mib:>14,.0f}")
    print(f"ratio build/baseline time: {build_s / base_s:.2f}x  (build runs at {base_s / build_s:.0%} of raw spaCy speed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
