"""Stage 4, counts: find the figures in a sentence and read their value and qualifier.

`parse_count("some 425")` is the public helper: value, upper bound of a range, qualifier.
Digits are read directly; spelled-out numbers by a small grammar over the number words of
`lexicons/numbers.json`; quantulum3 reads what neither understands ("1.2m"). `find_counts`
walks a parsed sentence and keeps only numbers that count people: numbers of countries,
percentages, ages, years, money and counts of things are dropped here.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import lines, load, words


MAX_COUNT_TEXT = 120
NOT_PEOPLE = -1  # _counted_noun: the figure counts something that is not people
NOT_COUNT_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "QUANTITY"}  # MONEY: the small NER tags "no more than 80" so; money marks are checked below
SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
TOTAL_NOUNS = words("linking.json", "total_nouns")
NAME_ENTS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
MONEY_MARKS = words("numbers.json", "money_marks")
PREDICATE_WORDS = words("numbers.json", "predicate_words")
AGE_VERBS = words("numbers.json", "age_verbs")
AGE_PREPOSITIONS = words("numbers.json", "age_prepositions")
CHANGE_LEMMAS = words("numbers.json", "change_lemmas")
AGE_ADVERBS = words("numbers.json", "age_adverbs")
AGE_COMPARATIVES = words("numbers.json", "age_comparatives")
AGE_BEARERS = words("numbers.json", "age_bearers")
AGE_HOLDERS = words("numbers.json", "age_holders")
FAMILY_HEADS = words("numbers.json", "family_heads")
MAX_AGE = 120
SUPERSCRIPT_DIGITS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
NUMBER_LABELS = words("numbers.json", "number_labels")
CODE_LABELS = words("numbers.json", "code_labels")  # "Press Release Number: 19-612"
TIME_UNITS = words("numbers.json", "time_units")
YEAR_DETERMINERS = words("numbers.json", "year_determiners")
BLOC_NOUNS = words("numbers.json", "bloc_nouns")
NAMED_BLOC_NOUNS = words("numbers.json", "named_bloc_nouns")
CAPACITY_WORDS = words("numbers.json", "capacity_words")
PERCENT_WORDS = words("numbers.json", "percent_words")
CAUSATIVE_VERBS = words("numbers.json", "causative_verbs")
BARE_INFINITIVES = words("numbers.json", "bare_infinitives")
TALLY_LEMMAS = words("numbers.json", "tally_lemmas")
TOTAL_WORDS = words("linking.json", "total_nouns")
PER_HEAD = re.compile(r"\bper (?:million|capita|head|100,000|hundred thousand)\b", re.I)  # a rate's base


def is_glued_note_number(token) -> bool:
    """"had returned.19 Several": digits glued to a full stop that is glued to a word are a note's
    number whose superscript was lost in pasting ("3.5" and "No.19" are not)."""
    if not (token.text.isdigit() and len(token.text) <= 3 and token.i >= 2):
        return False
    stop, word = token.doc[token.i - 1], token.doc[token.i - 2]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # (a new sentence or the end after it: "Syria and Iraq.271 had come back" is a missing space)
    opens_next = after is None or after.is_space or after.is_punct or after.text[:1].isupper()
    return stop.text == "." and not stop.whitespace_ and not word.whitespace_ and word.text[-2:].isalpha() and \
        word.text[-2:].islower() and opens_next


def _a_total_came_in(verb) -> bool:
    """"Finland's count of returnees came in at 30", "putting the number of Swiss who returned at
    16" (the value hung on the verb inside the total): a total's value, not an age."""
    return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TOTAL_WORDS for c in verb.children) or \
        verb.dep_ in ("relcl", "acl") and any(a.lemma_.lower() in TOTAL_WORDS for a in list(verb.ancestors)[:4])


def _a_small_number(token) -> bool:
    """A number an age could be: "28", "seven"."""
    units = _numbers()["units"]
    if token.text.isdecimal():
        return int(token.text) < 100
    return token.lower_ in units and token.lower_ not in ("a", "an", "none", "nil") and units[token.lower_] < 100


@lru_cache(maxsize=1)
def _numbered_names() -> frozenset[tuple[str, str]]:
    """("densus", "88"): a word and the number after it in a source's name ("Densus 88")."""
    pairs = set()
    for entry in lines("sources.jsonl"):
        for alias in entry["aliases"]:
            tokens = alias.lower().split()
            pairs |= {(a, b) for a, b in zip(tokens, tokens[1:]) if b.isdigit()}
    return frozenset(pairs)


@dataclass(frozen=True)
class CountValue:
    value: int
    upper: int | None
    qualifier: str
    vague: bool = False


@dataclass
class CountMention:
    start: int  # token span in the sentence Doc, qualifier words included
    end: int
    num_start: int  # the number itself
    num_end: int
    value: CountValue
    noun: int | None  # token index of the counted noun; None when elided ("France at 1,910")
    subject: str | None  # from the noun; None when elided
    fraction: float | None = None  # "a third", "half", "30 percent": a share of a stated whole

    @property
    def phrase_head(self) -> int:
        """The counted noun, or the number itself when the noun is left out."""
        return self.noun if self.noun is not None else self.head

    @property
    def head(self) -> int:
        """The token that stands for the figure in the dependency tree."""
        return self.num_end - 1

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


# ---------------------------------------------------------------- lexicons

def _numbers() -> dict:
    return load("numbers.json")


def _qualifiers() -> dict:
    return load("qualifiers.json")


def _subjects() -> dict:
    return load("subjects.json")


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    n = _numbers()
    words = set(n["units"]) | set(n["tens"]) | set(n["scales"]) | set(n["multipliers"])
    words |= {w for phrase in n["vague"] for w in phrase.split()} - {"of", "a", "few", "several"}
    return frozenset(words - {"a", "an", "k", "m", "mn", "bn"})


@lru_cache(maxsize=1)
def _qualifier_phrases(where: str = "before") -> list[tuple[list[str], str]]:
    phrases = [(phrase.split(), qualifier) for phrase, qualifier in _qualifiers()[where].items()]
    return sorted(phrases, key=lambda item: -len(item[0]))


@lru_cache(maxsize=1)
def noun_subjects() -> dict[str, str]:
    table = {}
    for subject in ("fighters", "women", "children", "people"):
        for lemma in _subjects()[subject]:
            table[lemma] = subject
    for lemma in _subjects()["not_people"]:
        table[lemma] = "not_people"
    return table


# ---------------------------------------------------------------- parse_count

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_DASHED = re.compile(r"^\d[\d,.]*\s*[-–]\s*\d[\d,.]*$")
# A dash joins a range only between digits: "twenty-one" is one number, "350-400" two.
_RANGE = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to)\s+(.+)$|^(\d[\d,.]*)\s*[-–]\s*(\d.*)$|^(.+?)\s+to\s+(.+)$"
                    r"|^(\d[\d,.]*),\s+(\d[\d,.]*)$")  # the last: a spoken range, "maybe 400, 450"


