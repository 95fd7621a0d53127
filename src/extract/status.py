"""Stage 5, status: the words that say what happened to the counted people.

Cues come from `lexicons/status.jsonl`, spaCy SpanRuler patterns matched on lemmas and parts
of speech (like medspaCy's rule files). Which count a cue belongs to is decided in the
linking stage, through the dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .counts import noun_subjects
from .lexicon import lines, words
from .places import PLACE_LABEL, load_places, place_by_key


STATUS_SPANS = "extract_status"
NEGATIONS = words("status_words.json", "negations")
UNREALISED = words("status_words.json", "unrealised")
FUTURE_AUXILIARIES = words("status_words.json", "future_auxiliaries")
INTENTS = words("status_words.json", "intents")
PREPARING_LEMMAS = words("status_words.json", "preparing_lemmas")
MANDATIVES = words("status_words.json", "mandatives")
EVENT_NOUNS = words("subjects.json", "event_nouns")
REFUSALS = words("status_words.json", "refusals")
DECIDING_LEMMAS = words("status_words.json", "deciding_lemmas")
FIGHTERS_ONLY = words("status_words.json", "fighters_only")
COUNTING_SUBJECTS = words("status_words.json", "counting_subjects")
SUSPICION_VERBS = words("status_words.json", "suspicion_verbs")
TOPIC_HOLDERS = words("status_words.json", "topic_holders")
STILL_THERE = words("status_words.json", "still_there")
VEHICLES = words("status_words.json", "vehicles")
CARRYING_LEMMAS = words("status_words.json", "carrying_lemmas")
OPERATIONS = words("status_words.json", "operations")
SENDERS_TO_THE_ZONE = words("status_words.json", "senders_to_the_zone")
CONDITIONS_AT_HOME = words("status_words.json", "conditions_at_home")
SENDING_PLACES = words("status_words.json", "sending_places")
CAMP_WORDS = words("status_words.json", "camp_words")
WAR_PLACES = CAMP_WORDS | words("status_words.json", "war_towns")
DISPLACED_FROM = words("status_words.json", "displaced_from")
FLED_FROM = words("status_words.json", "fled_from")
TRANSIT_COUNTRIES = words("linking.json", "transit_countries")  # "arrived in Istanbul" is on the way in
FOREIGN_WORDS = words("linking.json", "world_modifiers")  # "foreign mercenaries had arrived in Ukraine" came to the war
LOST_TO_AN_ATTACK = words("linking.json", "attack_nouns") | words("status_words.json", "attack_times")
RECEIVING_LEMMAS = words("linking.json", "receiving_lemmas")
ARMED_GROUPS = words("linking.json", "armed_groups")
STATE_ENVOYS = words("status_words.json", "state_envoys")  # "the Canadian delegation took six women": the state's
QUANTITY_NOUNS = words("linking.json", "quantity_nouns")  # "a total of", "a busload of"


@dataclass(frozen=True)
class Cue:
    status: str
    start: int
    end: int
    root: int  # the token that stands for the cue in the dependency tree
    rule: str
    negated: bool

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def find_cues(doc: Doc) -> list[Cue]:
    """Status cues of the sentence; where matches overlap the longest wins, so "turned back"
    (attempted) beats "back" (returned)."""
    spans = sorted(doc.spans.get(STATUS_SPANS, []), key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    cues = []
    for span in spans:
        if taken.intersection(range(span.start, span.end)):
            continue
        label, rule = span.label_, span.id_ or span.label_
        focus = _focus().get(rule)
        matched = span
        if focus is not None:
            # the pattern needs context ("with 260 home"); the cue is only its focus ("home")
            span = span[focus[0] : focus[1]]
        root = _cue_root(span)
        if label == "departed" and (_leaves_a_remainder(root) or _leaves_the_war(root) or _a_vehicle_leaves(root)):
            continue  # ("left Raqqa and were brought home": out of the war, not into it)
        if label == "identified" and root.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in COUNTING_SUBJECTS for c in root.children) and \
                not _by_name(root):
            continue  # "a study identified 330 Bosnians who had gone": it counted them ("identified 62 ... by name" names them)
        if label == "identified" and root.lemma_ == "name" and any(c.dep_ == "oprd" for c in root.children):
            continue  # "an operation the government later named Zhusan": a name given to a thing
        if _under_a_suspicion(root):
            continue  # "10 men suspected of fighting for Islamic State": who they are, not what befell them
        if root.lemma_ == "evacuate" and _into_a_camp(root):
            continue  # "evacuated from Baghuz to al-Hol": moved into the camps, not home
        if root.lemma_ == "fall" and root.i + 1 < len(root.doc) and root.doc[root.i + 1].lower_ in ("to", "from", "by"):
            continue  # "that number has fallen to around a dozen": a total went down, nobody died
        if label == "remaining" and root.lemma_ in ("remain", "stay") and (_is_a_copula(root) or _at_home(root)):
            continue  # "the Middle East remains the biggest source", "two remain under investigation"
        if rule == "remaining/people-in-the-zone" and not _people_still_there(root):
            continue
        if rule == "killed/lost-people" and not _lost_people(root):
            continue  # "lost at least 49 of its nationals in the war" died; "lost 400 young people to IS" went
        if _is_home_to(span):
            continue  # "the region is home to around 500,000 Muslims": who lives there
        if (root.lemma_ == "hold" or rule in ("returned/verb", "detained/verb")) and root.pos_ == "VERB" and \
                _takes_a_thing(root) and not (rule == "detained/verb" and _takes_a_quantity_of_people(root)):
            # ("retrieved the bodies of 12 fighters", "returned documents": no one came home)
            # ("1,500 Afghan fighters ... guarding supply routes", "captured the town": they are the guards)
            continue  # "held talks", "holds the names of 2,000", "held the city": no one in custody
        if root.lemma_ == "hold" and any(c.dep_ == "prt" and c.lower_ in ("out", "off") for c in root.children):
            continue  # "Denmark held out longer than most": resisted, nobody held
        if _describes_a_thing(root):
            continue  # "seized personnel files", "returned documents"
        if root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ in ("on", "about") and \
                root.head.head.lemma_.lower() in TOPIC_HOLDERS:
            continue  # "in its 2017 report on returnees": what the report is about
        if root.lower_ in FIGHTERS_ONLY and noun_subjects().get(root.head.lemma_.lower()) != "fighters":
            continue  # "foreign fighters" went; "foreign children" says only where they are from
        if rule == STATE_TOOK and not _a_state_took_its_people(root):
            continue  # "Kazakhstan took more than 600", not "took part", "took 13 to Iraq" or "took power"
        if rule == STATE_TOOK_CUSTODY and (_home_state(root) is None or _others_taken(root)):
            continue  # "France took custody of 12 women" had them handed over; "the SDF took custody of" holds them
        if rule in SENT_BY_A_COUNTRY and not _sent_by_a_country(root):
            continue  # "Indonesia sent 1,200 people", not "sent 79 children home" or "sent to prison"
        if rule in ON_A_COUNTRY_S_SOIL and (_names_a_conflict_zone(span) or _on_a_thing(span[0])):
            continue  # "sheltering on Afghan soil": in the war, not back home; "an attack on American soil"
        if rule == "returned/landed-at-an-airport" and _at_a_war_place(matched):
            continue  # "200 foreign fighters arrived on Tuesday at a base near Raqqa": into the war, not home
        if rule in HANDED and (rule in HANDED_TO_THE_WARS) != _into_the_war_s_hands(matched):
            continue  # "handed over to Iraqi authorities" is into the war's custody, "to the French authorities" home
        if rule == HANDED_TO_A_COUNTRY and _to_another_country(matched):
            continue  # "handed over 12 Belgian women to the Netherlands": to a third country, not home
        if rule in OUT_OF_THE_ZONE and matched[-1].ent_type_ == PLACE_LABEL and not (
                _names_a_conflict_zone(matched[-1:]) or
                _names_a_transit_country(matched[-1:]) and a_state_receives(root)):
            continue  # (a transit country hands people back: "received 250 people from Turkey")
        if rule in OUT_OF_THE_ZONE and _takes_a_thing(root):
            continue  # "received training from Syria": a thing taken, no one brought
        if rule in OUT_OF_THE_ZONE and root.lemma_ in ("take", "fly") and _into_a_camp(root):
            continue  # "taken from Baghuz to al-Hol": into the camps
        if rule in OUT_OF_THE_ZONE and sent_on_to_the_war_or_a_transit_country(root):
            continue  # "flown from Syria to Iraq": into the war's courts, not home; "to Turkey": not home yet
        if rule == "charged/tried" and any(c.dep_ == "xcomp" or c.dep_ == "conj" and any(
                g.dep_ == "xcomp" for g in c.children) for c in root.children):
            continue  # "have tried or managed to reach Syria": tried to go, not tried in court
        if rule == FLEW_PEOPLE and not any(c.dep_ == "dobj" for c in root.children):
            continue  # "Kazakhstan flew 238 citizens to Aktau" carried people; "the men flew to Istanbul" went
        if rule in INTO_THE_ZONE and not _names_a_conflict_zone(matched[-1:]):
            continue
        if rule in TO_A_PLACE and _names_a_conflict_zone(matched[-1:]):
            continue  # "brought 13 Frenchmen to Iraq" took them into the war's custody, not home
        if rule in (ARRIVED, BROUGHT) and (_names_a_transit_country(matched[-1:]) or _others_arriving(doc, matched)):
            continue  # "arrived in Istanbul": on the way in; "Moroccan fighters arrived in Brussels": not home
        if rule == "departed/reached-the-front" and matched[-1].lower_ == "region" and matched.end < len(doc) and \
                doc[matched.end].lower_ in ("'s", "\u2019s", "of"):
            continue  # "reached the region's only rehabilitation centre": somewhere in it, not the war
        if rule == SENT_HOME and not _own_people_sent_home(root, matched):
            continue  # "11 French nationals were sent to Paris"; not "Georgia sent 500 volunteers to Ukraine"
        if rule == LOST_TRACK and matched[-1].lower_ in ("contact", "touch") and _counted_subject(root):
            continue  # "100 Dutch children have lost contact with their families": they are not the lost ones
        # "could not be traced" is a cue of its own, not a negated "traced"
        # (a match a rule above turns down leaves its words to a shorter one: "still in the zone")
        # (a verb a pattern needs only as context after its cue, outside the cue's clause, heads a clause
        # of its own and stays free for a cue of its own: "200 of the men who went died in fighting")
        clause = {t.i for t in root.subtree}
        taken.update(t.i for t in matched if t.i < span.end or t.pos_ not in ("VERB", "AUX") or t.i in clause)
        cues.append(Cue(label, span.start, span.end, root.i, rule, rule not in _negative() and _negated(root)))
    return sorted(cues, key=lambda cue: cue.start)


def _a_vehicle_leaves(verb: Token) -> bool:
    # "A Dutch government aircraft left Erbil overnight with about 40 Dutch nationals": their flight home
    return verb.lemma_ in ("leave", "depart") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLES for c in verb.children)


def _is_a_copula(verb: Token) -> bool:
    # (not "roughly 2,000 remain in Iraq and Syria, many of them in the pocket", parsed with "many" as attr)
    return any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "acomp" and c.lower_ not in STILL_THERE
               for c in verb.children)


def _at_home(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("under", "on") and
               any(o.lemma_.lower() in CONDITIONS_AT_HOME for o in c.children) for c in verb.children)


PARENT_NOUNS = words("status_words.json", "parent_nouns")


def _people_still_there(preposition: Token) -> bool:
    """"at least 70 Australian children in Syria", "6,000 or 7,000 Tunisians in the hotspots": people
    counted where the war is; not the whole of a partitive ("Of the 300 Belgians in Syria, 100 ...")."""
    noun = preposition.head
    if noun.lemma_.lower() in PARENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        noun = noun.head.head  # "160 children with a Belgian parent in the conflict zone": the children are there
    counted = any(c.dep_ == "nummod" for c in noun.children) or noun.ent_type_ == PLACE_LABEL
    subject = noun_subjects().get(noun.lemma_.lower())
    if preposition.dep_ != "prep" or not counted or subject in (None, "not_people") and noun.ent_type_ != PLACE_LABEL:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        # "we know of 70 children in Syria"; not "the deaths of 74 Kosovo citizens in Syria" or a partitive's whole
        return noun.head.i > 0 and noun.head.head.pos_ in ("VERB", "AUX")
    # ("Bosnia had 241 adult nationals in Syria", "lost 11,000 fighters in the war": who went, who died;
    # but "the party still has 1,000 fighters in Syria": they are there now)
    return not (noun.dep_ == "dobj" and noun.head.lemma_ in SENDERS_TO_THE_ZONE and
                not any(c.lower_ == "still" for c in noun.head.children))


def _lost_people(verb: Token) -> bool:
    """A state or group that lost counted people (an object with a number, not "lost contact",
    "lost the city") in the war or there lost them to death; a town that "lost about two dozen"
    or "lost 400 young people to IS" saw them go, and a country that lost 130 people in a night
    of terror lost them to an attack."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not any(t.like_num for o in objects for t in o.subtree) or \
            any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
        return False
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    where = [t for t in verb.subtree if t.i not in subject and t.i > verb.i and
             (t.lower_ == "there" and t.dep_ == "advmod" or t.dep_ == "prep" and t.lower_ in ("in", "during"))]
    return bool(where) and not any(t.lemma_.lower() in LOST_TO_AN_ATTACK for c in where for t in c.subtree)


