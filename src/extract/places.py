"""Stage 3, places: countries, demonyms, peoples, regions and "World", from lexicon data.

The knowledge lives in `lexicons/places.jsonl` (one line per place, ISO alpha-3 keys checked
against pycountry) and `lexicons/sources.jsonl`. Both feed one spaCy EntityRuler placed before
the statistical NER, so the ruler's entities win where the small model errs (it tags
"Tajikistan" as NORP and misses "Jordan at 3,000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .lexicon import lines, words

PLACE_LABEL = "PLACE"
SOURCE_LABEL = "SOURCE"
# Kosovo has no ISO 3166-1 code; the EU and IMF use this user-assigned one.
USER_ASSIGNED_CODES = {"XKX": "Kosovo"}
COUNTRY_NOUNS = words("linking.json", "country_nouns")


@dataclass(frozen=True)
class Place:
    key: str
    name: str
    type: str  # country | region | world
    zone: bool = False
    # how its national bodies are named ("Pakistani Interior Ministry"): the lexicon's
    # "adjective", else its first demonym
    adjective: str | None = field(default=None, compare=False)

    @property
    def code(self) -> str | None:
        return self.key if self.type == "country" else None


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    form: str  # name | demonym | people
    start: int  # token offsets in the sentence Doc
    end: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@lru_cache(maxsize=4)
def load_places(lexicon_dir: str | None = None) -> dict[str, tuple[Place, dict[str, list[str]]]]:
    """key -> (Place, {form: [surface strings]}). Country keys must be ISO alpha-3 codes
    known to pycountry (or user-assigned); a typo in the data fails loudly here."""
    table = {}
    for entry in lines("places.jsonl", lexicon_dir):
        key, kind = entry["key"], entry["type"]
        if kind == "country" and key not in USER_ASSIGNED_CODES and pycountry.countries.get(alpha_3=key) is None:
            raise ValueError(f"places.jsonl: {key!r} is not an ISO 3166-1 alpha-3 code")
        demonyms = entry.get("demonyms", [])
        place = Place(key=key, name=entry["name"], type=kind, zone=bool(entry.get("zone", False)),
                      adjective=entry.get("adjective") or (demonyms[0] if demonyms and kind == "country" else None))
        # "within": states and provinces, which stand for their country as where people came from
        forms = {"name": list(entry.get("aliases", [])) + list(entry.get("within", [])) + [entry["name"]],
                 "demonym": list(entry.get("demonyms", [])),
                 "people": list(entry.get("peoples", []))}
        table[key] = (place, forms)
    return table


@lru_cache(maxsize=1)
def _region_members() -> dict[str, frozenset[str]]:
    """Region key -> the countries it is made of (`places.jsonl` "members")."""
    return {entry["key"]: frozenset(entry["members"]) for entry in lines("places.jsonl", None) if entry.get("members")}


def region_of(keys) -> Place | None:
    """The smallest region made of all these countries ("Sweden, Denmark, Norway and Finland" ->
    the Nordic countries), if the lexicon has one."""
    keys = set(keys)
    fitting = [(len(members), key) for key, members in _region_members().items() if keys <= members]
    return place_by_key(min(fitting)[1]) if fitting else None


@lru_cache(maxsize=4)
def load_sources(lexicon_dir: str | None = None) -> dict[str, str]:
    """surface form -> canonical source name."""
    aliases = {}
    for entry in lines("sources.jsonl", lexicon_dir):
        for alias in entry["aliases"] + [entry["name"]]:
            aliases[alias] = entry["name"]
    return aliases


@lru_cache(maxsize=1)
def _countries_by_word() -> dict[str, Place]:
    """Country names, aliases, demonyms and peoples -> the country, for reading a body's name."""
    return {word: place for place, forms in load_places().values() if place.type == "country"
            for word in forms["name"] + forms["demonym"] + forms["people"]}


def country_adjective(name: str) -> str | None:
    """"Pakistan" or "Pakistani" -> "Pakistani"; "Kosovo" -> "Kosovo"."""
    place = _countries_by_word().get(name)
    return place.adjective if place else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    places = load_places()
    return {entry["capital"]: places[entry["key"]][0] for entry in lines("places.jsonl", None) if entry.get("capital")}


def country_of_capital(name: str) -> Place | None:
    """"Rabat" -> Morocco: a capital standing for its government."""
    return _capitals().get(name)


