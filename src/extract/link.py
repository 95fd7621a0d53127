"""Stage 8, link: which place, status and subject go with each figure of a sentence.

Two kinds of evidence, strongest first:
1. constructions, spaCy Matcher patterns from `lexicons/constructions.jsonl`: "Russia's 3,417",
   "Jordan at 3,000", "1,500 from Uzbekistan", "300 Americans", "400 of ... 3,417" (a part
   and its whole), "with 271 back";
2. the dependency tree: a cue or place reaches a figure along the parse, never through
   another figure, and a status verb whose subject is another figure is that figure's.
A part ("400 of Russia's 3,417") inherits the place and subject of its whole; a whole with no
cue of its own counts the people who went ("departed").
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from .counts import (AGE_PREPOSITIONS, CHANGE_LEMMAS, FAMILY_HEADS, PER_HEAD, CountMention, names_a_given_total,
                     noun_subjects)
from .lexicon import lines, load, words
from .places import (PLACE_LABEL, Place, PlaceMention, country_in_name, country_of_capital, load_places, place_by_key,
                     place_named, region_of)
from .sources import acting_bodies
from .status import (CAMP_WORDS, CARRYING_LEMMAS, DISPLACED_FROM, OPERATIONS, VEHICLES, Cue, a_state_receives,
                     out_of_the_war_or_a_transit_country,
                     sent_on_to_the_war_or_a_transit_country)

MAX_PATH = 7
SET_OFF_CLOSERS = ("-", "\u2013", "\u2014", ")")  # what ends an aside: "110 citizens - four men ... - flown back"
DESTINATION_PREPOSITIONS = words("linking.json", "destination_prepositions")
DEPARTURE_LEMMAS = words("linking.json", "departure_lemmas")
SENT_BACK_LEMMAS = words("linking.json", "sent_back_lemmas")
HOME_MOVERS = words("linking.json", "home_movers")
HELP_NOUNS = words("linking.json", "help_nouns")
WAR_AIMS = words("status_words.json", "war_aims")
COLLECTIVE_NOUNS = words("linking.json", "collective_nouns")
QUANTITY_NOUNS = words("linking.json", "quantity_nouns")
RAISING_LEMMAS = words("linking.json", "raising_lemmas")
SIDE_VERBS = words("linking.json", "side_verbs")
ARMED_FORCES = words("linking.json", "armed_forces")
JOINING_LEMMAS = words("linking.json", "joining_lemmas")
OWN_NOUN_CUES = words("linking.json", "own_noun_cues")
CIVIC_BODIES = words("linking.json", "civic_bodies")
BARE_COUNT_PLACES = ("place/tree", "place/tree-near", "place/topic")
EVIDENTIAL_VERBS = words("linking.json", "evidential_verbs")
TIME_LINKS = words("linking.json", "time_links")
CONTEXT_NOUNS = words("subjects.json", "context")
STATE_MARKS = words("linking.json", "state_marks")
INTO_THE_WAR_MOVERS = words("linking.json", "into_the_war_movers")
SHARE_WORDS = words("linking.json", "share_words")
ESTIMATE_LEMMAS = words("linking.json", "estimate_lemmas")
VIOLENCE_LEMMAS = words("linking.json", "violence_lemmas")
ATTRIBUTING_LEMMAS = words("linking.json", "attributing_lemmas")
COMPOSITION_VERBS = words("linking.json", "composition_verbs")
INSTITUTIONS = words("linking.json", "institutions")
SPEECH_LEMMAS = words("linking.json", "speech_lemmas")
DEPARTURE_POINTS = words("linking.json", "departure_points")
HYPOTHETICAL_OPENERS = words("linking.json", "hypothetical_openers")
GENERIC_SUBORDINATORS = words("linking.json", "generic_subordinators")
SAMPLING_VERBS = words("linking.json", "sampling_verbs")
HOLDING_VERBS = words("linking.json", "holding_verbs")
CAPACITY_VERBS = words("linking.json", "capacity_verbs")
CONTINUATION_VERBS = words("linking.json", "continuation_verbs")
CONTINUATION_MARKERS = words("linking.json", "continuation_markers")
MIXED_HOLDERS = CAMP_WORDS | words("linking.json", "facility_holders")
COMPANIONS = load("linking.json")["companions"]
EXPELLING_LEMMAS = words("linking.json", "expelling_lemmas")
CAPTURING_LEMMAS = words("linking.json", "capturing_lemmas")
CAPTIVITY_PHRASES = words("linking.json", "captivity_phrases")
DEPORTING_LEMMAS = words("linking.json", "deporting_lemmas")
GIVING_VERBS = words("linking.json", "giving_verbs")
ATTACK_NOUNS = words("linking.json", "attack_nouns")
WAR_NOUNS = words("linking.json", "war_nouns")
SPAN_NOUNS = words("linking.json", "span_nouns")
TRANSIT = words("linking.json", "transit_countries")
TIE_NOUNS = words("linking.json", "tie_nouns")
HOME_CUSTODY = words("linking.json", "home_custody")
EVENT_NOUNS = words("subjects.json", "event_nouns")
ATTEMPT_LEMMAS = words("linking.json", "attempt_lemmas")
WOUNDED_WORDS = words("linking.json", "wounded_words")
TOLL_NOUNS = words("linking.json", "toll_nouns")
FACILITATION_WORDS = words("linking.json", "facilitation_words")
STATE_ACTS = words("linking.json", "state_acts")
WORLD_MODIFIERS = words("linking.json", "world_modifiers")
WORLD_NOUNS = words("linking.json", "world_nouns")
OUTSIDE_WORDS = words("linking.json", "outside_words")
OTHER_COUNTRY_MODIFIERS = words("linking.json", "other_country_modifiers")
ORIGIN_VERBS = words("linking.json", "origin_verbs")
CORRECTION_OPENERS = words("linking.json", "correction_openers")
RETURN_NOUNS = words("linking.json", "return_nouns")
COUNTRY_NOUNS = words("linking.json", "country_nouns")
TOTAL_NOUNS = words("linking.json", "total_nouns")
RECOUNT_VERBS = words("linking.json", "recount_verbs")
COURT_LEMMAS = words("linking.json", "court_lemmas")
GENERIC_PEOPLE = words("linking.json", "generic_people_nouns")
TOTAL_VERBS = words("linking.json", "total_verbs")
POPULATION_FLOOR = load("numbers.json")["population_floor"]
SCALE_WORDS = frozenset(load("numbers.json")["scales"])
CITIZEN_NOUNS = words("subjects.json", "citizen_nouns")
SAMPLE_LEMMAS = words("linking.json", "sample_lemmas")
STRENGTH_NOUNS = words("linking.json", "strength_nouns")
ARMED_GROUPS = words("linking.json", "armed_groups")
STRENGTH_VERBS = words("linking.json", "strength_verbs")
FINITE_TAGS = ("VBD", "VBP", "VBZ", "MD")
EXCEPTION_WHOLES = words("linking.json", "exception_wholes")
ACQUITTAL_LEMMAS = words("linking.json", "acquittal_lemmas")
RELEASE_LEMMAS = words("linking.json", "release_lemmas")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
SITTING_BODIES = words("linking.json", "sitting_bodies")
STRIPPING_LEMMAS = words("linking.json", "stripping_lemmas")
STRIPPED_THINGS = words("linking.json", "stripped_things")
LOCATION_NOUNS = words("tokens.json", "location_nouns")
NEAR_PLACE = 4  # a tree path this short ties a bare number to a place as firmly as a construction
class PlaceRule(NamedTuple):
    """What a place rule's verdict is worth, in one row per rule so that a new rule cannot be half-registered."""
    confidence: float
    strong: bool = False     # ties the number to its place as firmly as a construction: later guesses keep off it
    list_item: bool = False  # names one item of a list whose items share one predicate


UNRATED = PlaceRule(0.0)
PLACE_RULES = {
    "place/bracket": PlaceRule(0.28, strong=True, list_item=True),
    "place/listed": PlaceRule(0.28, strong=True, list_item=True),
    "place/tops": PlaceRule(0.28, strong=True, list_item=True),
    "place/the-most": PlaceRule(0.28, strong=True, list_item=True),
    "place/accounted-for": PlaceRule(0.28, strong=True, list_item=True),
    "place/at": PlaceRule(0.28, strong=True, list_item=True),
    "place/comma-with": PlaceRule(0.28, strong=True, list_item=True),
    "place/largest-group": PlaceRule(0.28, strong=True),
    "place/respectively": PlaceRule(0.26, strong=True),
    "place/from-at": PlaceRule(0.3, strong=True),
    "place/gapped-subject": PlaceRule(0.2, strong=True),
    "place/topic": PlaceRule(0.2, strong=True),
    "place/possessor": PlaceRule(0.24, strong=True),
    "place/possessive-at": PlaceRule(0.26, strong=True),
    "place/number-of-at": PlaceRule(0.26, strong=True),
    "place/contingent-at": PlaceRule(0.26, strong=True),
    "place/figure-for": PlaceRule(0.26, strong=True),
    "place/noun-phrase": PlaceRule(0.3, strong=True),
    "place/parent": PlaceRule(0.28, strong=True),  # "175 children with at least one Dutch parent"
    "place/nationality": PlaceRule(0.28, strong=True),  # "10 women with Dutch nationality", "holding British passports"
    "place/were": PlaceRule(0.28, strong=True),  # "at least 13 were Indonesians and six were Malaysians"
    "place/possessive": PlaceRule(0.3, strong=True),
    "place/from": PlaceRule(0.28, strong=True),
    "place/left": PlaceRule(0.25, strong=True),
    "place/countries-together": PlaceRule(0.25, strong=True),
    "place/whole": PlaceRule(0.22, strong=True),
    "place/predicate": PlaceRule(0.0, strong=True),
    "place/tree-near": PlaceRule(0.18, strong=True),
    "world/countries": PlaceRule(0.28, strong=True),
    "world/countries-fronted": PlaceRule(0.28, strong=True),
    "world/word": PlaceRule(0.2, strong=True),
    "world/foreign": PlaceRule(0.2, strong=True),
    "world/outside": PlaceRule(0.2, strong=True),
    "world/parts": PlaceRule(0.2, strong=True),
    "world/held": PlaceRule(0.2, strong=True),
    "place/each": PlaceRule(0.24, strong=True),
    "place/companion": PlaceRule(0.18),
    "place/parts": PlaceRule(0.18),
    "place/tree": PlaceRule(0.12),
    "place/previous": PlaceRule(0.08),
    "world/default": PlaceRule(0.05),
    "world/many": PlaceRule(0.05),
    "world/global-source": PlaceRule(0.05),
    # set by the pipeline from the article around the sentence
    "place/table-row": PlaceRule(0.28),
    "place/source-country": PlaceRule(0.12),
    "place/the-region": PlaceRule(0.12),
    "place/the-article": PlaceRule(0.06),
}
STRONG_PLACE_RULES = {rule for rule, kind in PLACE_RULES.items() if kind.strong}
LIST_ITEM_RULES = {rule for rule, kind in PLACE_RULES.items() if kind.list_item}
GAPPED_ITEM_RULES = {*LIST_ITEM_RULES, "place/from", "place/each"}  # "six from Azerbaijan", "one each from Chad"
SHARED_CUE = -10**6
SHARE_STATED = "share stated as a number"
ACTS_OF_STATE = {"returned", "detained", "charged", "convicted"}
# the steps a returnee goes through: only a later step can be a second predicate of one figure
LATER_STAGES = {"returned": ("detained", "charged", "convicted"), "detained": ("charged", "convicted"),
                "charged": ("convicted",)}
ANAPHORS = words("linking.json", "anaphors")
VERB_COMPANIONS = words("linking.json", "verb_companions")
CLAUSE_LINKS = {"xcomp", "ccomp", "acomp", "advmod", "prep", "pcomp", "conj", "attr", "oprd", "prt"}

if not Token.has_extension("xc_count"):
    Token.set_extension("xc_count", default=False)
    Token.set_extension("xc_cue", default=False)


@dataclass
class Figure:
    count: CountMention
    place: Place | None = None
    place_mention: PlaceMention | None = None
    place_rule: str = ""
    cue: Cue | None = None
    status: str | None = None
    status_rule: str = ""
    subject: str = "fighters"
    qualifier: str = ""
    whole: int | None = None  # index of the figure this one is a part of
    confidence: float = 0.5
    hedged: bool = False  # "are estimated to": approximate though written exactly
    breakdown: bool = False  # one item of a list that breaks down its whole ("110: 74 children, ...")
    derived: bool = False  # computed from a share of a stated whole, not written
    dropped: str = ""  # why the figure is not a record ("victims", "negated")
    parts: list[int] = field(default_factory=list)
    partitive: bool = False  # counts "of the" people it names ("7,366 of the affiliates"): a part of them


# ---------------------------------------------------------------- constructions

@lru_cache(maxsize=1)
def _construction_specs() -> list[dict]:
    return lines("constructions.jsonl")


class Constructions:
    def __init__(self, vocab) -> None:
        self.matcher = Matcher(vocab, validate=True)
        self.specs = {}
        # one key per line: lines that share an id ("place/at") have roles of their own lengths
        for n, spec in enumerate(_construction_specs()):
            self.matcher.add(f"{spec['id']}#{n}", [spec["pattern"]])
            self.specs[f"{spec['id']}#{n}"] = spec

    def __call__(self, doc: Doc) -> list[tuple[str, dict[str, list[int]]]]:
        """(construction id, {role: token indices}) for every match."""
        found = []
        for match_id, start, _end, alignment in self.matcher(doc, with_alignments=True):
            spec = self.specs[doc.vocab.strings[match_id]]
            roles: dict[str, list[int]] = {}
            for offset, element in enumerate(alignment):
                role = spec["roles"][element]
                if role:
                    roles.setdefault(role, []).append(start + offset)
            found.append((spec["id"], roles))
        return found


# ---------------------------------------------------------------- tree helpers

def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 64:  # spaCy makes a new Token per access
        chain.append(chain[-1].head)
    return chain


def tree_path(a: Token, b: Token) -> list[Token] | None:
    """Tokens on the dependency path from a to b, both ends included."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in index_b:
            return up_a[: n + 1] + list(reversed(up_b[: index_b[token.i]]))
    return None


# ---------------------------------------------------------------- linking

def link_sentence(doc: Doc, counts: list[CountMention], places: list[PlaceMention], cues: list[Cue],
                  constructions: Constructions, previous_subject: str | None = None,
                  previous: "Figure | None" = None) -> list[Figure]:
    """Figures of one sentence; `previous_subject` is who the previous sentence counted, for
    figures that leave it out ("At least 30 of them have been killed"); `previous` is the
    previous sentence's main figure, which a list may break down ("The group was made up of
    74 children, 32 women and four men")."""
    figures = [Figure(count=c, subject=c.subject or "", qualifier=c.value.qualifier,
                      partitive=c.noun is not None and doc[c.noun].dep_ == "pobj" and doc[c.noun].head.lower_ == "of")
               for c in counts]
    if not figures:
        return []
    owner = _mark_tokens(doc, counts, cues)
    matches = constructions(doc)
    _anchor(doc, figures, matches, owner)
    _repeats_in_the_sentence(doc, figures)
    _derive(doc, figures, previous)
    brackets = _bracketed_after_places(doc, figures, places)
    _place(doc, figures, places, matches, owner, brackets)
    _respectively(doc, figures, places)
    _countries_together(doc, figures, places)
    _status(doc, figures, cues, matches, owner, [inside for _, inside in brackets])
    _deaths_in_a_camp(doc, figures)
    _caught_trying(doc, figures, cues)
    _composition_of_a_number(doc, figures)
    if previous is not None:
        _restated_total(doc, figures, previous)
        _counted_again(doc, figures, previous)
        _continuations(doc, figures, previous)
        _composition_of_previous(doc, figures, previous)
        _parts_of_previous(doc, figures, previous)
        _known_whole_among_the_previous(doc, figures, previous)
        _aboard_the_flight_before(doc, figures, previous)
    _corrections(doc, figures, previous)
    _changed_estimates(doc, figures)
    _joined_people(doc, figures)
    _gapped_copulas(doc, figures)
    _as_had(doc, figures)
    _shares_stated_as_numbers(figures)
    _second_predicates(doc, figures, cues)
    _subject_constructions(doc, figures, matches, owner)
    _subject(doc, figures, previous_subject)
    figures += _each_of_the_places(doc, figures, places)
    for figure in figures:
        figure.confidence = _confidence(figure)
    return figures


def _each_of_the_places(doc: Doc, figures: list[Figure], places: list[PlaceMention]) -> list[Figure]:
    """"Austria and Sweden have each sent about 300", "Uzbekistan and Kyrgyzstan are put at 500
    each": one figure for every place of the coordination; returns the copies for the places after
    the first, which the figure itself takes."""
    copies = []
    for figure in figures:
        if figure.place_mention is None or figure.dropped or figure.place_rule == "place/bracket":
            continue  # ("Spain (133) and Italy (87) have each seen ...": each place has its own)
        verb = governing_verb(doc, figure)
        each = figure.count.end < len(doc) and doc[figure.count.end].lower_ == "each" or verb is not None and \
            any(c.lower_ == "each" and c.dep_ in ("advmod", "dep", "npadvmod", "nsubj", "appos") for c in verb.children)
        # "Uzbekistan and Kyrgyzstan are put at 500 each", read as "Kyrgyzstan ... at 500"
        root = _first_of_the_places(figure.place_mention.span(doc).root)
        leader = next((m for m in places if m.span(doc).root.i == root.i), figure.place_mention)
        # ("from Kazakhstan, Egypt and Tunisia": each place of the chain, not only the one joined to the first)
        joined = [m for m in places if m is not leader and m.span(doc).root.dep_ == "conj"
                  and _first_of_the_places(m.span(doc).root).i == root.i]
        # "15 each from Qatar and the United Arab Emirates": the places right after "each from"
        each_from = figure.count.end + 1 < len(doc) and doc[figure.count.end].lower_ == "each" and \
            doc[figure.count.end + 1].lower_ == "from" and root.dep_ == "pobj" and root.head.i == figure.count.end + 1
        if not each or not joined or root.dep_ not in ("nsubj", "nsubjpass") and not each_from:
            continue  # (the places are the verb's subject, not a list's last two items)
        figure.place, figure.place_mention, figure.place_rule = leader.place, leader, "place/each"
        if figure.status is None and figure.count.value.value > 0:
            figure.status, figure.status_rule = "departed", "status/default"
        copies += [replace(figure, place=m.place, place_mention=m) for m in joined]
    return copies


def _mark_tokens(doc: Doc, counts: list[CountMention], cues: list[Cue]) -> dict[int, int]:
    """Token index -> index of the count it belongs to; also sets the Matcher's flags."""
    for token in doc:
        token._.xc_count = False
        token._.xc_cue = False
    owner = {}
    for n, count in enumerate(counts):
        for i in range(count.start, count.end):
            doc[i]._.xc_count = True
            owner[i] = n
    for cue in cues:
        for i in range(cue.start, cue.end):
            doc[i]._.xc_cue = True
    return owner


def _counts_in(tokens: list[int], owner: dict[int, int]) -> list[int]:
    seen = []
    for i in tokens:
        if i in owner and owner[i] not in seen:
            seen.append(owner[i])
    return seen


def _anchor(doc: Doc, figures: list[Figure], matches, owner: dict[int, int]) -> None:
    for rule, roles in matches:
        if rule.startswith("anchor/"):
            parts = _counts_in(roles.get("part", []), owner)
            if rule == "anchor/with" or rule == "anchor/of":
                wholes = _counts_in(roles.get("whole", []), owner)
                if len(parts) == 1 and len(wholes) == 1 and parts[0] != wholes[0]:
                    _set_whole(figures, parts[0], wholes[0])
            elif parts and parts[0] > 0:
                _set_whole(figures, parts[0], parts[0] - 1)
    _breakdowns(doc, figures)
    # fronted "of": "of the 129 fighters who left, only seven have returned"
    for n, figure in enumerate(figures):
        head = doc[figure.count.phrase_head]
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.i < figure.count.start:
            governor = head.head.head
            for m, other in enumerate(figures):
                if m == n or other.whole is not None:
                    continue
                other_head = doc[other.count.phrase_head]
                if other.count.start > figure.count.end and (governor.i in (other_head.i, other.count.head)
                                                            or other_head.head.i == governor.i and
                                                            other_head.dep_ in ("nsubj", "nsubjpass", "amod", "nummod")):
                    _set_whole(figures, m, n)


def _derive(doc: Doc, figures: list[Figure], previous: "Figure | None" = None) -> None:
    """"Of the 5,000 ..., a quarter have returned" -> 1,250, derived; "one third of them" after a
    sentence with a figure is a share of that figure; a share of nothing stated ("15 percent
    of the fighters") is no figure."""
    from .counts import CountValue

    for n, figure in enumerate(figures):
        share = figure.count.fraction
        if share is None:
            continue
        stated = figures[n + 1] if n + 1 < len(figures) else None
        between = doc[figure.count.end : stated.count.start] if stated is not None else []
        set_off = stated is not None and stated.count.fraction is None and between[-1:] and \
            between[-1].text in (",", "—", "–", "-", "(")
        appositive = set_off and doc[stated.count.phrase_head].dep_ == "appos" and \
            doc[stated.count.phrase_head].head.i == figure.count.head
        # "roughly half of those who left - about 425 - are now home": a relative clause on the share's people
        verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and not (t.dep_ == "relcl" and t.head.i in
                                                                            {b.i for b in between})]
        if set_off and (appositive or len(between) <= 6 and not verbs):
            figure.dropped = SHARE_STATED  # "a quarter of them, 642 people, made it home"
            if stated.whole == n:
                stated.whole = None
                figure.parts = [p for p in figure.parts if p != n + 1]
            continue
        whole = figures[figure.whole] if figure.whole is not None else None
        after = [t.lower_ for t in doc[figure.count.end : figure.count.end + 3]]
        if whole is None and after[:1] == ["of"] and after[1:2] in (["those"], ["these"], ["the"]):
            # "a third of those 1,070": the number named there
            whole = next((f for f in figures if f.count.num_start == figure.count.end + 2), None)
        if whole is None and previous is not None and previous.count.fraction is None and after[:1] == ["of"] \
                and after[1:2] and after[1] in ANAPHORS and after[2:3] not in (["who"], ["which"], ["that"]) \
                and not (figure.count.end + 2 < len(doc) and doc[figure.count.end + 2].lemma_ in SAMPLING_VERBS):
            # "one third of them", not "a quarter of those who left Kyrgyzstan" nor "80 percent of those studied"
            whole = previous
        if whole is None or whole.count.fraction is not None:
            figure.dropped = "share of no stated whole"
            continue
        qualifier = figure.count.value.qualifier
        figure.count.value = CountValue(int(round(share * whole.count.value.value)), None, qualifier)
        figure.qualifier, figure.derived = qualifier, True


def _breakdowns(doc: Doc, figures: list[Figure]) -> None:
    """"110 of its nationals: 74 children, 32 women and four men", "..., among them 256 women
    and up to 1,180 minors": a list right after a figure breaks it down; its items share the
    whole's place and predicate."""
    for n in range(len(figures) - 1):
        whole, first = figures[n], figures[n + 1]
        lead = [t.lower_ for t in doc[max(whole.count.end, first.count.start - 2) : first.count.start]]
        group = doc[max(whole.count.end, first.count.start - 4) : first.count.start]
        if len(group) == 4 and group[1].lower_ in ("the", "a") and group[2].lemma_.lower() in COLLECTIVE_NOUNS and \
                group[3].lower_ == "of":
            lead = [group[0].lower_]  # "including the group of 18": the group is the part
        relative = _of_whom(doc, first)
        marked = relative or lead[-1:] in ([":"], ["including"]) or lead[-2:] in (["among", "them"], ["including", "some"])
        if not marked and lead[-1:] not in ([","], ["-"], ["–"], ["—"]):
            continue
        items = _listed_after(doc, figures, n)
        # "104 of its citizens, 36 women and 68 children,", "11 had returned home - eight men, one woman and two
        # children -": an unmarked list is a breakdown when it adds up
        if not marked and (len(items) < 2 or sum(figures[m].count.value.value for m in items) != whole.count.value.value):
            continue
        if relative and sum(figures[m].count.fraction is None for m in items) < 2:
            continue  # "5,000 left, of which just 500 have returned": one part with its own predicate, not a list
        for m in items:
            figures[m].whole, figures[m].breakdown = n, True
            whole.parts += [m] if m not in whole.parts else []
            # "of whom up to 1,023 were women and up to 1,502 minors, and recorded 1,765 of them as having
            # returned": "them" are the whole's people, not the breakdown's last item
            for k, later in enumerate(figures):
                if later.whole == m and not later.breakdown and later.count.start > figures[items[-1]].count.end \
                        and [t.lower_ for t in doc[later.count.end : later.count.end + 2]] == ["of", "them"]:
                    later.whole = n
                    figures[m].parts = [p for p in figures[m].parts if p != k]
                    whole.parts += [k] if k not in whole.parts else []
    # "595 people were brought back, 406 of them children": a verbless "N of them <noun>"
    # names a part of the figure before it, with that figure's predicate
    for n, figure in enumerate(figures):
        after = doc[figure.count.end : figure.count.end + 4]
        if n == 0 or len(after) < 3 or after[0].lower_ != "of" or after[1].lower_ not in ("them", "whom", "these"):
            continue
        noun, following = after[2], after[3] if len(after) > 3 else None
        subject = noun_subjects().get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or subject in (None, "not_people") or \
                following is not None and following.pos_ in ("VERB", "AUX"):
            continue
        figure.whole = figure.whole if figure.whole is not None else n - 1
        figure.breakdown = True
        figure.subject = figure.subject or subject
        if n not in figures[figure.whole].parts:
            figures[figure.whole].parts.append(n)


def _listed_after(doc: Doc, figures: list[Figure], n: int) -> list[int]:
    """The figures listed right after figure n, up to a verb or a stop."""
    items, m = [], n + 1
    while m < len(figures) and figures[m].whole in (None, n):
        items.append(m)
        if m + 1 >= len(figures):
            break
        # (what the item's own modifier says is not a stop: "four men suspected of having fought
        # for the Islamic State, 32 women and 74 children")
        own = {t.i for t in doc[figures[m].count.phrase_head].subtree} - {figures[m + 1].count.start}
        gap = [t for t in doc[figures[m].count.end : figures[m + 1].count.start] if t.i not in own]
        # ("of whom up to 4,761 were women and up to 4,640 minors": the copula both items share is no stop)
        shared = doc[figures[m + 1].count.phrase_head].head
        if len(gap) > 4 or any(t.pos_ in ("VERB", "AUX") and not (t.lemma_ == "be" and t.i == shared.i) or
                               t.text in (";", ".", ":", "-", "–", "—") for t in gap):
            break
        m += 1
    return items