def _is_home_to(span) -> bool:
    last = span[-1]
    following = last.nbor() if last.i + 1 < len(last.doc) else None
    # ("Pankisi, home to about 7,000 Kists": set beside the place it describes, with no verb, however
    # the parser hangs it: "the Minneapolis area, home to the largest Somali community")
    return last.lower_ == "home" and following is not None and following.lower_ == "to" and \
        (last.head.lemma_ == "be" or span[0].lemma_ == "be" or last.head.pos_ in ("NOUN", "PROPN", "PUNCT") or
         len(span) == 1 and last.i > 0 and last.nbor(-1).text == ",")


def _into_a_camp(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and
               any(t.lower_ in CAMP_WORDS for t in c.subtree) for c in verb.children)


def _describes_a_thing(token: Token) -> bool:
    """A status participle used as an adjective on a noun that names no people."""
    if token.dep_ != "amod" or token.pos_ != "VERB" or token.head.pos_ != "NOUN":
        return False
    return _names_a_thing(token.head)


def _takes_a_thing(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and _names_a_thing(c) for c in verb.children)


def _takes_a_quantity_of_people(verb: Token) -> bool:
    """"detained a total of 1,200 suspected foreign fighters", "captured a busload of 50 foreign women"
    (not "held details of 40,000 fighters": details are things)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in QUANTITY_NOUNS for c in verb.children)


def _names_a_thing(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in noun.children):
        return False
    subject = noun_subjects().get(noun.lemma_.lower()) or noun_subjects().get(noun.lower_)
    return (subject is None or subject == "not_people") and not noun.ent_type_


SENT_BY_A_COUNTRY = {"departed/sent-by-a-country"}
HANDED_TO_THE_WAR = "detained/handed-to-the-war"
# handed to the war's authorities ("to Iraqi authorities", "to officials from Iraq") they are held there
HANDED_TO_THE_WARS = {HANDED_TO_THE_WAR, "detained/handed-to-officials-from-the-war", "detained/handed-to-a-war-country"}
HANDED_TO_A_COUNTRY = "returned/handed-to-a-country"
HANDED = {"returned/handed-to-their-state", "returned/handed-someone-to-their-state", "returned/handed-to-officials-from",
          HANDED_TO_A_COUNTRY} \
    | HANDED_TO_THE_WARS
ON_A_COUNTRY_S_SOIL = {"returned/on-national-soil"}
# only out of the war's places: "flew out of Heathrow" went, "received training from Syria" is no return
OUT_OF_THE_ZONE = {"returned/flown-out-of-the-zone", "returned/taken-from-the-zone"}
INTO_THE_ZONE = {"departed/reached-the-zone"}  # "reached Syria" went; "reached France" came home
FLEW_PEOPLE = "returned/flew-people-to-a-city"
ARRIVED = "returned/arrived-home"
BROUGHT = "returned/brought-to-a-place"
SENT_HOME = "returned/sent-to-their-country"
STATE_TOOK = "returned/state-took"
STATE_TOOK_CUSTODY = "returned/state-took-custody"
LOST_TRACK = "unaccounted/lost-track"
TO_A_PLACE = {"returned/flown-to-a-city", FLEW_PEOPLE, BROUGHT, "returned/landed-home",
              "returned/lands-home", "returned/touched-down-in", ARRIVED}


def _on_a_thing(preposition: Token) -> bool:
    """"an attack on American soil": where a thing happens, not where people are."""
    head = preposition.head
    return head.pos_ in ("NOUN", "PROPN") and noun_subjects().get(head.lemma_.lower()) in (None, "not_people")


def _place_keys(tokens, forms: tuple[str, ...] = ()) -> set[str]:
    """The place keys the ruler gave these tokens, of the given forms ("demonym", "people") or any."""
    return {t.ent_id_.split("|")[0] for t in tokens if t.ent_type_ == PLACE_LABEL and
            (not forms or t.ent_id_.endswith(tuple(f"|{form}" for form in forms)))}


def _names_a_conflict_zone(span) -> bool:
    return any(place_by_key(key).zone for key in _place_keys(span) & load_places().keys())


def _others_taken(verb: Token) -> bool:
    """"The United States took custody of 12 Belgian fighters": people named as another country's."""
    subject = _home_state(verb)
    taken = _place_keys([t for c in verb.children if c.dep_ == "dobj" for t in c.subtree], ("demonym", "people"))
    return subject is not None and bool(taken) and not taken & _place_keys([subject])