def parse_count(text) -> CountValue | None:
    """Read a figure as written: "1,910", "some 425", "1.2 million", "three hundred and forty",
    "none", "a dozen", "between 5,000 and 6,000", "dozens". Returns None for anything that is
    not a count of something; never raises."""
    if not isinstance(text, str):
        return None
    words = _words(text)
    if not words or len(text) > MAX_COUNT_TEXT:
        return None
    qualifier, words = _strip_qualifier(words)
    vague = _vague(words)
    if vague is not None:
        return CountValue(vague, None, "at_least", vague=True)
    low, high = _range(" ".join(words))  # before _value: quantulum3 reads a range as its mean
    if low is not None and high is not None and high > low:
        return CountValue(low, high, "range")
    if low is not None and high is not None and _DASHED.match(" ".join(words)):
        return None  # "the Twins hold off the Padres 5-2": a score or a vote, which no range runs down to
    value = _value(words)
    if value == 0 and qualifier not in (None, "exact"):
        return None  # "almost none" is a few, not a figure
    if value is not None:
        return CountValue(value, None, qualifier or "exact")
    return None


def _words(text: str) -> list[str]:
    cleaned = text.lower().replace("\u2013", " – ").replace("\u2014", " — ")
    return [w for w in re.split(r"\s+", cleaned.strip()) if w]


def _strip_qualifier(words: list[str]) -> tuple[str | None, list[str]]:
    for phrase, qualifier in _qualifier_phrases():
        if words[: len(phrase)] == phrase and len(words) > len(phrase):
            return qualifier, words[len(phrase):]
    for phrase, qualifier in _qualifier_phrases("after"):
        if words[-len(phrase):] == phrase and len(words) > len(phrase):
            return qualifier, words[: -len(phrase)]  # "120 or so", "a dozen or more"
        if len(phrase) == 1 and not phrase[0][0].isalpha() and words[-1].endswith(phrase[0]) and words[-1] != phrase[0]:
            return qualifier, words[:-1] + [words[-1][: -len(phrase[0])]]  # "100-odd", "700+"
    return None, words


def _vague(words: list[str]) -> int | None:
    text = " ".join(w for w in words if w != "of")
    return _numbers()["vague"].get(text)


def _value(words: list[str]) -> int | None:
    if not words:
        return None
    text = " ".join(words)
    if words[0] in _numbers()["zero_words"] or text in _numbers()["zero_words"]:
        return 0 if len(words) <= 3 else None
    if len(words) <= 2 and _DIGITS.match(words[0]):
        number = float(words[0].replace(",", ""))
        if len(words) == 2:
            scale = _numbers()["scales"].get(words[1].rstrip("s")) or _numbers()["multipliers"].get(words[1])
            if scale is None:
                return None
            number *= scale
        elif "." in words[0] and not number.is_integer():
            return None  # "1.5" alone is no count of people
        return int(round(number))
    if len(words) == 1 and _DOT_THOUSANDS.match(words[0]):
        return int(words[0].replace(".", ""))
    spelled = _spelled(words)
    if spelled is not None:
        return spelled
    return _quantulum(text)


