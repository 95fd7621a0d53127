"""Stage 7, dates: the as_of of a figure, from the date expression that governs its clause.

Dates are read with dateparser (`languages=["en"]` always) at the precision written: "2015" ->
"2015", "September 2017" -> "2017-09", "October 31, 2017" -> "2017-10-31". Relative dates
("last year") resolve against the article's publication date, and are dropped without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import words


NOT_AS_OF = words("dates.json", "not_as_of")
SUBORDINATE_TIME = words("dates.json", "subordinate_time")
_YEAR = re.compile(r"^(?:(?:the\s+)?(?:end|close|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of\s+|"
                   r"(?:early|late|mid|mid-)\s*)?((?:19|20)\d\d)$")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_DURATION = re.compile(r"\b(years?|months?|weeks?|days?|hours?|decades?)\b(?!\s+ago)")
_RELATIVE = re.compile(r"\b(this|last|next|past|previous|current|ago|yesterday|today|recent)\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    root: int
    as_of: str
    figure_before: int | None = None  # "up from 242 in 2018": the number this date belongs to alone


def _figure_before(ent: Span) -> int | None:
    """The number right before a date's preposition ("242 in 2018", "from 760 in 2015"), if any."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].pos_ != "ADP":
        return None
    number = doc[ent.start - 2]
    return number.i if number.like_num and number.ent_type_ != "DATE" else None


def find_dates(doc: Doc, published: str | None = None) -> list[DateMention]:
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _governs_clause(ent):
            continue
        end = ent.end  # the small NER stops before the year in "On 5 October 2022"
        if end < len(doc) and re.fullmatch(r"(19|20)\d\d", doc[end].text):
            end += 1
        elif end + 1 < len(doc) and doc[end].text == "," and re.fullmatch(r"(19|20)\d\d", doc[end + 1].text):
            end += 2
        end = _cut_at_a_dash(doc, ent.start, end)
        as_of = parse_as_of(doc[ent.start:end].text, published)
        if as_of:
            mentions.append(DateMention(ent.start, ent.end, ent.root.i, as_of, _figure_before(ent)))
    return mentions


_MONTH_OR_YEAR = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:19|20)\d\d$")


def _cut_at_a_dash(doc: Doc, start: int, end: int) -> int:
    """"in April 2019 - four men, 32 women": a spaced dash the tagger runs the date across, with no
    month or year after it, ends the date (not "April - June 2019")."""
    for i in range(start + 1, end):
        if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_ and \
                not any(_MONTH_OR_YEAR.match(t.text) for t in doc[i + 1 : end]):
            return i
    return end


def first_date(doc: Doc, published: str | None = None) -> str | None:
    """The first date of a sentence wherever it sits ("The figures are current as of 31 March 2019")."""
    for ent in doc.ents:
        if ent.label_ == "DATE":
            as_of = parse_as_of(ent.text, published)
            if as_of:
                return as_of
    # the small NER misses dates in short lines ("Figures as of 1 June 2020:")
    match = re.search(r"\bas (?:of|at) ((?:\w+ ){0,3}(?:19|20)\d\d)\b", doc.text, flags=re.IGNORECASE)
    return parse_as_of(match.group(1), published) if match else None


TABLE_NOUNS = words("dates.json", "table_nouns")
AHEAD_WORDS = words("dates.json", "ahead_words")


def table_announced(doc: Doc) -> bool:
    """"The table below lists ...", "as the following list shows"."""
    lowered = {t.lower_ for t in doc}
    return bool(lowered & TABLE_NOUNS and lowered & AHEAD_WORDS)


def table_date(doc: Doc, published: str | None = None) -> str | None:
    """"The table below lists repatriations since 2019 through December 2023": the date of the
    table or list a sentence announces (its last date), else None."""
    if not table_announced(doc):
        return None
    dates = [parse_as_of(ent.text, published) for ent in doc.ents if ent.label_ == "DATE"]
    return next((d for d in reversed(dates) if d), None)


