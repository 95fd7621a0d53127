"""Shared fixtures: one Extractor per test session, and generated corpora."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from corpus import write_corpus  # noqa: E402
from shared_extractor import extractor as _shared_extractor  # noqa: E402


@pytest.fixture(scope="session")
def extractor():
    """The session's one Extractor (the model loads once for every test that needs it)."""
    return _shared_extractor()


@pytest.fixture(scope="session")
def corpus_300(tmp_path_factory) -> Path:
    """A folder of 300 articles (about 1 kB each) recombined from the fixture texts (seeded, so the same
    every session)."""
    folder = tmp_path_factory.mktemp("corpus300") / "raw"
    write_corpus(folder, 300, seed=300, sentences_per_article=(5, 10))
    return folder