def sent_on_to_the_war_or_a_transit_country(verb: Token) -> bool:
    """The verb has a "to" that names a country of the war or one people cross ("to Iraq", "sent back
    to Syria", "to Turkey")."""
    near = list(verb.children) + [g for a in verb.children if a.dep_ in ("advmod", "prt") for g in a.children]
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and _names_the_war_or_a_transit_country(c) for c in near)


def out_of_the_war_or_a_transit_country(verb: Token) -> bool:
    """The verb has a "from" that names a country of the war or one people cross ("flew from Erbil",
    "from Istanbul")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and _names_the_war_or_a_transit_country(c) for c in verb.children)


def _names_the_war_or_a_transit_country(preposition: Token) -> bool:
    return _names_a_conflict_zone(list(preposition.subtree)) or _names_a_transit_country(list(preposition.subtree))


def _counted_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "nummod" for g in c.children) for c in verb.children)


def _home_state(verb: Token) -> Token | None:
    """The verb's subject when it names a country that is neither the war's nor a transit one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    envoy = subject is not None and subject.lemma_.lower() in STATE_ENVOYS
    if envoy:
        # "the Canadian delegation took six women and 13 children": the state that sent it, however named
        subject = next((c for c in subject.children if c.dep_ in ("amod", "compound", "poss") and
                        c.ent_type_ == PLACE_LABEL), None)
    if subject is None or subject.ent_type_ != PLACE_LABEL or not (envoy or subject.ent_id_.endswith("|name")) or \
            _names_a_conflict_zone(subject.doc[subject.i : subject.i + 1]) or \
            _names_a_transit_country(subject.doc[subject.i : subject.i + 1]):
        return None
    return subject


