"""Memory over a long run: 5,000 varied articles (fixture sentences recombined, numbers and
places changed, a made-up name in every sentence, so spaCy meets new strings all along)
through one Extractor. Prints resident memory every 500 articles; the goal is an end within
15% of the figure after the first 500. Exit code 1 when the goal is missed.

    .venv/bin/python benchmarks/memory.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus import articles  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak: the best available


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--every", type=int, default=500)
    args = parser.parse_args()

    from extract import Extractor

    start = time.monotonic()
    extractor = Extractor()
    texts = articles(args.articles, seed=5000, sentences_per_article=(3, 8), fresh_words=True)
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.1f} M characters; "
          f"model loaded, RSS {rss_mb():.0f} MB", flush=True)
    mark = None
    records = failed = 0
    batch = 250  # under extract_many's own batch of 256, so each call is one memory zone
    for first in range(0, len(texts), batch):
        items = [(text, f"a{i}") for i, text in enumerate(texts[first:first + batch], start=first)]
        try:
            found = list(extractor.extract_many(items))
        except Exception:  # an extractor bug on one article: redo the batch one by one, count it
            found = []
            for item in items:
                try:
                    found.extend(extractor.extract_many([item]))
                except Exception:  # noqa: BLE001
                    failed += 1
        records += sum(map(len, found))
        n = first + len(items)
        if n % args.every == 0 or n == len(texts):
            gc.collect()
            now = rss_mb()
            mark = now if mark is None else mark
            strings = len(extractor.nlp.vocab.strings)
            print(f"after {n:5d} articles: RSS {now:6.0f} MB ({(now - mark) / mark:+6.1%} vs the first mark), "
                  f"string store {strings:,}, {records:,} records, {failed} failed, "
                  f"{time.monotonic() - start:.0f} s", flush=True)
    end = rss_mb()
    growth = (end - mark) / mark
    verdict = "within" if growth <= 0.15 else "OVER"
    print(f"end: {end:.0f} MB vs {mark:.0f} MB after the first {args.every}: {growth:+.1%} ({verdict} the 15% goal)")
    return 0 if growth <= 0.15 else 1


if __name__ == "__main__":
    sys.exit(main())