def speaking_state(name: str) -> Place | None:
    """"Turkey said", "Ankara says": a country, or its capital standing for its government."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return _countries_by_name().get(name) or country_of_capital(name)


@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, Place]:
    return {word: place for place, forms in load_places().values() if place.type == "country" for word in forms["name"]}


@lru_cache(maxsize=1)
def _places_by_form() -> dict[str, Place]:
    return {form.lower(): place for place, forms in load_places().values() for written in forms.values()
            for form in written}


def names_a_place(name: str) -> bool:
    """"Southeast Asia", "Royal Malaysia": a name that is, or holds, a place's name."""
    return name.lower() in _places_by_form() or country_in_name(name) is not None


def place_named(text: str) -> Place | None:
    """"Iraq", "the United Kingdom", "Kosovo*": the place a table cell or label is the name of."""
    return _places_by_form().get(re.sub(r"^the\s+", "", text.strip(" *†:.\t•·-–"), flags=re.I).lower())


def country_in_name(name: str | None) -> Place | None:
    """"Kosovo Police", "the Danish Security and Intelligence Service": the country a body's
    name belongs to (the first one named that is not a conflict zone)."""
    if not name:
        return None
    words = name.replace("'s", "").replace("’s", "").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            place = _countries_by_word().get(" ".join(words[i : i + size]))
            if place is not None and not place.zone:
                return place
    return None


def place_by_key(key: str) -> Place:
    return load_places()[key][0]


def written_forms(strings) -> list[str]:
    """A place's forms as written, and in capitals as in headings ("MALAYSIA: 102 WENT"), except
    short ones that capitals would turn into other words' abbreviations."""
    forms = set(strings)
    return sorted(forms | {text.upper() for text in forms if len(text) >= 4})


def ruler_patterns(lexicon_dir: str | None = None) -> list[dict]:
    """Phrase patterns (matched on exact token text, so "US" never matches "us")."""
    patterns = []
    for key, (_place, forms) in sorted(load_places(lexicon_dir).items()):
        for form, strings in forms.items():
            for text in written_forms(strings):
                patterns.append({"label": PLACE_LABEL, "pattern": text, "id": f"{key}|{form}"})
                if form == "name" and not text.lower().startswith("the "):
                    # "the Balkans", "the U.K.": the article belongs to the name's span
                    for article in ("the", "The"):
                        patterns.append({"label": PLACE_LABEL, "pattern": f"{article} {text}", "id": f"{key}|{form}"})
    for alias, canonical in sorted(load_sources(lexicon_dir).items()):
        for text in {alias, f"the {alias}", f"The {alias}"}:
            patterns.append({"label": SOURCE_LABEL, "pattern": text, "id": canonical})
    return patterns


@Language.factory("extract_places", default_config={"lexicon_dir": None})
def make_place_ruler(nlp: Language, name: str, lexicon_dir: str | None):
    """An EntityRuler holding the place and source lexicons; registered as a spaCy factory
    (also through the `spacy_factories` entry point) so any pipeline can add it by name."""
    from spacy.pipeline import EntityRuler

    entity_ruler = EntityRuler(nlp, name=name, phrase_matcher_attr=None, overwrite_ents=True)
    entity_ruler.add_patterns(ruler_patterns(lexicon_dir))
    return entity_ruler


@lru_cache(maxsize=4)
def load_cities(lexicon_dir: str | None = None) -> dict[str, str]:
    """City name -> country key (`lexicons/cities.jsonl`, built from GeoNames by tools/build_cities.py),
    and the capitals of `places.jsonl`, which the build leaves out for the war's countries: people
    "handed to Baghdad" went into Iraq's custody, wherever they came from."""
    shared = words("linking.json", "shared_capitals")  # ("Tripoli", in Libya and in Lebanon)
    capitals = {entry["capital"]: entry["key"] for entry in lines("places.jsonl", lexicon_dir)
                if entry.get("capital") and entry["capital"].lower() not in _places_by_form()
                and entry["capital"] not in shared}  # ("Singapore")
    return capitals | {entry["name"]: entry["key"] for entry in lines("cities.jsonl", lexicon_dir)}


