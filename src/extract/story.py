"""Stage 4b, story: what a whole article says of the figures that no sentence of it places or
gives a status. A sentence read alone leaves some figures to defaults ("departed" when no word
gives a status, "World" when no place is found, the place of the sentence before); the story they
sit in often says better: a count repeated from an earlier sentence is the same people, a camp
census counts people held, a story about one country's people counts that country's, and a camp's
thousands are everyone's, whatever country was named last.
These revisions run on an article's records once all its sentences are read."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import load
from .link import ANAPHORS, CONTINUATION_MARKERS, COUNTRY_NOUNS, SHARE_WORDS
from .places import place_by_key
from .records import PlaceType, Record, Status, record_id

HELD_STORY_MINIMUM = 4  # figures with a stated status before a story's share of them says what it is about
ONE_COUNTRY_MINIMUM = 3  # figures with a place before a story's share of them says whose it is
UNPLACED_WORLD = ("world/default+", "world/global-source+")  # World for want of a place of the sentence's own
GUESSED_PLACES = ("place/previous+", "world/default+")  # places no word of the figure's own sentence gives
PASSING_MENTION_FIGURES = 1  # a country with no more figures of its own is named in passing
HELD_POPULATION_FLOOR = load("numbers.json")["held_population_floor"]
FAR_HELD_POPULATION_FLOOR = load("numbers.json")["far_held_population_floor"]
RESTATED_COUNT_FLOOR = load("numbers.json")["restated_count_floor"]
GLOBAL_COUNT_FLOOR = load("numbers.json")["global_count_floor"]
PART_WORDS = SHARE_WORDS - {"figure", "number", "some"}
MORE_WORDS = CONTINUATION_MARKERS | {"other"}
POINTING_BACK = ANAPHORS | {"there", "its", "their"}  # words that point back to the people or place named before
NUMBER_WORDS = [w for w in [*load("numbers.json")["units"], *load("numbers.json")["tens"]]
                if w not in ("zero", "nil", "none", "a", "an", "one")]


def _words_around(record: Record, before: int, after: int) -> tuple[list[str], list[str]]:
    """The words just before and after a record's number in its sentence (the number itself, not
    the same digits inside a year: "As of 2012, 12 more ...")."""
    sentence, count = record.evidence.sentence, record.evidence.count_text
    found = re.search(r"(?<![\w.,])" + re.escape(count) + r"(?!\w)", sentence)
    if found is None:
        return [], []
    return (re.findall(r"[\w-]+", sentence[: found.start()].lower())[-before:],
            re.findall(r"[\w-]+", sentence[found.end() :].lower())[:after])


def _a_part(record: Record) -> bool:
    """"Most, about 5,000, are still held", "5,000 of them": a part of the people counted before."""
    before, after = _words_around(record, 4, 2)
    return bool(set(before) & PART_WORDS) or after[:1] == ["of"] and after[1:] and after[1] in ANAPHORS


def _more_of_them(record: Record) -> bool:
    """"Another 12 Belgian women", "another group of 12", "12 more", "12 other women": other people
    than those counted before."""
    before, after = _words_around(record, 3, 1)
    return bool(set(before + after) & MORE_WORDS)


def _words(sentence: str) -> set[str]:
    return set(re.findall(r"[\w-]+", sentence.lower()))


def _counts_countries(record: Record) -> bool:
    """"600 people have been repatriated from Iraq to 12 countries": a count over many countries."""
    number = r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")"
    countries = r"\s+(?:other\s+)?(" + "|".join(COUNTRY_NOUNS) + r")s?\b"
    return bool(re.search(number + countries, record.evidence.sentence.lower()))


def revise_by_story(records: list[Record]) -> list[Record]:
    # (camp populations turn World before the one-country story reads the places left)
    return one_country_story(held_population(held_story(restated_places(restated_figures(records)))))


def _revised(record: Record, rule: str, new_rule: str, **fields) -> Record:
    """The record with other fields, a new id for them, and the rule that changed them."""
    fields = {"country": record.country, "country_code": record.country_code, "status": record.status} | fields
    key = fields["country_code"] or fields["country"].lower()
    return record.model_copy(update=fields | {
        "id": record_id(record.article_id, key, fields["status"], record.count, record.subject),
        "evidence": record.evidence.model_copy(update={"rule": record.evidence.rule.replace(rule, new_rule)}),
    })


def _in_reading_order(records: list[Record]) -> list[int]:
    """The records' positions in the order the article states them (revisions keep the list's own order)."""
    return sorted(range(len(records)), key=lambda n: records[n].evidence.start)


def restated_figures(records: list[Record]) -> list[Record]:
    """A figure no word gives a status that repeats the count an earlier sentence gave the same
    country's people is those people again ("A Russian plane flew 35 citizens home from Syria. ...
    On board were 35 Russian citizens", "Georgia has lost 53 volunteers. ... Of the 53, 11 served in
    the Legion itself"): it has their status."""
    stated: dict[tuple, Record] = {}
    revised = list(records)
    for n in _in_reading_order(records):
        r = records[n]
        key = (r.country_code, r.country, r.count)
        if not r.evidence.rule.endswith("+status/default"):
            stated[key] = r
        elif key in stated and stated[key].evidence.start < r.evidence.start and not _more_of_them(r):
            revised[n] = _revised(r, "+status/default", "+status/restated-figure", status=stated[key].status)
    return revised