def _composition_of_previous(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    for figure in figures:
        # ("includes 40 women and 35 children who left with their parents": an item's own relative
        # clause keeps its status, but the item is still the previous figure's part)
        own_clause = figure.cue is not None and figure.cue.root in _relative_clause_cues(doc, figure, [figure.cue])
        if figure.status is not None and figure.status_rule != "status/default" and not own_clause or \
                figure.whole is not None:
            continue
        # (the list verb, though the parser hangs an item under the last one's modifier: "consisted of 4
        # men suspected of having fought in the ranks of terrorist organisations, 32 women and 74 children")
        verbs = [t for t in _ancestors(doc[figure.count.head])[1:16] if t.pos_ in ("VERB", "AUX")]
        verb = next((v for v in verbs if v.lemma_ in COMPOSITION_VERBS), verbs[0] if verbs else None)
        gapped = verb is None or verb.lemma_ not in COMPOSITION_VERBS
        if gapped:
            subject = _gapped_whole(doc[figure.count.phrase_head])
        else:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if verb.lemma_ == "be" and not _names_people_of(doc, figure, verb):
                continue  # "the youngest was 19": only "they were four women and seven children" is a breakdown
        anaphoric = subject is not None and (subject.lower_ in ("they", "these", "those", "it") or any(
            c.lower_ in ("the", "this", "that", "these", "those") for c in subject.children))
        # a gapped item's own figures sit under its subject ("the French, three women"): only a number before it counts
        if anaphoric and not any(t.like_num for t in subject.subtree if not gapped or t.i < subject.i):
            # the cue lives in the previous sentence's Doc: keep its status, not its token offsets
            if not own_clause:
                figure.status, figure.cue, figure.status_rule = previous.status, None, "status/breakdown"
            figure.breakdown = True
            if figure.place is None or figure.place_rule not in STRONG_PLACE_RULES:
                figure.place, figure.place_mention, figure.place_rule = previous.place, None, "place/whole"


def _composition_verb(doc: Doc, figure: Figure) -> Token | None:
    """The verb that lists the figure as a part ("includes 44 women", "was made up of"), if any."""
    verb = next((t for t in _ancestors(doc[figure.count.head])[1:6] if t.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and verb.lemma_ in COMPOSITION_VERBS else None


def _composition_of_a_number(doc: Doc, figures: list[Figure]) -> None:
    """"316 citizens have travelled to Syria, a number that includes 44 women and 28 children": the
    items of a number the sentence restates are parts of its figure, with its status and place."""
    for figure in figures:
        if figure.status is not None and figure.status_rule != "status/default" or figure.whole is not None:
            continue
        verb = _composition_verb(doc, figure)
        # ("56 Malaysians are still in Syria, made up of 19 men, 15 women and 22 children": a participle
        # set off after the figure, with no subject of its own, lists it too)
        set_off = verb is not None and verb.tag_ in ("VBN", "VBD") and verb.i > 0 and doc[verb.i - 1].text == "," and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        if verb is None or not set_off and (verb.dep_ != "relcl" or verb.head.lemma_.lower() not in TOTAL_NOUNS):
            continue
        number = verb if set_off else verb.head
        # (a whole with no predicate of its own too: "counted 41,490 people, a total that includes 4,640 minors")
        whole = next((n for n, f in reversed(list(enumerate(figures))) if f.count.end <= number.i and f.whole is None
                      and f.status is not None), None)
        if whole is None:
            continue
        stated = figures[whole]
        figure.status, figure.cue, figure.status_rule = stated.status, stated.cue, "status/breakdown"
        figure.whole, figure.breakdown = whole, True
        stated.parts = [*stated.parts, figures.index(figure)]
        if figure.place is None or figure.place_rule not in STRONG_PLACE_RULES:
            figure.place, figure.place_mention, figure.place_rule = stated.place, stated.place_mention, "place/whole"


def _names_people_of(doc: Doc, figure: Figure, verb: Token) -> bool:
    """"The Germans were four women and seven children": counted people as the copula's complement."""
    head = _first_conjunct(doc[figure.count.phrase_head])
    return figure.count.noun is not None and head.dep_ == "attr" and head.head.i == verb.i


def _gapped_whole(token: Token) -> Token | None:
    """"The Germans were four women and seven children; the French, three women and four men":
    the people a gapped list item stands beside, by apposition or coordination."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if token.ent_type_ == "PLACE" and token.pos_ == "PROPN":
            return token
    return None


def _parts_of_previous(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"Of these, about 110 ...", "a dozen or so of them are American", "Among them were 58
    minors": a part of the previous sentence's figure with no predicate of its own shares
    that figure's status and place."""
    repeated = _fronted_repeat(doc, figures, previous)
    if repeated is not None:
        repeated.dropped = "repeats the previous figure"
    opening = _fronted_people(doc) or _including_the_previous_end(doc) or \
        (_repeat_opening_end(doc) if repeated is not None else None)
    # (only those with no whole in the sentence point to the previous sentence's figure)
    pointing = [f for f in figures if not f.dropped and _points_back(doc, f) and f.whole is None]
    for figure in figures:
        if figure.dropped:
            continue
        if not (_points_back(doc, figure) or opening is not None and figure.count.start >= opening and
                not _placed_apart_from_the_opening(doc, figure, previous) or _of_the_same_people(doc, figure, previous) or
                any(_subject_of_a_joined_clause(doc, figure, other) for other in pointing)):
            continue
        if figure.whole is not None and not figures[figure.whole].dropped:
            continue
        # (unless the part's clause says where it is from: "Some 860 of those deported were citizens of European countries")
        if figure.place is None or figure.place_rule not in STRONG_PLACE_RULES and not _only_says_who(doc, figure):
            # "By mid-2018, at least 7,366 of them had returned": the previous figure's people, World included
            figure.place, figure.place_mention, figure.place_rule = previous.place, None, "place/whole"
        if figure.status is not None and figure.status_rule != "status/default":
            continue
        if _none_with_a_predicate_of_its_own(doc, figure):
            figure.dropped = "says what did not happen, nothing counted"  # "none of those who came back has been involved in an attack"
            continue
        if repeated is not None and repeated.cue is not None and _appositive_of(doc, figure, repeated):
            # "Of the nine, five are dead", parsed with "five" as the nine's appositive: the verb is the part's
            figure.status, figure.cue, figure.status_rule = repeated.status, repeated.cue, "status/tree"
            continue
        figure.status, figure.cue, figure.status_rule, figure.breakdown = previous.status, None, "status/breakdown", True
        for part in figure.parts:  # "Of those, 1,124 were Europeans, including 291 from Germany"
            if figures[part].status is None or figures[part].status_rule == "status/default":
                figures[part].status, figures[part].cue, figures[part].status_rule = figure.status, None, "status/breakdown"
    # "Eight of the women were from Russia, six from Azerbaijan": the list goes on with the same people
    for before, figure in zip(figures, figures[1:]):
        if figure.status_rule in ("", "status/default") and before.status_rule == "status/breakdown" and \
                before.breakdown and figure.place_rule in GAPPED_ITEM_RULES and _same_clause(doc, before, figure):
            figure.status, figure.cue, figure.status_rule = before.status, None, "status/breakdown"
            figure.breakdown = True


def _of_the_same_people(doc: Doc, figure: Figure, previous: Figure) -> bool:
    """"An Iraqi court sentenced 22 foreign women ... Eight of the women were from Russia": a
    bare number of "the" people the previous figure counted is a part of it."""
    after = doc[figure.count.end : figure.count.end + 3]
    if len(after) < 3 or [t.lower_ for t in after[:2]] != ["of", "the"] or figure.count.noun not in (None, after[2].i):
        return False
    noun = after[2]
    # (not "none of the children", nor "of the children on Thursday's flight", "of the travellers in their sample";
    # nor after a part of the same people: "7,366 of the affiliates had made their way back. The report
    # attributes 5,904 of the affiliates to Western Europe": both are parts of all the affiliates)
    return noun.pos_ == "NOUN" and noun_subjects().get(noun.lemma_.lower()) == previous.subject and \
        previous.count.noun is not None and not previous.partitive and previous.subject != "people" and \
        figure.count.value.value > 0 and \
        not any(c.dep_ in ("prep", "acl", "relcl") for c in noun.children)


def _next_list_item(doc: Doc, before: Figure, figure: Figure) -> bool:
    """A list item right after another with no verb between them: "Kazakhstan has returned 754 of
    its citizens, Uzbekistan 531"."""
    # (a participle on a noun is no verb of the list's own: "in operations dubbed Zhusan, Uzbekistan 318")
    return figure.place_rule in LIST_ITEM_RULES and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")
                                                           for t in doc[before.count.end : figure.count.start])


def _same_clause(doc: Doc, before: Figure, figure: Figure) -> bool:
    """A figure with no verb of its own that hangs on the verb of the figure before it."""
    verb = governing_verb(doc, before)
    return verb is not None and verb == governing_verb(doc, figure) and \
        doc[figure.count.phrase_head].dep_ not in ("nsubj", "nsubjpass", "dobj")


def _subject_of_a_joined_clause(doc: Doc, figure: Figure, other: Figure) -> bool:
    """"117 of them had returned and 76 had been killed": a bare number subject of a clause joined
    to the clause of a figure that points back counts the same people."""
    head, theirs = doc[figure.count.phrase_head], doc[other.count.phrase_head]
    return figure.count.noun is None and figure.count.value.value > 0 and head.dep_ in ("nsubj", "nsubjpass") and \
        theirs.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "conj" and head.head.head.i == theirs.head.i


def _appositive_of(doc: Doc, figure: Figure, other: Figure) -> bool:
    head = doc[figure.count.phrase_head]
    return head.dep_ == "appos" and head.head.i == doc[other.count.phrase_head].i


def _shares_stated_as_numbers(figures: list[Figure]) -> None:
    """"a quarter of them, 642 people, made it home": the number has the share's place and predicate."""
    for n, figure in enumerate(figures):
        if figure.dropped != SHARE_STATED:
            continue
        stated = figures[n + 1]
        if figure.status is not None and figure.status_rule not in ("status/default", "status/breakdown"):
            stated.status, stated.cue, stated.status_rule = figure.status, figure.cue, figure.status_rule
        if stated.place is None:
            stated.place, stated.place_mention, stated.place_rule = figure.place, figure.place_mention, figure.place_rule


def _gapped_copulas(doc: Doc, figures: list[Figure]) -> None:
    """"Thirty-four of them were Tajiks, 21 were Russian citizens and 17 were German": copulas
    joined to a first one whose figure has a status list the same people."""
    def copulas_joined_to(verb: Token) -> set[int]:
        while verb.dep_ in ("conj", "ccomp") and verb.head.lemma_ == "be":
            verb = verb.head
        joined, todo = set(), [verb]
        while todo:
            current = todo.pop()
            joined.add(current.i)
            todo += [c for c in current.children if c.dep_ in ("conj", "ccomp") and c.lemma_ == "be"]
        return joined

    for figure in figures:
        head = doc[figure.count.phrase_head]
        if figure.status_rule not in ("", "status/default") or head.dep_ != "nsubj" or head.head.lemma_ != "be":
            continue
        joined = copulas_joined_to(head.head) - {head.head.i}
        leader = next((f for f in figures if f.status_rule not in ("", "status/default") and
                       doc[f.count.phrase_head].dep_ == "nsubj" and doc[f.count.phrase_head].head.i in joined), None)
        if leader is not None:
            figure.status, figure.cue, figure.status_rule = leader.status, leader.cue, "status/parallel"
            figure.breakdown = leader.breakdown
            if figure.place is None:
                figure.place, figure.place_mention, figure.place_rule = leader.place, leader.place_mention, "place/whole"


def _as_had(doc: Doc, figures: list[Figure]) -> None:
    """"37 men had been convicted, as had 18 women": "as" and a bare auxiliary repeat the predicate
    of the figure before."""
    for n, figure in enumerate(figures):
        verb = doc[figure.count.phrase_head].head
        if n == 0 or figure.status is not None or verb.lemma_ not in ("have", "be", "do") or verb.i == 0 or \
                doc[verb.i - 1].lower_ != "as" or verb.i + 1 != figure.count.start:
            continue
        before = next((f for f in reversed(figures[:n]) if f.status is not None and f.cue is not None), None)
        if before is not None:
            figure.status, figure.cue, figure.status_rule = before.status, before.cue, "status/parallel"


def _second_predicates(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"200 Dagestanis have since returned and been prosecuted": one figure, two statuses;
    a conjoined verb with no subject of its own says a second thing about the same people."""
    cue_at = {c.root: c for c in cues if not c.negated}
    for figure in list(figures):
        if figure.cue is None or figure.dropped or figure.status_rule == "status/default":
            continue
        verb = doc[figure.cue.root]
        if verb.pos_ != "VERB" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children):
            continue  # "traveled or attempted to travel" is one or the other
        for conj in verb.children:
            second = cue_at.get(conj.i)
            if conj.dep_ != "conj" or conj.pos_ != "VERB" or second is None or \
                    second.status not in LATER_STAGES.get(figure.status, ()) or \
                    any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
                continue  # "brought home 39 ... and prosecuted most of them": its own object
            extra = replace(figure, cue=second, status=second.status, status_rule="status/second-predicate",
                            parts=[])
            figures.append(extra)
    # "Five women repatriated in April were arrested on arrival": the small parser makes the
    # participle the clause's verb and the real verb a conjunct or sister clause with no subject
    for figure in list(figures):
        if figure.cue is None or figure.dropped or figure.status_rule == "status/default":
            continue
        second = next((cue_at[v.i] for v in _main_verbs_after_participle(doc[figure.cue.root]) if v.i in cue_at), None)
        if second is not None and second.status in LATER_STAGES.get(figure.status, ()):
            figures.append(replace(figure, cue=second, status=second.status, status_rule="status/second-predicate",
                                   parts=[]))
    # "of the 16 men it has brought back, prosecutors charged every one": the clause says they
    # returned, the verb that governs them a later step
    def owner_of(i: int) -> Figure | None:
        return next((f for f in figures if f.count.start <= i < f.count.end or f.count.noun == i), None)

    for figure in list(figures):
        noun = doc[figure.count.noun] if figure.count.noun is not None else None
        if figure.cue is None or figure.dropped or _is_the_whole_of_a_partitive(doc, figure, figures) or noun is None or not any(
                c.dep_ in ("relcl", "acl") and figure.cue.root in {t.i for t in c.subtree} for c in noun.children):
            continue
        governing = next((cue_at[t.i] for t in _ancestors(noun)[1:6] if t.i in cue_at), None)
        opening = _opening_comma(doc)
        fronted = opening is not None and figure.count.start < opening  # "Of the 11 adults brought back,"
        # (nor when the governing verb's own subject is another figure: "said that of the roughly 60
        # adults who have returned, 48 have been convicted")
        fronted = fronted or governing is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and figure.count.end <= c.i and owner_of(c.i) is not None and
            owner_of(c.i) is not figure
            for c in doc[governing.root].children)
        if governing is None or fronted or governing.status not in LATER_STAGES.get(figure.status, ()):
            continue
        # "charged 103 people who returned": the people the verb acts on are counted for what it
        # says, their clause only says which; "of the 16 men it has brought back, prosecutors charged
        # every one" counts those brought back, and the verb a later step
        phrase = doc[figure.count.phrase_head]
        if phrase.head.i == governing.root and phrase.dep_ in ("dobj", "nsubj", "nsubjpass") or \
                phrase.dep_ == "pobj" and phrase.head.lower_ == "against" and \
                governing.root in (phrase.head.head.i, phrase.head.head.head.i):  # ("brought charges against")
            figure.cue, figure.status, figure.status_rule = governing, governing.status, "status/tree"
        else:
            figures.append(replace(figure, cue=governing, status=governing.status,
                                   status_rule="status/second-predicate", parts=[]))


def _main_verbs_after_participle(participle: Token) -> list[Token]:
    """The finite verbs a reduced relative misread as a clause's verb leaves without a subject:
    "women repatriated in April were arrested" (a conjunct with no 'and') or "that eleven women
    repatriated last month have been charged" (a sister clause of the same reporting verb)."""
    if participle.tag_ != "VBN" and participle.tag_ != "VBD" or \
            any(c.dep_ in ("aux", "auxpass", "cc") for c in participle.children) or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return []
    after = [c for c in participle.children if c.dep_ == "conj" and c.i > participle.i]
    if participle.dep_ == "ccomp":
        after += [c for c in participle.head.children if c.dep_ == "ccomp" and c.i > participle.i]
    return [verb for verb in after if verb.pos_ == "VERB"
            and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "cc") for c in verb.children)
            and not any(t.dep_ == "cc" or t.lower_ in (";", ":") for t in participle.doc[participle.i + 1: verb.i]
                        if t.head.i in (participle.i, participle.head.i))]


def _is_the_whole_of_a_partitive(doc: Doc, figure: Figure, figures: list[Figure]) -> bool:
    """"none of the six women who returned": the verb that governs the phrase is the part's."""
    head = doc[figure.count.phrase_head]
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    holder = head.head.head
    return any(f.count.start <= holder.i < f.count.end for f in figures)


def _repeats_in_the_sentence(doc: Doc, figures: list[Figure]) -> None:
    """"41 had been convicted, and 12 of the 41 were women": "the 41" of a partitive, with no noun of
    its own, is the figure the sentence gave before; its parts are that figure's."""
    for n, figure in enumerate(figures):
        head = doc[figure.count.phrase_head]
        if figure.count.noun is not None or figure.count.start == 0 or doc[figure.count.start - 1].lower_ != "the" \
                or head.dep_ != "pobj" or head.head.lower_ != "of" or not figure.parts:
            continue
        earlier = next((m for m, e in enumerate(figures[:n]) if e.count.value.value == figure.count.value.value
                        and e.count.fraction is None and not e.dropped), None)
        if earlier is None:
            continue
        figure.dropped = "repeats a figure before it"
        for part in figure.parts:
            figures[part].whole = None
            _set_whole(figures, part, earlier)
        figure.parts = []


def _set_whole(figures: list[Figure], part: int, whole: int) -> None:
    if figures[whole].whole == part:
        return
    if figures[part].whole is None:
        figures[part].whole = whole
        figures[whole].parts.append(part)


# ---------------------------------------------------------------- places

def _respectively(doc: Doc, figures: list[Figure], places: list[PlaceMention]) -> None:
    """"Spain and Italy, with roughly 250 and 140 travellers respectively": the n-th figure of a
    coordination is the n-th place's."""
    if not any(t.lower_ == "respectively" for t in doc):
        return

    def coordinated(tokens: list[Token]) -> list[list[int]]:
        chains = []
        for token in tokens:
            if token.dep_ != "conj" or not chains or chains[-1][-1] not in {a.i for a in _ancestors(token)}:
                chains.append([token.i])
            else:
                chains[-1].append(token.i)
        return [c for c in chains if len(c) >= 2]

    # (not where people went: "300 and 200 went to Syria and Iraq respectively"; Somalia as a subject is a place of origin)
    by_root = {m.span(doc).root.i: m for m in places if not m.place.zone or _subject_place(m.span(doc).root)}
    by_head = {doc[f.count.head].i: f for f in figures}
    place_chains = coordinated([doc[i] for i in sorted(by_root)])
    figure_chains = coordinated([doc[i] for i in sorted(by_head)])
    if not figure_chains and place_chains:
        # "brought home 23 and 16 children respectively", where the parser hangs both numbers on the noun:
        # the figures between the places and the word, in their order
        word = next(t.i for t in doc if t.lower_ == "respectively")
        between = [doc[f.count.head].i for f in figures if place_chains[0][-1] < f.count.start < word]
        figure_chains = [between] if len(between) == len(place_chains[0]) else []
    for chain in figure_chains:
        match = next((p for p in place_chains if len(p) == len(chain)), None)
        wholes = [f for f in figures if f.count.end <= by_head[chain[0]].count.start and f.place_mention is not None]
        if match is None and _of_whom(doc, by_head[chain[0]]) and len(wholes) == len(chain) and \
                len({f.place.key for f in wholes}) == len(chain):
            # "Germany had 960 and the United Kingdom 850, of whom 302 and 425 respectively had returned"
            for head, whole in zip(chain, wholes):
                figure = by_head[head]
                figure.place, figure.place_mention, figure.place_rule = whole.place, whole.place_mention, \
                    "place/respectively"
            continue
        if match is None:
            continue
        for head, root in zip(chain, match):
            figure, mention = by_head[head], by_root[root]
            figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/respectively"


def _of_whom(doc: Doc, figure: Figure) -> bool:
    return [t.lower_ for t in doc[max(0, figure.count.start - 2) : figure.count.start]] in (["of", "whom"], ["of", "which"])


def _subject_place(root: Token) -> bool:
    """"Sudan and Somalia ... brought home 14 and seven": a place that is, or is joined to, a clause's subject."""
    return _first_of_the_places(root).dep_ in ("nsubj", "nsubjpass")


def _first_conjunct(token: Token) -> Token:
    """The first item of the coordination a token is in ("12 women and 28 children" -> women)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _countries_together(doc: Doc, figures: list[Figure], places: list[PlaceMention]) -> None:
    """"640 people left Sweden, Denmark, Norway and Finland", "Kazakhstan, Uzbekistan and Tajikistan
    had together repatriated more than 1,200": one figure for three or more countries joined (two
    when "together", "combined" or "between them" says so) counts their region's people, when the
    lexicon has a region made of them all; a figure for each country ("respectively") is no such."""
    if len(places) < 2 or any(t.lower_ in ("respectively", "each") or t.lower_ == "all" and
                              t.dep_ not in ("det", "predet") for t in doc):
        return  # ("France, Germany and the UK all sit below 30": a figure for each)
    by_root = {m.span(doc).root.i: m for m in places}
    taken = {f.place_mention.start for f in figures if f.place_mention is not None}
    for figure in figures:
        mention = figure.place_mention
        if mention is None or mention.place.type != "country" or figure.place_rule == "place/each":
            continue
        root = _first_of_the_places(mention.span(doc).root)
        joined = [by_root[t.i] for t in root.subtree if t.i != root.i and t.dep_ == "conj" and t.i in by_root
                  and _first_of_the_places(t).i == root.i]
        countries = [by_root.get(root.i, mention)] + joined
        if any(m.place.type != "country" or m.place.zone for m in countries) or \
                any(m.start in taken and m is not mention for m in joined):
            continue
        said_together = any(t.lower_ in ("together", "combined", "jointly") or t.lower_ == "between" and
                            t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "them" for t in doc)
        # (not "courts in Düsseldorf, Frankfurt, Munich and Hamburg": one country's cities)
        distinct = {m.place.key for m in countries}
        if len(distinct) >= 3 or len(distinct) == 2 and said_together:
            # (no region made of them all: "bound for the Netherlands, Germany, Canada, Austria and Finland")
            named = all(m.form == "name" for m in countries)  # (not "seven Germans, a Dane and a Swede": each its own)
            region = region_of(distinct) or (place_by_key("world") if len(distinct) >= 3 and named else None)
            if region is not None:
                figure.place, figure.place_rule = region, "place/countries-together"


def _first_of_the_places(root: Token) -> Token:
    """The first place of a coordination of places ("Sudan and Somalia"), which holds its role in the clause."""
    while root.dep_ == "conj" and root.head.ent_type_ == PLACE_LABEL:
        root = root.head
    return root


def _in_a_share_aside(doc: Doc, mention: PlaceMention) -> bool:
    """"56,000 people are held in al-Hol, most of them Syrians and Iraqis": the places of a share
    set off after the figure, when several or the war's own, are where most of its people are from,
    not where all of them are ("40 people, most of them Belgians" still counts Belgians)."""
    first = _first_of_the_places(mention.span(doc).root)
    several = any(c.dep_ == "conj" and c.ent_type_ == PLACE_LABEL for c in first.children)
    if not (several or mention.place.zone):
        return False
    first = min(first.i, mention.start) if first.ent_type_ == PLACE_LABEL else mention.start
    before = doc[max(first - 3, 0) : first]
    return len(before) == 3 and before[0].lemma_.lower() in SHARE_WORDS and before[1].lower_ == "of" and \
        before[2].lower_ in ("them", "whom") and first - 3 > 0 and doc[first - 4].is_punct


def _on_the_route(doc: Doc, mention: PlaceMention) -> bool:
    """The sentence names the mention's country as a stop on the way ("flown out via Beirut")."""
    return any(t.ent_type_ == PLACE_LABEL and t.ent_id_.split("|")[0] == mention.place.key and
               t.head.lower_ in ("via", "through") and not mention.start <= t.i < mention.end for t in doc)


def _names_a_non_state_source(token: Token) -> bool:
    """The place names the body in "according to U.S. Central Command", not a state's own
    institution: its country's people are not what that body counts."""
    head = token
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head is not token and head.dep_ == "pobj" and head.head.lower_ == "to" and \
        head.head.head.lower_ == "according" and head.lemma_.lower() not in INSTITUTIONS


def _compared_with(token: Token) -> bool:
    """The token is inside the "than" phrase of a comparative: what the figure is compared with."""
    for ancestor in list(token.ancestors)[:5]:
        if ancestor.lower_ == "than" and ancestor.dep_ in ("prep", "mark", "cc") and \
                (ancestor.head.tag_ in ("JJR", "RBR") or any(c.tag_ in ("JJR", "RBR") for c in ancestor.head.children)):
            # (not "stricter than in Belgium, where more than 400 people left": the phrase's own figure)
            return not any(t.like_num for t in ancestor.subtree)
    return False


LEAVING_OUT = (("excluding",), ("not", "counting"), ("except",), ("except", "for"), ("apart", "from"), ("aside", "from"))


def left_out(doc: Doc, mention: PlaceMention) -> bool:
    """The place follows "excluding", "not counting", "apart from" and its phrase holds no figure
    ("apart from the 40 Germans, 20 Austrians returned" still counts the Germans)."""
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start] if t.lower_ != "the"]
    return any(tuple(before[-len(words):]) == words for words in LEAVING_OUT) and \
        not any(t.like_num for t in mention.span(doc).root.subtree)


