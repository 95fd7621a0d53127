"""The data files under `extract/lexicons/`: what the extractor knows about the language of the
domain lives there, not in code, so another domain (displacement, casualties) swaps files.

Each stage reads its own file; `words` gives one named word list of a JSON file as a set, read once."""

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(filename: str) -> dict:
    return json.loads(resources.files("extract.lexicons").joinpath(filename).read_text("utf-8"))


@lru_cache(maxsize=None)
def words(filename: str, key: str) -> frozenset[str]:
    try:
        return frozenset(load(filename)[key])
    except KeyError:
        raise KeyError(f"lexicons/{filename} has no word list {key!r}") from None


def lines(filename: str, directory: str | None = None) -> list[dict]:
    """A JSON Lines lexicon (one pattern or entry per line; blank and `//` lines are skipped), from
    the package or from a user's `directory`. A fresh list on every call: callers build matchers
    from it and may change the entries."""
    if directory:
        with open(f"{directory}/{filename}", encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = resources.files("extract.lexicons").joinpath(filename).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]
