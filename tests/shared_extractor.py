"""One Extractor per test session: loading the model is the slow part."""

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"


@lru_cache(maxsize=1)
def extractor():
    from extract import Extractor

    return Extractor()


def keys(records):
    return {(r.country_code or r.country.lower(), r.status.value, r.count) for r in records}