def _place_role(doc: Doc, mention: PlaceMention) -> str:
    """origin, destination or neutral, from the place's attachment in the parse."""
    root = mention.span(doc).root
    if mention.form in ("name", "demonym"):
        root = _first_of_the_places(root)  # "deported from Turkey, the UAE or Saudi Arabia": the list's place in the clause
    head = root.head
    if mention.end < len(doc) and doc[mention.end].text == "-" and not doc[mention.end - 1].whitespace_:
        return "destination"  # "a US-assisted operation", "Turkish-backed forces"
    if root.dep_ == "poss" and head.lemma_.lower() in STATE_ACTS:
        return "destination"  # "since Russia's full-scale invasion": the state's act, not its people
    if _compared_with(root):
        return "destination"  # "a higher share than in most Western European countries": a yardstick
    if _side_taken(root):
        return "destination"  # "had joined Ukraine's International Legion": the side they took
    if mention.start > 0 and doc[mention.start - 1].lower_ in ("neither", "nor", "not"):
        return "destination"  # "2,000 of them are neither Syrian nor Iraqi": who they are not
    if left_out(doc, mention):
        return "destination"  # "12,000 foreigners ... not counting Iraqis": who the figure leaves out
    if _names_a_non_state_source(root):
        return "destination"  # "..., according to U.S. Central Command": who counted them
    if mention.form == "name" and root.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in COUNTRY_NOUNS \
            and not mention.place.zone:
        # "from an EU country", "citizens of EU member states": the bloc's states are the bloc's role
        return "origin" if head.dep_ == "pobj" and head.head.lower_ in ("from", "of") else "neutral"
    if mention.form == "name" and root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" \
            and not _counts_people(head) and head.lemma_.lower() not in INSTITUTIONS:
        return "destination"  # "a US military aircraft", "the Syria conflict": a thing, not who went
    if mention.form in ("demonym", "people"):
        if root.dep_ in ("amod", "compound", "nmod") and head.lemma_.lower() in COUNTRY_NOUNS and head.tag_ == "NN" and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) and \
                head.dep_ == "pobj" and head.head.lower_ == "by":
            return "destination"  # "one of the first repatriations by a European state": some state of the region
        if root.dep_ in ("amod", "compound", "nmod") and head.lemma_.lower() in COUNTRY_NOUNS:
            # "from the five Central Asian states": the states' role is the region's
            return "origin" if head.dep_ == "pobj" and head.head.lower_ == "from" else "neutral"
        if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and not _counts_people(head):
            # (or by a verb joined to one: "arrested by Turkish police and expelled to France")
            if head.lemma_.lower() in INSTITUTIONS and head.dep_ == "pobj" and head.head.dep_ == "agent" and \
                    any(verb.lemma_ in SENT_BACK_LEMMAS or _sends_foreigners_out(verb) for verb in
                        [head.head.head, *(c for c in head.head.head.children if c.dep_ == "conj")]):
                return "destination"  # "deported by Turkish authorities": not Turks
            if head.lemma_.lower() in INSTITUTIONS and head.dep_ == "pobj" and head.head.dep_ == "agent" and \
                    head.head.head.lemma_ in COURT_LEMMAS and mention.place.zone:
                return "destination"  # "sentenced by Iraqi courts": the war's courts try foreigners, not their own
            if head.lemma_.lower() in INSTITUTIONS and head.dep_ == "nsubj" and _sends_foreigners_out(head.head):
                return "destination"  # "Turkish police turned back 1,500": not Turks
            if head.lemma_.lower() in INSTITUTIONS and head.dep_ == "pobj" and head.head.lower_ in ("from", "of") and \
                    head.head.head.lemma_.lower() in HELP_NOUNS and _on_the_route(doc, mention):
                return "destination"  # "flown out via Beirut with help from the Lebanese security services"
            if head.lemma_.lower() in INSTITUTIONS:
                return "neutral"  # "the Uzbek Foreign Ministry ... repatriated 530": its own citizens
            if head.lemma_.lower() in DEPARTURE_POINTS and not mention.place.zone and mention.place.key not in TRANSIT:
                return "origin"  # "stopped at German airports": they were leaving Germany
            if head.lemma_.lower() in HOME_CUSTODY and not mention.place.zone and mention.place.key not in TRANSIT:
                return "origin"  # "Moroccan prisons hold 200 returnees": held at home
            if head.lemma_.lower() in VEHICLES and not mention.place.zone and mention.place.key not in TRANSIT and \
                    any(c.lemma_.lower() in STATE_MARKS for c in head.children):
                # ("A Russian plane carrying 30 children landed in Tashkent": whose plane says nothing of whose people)
                return "origin"  # "A Belgian Air Force plane carrying three mothers": a state's plane flies its people home
            return "destination"  # "Syrian camps", "the Syrian war": not who went
        return "origin"
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ in DEPARTURE_LEMMAS:
        return "origin"
    if root.dep_ == "nsubj" and _sends_foreigners_out(head):
        return "destination"  # "Turkey deported 501 others": the state that sent them out
    if root.dep_ == "pobj" and head.lower_ in ("with", "of", "to") and head.head.lemma_.lower() in LOCATION_NOUNS:
        return "destination"  # "at the crossings with Serbia", "the border of Turkey": a spot on the map
    if root.dep_ == "pobj" and head.lower_ == "across" and head.head.lower_ == "from":
        return "origin"  # "5,000 people travelled from across the European Union"
    if root.dep_ == "pobj" and head.dep_ in ("prep", "dative", "agent"):
        preposition = head.lower_
        governor = head.head
        if head.dep_ == "agent" and (governor.lemma_ in EXPELLING_LEMMAS or _sends_foreigners_out(governor)):
            return "destination"  # "the two were deported by Turkey": the state that sent them out
        if head.dep_ == "agent" and governor.lemma_ in CAPTURING_LEMMAS and mention.form == "name" and \
                not any(c.dep_ == "prt" for c in governor.children) and \
                (mention.place.zone or governor.lemma_ == "capture" or _as_prisoners_of_war(doc)):
            # (a state holding its own returnees is no captor: "Twelve returnees were detained by Tunisia")
            return "destination"  # "five others were being held by Ukraine as prisoners of war": their captor
        # ("23 men who flew from Bogota to Warsaw" flew themselves out, not home; not people flying out of the
        # war or a country on the way: "The 12 women flew from Erbil to Paris")
        flew_themselves = governor.lemma_ == "fly" and not any(c.lower_ in ("back", "home") for c in governor.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in governor.children) and \
            not out_of_the_war_or_a_transit_country(governor)
        if preposition == "from":
            if mention.place.key in TRANSIT and governor.pos_ == "VERB":
                return "destination"  # "crossed into Syria from Turkey": the route, not where they come from
            if _received_by_way_of(mention, governor):
                return "destination"
            if governor.lemma_ in SENT_BACK_LEMMAS and not flew_themselves or governor.lower_ in ("back", "home"):
                return "destination"  # "deported from Turkey", "brought back from Syria"
            return "destination" if mention.place.zone else "origin"
        if preposition == "to" and governor.lemma_ in ATTRIBUTING_LEMMAS:
            return "origin"  # "attributes 5,904 of the affiliates to Western Europe"
        if _tie_noun(root) is not None and not mention.place.zone:
            return "origin"  # "190 people with a connection to Canada"
        home_on_verb = any(c.lower_ in ("back", "home") for c in governor.children)
        # ("came home to France", with "to France" hung on the verb beside "home")
        if preposition in ("to", "into") and (governor.lower_ in ("back", "home") or
                                              home_on_verb and not mention.place.zone or
                                              governor.lemma_ in HOME_MOVERS and not flew_themselves) and \
                not (governor.dep_ == "xcomp" and governor.head.lemma_ in ATTEMPT_LEMMAS) and \
                not (governor.lemma_ in INTO_THE_WAR_MOVERS and mention.place.zone and not home_on_verb):
            return "origin"  # ("tried to fly to Turkey": where they were going; "sent 150 people to Syria")
        if preposition == "to" and governor.pos_ == "NOUN" and _counts_people(governor) and \
                any(c.dep_ == "nummod" for c in governor.children) and not mention.place.zone and \
                any(t.lemma_.lower() in RETURN_NOUNS and t.pos_ == "NOUN" for t in doc):
            return "origin"  # "welcomed the return last week of 10 women and 25 children to France"
        # (and "raised its estimate for Russia to 4,500", "the figure for Belgium")
        if preposition == "for" and not mention.place.zone and (governor.like_num or any(
                c.dep_ == "dobj" and c.lemma_.lower() in TOTAL_NOUNS for c in governor.children) or
                governor.lemma_.lower() in TOTAL_NOUNS):
            # ("gave a figure of around 500 for Uzbekistan")
            return "origin"  # "about 300 for Bosnia, some 155 for North Macedonia": a figure's country
        if preposition == "in" and not mention.place.zone and (governor.lower_ in ("back", "home") or governor.like_num):
            return "origin"  # "800 fighters are back in Tunisia", "compared with 271 in France"
        if preposition == "in" and not mention.place.zone and mention.place.key not in TRANSIT and \
                governor.lemma_ in COURT_LEMMAS and governor.pos_ == "VERB" and not _a_part_of_people_before(governor):
            return "origin"  # "at least four people have been convicted in Canada": its courts, its people
        if preposition == "in" and not mention.place.zone and governor.pos_ == "NOUN" and _counts_people(governor) \
                and any(c.like_num for c in governor.children):
            return "origin"  # "162 people in the United States have been charged"
        if _subject_read_as_a_dates_object(doc, mention, governor):
            return "origin"
        after = doc[mention.end].text if mention.end < len(doc) else ""
        # (not one after its verb: "1,986 fought for Ukraine, mostly in the International Legion": the side they took)
        if preposition in ("in", "for", "across") and (mention.start <= 3 or after in (",", "—", "–") and
                                                       not (preposition == "for" and governor.lemma_ in SIDE_VERBS)) and \
                not (mention.place.zone and mention.start > 3):
            return "neutral"  # "In Belgium, ...", "that for the United States, 129 ..."
        if preposition == "in" and not mention.place.zone and governor.pos_ in ("VERB", "AUX") and head.i < governor.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i for c in governor.children):
            return "neutral"  # "he said that in South-East Asia around 1,000 persons had travelled": fronted, a topic
        if preposition in DESTINATION_PREPOSITIONS:
            return "destination"
    if mention.place.zone and root.dep_ == "nsubj" and _brings_its_own_home(head):
        return "neutral"  # "Iraq has taken back more than 9,000 people": a state of the war brings its own people home too
    if mention.place.zone:
        return "destination"
    return "neutral"


def _as_prisoners_of_war(doc: Doc) -> bool:
    """"held by Russia as prisoners of war", "POWs": people a belligerent holds."""
    text = " " + " ".join(t.lower_ for t in doc) + " "
    return any(f" {phrase} " in text for phrase in CAPTIVITY_PHRASES)


def _side_taken(place: Token) -> bool:
    """A country on an armed force that people join, fight or serve in: "had joined Ukraine's
    International Legion", "enlisted with Russian forces", "died fighting in the Ukrainian army"."""
    force = place.head
    if place.dep_ not in ("poss", "amod", "compound", "nmod") or force.lemma_.lower() not in ARMED_FORCES:
        return False
    verb = force.head.head if force.dep_ == "pobj" and force.head.lower_ in ("in", "into", "with", "for") else \
        force.head if force.dep_ == "dobj" else None  # (not "recruited from Russia's army")
    return verb is not None and (verb.lemma_.lower() in SIDE_VERBS | JOINING_LEMMAS or verb.lower_ == "fighting")


def _brings_its_own_home(verb: Token) -> bool:
    """"has repatriated", "has taken back", "brought home": a verb of a state bringing its own people home
    (the parser may hang "home" on the object of bringing: "Iraq brings 705 more citizens home"; not
    "Iraq sends 200 more women home", foreigners it sends out)."""
    home = any(c.lower_ in ("back", "home") for c in verb.children) or verb.lemma_ in ("bring", "fly", "take") and any(
        c.lower_ in ("back", "home") and c.dep_ == "advmod" for o in verb.children if o.dep_ == "dobj" for c in o.children)
    return verb.pos_ == "VERB" and (verb.lemma_ == "repatriate" or home and (
        verb.lemma_ == "take" or verb.lemma_ in HOME_MOVERS and verb.lemma_ not in EXPELLING_LEMMAS))


def _a_part_of_people_before(verb: Token) -> bool:
    """"Five of them were later convicted in Spain": the subject is a part of people already counted."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(p.lower_ == "of" and any(
        o.lower_ in ANAPHORS for o in p.children) for p in c.children) for c in verb.children)


def _subject_read_as_a_dates_object(doc: Doc, mention: PlaceMention, verb: Token) -> bool:
    """"and in October Belgium brought back 16 children": the small parser reads the country as a
    second object of "in October"; right before a verb that has no subject, it is the subject."""
    root = mention.span(doc).root
    return verb.pos_ == "VERB" and mention.end == verb.i and \
        any(t.ent_type_ == "DATE" for t in doc[root.head.i + 1 : mention.start]) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _tie_noun(place: Token) -> Token | None:
    """The tie a place is the object of: "links" in "with links to Italy", "to the country"."""
    if place.dep_ == "pobj" and place.head.lower_ == "to" and place.head.head.lemma_.lower() in TIE_NOUNS:
        return place.head.head
    return None


def _ties_the_figure(doc: Doc, figure: Figure, tie: Token) -> bool:
    """The tie is the figure's: on its noun ("fighters with links to Italy") or its clause's object
    ("87 foreign fighters have links to Italy")."""
    head = doc[figure.count.phrase_head]
    return tie.head.i == head.i or tie.head.dep_ == "prep" and tie.head.head.i == head.i or \
        tie.dep_ == "dobj" and tie.head.i == head.head.i and head.dep_ == "nsubj"


def _sends_foreigners_out(verb: Token) -> bool:
    """"deported", "expelled", "turned back", "sent back": what a state does to other states' people."""
    return verb.lemma_ in DEPORTING_LEMMAS or verb.lemma_ in ("turn", "send") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def state_sending_out(doc: Doc, figure: Figure) -> str | None:
    """The key of the state that deports or expels the figure's people ("Italy has instead expelled
    55 people"): they are other states' people, whatever country the passage is about."""
    head = doc[figure.count.phrase_head]
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or not _sends_foreigners_out(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ == PLACE_LABEL
                    and "|" in c.ent_id_), None)
    return subject.ent_id_.split("|")[0] if subject is not None else None


def _names_whose_people(doc: Doc, mention: PlaceMention) -> bool:
    """A place that can say whose people a sentence counts, unlike a demonym on other people ("a
    flight that also carried Danish nationals", "a faction made up largely of ethnic Uzbeks"),
    which the figure's own phrase would have named."""
    root = mention.span(doc).root
    return not (mention.form in ("demonym", "people") and (_counts_people(root) or _counts_people(root.head)))


def _received_by_way_of(mention: PlaceMention, governor: Token) -> bool:
    """"received about 250 people from Turkey", "receiving 20 deportees from Turkey": people a state
    took in from the transit state came back by way of it ("Islamic State received 2,000 recruits
    from Turkey" did not). The "from" hangs on the verb or on its object."""
    return mention.place.key in TRANSIT and a_state_receives(governor.head if governor.dep_ == "dobj" else governor)


def _sent_out_of(doc: Doc, mention: PlaceMention) -> bool:
    """"deported from Turkey", "expelled from Iraq": the state that sent people out, not theirs."""
    root = mention.span(doc).root
    governor = root.head.head
    if governor.lower_ in ("back", "home"):
        governor = governor.head  # "the 430 sent back from Turkey"
    return root.dep_ == "pobj" and root.head.lower_ == "from" and (
        governor.lemma_ in SENT_BACK_LEMMAS or governor.lemma_ in EXPELLING_LEMMAS or _received_by_way_of(mention, governor))


def _modifies_no_people(token: Token) -> bool:
    """A modifier whose phrase names a thing: "foreign-fighter law", not "foreign fighters"."""
    while token.dep_ in ("amod", "compound") and token.head.i != token.i:
        token = token.head
    return token.pos_ == "NOUN" and not _counts_people(token) and token.lemma_.lower() not in WORLD_NOUNS


def _counts_people(token: Token) -> bool:
    subject = noun_subjects().get(token.lemma_.lower()) or noun_subjects().get(token.lower_)
    return subject is not None and subject != "not_people"


def _deaths_in_a_camp(doc: Doc, figures: list[Figure]) -> None:
    """"79 children died in al-Hol alone", "the deaths of at least 40 children in the camp": people
    who died in a camp are of its population, from everywhere, not the passage's country."""
    if not any(t.lower_ in CAMP_WORDS for t in doc):
        return
    for figure in figures:
        if figure.status == "killed" and not figure.dropped and figure.count.subject == "children" and \
                (figure.place is None or figure.place_rule in ("place/tree", "place/tree-near")):
            figure.place, figure.place_mention, figure.place_rule = place_by_key("world"), None, "world/held"


def _caught_trying(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"arrested 104 people who were trying to cross the river to join the militants": the people
    the arrest counts are named by the attempt it stopped; they tried to go."""
    for figure in figures:
        if figure.status != "detained" or figure.cue is None or figure.count.noun is None or figure.dropped:
            continue
        # (or "arrested 14 Egyptians attempting to reach ...", the attempt read as the arrest's complement)
        attempt = next((c for c in cues if c.status == "attempted" and not c.negated and _aims_at_the_war(doc[c.root])
                        and (doc[c.root].dep_ in ("relcl", "acl") and doc[c.root].head.i == figure.count.noun or
                             doc[c.root].dep_ == "xcomp" and doc[c.root].tag_ == "VBG" and
                             doc[c.root].head.i == figure.cue.root and doc[figure.count.noun].dep_ == "dobj" and
                             doc[figure.count.noun].head.i == figure.cue.root)), None)
        if attempt is not None:
            figure.status, figure.cue, figure.status_rule = "attempted", attempt, "status/caught-trying"


def _aims_at_the_war(verb: Token) -> bool:
    """The attempt is to reach the war: a country of it, an armed group, "abroad", "the militants"
    ("trying to join a protest" or "to get fake passports" is not)."""
    return any(t.ent_type_ == PLACE_LABEL and t.ent_id_.split("|")[0] in load_places() and
               place_by_key(t.ent_id_.split("|")[0]).zone or
               t.lemma_.lower() in ARMED_GROUPS or t.lower_ in WAR_AIMS for t in verb.subtree)


def _through_a_parent(figures: list[Figure], figure: Figure) -> bool:
    """"children with a Belgian parent": whose they are, which says nothing of where they went."""
    whole = figures[figure.whole] if figure.whole is not None else None
    return figure.place_rule == "place/parent" or whole is not None and whole.place_rule == "place/parent"


def _the_last_of_joined_verbs(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"18 Indonesians who surrendered to Kurdish-led forces and were flown home", "20 Belgians were
    arrested in Syria and later repatriated", "1,042 men and women who travelled ... and later
    returned home": people held abroad or gone and then brought or come home are counted home (not
    "returned and were arrested", which counts the arrest)."""
    by_root = {c.root: c for c in cues if not c.negated}
    for figure in figures:
        if figure.cue is None or figure.status_rule != "status/tree" or doc[figure.cue.root].pos_ != "VERB":
            continue
        verb, last = doc[figure.cue.root], None
        while True:
            joined = _joined_verb(verb)
            if joined is None:
                # "who travelled ... to join jihadist groups ... and later returned home": the parser
                # hangs the last verb on the purpose clause
                purpose = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
                joined = _joined_verb(purpose) if purpose is not None and last is None else None
                if joined is not None and joined.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
                    joined = None  # ("went to Syria to train and return home to carry out attacks": the purpose)
            if joined is None:
                break
            verb = joined
            cue = by_root.get(verb.i) or next((by_root[g.i] for g in verb.children if g.i in by_root and
                                              g.dep_ in ("advmod", "prt", "acomp")), None)
            last = cue or last
        # (people gone abroad only in a clause that describes them, "1,042 men and women who travelled
        # ... and later returned home"; not "403 citizens travelled ..., 110 women and children brought back")
        gone_and_back = figure.status == "departed" and doc[figure.cue.root].dep_ in ("relcl", "acl") and not any(
            t.dep_ in ("nsubj", "nsubjpass", "mark") for t in doc[figure.cue.root + 1 : verb.i])
        if last is not None and (figure.status == "detained" or gone_and_back) and last.status == "returned" and \
                not sent_on_to_the_war_or_a_transit_country(verb):
            figure.cue, figure.status = last, last.status


def _joined_verb(verb: Token) -> Token | None:
    """The verb joined to this one that shares its subject (not one with people of its own,
    "holding 1,200 and had deported 7,600", nor one that may yet happen, "could be flown home")."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
                 not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") or g.dep_ == "aux" and g.tag_ == "MD"
                         for g in c.children)), None)


def _registered_in_a_camp(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"it has registered 43 Tunisian children in Syrian camps", "the 700 foreign children its teams
    recorded in the camps": people counted where they are held are detained; the count is only how
    anyone knows."""
    for figure in figures:
        if figure.status != "identified" or figure.cue is None or figure.status_rule != "status/tree":
            continue
        anchors = {figure.cue.root, figure.count.phrase_head}
        for cue in cues:
            if cue.status != "detained" or cue.negated or \
                    not any(t.lower_ in CAMP_WORDS for t in doc[cue.start : cue.end]):
                continue
            where = doc[cue.start]  # "in Syrian camps" on the counting verb or the counted noun
            if where.dep_ == "prep" and where.head.i in anchors:
                figure.cue, figure.status = cue, "detained"
                break


def _held_by_a_camp(doc: Doc, figure: Figure) -> bool:
    """The figure is what a camp, a prison or the force running them holds: "Roj ... holds about
    2,600 people", "al-Hol camp, which at its peak held more than 70,000", "the SDF were holding
    about 9,000 suspected fighters"."""
    head = doc[figure.count.phrase_head]
    if head.dep_ == "pobj" and head.head.lower_ == "like" and head.head.head.lower_ == "something":
        head = head.head.head  # "is now holding something like 70,000 people"
    verb = head.head
    # (not "About 40 residents of Roj camp are British": the clause says who they are)
    said_of = [t for t in head.head.subtree if not head.left_edge.i <= t.i <= head.right_edge.i] \
        if head.dep_ in ("nsubj", "nsubjpass") else []
    if head.lemma_.lower() in ("resident", "inhabitant", "inmate") and \
            not any(c.ent_type_ == PLACE_LABEL for c in head.children) and \
            not any(t.ent_type_ == PLACE_LABEL for t in said_of) and \
            any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(t.lower_ in CAMP_WORDS for t in c.subtree)
                for c in head.children):
        return True  # "2,400: residents of Roj camp", "5,000 residents of al-Hol": the camp's people
    if head.dep_ != "dobj" or verb.lemma_ not in HOLDING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp"):
        # "Roj camp is smaller and holds about 2,600 people": the subject of the verb it is joined to;
        # "the SDF continues to hold roughly 9,000 fighters": of the verb it completes
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "al-Hol camp, which ... held"
    if subject is not None and any(c.ent_type_ == PLACE_LABEL and c.dep_ in ("amod", "compound", "poss")
                                   for c in subject.children):
        return False  # "Moroccan prisons hold another 200 returnees": a country's own prisons, its own people
    return subject is not None and (subject.lower_ in MIXED_HOLDERS or subject.lemma_.lower() in MIXED_HOLDERS)


