"""Throughput of the extractor against the bare spaCy model over the same articles.

    .venv/bin/python benchmarks/speed.py [--copies N]

Builds a corpus from tests/fixtures/*.txt and raw/*.txt (repeated N times, each copy with a
distinct id), then times (a) `nlp.pipe` of the bare model over whole articles and (b)
`Extractor.extract_many`, which parses only the sentences that can hold a figure.
"""

import argparse
import time
from pathlib import Path

import spacy

from extract import Extractor
from extract.nlp import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int) -> list[tuple[str, str]]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))]
    return [(text, f"{n}-{i}") for n in range(copies) for i, text in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()
    articles = corpus(args.copies)
    words = sum(len(text.split()) for text, _ in articles)

    bare = spacy.load(DEFAULT_MODEL)
    start = time.perf_counter()
    for _ in bare.pipe((text for text, _ in articles), batch_size=64):
        pass
    bare_seconds = time.perf_counter() - start

    extractor = Extractor()
    extractor.extract(articles[0][0])  # warm up lazy loads (quantulum3, dateparser)
    start = time.perf_counter()
    records = sum(len(found) for found in extractor.extract_many(articles))
    extract_seconds = time.perf_counter() - start

    print(f"articles={len(articles)} words={words} records={records}")
    print(f"bare_spacy_seconds={bare_seconds:.2f} bare_words_per_second={words / bare_seconds:.0f}")
    print(f"extract_seconds={extract_seconds:.2f} extract_words_per_second={words / extract_seconds:.0f}")
    print(f"speedup={bare_seconds / extract_seconds:.2f}")


if __name__ == "__main__":
    main()