def _a_state_took_its_people(verb: Token) -> bool:
    """"Kazakhstan took more than 600", "Australia took eight": a country (not the war's or a transit
    one) whose bare "take" has people or a bare number as its object took its people back."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _home_state(verb) is None or len(objects) != 1:
        return False
    if any(c.dep_ in ("prt", "advmod", "xcomp", "ccomp") or
           c.dep_ == "prep" and not any(g.ent_type_ == "DATE" for g in c.children) for c in verb.children):
        return False  # "took in", "took them to Iraq", "took part" (not "In April 2023 ... took six women")
    target = objects[0]
    return target.like_num or noun_subjects().get(target.lemma_.lower()) not in (None, "not_people")


def _others_arriving(doc: Doc, matched) -> bool:
    """People named by a country word before "arrived in X" who are none of X's, or called
    foreign ("6,956 foreign mercenaries had arrived in Ukraine": they came to the war)."""
    whose = _place_keys(doc[: matched.start], ("demonym", "people"))
    if whose and not whose & _place_keys(matched[-1:]):
        return True
    verb = matched[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in FOREIGN_WORDS for s in subjects for c in s.children if c.dep_ == "amod")


def a_state_receives(verb: Token) -> bool:
    """A verb of taking people in whose taker, if named, is no armed group ("Islamic State received
    some 2,000 recruits from Turkey" took them into the war)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in RECEIVING_LEMMAS and (subject is None or subject.ent_type_ != "ORG" and
                                                subject.lemma_.lower() not in ARMED_GROUPS)