def _spelled(words: list[str]) -> int | None:
    """Number words by the usual grammar: "three hundred and forty", "fifteen hundred",
    "one million, two hundred and thirty-four thousand", "half a dozen"."""
    n = _numbers()
    parts = [p for w in words for p in re.split(r"[-,]", w) if p]
    if not parts or parts[0] == "and" or parts[-1] == "and":
        return None
    total = current = 0
    seen = False
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else None
        if part == "and":
            continue
        if part in ("a", "an"):
            if index > 0 and parts[index - 1] == "half":
                continue  # "half a dozen"
            if following in n["scales"] or following in n["multipliers"]:
                current += 1
                continue
            return None
        if part == "half" and following in ("a", "an"):
            current += 0.5
            continue
        if part in n["units"] and part not in ("none", "nil", "a", "an"):
            current += n["units"][part]
        elif part in n["tens"]:
            current += n["tens"][part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in n["multipliers"]:
            current = (current or 1) * n["multipliers"][part]
        elif part in n["scales"] and part.isalpha() and len(part) > 2:
            total += (current or 1) * n["scales"][part]
            current = 0
        else:
            return None
        seen = True
    value = total + current
    return int(value) if seen and float(value).is_integer() else None


def _quantulum(text: str) -> int | None:
    # quantulum3 slows down cubically on long digit runs; only short, plausible strings go in.
    if len(text) > 40 or re.search(r"\d{10,}", text) or not re.search(r"\d", text):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is absent
            from quantulum3 import parser

            quantities = parser.parse(text)
    except Exception:  # quantulum3 raises assorted errors on odd input; a non-number is None
        return None
    if len(quantities) != 1 or quantities[0].unit.name != "dimensionless":
        return None
    value = quantities[0].value
    if value < 0 or not float(value).is_integer() or value > 10**10:
        return None
    return int(value)


def _range(text: str) -> tuple[int | None, int | None]:
    match = _RANGE.match(text)
    if not match:
        return None, None
    groups = [g for g in match.groups() if g is not None]
    left, right = groups[0], groups[1]
    right_words = _words(right)
    high = _value(right_words)
    left_words = _words(left)
    low = _value(left_words)
    if low is None and len(right_words) == 2:  # "5 to 6 thousand"
        low = _value(left_words + right_words[1:])
    return low, high


# ---------------------------------------------------------------- finding counts in a sentence

_DIGIT_RANGE = re.compile(r"^\d[\d,.]*[–—-]\d[\d,.]*$")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_GLUED_MONEY = re.compile(r"^[A-Za-z]{0,3}[$€£¥]\d")


def is_numberish(token: Token) -> bool:
    lower = token.lower_
    if token.like_num:
        return not lower.startswith(("+", "-")) or lower in ("-",)
    return lower in number_words() or is_digit_range(lower)


def is_digit_range(text: str) -> bool:
    """"3,000–4,000", which the tokenizer keeps as one token."""
    return bool(_DIGIT_RANGE.match(text))


def find_counts(doc: Doc) -> list[CountMention]:
    mentions = []
    index = 0
    while index < len(doc):
        token = doc[index]
        share = _share_at(doc, index)
        if share is None and index + 1 < len(doc) and doc[index + 1].lower_ in _numbers()["shares"]:
            share = _share_at(doc, index + 1)  # "one third", "two fifths"
        if share is not None:
            mentions.append(share)
            index = share.end
        elif is_numberish(token) or _zero_word_at(doc, index):
            span = _number_span(doc, index)
            mention = _mention(doc, *span)
            if mention is not None:
                mentions.append(mention)
            index = max(span[1], index + 1)
        else:
            index += 1
    return mentions


def cell_count(doc: Doc) -> list[CountMention]:
    """A table cell that holds only a number the year filter would drop ("France | 1910 | 382"
    under "Affiliates"): on a country's row, a number no year of the story could be is a count."""
    words = [t for t in doc if not t.is_space]
    # (a cell between 1990 and 2030 is a year whatever its column says: "Last flight | 2022")
    if len(words) != 1 or not _YEAR.fullmatch(words[0].text) or 1990 <= int(words[0].text) <= 2030:
        return []
    index = words[0].i
    return [CountMention(index, index + 1, index, index + 1, CountValue(int(words[0].text), None, "exact"), None, None)]


def _share_at(doc: Doc, index: int) -> CountMention | None:
    """A share that becomes a derived figure once linked to its whole: "a third", "half of
    them", "about 30 percent" (only as the subject of a clause, or "of" a whole)."""
    token = doc[index]
    shares = _numbers()["shares"]
    fraction, end = None, index + 1
    lower = token.lower_
    if lower in shares and not (index + 1 < len(doc) and doc[index + 1].lower_ in shares):
        fraction = shares[lower]
        before = index - 2 if index > 1 and doc[index - 1].text == "-" else index - 1  # "two-thirds"
        if before >= 0 and doc[before].lower_ in _numbers()["units"] and doc[before].lower_ not in ("a", "an"):
            fraction *= _numbers()["units"][doc[before].lower_]  # "two thirds"
            index = before
    elif token.like_num and end < len(doc) and token.text.replace(".", "").isdigit() and (
            doc[end].lower_ in ("percent", "%") or doc[end].lower_ == "per" and end + 1 < len(doc)
            and doc[end + 1].lower_ == "cent"):
        fraction = float(token.text) / 100
        end += 2 if doc[end].lower_ == "per" else 1
    if fraction is None or not 0 < fraction < 1:
        return None
    head = doc[end - 1]
    follows_of = end < len(doc) and doc[end].lower_ == "of"
    is_subject = head.dep_ in ("nsubj", "nsubjpass") or (head.head.dep_ in ("nsubj", "nsubjpass") and head.dep_ != "pobj")
    if not (follows_of or is_subject) or _states_an_age(head):
        return None
    start = index - 1 if index > 0 and doc[index - 1].lower_ in ("a", "an") else index
    bare_start, start = start, _qualifier_start(doc, start)
    # a share is an estimate; "almost half", "more than a third" keep their bound
    bound = dict((tuple(p), q) for p, q in _qualifier_phrases()).get(tuple(t.lower_ for t in doc[start:bare_start]))
    qualifier = bound if bound in ("less_than", "more_than", "at_least", "at_most") else "approximate"
    return CountMention(start, end, index, end, CountValue(0, None, qualifier), None, None, fraction)


def _zero_word_at(doc: Doc, index: int) -> bool:
    token = doc[index]
    if token.lower_ == "none" and index + 1 < len(doc) and doc[index + 1].lower_ == "of":
        return True
    if token.lower_ == "no" and index + 1 < len(doc) and doc[index + 1].lower_ == "one" and \
            not (index + 2 < len(doc) and doc[index + 2].lower_ == "of"):
        return True  # "no one in Finland has yet been charged"
    if token.lower_ == "no" and index + 1 < len(doc) and doc[index + 1].lower_ in ("fewer", "more", "less"):
        return False  # "at no fewer than 130 travellers": a bound on the number after it
    if token.lower_ == "no" and token.dep_ == "det":
        # "no returns" counts people, "no large-scale repatriation" an event that did not happen
        return _is_people_noun(token.head) and not _singular_event(token.head)
    if token.lower_ == "not" and index + 1 < len(doc) and doc[index + 1].lower_ in ("one", "a"):
        return index + 2 < len(doc) and (doc[index + 1].lower_ == "one" or doc[index + 2].lower_ == "single")
    return False


def _number_span(doc: Doc, index: int) -> tuple[int, int, int, int]:
    """(start, end, num_start, num_end): the number tokens, widened to a range and to the
    qualifier words before them."""
    num_start = index
    end = index + 1
    if doc[index].lower_ == "not":
        end = index + 3 if doc[index + 1].lower_ == "a" else index + 2
        return index, end, index, end
    if doc[index].lower_ == "no" and index + 1 < len(doc) and doc[index + 1].lower_ == "one":
        return index, index + 2, index, index + 2  # "no one"
    while end < len(doc):
        nxt = doc[end]
        if is_numberish(nxt) and not _starts_new_number(doc, end):
            end += 1
        elif (nxt.lower_ == "-" or nxt.lower_ in ("and", ",") and doc[end - 1].lower_ in SCALE_WORDS) \
                and end + 1 < len(doc) and _word_number(doc[end - 1]) and _word_number(doc[end + 1]):
            # "three hundred and forty", "twenty-five"; not "of the nine, five are dead"
            end += 2
        elif nxt.lower_ == "of" and doc[end - 1].lower_ in ("tens", "hundreds") and end + 1 < len(doc) \
                and doc[end + 1].lower_ in ("thousands", "millions"):
            end += 2
        else:
            break
    if num_start > 0 and doc[num_start - 1].lower_ in ("a", "an", "several", "few") and doc[num_start].lower_ in (
            "dozen", "hundred", "thousand", "handful", "hundreds", "thousands", "dozens"):
        num_start -= 1
        if num_start > 0 and doc[num_start].lower_ == "few" and doc[num_start - 1].lower_ == "a":
            num_start -= 1
    if num_start > 1 and doc[num_start - 1].lower_ == "a" and doc[num_start - 2].lower_ == "half":
        num_start -= 2
    # ranges: "5,000 to 6,000", "350-400", "between 70 and 80"
    num_end = end
    if end + 1 < len(doc) and doc[end].lower_ in ("to", "-", "–", "and", "or") and is_numberish(doc[end + 1]):
        opener = doc[num_start - 1].lower_ if num_start > 0 else ""
        spaced_dash = doc[end].lower_ in ("-", "–") and (doc[end - 1].whitespace_ or doc[end].whitespace_)
        if (doc[end].lower_ != "and" or opener == "between") and not spaced_dash:
            right_end = end + 1
            while right_end < len(doc) and is_numberish(doc[right_end]):
                right_end += 1
            joined_start = num_start - 1 if opener in ("between", "from") else num_start
            joined = parse_count(doc[joined_start:right_end].text)
            # only a real range: "since 2013 to 65", "since 2011 to 9,208" are a year, then a figure
            a_year_then_a_figure = _YEAR.fullmatch(doc[end - 1].text) and not _YEAR.fullmatch(doc[right_end - 1].text)
            # ("grew from 1,700 to 1,910": an old figure and a new one)
            a_change = opener == "from" and doc[end].lower_ == "to" and _after_a_change_verb(doc, num_start - 1)
            if doc[end].lower_ != "or" and joined is not None and joined.upper is not None and not a_year_then_a_figure \
                    and not a_change:
                num_end = right_end
    if num_end == end and _spoken_range_after(doc, num_start, end):
        num_end = end + 2  # "something like 400, 450 French children", "We believe 150, 160 died"
    start = num_start
    if start > 0 and doc[start - 1].lower_ in ("between", "from") and num_end > end:
        start -= 1
        num_start = start
    start = _qualifier_start(doc, start)
    return start, _qualifier_end(doc, num_end), num_start, num_end


def _after_a_change_verb(doc: Doc, before: int) -> bool:
    """"grew modestly: France from 1,700 to 1,910": a verb of change before the "from", with no
    other verb between (not "after the caliphate's fall, from 300 to 400 fighters returned")."""
    for token in reversed(doc[:before]):
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in CHANGE_LEMMAS
    return False


def _spoken_range_after(doc: Doc, start: int, end: int) -> bool:
    """"400, 450" said aloud is a range: two digit numbers, a comma between, the second a little
    larger (at most half as much again), neither a year, and no third item after them (a list)."""
    if end + 1 >= len(doc) or doc[end].text != "," or not re.match(r"\d", doc[end + 1].text) or end - start != 1:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and (is_numberish(after) or after.text == "," or after.lower_ in ("and", "or")):
        return False
    if _YEAR.fullmatch(doc[start].text) or _YEAR.fullmatch(doc[end + 1].text):
        return False
    low, high = parse_count(doc[start].text), parse_count(doc[end + 1].text)
    return low is not None and high is not None and 5 <= low.value < high.value <= low.value * 1.5


def _word_number(token: Token) -> bool:
    return token.lower_ in number_words() or (token.like_num and token.is_alpha)


def _starts_new_number(doc: Doc, index: int) -> bool:
    """Two digit groups side by side are two figures ("2017 300"), not one; nor is a year and the
    word number after it ("In October 2013 six men ..."), nor digits and an ordinal ("9,700
    third-country nationals"), nor digits and a word number ("to about 3,000 two years later")."""
    prev, cur = doc[index - 1], doc[index]
    return bool(re.match(r"\d", prev.text) and (re.match(r"\d", cur.text) or
                                                (_YEAR.fullmatch(prev.text) or cur.is_alpha and (
                                                    cur.lower_ not in number_words() or cur.lower_ in _numbers()["units"]))
                                                and cur.lower_ not in SCALE_WORDS))  # (but "2 dozen" is one)


def _qualifier_start(doc: Doc, start: int) -> int:
    lowered = [t.lower_ for t in doc[max(0, start - 4) : start]]
    for phrase, _qualifier in _qualifier_phrases():
        if len(phrase) <= len(lowered) and lowered[len(lowered) - len(phrase):] == phrase:
            return start - len(phrase)
    return start


def _qualifier_end(doc: Doc, end: int) -> int:
    """Past "or so", "or more", "odd" after a figure."""
    lowered = [t.lower_ for t in doc[end : end + 2]]
    for phrase, _qualifier in _qualifier_phrases("after"):
        if lowered[: len(phrase)] == phrase:
            return end + len(phrase)
    return end


def _mention(doc: Doc, start: int, end: int, num_start: int, num_end: int) -> CountMention | None:
    number_tokens = doc[num_start:num_end]
    if any(t.ent_type_ in NOT_COUNT_ENTS for t in number_tokens if t.like_num or t.lower_ in number_words()):
        if not _people_follows(doc, num_end) and not _counted_despite_date_tag(doc, num_start, num_end):
            return None
    if _is_not_a_count(doc, num_start, num_end):
        return None
    value = parse_count(doc[start:end].text)
    if value is None:
        return None
    if _is_age_predicate(doc[num_end - 1]) or _states_an_age(doc[num_end - 1]) or \
            _is_a_persons_age(doc[num_end - 1], value.value):
        return None
    noun = _counted_noun(doc, num_start, num_end, end)
    if noun == NOT_PEOPLE or noun is not None and _members_of_a_bloc(doc, num_start, noun):
        return None
    subject = None
    if noun is not None and doc[noun].lemma_.lower() not in _subjects()["context"]:
        subject = _subject_of(doc, noun)
        if subject is None:
            return None  # a count of things, not of people
    return CountMention(start, end, num_start, num_end, value, noun, subject)


def _counted_despite_date_tag(doc: Doc, start: int, end: int) -> bool:
    """A bare number (a year would be written in four digits) the small NER calls a date, which
    is a count all the same: the subject of a clause ("; 37 had been killed and 86 had returned"),
    a figure beside a place ("Armenia (some 15; 3)", "Spain for 52"; never beside a person: "Amira, 31",
    an age),
    or a figure run into the date after it ("brought back 89 that same year")."""
    token = doc[start]
    entity = next((e for e in doc.ents if e.start <= start < e.end), None)
    bare_range = entity is not None and entity.label_ == "DATE" and \
        all(t.text.isdigit() and len(t.text) <= 3 or t.lower_ in RANGE_WORDS or t.lower_ in _qualifier_words()
            for t in entity)
    if bare_range and entity.start > 0 and doc[entity.start - 1].lower_ == "at":
        return True  # "puts the number at between 60 and 70": no day, month or year, and no year is so small
    number = next((t for t in doc[start:end] if t.like_num), token)
    if bare_range and any(t.lower_ == "between" for t in entity) and number.dep_ in ("nsubj", "nsubjpass"):
        return True  # "we believe somewhere between 80 and 100 have been killed": the clause's subject
    if end - start == 1 and token.ent_iob_ == "B" and token.ent_type_ == "DATE" and \
            re.fullmatch(r"\d{1,3}(,\d{3})*", token.text) and end < len(doc) and doc[end].ent_iob_ == "I" and \
            doc[end].lower_ in DATE_RUN_ON_WORDS:
        return True  # "up from 800 a year earlier", "the 1,094 it reported that January"
    # (a number written in words is no year either: "fourteen had been discharged and flown home")
    if end - start != 1 or token.ent_type_ != "DATE" or \
            not (token.text.isdigit() and len(token.text) < 4 or _a_small_number(token)):
        return False
    if token.dep_ == "conj" and token.head.like_num and token.head.ent_type_ not in NOT_COUNT_ENTS and \
            token.head.i < start:
        return True  # "in Austria, 320 and 93": joined to a count, a count
    if end + 1 < len(doc) and doc[end].lower_ == "of" and \
            doc[end + 1].lower_ in ("the", "them", "those", "these", "whom", "its", "their"):
        return True  # "Around 86 of the men": a part of people, whatever the NER reads into "Around 86"
    if token.dep_ == "pobj" and token.head.i == start - 1 and start > 1 and doc[start - 2].ent_type_ == "PLACE":
        return True  # "Spain for 52, Greece for 31": a gapped list's figure beside its place
    if token.dep_ == "nummod" and token.head.i == start - 1 and token.head.ent_type_ == "PLACE":
        return True  # "Norway 81, Finland 70, Switzerland 57": a list's figure right after its place
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_ == "account" and \
            any(c.dep_ == "nsubj" and c.ent_type_ == "PLACE" for c in token.head.head.children):
        return True  # "Serbia accounts for 49": what a place's share of a total is
    if token.dep_ == "appos" and _heads_a_ranking(token.head):
        return True  # "the most such arrests, 22, followed by Belgium with nine"
    # ("40 are women and 80 are children": a number right before a verb is its subject, whatever the parse)
    before_a_verb = end < len(doc) and doc[end].pos_ in ("AUX", "VERB") and doc[end].tag_ in ("VBP", "VBD", "VBZ") and \
        start > 0 and doc[start - 1].lower_ in ("and", ",", ";")
    if not before_a_verb and (token.dep_ not in ("nsubj", "nsubjpass", "appos") or
                              token.dep_ == "appos" and token.head.ent_type_ != "PLACE"):
        return False
    entity = next((e for e in doc.ents if e.start <= start < e.end), None)
    # only qualifier words beside the number ("some 15"), no day, month or year
    return entity is not None and all(t.i == start or t.lower_ in _qualifier_words() for t in entity)


def _heads_a_ranking(noun: Token) -> bool:
    """"the most such arrests", "the largest contingent": a superlative count of people or of acts
    done to them, whose number is set off after it."""
    modifiers = [t for c in noun.children if c.i < noun.i for t in (c, *c.children)]  # "the most such arrests"
    superlative = any(t.tag_ in ("JJS", "RBS") for t in modifiers)
    return superlative and noun.pos_ == "NOUN" and _subject_of(noun.doc, noun.i) is not None


DATE_RUN_ON_WORDS = frozenset({"that", "this", "last", "the", "same", "earlier", "later", "a", "one"})
RANGE_WORDS = frozenset({"between", "and", "to", "-", "–", "from"})


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for phrase, _ in _qualifier_phrases() for w in phrase)