def _place(doc: Doc, figures: list[Figure], places: list[PlaceMention], matches, owner: dict[int, int],
           brackets: list[tuple[PlaceMention, list[int]]]) -> None:
    by_token = {i: p for p in places for i in range(p.start, p.end)}
    # "Morocco at 1,660, ...; Libya at 600 to 1,500": in a list of origins a conflict zone is one too
    origin_list = any(rule in ("place/at", "place/listed") and not by_token[i].place.zone for rule, roles in matches
                      for i in roles.get("place", [])[:1] if i in by_token)
    # 1. constructions
    for rule, roles in matches:
        if rule.startswith("place/"):
            counts = _counts_in(roles.get("count", []), owner)
            mention = next((by_token[i] for i in roles.get("place", []) if i in by_token), None)
            if not counts or mention is None:
                continue
            if mention.place.zone and any(doc[i].pos_ == "VERB" for i in roles.get("gap", [])):
                continue  # "returned from Syria"
            if rule == "place/comma-with" and _place_role(doc, mention) == "destination":
                continue  # "moved from Roj to Turkey, with 12 later deported": where they went, not whose
            if rule in ("place/from", "place/from-at") and (mention.place.zone or _sent_out_of(doc, mention)) and \
                    _place_role(doc, mention) == "destination":
                continue  # "returned from Syria", "430 deported from Turkey", "received 250 people from Turkey"
            zone_here = mention.place.zone and not (origin_list and mention.span(doc).root.dep_ != "pobj")
            if rule == "place/listed" and mention.place.zone and not origin_list:
                continue  # ("Tunisia provided 2,926, Libya about 600": in a list of origins a conflict zone is one too)
            if rule == "place/noun-phrase" and mention.place.zone and mention.form == "name":
                continue  # "three Syria returnees", "Iraq veterans": where they were, named on the noun
            if rule == "place/were" and mention.place.zone:
                continue  # "roughly 3,000 are Iraqi": a camp's own people, or "were Syria veterans"
            if rule == "place/at" and (zone_here or _mid_sentence_colon(doc, mention)):
                continue  # "in Syria stands at 190", "the highest rate in Europe: 498 of its citizens"
            n = counts[-1] if rule in ("place/possessive", "place/at", "place/possessive-at", "place/number-of-at") else counts[0]
            if not figures[n].place or _stronger(rule, figures[n].place_rule):
                figures[n].place, figures[n].place_mention, figures[n].place_rule = mention.place, mention, rule
        elif rule.startswith("world/"):
            counts = _counts_in(roles.get("count", []), owner)
            world = roles.get("world", [])
            if world and any(t.lower_ in ("two", "both", "these", "those", "2") for t in doc[max(world[0] - 1, 0) : world[-1] + 1]):
                continue  # "from the two countries": Syria and Iraq, not the world
            # "countries of the Commonwealth of Independent States": that region, not the world
            region = next((m.place for m in places if m.place.type == "region" and m.start in (world[-1] + 2, world[-1] + 3)
                           and doc[world[-1] + 1].lower_ in ("of", "in")), None) if world else None
            world_place = region or place_by_key("world")
            if counts and _sent_home_to_many(doc, world) and (figures[counts[0]].place or figures[counts[0]].whole is not None):
                continue  # "helped one Finnish child return to their countries": where each went, not who they are
            if counts and (not figures[counts[0]].place or figures[counts[0]].place_rule.startswith("place/")):
                figures[counts[0]].place, figures[counts[0]].place_rule = world_place, rule
    for figure in figures:
        origin = _people_from(doc, figure, by_token)
        if origin is not None:
            figure.place, figure.place_mention, figure.place_rule = origin.place, origin, "place/from"
    # "Kazakhstan (around 1,100 departed; 754 returned)": figures in brackets after a place are its own
    for mention, inside in brackets:
        for n in inside:
            figures[n].place, figures[n].place_mention, figures[n].place_rule = mention.place, mention, "place/bracket"
    # "In Norway, the service puts the figure at under 100": a sentence's topic place
    region_topics = []
    for rule, roles in matches:
        if rule.startswith("topic/"):
            mention = next((by_token[i] for i in roles.get("place", []) if i in by_token), None)
            after = by_token.get(mention.end + 1) if mention is not None and mention.place.type != "country" else None
            if after is not None and after.place.type == "country" and not after.place.zone:
                mention = after  # "In the Western Balkans, Kosovo, which sent ...": the country named next is the topic
            if mention is not None and mention.place.type != "country":
                region_topics.append(mention)  # a country the parse ties the figure to comes first
            elif mention is not None and not mention.place.zone:
                _place_by_topic(figures, mention)
    # "500 foreign women": people from many places, whatever institution holds them
    for figure in figures:
        noun = counted_noun(doc, figure)  # "the number of foreign fighters deported ... to 9,208"
        after = doc[figure.count.end : figure.count.end + 3]
        if noun is None and len(after) == 3 and after[0].lower_ == "of" and after[1].lower_ in ANAPHORS and \
                after[2].lemma_.lower() in WORLD_NOUNS:
            noun = after[2]  # "about 2,000 of them foreigners"
        head = doc[figure.count.head]
        if (noun is None or figure.partitive) and head.dep_ == "nsubj" and head.head.lemma_ == "be":
            # "about 2,000 of them are foreigners", "some 8,000 of those women and children are foreigners"
            noun = next((c for c in head.head.children if c.dep_ == "attr" and c.lemma_.lower() in WORLD_NOUNS), noun)
        owners = [o for prep in noun.children if prep.lower_ == "of" for o in prep.children] if noun is not None else []
        # "Turkey was holding about 1,200 foreign suspects": a holder named in the tree is no origin
        # ("- Belgium: 413 foreign terrorist fighters left": a list's own place, not a holder)
        placed_by_tree = figure.place_rule in ("place/tree", "place/tree-near") or figure.place_rule == "place/at" and (
            figure.place.zone or figure.place.key in TRANSIT)
        # ("87 foreign fighters have links to Italy", "146 foreign fighters with links to the country": theirs)
        ties = [_tie_noun(m.span(doc).root) for m in places] + \
            ([_tie_noun(t) for t in doc if t.lower_ == "country"] if figure.place is None else [])
        if any(tie is not None and _ties_the_figure(doc, figure, tie) for tie in ties):
            continue
        if figure.breakdown and noun is not None and noun.lemma_.lower() not in WORLD_NOUNS:
            continue  # "123 citizens ...: 10 foreign terrorist fighters, 36 women": its whole's people
        if (figure.place is None or placed_by_tree) and noun is not None and (noun.lemma_.lower() in WORLD_NOUNS or
                any(c.lower_ in WORLD_MODIFIERS for t in [noun] + owners + [c for c in noun.children if c.dep_ == "compound"]
                    for c in t.children)):
            figure.place, figure.place_rule = place_by_key("world"), "world/foreign"  # "children of the foreign women"
        elif figure.place is None and _from_anywhere_but_the_war(doc, figure, noun):
            figure.place, figure.place_rule = place_by_key("world"), "world/outside"
    # "Al-Hol alone still holds more than 40,000 people": a camp's whole population is from everywhere
    for figure in figures:
        if figure.place is None and _held_by_a_camp(doc, figure):
            figure.place, figure.place_rule = place_by_key("world"), "world/held"
    # "the National Security Committee of Kazakhstan has brought 595 of its citizens home":
    # "its" is the subject's country
    for figure in figures:
        if figure.place is None or figure.place_rule not in STRONG_PLACE_RULES:
            mention = _possessor_place(doc, figure, places)
            if mention is not None:
                figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/possessor"
    # "102 Malaysians ..., and 40 of the 102 had been killed": the bare 102 is the same people
    for figure in figures:
        if figure.count.noun is None:
            same = next((f for f in figures if f is not figure and f.count.noun is not None
                         and f.count.value.value == figure.count.value.value), None)
            if same is not None:
                figure.subject = figure.subject or same.count.subject or ""  # "seven of its fighters, and all seven"
                if figure.place is None and same.place is not None:
                    figure.place, figure.place_mention, figure.place_rule = same.place, same.place_mention, same.place_rule
    # "captured 19 foreign fighters ..., nine of them Kenyans": a part that names its own people
    starts = {m.start: m for m in places if m.form in ("demonym", "people")}
    for figure in figures:
        end = figure.count.end
        mention = starts.get(end + 2)
        born = mention is not None and [t.lower_ for t in doc[mention.end : mention.end + 2]] == ["-", "born"]
        if figure.whole is not None and [t.lower_ for t in doc[end : end + 2]] == ["of", "them"] and mention is not None \
                and not born:  # (not "six of them Russian-born Austrians")
            figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/were"
    # 2. a part takes its whole's place
    for figure in _wholes_first(figures):
        if figure.place is None and figure.whole is not None and figures[figure.whole].place is not None:
            whole = figures[figure.whole]
            figure.place, figure.place_mention, figure.place_rule = whole.place, whole.place_mention, "place/whole"
    # "Germany and France have brought back dozens, and Kazakhstan, in a series of operations,
    # repatriated more than 600": the parser hangs the second subject on the first verb
    for figure in figures:
        if figure.place is None:
            mention = _gapped_subject(doc, figure, places)
            if mention is not None:
                figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/gapped-subject"
    # 3. the nearest origin or neutral place in the tree, never through another figure
    roles = {id(p): _place_role(doc, p) for p in places}
    # the verb of "320 people have left Austria" is that figure's clause: no way down into it for others
    clauses = {doc[f.count.phrase_head].head.i: n for n, f in enumerate(figures)
               if doc[f.count.phrase_head].dep_ in ("nsubj", "nsubjpass")}
    for n, figure in enumerate(figures):
        if figure.place is not None:
            continue
        best = None
        above = {t.i for t in _ancestors(doc[figure.count.head])}  # a clause above is shared, one below is not
        later_nouns = {f.count.noun for f in figures[n + 1 :] if f.count.noun is not None}
        for mention in _same_semicolon_part(doc, figure, places):
            role = roles[id(mention)]
            if role == "destination" or mention.place.type == "world" and mention.form != "name" or \
                    _in_a_share_aside(doc, mention):
                continue
            root = mention.span(doc).root
            if root.dep_ == "conj" and figure.count.noun is not None and root.head.i == figure.count.noun:
                continue  # "700 people, and Uzbekistan, ... 500": a country coordinated with people is not theirs
            if root.dep_ == "conj" and root.head.i == figure.count.head and \
                    any(f.count.start - mention.end in (0, 1, 2) for f in figures):
                continue  # "has repatriated more than 530 and Tajikistan about 380": the gapped clause's place
            if mention.form == "name" and any(owner.get(c.i, n) != n for c in root.children if c.dep_ == "nummod"):
                continue  # "Kazakhstan has repatriated 754 people, Uzbekistan 531": that place has its own figure
            if root.dep_ == "poss" and root.head.i not in above and \
                    any(owner.get(c.i, n) != n for c in root.head.children if c.dep_ == "appos"):
                continue  # "Norway's PST says about 100 left, and Finland's Supo about 80": the other agency's figure
            # (or read as an appositive: "Canada was credited with 1,005 fighters, Britain with 822")
            if mention.form == "name" and root.dep_ in ("conj", "appos") and figure.count.head not in {t.i for t in root.subtree} \
                    and any(owner.get(t.i, n) != n for t in root.subtree if t.i != root.i):
                continue  # "France took custody of 12 women and 21 children, Belgium of three women and ...": the gapped clause's own
            if root.dep_ == "nsubj" and root.head.i not in above and root.head.dep_ in ("advcl", "conj") and \
                    any(owner.get(t.i, n) != n for t in root.head.subtree if t.dep_ in ("dobj", "nummod")):
                continue  # "it had repatriated one woman, while Finland took back one woman": that clause's subject
            if mention.place.zone and root.dep_ == "nsubj" and root.head.i != getattr(governing_verb(doc, figure), "i", None):
                continue  # "Iraq has brought back 8,000 ..., and Central Asian states 2,000": a state of the war brings only its own clause's home
            path = tree_path(doc[figure.count.head], root)
            if path is not None and mention.form != "name" and any(owner.get(c.i, n) != n for c in root.children
                                                                 if c.dep_ == "nummod") and \
                    root.head.i not in _clauses_above(doc[figure.count.head]) and \
                    any(t.pos_ in ("VERB", "AUX") for t in path[1:-1]):
                continue  # "around 50 Swedes died, and Austria's ministry counts about 70 dead": another clause's counted people
            if path is None or len(path) > MAX_PATH or _crosses_other_count(path, n, owner) or \
                    any(clauses.get(t.i, n) != n and t.i not in above for t in path[1:]):
                continue
            if any(t.dep_ == "conj" and t.i > figure.count.end and t.i in later_nouns and t.i not in above
                   for t in path[1:-1]):
                continue  # "brought home 91 children and 27 women, and the Netherlands 28 children": a later conjunct's place
            cost = len(path) - (2 if role == "origin" else 0)
            if best is None or cost < best[0]:
                best = (cost, mention)
        if best is not None:
            rule = "place/tree-near" if best[0] <= NEAR_PLACE else "place/tree"
            figure.place, figure.place_mention, figure.place_rule = best[1].place, best[1], rule
    # "In Europe, the department singled out France, which has taken back 57 women": a region
    # fronted as the topic is the place of the figures the parse ties to no country of their own
    for mention in region_topics:
        if not mention.place.zone:
            _place_by_topic(figures, mention)
    # "holding about 800 foreign fighters, along with about 700 wives and 1,500 children": the people
    # a figure is counted alongside are from where it is
    for figure in figures:
        # ("along with about 700 wives and 1,500 children")
        leader = _companion_leader(doc, figures, figure) if figure.place is None else None
        if leader is not None and leader.place is not None:
            figure.place, figure.place_mention, figure.place_rule = leader.place, leader.place_mention, "place/companion"
    # "56,000 people, including 27,500 Iraqis and 18,000 Syrians": a whole over several places
    for figure in figures:
        parts_places = {figures[p].place.key for p in figure.parts if figures[p].place is not None}
        if len(parts_places) >= 2 and figure.place_rule in ("place/tree", "place/tree-near"):
            figure.place, figure.place_mention, figure.place_rule = place_by_key("world"), None, "world/parts"
    for figure in _wholes_first(figures):
        if figure.place is None and figure.whole is not None and figures[figure.whole].place is not None:
            figure.place, figure.place_rule = figures[figure.whole].place, "place/whole"
    # "Of the nine people from Belgium who left, three are dead, two are serving sentences in
    # Belgian prisons": bare numbers after a fronted counted whole are its parts, from its place
    whole, comma = figures[0], _opening_comma(doc)
    if comma is not None and whole.count.start <= 3 and whole.place is not None:
        for figure in figures[1:]:
            if figure.count.noun is None and figure.count.start > comma and \
                    figure.place_rule not in STRONG_PLACE_RULES | {"place/whole"}:
                figure.place, figure.place_mention, figure.place_rule = whole.place, whole.place_mention, "place/whole"
    # "37 of them had been killed and 67 had come home": a bare number goes on about the people
    # of the figure before it, when no other place is named in between
    for n, figure in enumerate(figures):
        if figure.count.noun is not None or n == 0:
            continue
        before = next((f for f in reversed(figures[:n]) if f.place is not None), None)
        # ("Indonesia's experience is mirrored in Malaysia, where ... 102 Malaysians had gone, 34 had
        # died": a place the tree reaches back past the figure before is not these people's)
        reached_past = figure.place_rule in ("place/tree", "place/tree-near") and before is not None and \
            figure.place_mention is not None and figure.place_mention.start < before.count.start and \
            before.place_rule in STRONG_PLACE_RULES and figure.whole is None
        if figure.place is not None and not reached_past:
            continue
        own = {t.i for t in doc[before.count.phrase_head].subtree} if before is not None else set()
        if before is not None and not any(before.count.end <= p.start < figure.count.start and p.start not in own
                                          and not (reached_past and p.place.zone) for p in places):
            figure.place, figure.place_rule = before.place, "place/whole"
    # "PST puts the number of people with ties to Norway who have gone to fight at between 60 and
    # 70": one place named in the sentence, and not as a destination, beats the sentence before
    sole = {m.place.key: m for m in places if roles[id(m)] != "destination" and not m.place.zone
            and m.place.type != "world" and m.place.key not in TRANSIT and _names_whose_people(doc, m)}
    if len(sole) == 1:
        mention = next(iter(sole.values()))
        for n, figure in enumerate(figures):
            # ("20,730, about a fifth of them from Western Europe": the part's place, not the whole's)
            in_a_part = any(mention.start in {t.i for t in doc[f.count.phrase_head].subtree}
                            for f in figures if f.whole == n and f.count.fraction is not None)
            if figure.place is None and figure.whole is None and not _points_back(doc, figure) and not in_a_part:
                figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/tree"
        for figure in _wholes_first(figures):
            if figure.place is None and figure.whole is not None and figures[figure.whole].place is not None:
                figure.place, figure.place_rule = figures[figure.whole].place, "place/whole"
    # "Nearly 500 of the foreign women put on trial were Turkish citizens": the copula says whose
    for figure in figures:
        if _denied_nationality(doc, figure):
            figure.place, figure.place_mention, figure.place_rule = place_by_key("world"), None, "world/foreign"
            continue  # "700 of the detained boys are not Syrian or Iraqi": foreigners
        mention = _predicate_place(doc, figure, places)
        if mention is not None and (figure.place is None or figure.place_rule in (
                "place/whole", "place/gapped-subject", "world/foreign", "world/word", "world/parts")):
            figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/predicate"


def _place_by_topic(figures: list[Figure], mention: PlaceMention) -> None:
    for figure in figures:
        if figure.place is None and figure.whole is None:
            figure.place, figure.place_mention, figure.place_rule = mention.place, mention, "place/topic"


def _subject_token(doc: Doc, figure: Figure) -> Token:
    """The figure's token that is a clause subject ("99" in "99 of the women ... have"), else its phrase head."""
    return next((t for t in (doc[figure.count.phrase_head], doc[figure.count.head]) if t.dep_ == "nsubj"),
                doc[figure.count.phrase_head])


def _denied_nationality(doc: Doc, figure: Figure) -> bool:
    head = _subject_token(doc, figure)
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ in ("attr", "acomp") and (c.ent_type_ == "PLACE" or any(d.ent_type_ == "PLACE" and d.dep_ == "amod"
                                                                              for d in c.children))
               for c in verb.children)


def _predicate_place(doc: Doc, figure: Figure, places: list[PlaceMention]) -> PlaceMention | None:
    # "about 300 were Russians", "500 of the women ... were Turkish citizens" (the number is the subject)
    head = _subject_token(doc, figure)
    verb = head.head
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
        verb = verb.head  # "500 of the women put on trial were Turkish citizens", parsed as a clausal subject
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    # "17 were German": the adjective is the predicate
    attrs = [c for c in verb.children if c.dep_ == "attr" or c.dep_ == "acomp" and c.ent_type_ == "PLACE"]
    for mention in places:
        root = mention.span(doc).root
        if mention.place.zone or mention.place.type not in ("country", "region"):
            continue  # "1,124 were European nationals"
        if any(root.i == a.i or root.head.i == a.i and root.dep_ in ("amod", "compound") and _counts_people(a)
               for a in attrs):
            return mention
        if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.i == verb.i:
            return mention  # "roughly 800 of those are from Europe"
    return None


def _bracketed_after_places(doc: Doc, figures: list[Figure], places: list[PlaceMention]) -> list[tuple[PlaceMention, list[int]]]:
    """Each place written just before a bracket that holds figures and no other place, with
    the figures inside ("Russia (2,700 departed; 350 returned)", "Uzbekistan (about 1,500; 531)")."""
    found = []
    for mention in places:
        # "Tunisia remains the largest single source (2,900 departed; ...)": a few words may come between
        opening = next((t.i for t in doc[mention.end : mention.end + 7] if t.is_punct or t.like_num), None)
        if opening is None or doc[opening].text != "(":
            continue
        close = next((t.i for t in doc[opening + 1 :] if t.text in (")", "(")), None)
        if close is None or doc[close].text != ")":
            continue
        if any(mention.end <= other.start < close for other in places):
            continue
        inside = [n for n, f in enumerate(figures) if opening < f.count.start and f.count.end <= close]
        if inside:
            found.append((mention, inside))
    return found


def _semicolon_columns(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"Britain, 850 departures and roughly 425 returns; France, 1,910 and 271; Germany, 915 and
    300": items cut by semicolons that leave the statuses out repeat, figure by figure, those of
    the first item that gives them."""
    cuts = [-1] + [t.i for t in doc if t.text == ";"] + [len(doc)]
    if len(cuts) < 3:
        return
    parts = [(a + 1, b) for a, b in zip(cuts, cuts[1:])]
    inside = [[n for n, f in enumerate(figures) if a <= f.count.start < b] for a, b in parts]

    def own_cues(k: int) -> bool:
        # ("...; the remaining 69 were still with Russian units": a clause of its own, no column)
        a, b = parts[k]
        return any(a <= c.start < b for c in cues) or any(t.tag_ in FINITE_TAGS for t in doc[a:b])

    header = next((k for k, members in enumerate(inside) if len(members) >= 2 and all(
        figures[n].cue is not None and parts[k][0] <= figures[n].cue.start < parts[k][1] for n in members)), None)
    if header is None:
        return
    for k, members in enumerate(inside):
        if k <= header or not members or len(members) > len(inside[header]) or own_cues(k):
            continue
        for n, model in zip(members, inside[header]):
            figures[n].cue, figures[n].status, figures[n].status_rule = figures[model].cue, figures[model].status, "status/column"


def _bracket_with_a_part(doc: Doc, figures: list[Figure], brackets: list[list[int]], n: int) -> tuple[int, int] | None:
    """The bracket after a place that holds figure n and a "with N back" part ("Germany (915, with
    about 300 back)"), as the token offsets of its parentheses: the other figure is the total."""
    inside = next((group for group in brackets if n in group), None)
    if inside is None or not any(figures[m].status_rule == "status/with" for m in inside if m != n):
        return None
    first, last = min(figures[m].count.start for m in inside), max(figures[m].count.end for m in inside)
    opening = next((t.i for t in reversed(doc[:first]) if t.text == "("), None)
    closing = next((t.i for t in doc[last:] if t.text == ")"), None)
    return (opening, closing) if opening is not None and closing is not None else None


def _bracket_columns(figures: list[Figure], brackets: list[list[int]], cues: list[Cue]) -> None:
    """"Kazakhstan (around 1,100 departed; 754 returned), Uzbekistan (about 1,500; 531)": brackets
    that leave the statuses out repeat, figure by figure, those of the first bracket that gives them."""
    def says_status(inside: list[int]) -> bool:
        start, end = figures[inside[0]].count.start, figures[inside[-1]].count.end + 2
        return all(figures[n].cue is not None and start <= figures[n].cue.start < end for n in inside)
    header = next((inside for inside in brackets if len(inside) >= 2 and says_status(inside)), None)
    if header is None:
        return
    for inside in brackets:
        first, last = figures[inside[0]].count.start, figures[inside[-1]].count.end
        if len(inside) > len(header) or any(first <= c.start <= last + 1 for c in cues):
            continue
        for n, model in zip(inside, header):
            figures[n].cue, figures[n].status, figures[n].status_rule = figures[model].cue, figures[model].status, "status/column"


def _same_semicolon_part(doc: Doc, figure: Figure, places: list[PlaceMention]) -> list[PlaceMention]:
    """"The Belgians were three women and seven children; the Austrians, two women": in a list
    cut by semicolons, a place in the figure's own part is the one it goes with, whatever the parse."""
    cuts = [t.i for t in doc if t.text == ";"]
    if not cuts:
        return places
    start = max((c for c in cuts if c < figure.count.start), default=-1)
    end = min((c for c in cuts if c > figure.count.start), default=len(doc))
    own = [m for m in places if start < m.start < end]
    return own or places


def _gapped_subject(doc: Doc, figure: Figure, places: list[PlaceMention]) -> PlaceMention | None:
    # "..., and Uzbekistan, after long talks, more than 500": a verbless clause after a coordinated place
    before = [m for m in places if m.end <= figure.count.start and not m.place.zone]
    if before and before[-1].form == "name" and before[-1].span(doc).root.dep_ == "conj" and \
            doc[before[-1].start - 1].lower_ in ("and", "while", "but") and \
            not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.like_num for t in doc[before[-1].end : figure.count.start]):
        return before[-1]
    verb = next((t for t in _ancestors(doc[figure.count.head])[1:4] if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # "Uzbekistan has returned 300 citizens, most of them women, and the Republic of Tajikistan in
    # April 2019 brought home 84 children": the parser joins the second subject to the first object
    if before and before[-1].form == "name" and before[-1].span(doc).root.dep_ == "conj" and before[-1].start > 0 and \
            doc[before[-1].start - 1].lower_ in ("and", "while", "but") and before[-1].end <= verb.i and \
            not any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.like_num and t.ent_type_ != "DATE"
                    for t in doc[before[-1].end : verb.i]):
        return before[-1]
    if verb.dep_ != "conj":
        return None
    head = verb.head
    return next((m for m in places if m.span(doc).root.dep_ == "conj" and m.span(doc).root.head.i == head.i
                 and head.i < m.start < verb.i and not m.place.zone), None)


def _possessor_place(doc: Doc, figure: Figure, places: list[PlaceMention]) -> PlaceMention | None:
    if figure.count.noun is not None:
        noun = doc[figure.count.noun]
    else:  # "put the number of their citizens who joined IS at 32": the total's people
        total = _total_of(doc, figure)
        noun = next((o for c in total[0].children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), None) if total is not None else None
        if noun is None:
            return None
    # "Kosovo has repatriated 123 citizens": a state's citizens, unnamed, are its own
    bare_citizens = figure.place is None and noun.lemma_.lower() in CITIZEN_NOUNS and \
        not any(c.dep_ in ("amod", "compound", "poss") for c in noun.children)
    # "its citizens", "the country's citizens"
    owned_by_a_state = any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lemma_.lower() in COUNTRY_NOUNS and
                                                 any(d.lower_ == "the" for d in c.children)) for c in noun.children)
    if not bare_citizens and not owned_by_a_state:
        return None
    # the first clause up whose subject is not the possessive phrase itself: "Kosovo's government
    # believes about 100 of its citizens are still in Syria"
    verb = subject = None
    for token in _ancestors(noun)[1:8]:
        if token.pos_ in ("VERB", "AUX"):
            found = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is None or noun.i not in {t.i for t in found.subtree}:
                verb, subject = token, found
                break
    if verb is None:
        return None
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        # "Turkmenistan, which has brought back none of its estimated 360": the name just before
        # "which", which the parser may hang on an earlier one
        before = next((t for t in reversed(doc[: subject.i]) if not t.is_punct), None)
        subject = before if before is not None and before.ent_type_ == "PLACE" else verb.head
    elif subject is not None and subject.lower_ in ("it", "they") and verb.dep_ in ("ccomp", "conj"):
        # "the United States government says it has repatriated 39 of its citizens": who "it" is
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), subject)
    if subject is not None:
        inside = {t.i for t in subject.subtree}
    else:  # a broken parse: the organisation named last before the verb
        organisations = [e for e in doc.ents if e.label_ in ("ORG", "SOURCE") and e.end <= verb.i]
        inside = set(range(organisations[-1].start, organisations[-1].end + 2)) if organisations else set()
    # "Iraq has brought back 8,000 of its nationals": a conflict country owns its citizens too, when
    # it is the subject itself ("countries that have repatriated ... from north-east Syria" are not Syria)
    def is_the_subject(mention: PlaceMention) -> bool:
        root = mention.span(doc).root
        return subject is not None and (root.i == subject.i or root.head.i == subject.i and root.dep_ in ("appos", "compound"))
    owned = [m for m in places if m.span(doc).root.i in inside and m.place.type == "country" and
             (is_the_subject(m) or not m.place.zone and _place_role(doc, m) != "destination")]  # not "Iran-backed"
    if owned:
        # "Syria's neighbour Iraq has repatriated ...": the subject's own name, not a possessor in it
        def remoteness(mention: PlaceMention) -> int:
            root = mention.span(doc).root
            return len(tree_path(root, subject) or range(9)) + (root.dep_ == "poss") if subject is not None else 0
        return min(owned, key=remoteness)
    capital = next((t for t in doc if t.i in inside and country_of_capital(t.text) is not None), None)
    if capital is not None:  # "Rabat brought back eight of its nationals": the capital is its government
        return PlaceMention(country_of_capital(capital.text), "name", capital.i, capital.i + 1)
    # a state's body named with its country ("the U.S. government"), which the source ruler took whole
    body = next((e for e in doc.ents if e.label_ == "SOURCE" and e.root.i in inside), None)
    country = country_in_name(body.text) if body is not None else None
    return PlaceMention(country, "name", body.start, body.end) if country is not None else None


def _mid_sentence_colon(doc: Doc, mention: PlaceMention) -> bool:
    """"Tunisia: 2,926" heads a list item; "the highest rate in Europe: 498" does not."""
    after = doc[mention.end].text if mention.end < len(doc) else ""
    before = doc[mention.start - 1] if mention.start > 0 else None
    return after == ":" and before is not None and not before.is_punct and not before.is_sent_start


def _people_from(doc: Doc, figure: Figure, by_token: dict[int, PlaceMention]) -> PlaceMention | None:
    """"about 50 ethnic Chechens from the Pankisi Gorge": a people's name says who they are, the
    country they come "from" says whose they are."""
    people = figure.place_mention
    if people is None or figure.place_rule != "place/noun-phrase" or not (people.form == "people" or any(
            c.lower_ == "ethnic" for c in doc[people.end - 1].children)):
        return None  # ("ethnic Albanians from North Macedonia": a demonym can name a people too)
    for preposition in doc[people.end - 1].children:
        if preposition.dep_ == "prep" and preposition.lower_ == "from":
            origin = next((by_token[c.i] for c in preposition.children if c.dep_ == "pobj" and c.i in by_token), None)
            if origin is not None and origin.place.type == "country" and not origin.place.zone and \
                    origin.place.key not in TRANSIT:  # ("Uyghurs from Turkey": the route, as often as a home)
                return origin
    return None


def _stronger(rule: str, current: str) -> bool:
    if current.startswith("world/"):
        return False  # "7,000 children from around 60 countries other than Syria": all of them
    order = ["place/from-at", "place/noun-phrase", "place/possessive", "place/number-of-at", "place/from", "place/left", "place/at", "place/listed",
             "place/possessive-at"]
    return current not in order or (rule in order and order.index(rule) < order.index(current))


def _wholes_first(figures: list[Figure]) -> list[Figure]:
    return sorted(figures, key=lambda f: 0 if f.whole is None else 1)


def _clauses_above(token: Token) -> set[int]:
    """The tokens above one up to the first conjunct: the clauses it is said in, not a joined one."""
    above = set()
    while token.head.i != token.i and token.dep_ != "conj":
        token = token.head
        above.add(token.i)
    return above