def _own_people_sent_home(verb: Token, matched) -> bool:
    """The people the verb sent ("were sent", "sent ... them") are named as the country the "to"
    names, or one of its towns: "seven Germans were put on flights to Berlin"."""
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not people and verb.dep_ == "conj":
        people = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]
    whose = _place_keys([t for p in people for t in p.subtree], ("demonym", "people"))
    return bool(whose & _place_keys(matched[-1:])) and not _names_a_conflict_zone(matched[-1:])


def _names_a_transit_country(span) -> bool:
    return bool(_place_keys(span) & TRANSIT_COUNTRIES)


def _sent_by_a_country(verb: Token) -> bool:
    """"Indonesia sent 1,200 people", "the Dutch, who sent about 300": a country's people went;
    "sent them home", "were sent to prison" move people elsewhere."""
    # (sent "to Syria and Iraq" went to the war all the same)
    if any(c.lower_ in ("back", "home") or c.dep_ == "prep" and c.lower_ in ("to", "into") and
           not _names_a_conflict_zone(list(c.subtree)) for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp":  # "Bosnia is thought to have sent about 150 people"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = verb
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # "Saudi Arabia, which the report says sent 3,244 people"
    if subject is not None and subject.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        subject = clause.head  # "the Dutch, who sent ..."
    if subject is None:
        return False
    # "Kaçanik, a town of around 33,000, produced at least two dozen fighters"
    town = subject.lemma_.lower() in SENDING_PLACES or any(c.dep_ == "appos" and c.lemma_.lower() in SENDING_PLACES
                                                           for c in subject.children)
    return subject.ent_type_ == "PLACE" or town  # not "the Iran-backed movement"


def _to_index(span) -> int:
    """Where the receiver of a handover starts: the match's last "to"."""
    return max((t.i for t in span if t.lower_ == "to"), default=span.start)


def _to_another_country(span) -> bool:
    """People whose own country the match names, handed to a country that is not it ("handed over
    12 Belgian women to the Netherlands"; not the country of a prison named before the match)."""
    to = _to_index(span)
    handed = _place_keys(span.doc[span.start : to], ("demonym", "people"))
    # (or the passive's subject: "2,580 Syrian fighters had been transferred to Azerbaijan")
    handed |= _place_keys([t for c in span[0].children if c.dep_ == "nsubjpass"
                           for t in (c, *(m for m in c.children if m.dep_ in ("amod", "compound")))], ("demonym", "people"))
    return bool(handed) and not handed & _place_keys(span.doc[to : span.end])


def _into_the_war_s_hands(span) -> bool:
    """Handed to the authorities of a war country, unless they are its own people: "to Iraqi authorities"
    holds the French, "90 Iraqi detainees were handed over to Iraqi authorities" go home."""
    to = _to_index(span)
    authority = _place_keys(span.doc[to : span.end])
    handed = _place_keys(span.doc[:to], ("demonym", "people"))
    return _names_a_conflict_zone(span) and not authority & handed


def _at_a_war_place(span) -> bool:
    """The match or the few words after it name a place of the war ("at the Syrian air base in
    Latakia", "at a base near Raqqa")."""
    around = span.doc[span.start : min(len(span.doc), span.end + 5)]
    return _names_a_conflict_zone(around) or any(t.lower_ in WAR_PLACES for t in around)


def _leaves_the_war(verb) -> bool:
    """"18 people left Raqqa", "fled al-Hol", "escaped from Baghuz": people who left a place of the war
    or a camp went home or elsewhere, not to join anyone."""
    if verb.lemma_ not in ("leave", "flee", "escape", "depart"):
        return False
    places = [c for c in verb.children if c.dep_ == "dobj"] + \
        [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    if verb.lemma_ == "flee" and any(place.lower_ in DISPLACED_FROM | FLED_FROM for place in places):
        return True  # "45,000 residents had fled their homes": driven out by the war, not gone to it
    return any(_names_a_conflict_zone(place.subtree) or place.lower_ in WAR_PLACES for place in places)


def _leaves_a_remainder(verb) -> bool:
    """"That leaves 2,500 Europeans unaccounted for": a sum leaves people, nobody left; nor does a
    count that "leaves out" 62 people, nor a mother who "left behind" her children."""
    return verb.lemma_ == "leave" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "which", "it") or
                                          c.dep_ == "prt" and c.lower_ in ("out", "behind")
                                          for c in verb.children)