def _people_follows(doc: Doc, end: int) -> bool:
    # (not a finite verb read as people: "in 2021 and 2022 returned five women")
    return end < len(doc) and _is_people_noun(doc[end]) and doc[end].tag_ not in ("VBD", "VBZ", "VBP")


def _is_not_a_count(doc: Doc, start: int, end: int) -> bool:
    first, last = doc[start], doc[end - 1]
    before = doc[start - 1].lower_ if start > 0 else ""
    after = [t.lower_ for t in doc[end : end + 3]]
    if first.lower_ in ("dozens", "hundreds", "thousands", "scores", "millions") and start > 1 and \
            doc[start - 2].lower_ in ("by", "in") and before in ("the", "their", "its"):
        return True  # "joined by the thousands": a manner, not a count
    if first.lower_ == "score" and end - start == 1 and not (before == "a" or start > 0 and is_numberish(doc[start - 1])):
        return True  # "the score written in the corner": a game's score ("a score of fighters" is twenty)
    if after[:2] in (["for", "every"], ["in", "every"]) or before == "every" and start > 1 and \
            doc[start - 2].lower_ in ("for", "in") and start > 2 and is_numberish(doc[start - 3]):
        return True  # "roughly one for every 3,000 citizens": a rate, either number
    per = 0 if after[:1] == ["per"] else 1 if after[1:2] == ["per"] else None
    if per is not None and after[per + 1 : per + 2] != ["cent"] or before == "per":
        return True  # "roughly 36 people per million inhabitants": a rate, not how many
    if after[:1] in (["and"], ["or"], ["to"]) and end + 1 < len(doc) and is_numberish(doc[end + 1]) and \
            after[2:3] == ["per"] and doc[end + 3 : end + 4].text.lower() != "cent" and _of_like_size(doc[start], doc[end + 1]):
        return True  # "around 36 and 30 per million respectively": the first of two rates (not "300 and 35 per million")
    if before == "than" and start > 1 and doc[start - 2].lower_ in ("younger", "older"):
        return True  # "younger than six"
    if first.lower_ == "one" and end - start == 1 and (after[:2] == ["by", "one"] or before == "by" and start > 1 and
                                                       doc[start - 2].lower_ == "one"):
        return True  # "repatriated one by one": a manner, not a count
    if before in ("to", "and") and _closes_an_age_range(doc, start):
        return True  # "the children range in age from infants to 17", "aged between two and 15"
    if before == "as" and start > 1 and doc[start - 2].lower_ in ("young", "old"):
        return True  # "some as young as 12"
    if first.lower_ == "one" and end - start == 1 and (
            (before in ("a", "the", "this", "that", "every", "each", "any") or
             before == "only" and start > 1 and doc[start - 2].lower_ in ("the", "his", "her", "their"))
            and first.dep_ != "nummod"
            or start > 0 and doc[start - 1].pos_ == "ADJ"
            or after[:1] == ["of"] or after[:2] == ["is", "too"]
            or end < len(doc) and doc[end].tag_ == "VBN" and not _people_follows(doc, end)):
        return True  # "a familiar one", "one of them", "one made up of", "one is too many": a pronoun, not a figure
    if first.lower_ == "one" and end - start == 1 and first.dep_ == "appos" and first.head.pos_ in ("NOUN", "PROPN") and \
            not first.head.like_num and not _is_people_noun(first.head) and \
            not _people_follows(doc, end):
        return True  # "a responsible state, one that takes back its own citizens": the state again
    if first.lower_ == "one" and end - start == 1 and first.dep_ in ("pobj", "attr") and \
            not _people_follows(doc, end) and after[:1] != ["of"]:
        return True  # "walked into one", "it is one", "a plan to prevent one": a pronoun
    if first.ent_iob_ == "I" and first.ent_type_ in NAME_ENTS and start > 0 and doc[start - 1].pos_ == "PROPN" and \
            not _people_follows(doc, end) and not (end < len(doc) and doc[end].ent_type_ == "PLACE"):
        return True  # "Densus 88", "Brigade 2506": a number inside a name ("Bishkek 863 Kyrgyz" is a count)
    if (before, first.lower_) in _numbered_names():
        return True  # "Densus 88 arrested 370 suspects": a body's name, however the NER reads it
    # (the number's own head, or the verb over its preposition: not "voted on Tuesday to bring back 20 ...")
    tallied = first.head.head if first.head.pos_ == "ADP" else first.head
    if (tallied.lemma_.lower() in TALLY_LEMMAS or before == "to" and start > 1 and doc[start - 2].lemma_.lower() in TALLY_LEMMAS) \
            and not _people_follows(doc, end):
        return True  # "parliament voted 89 to 80", "by 89 votes to 80": a tally of votes, either number
    if _in_gallery_counter(doc, start, end):
        return True  # "3 of 5: Aid workers say ...": a photo gallery's counter, either number
    if end - start == 1 and is_digit_range(first.text) and all(_YEAR.fullmatch(part) for part in re.split(r"[–—-]", first.text)) \
            and not _people_follows(doc, end):
        return True  # "Recidivism among returned fighters in Western Europe, 2012–2022": years, however tagged
    if _in_a_score(doc, start, end):
        return True  # "the Twins hold off the Padres 5-2": a score or a vote, either number
    if _ranks_a_place(last) and not _people_follows(doc, end):
        return True  # "Tajikistan, the poorest of the four, ...": countries ranked, no people counted
    if before == "[" and after[:1] == ["]"] or all(ch in SUPERSCRIPT_DIGITS for ch in first.text) or \
            end - start == 1 and is_glued_note_number(first):
        return True  # "[3]", "³": a footnote mark
    if before == "(" and after[:1] == [")"] and not (start > 1 and doc[start - 2].ent_type_ == "PLACE") and \
            not (start > 2 and doc[start - 3].ent_type_ == "PLACE" and (doc[start - 2].like_num or _is_people_noun(doc[start - 2]) and doc[start - 2].tag_ in ("NNS", "NNPS"))):
        return True  # "(1)", "(2)": an enumerator; "Russia (3,417)", "Austria 35 (300)", "British nationals (53)" hold figures ("a British man (25)" is an age)
    # ("came back at seven or eight": the joined number is an age too)
    at = start - 1 if before == "at" else start - 3 if before in ("or", "and") and start > 2 and \
        doc[start - 3].lower_ == "at" and _a_small_number(doc[start - 2]) else None
    if at is not None and end - start == 1 and _a_small_number(first) and doc[at].head.lemma_ in AGE_VERBS and \
            not _a_total_came_in(doc[at].head) and \
            not _people_follows(doc, end) and (after[:1] in ([","], ["."], [";"], []) or
                                               after[0] in ("and", "or", "with", "to", "for") or
                                               doc[end].pos_ in ("AUX", "VERB")):
        return True  # "who left Bethnal Green for Syria at 15", "married at 15 to a fighter": an age
    unhedged = [t for t in doc[max(0, start - 3) : start] if t.pos_ != "ADV"]
    if unhedged and unhedged[-1].lower_ in ("eldest", "oldest", "youngest") and end - start == 1 and \
            not _people_follows(doc, end):
        return True  # "their five children, the eldest 16 and the youngest barely two"
    if first.text[:1] == "0" and len(first.text) > 1 and first.text[1:2].isdigit():
        return True  # "Law No. 05/L-002": a leading zero writes a code, not a count
    if before in MONEY_MARKS or (after and after[0] in MONEY_MARKS | {"dollars", "euros", "pounds"}):
        return True
    if start > 0 and _is_currency_code(doc[start - 1].text):
        return True  # "MVR 3 million"
    if _GLUED_MONEY.match(first.text) or start > 0 and _GLUED_MONEY.match(doc[start - 1].text):
        return True  # "TT$25 million": a currency mark the tokenizer left on the number
    if after and (after[0] in PERCENT_WORDS or after[0].startswith("percent")):
        return True
    if before == "top" and not _people_follows(doc, end):
        return True  # "the top five were Russia (3,417), ...": a rank, not a count
    if before in NUMBER_LABELS or before == "." and start > 1 and doc[start - 2].lower_ + "." in NUMBER_LABELS or \
            before == ":" and start > 1 and doc[start - 2].lower_ in CODE_LABELS:
        return True  # "episode 47", "page 3", "Press Release Number: 19-612"
    if _spans_of_time_follow(doc, end):
        return True  # "sentenced them to 17 and 18 years", "terms of between one and three and a half years"
    # (past the words that qualify the number: "a rate of about three")
    unqualified = start
    while unqualified > 0 and doc[unqualified - 1].dep_ in ("quantmod", "advmod") and doc[unqualified - 1].head.i in range(start, end):
        unqualified -= 1
    if unqualified > 1 and doc[unqualified - 1].lower_ in ("for", "of") and doc[unqualified - 2].lower_ in CAPACITY_WORDS \
            and not (doc[unqualified - 2].lower_ in ("rate", "ratio") and _people_follows(doc, end)):
        return True  # "a programme designed for 40 inmates", "a capacity of 500": room for people, not people
        # (a rate only with no people after it: "the return rate of nearly 300 Germans" counts them)
    if after[:1] == ["year"] or after[:2] in (["-", "year"], ["years", "old"], ["year", "-"]) or \
            (after and re.match(r"^-?years?-old$", after[0])):
        return True
    if after[:1] in (["in"], ["out"]) and len(after) >= 2 and (after[1] == "of" or is_numberish(doc[end + 1])
                                                              and not _YEAR.fullmatch(after[1])):
        return True  # "one in five", "two out of three": a ratio without a base ("242 in 2018" is a count and its year)
    if before in ("in", "out") and start > 1 and is_numberish(doc[start - 2]):
        return True
    if before == "of" and start > 1 and doc[start - 2].lower_ in ("age", "ages", "population", "populations"):
        return True  # "under the age of 10", "a population of 1.8 million"
    opening = _qualifier_start(doc, start)
    label = [t.lower_ for t in doc[max(0, opening - 2) : opening]]
    if label[-1:] in (["population"], ["pop"], ["pop."]) or label == ["population", ":"]:
        return True  # "the border town of Ben Gardane, population roughly 80,000"
    if before == "of" and start > 2 and doc[start - 2].lower_ == "out" and is_numberish(doc[start - 3]):
        return True  # "two out of three" ("117 returnees out of 317" is a part and its whole)
    if before == "of" and end - start == 1 and start > 1 and \
            doc[start - 2].lemma_.lower() in AGE_HOLDERS | FAMILY_HEADS and not _people_follows(doc, end):
        return True  # "a girl of three" (an age), "a mother of five" (her family's size)
    if _is_population(doc, end):
        return True
    if _YEAR.fullmatch(last.text) and end - start == 1 and (not _people_follows(doc, end) or _singular_event(doc[end])):
        return True  # a year ("the 2020 repatriation of one woman": an event counts people only in the plural)
    if _YEAR.fullmatch(last.text) and int(last.text) >= 1990 and end - start == 1 and before in YEAR_DETERMINERS:
        return True  # "the 2022 returnees", "its 2019 group": people of a year (a count would have its comma)
    if _YEAR.fullmatch(last.text) and end - start == 1 and last.ent_type_ == "DATE" and last.ent_iob_ == "I":
        return True  # the year of a date the NER reads whole: "after the October 2022 repatriation"
    if after[:1] == [":"] and _labelled_as_things(doc, end + 1):
        return True  # "- 2: the number of repatriation flights planned": a factbox line counting things
    if re.fullmatch(r"\d{1,2}:\d\d", first.text) or (after and after[0] in ("a.m.", "p.m.", "am", "pm", "o'clock")):
        return True
    return False


