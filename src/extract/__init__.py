"""extract: figures about people from a country in news articles, as validated records."""

from .records import Qualifier, Record, Status, Subject, PlaceType  # noqa: F401
from .pipeline import Extractor, __version__  # noqa: F401

__all__ = ["Extractor", "Record", "Status", "Qualifier", "Subject", "PlaceType", "__version__"]