def _sent_home_to_many(doc: Doc, world: list[int]) -> bool:
    """"returned to their home countries": the countries are a destination, one per person."""
    i = world[0] - 1
    while i >= 0 and doc[i].lower_ in ("their", "home", "respective", "own"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "to"


def _crosses_other_count(path: list[Token], own: int, owner: dict[int, int]) -> bool:
    return any(owner.get(t.i, own) != own for t in path[1:-1]) or owner.get(path[-1].i, own) != own


# ---------------------------------------------------------------- status

def _status(doc: Doc, figures: list[Figure], cues: list[Cue], matches, owner: dict[int, int],
            brackets: list[list[int]]) -> None:
    cue_at = {i: c for c in cues for i in range(c.start, c.end)}
    exclusive: dict[int, int] = {}  # cue start -> figure
    # 1. constructions: "with 271 back", "with 77 convicted"
    for rule, roles in matches:
        if rule.startswith("status/"):
            counts = _counts_in(roles.get("count", []), owner)
            cue = next((cue_at[i] for i in roles.get("cue", []) if i in cue_at), None)
            if rule == "status/listed-as" and cue is not None and (_modifies_no_people(doc[cue.root]) or
                                                                  cue.end < len(doc) and doc[cue.end].tag_ in FINITE_TAGS):
                continue  # "117 back home as foreign-fighter law bites", "as repatriations slow": "as" opens a clause, not a listing
            # (or the noun the cue describes: "and around 2,000 foreign men are detained in prisons")
            noun = doc[cue.root].head if cue is not None and doc[cue.root].dep_ == "amod" else \
                doc[cue.root] if cue is not None else None
            if rule == "status/with" and noun is not None and noun.pos_ == "NOUN" and \
                    noun.dep_ in ("nsubj", "nsubjpass") and \
                    any(c.root == noun.head.i and not c.negated and (noun is doc[cue.root] or c.status != cue.status)
                        for c in cues):
                continue  # "and 118 returnees have been prosecuted": the verb says what befell the returnees
            if cue is not None and doc[cue.root].dep_ == "amod":
                # "the number of foreign terrorist fighters deported": the verb on the noun says what befell them
                noun = doc[cue.root].head
                cue = next((cue_at[c.i] for c in noun.children if c.dep_ in ("acl", "relcl") and c.i in cue_at), cue)
            elif cue is not None and rule == "status/number-of" and doc[cue.root].pos_ == "NOUN":
                # ... and so does "the number of Dutch travellers killed", "of returnees who were charged"
                cue = next((cue_at[c.i] for c in doc[cue.root].children if c.dep_ in ("acl", "relcl") and c.i in cue_at), cue)
            if counts and cue is not None and not cue.negated:
                n = counts[-1]
                figures[n].cue, figures[n].status, figures[n].status_rule = cue, cue.status, rule
                exclusive[cue.start] = n
                if rule == "status/among-those":
                    # "were among the 110 Kosovo citizens repatriated": those people were repatriated too
                    for other in figures:
                        if figures[n].count.end < other.count.start and other.count.end <= cue.start and \
                                other.status is None:
                            other.cue, other.status, other.status_rule = cue, cue.status, "status/tree"
    # a status verb whose clause subject is a figure belongs to that figure (and its conjuncts);
    # one whose subject is a share ("a quarter are alleged to have returned") to no whole figure
    clause_subject = {cue.start: _clause_subject(doc[cue.root]) for cue in cues}
    cue_roots = {cue.root for cue in cues if not cue.negated}
    for cue in cues:
        people = _participle_read_as_a_clause_subject(doc[cue.root])
        outer = [c for c in cues if c.root == doc[cue.root].head.i and not c.negated] if people is not None else []
        if outer:
            # "31 men returned under the operation have been convicted": who they are, then what befell them
            clause_subject[cue.start] = None
            for other in outer:
                clause_subject[other.start] = people
    # "has brought back 79 children": a status verb whose object holds figures is theirs alone
    objects_of: dict[int, set[int]] = {}
    for cue in cues:
        objects = [c for c in doc[cue.root].children if c.dep_ == "dobj"] if doc[cue.root].pos_ == "VERB" else []
        counted = {n for obj in objects for n in _counts_in([t.i for t in obj.subtree], owner)}
        if counted:
            objects_of[cue.start] = counted
    for cue in cues:
        subject = clause_subject[cue.start]
        if subject is None or cue.start in exclusive:
            continue
        # (not "Uzbekistan, whose 1,500 fighters have been killed": the figure's own people)
        if any(c.lower_ == "whose" for c in subject.children) and not _counts_in(_phrase_tokens(subject), owner) and \
                (_counts_people(subject) or subject.lemma_.lower() in FAMILY_HEADS | {"husband", "family"}):
            exclusive[cue.start] = SHARED_CUE  # "23 Turkish children, whose parents had been killed": the parents
            continue
        partitive = _reduced_relative_read_as_subject(doc[cue.root])
        if partitive is not None:
            # "none of the women brought home has been charged": "brought home" says who the women are
            # ("500 of the women put on trial were Turkish": with no status verb of its own, the part
            # is who was put on trial)
            of_phrase = [t for c in partitive.children if c.dep_ == "prep" for t in c.subtree]
            whole = _counts_in([t.i for t in of_phrase], owner)
            if whole:
                exclusive[cue.start] = -1 - whole[0]
                clause_subject[cue.start] = doc[figures[whole[0]].count.phrase_head]
            elif doc[cue.root].head.i in cue_roots:
                exclusive[cue.start], clause_subject[cue.start] = SHARED_CUE, None
            continue
        counts = _counts_in(_phrase_tokens(subject), owner)
        if counts and all(figures[c].whole in objects_of.get(cue.start, ()) for c in counts):
            continue  # a parse that makes the breakdown of the verb's object its subject ("repatriated 123: 10 ...")
        if counts:
            exclusive[cue.start] = -1 - counts[0]
        elif subject.lemma_.lower() in SHARE_WORDS and (joined := _counts_in(
                [i for c in subject.children if c.dep_ == "conj" for i in _phrase_tokens(c)], owner)):
            # "most of them in Syria and Iraq, and 340 of them have already returned home": the figure
            # joined to the aside is the verb's subject
            exclusive[cue.start] = -1 - joined[0]
        elif subject.lemma_.lower() in SHARE_WORDS or _nearly_all(subject):
            exclusive[cue.start] = SHARED_CUE  # "a quarter are alleged to have returned", "nearly all of whom"
        else:
            antecedent = _relative_clause_of(doc[cue.root])
            counted = {f.count.noun for f in figures} | set(owner)
            if antecedent is not None and subject.head.i == cue.root and _counts_people(subject) and \
                    subject.i > antecedent.i and not _counts_in([t.i for t in doc[cue.root].subtree], owner):
                exclusive[cue.start] = SHARED_CUE  # "1,180 minors, which suggests that women have been held": others
            elif antecedent is not None and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and \
                    antecedent.head.head.i in owner and antecedent.i not in counted and doc[cue.root].dep_ in ("relcl", "acl"):
                exclusive[cue.start] = SHARED_CUE  # "61 of those who travelled": the uncounted whole travelled
            elif antecedent is not None and cue.start not in objects_of and not _of_a_time_or_place(doc[cue.root]):
                # (a relative clause whose verb has figures as its object is theirs: "in October, when
                # Germany flew home eight women"; so is one of a time or place: "in December 2019, when
                # a US military aircraft landed at Sarajevo airport with 25 Bosnian citizens")
                holders = [n for n, f in enumerate(figures) if antecedent.i in
                           {t.i for t in doc[f.count.phrase_head].subtree}]
                # a relative clause about an uncounted noun ("those who travelled") describes no figure,
                # unless that noun sits inside a counted phrase ("5,600 citizens from 33 countries who ...")
                exclusive[cue.start] = -1 - holders[0] if holders else SHARED_CUE
    # "brings to 485 the number of Tajik citizens returned", "the number of Belgians who returned
    # stands at 125": a figure that is the value of a total takes the predicate inside the total
    for figure in figures:
        total = _total_of(doc, figure) if figure.status is None else None
        if total is not None:
            noun, verb = total
            inside = [c for c in cues if noun.left_edge.i <= c.root <= noun.right_edge.i]
            # ("the number of women returnees convicted in Germany": what befell the counted people, not their noun)
            inside.sort(key=lambda c: doc[c.root].pos_ not in ("VERB", "AUX") or doc[c.root].dep_ not in ("acl", "relcl"))
            # "the number of people repatriated ... rises to 121", parsed with the cue as the total's verb
            # ... or by its complement: "the number presumed dead at 150"
            said_of_total = next((cue_at[t.i] for t in [verb] + [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
                                  if t.i in cue_at), None) if noun.dep_ in ("nsubj", "nsubjpass") else None
            cue = inside[0] if inside else said_of_total
            if cue is not None and not cue.negated:
                figure.cue, figure.status, figure.status_rule = cue, cue.status, "status/total"
            counted = counted_noun(doc, figure)
            subject = noun_subjects().get(counted.lemma_.lower()) if counted is not None else None
            if figure.count.noun is None and subject not in (None, "not_people"):
                figure.subject = subject  # who the total counts
            elif figure.count.noun is None and subject == "not_people":
                figure.dropped = "not people"  # "the number of extremist offences fell to 175"
    # "counted 419 departures, 130 returns and 59 people stopped": a count of events is its status
    for n, figure in enumerate(figures):
        noun = doc[figure.count.noun] if figure.count.noun is not None else None
        own = next((c for c in cues if noun is not None and c.root == noun.i and not c.negated), None)
        if figure.status is None and own is not None and noun.lemma_.lower() in EVENT_NOUNS:
            # ("prevented around 250 departures": departures stopped are attempts)
            stopped = next((c for c in cues if c.status == "attempted" and not c.negated and noun.dep_ == "dobj"
                            and c.root == noun.head.i), None) if own.status == "departed" else None
            figure.cue, figure.status, figure.status_rule = stopped or own, (stopped or own).status, "status/tree"
            exclusive[own.start] = n
    # 2. the dependency tree
    phrases = [{t.i for t in doc[f.count.phrase_head].subtree} for f in figures]
    relative = [_relative_clause_cues(doc, f, cues) for f in figures]
    for n, figure in enumerate(figures):
        if figure.status is not None:
            continue
        elided = _elided_verb_cue(doc, figure, cues)
        if elided is not None:
            figure.cue, figure.status, figure.status_rule = elided, elided.status, "status/parallel"
            continue
        best = None
        part_nouns = {f.count.noun for f in figures if f.whole == n}
        enclosed = _bracket_with_a_part(doc, figures, brackets, n)
        # "put Belgium at 478 with 123 back in its report, ... 130 returnees": the whole of a "with"
        # part is said before the part; what comes after the part is about the part or other figures
        after = figures[n + 1] if n + 1 < len(figures) else None
        with_part = after.count.start if after is not None and after.status_rule == "status/with" and \
            after.whole in (None, n) else None
        for cue in cues:
            if _in_another_figures_phrase(doc, figures, phrases, n, cue) or cue.root in part_nouns or \
                    _noun_of_a_coordinate_clause(doc, figures, n, cue) or \
                    _in_another_figures_relative_clause(figures, n, cue, relative):
                continue  # ("127 returnees among its 413 jihadists": the part's noun is not the whole's status)
            if doc[cue.root].pos_ == "NOUN" and doc[cue.root].dep_ == "dobj" and cue.root not in phrases[n] and \
                    doc[cue.root].head.i not in {t.i for t in _ancestors(doc[figure.count.head])}:
                continue  # "... the herb said to remind travellers of home": another clause's object is other people
                # (not "30 people whose whereabouts we cannot establish", in the figure's own phrase)
            if with_part is not None and (cue.root > with_part or any(
                    f.count.noun == cue.root for f in figures if f is not figure)):
                continue  # ("Kosovo had 117 returnees ... and Indonesia about 600 with 62 back")
            if enclosed is not None and not enclosed[0] < cue.root < enclosed[1]:
                continue  # "Germany (915, with about 300 back) ... have seen a minority return": the bracket's own total
            claim = exclusive.get(cue.start)
            if claim is not None and claim >= 0 and claim != n:
                continue
            if cue.start in objects_of and n not in objects_of[cue.start] and figure.whole not in objects_of[cue.start] \
                    and _a_clause_of_other_people(doc, doc[cue.root], figure):
                continue  # "days after gunmen killed 148 people, 85 returnees had come forward": that clause's people
            if claim is None and _about_other_people(doc, figure, cue, clause_subject[cue.start]):
                continue
            if claim == SHARED_CUE or cue.start in objects_of and n not in objects_of[cue.start] \
                    and figure.count.start < cue.root and not _object_is_its_part(figures, n, claim, objects_of[cue.start]):
                continue  # a figure before the verb is not what the verb did to its object
            if claim is not None and claim < 0:
                subject_counts = _counts_in(_phrase_tokens(clause_subject[cue.start]), owner) \
                    if clause_subject[cue.start] is not None else []
                subject_counts = subject_counts or [-1 - claim]
                # (the verb's object is what it did, whatever its subject holds: "North Macedonia,
                # where officials count ... 86 who came back, repatriated seven men")
                if n not in subject_counts and not _is_conjunct_of(figures, n, subject_counts, doc) and \
                        n not in objects_of.get(cue.start, ()):
                    continue
            cost = _cue_cost(doc, figures, cue, n, owner, cue_roots)
            if cost is not None and claim == -1 - n and _own_clause_verb(doc, figure, cue):
                cost -= 1  # the figure is the subject of the cue's own clause ("40 of them are known to have died")
            if cost is not None and (best is None or cost < best[0]):
                best = (cost, cue)
        if best is not None and best[1].negated:
            # "wants Europe to take back 800 fighters held in Syria": not taken back, but held
            # ("decided not to repatriate the 689 citizens believed to still be in Syria": still there)
            held = next((c for c in cues if not c.negated and c.root in phrases[n] and
                         c.root != figure.count.noun and doc[c.root].pos_ in ("VERB", "AUX")), None)
            best = (best[0], held) if held is not None else best
        if best is not None:
            figure.cue, figure.status, figure.status_rule = best[1], best[1].status, "status/tree"
    _part_of_a_described_whole(doc, figures, cues, relative)
    _bare_partitive_predicate(doc, figures)
    _said_of_them_after_for(doc, figures, cues)
    _relative_clause_of_the_last_conjunct(doc, figures, relative)
    _among_those_who(doc, figures, cues)
    _companions_share_the_predicate(doc, figures)
    _registered_in_a_camp(doc, figures, cues)
    _the_last_of_joined_verbs(doc, figures, cues)
    for figure in figures:
        stopped = _stopped_before_they_arrived(doc, figure, cues)
        if stopped is not None:
            figure.cue, figure.status = stopped, stopped.status
    # "Germany has had 300 of its 915 return": a verb after "M of N" says what befell M
    for figure in figures:
        whole = figures[figure.whole] if figure.whole is not None else None
        if whole is not None and figure.cue is not None and whole.cue is not None and whole.status_rule == "status/tree" \
                and whole.cue.start == figure.cue.start and figure.count.end <= whole.count.start < whole.cue.start \
                and doc[whole.count.start - 1].lower_ in ("of", "its", "their", "the"):
            whole.cue, whole.status, whole.status_rule = None, None, ""
    # "Algeria at 170, none of whom has come home": the part's predicate is not its whole's
    for figure in figures:
        relative_part = [t.lower_ for t in doc[figure.count.end : figure.count.end + 2]] in (["of", "whom"], ["of", "which"])
        # (not a verb before both, which the part shares: "repatriated a total of 40 Americans, 27 of whom are minors")
        if figure.whole is not None and figure.cue is not None and relative_part and not figure.breakdown and \
                figure.cue.root > figure.count.end:
            whole = figures[figure.whole]
            if whole.cue is not None and whole.cue.start == figure.cue.start and whole.status_rule == "status/tree":
                whole.cue, whole.status, whole.status_rule = None, None, ""
    # "400 ... are estimated to be back": the estimate makes the figure approximate
    for figure in figures:
        if figure.cue is not None and figure.qualifier == "exact":
            path = tree_path(doc[figure.count.head], doc[figure.cue.root]) or []
            if any(t.lemma_ in ESTIMATE_LEMMAS for t in path):
                figure.qualifier, figure.hedged = "approximate", True
    _bracket_columns(figures, brackets, cues)
    _semicolon_columns(doc, figures, cues)
    # 3. a part with no cue takes a cue no figure used ("some 425 of the 850 fighters who left
    #    Britain ... back on home soil"), else the status of its sibling parts (a gapped list)
    used = {f.cue.start for f in figures if f.cue is not None}
    for figure in _wholes_first(figures):
        if figure.breakdown and figure.status is None and figures[figure.whole].status is not None:
            whole = figures[figure.whole]
            figure.status, figure.cue, figure.status_rule = whole.status, whole.cue, "status/breakdown"
    for n, figure in enumerate(figures):
        if figure.status is not None or figure.whole is None:
            continue
        # a part is set apart from its whole by a further predicate, never by the whole's own
        whole_status = figures[figure.whole].status
        here = doc[figure.count.head]
        # (not a word of the whole's own phrase: "7,366 of the foreign affiliates have gone back, but only 256 of
        # those were women")
        whole_phrase = {t.i for t in doc[figures[figure.whole].count.phrase_head].subtree} - \
            {t.i for t in doc[figure.count.phrase_head].subtree}
        spare = [c for c in cues if c.start not in used and not c.negated and c.status != whole_status
                 and c.root not in whole_phrase and not _from_the_speaker(tree_path(here, doc[c.root]) or [])]
        if spare:
            cue = min(spare, key=lambda c: len(tree_path(here, doc[c.root]) or range(99)))
            figure.cue, figure.status, figure.status_rule = cue, cue.status, "status/unused-cue"
            used.add(cue.start)
            continue
        # ("382 women and 460 minors, and 398 returnees": a sibling's own noun says its status alone)
        # (an item of a breakdown takes no status from a part with a predicate of its own: "of whom 1,023 were
        # women and 1,502 minors, and recorded 1,765 of them as having returned")
        siblings = [f for f in figures if f is not figure and f.whole is not None and f.status is not None
                    and f.status_rule != "status/default" and not (f.cue is not None and f.cue.root == f.count.noun)
                    and f.breakdown >= figure.breakdown]
        if siblings:
            nearest = min(siblings, key=lambda f: abs(f.count.start - figure.count.start))
            figure.status, figure.cue, figure.status_rule = nearest.status, nearest.cue, "status/parallel"
            if nearest.qualifier == "approximate" and figure.qualifier == "exact" and nearest.hedged:
                figure.qualifier, figure.hedged = "approximate", True
            continue
        whole = figures[figure.whole]
        # (a part placed by "410 were Russian nationals" only says who, however the parser hangs it)
        if whole.status is not None and whole.status_rule != "status/default" and (
                _only_says_who(doc, figure) or _set_off_after_its_whole(doc, figure) or figure.place_rule == "place/were"):
            # "Of the 90 who came back, 60 were women": a part that only says who they are is of its whole
            figure.status, figure.cue, figure.status_rule = whole.status, whole.cue, "status/whole"
    # "repatriated 40 and 35 children": numbers joined on one noun share its predicate
    by_head = {f.count.head: f for f in figures}
    for figure in figures:
        head = doc[figure.count.head]
        first = by_head.get(head.head.i) if head.dep_ == "conj" and head.pos_ == "NUM" else None
        if figure.status is None and first is not None and first.status_rule not in ("", "status/default"):
            figure.status, figure.cue, figure.status_rule = first.status, first.cue, "status/parallel"
    for figure in figures:
        leader = _parallel_leader(doc, figures, figure) if figure.status is None else None
        if leader is not None:
            figure.status, figure.cue, figure.status_rule = leader.status, leader.cue, "status/parallel"
    for figure in figures:
        leader = _same_preposition_before(doc, figures, figure) or _gapped_destination(doc, figures, figure) \
            if figure.status is None else None
        if leader is not None:
            figure.status, figure.cue, figure.status_rule = leader.status, leader.cue, "status/parallel"
    for figure in figures:
        cue = _predicate_after_set_off_items(doc, figures, figure) if figure.status is None else None
        if cue is not None:
            figure.status, figure.cue, figure.status_rule = cue.status, cue, "status/tree"
    # "followed by Tajikistan with 488, Uzbekistan with 402 and Azerbaijan with 215": the ranking goes on
    for before, figure in zip(figures, figures[1:]):
        if figure.place_rule == before.place_rule == "place/bracket" and figure.place_mention is not before.place_mention:
            # "Morocco (1,623, with 198 back), Egypt (around 600)": a bracket follows the bracket before's first figure
            before = next(f for f in figures if f.place_mention is before.place_mention)
        if figure.status is None and before.status_rule not in ("", "status/default") and before.status is not None \
                and (before.status_rule == "status/parallel" or before.place_rule in LIST_ITEM_RULES
                     or _heads_a_gapped_list(before, figure)) \
                and _next_list_item(doc, before, figure):
            figure.status, figure.cue, figure.status_rule = before.status, before.cue, "status/parallel"
    # "another 54, 13 women and 41 children, followed": a list's items and the whole they break down are the same people
    for n, figure in enumerate(figures):
        parts = [f for f in figures if f.whole == n and f.breakdown]
        statuses = {f.status for f in parts}
        # (or items a misparse makes the object of the verb, which the whole is: "flying home 110 people - 74
        # children, 32 women and four men -")
        if figure.status is None and parts and len(statuses) == 1 and None not in statuses and \
                (all(f.status_rule == "status/parallel" for f in parts) or
                 len(parts) >= 2 and len({f.cue.start if f.cue is not None else None for f in parts}) == 1
                 and parts[0].cue is not None
                 and parts[0].cue.root < figure.count.start and parts[0].status_rule == "status/tree"):
            figure.status, figure.cue, figure.status_rule = parts[0].status, parts[0].cue, "status/parallel"
    # "Of the foreign fighters killed in Marawi, at least 13 were Indonesians": the fronted whole's predicate
    opening = _fronted_partitive_end(doc)
    if opening is not None:
        fronted = [c for c in cues if c.start < opening and not c.negated]
        for figure in figures:
            inside = figure.cue is not None and figure.cue.start < opening  # "Of the foreign fighters killed"
            # "... are seven children and one man, a suspected fighter": a noun describes, the opening says what befell
            # ("at least three are believed to be dead": a predicate adjective says what befell them)
            inside = inside or figure.cue is not None and (doc[figure.cue.root].pos_ == "NOUN" or doc[
                figure.cue.root].pos_ == "ADJ" and doc[figure.cue.root].dep_ not in ("acomp", "oprd", "attr"))
            if (figure.status is None or inside) and fronted and figure.count.start > opening:
                figure.cue, figure.status, figure.status_rule = fronted[-1], fronted[-1].status, "status/fronted"
    # "410 were Russian nationals, 212 were Tajiks and 105 were Germans": each item only says who, as the first does
    for before, figure in zip(figures, figures[1:]):
        if figure.status is None and figure.place_rule == before.place_rule == "place/were" and \
                before.status_rule not in ("", "status/default") and before.status is not None and \
                not any(before.count.end <= c.start < figure.count.start for c in cues):
            figure.status, figure.cue, figure.status_rule = before.status, before.cue, "status/parallel"
    # 4. negation, victims, and the default
    for figure in figures:
        if figure.cue is not None and figure.cue.negated and figure.count.value.value > 0:
            figure.dropped = "negated"
        elif _is_victim(doc, figure) or figure.whole is not None and \
                figures[figure.whole].count.subject == "people" and _is_victim(doc, figures[figure.whole]) or \
                _a_battle_s_toll(doc, figures, figure):
            figure.dropped = "victims"  # ("at least 51 people, including 9 children, were killed in attacks")
        elif _one_who_speaks(doc, figure):
            figure.dropped = "a voice"  # "One mother, from Belgium, told me ...": a person of the story, not a figure
        elif _driven_from_home(doc, figure):
            figure.dropped = "displaced"  # "has killed 6,000 people and forced about a million from their homes"
        elif figure.status in ("detained", "charged", "convicted") and figure.count.subject == "people" and \
                _moved_the_fighters(doc, figure):
            figure.dropped = "facilitators"  # "arrested 17 people accused of running a trafficking network"
        elif _is_sample(doc, figure):
            figure.dropped = "sample"
        elif _none_of_whom(doc, figure):
            figure.dropped = "nothing befell them"
        elif _a_group_s_strength(doc, figure):
            figure.dropped = "a group's strength"
        elif _a_part_of_things(doc, figure):
            figure.dropped = "part of things"  # "six attack plots, two of which were foiled"
        elif _one_for_a_thing(doc, figure):
            figure.dropped = "pronoun"
        elif _compared_with_a_rate(doc, figure):
            figure.dropped = "rate"
        elif _an_exception(doc, figure):
            figure.dropped = "exception"
        elif _whole_of_a_ratio(doc, figure):
            figure.dropped = "whole of a ratio"  # "roughly one in six of the 41,000 came back": the share came back
        elif _acquitted(doc, figure):
            figure.dropped = "acquitted"  # "508 have been convicted and 27 acquitted": no status of the schema's
        elif _released(doc, figure):
            figure.dropped = "released"  # "218 have now been released"
        elif _is_stripped(doc, figure):
            figure.dropped = "stripped of citizenship"
        elif _is_hypothetical(doc, figure):
            figure.dropped = "hypothetical"
        elif _is_capacity(doc, figure):
            figure.dropped = "capacity"  # "the centre can accommodate up to 150 people"
        elif _only_born_there(doc, figure):
            figure.dropped = "only where they were born"
        elif figure.status is None and figure.count.value.value >= POPULATION_FLOOR:
            figure.dropped = "population"  # "to protect 267 million Indonesians"
        elif figure.status is None and figure.place is not None and figure.count.value.value > 0 and \
                not (figure.place.zone and figure.place_rule in ("place/tree", "place/tree-near")) and \
                not _put_at_a_number_inside(doc, figure) and \
                not _through_a_parent(figures, figure) and \
                (figure.count.subject == "fighters" or figure.place_rule in STRONG_PLACE_RULES or
                 _whole_of_fates(figures, figure)):
            # people counted from a place with no other predicate are those who went; a bare
            # number near a place ("the alert level stood at four") is not, nor are Syrians or
            # Iraqis counted at home (a camp's population)
            figure.status, figure.status_rule = "departed", "status/default"
    # "gunmen killed 22 people at the Bardo museum and 38 people at a beach resort": a figure that
    # shares the victims' verb is the attack's too, however the parser hangs it
    victims = {f.cue.start for f in figures if f.dropped == "victims" and f.cue is not None}
    for figure in figures:
        if not figure.dropped and figure.status_rule == "status/parallel" and figure.cue is not None and \
                figure.cue.start in victims:
            figure.dropped = "victims"
    # "the Netherlands, with 12 women and 28 children": the second of two joined counted nouns with
    # no predicate is counted like the first
    for figure in figures:
        noun = doc[figure.count.noun] if figure.count.noun is not None else None
        if figure.status is None and not figure.dropped and figure.place is not None and noun is not None and \
                noun.dep_ == "conj" and figure.count.value.value > 0 and any(
                    f.count.noun == _first_conjunct(noun).i and f.status_rule == "status/default" and
                    f.place == figure.place for f in figures):
            figure.status, figure.status_rule = "departed", "status/default"
    # "had 1,910 affiliates, including 382 women and 460 minors": the breakdown of a figure who went went too
    for figure in figures:
        whole = figures[figure.whole] if figure.whole is not None else None
        if figure.status is None and figure.breakdown and not figure.dropped and whole is not None and \
                whole.status_rule == "status/default" and figure.place is not None and figure.count.value.value > 0:
            figure.status, figure.status_rule = whole.status, "status/breakdown"
    # "Of up to 7,366 foreign affiliates who had returned ..., up to 256 were women": numbers after an
    # opening counted whole with no predicate of their own are its parts, with its status, however the
    # parser hangs the opening "Of"
    comma, opening = _opening_comma(doc), figures[0]
    # "Of the 16 returnees, prosecutors brought charges against nine": the clause after the opening is
    # its part's; the whole is what its own noun says it is
    if comma is not None and opening.count.end <= comma and opening.cue is not None and \
            opening.cue.start > comma and any(comma < f.count.start for f in figures[1:]):
        own = [c for c in cues if opening.count.start < c.start < comma and not c.negated]
        if own:
            opening.status, opening.cue, opening.status_rule = own[-1].status, own[-1], "status/opening-whole"
    if comma is not None and opening.count.end <= comma and opening.status is not None and \
            opening.status_rule not in ("", "status/default"):
        # (not past a semicolon: "...; the Netherlands also has 250 jihadists in the region" is a clause of its own)
        part_end = next((t.i for t in doc[comma:] if t.text == ";"), len(doc))
        for figure in figures[1:]:
            if comma < figure.count.start < part_end and figure.status_rule == "status/default":
                figure.status, figure.cue, figure.status_rule = opening.status, opening.cue, "status/whole"
    # "Sixteen travellers have returned to Switzerland, 13 of them from Syria": the whole's noun says who
    # its people were, its predicate what befell them, and a part set off after it shares the predicate
    for figure in figures:
        whole = figures[figure.whole] if figure.whole is not None else None
        if whole is not None and figure.cue is not None and whole.cue is not None and whole.count.noun is not None \
                and figure.cue.root == whole.count.noun and whole.cue.start != figure.cue.start and \
                whole.status_rule == "status/tree" and doc[figure.count.phrase_head].dep_ in ("appos", "npadvmod"):
            figure.status, figure.cue, figure.status_rule = whole.status, whole.cue, "status/breakdown"
    _pairs_like_the_pair_before(doc, figures)


def _pairs_like_the_pair_before(doc: Doc, figures: list[Figure]) -> None:
    """"Canada was credited with 1,005 fighters and 422 dead, and Britain with 822 and 360": two bare
    numbers joined by "and", with no predicate of their own, say what the pair before them said, in
    its order."""
    def joined(a: Figure, b: Figure, gap: int) -> bool:
        between = [t.lower_ for t in doc[a.count.end : b.count.start]]
        return 1 <= len(between) <= gap and between[-1] == "and"

    for n in range(1, len(figures) - 1):
        first, second = figures[n], figures[n + 1]
        if first.count.noun is not None or second.count.noun is not None or not joined(first, second, 1) or \
                second.cue is not None or second.status_rule not in ("status/default", "status/breakdown"):
            continue
        model = next(((a, b) for a, b in zip(figures[: n - 1], figures[1:n]) if joined(a, b, 2)
                      and b.cue is not None and b.status != a.status and a.status == first.status), None)
        if model is not None:
            second.status, second.cue, second.status_rule = model[1].status, model[1].cue, "status/parallel"


def _about_other_people(doc: Doc, figure: Figure, cue: Cue, subject: Token | None) -> bool:
    """"... up to 1,180 minors, which suggests that women have been held where they are": a status
    verb whose clause names its own uncounted people says nothing of a figure outside that clause."""
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and _counts_people(subject) and \
        doc[figure.count.head] not in doc[cue.root].subtree and subject.i > figure.count.end


def _object_is_its_part(figures: list[Figure], n: int, claim: int | None, objects: set[int]) -> bool:
    """"863 citizens left for Syria, of them 188 women", parsed with the part as the verb's object:
    the verb is still the subject's."""
    return claim == -1 - n and all(figures[o].whole == n for o in objects)


def _set_off_after_its_whole(doc: Doc, figure: Figure) -> bool:
    """"863 citizens left for Syria, of them 188 women": a part set off by "of them" with no
    verb of its own before the next figure is some of the people the whole's verb counts."""
    before = [t.lower_ for t in doc[max(0, figure.count.start - 3) : figure.count.start]]
    after = [t.lower_ for t in doc[figure.count.end : figure.count.end + 2]]
    # ("convicted 14 people ..., eleven of them in absentia": the part before its "of them")
    if before[-1:] == [","] and after == ["of", "them"]:
        # ("Sixteen have come back, 13 of them confirmed by the authorities": who vouches for them, not a predicate)
        return not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in EVIDENTIAL_VERBS
                       for t in doc[figure.count.end + 2 : figure.count.end + 4])
    return before[-2:] in (["of", "them"], ["among", "them"], ["of", "whom"]) and before[:1] == [","] and \
        not any(t.pos_ in ("VERB", "AUX") for t in doc[figure.count.end : figure.count.end + 2])


def _only_says_who(doc: Doc, figure: Figure) -> bool:
    """"60 were women", "a third are Belgians", "1,800 of them come from outside Syria": the part's
    clause is a copula naming who, or says only where they are from."""
    head = doc[figure.count.head]
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    # (a number joined to the attribute is the next part's: "40 are women and 80 are children")
    # (a number of countries is no other part: "are foreigners from around 60 countries")
    # (nor is an age: "of whom 43 were children under the age of ten")
    return verb is not None and (verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and not any(t.like_num and not _joined_below(t, c) and
                                                t.head.lower_ not in COUNTRY_NOUNS and not _an_age(t) for t in c.subtree)
        for c in verb.children) or
        verb.lemma_ in ORIGIN_VERBS and any(c.lower_ == "from" for c in verb.children))