def _members_of_a_bloc(doc: Doc, start: int, noun: int) -> bool:
    """"the 10 members of the Association of Southeast Asian Nations", "the coalition of 86 members":
    member states, not people ("members of the Chechen community in Austria" are people)."""
    if doc[noun].lemma_.lower() != "member":
        return False
    if noun + 1 < len(doc) and doc[noun + 1].lower_ == "of":
        for token in doc[noun + 2 : noun + 9]:
            if token.is_punct or token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                break
            named = token.is_title and token.lemma_.lower() in NAMED_BLOC_NOUNS and (
                token.i + 1 == len(doc) or doc[token.i + 1].lower_ == "of" or not doc[token.i + 1].is_title)
            if token.lemma_.lower() in BLOC_NOUNS or named:
                return True
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in BLOC_NOUNS


def _of_like_size(a: Token, b: Token) -> bool:
    first, second = parse_count(a.text), parse_count(b.text)
    return first is not None and second is not None and first.value <= 3 * second.value and second.value <= 3 * first.value


def _closes_an_age_range(doc: Doc, start: int) -> bool:
    """"range in age from infants to 17", "aged between two and 15": the number right after "from X
    to" or "between X and", with an age word just before "from"."""
    if start < 3 or doc[start - 3].lower_ not in ("from", "between"):
        return False
    return any(t.lower_ in ("age", "ages", "aged") for t in doc[max(0, start - 6) : start - 3])