def _governs_clause(ent: Span) -> bool:
    """A date that modifies a clause ("By September 2017, ...", "convicted by August 2017"),
    not one inside a noun phrase ("the declaration of the caliphate in June 2014") nor the day
    a statement was made ("said on Wednesday", "released this week")."""
    root = ent.root
    if _STATEMENT_DAY.search(ent.text.lower()) and _reporting_verb(root):
        return False
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 2].lower_ == "as" and doc[ent.start - 1].lower_ in ("of", "at"):
        return True  # "as of the end of 2017" dates what it is attached to, wherever the parser puts it
    first = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if first in NOT_AS_OF:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ in NOT_AS_OF:
            return False
        governor = head.head
        if governor.lower_ == "as" and governor.head.i != governor.i:  # "as of October 31"
            governor = governor.head
        if any(c.dep_ == "mark" and c.lower_ in SUBORDINATE_TIME for c in governor.children):
            return False  # "since it emerged in 2015": the time of another event
        # "up from 242 in 2018", "from 760 in 2015 to 1,070 in 2020": a date right after a figure is the figure's
        return governor.pos_ in ("VERB", "AUX") or governor.dep_ == "ROOT" or ent.start <= 2 or \
            _figure_before(ent) is not None
    if root.dep_ in ("npadvmod", "tmod", "advmod", "nmod") and head.pos_ in ("VERB", "AUX"):
        return True
    return ent.start <= 1


_STATEMENT_DAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                            r"tonight|(this|last) week)\b")


def _reporting_verb(token) -> bool:
    from .sources import reporting_lemmas

    # the verb the date hangs on, directly or through its preposition ("said on Wednesday"); not a
    # verb further up ("said 1,800 Iraqis left al-Hol this week")
    governor = token.head if token.head.pos_ in ("VERB", "AUX") else token.head.head
    return governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in reporting_lemmas()


_PERIOD = re.compile(r"^(?:between|from|since)?\s*(.*?(?:19|20)\d\d|[a-z]+)\s+(?:and|to|through|thru|until|till)\s+(.+)$")
_YEAR_SPAN = re.compile(r"^((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)$")


def parse_as_of(text: str, published: str | None = None) -> str | None:
    """The date a figure stands at, at the precision written; a period ("between 2013 and 2017",
    "since 2019 through December 2023", "2014-15") stands at its end."""
    cleaned = re.sub(r"^(the|by|in|as of|on|at)\s+", "", text.strip().lower()).strip(" ,.")
    span = _YEAR_SPAN.match(cleaned)
    if span:
        end = span.group(2)
        return end if len(end) == 4 else span.group(1)[:2] + end
    period = _PERIOD.match(cleaned)
    if period and re.search(r"(19|20)\d\d", period.group(2)):
        return parse_as_of(period.group(2), published)
    if _DURATION.search(cleaned) and not _RELATIVE.search(cleaned) and not re.search(r"(19|20)\d\d", cleaned):
        return None  # "two years", "10 days": a length of time
    match = _YEAR.match(cleaned)
    if match:
        return match.group(1)
    relative = bool(_RELATIVE.search(cleaned)) and not re.search(r"(19|20)\d\d", cleaned)
    if relative and not published:
        return None
    base = _published_datetime(published)
    if not base and not relative and not re.search(r"(19|20)\d\d", cleaned):
        return None  # "16 March" with no publication date: dateparser would read "16" as 2016
    cleaned = re.sub(r"^(?:the\s+)?(?:end|close|start|beginning|middle)\s+of\s+|^(?:early|late|mid-?)\s*", "", cleaned)
    data = _date_parser(relative).get_date_data(cleaned) if not base else \
        _date_parser_at(base).get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None
    date, period = data.date_obj, data.period
    if period == "year" or (not relative and not any(m in cleaned for m in _MONTHS)):
        return f"{date.year:04d}"
    if period == "month" or relative and "week" in cleaned:  # "this week" names no day: its month
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


@lru_cache(maxsize=2)
def _date_parser(relative: bool):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]}
                          if not relative else {"PREFER_DATES_FROM": "past"})


@lru_cache(maxsize=64)
def _date_parser_at(base: datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base})


_DATELINE = re.compile(
    r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (?:19|20)\d\d)\b")


def dateline_date(text: str) -> str | None:
    """The date of a wire dateline ("WASHINGTON, Feb. 6, 2020 —") or a date line under the
    headline, used as the publication date when none is given, for "last year", "this month"."""
    head = "\n".join(text.lstrip().splitlines()[:4])[:400]
    match = _DATELINE.search(head)
    if not match:
        return None
    iso = parse_as_of(match.group(1))
    return iso if iso and len(iso) == 10 else None


def _published_datetime(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        data = _date_parser(False).get_date_data(published)
        return data.date_obj.replace(tzinfo=None) if data and data.date_obj else None