def _an_age(number: Token) -> bool:
    """"under the age of ten", "under 12", "aged five": the number is how old people are."""
    head = number.head
    return head.lower_ in AGE_PREPOSITIONS | {"aged"} or head.lemma_ == "age" or \
        head.lower_ == "of" and head.head.lemma_ == "age"


def _joined_below(token: Token, top: Token) -> bool:
    """A conjunct lies between the token and `top`, its ancestor: the token is in a joined phrase."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "conj":
            return True
        token = token.head
    return False


def _from_anywhere_but_the_war(doc: Doc, figure: Figure, noun: Token | None) -> bool:
    """"7,300 children from outside Syria and Iraq", "2,000 of them come from outside Syria and
    Iraq", "7,782 residents are third-country nationals", "foreign fighters from countries other than
    Syria and Iraq": people from every country but the war's are the world's."""
    counted = noun if noun is not None else doc[figure.count.head]
    holders = [counted]
    if counted.dep_ == "nummod":
        holders.append(counted.head)  # "about 2,000 of them third-country nationals": the noun after "of them"
    if counted.dep_ in ("nsubj", "nsubjpass"):
        holders += [counted.head] + [c for c in counted.head.children if c.dep_ == "attr"]
    return any(_other_countries(c) or c.lower_ == "from" and any(
        o.lower_ in OUTSIDE_WORDS or _other_countries(o) or any(g.lower_ in OUTSIDE_WORDS for g in o.children)
        or _neither_of_the_war(o) for o in c.children) for holder in holders for c in holder.children)


def _neither_of_the_war(token: Token) -> bool:
    """"from neither Syria nor Iraq": from anywhere but the war ("from neither Albania nor North
    Macedonia" names no such thing)."""
    place = place_named(token.text) if token.ent_type_ == PLACE_LABEL else None
    return place is not None and place.zone and any(c.lower_ == "neither" for c in token.children)


def _other_countries(token: Token) -> bool:
    """"third-country", "countries other than Syria and Iraq"."""
    return token.lemma_.lower() == "country" and any(c.lower_ in OTHER_COUNTRY_MODIFIERS for c in token.children)


def governing_verb(doc: Doc, figure: Figure) -> Token | None:
    """The nearest verb above a figure's number: the clause that says something of it."""
    return next((t for t in doc[figure.count.head].ancestors if t.pos_ in ("VERB", "AUX")), None)


def counted_noun(doc: Doc, figure: Figure) -> Token | None:
    """Who a figure counts: its own noun, or the "of" of the total it is the value of ("put the
    number of its citizens ... at 156")."""
    if figure.count.noun is not None:
        return doc[figure.count.noun]
    total = _total_of(doc, figure)
    return next((o for prep in total[0].children if prep.lower_ == "of" for o in prep.children), None) if total else None


def _heads_a_gapped_list(before: Figure, figure: Figure) -> bool:
    """"Kazakhstan has returned 754 of its citizens, Uzbekistan 531": a whole clause, then places
    with numbers that leave its verb out."""
    return figure.place_rule == "place/listed" and before.status_rule == "status/tree" and \
        before.whole is None and not before.parts


def _stopped_before_they_arrived(doc: Doc, figure: Figure, cues: list[Cue]) -> Cue | None:
    """"556 Indonesians were deported from Turkey after being intercepted on their way to Syria":
    people sent back because they were stopped on the way tried to go; they did not come back."""
    if figure.status != "returned" or figure.cue is None:
        return None
    verb = doc[figure.cue.root]
    for cue in cues:
        token = doc[cue.root]
        if cue.status != "attempted" or cue.negated:
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if token.tag_ != "VBN" or subject is not None and subject.lower_ not in ("they", "he", "she"):
            continue  # "returned after the fighting stopped": something else stopped
        if token.dep_ == "advcl" and token.head.i == verb.i or \
                token.dep_ == "pcomp" and token.head.head.i == verb.i and token.head.dep_ == "prep":
            return cue
    return None


def _elided_verb_cue(doc: Doc, figure: Figure, cues: list[Cue]) -> Cue | None:
    """"258 were sentenced to death and 319 to life imprisonment": a number the parser joins to a
    status verb is the subject of a clause that leaves the verb out, so the verb is its predicate."""
    verb = _verb_joined_to(doc, figure)
    if verb is None:
        return None
    head = doc[figure.count.phrase_head]
    if any(head.left_edge.i <= c.root <= head.right_edge.i and doc[c.root].pos_ == "VERB" for c in cues):
        return None  # "not only those who travelled but also 62 people who were stopped": its own predicate
    # "144 travelled ..., and more than 40, mostly women and children, are still held": a later verb
    # parsed with no subject is the joined number's own
    orphan = next((c for c in cues if c.root > figure.count.end and not c.negated and doc[c.root].pos_ == "VERB"
                   and any(a.dep_ in ("aux", "auxpass") for a in doc[c.root].children)
                   and not any(a.dep_ in SUBJECT_DEPS for a in doc[c.root].children)
                   and not any(t.like_num for t in doc[figure.count.end : c.root])), None)
    return orphan or next((c for c in cues if c.root == verb.i and not c.negated), None)


def _verb_joined_to(doc: Doc, figure: Figure) -> Token | None:
    """The verb a figure is parsed as a conjunct of: the verb its clause leaves out ("and 319 to life")."""
    head = doc[figure.count.phrase_head]
    return head.head if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") else None


def _in_another_figures_phrase(doc: Doc, figures: list[Figure], phrases: list[set[int]], n: int, cue: Cue) -> bool:
    """"four men suspected of having fought ..., 32 women and 74 children": a cue inside another
    figure's phrase is that figure's (the women did not fight), also when the parser hangs the next
    list item inside the one before; the other figure's own counted noun still shares ("about 300
    travellers ... between 267 and 300")."""
    figure = figures[n]
    counted = doc[figure.count.phrase_head]
    if counted.dep_ in ("dobj", "nsubjpass") and counted.head.i == cue.root:
        return False  # "242 since April 2019, when a single flight returned 110 people": the verb's own object
    return any(m != n and cue.root in phrase and cue.root not in phrases[n] and cue.root != figures[m].count.noun and
               (figure.count.start not in phrase or figure.whole is not None and figures[m].whole == figure.whole)
               for m, phrase in enumerate(phrases))


def _part_of_a_described_whole(doc: Doc, figures: list[Figure], cues: list[Cue], relative: list[set[int]]) -> None:
    """"more than 200 of the men who went died in fighting": the relative clause says who the whole
    were; the verb the part is the subject of says what befell the part."""
    for n, figure in enumerate(figures):
        if figure.cue is None or figure.cue.root not in relative[n] or figure.count.noun is None:
            continue
        number, noun = doc[figure.count.head], doc[figure.count.noun]
        if not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == number.i and
                number.dep_ in ("nsubj", "nsubjpass")):
            continue
        verb = next((c for c in cues if c.root == number.head.i and not c.negated), None)
        if verb is not None:
            figure.cue, figure.status, figure.status_rule = verb, verb.status, "status/part-predicate"


def _relative_clause_cues(doc: Doc, figure: Figure, cues: list[Cue]) -> set[int]:
    """Roots of the cues in the relative clauses on a figure's noun (or its bare number)."""
    head = doc[figure.count.noun] if figure.count.noun is not None else doc[figure.count.head]
    inside = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    return {c.root for c in cues if c.root in inside and not c.negated}


def _among_those_who(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"Among those who came back are 82 women", "Among those who left there are 82 women": the
    clause's figure is one of the people the relative clause on "those" says what befell."""
    for figure in figures:
        if figure.status is not None:
            continue
        verb = governing_verb(doc, figure)
        those = [g for c in (verb.children if verb is not None else ()) if c.dep_ == "prep" and
                 c.lower_ in ("among", "of") for g in c.children if g.dep_ == "pobj" and g.lower_ in ("those", "these")]
        clause = {t.i for g in those for c in g.children if c.dep_ == "relcl" for t in c.subtree}
        cue = next((c for c in cues if c.root in clause and not c.negated), None)
        if cue is not None:
            figure.cue, figure.status, figure.status_rule = cue, cue.status, "status/tree"


def _conjunct_of(token: Token, first: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == first.i:
            return True
    return False


def _relative_clause_of_the_last_conjunct(doc: Doc, figures: list[Figure], relative: list[set[int]]) -> None:
    """"260 adults and 80 minors who have returned": the relative clause on the last of joined
    counted nouns says what befell them all."""
    for figure in figures:
        if figure.status is not None or figure.count.noun is None or _composition_verb(doc, figure) is not None:
            continue  # (a breakdown, "that figure includes 40 women and 35 children who left", is its whole's)
        noun = doc[figure.count.noun]
        later = [t for t in noun.subtree if t.dep_ == "conj" and t.i > noun.i and _conjunct_of(t, noun)]
        # (not "27 women, 71 children and six men who had been held in prisons": a past perfect says who
        # the last ones were before, not what befell the group)
        last = next((f for m, f in enumerate(figures) if later and f.count.noun == later[-1].i and
                     f.status_rule == "status/tree" and f.cue is not None and f.cue.root in relative[m]
                     and not _in_past_perfect(doc[f.cue.root])), None)
        if last is not None and all(f.status in (None, last.status) for f in figures
                                    if f.count.noun is not None and f.count.noun in {t.i for t in later}):
            figure.cue, figure.status, figure.status_rule = last.cue, last.status, "status/tree"


def _in_another_figures_relative_clause(figures: list[Figure], n: int, cue: Cue, relative: list[set[int]]) -> bool:
    """"counts 1,700 nationals who went, roughly 300 who have died": a figure with a relative clause
    of its own takes nothing from the one on the figure it stands beside, nor its counted noun."""
    if not relative[n] or cue.root in relative[n]:
        return False
    # (nor its counted noun: "roughly 190 extremist travellers ..., and about 60 who have come back")
    return any(m != n and figures[n].whole != m and (cue.root in relative[m] or cue.root == figures[m].count.noun)
               for m in range(len(figures)))


def _noun_of_a_coordinate_clause(doc: Doc, figures: list[Figure], n: int, cue: Cue) -> bool:
    """"gave a total of 3,417 and counted roughly 400 returnees": the noun another figure counts in a
    clause joined to the figure's own says nothing of the figure."""
    other = next((f for m, f in enumerate(figures) if m != n and f.count.noun == cue.root), None)
    if other is None:
        return False
    own_verb, other_verb = (next((t for t in _ancestors(doc[f.count.head]) if t.pos_ in ("VERB", "AUX")), None)
                            for f in (figures[n], other))
    return own_verb is not None and other_verb is not None and own_verb != other_verb and \
        (other_verb.dep_ == "conj" and other_verb.head == own_verb or own_verb.dep_ == "conj" and own_verb.head == other_verb)


def _bare_partitive_predicate(doc: Doc, figures: list[Figure]) -> None:
    """"745 of 1,659 fighters killed", "40 of 300 Belgians have returned": with no article before
    the whole, the parser hangs the part on the whole's number, so the predicate of the noun
    reaches the whole; it says what befell the part, and the whole keeps the default."""
    for part in figures:
        if part.whole is None or part.breakdown or part.status is not None:
            continue
        whole = figures[part.whole]
        if whole.cue is None or whole.status_rule != "status/tree" or part.count.end > whole.count.start or \
                doc[whole.count.start - 1].lower_ != "of":
            continue
        noun = doc[whole.count.noun] if whole.count.noun is not None else None
        cue = doc[whole.cue.root]
        predicate = noun is not None and (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == cue.i or
                                          cue.dep_ == "acl" and cue.head.i == noun.i and cue.i > noun.i and
                                          not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in doc))
        if predicate:
            part.cue, part.status, part.status_rule = whole.cue, whole.status, "status/tree"
            whole.cue, whole.status, whole.status_rule = None, None, ""


def _total_of(doc: Doc, figure: Figure) -> tuple[Token, Token] | None:
    """The total noun a figure is the value of, and the verb that says so: "brings to 485 the
    number of ...", "the number of ... rises to 121", "the total ... stands at 125", "the number ...
    has reached 381"."""
    count = doc[figure.count.phrase_head]
    if figure.count.noun is None and figure.count.value.upper is not None:
        count = doc[figure.count.num_start : figure.count.num_end].root  # "was 27,000 to 31,000": the range's top
    if count.dep_ == "dobj" and count.head.lemma_.lower() in TOTAL_VERBS:
        verb = count.head  # "the number ... has reached 381"
    elif count.dep_ == "attr" and count.head.lemma_ == "be":
        verb = count.head  # "Its figure for women was close to 400"
    elif count.dep_ == "pobj" and count.head.lower_ in ("above", "below", "over", "under", "around", "about") and \
            count.head.head.lemma_ == "be":
        verb = count.head.head  # "the total was above 25,000", "the estimate ... is around 3,000" (a preposition to the parser)
    elif count.dep_ != "pobj" or count.head.lower_ not in ("to", "at", "from") or \
            count.head.lower_ == "from" and count.head.head.lemma_.lower() not in CHANGE_LEMMAS:
        return None  # ("the estimate grew from 2,400 to 3,417": the old value too)
    else:
        verb = count.head.head
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in TOTAL_NOUNS and count.head.lower_ == "at":
        return verb.head, verb.head.head  # "put the number of citizens who joined IS at 32", "at 32" read into the clause
    for holder in (verb, verb.head) if verb.dep_ in ("advcl", "xcomp", "conj") else (verb,):
        noun = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                     and c.lemma_.lower() in TOTAL_NOUNS), None)
        if noun is not None:
            return noun, holder
        # "bringing to nine the number of Germans sent home": the parser makes the total the subject
        # of the participle on it
        for clause in (c for c in holder.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")
                       and not any(a.dep_ in ("aux", "auxpass") for a in c.children)):
            noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in TOTAL_NOUNS), None)
            if noun is not None:
                return noun, clause
    counted = verb.head
    if verb.dep_ in ("acl", "relcl") and counted.dep_ == "pobj" and counted.head.lower_ == "of" and \
            counted.head.head.lemma_.lower() in TOTAL_NOUNS:
        # "bring the number of fighters deported by Turkey to 9,208": the value hung on the inner verb
        return counted.head.head, counted.head.head.head
    return None


def _restated_total(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"A UN group put the number at 5,500", "At the end of 2018 the figure stood at 23": a bare
    total, which says not what it counts, is another count of what the previous figure counted."""
    for n, figure in enumerate(figures):
        total = _total_of(doc, figure) if figure.status is None else None
        if total is None or previous.status is None or previous.dropped:
            continue
        noun, _verb = total
        if any(c.dep_ in ("prep", "acl", "relcl") and not (c.dep_ == "relcl" and c.lemma_ in GIVING_VERBS) or
               c.lower_ in ("its", "their") or
               c.dep_ in ("compound", "amod") and (c._.xc_cue or _counts_people(c))
               for c in noun.children):
            continue  # "the number of Tajiks", "its figure for women", "the death toll": it says its own
            # (not "the Dutch count", "ICSR's own January 2015 figure", "ICSR's headline number")
        figure.status, figure.status_rule = previous.status, "status/restated"
        if figure.place is None and previous.place is not None:
            figure.place, figure.place_rule = previous.place, "place/previous"  # the previous count's, not its part's
        for part in figures:
            if part.whole == n and part.status is None:  # "..., including up to 4,761 women and 4,640 minors"
                part.status, part.status_rule = figure.status, "status/breakdown"
                if part.place is None:
                    part.place, part.place_rule = figure.place, "place/whole"


def _counted_again(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"The ministry had counted 259 people in December 2015", "In 2016, US officials were citing
    38,000", "The Global Times cited a figure of around 300": a bare number or "people" that a
    source counts or cites, in a sentence that names no place, counts again what the figure
    before counted."""
    if previous.status is None or previous.dropped or previous.place is None:
        return
    names_a_place = any(t.ent_type_ == PLACE_LABEL for t in doc)
    for figure in figures:
        # (in a sentence that names a place, a count of the same kind for the place the tree gives it:
        # "Germany counts 1,150. Sweden's security police counts about 300", "In Austria the figure is around 320")
        placed_here = names_a_place and figure.place is not None and figure.place_rule in BARE_COUNT_PLACES and \
            figure.count.noun is None and not (figure.count.value.value == 0 and any(
                c.lower_ == "of" for c in doc[figure.count.phrase_head].children))  # ("Oman reported none", not "publishes none of its own")
        unplaced = figure.place is None and not names_a_place
        if figure.status is not None or figure.dropped or figure.whole is not None or not (unplaced or placed_here):
            continue
        head = doc[figure.count.phrase_head]
        if figure.count.noun is not None and (head.lower_ not in GENERIC_PEOPLE or any(
                c.dep_ not in ("nummod", "quantmod", "det", "advmod", "punct") and
                not (c.dep_ == "prep" and c.lower_ == "including") for c in head.children)):
            continue  # ("1,200 people at the protest", "12 people injured": said of other people)
        a_total_of = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in TOTAL_NOUNS
        # (a bare number or "a total of 3,417" that a source gave or used, too)
        verbs = RECOUNT_VERBS | GIVING_VERBS if figure.count.noun is None or a_total_of else RECOUNT_VERBS
        if a_total_of:
            head = head.head.head  # "cited a figure of around 300"
        verb = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.lemma_ in ("arrive", "settle", "put"):
            verb = head.head.head  # "arrived at 41,490 people", "put it at 900" (not "insurgents estimated at 2,500")
            if any(c.dep_ == "dobj" and c.lemma_.lower() in TOTAL_NOUNS and any(
                    g.dep_ in ("prep", "acl", "relcl", "amod", "compound") for g in c.children) for c in verb.children):
                continue  # "put the number of women at 20": it says what it counts
        elif placed_here and (total := _total_is(head)) is not None:
            verb, verbs = total, TOTAL_NOUNS  # "the figure is around 320": the total says what it counts
        elif head.dep_ != "dobj":
            continue
        if verb.lemma_.lower() not in verbs or verb.pos_ != ("NOUN" if verbs is TOTAL_NOUNS else "VERB") or any(
                c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ != "at" and
                not any(t.ent_type_ == "DATE" for t in c.subtree) for c in verb.children):
            continue  # (only a date beside it: "had counted 259 people in December 2015")
        figure.status, figure.status_rule = previous.status, "status/restated"
        if not placed_here:
            figure.place, figure.place_rule = previous.place, "place/previous"
        figure.subject = figure.subject or previous.subject


def _total_is(value: Token) -> Token | None:
    """The total noun a number is the value of: "the figure is 320", "the figure is around 320"
    (which the parser reads with "around" as a preposition)."""
    if value.dep_ == "pobj" and value.head.lower_ in ("around", "about", "over"):
        value = value.head
    verb = value.head
    if value.dep_ not in ("attr", "prep") or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TOTAL_NOUNS), None)


def _known_whole_among_the_previous(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"The United States has repatriated 40 Americans, 27 of whom are minors. Of the 13 adults, 11
    have been charged": a fronted whole the reader already knows, no larger than the figure before
    and with no predicate of its own, is some of the people that figure counted."""
    if previous.status is None or previous.dropped or previous.status_rule in ("", "status/default"):
        return
    for figure in figures:
        start = figure.count.start
        fronted = start >= 2 and doc[start - 1].lower_ in ("the", "these", "those") and doc[start - 2].lower_ == "of" \
            and all(t.is_punct for t in doc[: start - 2])
        # (not "Of the 44 women, five have come back": some of them did what the figure before says)
        if figure.status is None and not figure.dropped and figure.parts and fronted and figure.count.noun is not None \
                and 0 < figure.count.value.value <= previous.count.value.value and \
                all(figures[p].status != previous.status for p in figure.parts) and \
                _could_be_among(figure.subject, previous.subject):
            figure.status, figure.status_rule = previous.status, "status/restated"


HEADING_WORDS = ("to", "towards", "bound", "headed")  # where a vehicle is going: "flights to Gaziantep"


def _aboard_the_flight_before(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"Kosovo flew 110 citizens home. Four men, 32 women and 74 children were on board", "A plane flew
    35 citizens home. On board were 35 Russian citizens: eight women and 27 children": the people
    aboard a flight, or carried by it or by the operation ("The same operation also carried six
    Canadians"), came home with it, when the last sentence with figures had people come home first
    (an article's first figures aboard a plane are as often flown out to the war)."""
    if previous.status != "returned" or previous.dropped:
        return
    words = [t.lower_ for t in doc]
    at = next((i for i, w in enumerate(words) if w == "aboard" or (w == "board" and i and words[i - 1] == "on")), None)
    # (a vehicle bound somewhere may be going out: "aboard flights to Gaziantep", "buses bound for the border")
    outbound = at is not None and any(w in (*HEADING_WORDS, "for") for w in words[at + 1 : at + 5])
    if at is None:
        at = next((t.i for t in doc if t.lemma_ in CARRYING_LEMMAS and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLES | OPERATIONS for c in t.children)), None)
        # (what it carried anywhere is not home: "carried 3,000 women and children from Baghouz to al-Hol")
        if at is not None and any(w in (*HEADING_WORDS, "into") for w in words[at + 1 :]):
            return
    if at is None:
        return
    for figure in figures:
        if (figure.status is None or figure.status_rule == "status/default" and not outbound) and not figure.dropped:
            figure.status, figure.status_rule = "returned", "status/aboard"


def _could_be_among(part_subject: str, whole_subject: str) -> bool:
    """"Of the 10 men" are none of "34 women and children"."""
    return whole_subject not in ("women", "children", "women_and_children") or part_subject == whole_subject or \
        whole_subject == "women_and_children" and part_subject in ("women", "children")


def _continuations(doc: Doc, figures: list[Figure], previous: Figure) -> None:
    """"Bosnia brought home 25 people in December 2019 ... a further 13 followed in 2022": more of
    the same people, with a verb that only says they came after, have the status of the figure before."""
    for n, figure in enumerate(figures):
        head = doc[figure.count.phrase_head]
        verb = head.head
        before = doc[figure.count.start - 1].lower_ if figure.count.start > 0 else ""
        after = doc[figure.count.end].lower_ if figure.count.end < len(doc) else ""
        if not (before in CONTINUATION_MARKERS or after in CONTINUATION_MARKERS) or head.dep_ != "nsubj" or \
                verb.lemma_.lower() not in CONTINUATION_VERBS or figure.count.noun is not None or \
                figure.status is not None and figure.status_rule != "status/default":
            continue
        # ("another 12 came home", "a further 13 followed their husbands to Syria", "arrived in Syria":
        # the verb says where they went)
        if any(c.lower_ in ("back", "home") or c.dep_ == "dobj" or c.dep_ == "prep" and (
                c.lower_ in ("to", "into") or any(t.ent_type_ in ("PLACE", "GPE") for t in c.subtree))
               for c in verb.children):
            continue
        earlier = next((f for f in reversed(figures[:n]) if f.status is not None and not f.dropped), previous)
        if earlier.status is None or earlier.dropped or earlier.status_rule in ("", "status/default"):
            continue
        # (the cue of a figure in the previous sentence is no word of this one)
        figure.status, figure.status_rule = earlier.status, "status/parallel"
        figure.cue = earlier.cue if earlier is not previous else None
        if figure.place is None or figure.place_rule not in STRONG_PLACE_RULES:
            figure.place, figure.place_mention, figure.place_rule = earlier.place, earlier.place_mention, "place/previous"


def _joined_people(doc: Doc, figures: list[Figure]) -> None:
    """"brings the total to 46 women and 107 children", "a total of 142 children and 45 women have
    been returned": counted people joined by "and" share the predicate one of them got, however the
    parser split them."""
    for figure in figures:
        noun = figure.count.noun
        if figure.status is not None and figure.status_rule != "status/default" or figure.dropped or noun is None or \
                not _counts_people(doc[noun]):
            continue
        # ("some 75 of them women, plus an estimated 150 children": joined to the number itself)
        joined = [f for f in figures if f is not figure and (f.count.noun is not None and (
            doc[f.count.noun].dep_ == "conj" and doc[f.count.noun].head.i == noun or
            doc[noun].dep_ == "conj" and doc[noun].head.i == f.count.noun or
            noun + 1 < len(doc) and doc[noun + 1].lower_ == "and" and f.count.start == noun + 2) or
            doc[noun].dep_ == "conj" and f.count.start <= doc[noun].head.i < f.count.end)]
        # (not a noun that names its own group: "counted 280 Dutch fighters and 50 returnees")
        leader = next((f for f in joined if f.status is not None and f.status_rule not in ("", "status/default")
                       and not f.dropped and not (f.cue is not None and f.cue.root == f.count.noun)), None)
        if leader is None:
            continue
        figure.status, figure.cue, figure.status_rule = leader.status, leader.cue, "status/parallel"
        if figure.place is None and leader.place is not None:
            figure.place, figure.place_rule = leader.place, "place/whole"


def _changed_estimates(doc: Doc, figures: list[Figure]) -> None:
    """"Jordan's estimate rose from between 2,000 and 2,500 to about 3,000": a country's bare
    estimate, old and new, counts those who went, like any figure with a place and no predicate
    (the previous figure's status is not taken: it is often other people's)."""
    for figure in figures:
        total = _total_of(doc, figure) if figure.status is None and not figure.dropped and \
            figure.count.value.value > 0 else None
        if total is None or total[1].lemma_.lower() not in CHANGE_LEMMAS:
            continue
        noun = total[0]
        owned = figure.place is not None or any(c.dep_ == "poss" for c in noun.children)  # ("Its estimate grew")
        # ("raised its own estimate for Russia to 4,500": whose estimate, not what it counts)
        if owned and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") and not _for_a_place(c)
                             and c.lower_ != "own" for c in noun.children):
            figure.status, figure.status_rule = "departed", "status/estimate"


def _for_a_place(token: Token) -> bool:
    """"for Russia" on an estimate: whose estimate it is."""
    return token.lower_ == "for" and any(o.ent_type_ == PLACE_LABEL for o in token.children if o.dep_ == "pobj")


def _corrections(doc: Doc, figures: list[Figure], previous: Figure | None) -> None:
    """"Roughly seventeen hundred of them came back. No, it's a bit more than that, it's 1,765",
    "I want to say sixty-seven... no, they've updated it since, it's about seventy now": a bare
    number that corrects the figure before it counts what that figure counted."""
    opener = doc.text.lstrip().lower()
    corrects = any(opener.startswith(word) and opener[len(word):len(word) + 1] in (",", ":", ".", "…")
                   for word in CORRECTION_OPENERS)
    for n, figure in enumerate(figures):
        if figure.status is not None or figure.place is not None or figure.count.noun is not None or \
                figure.whole is not None or figure.dropped or not (corrects or _what_it_is(doc, figure)):
            continue
        before = next((f for f in reversed(figures[:n]) if f.status is not None and not f.dropped), previous)
        if before is None or before.status is None or before.dropped:
            continue
        # (a cue or a mention is of its own sentence: the previous sentence's token indices mean nothing here)
        figure.status, figure.cue, figure.status_rule = before.status, before.cue if before in figures else None, \
            "status/restated"
        mention = before.place_mention if before in figures else None
        figure.place, figure.place_mention, figure.place_rule = before.place, mention, "place/previous"
        figure.subject = figure.subject or before.subject


def _what_it_is(doc: Doc, figure: Figure) -> bool:
    """"it's 1,765", "that's about seventy now"."""
    count = doc[figure.count.phrase_head]
    return count.dep_ == "attr" and count.head.lemma_ == "be" and not any(c.dep_ == "det" for c in count.children) and \
        any(c.dep_ == "nsubj" and c.lower_ in ("it", "that") for c in count.head.children)


def _same_preposition_before(doc: Doc, figures: list[Figure], figure: Figure) -> Figure | None:
    """"spoke of 316 departures in early 2015 and of 357 a year later": a figure after "and" and
    the preposition an earlier figure came after repeats that figure's predicate."""
    start = figure.count.start
    if start < 2 or doc[start - 1].pos_ != "ADP":
        return None
    joint = start - 2
    while joint > 0 and (doc[joint].ent_type_ == PLACE_LABEL or doc[joint].lower_ == "the" and joint < start - 2):
        joint -= 1  # "France took custody of 12 women, Belgium of three": a gapped clause's own subject
    if doc[joint].lower_ not in ("and", ",", "or", "while", "whereas"):
        return None
    return next((f for f in figures if f.count.start < joint and f.count.start > 0 and f.status is not None
                 and f.status_rule != "status/default" and doc[f.count.start - 1].lower_ == doc[start - 1].lower_),
                None)