def _spans_of_time_follow(doc: Doc, end: int) -> bool:
    """The numbers joined after a figure end in a unit of time: "17 and 18 years", "one and three
    and a half years" (the first number is a length of time too)."""
    for token in doc[end : end + 6]:
        if token.lemma_.lower() in TIME_UNITS:
            # (the unit right after the number is judged elsewhere; "800 a year earlier" and "about 3,000
            # two years later" are a count and its date: the run must open with a joining word)
            run = [t.lower_ for t in doc[end : token.i]]
            # ("terms of eight, 12 and 14 years": a list of them)
            # ("had reached 120, five years after ...": a comma alone joins no list)
            return bool(run) and run[0] in ("and", "or", "to", "-", "\u2013", ",") and (
                run[0] != "," or "and" in run or "or" in run) and (
                any(t.like_num for t in doc[end : token.i]) or run == ["and", "a", "half"])
        if not (token.like_num or token.lower_ in ("and", "or", "to", "a", "half", "-", "\u2013", ",")):
            return False
    return False


def _labelled_as_things(doc: Doc, start: int) -> bool:
    """The label after a number's colon is "the number of" things, not people: "2: the number of
    repatriation flights" ("1,200: the number of Tajiks still held" counts people)."""
    words = [t.lower_ for t in doc[start : start + 3]]
    at = 2 if words[:3] == ["the", "number", "of"] or words[:3] == ["the", "total", "of"] else \
        1 if words[:2] in (["number", "of"], ["total", "of"]) else None
    if at is None:
        return False
    nouns = []
    for token in doc[start + at + 1 :]:
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
        nouns.append(token)
    return bool(nouns) and nouns[-1].pos_ == "NOUN" and not _is_people_noun(nouns[-1])


@lru_cache(maxsize=512)
def _in_a_score(doc: Doc, start: int, end: int) -> bool:
    """Two digit numbers glued by a dash, the second the smaller ("5-2", "310-120"): no range
    runs down, so a score or a vote. (A year range, "2014-15", never reaches here as a count.)"""
    def glued_pair(left: Token, dash: Token, right: Token) -> bool:
        return dash.text in ("-", "–") and not left.whitespace_ and not dash.whitespace_ and \
            _DIGITS.match(left.text) is not None and _DIGITS.match(right.text) is not None and \
            parse_count(left.text).value > parse_count(right.text).value
    if end + 1 < len(doc) and glued_pair(doc[end - 1], doc[end], doc[end + 1]):
        return True
    return start >= 2 and glued_pair(doc[start - 2], doc[start - 1], doc[start])


