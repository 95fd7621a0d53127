"""The record contract of ../shared/SCHEMA.md as pydantic models, and record assembly."""

from __future__ import annotations

import hashlib
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Status(str, Enum):
    departed = "departed"
    attempted = "attempted"
    returned = "returned"
    killed = "killed"
    detained = "detained"
    charged = "charged"
    convicted = "convicted"
    identified = "identified"
    unaccounted = "unaccounted"
    remaining = "remaining"


class Qualifier(str, Enum):
    exact = "exact"
    approximate = "approximate"
    at_least = "at_least"
    more_than = "more_than"
    at_most = "at_most"
    less_than = "less_than"
    range = "range"


class Subject(str, Enum):
    fighters = "fighters"
    women = "women"
    children = "children"
    women_and_children = "women_and_children"
    people = "people"


class PlaceType(str, Enum):
    country = "country"
    region = "region"
    world = "world"


class Span(BaseModel):
    """Character offsets into the article text as read."""

    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sentence: str
    start: int = Field(ge=0, description="offset of the sentence in the article text as read")
    end: int = Field(ge=0)
    count_text: str = Field(description="the words that state the figure")
    place: Span | None = None
    status_cue: Span | None = None
    source: Span | None = None
    rule: str | None = Field(default=None, description="id of the rule that linked the figure")


class Record(BaseModel):
    """One figure an article states about people from one place (SCHEMA.md)."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    id: str
    article_id: str
    country: str
    country_code: str | None = Field(pattern=r"^[A-Z]{3}$")
    place_type: PlaceType
    count: int = Field(ge=0)
    count_max: int | None = Field(default=None, ge=0)
    qualifier: Qualifier
    status: Status
    subject: Subject
    source: str | None
    as_of: str | None = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    derived: bool = False
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _consistent(self) -> "Record":
        if self.place_type is PlaceType.country and self.country_code is None:
            raise ValueError("a country record needs a country_code")
        if self.place_type is not PlaceType.country and self.country_code is not None:
            raise ValueError("a region or world record has no country_code")
        if self.count_max is not None and self.count_max < self.count:
            raise ValueError("count_max is below count")
        return self

    @property
    def country_key(self) -> str:
        """The key LABELING.md scores on: the ISO code, else the lower-cased name."""
        return self.country_code or self.country.lower()


FIELD_ORDER = list(Record.model_fields)


def record_id(article_id: str, country_key: str, status: str, count: int, subject: str) -> str:
    """Stable across runs and machines; unique within an article because duplicates merge."""
    key = "\x1f".join([article_id, country_key, status, str(count), subject])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def dedupe(records: list[Record], elided: frozenset[int] = frozenset()) -> list[Record]:
    """Within one article the same (country, status, count, subject) is one record with the
    first statement's evidence. A headline or lead that states a figure without attribution
    takes the source and date of the later statement that gives them; one that leaves its noun
    out (`elided`: indices into `records`) takes the subject of the later statement that names
    it ("Brussels court convicts 14 ..." then "convicted 14 people")."""
    records = list(records)
    for i in sorted(elided):
        named = next((r for j, r in enumerate(records[i + 1:], i + 1) if j not in elided and
                      (r.country_key, r.status, r.count) == (records[i].country_key, records[i].status, records[i].count)),
                     None)
        if named is not None and named.subject != records[i].subject:
            records[i] = records[i].model_copy(update={"subject": named.subject, "id": named.id})
    kept: dict[tuple, Record] = {}
    for record in records:
        key = (record.country_key, record.status, record.count, record.subject)
        first = kept.get(key)
        if first is None:
            kept[key] = record
        elif first.source is None and record.source is not None or first.as_of is None and record.as_of is not None:
            kept[key] = first.model_copy(update={"source": first.source or record.source,
                                                 "as_of": first.as_of or record.as_of})
    return _headline_sources(list(kept.values()))


def _headline_sources(records: list[Record]) -> list[Record]:
    """A headline ("France brings home 15 women and 32 children") is the story's own summary:
    an unattributed headline figure takes the source of the story's first attributed figure
    about the same country and status."""
    headline_end = next((r.evidence.end for r in records if r.evidence.start == 0), None)
    if headline_end is None:
        return records
    out = []
    for record in records:
        if record.evidence.start == 0 and record.source is None:
            later = next((r.source for r in records if r.evidence.start > headline_end and r.source
                          and r.country_key == record.country_key and r.status == record.status), None)
            record = record.model_copy(update={"source": later}) if later else record
        out.append(record)
    return out


def record_json_schema() -> dict:
    return Record.model_json_schema(mode="serialization")