def _gapped_destination(doc: Doc, figures: list[Figure], figure: Figure) -> Figure | None:
    """"4,000 Tunisians had gone to Syria, 200 to Iraq and 60 to Mali": a number followed by the
    preposition and a place, as the verb of an earlier figure was, leaves out that verb."""
    end = figure.count.end
    if end + 1 >= len(doc) or doc[end].pos_ != "ADP" or doc[end + 1].ent_type_ != PLACE_LABEL:
        return None
    for leader in figures:
        if leader.count.start >= figure.count.start or leader.cue is None or leader.status_rule == "status/default":
            continue
        verb = doc[leader.cue.root]
        said = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == doc[end].lower_ and
                any(o.ent_type_ == PLACE_LABEL for o in c.children)]
        if said and verb.pos_ == "VERB" and said[0].i < figure.count.start and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[said[0].i : figure.count.start]):
            return leader
    return None


def _one_who_speaks(doc: Doc, figure: Figure) -> bool:
    """"One said he had been promised $100", "One Australian woman ... spoke to us through the fence"."""
    head = doc[figure.count.phrase_head]
    verb = head.head
    # (not "One Belgian said to have fought with IS", a raising verb the parser makes the main one)
    return figure.count.value.value == 1 and figure.count.value.upper is None and head.dep_ == "nsubj" and \
        verb.lemma_.lower() in SPEECH_LEMMAS and not any(c.dep_ == "xcomp" for c in verb.children)


def _driven_from_home(doc: Doc, figure: Figure) -> bool:
    """The figure is the object of a verb that drives people "from their homes" or "from the fighting"."""
    head = doc[figure.count.phrase_head]
    return head.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ == "from" and
                                       any(o.dep_ == "pobj" and o.lower_ in DISPLACED_FROM for o in c.children)
                                       for c in head.head.children)


def _parallel_leader(doc: Doc, figures: list[Figure], figure: Figure) -> Figure | None:
    """The figure whose predicate an unpredicated one shares: a ranking's or a comparison's first
    item ("308 are Turkish, followed by 71 from Azerbaijan", "425 are home, compared with 271 in
    France"), or the subject of the clause a gapped clause hangs on ("800 are back in Tunisia and
    about 760 in Saudi Arabia")."""
    stated = [f for f in figures if f.status is not None and f.status_rule != "status/default"]
    if any(_marks_a_parallel(t) for t in _ancestors(doc[figure.count.head])[1:5]):
        return next((f for f in stated if f.count.start < figure.count.start), None)
    verb = _verb_joined_to(doc, figure)
    if verb is not None:
        # (not an item's "with" part: "1,005 from Canada with 422 killed and 822 from Britain ...")
        return next((f for f in stated if doc[f.count.phrase_head].head.i == verb.i and f.status_rule != "status/with"
                     and doc[f.count.phrase_head].dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _compared_with_a_rate(doc: Doc, figure: Figure) -> bool:
    """"roughly 40 fighters per million inhabitants, against about 27 for France and 12 for
    Britain": what a rate is set against is a rate too (the number the comparison goes back to,
    past the other compared numbers, has "per million" right after it)."""
    if figure.count.noun is not None or not _compared(doc[figure.count.head]):
        return False
    # ("per million" is the base, not a number)
    for number in reversed([t for t in doc[: figure.count.start] if t.like_num and t.lower_ not in SCALE_WORDS]):
        if PER_HEAD.search(doc[number.i + 1 : number.i + 5].text):
            return True
        if not _compared(number):
            return False
    return False


def _compared(token: Token) -> bool:
    return any(_marks_a_parallel(t) for t in _ancestors(token)[1:5])


def _linking_lexicon() -> dict:
    return load("linking.json")


def _marks_a_parallel(token: Token) -> bool:
    """"followed by", "compared with" (a preposition under its word), "versus" (a word that takes
    none), or a "following" clause."""
    parallel = _linking_lexicon()["parallel"]
    if token.lower_ in parallel.get(token.head.lemma_.lower(), ()):
        return True
    if token.lower_ in parallel and not parallel[token.lower_]:
        return True
    return token.lemma_ == "follow" and token.dep_ in ("advcl", "acl")


def _of_a_time_or_place(token: Token) -> bool:
    """The cue is in a relative clause opened by "when" or "where", which says when or where, not who."""
    for _ in range(4):
        if token.dep_ in ("relcl", "acl"):
            return any(c.tag_ == "WRB" and c.lower_ in ("when", "where") for c in token.children)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _relative_clause_of(token: Token) -> Token | None:
    """The antecedent when the cue is (in) a relative clause: "those who travelled" -> those."""
    for _ in range(4):
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return token.head
        if token.dep_ not in ("xcomp", "ccomp", "conj", "prep", "pcomp", "advcl") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _phrase_tokens(head: Token) -> list[int]:
    """The noun phrase of a subject without its conjuncts and relative clauses: in "those who
    travelled but also 62 people who were stopped", "travelled" is not about the 62; in
    "Tajikistan, whose ministry counts 1,900 citizens, has brought back 84", Tajikistan is no figure."""
    # a relative clause on a name ("Tajikistan, whose ministry counts 1,900") is an aside, not the subject
    cut = ("conj", "cc", "preconj", "relcl") if head.pos_ == "PROPN" else ("conj", "cc", "preconj")
    skip = {t.i for child in head.children if child.dep_ in cut for t in child.subtree}
    if head.ent_type_ == PLACE_LABEL:
        # "Kosovo has flown home 110 of its citizens — 74 children, ...": a breakdown set off by a dash
        # after the verb's object, which the parser hangs on the state
        verb = head.head
        skip |= {t.i for child in head.children if child.dep_ == "appos" and child.i > verb.i
                 and any(c.dep_ == "dobj" for c in verb.children)
                 and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text in ("—", "–", "-")
                 for t in child.subtree}
    # people after the verb are no appositive of a subject that counts no one: "Charges had been filed
    # against 124 returnees, 41 of them women", with the part hung on "Charges", is a misparse
    # (unlike "23 fighters are being held, among them nine German nationals")
    # ("while others stayed", with the breakdown before it hung on "others", still counts people)
    if head.pos_ == "NOUN" and head.ent_type_ != PLACE_LABEL and not _counts_people(head) and head.lower_ not in CONTEXT_NOUNS:
        skip |= {t.i for child in head.children if child.dep_ == "appos" and head.i < head.head.i < child.left_edge.i
                 for t in child.subtree}
    return [t.i for t in head.subtree if t.i not in skip]


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a cue sits in, climbing raising and control verbs: "400 are
    estimated to be back" -> 400; "the 300 who returned" -> the relative's antecedent."""
    for _ in range(6):
        # ("and two are missing", with "two" read as the subject of the auxiliary)
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            [g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        misread = [_reduced_relative_read_as_subject(c) for c in token.children if c.dep_ in ("csubj", "csubjpass")]
        if not subjects and any(misread):
            return next(m for m in misread if m is not None)
        if len(subjects) > 1:  # "120 German nationals, most of them women, are held": not the aside
            subjects = [c for c in subjects if c.lemma_.lower() not in SHARE_WORDS] or subjects
            # "125 Belgians who fought for, or lived under, the group in Syria are now back": the counted one
            subjects = [c for c in subjects if c.pos_ == "NUM" or c.ent_type_ == "CARDINAL" or c.lower_ in (
                "one", "none") or any(g.dep_ == "nummod" for g in c.children)] or subjects
        # ("that September, five Britons and two Americans flew home": a date read as the subject
        # leaves its conjuncts as the subject)
        subjects = [next((c for c in s.children if c.dep_ == "conj"), s) if s.ent_type_ == "DATE" else s
                    for s in subjects]
        # two subjects is a misparse of "300 people left and 150 have returned": the nearer one is the verb's
        for child in sorted(subjects, key=lambda c: (c.i > token.i, -c.i))[:1]:
            if child.tag_ in ("WP", "WDT") and token.dep_ in ("relcl", "acl"):
                return token.head
            return child
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "NUM"):
            return token.head
        if token.dep_ not in CLAUSE_LINKS or token.head.i == token.i:
            return None
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        # "125 have returned and around 140 are dead", with "around 140" read as a modifier of "are"
        # (or as a noun-phrase adverb: "128 who have come back and about 150 presumed dead")
        misread_number = next((t for c in token.children if c.i < token.i and c.dep_ in ("advmod", "prep", "npadvmod")
                               for t in c.subtree if t.pos_ == "NUM"), None) if token.dep_ == "conj" else None
        if misread_number is not None:
            return misread_number
        if token.dep_ == "conj" and token.pos_ in ("ADV", "ADP") and token.head.pos_ in ("NOUN", "PROPN"):
            return None  # "flown 47 of its citizens, most of them women and children, home": not the aside's
        token = token.head
    return None


def _reduced_relative_read_as_subject(verb: Token) -> Token | None:
    """"None of the women brought home has been charged": the small parser makes "none" the subject
    of "brought" and that clause the subject of "charged". A partitive with a verb of its own inside
    another verb's subject is a reduced relative on the partitive's noun; the partitive is the subject
    of the outer verb. Returns the partitive."""
    if verb.dep_ not in ("csubj", "csubjpass") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    return subject


def _participle_read_as_a_clause_subject(verb: Token) -> Token | None:
    """"31 men returned under the operation have been convicted": the small parser makes "men" the
    subject of "returned" and that clause the subject of "convicted". A bare participle (no
    auxiliary) with a subject of its own, standing as another verb's subject, is a reduced relative
    on that subject, which is the other verb's. Returns the subject."""
    if verb.dep_ not in ("csubj", "csubjpass") or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "VERB" or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and _reduced_relative_read_as_subject(verb) is None else None


def _reduced_relative_read_as_object_clause(verb: Token) -> bool:
    """"has charged at least 20 women brought back from the camps": the small parser makes "women"
    the subject of "brought" and that clause the object of "charged". A bare participle (no
    auxiliary) with a subject, standing for the object of a verb that has none, is a reduced
    relative on that object."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB" or subject is None:
        return False
    between = verb.doc[verb.head.i + 1 : subject.left_edge.i]
    return verb.head.i < subject.left_edge.i and len(between) <= 3 and not any(t.text in "(;:" for t in between) and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        not any(c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in verb.head.children)


def _is_conjunct_of(figures: list[Figure], n: int, others: list[int], doc: Doc) -> bool:
    head = doc[figures[n].count.phrase_head]
    mine = _subject_token(doc, figures[n])
    clause = _companion_clause(head)
    for m in others:
        other = doc[figures[m].count.phrase_head]
        if head.dep_ == "conj" and head.head.i == other.i:
            return True
        theirs = _subject_token(doc, figures[m])
        low, high = sorted((mine.i, theirs.i))
        if mine.dep_ == theirs.dep_ and mine.dep_ in ("nsubj", "nsubjpass") and mine.head.i == theirs.head.i and \
                any(t.lower_ == "and" for t in doc[low:high]) and not any(t.pos_ in ("VERB", "AUX") for t in doc[low:high]):
            return True  # "99 of the women and 82 of the children have made their way back", parsed as two subjects
        if clause is not None and other.head.i == clause.i:
            return True  # "2,000 foreign men remain held, alongside roughly 1,000 foreign boys"
        if figures[n].whole == m:
            return False
    return False


def _companions_share_the_predicate(doc: Doc, figures: list[Figure]) -> None:
    """"... remain in the region, roughly 300 of them women, along with about 500 children": the
    people counted along with a figure share what it says befell it."""
    for figure in figures:
        leader = _companion_leader(doc, figures, figure) if figure.status is None else None
        if leader is not None and leader.status is not None and leader.status_rule != "status/default":
            figure.cue, figure.status, figure.status_rule = leader.cue, leader.status, "status/tree"


def _companion_leader(doc: Doc, figures: list[Figure], figure: Figure) -> Figure | None:
    """The figure the people "along with" a figure are counted with: the subject of the clause
    the companion phrase joins, or the figure it hangs on ("700 French adults remain, roughly 300
    of them women, along with about 500 children": with the 700, whose part the 300 is)."""
    clause = _companion_clause(_first_conjunct(doc[figure.count.phrase_head]))
    if clause is None:
        return None
    leader = next((f for f in figures if f is not figure and doc[f.count.phrase_head].head.i == clause.i), None)
    if leader is None:
        leader = next((f for f in figures if f is not figure and clause.i in (f.count.head, f.count.phrase_head)), None)
        leader = figures[leader.whole] if leader is not None and leader.whole is not None else leader
    if leader is None:
        # "a total of 256 adults had come back to France, along with 78 minors": inside the subject
        subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        leader = next((f for f in figures if f is not figure and f.count.start in subject and f.whole is None), None)
    return leader


def _companion_clause(head: Token) -> Token | None:
    """The clause a figure under "alongside", "along with", "together with" joins its subject in."""
    preposition = head.head
    if head.dep_ == "pobj" and preposition.lower_ in VERB_COMPANIONS and preposition.head.pos_ == "VERB":
        return preposition.head  # "is being held in Roj camp with three children"
    if head.dep_ != "pobj" or preposition.lower_ not in COMPANIONS:
        return None
    before = COMPANIONS[preposition.lower_]
    if not before:
        return preposition.head
    if any(c.lower_ in before for c in preposition.children):
        return preposition.head  # "together with", parsed with "together" under "with"
    return preposition.head.head if preposition.head.lower_ in before else None


def _a_clause_of_other_people(doc: Doc, verb: Token, figure: Figure) -> bool:
    """A subordinate clause, not over the figure, whose verb has a subject of its own: "days after
    gunmen killed 148 people"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return verb.dep_ in ("advcl", "relcl", "acl", "pcomp") and subject is not None and \
        figure.count.head not in {t.i for t in subject.subtree} and \
        verb.i not in {t.i for t in _ancestors(doc[figure.count.head])}


def _cue_cost(doc: Doc, figures: list[Figure], cue: Cue, n: int, owner: dict[int, int],
              cue_roots: set[int] | frozenset[int] = frozenset()) -> float | None:
    figure = figures[n]
    count_token = doc[figure.count.head]
    cue_token = doc[cue.root]
    if owner.get(cue.root) not in (None, n):
        return None  # the cue is another figure's word
    if any(figures[p].count.start < cue.root < figure.count.start for p in figure.parts):
        return None  # "123 back out of 478": the part's predicate, between it and its whole
    if figure.breakdown and any(f.count.noun is not None and f.count.start <= cue.root <= f.count.noun
                                for m, f in enumerate(figures) if m != n):
        return None  # nor, in a list, another item's noun ("10 foreign terrorist fighters, 36 women")
    if figure.count.noun is None and count_token.dep_ == "conj" and count_token.head.i == cue.root and \
            any(f.count.noun == cue.root for m, f in enumerate(figures) if m != n):
        return None  # "counts 130 returnees and about 150 presumed killed": the noun is the other number's
    if figure.count.noun is not None and any(
            doc[f.count.head].dep_ == "conj" and doc[f.count.head].head.i == figure.count.noun
            and figure.count.noun < f.count.start and f.count.end <= cue.start for m, f in enumerate(figures) if m != n) \
            and cue.root not in {t.i for t in doc[figure.count.noun].ancestors}:
        return None  # and "presumed killed", hung on "returnees" after the joined number, is that number's
    if figure.whole is not None and figure.count.start > 0 and doc[figure.count.start - 1].lower_ == "including" and \
            figures[figure.whole].cue is not None and cue.root > figure.count.end and \
            cue.root not in {t.i for t in doc[figure.count.phrase_head].subtree}:
        return None  # "34 killed, including nine in suicide bombings, and eight ... arrested": a later clause's verb is another figure's
    if _says_who_the_none_are(doc, figure, cue):
        return None
    # ("the departure of four Canadian women" where the sentence names a camp: they left the camp;
    # not "could not stop the departure of 3,000 Tunisians")
    if cue_token.lemma_.lower() in OWN_NOUN_CUES and cue_token.pos_ == "NOUN" and (
            cue_token.dep_ == "pobj" and cue_token.head.lower_ == "at" or any(t.lower_ in CAMP_WORDS for t in doc) and any(
                c.lower_ == "of" and figure.count.head in {t.i for t in c.subtree} for c in cue_token.children)):
        return None  # "the age at departure"
    path = tree_path(count_token, cue_token)
    # ("the largest group of deportees were ...": the collective and its "of" add no distance)
    collective = 2 if path is not None and len(path) > 3 and path[-2].lower_ == "of" and \
        path[-3].lemma_.lower() in COLLECTIVE_NOUNS and cue_token.dep_ == "pobj" else 0
    # ("deported a total of 7,658 foreign terrorist fighters": the quantity noun and its "of" add none either)
    collective += 2 if path is not None and any(path[k].lower_ == "of" and path[k + 1].lemma_.lower() in QUANTITY_NOUNS
                                                and any(c.lower_ == "a" for c in path[k + 1].children)
                                                for k in (1, 2) if k + 1 < len(path) - 1) else 0
    if path is None or len(path) - collective > MAX_PATH or _crosses_other_count(path, n, owner):
        return None
    if _from_the_speaker(path):
        return None  # '"Of the 600 who got in, a third were women," said a woman who tracks returnees'
    if cue.status == "departed" and cue_token.lemma_ == "leave" and any(
            c.dep_ == "dobj" and figure.count.head in {t.i for t in c.subtree} for c in cue_token.children):
        # ("leaves UK nationals, including around 25 women, in indefinite detention": the object's parts too)
        return None  # "leaving 11,000 foreign women and children in a camp": people left behind did not go
    if cue.root > figure.count.start and _semicolon_between(doc, figure.count.start, cue.root) and \
            (figure.whole is not None or cue_token.dep_ == "ROOT"):
        # "six repatriated, two women and four children; both women have been charged": a later clause;
        # "identified 41,490 affiliates ...; by the same date 7,366 had returned", parsed as one clause
        return None
    cost = float(len(path) - collective)
    if any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB" and t.head.i in
           {p.i for p in path} for t in path):
        cost += 3  # a noun "conjoined" to a verb is a parse error, not a predicate of the noun
    if any(t.dep_ == "prep" and any(c.dep_ == "pcomp" for c in t.children) and
           (t.lower_ in ("for", "over") or t.lower_ == "of" and t.head.pos_ == "NOUN") for t in path[1:-1]):
        # (and "convicted 27 returnees of joining ...", the offence misread as hung on the people)
        cost += 3  # "indictments against 112 persons for joining armed conflicts": the offence, not what befell them
    rising = [t for t in path[1:] if t.i in {a.i for a in _ancestors(count_token)}][:-1]
    if any(t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") for t in rising):
        # "Kyrgyzstan, whose GKNB counts 850 citizens who went ..., has brought back 79": a figure
        # inside a relative clause is not the subject of the clause that clause modifies
        cost += 3
    if cue_token.head.i in cue_roots and _participle_read_as_a_clause_subject(cue_token) is not None:
        cost += 2  # "31 men returned under the operation have been convicted": who they are, not what befell them
    if cue_token.head.i in cue_roots and _reduced_relative_read_as_object_clause(cue_token):
        cost += 3  # "has charged 20 women brought back from the camps": the charge is what the figure says
    if cue_token.dep_ == "conj" and cue_token.head.i in cue_roots and any(c.lower_ == "or" for c in cue_token.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue_token.children):
        cost += 2  # "people who travelled or tried to travel": the first of the alternatives heads them
    if cue_token.pos_ == "NOUN" and cue_token.dep_ == "attr" and cue_token.head.lemma_ == "be" and \
            cue_token.head.i in {t.i for t in _ancestors(count_token)}:
        cost += 1  # "41 of the dead were Tunisian recruits": who they were; "the dead" says what befell them
    noun = figure.count.noun
    misread_verb = cue.root < figure.count.start and cue_token.pos_ == "VERB"  # "convicted 27 returnees" read as a modifier
    if noun is not None and (cue.root == noun or doc[cue.root].head.i == noun and not misread_verb and
                             doc[cue.root].dep_ in ("amod", "compound")):
        cost += 3  # "returnees", "foreign fighters": the noun names the group, a verb says what befell it
    ancestors = {t.i for t in _ancestors(count_token)}
    if cue.root not in ancestors:
        cost += 0.5
        head = doc[noun] if noun is not None else count_token
        in_own_clause = any(t.i == cue.root for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree)
        if in_own_clause:
            # "the names of 19,000 people who joined IS": the governing clause says what is
            # counted; "the 850 fighters who left Britain": a whole is defined by its clause
            # ("47 people, among them six men who were arrested on landing": a part's own clause sets it apart)
            # (but "among them 17 who had returned from Syria": a past perfect says who they were before)
            sets_apart = figure.whole is not None and not _in_past_perfect(doc[cue.root])
            # (but "121 people who came back have been charged, and 87 of them convicted": a whole
            # that is a status verb's subject is what that verb says)
            # (not "4,000 left ..., of which just 400 — 10 percent — have come back": a part before the verb is its subject)
            predicated = head.dep_ in ("nsubj", "nsubjpass") and head.head.i in cue_roots and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i for c in head.head.children) and \
                not any(head.i < figures[p].count.start < head.head.i for p in figure.parts)
            cost += -2.0 if figure.parts and not predicated or _fronted_whole(head) or sets_apart else 2.0
    return cost


def _says_who_the_none_are(doc: Doc, figure: Figure, cue: Cue) -> bool:
    """"none of those who have come back has been involved in an attack", "no foreigner sentenced to
    death has been executed": a zero's clause says what did not happen to them; the words inside
    its phrase only say who they are, and nothing the schema counts befell none of them."""
    head = doc[figure.count.phrase_head]
    if figure.count.value.value != 0 or head.dep_ not in ("nsubj", "nsubjpass") or cue.root == figure.count.noun:
        return False
    inside = {t.i for t in head.subtree} - {head.i} - set(range(figure.count.start, figure.count.end))
    if cue.root in inside and head.head.pos_ in ("VERB", "AUX"):
        return True
    # ("... has been involved in any attack since returning": when, not what; `_none_of_whom` dates
    # the same way for a zero with a noun, "none of the returnees", where any subordinate clause only dates)
    cue_token = doc[cue.root]
    return cue_token.dep_ in ("pcomp", "advcl") and cue_token.head.head.i == head.head.i and \
        (cue_token.head.lower_ in TIME_LINKS or any(c.dep_ == "mark" and c.lower_ in TIME_LINKS for c in cue_token.children))


def _none_with_a_predicate_of_its_own(doc: Doc, figure: Figure) -> bool:
    """"None of those who came back has been involved in an attack": a zero whose own verb says
    nothing the schema counts is no part of the figure before. A copula or a raising verb ("None
    of them is thought to be in prison") passes its predicate on, so those parts still count."""
    head = doc[figure.count.phrase_head]
    return figure.count.value.value == 0 and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB" and \
        head.head.lemma_ not in ("be", "have") and head.head.lemma_ not in RAISING_LEMMAS



def _predicate_after_set_off_items(doc: Doc, figures: list[Figure], whole: Figure) -> Cue | None:
    """"110 Kosovo citizens - four men, 32 women and 74 children - flown back from camps": the
    predicate after a breakdown set off by dashes or brackets is its whole's, which the parser hangs
    on the last item."""
    parts = [figures[p] for p in whole.parts]
    if not parts or not all(p.breakdown and p.cue is not None and p.status == parts[0].status for p in parts):
        return None
    cue = next((p.cue for p in parts if p.status_rule == "status/tree"), None)
    last = max(p.count.end for p in parts)
    if cue is None or cue.start < last or doc[cue.root].pos_ != "VERB":
        return None
    if whole.count.noun is not None and any(c.dep_ == "relcl" for c in doc[whole.count.noun].children):
        return None  # ("5,412 persons who left ... – among them 1,038 women ... –": the whole's own clause)
    return cue if any(t.text in SET_OFF_CLOSERS for t in doc[last:cue.start]) else None


def _own_clause_verb(doc: Doc, figure: Figure, cue: Cue) -> bool:
    """The cue of the clause whose subject the figure is, but in a relative clause on it only that
    clause's own verb, and not in the past perfect ("who spent three years in a detention camp are
    tonight on Australian soil", "17 who had returned")."""
    path = tree_path(doc[figure.count.head], doc[cue.root]) or []
    relative = any(t.dep_ in ("relcl", "acl") for t in path[1:])
    # (nor a perfect infinitive: "two women known to have been held in Ain Issa were among the escapees")
    perfect_infinitive = {"to", "have"} <= {c.lower_ for c in doc[cue.root].children if c.dep_ == "aux"}
    return not (relative and (_in_past_perfect(doc[cue.root]) or perfect_infinitive or
                              doc[cue.root].pos_ not in ("VERB", "AUX")))


def _from_the_speaker(path: list[Token]) -> bool:
    """A path that climbs out of what a clause says (its complement) and down into who says it
    (its subject): a word about the speaker says nothing of the figures they give."""
    if not path:
        return False  # no path: the cue is in another sentence of a run-on segment
    # the common ancestor: where the path stops climbing heads and starts descending to children
    top = next((k for k in range(len(path) - 1) if path[k + 1].head.i == path[k].i), len(path) - 1)
    below_count = path[top - 1] if top > 0 else None
    below_cue = path[top + 1] if top + 1 < len(path) else None
    return below_count is not None and below_cue is not None and below_count.dep_ == "ccomp" and \
        below_cue.dep_ in ("nsubj", "nsubjpass") and below_cue.pos_ in ("NOUN", "PROPN")


def _nearly_all(token: Token) -> bool:
    """"nearly all of whom were prosecuted": all but some, a share of the people, not the whole."""
    return token.lower_ == "all" and any(c.lower_ in ("nearly", "almost", "virtually", "practically")
                                         for c in token.children)


def _in_past_perfect(token: Token) -> bool:
    """"who had returned", and "who had returned ... or been deported": the auxiliary of the first conjunct."""
    verb = token if token.pos_ in ("VERB", "AUX") else next((t for t in token.ancestors if t.pos_ == "VERB"), token)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for v in verbs for c in v.children)


def _fronted_whole(noun: Token) -> bool:
    """"Of the 16 men it has brought back, prosecutors charged every one": the whole of a fronted
    partitive, whose parts the main clause tells of."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("VERB", "AUX") and \
        noun.head.i < noun.head.head.i


def _semicolon_between(doc: Doc, start: int, end: int) -> bool:
    return any(t.text == ";" for t in doc[start:end])


def country_acts(doc: Doc, figure: Figure) -> bool:
    """"France repatriated 35 children", "North Macedonia took back seven men", "a court in Antwerp
    convicted 45", "an aircraft landed carrying 112 citizens": a country or one of its acting
    bodies did something to the figure's people, which is news the article reports itself."""
    if figure.cue is None or figure.status not in ACTS_OF_STATE:
        return False
    verb = doc[figure.cue.root]
    subject = _clause_subject(verb)
    if subject is None and verb.dep_ == "advcl":
        subject = _clause_subject(verb.head)  # "the aircraft landed carrying 112"
    if subject is None or subject.i in range(figure.count.start, figure.count.end):
        return False
    acts = subject.head.i == verb.i or verb.dep_ in ("advcl", "xcomp", "conj") and subject.head.i == verb.head.i
    return acts and (subject.ent_type_ == "PLACE" and subject.pos_ == "PROPN" or subject.lemma_.lower() in acting_bodies())


def _is_hypothetical(doc: Doc, figure: Figure) -> bool:
    """"if even one returnee slips through", "how many of those 400 have been prosecuted?":
    a condition or a question counts no one."""
    if any(t.text == "?" for t in doc[-2:]) or doc[0].lower_ in HYPOTHETICAL_OPENERS and doc[0].tag_ == "VB":
        return True  # "How many of the 400 who left still believe?", "Suppose 100 came home"
    own_phrase = {t.i for t in doc[figure.count.phrase_head].subtree}
    # "How many of the 850 who left have returned": the 850 left, whatever the question
    asked = figure.cue is None or figure.cue.root not in own_phrase
    for token in _ancestors(doc[figure.count.head])[:8]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return True
        if _states_a_generic_case(token):
            return True
        if token.lower_ == "many" and any(c.lower_ == "how" for c in token.children):
            return asked
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "ccomp", "conj"):
            return asked and any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "how" for g in c.subtree)
                                 for c in token.children)
    return False


