"""Generated articles for batch, crash, fuzz and memory tests: the sentences of the labeled
fixture texts (tests/fixtures/*.txt) recombined and perturbed, with a seeded random generator
so a corpus is the same on every machine."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PLACES = ["Kosovo", "Tunisia", "France", "Belgium", "Germany", "Indonesia", "Australia", "Sweden",
          "Morocco", "Jordan", "Uzbekistan", "Tajikistan", "Russia", "the Maldives", "Trinidad and Tobago",
          "Canada", "Denmark", "Norway", "Bosnia", "Albania", "Kazakhstan", "Malaysia", "the Philippines"]
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"(])")
_NUMBER = re.compile(r"\b\d[\d,]*\b")
_PLACE = re.compile(r"\b(" + "|".join(re.escape(p) for p in PLACES) + r")\b")


@lru_cache(maxsize=1)
def fixture_texts() -> tuple[str, ...]:
    return tuple(p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.txt")))


@lru_cache(maxsize=1)
def sentences() -> tuple[str, ...]:
    found = []
    for text in fixture_texts():
        for paragraph in text.split("\n"):
            found.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s.strip()) > 20)
    return tuple(found)


def perturb(sentence: str, rng: random.Random, fresh_words: bool = False) -> str:
    """Other numbers, other places; with `fresh_words`, a made-up name too (new strings for
    spaCy's string store, as real news brings every day)."""
    sentence = _NUMBER.sub(lambda m: f"{rng.randint(2, 5000):,}" if rng.random() < 0.7 else m.group(0), sentence)
    sentence = _PLACE.sub(lambda m: rng.choice(PLACES) if rng.random() < 0.5 else m.group(0), sentence)
    if fresh_words:
        name = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        sentence = f"{name.capitalize()} reported that {sentence[0].lower()}{sentence[1:]}"
    return sentence


def article(rng: random.Random, sentences_per_article: tuple[int, int] = (3, 6), fresh_words: bool = False) -> str:
    pool = sentences()
    body = [perturb(rng.choice(pool), rng, fresh_words) for _ in range(rng.randint(*sentences_per_article))]
    title = perturb(rng.choice(pool), rng)[:80].rstrip(" ,.;:")
    return title + "\n\n" + "\n\n".join(body) + "\n"


def articles(count: int, seed: int, **options) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, **options) for _ in range(count)]


def write_corpus(folder: Path, count: int, seed: int, **options) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(articles(count, seed, **options), start=1):
        path = folder / f"article-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