def restated_places(records: list[Record]) -> list[Record]:
    """A figure that took its place only from the sentence before, or from none, and repeats the
    count and status an earlier sentence gave another country's people is those people again
    ("Kazakhstan repatriated 47 citizens in January 2019. ... Uzbekistan followed in May. ... The 47
    were flown to Aktau"): it has their country. Small counts repeat by chance (`numbers.json`
    `restated_count_floor`)."""
    placed: dict[tuple, Record] = {}
    revised = list(records)
    for n in _in_reading_order(records):
        r = records[n]
        rule = next((rule for rule in GUESSED_PLACES if r.evidence.rule.startswith(rule)), None)
        key = (r.count, r.status)
        before = placed.get(key)
        if rule is None:
            placed[key] = r
        elif before is not None and before.evidence.start < r.evidence.start and before.country != r.country and \
                r.count >= RESTATED_COUNT_FLOOR and not _more_of_them(r):
            revised[n] = _revised(r, rule, "place/restated-figure+", country=before.country,
                                  country_code=before.country_code, place_type=before.place_type)
    return revised


def held_story(records: list[Record]) -> list[Record]:
    """In a story about people held (a camp census, a prison transfer, an NGO count of children in
    the camps: at least half of the figures whose status a word gives are "detained"), a figure
    that no word gives a status ("The register lists about 2,300 women and children from Russia")
    counts people held too, not people who went."""
    stated = [r.status for r in records if not r.evidence.rule.endswith("+status/default")]
    if len(stated) < HELD_STORY_MINIMUM or 2 * stated.count("detained") < len(stated):
        return records
    # (a whole whose parts in its own sentence came home or died is who went: "Malaysia at 102, with 17 home and 40 killed")
    fates = {r.evidence.start for r in records if r.status in (Status.returned, Status.killed)
             and not r.evidence.rule.endswith("+status/default")}
    return [_revised(r, "+status/default", "+status/held-story", status=Status.detained)
            if r.evidence.rule.endswith("+status/default") and r.evidence.start not in fates else r for r in records]


def one_country_story(records: list[Record]) -> list[Record]:
    """In a story about one country's people (seven in ten of the figures a place is found for are
    that country's, at least three), a figure read as World only for want of a place ("That
    figure includes 40 women and 35 children who left with their husbands", "prosecutors have
    charged 74 returnees") is that country's too, and so is one that took World only from the
    sentence before ("At least six men from the city were killed there" after a worldwide total);
    people held are left as they are (a camp's population is everyone's), and so is what the
    sentence itself reads as World (`world/many`: "Around 30 states have repatriated more than 4,000
    of their nationals", a total over several countries' parts). A global body's count is World
    only for want of a place too (`world/global-source`: "The UN experts added that 625 fighters
    who had returned from Iraq were being prosecuted", in a story about Tunisia's), unless it runs
    to thousands (`numbers.json` `global_count_floor`: "INTERPOL had gathered the names of about
    19,000 people") or the sentence counts the countries ("repatriated from Iraq to 12 countries").
    A figure that took its place
    from the sentence before is the story's country too when that sentence's country is named in
    passing, with at most one figure placed of its own ("Canada has taken back 19. ... Nine young men
    were convicted in 2016" in a Minnesota story), unless the sentence points back to it
    ("Authorities there have charged nine")."""
    # (a region counts among the placed figures as None, which is no story's country)
    placed = Counter(r.country_code for r in records if r.place_type != PlaceType.world)
    main, times = placed.most_common(1)[0] if placed else (None, 0)
    if main is None or placed.total() < ONE_COUNTRY_MINIMUM or 10 * times < 7 * placed.total():
        return records
    own = Counter(r.country_code for r in records if not r.evidence.rule.startswith("place/previous+"))
    place = place_by_key(main)
    the_story = {"country": place.name, "country_code": place.code, "place_type": PlaceType.country}

    def in_passing(record: Record) -> bool:
        # (not in a sentence that points back: "Authorities there have charged nine", "Its security police say")
        return (record.evidence.rule.startswith("place/previous+") and record.place_type == PlaceType.country
                and record.country_code != main and own[record.country_code] <= PASSING_MENTION_FIGURES
                and not POINTING_BACK & _words(record.evidence.sentence))

    revised = []
    for r in records:
        world_rule = next((rule for rule in UNPLACED_WORLD if r.evidence.rule.startswith(rule)), None)
        if world_rule is None and r.evidence.rule.startswith("place/previous+") and r.place_type == PlaceType.world:
            world_rule = "place/previous+"  # (World carried from a passage about the world's people)
        if world_rule == "world/global-source+" and (r.count >= GLOBAL_COUNT_FLOOR or _counts_countries(r)):
            world_rule = None  # ("INTERPOL had gathered the names of about 19,000 people": many countries' people)
        if world_rule is not None and r.status != Status.detained:
            r = _revised(r, world_rule, "place/the-story+", **the_story)
        elif in_passing(r):
            r = _revised(r, "place/previous+", "place/the-story-not-previous+", **the_story)
        revised.append(r)
    return revised


def held_population(records: list[Record]) -> list[Record]:
    """Thousands held ("Today the camp holds around 40,000", "some 60,000 people live behind wire
    fences") are a camp's or a prison's population, of many countries: the country of the sentence
    before does not carry to them (`numbers.json` `held_population_floor`), nor, for tens of
    thousands, a country the parse reaches only far from the figure (`far_held_population_floor`);
    a part of the people counted before ("Most, about 5,000, are still held") stays theirs."""
    world = place_by_key("world")
    floors = {"place/previous+": HELD_POPULATION_FLOOR, "place/tree+": FAR_HELD_POPULATION_FLOOR}
    revised = []
    for r in records:
        rule = next((rule for rule in floors if r.evidence.rule.startswith(rule)), None)
        if rule is not None and r.status == Status.detained and r.count >= floors[rule] and not _a_part(r):
            r = _revised(r, rule, "world/held-population+", country=world.name, country_code=None,
                         place_type=PlaceType.world)
        revised.append(r)
    return revised