def _states_a_generic_case(verb: Token) -> bool:
    """"When a woman comes back with two or three children": a present-tense clause about 'a'
    someone, opened by 'when', describes what happens in such cases, not what happened."""
    marked = any(c.dep_ in ("advmod", "mark") and c.lower_ in GENERIC_SUBORDINATORS for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if marked and subject is not None and (subject.lower_ == "one" or subject.lemma_ == "person" and any(
            c.lower_ == "one" for c in subject.children)) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "other" for c in verb.head.children):
        return True  # "Once one person went, the others felt they had to follow": how it spread, any tense
    if verb.tag_ not in ("VBZ", "VBP") or not marked:
        return False
    return subject is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an", "every", "each", "any")
                                       for c in subject.children)


def _violent(verb: Token) -> bool:
    """A verb of violence: "claimed" with anything but a state, body, person or pronoun as its
    subject ("the war has claimed 300 Tunisian fighters"); "Russia claims 6,000 foreign fighters
    killed" reports a figure."""
    return verb.lemma_ in VIOLENCE_LEMMAS and (verb.lemma_ != "claim" or not any(
        c.dep_ == "nsubj" and (c.ent_type_ in (PLACE_LABEL, "PERSON", "ORG", "SOURCE", "NORP", "GPE") or c.pos_ == "PRON")
        for c in verb.children))


def _said_of_them_after_for(doc: Doc, figures: list[Figure], cues: list[Cue]) -> None:
    """"For around 270 of them there are indications that they died in Syria": a figure set up by
    "for" is what the "they" of the clause the sentence goes on to say was done to, or did."""
    by_root = {c.root: c for c in cues if not c.negated}
    for figure in figures:
        # ("For around 270 of the departed persons": the number itself; "For 30 Belgians": its noun)
        number = next((t for t in (doc[figure.count.head], doc[figure.count.phrase_head])
                       if t.dep_ == "pobj" and t.head.lower_ == "for"), None)
        if number is None or number.head.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = number.head.head
        # (a clause on a noun, "indications that they died"; not what speakers "said they had" done)
        said = next((by_root[t.i] for t in verb.subtree if t.i in by_root and t.dep_ == "acl"
                     and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" for c in t.children)
                     and not any(c.dep_ == "dobj" for c in t.children)), None)
        if said is not None:
            figure.cue, figure.status, figure.status_rule = said, said.status, "status/tree"


def _moved_the_fighters(doc: Doc, figure: Figure) -> bool:
    """People arrested, charged or convicted over trafficking: the word is in their own phrase
    ("17 people accused of running a trafficking network"), in a phrase on the verb ("charged 19
    people in a human trafficking case") or in the clause the verb is joined to ("uncovered a
    trafficking ring ... and had arrested 17 people"); not in an aside on some of them ("600
    people, including some accused of trafficking Yazidi women")."""
    def words_in(top: Token) -> bool:
        for t in top.subtree:
            if t.lemma_.lower() not in FACILITATION_WORDS and t.lower_ not in FACILITATION_WORDS:
                continue
            path = itertools.takewhile(lambda a: a.i != top.i, _ancestors(t))
            if not any(a.lower_ in ("including", "among") for a in path):
                return True
        return False
    phrase = doc[figure.count.phrase_head]
    verb = doc[figure.cue.root] if figure.cue is not None else None
    places = [phrase]
    if verb is not None:
        places += [c for c in verb.children if c.dep_ == "prep" and c.lower_ not in ("including", "among")]
        if verb.dep_ == "conj":
            places += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(words_in(p) for p in places)


def _whole_of_fates(figures: list[Figure], figure: Figure) -> bool:
    """"puts its own figure at about 100, of whom 40 are thought to have died and a further 30 have
    come home": a whole whose parts died or came back is of people who went."""
    parts = [f for f in figures if f.whole is not None and figures[f.whole] is figure]
    return any(f.status in ("killed", "returned") and f.status_rule != "status/default" for f in parts)


def _put_at_a_number_inside(doc: Doc, figure: Figure) -> bool:
    """"the Islamist personnel potential in Germany at 27,480 persons", "the jihadist movement in the
    Netherlands at around 500": people a country holds, put at a number, are there, not gone."""
    if figure.place_rule != "place/at" or figure.place_mention is None:
        return False
    root = figure.place_mention.span(doc).root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "inside", "within")


def _a_battle_s_toll(doc: Doc, figures: list[Figure], figure: Figure) -> bool:
    """"More than 1,100 people had died, among them about 920 militants, 165 soldiers and 47
    civilians": dead broken down into soldiers or civilians are a battle's toll, parts and all."""
    whole = figure if figure.parts else figures[figure.whole] if figure.whole is not None else None
    if whole is None or whole.status != "killed":
        return False
    return any(figures[p].count.noun is not None and doc[figures[p].count.noun].lemma_.lower() in TOLL_NOUNS
               for p in whole.parts)


def _is_victim(doc: Doc, figure: Figure) -> bool:
    """"the attack killed 130 people", "wounded more than 130", "left 1,100 people dead": the
    counted people are what an act of violence was done to, not who went."""
    noun = doc[figure.count.phrase_head]
    verb = noun.head
    if noun.dep_ in ("dobj", "pobj") and _violent(verb) and \
            not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if figure.status == "killed" and noun.lemma_.lower() == "civilian":
        return True  # "at least 47 civilians died": those a war or an attack killed, not who went to it
    first = _first_conjunct(noun)  # "killed 168 soldiers and police officers and 87 civilians"
    if first is not noun and first.dep_ == "dobj" and _violent(first.head):
        return True
    if noun.dep_ in ("dobj", "npadvmod") and _violent(verb) and verb.dep_ == "conj" and _violent(verb.head):
        return True  # "... killed 168 soldiers, and displaced about 360,000 people"
    if noun.dep_ == "dobj" and verb.lemma_ == "leave" and any(
            c.lower_ in ("dead", "injured", "wounded", "homeless") for c in list(verb.children) + list(noun.children)):
        return True  # "left more than 1,100 people dead"
    if noun.lemma_ == "death" and noun.dep_ == "dobj" and (verb.lemma_ in ("cause", "claim") or any(
            c.dep_ == "nsubj" and _names_an_attack(c) for c in verb.children)):
        return True  # "the attacks caused 130 deaths"
    cue = figure.cue
    if cue is not None and figure.status == "killed" and figure.count.subject == "people":  # not "12 French fighters"
        # (and people from nowhere the sentence names killed in a war: "the 1992-95 war, in which some 100,000
        # people were killed", "more than 500 people were killed in ten days of fighting")
        # (not a part of people counted before: "Of them, some 70 people were killed in the fighting")
        nowhere = figure.place is None and figure.whole is None and not _points_back(doc, figure) and \
            _fronted_partitive_end(doc) is None
        nouns = ATTACK_NOUNS | WAR_NOUNS if nowhere else ATTACK_NOUNS
        clause = next((t for t in _ancestors(noun) if t.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.dep_ == "relcl" and (_names_an_attack(clause.head, nouns) or
                                                               _in_which_after_an_attack(clause, nouns)):
            return True  # "the Westgate mall siege, in which 67 people died"
        verb = doc[cue.root]
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(_names_an_attack(o, nouns) for o in c.children)
               for c in verb.children):
            return True  # "51 people were killed in al-Hol in attacks attributed to ISIS cells"
    after = doc[figure.count.end] if figure.count.end < len(doc) else None
    if after is not None and after.lower_ in WOUNDED_WORDS:
        return True  # "... and 15 injured"
    if cue is not None and figure.status == "killed" and _with_the_wounded(doc[cue.root]):
        return True  # "Four people were killed and 15 injured when a lorry was driven into the crowd"
    return cue is not None and doc[cue.root].lower_ == "dead" and doc[cue.root].head.lemma_ == "leave"


def _with_the_wounded(verb: Token) -> bool:
    """A death toll given with the wounded is an attack's: fighters' deaths come without injuries."""
    near = [verb] + list(verb.children) + ([verb.head] if verb.dep_ == "conj" else [])
    return any(t.lower_ in WOUNDED_WORDS for n in near for t in [n, *n.children])


def _in_which_after_an_attack(clause: Token, nouns: frozenset[str] | set[str] = ATTACK_NOUNS) -> bool:
    """"the 2015 attacks on the Bardo museum and on a beach hotel, in which 22 and 38 people were
    killed": a relative "in which" shortly after an attack names the attack's dead, whatever noun the
    parser hangs it on."""
    opener = clause.left_edge
    if opener.lower_ not in ("in", "during") or opener.i + 1 >= len(clause.doc) or clause.doc[opener.i + 1].lower_ != "which":
        return False
    return any(t.lemma_.lower() in nouns for t in clause.doc[max(0, opener.i - 15) : opener.i])


def _names_an_attack(noun: Token, nouns: frozenset[str] | set[str] = ATTACK_NOUNS) -> bool:
    """The noun, or the noun its phrase hangs from ("the siege of the Holey Artisan Bakery in Dhaka"),
    is an attack; so is a span of it ("ten days of fighting")."""
    for _ in range(4):
        if noun.lemma_.lower() in nouns or any(
                c.lower_ == "of" and any(o.lemma_.lower() in nouns for o in c.children) for c in noun.children
                if noun.lemma_.lower() in SPAN_NOUNS):
            return True
        if noun.dep_ not in ("pobj", "appos") or noun.head.i == noun.i:
            return False
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    return False


def _none_of_whom(doc: Doc, figure: Figure) -> bool:
    """"None of the Vilvoorde returnees has been linked to an attack": a zero whose only status is
    the noun it is a part of says that nothing else befell them, not that none returned."""
    noun = figure.count.noun
    if figure.count.value.value != 0 or figure.cue is None or noun is None or \
            not (doc[noun].dep_ == "pobj" and doc[noun].head.lower_ == "of"):
        return False
    if figure.cue.root == noun:
        return True
    # ("Not one of the returnees has been linked to an attack since coming home": the cue only dates it)
    verb, cue = governing_verb(doc, figure), doc[figure.cue.root]
    below = [t for t in (cue, *cue.ancestors) if verb is not None and verb in t.ancestors]
    return any(t.dep_ in ("advcl", "pcomp") for t in below)


def _a_part_of_things(doc: Doc, figure: Figure) -> bool:
    """"six attack plots, two of which were foiled": "of which" counts the things its clause hangs on."""
    end = figure.count.end
    if figure.count.noun is not None or [t.lower_ for t in doc[end : end + 2]] != ["of", "which"]:
        return False
    clause = next((t for t in doc[figure.count.head].ancestors if t.dep_ in ("relcl", "acl")), None)
    # (not "The first wave of 150 Moroccans, 60 of which were later killed": the wave is of people)
    of_people = clause is not None and any(c.lower_ == "of" and any(_counts_people(o) or o.ent_type_ == PLACE_LABEL
                                                                     for o in c.children) for c in clause.head.children)
    return clause is not None and figure.whole is None and clause.head.pos_ == "NOUN" and \
        not _counts_people(clause.head) and not of_people


def _is_sample(doc: Doc, figure: Figure) -> bool:
    """"We also interviewed 23 returnees", "the jury of seven women and five men": people counted
    as a sample someone studied, or as the members of a sitting body, are not a figure; nor are
    "13 members of the security forces" or "the 86 members of the Global Coalition"."""
    noun = _first_conjunct(doc[figure.count.phrase_head])
    # (not "Five members of Tajikistan's police force joined Islamic State": their own verb says what befell them)
    # (a conjunct's verb is the list's: "along with 13 members ... and seven civilians")
    verb = governing_verb(doc, figure)
    own_verb = figure.cue is not None and verb is not None and figure.cue.root == verb.i and \
        noun.i == figure.count.phrase_head
    if noun.lemma_.lower() == "member" and not own_verb and any(c.lower_ == "of" and any(
            o.lemma_.lower() in CIVIC_BODIES | SITTING_BODIES for o in c.children) for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in SAMPLE_LEMMAS:
        return True
    if noun.dep_ == "pobj" and verb.lower_ in ("with", "of") and verb.head.pos_ == "NOUN" and \
            verb.head.lemma_.lower() in SAMPLE_LEMMAS:
        return True  # "based on interviews with 63 mothers and children", "a survey of 200 returnees"
    return noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in SITTING_BODIES


def _only_born_there(doc: Doc, figure: Figure) -> bool:
    """"460 children ... are now in Syria and Iraq, a third of them born there": a share set off in
    a verbless clause that says only where they were born is no figure of a status."""
    head = doc[figure.count.phrase_head]
    verb = head.head
    return figure.status is None and head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ == "bear" and \
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _is_capacity(doc: Doc, figure: Figure) -> bool:
    """"The centre, which can accommodate up to 150 people at a time": how many a place has room
    for, with "can" or "could" on a verb of holding, counts no one."""
    noun = _first_conjunct(doc[figure.count.phrase_head])
    verb = noun.head
    # (a verb of holding only with "up to": "could no longer hold 2,000 foreign fighters" counts them)
    up_to = figure.count.text(doc).lower().startswith("up to")
    return noun.dep_ == "dobj" and (verb.lemma_.lower() in CAPACITY_VERBS or
                                    verb.lemma_.lower() in HOLDING_VERBS and up_to) and \
        any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children) and \
        not any(c.dep_ == "neg" or c.lower_ == "longer" for c in verb.subtree if c.i < noun.i)


def _one_for_a_thing(doc: Doc, figure: Figure) -> bool:
    """"people who went looking for a war and found one": "one" standing for a thing the verb
    took, not a count of people."""
    token = doc[figure.count.head]
    return token.lower_ == "one" and figure.count.start == figure.count.end - 1 and figure.count.noun is None and \
        token.dep_ == "dobj" and not any(c.dep_ == "prep" for c in token.children)


def _a_group_s_strength(doc: Doc, figure: Figure) -> bool:
    """"al-Shabaab, whose overall strength it put at 7,000 to 12,000 fighters": the whole armed
    group, not people from a country; a foreign contingent's strength is theirs."""
    verb = governing_verb(doc, figure)
    if verb is None:
        return False
    # the verb's own subject or object, or a word on one ("whose strength UN monitors put at"),
    # not "on the strength of messages" nor a noun further down the clause
    nouns = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in (c, *c.children)
             if t.lemma_.lower() in STRENGTH_NOUNS]
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in STRENGTH_NOUNS:
        nouns.append(verb.head)  # "out of a total strength it put at 4,000 to 6,000": the verb's clause is on the strength
    # ("the group still has between 6,000 and 10,000 fighters in Iraq and Syria": the group's own fighters)
    held = doc[figure.count.phrase_head]
    # ("Al-Shabaab was estimated to field between 7,000 and 12,000 fighters": the subject raised to the verb above)
    subjects = [c for v in ([verb, verb.head] if verb.dep_ == "xcomp" else [verb]) for c in v.children
                if c.dep_ in (("nsubj", "nsubjpass") if v.i != verb.i else ("nsubj",))]
    if verb.lemma_ in STRENGTH_VERBS and held.dep_ == "dobj" and not _points_back(doc, figure) and any(
            c.lower_ in ARMED_GROUPS and c.pos_ in ("NOUN", "PROPN") for c in subjects):
        nouns.append(held)
    return bool(nouns) and not any(_says_whose(noun) for noun in nouns)


def _says_whose(noun: Token) -> bool:
    """A country, "foreign" or "contingent" on a group's strength or fighters says whose they are;
    where the group fights does not ("IS strength in Libya", "fighters in Iraq and Syria")."""
    return any(t.lemma_.lower() in WORLD_MODIFIERS or t.lemma_.lower() == "contingent" or t.ent_type_ == PLACE_LABEL
               for c in noun.children if not (c.dep_ == "prep" and c.lower_ in ("in", "inside", "across"))
               for t in c.subtree)


def _whole_of_a_ratio(doc: Doc, figure: Figure) -> bool:
    """"one in six of the 41,000", "two out of three of those 300": a bare whole a ratio is taken of
    restates a figure before it, and the ratio's predicate is not said of it: no record."""
    start = figure.count.start
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if figure.count.noun is not None:
        return False  # ("one in three of the 1,500 Moroccans who went": a whole with its own predicate)
    if before[-2:] not in (["of", "the"], ["of", "those"], ["of", "these"]) and before[-1:] != ["of"]:
        return False
    of = start - 2 if before[-1:] != ["of"] else start - 1
    ratio = doc[max(0, of - 4) : of]
    return len(ratio) >= 3 and ratio[-1].like_num and ratio[-2].lower_ == "in" and ratio[-3].like_num or \
        len(ratio) >= 4 and ratio[-1].like_num and [t.lower_ for t in ratio[-3:-1]] == ["out", "of"] and ratio[-4].like_num


def _acquitted(doc: Doc, figure: Figure) -> bool:
    head = doc[figure.count.phrase_head]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ACQUITTAL_LEMMAS


def _released(doc: Doc, figure: Figure) -> bool:
    """"218 have now been released": let go, with nowhere they went ("released to their home
    government"), no verb after ("freed from Roj and flown to Paris") and not out of a camp ("released
    from al-Hol"), which is none of the schema's statuses."""
    head = doc[figure.count.phrase_head]
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in RELEASE_LEMMAS:
        return False
    return not any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") or
                   c.dep_ == "prep" and (c.lower_ in ("to", "into") or any(t.lower_ in CAMP_WORDS for t in c.subtree))
                   for c in verb.children)


def _an_exception(doc: Doc, figure: Figure) -> bool:
    """"all but three have been arrested", "everyone except two": the predicate is of everyone else."""
    before = [t.lower_ for t in doc[max(0, figure.count.start - 2) : figure.count.start]]
    return len(before) == 2 and before[0] in EXCEPTION_WHOLES and before[1] in ("but", "except", "save")


def _is_stripped(doc: Doc, figure: Figure) -> bool:
    """"has stripped more than 150 people of their citizenship", "20 people had been stripped of
    their citizenship": a state's act on their papers, no status of the schema."""
    noun = doc[figure.count.phrase_head]
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in STRIPPING_LEMMAS:
        return False
    return any(prep.lower_ == "of" and any(o.lemma_.lower() in STRIPPED_THINGS for o in prep.children)
               for prep in list(verb.children) + list(noun.children) if prep.dep_ == "prep")


# ---------------------------------------------------------------- subject and confidence

def _subject_constructions(doc: Doc, figures: list[Figure], matches, owner: dict[int, int]) -> None:
    """"the number of Georgian citizens who travelled at no more than 50": the noun of the
    construction names who is counted ("the number of Chechens who had gone": fighters)."""
    for rule, roles in matches:
        if not rule.startswith("subject/"):
            continue
        for n in _counts_in(roles.get("count", []), owner)[:1]:
            noun = doc[roles["noun"][-1]]
            subject = noun_subjects().get(noun.lemma_.lower()) or noun_subjects().get(noun.lower_) or \
                ("fighters" if noun.ent_type_ == "PLACE" else None)
            if not figures[n].subject and subject not in (None, "not_people"):
                figures[n].subject = subject


def _subject(doc: Doc, figures: list[Figure], previous_subject: str | None = None) -> None:
    """Who a figure counts: its own noun, its whole's, a noun counted earlier in the sentence; the
    previous sentence's only when the figure points back to it ("30 of them", "Of these, 12");
    otherwise the default of SCHEMA.md, fighters."""
    sentence_subject = next((f.count.subject for f in figures if f.count.subject), None)
    # "Of those, 130 are back and 150 dead"; "Half have returned, about 50 were killed" (no
    # place of its own: the sentence goes on about the previous one's people)
    continues = _points_back(doc, figures[0]) and doc[0].lower_ == "of" or not any(t.ent_type_ == "PLACE" for t in doc)
    for figure in _wholes_first(figures):
        if figure.subject:
            continue
        named = _predicate_noun_subject(doc, figure) or _fronted_partitive_subject(doc, figure)
        if named:
            figure.subject = named  # "25 of them are men", "roughly 40 are children"
        elif figure.whole is not None and figures[figure.whole].subject:
            figure.subject = figures[figure.whole].subject
        else:
            # an elided noun is one said before: "102 fighters, with 17 home" but not "103 who
            # have come back, while 400 women and children are held"
            earlier = next((f.count.subject for f in figures if f.count.subject and f.count.start < figure.count.start), None)
            if _points_back(doc, figure):
                figure.subject = previous_subject or earlier or sentence_subject or "fighters"
            elif continues:
                figure.subject = earlier or previous_subject or sentence_subject or "fighters"
            else:
                figure.subject = earlier or "fighters"


def _opening_comma(doc: Doc) -> int | None:
    """The comma that closes an opening "Of the women," / "Of the nine from Belgium who left,"."""
    if len(doc) < 4 or doc[0].lower_ not in ("of", "among", "within"):
        return None
    return next((t.i for t in doc[1:20] if t.text == ","), None)


def _repeat_opening_end(doc: Doc) -> int | None:
    """The end of an opening "Of the 595," or of an inverted "Among the 146 were ..."."""
    comma = _opening_comma(doc)
    verb = _inverted_copula(doc, comma)
    return verb.i if verb is not None else comma


def _inverted_copula(doc: Doc, comma: int | None) -> Token | None:
    """The "are" of "Among those repatriated are ...", before any comma that closes the opening."""
    verb = doc[0].head if len(doc) > 3 and doc[0].lower_ in ("of", "among", "within") else None
    return verb if verb is not None and verb.lemma_ == "be" and 0 < verb.i < (comma or len(doc)) else None


def _fronted_partitive_end(doc: Doc) -> int | None:
    """The comma that closes an uncounted opening whole: "Of the women,", "Among those killed in Marawi,";
    or the copula after an inverted one: "Among those repatriated are three women and seven children"."""
    end = _opening_comma(doc)
    verb = _inverted_copula(doc, end)
    if verb is not None and verb.dep_ == "ROOT":
        end = verb.i
    return None if end is None or end >= 20 or any(t.like_num for t in doc[1:end]) else end


def _fronted_repeat(doc: Doc, figures: list[Figure], previous: Figure) -> Figure | None:
    """"Of the 595, 406 are children, 156 are women": the opening's figure when it repeats the
    previous figure, which makes it no new record."""
    comma = _repeat_opening_end(doc)
    opening = [f for f in figures if comma is not None and f.count.end <= comma]
    if len(opening) != 1 or opening[0].count.value.value != previous.count.value.value:
        return None
    return opening[0]


def _including_the_previous_end(doc: Doc) -> int | None:
    """The end of "That includes", "The figure includes": the items after it are parts of the
    figure before ("That includes about 3,000 Iraqis and roughly 2,000 men from outside")."""
    words = [t for t in doc[:5] if not t.is_punct]
    at = 1 if words[:1] and words[0].lower_ in ("that", "this", "it") else \
        2 if len(words) > 1 and words[0].lower_ == "the" and words[1].lemma_.lower() in TOTAL_NOUNS else None
    if at is None:
        return None
    at += 1 if len(words) > at and words[at].lower_ == "also" else 0
    if len(words) > at and words[at].lemma_ in COMPOSITION_VERBS and words[at].lemma_ not in ("be", "make"):
        return words[at].i + 1
    return None


def _fronted_people(doc: Doc) -> int | None:
    """The end of an opening that names people already counted and nothing else: "Among the
    foreigners were 21 Iraqis, ...", "Of the suspects, 12 ..."."""
    end = _fronted_partitive_end(doc)
    if end == 2 and doc[1].lower_ in ANAPHORS or end == 3 and names_a_given_total(doc[2]):
        return end  # "Among them were 413 children, 157 women and 37 men", "Within that total are ...": every item is a part
    if end is None or end < 3 or doc[1].lower_ not in ("the", "these", "those"):
        return None
    opening = doc[2:end]
    if end == 3 and opening_people(doc) is not None and opening[0].tag_ in ("NNPS", "NNS"):
        return end  # "Among the Germans were three women and four children": people of a country counted before
    if any(t.pos_ not in ("ADJ", "NOUN") for t in opening) or noun_subjects().get(opening[-1].lemma_.lower()) in (None, "not_people"):
        return None
    return end


def opening_people(doc: Doc) -> Token | None:
    """The country's people an opening names: "Among the Germans, ...", "Of the Kosovars, ..."."""
    return doc[2] if len(doc) > 3 and doc[0].lower_ in ("of", "among", "within") and \
        doc[1].lower_ in ("the", "these", "those") and doc[2].ent_type_ == PLACE_LABEL else None


def _placed_apart_from_the_opening(doc: Doc, figure: Figure, previous: Figure) -> bool:
    """"Of the Kosovars, 44 were women ..., while Bosnia's figure takes in 61 women": a part an opening
    people of a country covers is placed by that opening, not by another country; and the opening
    people are the previous figure's only when it counted that country's ("30 Finns were killed in
    Syria. Among the Danes were 12 converts" says nothing of the Danes' fate)."""
    opening = opening_people(doc)
    return opening is not None and figure.place_mention is not None and (
        figure.place_mention.start != opening.i or previous.place is None or previous.place.key != figure.place.key)


def _fronted_partitive_subject(doc: Doc, figure: Figure) -> str | None:
    """"Of the women, three were charged": the people the sentence opens with, for a bare number."""
    comma = _fronted_partitive_end(doc)
    if figure.count.noun is not None or comma is None or figure.count.start < comma:
        return None
    subject = noun_subjects().get(doc[comma - 1].lemma_.lower())
    return subject if subject in ("women", "children", "women_and_children") else None


def _predicate_noun_subject(doc: Doc, figure: Figure) -> str | None:
    head = doc[figure.count.phrase_head]
    if head.dep_ in ("dobj", "attr") and head.head.lemma_ in ("make", "account", "comprise", "number", "represent"):
        # "Chechens ... made up roughly 600 of them": the clause's subject names who is counted
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            named = noun_subjects().get(subject.lemma_.lower())
            if subject.ent_type_ == "PLACE" and subject.pos_ in ("PROPN", "NOUN"):
                return "fighters"
            return named if named not in (None, "not_people") else None
    copula = head.head
    if figure.count.noun is None and figure.count.end < len(doc) and doc[figure.count.end].lemma_ == "be":
        copula = doc[figure.count.end]  # "and up to 4,640 were minors", the number parsed as a conjunct
    elif head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ != "be":
        return None
    for attr in copula.children:
        if attr.dep_ == "attr" and attr.pos_ == "NOUN":
            subject = noun_subjects().get(attr.lemma_.lower()) or noun_subjects().get(attr.lower_)
            if subject not in (None, "not_people"):
                return subject
    return None


def _points_back(doc: Doc, figure: Figure) -> bool:
    after = [t.lower_ for t in doc[figure.count.end : figure.count.end + 3]]
    before = [t.lower_ for t in doc[max(0, figure.count.start - 3) : figure.count.start]]
    if after[:1] == ["of"] and after[2:] and names_a_given_total(doc[figure.count.end + 2]):
        return True  # "about 11,300 of the total"
    return after[:1] == ["of"] and after[1:] and after[1] in ANAPHORS or any(w in ANAPHORS for w in before) \
        and ("of" in before or "among" in before)


STATUS_CONFIDENCE = {"status/column": 0.2, "status/camp": 0.15, "status/list": 0.15, "status/second-predicate": 0.2, "status/breakdown": 0.18, "status/with": 0.3, "status/tree": 0.25, "status/caught-trying": 0.25, "status/aboard": 0.15, "status/unused-cue": 0.15, "status/parallel": 0.15, "status/fronted": 0.15, "status/total": 0.25, "status/estimate": 0.12, "status/restated": 0.15, "status/question": 0.12,
                     "status/default": 0.12}


def _confidence(figure: Figure) -> float:
    score = 0.3 + PLACE_RULES.get(figure.place_rule, UNRATED).confidence + STATUS_CONFIDENCE.get(figure.status_rule, 0.0)
    if figure.count.noun is not None:
        score += 0.08
    if figure.count.value.vague:
        score -= 0.15
    return round(max(0.05, min(0.99, score)), 2)