@Language.factory("extract_cities", default_config={"lexicon_dir": None})
def make_city_tagger(nlp: Language, name: str, lexicon_dir: str | None):
    """After the NER: a town in the city lexicon stands for the town's country ("six men from
    Portsmouth", "eight women flown to Frankfurt") where the NER calls it a GPE, or where a
    preposition of place puts it on the map even though the small NER took it for a person or
    nothing ("flown to Eindhoven", "brought to Grozny"). Elsewhere the NER decides, so "Reading"
    the verb and "Victoria" the person are left alone."""
    cities = load_cities(lexicon_dir)
    longest = max((len(name.split()) for name in cities), default=1)

    def city_at(doc: Doc, start: int) -> Span | None:
        for size in range(min(longest, len(doc) - start), 0, -1):
            span = doc[start : start + size]
            key = cities.get(span.text)
            if key is not None and key in load_places(lexicon_dir):
                return Span(doc, span.start, span.end, label=PLACE_LABEL, span_id=f"{key}|name")
        return None

    def tag_cities(doc: Doc) -> Doc:
        found = []
        for ent in doc.ents:
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            # (a capital the small NER calls an organisation is its government: "Copenhagen held out")
            named = ent.label_ == "GPE" or ent.label_ in ("ORG", "PERSON") and country_of_capital(ent.text) is not None
            if named and (city := city_at(doc, start)) is not None and city.end == ent.end:
                found.append(city)
        for token in doc[1:]:
            if token.is_title and token.ent_type_ in ("", "PERSON", "ORG", "NORP", "LOC") and \
                    doc[token.i - 1].lower_ in PLACE_PREPOSITIONS and (city := city_at(doc, token.i)) is not None \
                    and not (city.end < len(doc) and (doc[city.end].is_title or doc[city.end].pos_ == "PROPN")):
                found.append(city)  # (not the first word of a longer name: "to George Washington University")
        if found:
            taken = {i for span in found for i in range(span.start, span.end)}
            doc.ents = filter_spans([e for e in doc.ents if not taken & set(range(e.start, e.end))] + found)
        return doc

    return tag_cities


PLACE_PREPOSITIONS = frozenset({"to", "from", "in", "into", "near", "outside"})


def find_places(doc: Doc) -> list[PlaceMention]:
    table = load_places()
    mentions = []
    for ent in doc.ents:
        if ent.label_ != PLACE_LABEL or "|" not in ent.ent_id_:
            continue
        key, form = ent.ent_id_.split("|", 1)
        if key in table:
            mentions.append(PlaceMention(table[key][0], form, ent.start, ent.end))
    mentions = [m for m in mentions if not _describes_one_country(doc, m)]
    return _citizens_of_a_named_bloc(_one_nationality_per_person(doc, mentions), table)


def _describes_one_country(doc: Doc, mention: PlaceMention) -> bool:
    """"citizens of the small Balkan country", "the Central Asian republic": a region's word that
    describes a country already named is that country's, not the region's."""
    if mention.place.type != "region":
        return False
    root = doc[mention.start : mention.end].root
    head = root.head
    return root.dep_ in ("amod", "compound", "nmod") and head.lower_ in COUNTRY_NOUNS and head.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


@lru_cache(maxsize=1)
def _bloc_citizens() -> dict[str, str]:
    """Bloc key -> the region whose demonym names its citizens where the bloc is named
    (`places.jsonl` "citizens_named_as": the EU's "Europeans")."""
    return {entry["key"]: entry["citizens_named_as"] for entry in lines("places.jsonl", None)
            if entry.get("citizens_named_as")}


def _citizens_of_a_named_bloc(mentions: list[PlaceMention], table) -> list[PlaceMention]:
    """"The EU's counter-terrorism coordinator estimated that some 5,000 Europeans have gone": in a
    sentence that names the Union, its Europeans are its citizens."""
    named = {m.place.key for m in mentions if m.form == "name"}
    by_demonym = {region: bloc for bloc, region in _bloc_citizens().items() if bloc in named and bloc in table}
    if not by_demonym:
        return mentions
    return [PlaceMention(table[by_demonym[m.place.key]][0], m.form, m.start, m.end)
            if m.form == "demonym" and m.place.key in by_demonym else m for m in mentions]


def _one_nationality_per_person(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Two demonyms on one group name one citizenship: "Somali-Americans" are American (the last
    of a hyphenated pair), "British Bangladeshis" and "Dutch Moroccans" are British and Dutch (an
    adjective before a plural people noun)."""
    dropped = set()
    for first, second in zip(mentions, mentions[1:]):
        if first.form != "demonym" or second.form != "demonym":
            continue
        gap = doc[first.end : second.start]
        if len(gap) == 1 and gap[0].text == "-" and not doc[first.end - 1].whitespace_ and not gap[0].whitespace_:
            dropped.add(id(first))
        elif not gap and (doc[second.end - 1].tag_ in ("NNS", "NNPS") or doc[second.end - 1].text.endswith("s")):
            dropped.add(id(second))
    return [m for m in mentions if id(m) not in dropped]