def _ranks_a_place(number: Token) -> bool:
    """The number of "the poorest of the four" set beside a place name: how many places are ranked."""
    of = number.head
    ranked = of.head
    return number.dep_ == "pobj" and of.lower_ == "of" and ranked.tag_ in ("JJS", "JJ") and ranked.i < number.i and \
        ranked.dep_ in ("appos", "attr") and (ranked.head.ent_type_ == "PLACE" or any(
            c.dep_ == "nsubj" and c.ent_type_ == "PLACE" for c in ranked.head.children))


def _is_currency_code(text: str) -> bool:
    import pycountry

    return len(text) == 3 and text.isupper() and pycountry.currencies.get(alpha_3=text) is not None


def _is_age_predicate(token: Token) -> bool:
    """"The youngest of those who left was 15": an age stated as a predicate."""
    if token.dep_ not in ("attr", "acomp", "npadvmod") or token.head.lemma_ != "be":
        return False
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    eldest_words = ("youngest", "oldest", "eldest", "age", "average", "median")
    # (the tagger lemmatises "youngest" to "young")
    return any(s.lower_ in eldest_words or s.lemma_.lower() in eldest_words or
               any(c.lower_ in eldest_words for c in s.children) for s in subjects)


def _is_a_persons_age(token: Token, value: int) -> bool:
    """How old someone is, said of a person rather than counted: "Begum, now 19,", "her son, then 17,",
    "my client was 19 when she left", "the kids who were five", "were 21 or younger when arrested".
    Never a figure with its own noun ("now 19 Britons") or one said of a figure ("the total was 19")."""
    doc = token.doc
    if not token.like_num or token.i + 1 < len(doc) and _is_people_noun(doc[token.i + 1]):
        return False
    if value > MAX_AGE:
        return False
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "or" and doc[token.i + 2].lower_ in AGE_COMPARATIVES:
        return True
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "when" and doc[token.i + 2].lower_ in ("he", "she") and \
            token.i > 0 and doc[token.i - 1].lower_ in ("and", "was", "is", "aged"):
        return True  # "was 21 when he left and 23 when he returned": one person's age, however the parser hangs it
    person = doc[token.i - 3] if token.i > 2 else None
    if person is not None and token.i < len(doc) - 1 and doc[token.i - 1].lower_ in AGE_ADVERBS and \
            doc[token.i - 2].text == "," and doc[token.i + 1].text in (",", ".") and (
                person.tag_ == "NNP" and person.ent_type_ in ("PERSON", "") or
                person.tag_ == "NN" and person.lemma_.lower() in AGE_BEARERS | AGE_HOLDERS):
        return True  # "when Layla, then 17, left": set off after a person, however the parser hangs it
    while token.dep_ == "conj" and token.head.like_num:
        token = token.head  # "are now nine or ten"
    if token.dep_ in ("dobj", "attr", "npadvmod", "oprd") and token.head.lemma_ == "turn" and \
            not any(c.dep_ == "prt" for c in token.head.children):
        return True  # "boys taken from their mothers when they turn 12" ("turned back 40" is not)
    if token.dep_ == "appos":
        # ("A Chicago-area man, 19, arrested ...": a number set off after one person is how old they are)
        person = token.head
        if person.dep_ == "pobj" and person.head.lower_ in ("from", "of", "in") and person.head.head.pos_ in ("NOUN", "PROPN"):
            person = person.head.head  # "A former U.S. Marine from Texas, 34, ...": the person the place is on
        one_person = person.tag_ in ("NN", "NNP") and (person.lemma_.lower() in AGE_BEARERS | AGE_HOLDERS or
                                                       person.ent_type_ == "PERSON" or
                                                       any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in person.children))
        set_off = token.i > 0 and doc[token.i - 1].text == "," and token.i + 1 < len(doc) and doc[token.i + 1].text in (",", ".")
        return any(c.dep_ == "advmod" and c.lower_ in AGE_ADVERBS for c in token.children) or one_person and set_off
    if token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "nummod" for c in subject.children):
        return False
    # ("A ten-year-old who grows up in al-Hol will be 18 in 2030")
    aged = subject.lower_ == "old" and any(c.lower_ == "year" for c in subject.children)
    return subject.lower_ in AGE_BEARERS or subject.lemma_.lower() in AGE_BEARERS | AGE_HOLDERS or \
        subject.ent_type_ == "PERSON" or aged


def _states_an_age(token: Token) -> bool:
    """"most of them are under six", "half of them under the age of 12", "two-thirds of them aged
    under five": said of people already counted, "under N" is how old they are. Only a predicate
    ("under 100 Britons returned" is a bound on a count)."""
    if token.dep_ == "pobj" and token.head.lower_ in AGE_PREPOSITIONS:
        before = token.doc[token.head.i - 1] if token.head.i > 0 else token.head  # the word before "under"
        # (not "of them over 100 were killed", which opens a part, nor "returnees over 300", no one's age)
        of_them = before.lower_ in ("them", "whom") and before.i >= 2 and token.doc[before.i - 2].pos_ in ("ADJ", "DET", "NOUN")
        if (of_them or before.pos_ == "NOUN" and _is_people_noun(before)) and _could_be_an_age(token):
            return True  # "young men under 35", "children, most of them under six": the people's age
        copula = token.head.head
        if copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in TOTAL_NOUNS for c in copula.children):
            return False  # "the number is under 20": a bound on a count
        return copula.lemma_ in ("be", "age")  # the number: "are under six"
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and verb.lemma_ == "age":
        return True  # the share: "two-thirds of them aged under five"
    holder = verb if verb is not None and verb.lemma_ == "be" else token
    if any(c.dep_ in ("attr", "acomp") for c in holder.children):
        return False  # "26 were children, most of them under the age of six": the age is the others'
    doc = token.doc
    # (not "some 75 of them women, plus 150 children, most of them under the age of six", the age
    # hung on the number: it is said of the share right before it)
    return any(c.dep_ == "prep" and c.lower_ in AGE_PREPOSITIONS and
               any(t.like_num or t.lemma_ == "age" for t in c.subtree) and
               not (c.i > 0 and doc[c.i - 1].lower_ in ("them", "whom") and doc[c.i - 1].head.head.i != holder.i)
               for c in holder.children)


def _could_be_an_age(token: Token) -> bool:
    value = parse_count(token.text)
    return value is not None and value.value < 100


def _is_population(doc: Doc, end: int) -> bool:
    """"Kosovo, a country of 1.8 million people": inhabitants, not people who went anywhere."""
    last = doc[end - 1]
    noun = last.head if last.dep_ == "nummod" else last
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "to" and preposition.head.lower_ == "home":
        # "the region is home to around 500,000 Muslims", "Bavaria, home to some 13 million people" (set off
        # by a comma the parser may hang it on the clause's verb), not "brought home to France 40 people"
        home = preposition.head
        return home.head.lemma_ == "be" or home.head.pos_ not in ("VERB", "AUX") or \
            home.i > 0 and doc[home.i - 1].text == ","
    # (not "the return to national territory of 15 French women": a population counts no women alone)
    return noun.dep_ == "pobj" and preposition.lower_ == "of" and \
        preposition.head.lemma_.lower() in _numbers()["population_holders"] and \
        _subject_of(doc, noun.i) not in ("women", "children", "women_and_children")