def span_patterns() -> list[dict]:
    """The SpanRuler patterns of `lexicons/status.jsonl`, without the keys that are ours:
    "focus" (which tokens of a match are the cue) and "negative" (the negation is part of it)."""
    return [{k: v for k, v in entry.items() if k not in ("focus", "negative")} for entry in _entries()]


@lru_cache(maxsize=1)
def _negative() -> frozenset[str]:
    return frozenset(e["id"] for e in _entries() if e.get("negative"))


@lru_cache(maxsize=1)
def _entries() -> list[dict]:
    return lines("status.jsonl")


@lru_cache(maxsize=1)
def _focus() -> dict[str, tuple[int | None, int | None]]:
    """Pattern id -> slice of the match that is the cue (Python slice bounds, so [-1, null]
    is the last token), for patterns that give one."""
    return {e["id"]: tuple(e["focus"]) for e in _entries() if "focus" in e}


def _cue_root(span) -> Token:
    # A verb inside the cue ("gone home", "crossed back") stands for it; else the span root.
    for token in span:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
    return span.root


def _negated(token: Token) -> bool:
    """"have not returned", "never came back"; a negated cue says nothing about the count."""
    if token.lower_ in ("back", "home") and token.dep_ in ("advmod", "prt") and token.head.pos_ in ("VERB", "AUX"):
        token = token.head  # "has no plans to bring them back", "urged their governments to take them home"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in INTENTS and \
            token.lemma_.lower() in EVENT_NOUNS:
        return True  # "is examining the repatriation of about 130 French nationals": not done yet ("examining 30 returnees" is)
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "for" and \
            token.head.head.lemma_ in INTENTS and token.lemma_.lower() in EVENT_NOUNS:
        return True  # "calling for the immediate return of all 60", "pressed for the repatriation of": asked for
    if any(child.dep_ == "neg" or child.lower_ in NEGATIONS and child.dep_ in ("advmod", "neg")
           for child in token.children):
        return True
    if any(child.dep_ == "mark" and child.lower_ in UNREALISED for child in token.children):
        return True  # "stopped before they could leave": the leaving never happened
    if _planned(token):
        return True  # "are due to be deported", "will bring home 15": not yet done
    head = token.head
    if token.dep_ in ("dobj", "xcomp") and _refuses(head):
        return True  # "rules out mass return", "refused to repatriate": it did not happen
    if token.dep_ == "pcomp" and head.lower_ == "against" and head.head.lemma_ in DECIDING_LEMMAS:
        return True  # "the Cabinet decided against repatriating 689 citizens"
    if _the_alternative_not_taken(token):
        return True  # "preferred to strip them of citizenship rather than take back its 150 fighters"
    return token.dep_ in ("xcomp", "acomp") and any(child.dep_ == "neg" for child in head.children)