def _counted_noun(doc: Doc, start: int, end: int, after: int | None = None) -> int | None:
    last = doc[end - 1]
    end = after or end  # the noun comes after "or so" in "120 or so German nationals"
    # "dozens of Belgians", "thousands of foreign fighters"
    if end < len(doc) and doc[end].lower_ == "of" and last.lower_ in ("dozens", "hundreds", "thousands", "millions",
                                                                       "scores", "dozen", "handful"):
        for token in doc[end + 1 : min(len(doc), end + 5)]:
            if token.pos_ in ("NOUN", "PROPN") and not _is_modifier(token):
                return token.i
        return None
    if end < len(doc) and doc[end].lower_ == "of":
        return _partitive_noun(doc, end + 1)
    if end < len(doc) and doc[end].lower_ in PREDICATE_WORDS:
        return None  # "with 260 home", "45 back": the word says where they are, not who
    if end < len(doc) and doc[end].lower_ in BARE_INFINITIVES and _after_a_causative(doc, start):
        return None  # "has seen 760 return", "has had 300 of its 915 return": a verb, not the counted noun
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "amod", "det") and head.i >= end and head.pos_ in ("NOUN", "PROPN", "ADJ") \
            and not any(t.is_bracket for t in doc[end : head.i]):  # "2,929 (Interior Ministry, 2018)" counts no ministry
        if end < head.i and doc[end].like_num and doc[end].head.i == head.i:
            return None  # "to about 3,000 two years later": the noun is the nearer number's
        return _noun_of_compound(doc, head.i)
    for token in doc[end : min(len(doc), end + 5)]:
        if _in_hyphenated_modifier(token):
            continue  # "two hundred would-be fighters"
        if token.pos_ in ("NOUN", "PROPN") and not _is_modifier(token):
            if token.ent_type_ == "PLACE" and not _place_form(token) in ("demonym", "people"):
                return None
            return _noun_of_compound(doc, token.i)
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "ADV") or token.lower_ in ("of", "from", "at", "with"):
            return None
    return None


def _in_gallery_counter(doc: Doc, start: int, end: int) -> bool:
    """"3 of 5:" opening a caption: a number, "of", a number and a colon."""
    return len(doc) > 3 and start in (0, 2) and end == start + 1 and doc[0].like_num and doc[1].lower_ == "of" \
        and is_numberish(doc[2]) and doc[3].text == ":"


def _after_a_causative(doc: Doc, start: int) -> bool:
    """"has seen 760", "has had 300 of its 915": a verb of having or seeing people do something."""
    for token in reversed(doc[max(0, start - 6) : start]):
        if token.pos_ in ("VERB", "AUX"):
            return token.lower_ in CAUSATIVE_VERBS
        if token.pos_ not in ("NUM", "ADP", "DET", "ADV", "PRON") and token.lower_ not in ("'s", "’s") and \
                token.tag_ != "JJR":  # ("saw more than 400 go")
            return False
    return False


def _in_hyphenated_modifier(token: Token) -> bool:
    doc = token.doc
    joined_right = token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-" \
        and not doc[token.i + 1].whitespace_
    hyphen = token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
    joined_left = token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and token.pos_ not in ("NOUN", "PROPN")
    return joined_right or hyphen or joined_left


def _partitive_noun(doc: Doc, index: int) -> int | None:
    """"none of the dampening experience" counts experiences; "400 of Russia's 3,417" and
    "none of them" leave the noun to the figure or pronoun that follows."""
    for token in doc[index : min(len(doc), index + 6)]:
        if token.tag_ == "JJS":
            return NOT_PEOPLE  # "one of the largest sources": a ranking, not a count
        if token.like_num or token.lower_ in number_words():
            # "13 of the 21 Kerala cases": a part of a count of things is no count of people
            whole_noun = next((t for t in doc[token.i + 1 : min(len(doc), token.i + 5)]
                               if t.pos_ == "NOUN" and not _is_modifier(t)), None)
            if whole_noun is not None and noun_subjects().get(whole_noun.lemma_.lower()) == "not_people":
                return NOT_PEOPLE
            return None
        if token.pos_ == "PRON" and token.dep_ != "poss":
            return None
        if token.is_punct and token.dep_ == "punct" and token.text in "-–":
            continue  # the hyphen of "the al-Shabaab recruits", tagged as a name
        if token.i > index and names_a_given_total(token):
            return None  # "11,300 of the total": a part of a figure already given, like "of them"
        if token.pos_ in ("NOUN", "PROPN") and not _is_modifier(token) and token.ent_type_ != "PLACE" and \
                token.dep_ != "poss":  # "50 of the country's citizens" counts citizens
            return _noun_of_compound(doc, token.i)
        if token.pos_ not in ("DET", "ADJ", "ADV", "PROPN", "NOUN", "PART", "VERB", "PRON") and token.text not in ("'s", "’s"):
            return None
    return None


def names_a_given_total(token: Token) -> bool:
    """"the total", "that number": a figure the text has already given."""
    return token.lemma_.lower() in TOTAL_NOUNS and token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "this", "that")


def _noun_of_compound(doc: Doc, index: int) -> int:
    token = doc[index]
    while token.dep_ in ("compound", "amod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.ent_type_ in NAME_ENTS and following is not None and following.pos_ == "VERB" and \
            following.dep_ == "ROOT" and _is_people_noun(following):
        return following.i  # "84 Indonesian ISIS recruits back home": a headline's noun read as its verb
    return token.i


def _is_modifier(token: Token) -> bool:
    return token.dep_ in ("compound", "amod") and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")


def _place_form(token: Token) -> str | None:
    if token.ent_type_ != "PLACE":
        return None
    ent_id = token.ent_id_
    return ent_id.split("|", 1)[1] if "|" in ent_id else None


def _singular_event(token: Token) -> bool:
    """"repatriation", not "repatriations": one event, which counts no people."""
    return token.tag_ == "NN" and token.lemma_.lower() in _subjects()["event_nouns"]


def _is_people_noun(token: Token) -> bool:
    return _subject_of(token.doc, token.i) is not None


def _subject_of(doc: Doc, noun: int) -> str | None:
    token = doc[noun]
    if _place_form(token) in ("demonym", "people"):
        return _women_and_children(doc, noun, "fighters")  # "300 Americans"
    table = noun_subjects()
    lemma = token.lemma_.lower()
    # a capitalised plural the tagger calls a proper noun keeps its "s" in the lemma ("Islamists")
    subject = table.get(lemma) or table.get(token.lower_) or (table.get(token.lower_[:-1]) if token.lower_.endswith("s") else None)
    if subject == "not_people" or subject is None:
        return None
    return _women_and_children(doc, noun, subject)


def _women_and_children(doc: Doc, noun: int, subject: str) -> str:
    """"15,000 women and children" counts both together; "20 women and 45 children" does not."""
    token = doc[noun]
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    for partner in partners:
        low, high = sorted((token.i, partner.i))
        if any(is_numberish(t) for t in doc[low + 1 : high]) or any(c.dep_ == "nummod" for c in partner.children):
            continue  # the partner has its own figure ("60 children and a dozen or so women")
        pair = {token.lower_, partner.lower_}
        for first, second in _subjects()["women_and_children_phrases"]:
            if {first, second} == pair:
                return "women_and_children"
    return subject