def _the_alternative_not_taken(token: Token) -> bool:
    """"rather than take back", "instead of repatriating": the act set aside for another."""
    head = token.head
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "than" and c.i < token.i and
                                    any(g.lower_ == "rather" for g in c.children) for c in head.children):
        return True
    return token.dep_ == "pcomp" and head.lower_ == "of" and (
        head.head.lower_ == "instead" or any(c.lower_ == "instead" for c in head.children))


def _planned(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    doc = token.doc
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")
                   and not (c.i + 1 < len(doc) and doc[c.i + 1].text == "-")]  # "would-be travellers"
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries) and not any(a.lemma_ == "have" for a in auxiliaries):
        return True
    head = token.head
    if head.lemma_ == "on" and head.head.lemma_ == "call":
        head = head.head  # "called on Europe to take back its fighters"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and token.dep_ in ("acl", "advcl") and any(
            t.lemma_ in INTENTS and t.pos_ == "NOUN" for t in [head] + [c for c in head.children if c.dep_ == "dobj"]):
        return True  # "drew up plans to fly home 130", "a proposal to repatriate the children": not done yet
    if token.dep_ == "conj" and head.pos_ == "VERB" and not auxiliaries and head.i < token.i:
        return _planned(head)  # "urged European allies to repatriate and put on trial more than 800 fighters"
    # ("demanded that Britain, France and Germany take back more than 800": a wish in the subjunctive)
    # ("demand that the 60 women be brought home": the passive's "be")
    base_form = token.tag_ in ("VB", "VBP") or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in token.children)
    subjunctive = token.dep_ == "ccomp" and base_form and head.lemma_ in MANDATIVES and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    # "wants Europe to take back 800 fighters", "urged Britain to repatriate": not done yet
    if token.dep_ == "advcl" and infinitive and head.lemma_ in PREPARING_LEMMAS:
        return True  # "had been preparing in January to bring back 130", the infinitive read as a purpose clause
    return token.dep_ in ("xcomp", "ccomp", "pcomp") and head.lemma_ in INTENTS and \
        (token.dep_ == "xcomp" or infinitive or subjunctive)


def _by_name(verb: Token) -> bool:
    """"identified 62 Tanzanian fighters by name"."""
    return any(c.lower_ == "by" and any(o.lemma_ == "name" for o in c.children) for c in verb.children)


def _refuses(verb: Token) -> bool:
    if verb.lemma_ == "rule":
        return any(child.dep_ == "prt" and child.lower_ == "out" for child in verb.children)
    return verb.lemma_ in REFUSALS


def _under_a_suspicion(root: Token) -> bool:
    """"suspected of fighting", "suspected of having fought in the ranks of": the cue says what the
    people are suspected of, a few steps under the "of" of a suspicion verb."""
    token = root
    for _ in range(4):
        if token.lower_ == "of" and token.head.lemma_.lower() in SUSPICION_VERBS:
            return True
        if token.head.i == token.i or token.pos_ == "VERB" and token.dep_ not in ("pcomp", "pobj"):
            return False
        token = token.head
    return False
