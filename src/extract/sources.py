"""Stage 6, sources: who a figure is attributed to, and how attribution carries over.

Attribution cues (reporting verbs, "according to", publishing verbs, report nouns) come from
`lexicons/attribution.jsonl`; canonical names from `lexicons/sources.jsonl`, else the
organisation's name as the NER found it. `SourceTracker` carries the source through the
article: "the report" and "it" keep the last report's publisher, a sentence with no
attribution keeps the current source, a new attribution replaces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .lexicon import lines, load, words
from .places import Place, country_adjective, country_in_name, load_sources, names_a_place, place_by_key, speaking_state

ATTRIBUTION_SPANS = "extract_attribution"
ENTITY_PREFERENCE = {"SOURCE": 0, "ORG": 1, "PERSON": 2}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "this", "that", "these", "those", "its", "their"}


@dataclass(frozen=True)
class Attribution:
    source: str | None  # None with kind "anaphor": the sentence points back ("the report said")
    kind: str  # explicit | anaphor | own (the article's own count: no source)
    is_report: bool  # the source published a report that later sentences may call "the report"
    start: int = 0
    end: int = 0
    person: bool = False  # a named person rather than an organisation; with kind "anaphor", "he" or "she"
    speaker: str | None = None  # a person named beside the organisation ("X, a spokesman for Y")
    cue: int = -1  # the reporting verb or "according" the attribution hangs on
    noun: str | None = None  # an anaphor's body noun: "the council" said
    text: str | None = None  # the name as written ("NCTC"), which the article may define
    country: Place | None = None  # the country the sentence names, for an anaphoric body
    ahead: bool = False  # "a U.S. security think tank said": a body the article names only later
    relayed_by: str | None = None  # "Le Soir quotes OCAM as ...": the outlet that passes the figure on


COMPILED_SOURCES = words("institutions.json", "compiled_sources")
RELAY_VERBS = words("institutions.json", "relay_verbs")


@lru_cache(maxsize=1)
def not_sources() -> frozenset[str]:
    data = load("not_sources.json")
    return frozenset(name.lower() for name in data["names"])


@lru_cache(maxsize=1)
def _source_entries() -> tuple[dict, ...]:
    return tuple(lines("sources.jsonl"))


@lru_cache(maxsize=1)
def world_sources() -> frozenset[str]:
    """Bodies whose counts are global unless a place is named (`"scope": "world"` in the lexicon)."""
    return frozenset(e["name"] for e in _source_entries() if e.get("scope") == "world")


@lru_cache(maxsize=1)
def _source_countries() -> dict[str, str]:
    return {e["name"]: e["country"] for e in _source_entries() if "country" in e}


def source_country(name: str | None) -> Place | None:
    """The country a source speaks for: the lexicon's `country` of a national agency ("BfV"),
    else a country its name holds ("Kosovo Police"); None for international bodies."""
    key = _source_countries().get(name or "")
    return place_by_key(key) if key else country_in_name(name)


def find_attribution(doc: Doc) -> Attribution | None:
    """The attribution of a sentence, if it has one: explicit sources first."""
    found = find_attributions(doc)
    if not found:
        actor = _organisation_as_actor(doc)
        return actor
    # a named source over the article's own word ("than earlier estimates suggested, according to a study by X")
    explicit = [a for a in found if a.kind == "explicit"] or [a for a in found if a.kind == "own"]
    return explicit[0] if explicit else found[0]


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution of a sentence, in order, each with the cue word it hangs on."""
    found: list[Attribution] = []
    for span in doc.spans.get(ATTRIBUTION_SPANS, []):
        attribution = _attribution_of(doc, span)
        if attribution is not None:
            found.append(replace(attribution, cue=span.root.i))
    # the outlet that relays another's figure is not its source, whatever other verb it heads
    relayers = {a.relayed_by for a in found if a.relayed_by}
    return [a for a in found if a.source not in relayers]


def qualify(attribution: Attribution | None, adjective: str | None, here: Place | None = None) -> Attribution | None:
    """Name a generic body after its country: an explicit "interior ministry" with `adjective`
    (the sentence's or passage's country), an anaphoric "according to the police" only with a
    country the sentence names, `here` ("In Kosovo, about 240 have returned, according to the police")."""
    if attribution is None:
        return None
    if attribution.kind == "explicit" and is_generic(attribution.source) and not attribution.person:
        return replace(attribution, source=national_name(attribution.source, adjective))
    if attribution.kind == "anaphor" and attribution.noun and here and is_generic(attribution.noun):
        # the tracker looks back for such a body of this country first, else names it
        return replace(attribution, source=national_name(attribution.noun, here.adjective), country=here)
    return attribution


def name_in(doc: Doc) -> Attribution | None:
    """The body or person a short text names, cue or no cue: a table's header or cell ("Soufan
    Center", "1,070 (BfV, 2020)")."""
    return _from_phrase(doc, doc[:], is_report=True)


def governing_attribution(doc: Doc, attributions: list[Attribution], token: Token) -> Attribution | None:
    """"X reports that 300 left, while Y counts 159 departures": of several attributions in a
    sentence, the one whose reporting verb governs the figure (the nearest such ancestor);
    a figure no verb governs takes the sentence's other attribution ("according to X",
    "my own count")."""
    candidates = [a for a in attributions if a.kind in ("explicit", "own") and a.cue >= 0]
    if len(candidates) < 2:
        return None
    verbs = {a.cue: a for a in candidates if doc[a.cue].pos_ in ("VERB", "AUX")}
    while True:
        if token.i in verbs:
            return verbs[token.i]
        if token.head.i == token.i:
            break
        token = token.head
    others = [a for a in candidates if a.cue not in verbs]
    return others[0] if others else None


def _attribution_of(doc: Doc, span: Span) -> Attribution | None:
    label = span.label_
    root = span.root
    if label == "according":
        objects = [t for t in span[-1].children if t.dep_ == "pobj"] or list(doc[span.end : span.end + 8])
        phrase = _subtree(objects[0]) if objects else doc[span.end : span.end]
        # "according to a report by X" introduces a report that "the report" can name later; "according
        # to X" alone does not
        if _own_work(phrase):
            return Attribution(None, "own", False, span.start, span.end)  # "court records reviewed for this article"
        is_report = any(t.lemma_.lower() in _report_nouns() for t in phrase)
        # "according to the study" points back to a report; "according to counterterrorism statistics" does not
        definite = any(t.lemma_.lower() in _report_nouns() and any(c.lower_ in ("the", "this", "that") for c in t.children)
                       for t in phrase)
        return _from_phrase(doc, phrase, is_report=is_report) or Attribution(None, "anaphor", definite, span.start,
                                                                             span.end, noun=_body_noun(phrase))
    if label == "report_noun":
        if _own_work(_subtree(root)):
            # "my own count", "this newspaper's own review": the article's own authority
            return Attribution(None, "own", False, span.start, span.end)
        # "a report by X", "figures from X", "data released by X", "a count published by X"
        for acl in (c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for obj in (o for agent in acl.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"):
                found = _from_phrase(doc, _subtree(obj), is_report=True)
                if found:
                    return found
        for child in root.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = _from_phrase(doc, _subtree(obj), is_report=True)
                        if found:
                            return found
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in ("SOURCE", "ORG")):
                found = _from_phrase(doc, _subtree(child), is_report=True)
                if found:
                    return found
                noun = _body_noun(_subtree(child)) if child.dep_ == "poss" else None
                if noun is not None:  # "by the ministry's count": the ministry last named
                    return Attribution(None, "anaphor", True, span.start, span.end, noun=noun)
        if root.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("the", "this", "that") for c in root.children):
            return Attribution(None, "anaphor", True, span.start, span.end)
        return None
    if label == "own_estimate":
        return Attribution(None, "own", False, span.start, span.end)  # "by my own arithmetic", "my guess is"
    if label == "compiled_from":
        # "figures compiled from government announcements": the article's own tally of many sources;
        # "compiled by the UN from national data" is the UN's (its publishing cue names it)
        sources = [t for t in span[-1].children if t.dep_ == "pobj"]
        if _agents(span[0]) or not any(t.lemma_.lower() in COMPILED_SOURCES for t in sources):
            return None
        return Attribution(None, "own", False, span.start, span.end)
    if label == "reporting" and root.lemma_.lower() in RELAY_VERBS:
        relayed = _relayed(doc, root)
        if relayed is not None:
            return relayed
    if label in ("reporting", "publishing"):
        agents = _agents(root)
        if any(agent.lower_ in ("i", "we") for agent in agents) and not any(t.is_quote for t in doc):
            # "I estimate that around 700 ...": the author's own figure; inside a quote, the speaker's
            return Attribution(None, "own", False, span.start, span.end)
        for agent in agents:
            found = _from_phrase(doc, _subtree(agent), is_report=label == "publishing")
            if found:
                return found
        for agent in agents:
            if agent.tag_ == "NNS" and agent.lemma_.lower() in _report_nouns() and \
                    not any(c.dep_ in ("det", "poss", "prep", "acl", "relcl", "compound", "nmod") for c in agent.children):
                # "Official and independent counts put the number at 40": counts nobody owns
                return Attribution(None, "own", False, span.start, span.end)
            if agent.lower_ in PRONOUNS or agent.lemma_.lower() in _anaphor_nouns():
                is_report = agent.lemma_.lower() in _report_nouns()
                return Attribution(None, "anaphor", is_report, span.start, span.end, noun=_body_noun(_subtree(agent)),
                                   person=agent.lower_ in ("he", "she"),
                                   ahead=any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in agent.children))
    return None


def _relayed(doc: Doc, verb: Token) -> Attribution | None:
    """"Le Soir quotes OCAM as putting ...", "citing the State Security service (VSSE)", "cited
    estimates by the charity Reprieve": the source whose figure the verb passes on, with the
    relaying outlet or person kept aside."""
    agents = _agents(verb)
    if not agents and verb.dep_ in ("advcl", "acl", "xcomp"):  # "De Standaard, citing X, puts ..."
        agents = _agents(verb.head) if verb.head.pos_ in ("VERB", "AUX") else [verb.head]
    relayer = next((found.source for agent in agents
                    if (found := _from_phrase(doc, _subtree(agent), is_report=False)) is not None), None)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _report_nouns():
            owners = [o for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of")
                      for o in prep.children if o.dep_ == "pobj"]
            # "by the charity Save the Children", where the parser hangs the name elsewhere
            phrases = [_with_name_after(doc, _subtree(o)) for o in owners]
        else:
            phrases = [doc[obj.left_edge.i : obj.i + 1 + sum(1 for _ in _appositive_tail(obj))]]
        for phrase in phrases:
            found = _from_phrase(doc, phrase, is_report=obj.lemma_.lower() in _report_nouns())
            if found is not None:
                return replace(found, relayed_by=relayer)
    return None


def _with_name_after(doc: Doc, phrase: Span) -> Span:
    following = next((e for e in doc.ents if e.start == phrase.end and e.label_ in ("SOURCE", "ORG")), None)
    return doc[phrase.start : following.end] if following is not None else phrase


def _appositive_tail(noun: Token):
    """The tokens after a noun that still name it: "the Coordination Unit for Threat Analysis (OCAM)"."""
    for token in noun.doc[noun.i + 1 :]:
        if token.i > noun.right_edge.i or token.dep_ in ("relcl", "acl") or token.lower_ in ("as", "that", ","):
            return
        yield token


def _own_work(phrase: Span) -> bool:
    """"my own count", "our tally", "this newspaper's review", "records reviewed for this article"."""
    words = [t.lower_ for t in phrase]
    if any(t.dep_ == "poss" and t.lower_ in ("my", "our") for t in phrase):
        return True
    return any(words[i] == "this" and words[i + 1] in ("newspaper", "paper", "article", "publication", "reporter")
               for i in range(len(words) - 1))


def _body_noun(phrase: Span) -> str | None:
    """"the council's figures", "the ministry said": the kind of body a definite noun points back to."""
    for token in phrase:
        if token.lemma_.lower() in INSTITUTION_NOUNS and \
                any(c.lower_ in ("the", "this") for c in token.children):
            return token.lemma_.lower()
        body = _institution_lexicon()["plural_bodies"].get(token.lemma_.lower())
        if body and token.tag_ == "NNS" and not any(c.dep_ == "det" or c.dep_ in ("compound", "amod") and
                                                    c.lemma_.lower() not in ("government", "state") for c in token.children):
            return body  # "government officials in Nur-Sultan said": the government of the sentence's country
    return None


def _name_closing_the_sentence(verb: Token) -> Token | None:
    """The name set off by a comma right before a reporting verb ("..., the Commissioner for Human
    Rights said"), which a long reported clause can make the parser read as an apposition."""
    doc = verb.doc
    for ent in doc.ents:
        if ent.label_ in ("SOURCE", "ORG", "PERSON") and ent.end == verb.i and ent.start > 0 and \
                doc[ent.start - 1].text == ",":
            return ent.root
    return None


def _agents(verb: Token) -> list[Token]:
    """Who does the reporting: the "by" agent of a passive ("released by the Soufan Center")
    first, then the subject ("the FBI said"); a conjoined verb shares its head's subject."""
    found = []
    for child in verb.children:
        if child.dep_ == "agent":
            found.extend(obj for obj in child.children if obj.dep_ == "pobj")
    # a clausal subject only when it is a name the parser read as a clause ("Save the Children estimates")
    found.extend(child for child in verb.children if child.dep_ == "nsubj" or
                 child.dep_ == "csubj" and child.ent_type_ in ("SOURCE", "ORG"))
    sayer = _name_closing_the_sentence(verb)
    if sayer is not None and any(f.dep_ == "nsubj" and f.i < sayer.i for f in found):
        return [sayer]  # "A flight carrying 97 ... landed at Dushanbe airport, the Commissioner said": not the flight
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _agents(verb.head)
    if not found and verb.dep_ in ("acl", "relcl") and verb.head.ent_type_ in ("SOURCE", "ORG"):
        found.append(verb.head)  # the small parser reads "X – a consultancy – released" as X's modifier
    if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in INSTITUTION_NOUNS and \
            any(c.dep_ == "appos" and c.ent_type_ in ("SOURCE", "ORG") for c in verb.head.children):
        # "Europe's police agency, Europol, estimated ...", read as the agency's modifier
        found.extend(c for c in verb.head.children if c.dep_ == "appos" and c.ent_type_ in ("SOURCE", "ORG"))
    if not found:
        # "..., the National Counterterrorism Agency (BNPT) said.": a name right before a subjectless verb
        doc = verb.doc
        before = [e for e in doc.ents if e.label_ in ("SOURCE", "ORG", "PERSON") and 0 <= verb.i - e.end <= 4
                  and not any(t.is_punct and t.text not in ("(", ")") for t in doc[e.end : verb.i])]
        found.extend(e.root for e in before[-1:])
    return found


def _subtree(token: Token) -> Span:
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i + 1
    return doc[left:right]


def _from_phrase(doc: Doc, phrase: Span, is_report: bool) -> Attribution | None:
    """The best-named source inside a phrase: a lexicon source, an organisation, a person."""
    best = None
    described = {t.i for t in phrase if t.dep_ == "relcl" for t in t.subtree}  # "who teaches at the University"
    for ent in doc.ents:
        if ent.start < phrase.start or ent.end > phrase.end or ent.root.i in described:
            continue
        rank = ENTITY_PREFERENCE.get(ent.label_)
        if rank is None or _where_based(doc, ent):
            continue
        if ent.label_ == "SOURCE":
            name = ent.ent_id_
        else:
            widened = _full_name(doc, ent)
            name = _with_country(doc, widened, clean_name(widened.text))
        if not name or name.lower() in not_sources():
            continue
        if best is None or rank < best[0]:
            best = (rank, name, ent)
    institution = _institution_name(doc, phrase)
    if institution is not None:
        institution = (_with_country(doc, institution[1], institution[0]), institution[1])
    if institution is not None and (best is None or best[0] >= 2 or best[0] >= 1 and institution[1].start <= best[2].start
                                    and institution[1].end >= best[2].end):
        # "foreign ministry spokesman Yerlan Dauletov": the body, with the person as its voice
        best = (0.5, institution[0], institution[1])
    office = _office_of_title(doc, phrase)
    if office is not None:
        holder = next((e for e in doc.ents if e.label_ in ("PERSON", "ORG") and phrase.start <= e.start and e.end <= phrase.end
                       and not office[1].start <= e.start < office[1].end and _same_person(e, office[1])), None)
        if holder is not None:
            best = (2, clean_name(holder.text), holder)  # "Interior Minister Gerard Collomb": the person, named
        elif best is None or best[0] >= 2 or _same_person(best[2], office[1]):
            best = (0.5, office[0], office[1])  # "the interior minister said": the ministry
    if best is None and len(phrase) and phrase.root.pos_ == "PROPN" and phrase.root.dep_ == "nsubj" and \
            phrase.root.head.lemma_ in STATEMENT_VERBS:
        # ("Kazakhstan, whose Zhusan operations remain the model, said": the name, not its clause)
        state = speaking_state(clean_name(phrase.text)) or speaking_state(clean_name(_ent_of(phrase.root).text))
        if state is not None and state.adjective:
            # "Turkey said", "Ankara says": the state speaks through its government
            return Attribution(f"{state.adjective} government", "explicit", is_report, phrase.start, phrase.end,
                               text=clean_name(phrase.text))
    if best is None:
        named = _unrecognised_name(doc, phrase)
        if named is None:
            return None
        best = (1, clean_name(named.text), named)
    speaker = next((clean_name(e.text) for e in doc.ents if e.label_ == "PERSON" and
                    phrase.start <= e.start and e.end <= phrase.end), None) if best[0] < 2 else None
    return Attribution(best[1], "explicit", is_report, best[2].start, best[2].end, text=clean_name(best[2].text),
                       person=best[2].label_ == "PERSON", speaker=speaker)


def _where_based(doc: Doc, ent: Span) -> bool:
    """"the Skopje-based Institute for Regional Security Studies": the city is where the body sits."""
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in ("based", "headquartered")


NAME_LINKS = words("names.json", "name_links")
FOREIGN_NAME_LINKS = words("names.json", "foreign_name_links")
NOT_FIRST_NAMES = words("names.json", "not_first_names")
STATEMENT_VERBS = words("institutions.json", "statement_verbs")
SPOKESPERSON_TITLES = words("institutions.json", "spokesperson_titles")
ORGANISATION_NOUNS = words("institutions.json", "organisation_nouns")
NOT_NAME_POSSESSORS = {"PLACE", "PERSON", "SOURCE", "GPE", "NORP", "ORG"}
INSTITUTION_NOUNS = words("institutions.json", "institution_nouns")
INTERVIEWER_LABELS = words("names.json", "interviewer_labels")


def _unrecognised_name(doc: Doc, phrase: Span) -> Span | None:
    """"The Collectif des Familles Unies ... says": a run of capitalised words the small NER
    did not recognise, heading the reporting verb's subject, names an organisation."""
    if len(phrase) == 0:
        return None
    root = phrase.root
    if root.pos_ != "PROPN" or not root.is_title or root.ent_type_ in ("PLACE", "PERSON", "GPE", "NORP", "DATE"):
        return None
    start = root.i
    while start > phrase.start and (doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "NOUN")
                                    or doc[start - 1].lower_ in FOREIGN_NAME_LINKS | NAME_LINKS - {"the"}):
        start -= 1
    while start < root.i and doc[start].lower_ in FOREIGN_NAME_LINKS | NAME_LINKS:
        start += 1
    span = doc[start : root.i + 1]
    described = any(c.dep_ == "appos" and c.lemma_.lower() in ORGANISATION_NOUNS for c in root.children)
    # "Memorial, Russia's best-known human rights group, said": a name its apposition calls an organisation
    return span if len(span) >= 3 and sum(t.is_title for t in span) >= 2 or described else None


def _institution_name(doc: Doc, phrase: Span) -> tuple[str, Span] | None:
    """"the Kenyan Interior Ministry", "Kosovo Police", "the Ministry of Home Affairs": a
    capitalised institution the NER missed because the place ruler took its first word. The
    institution noun heads the phrase, or stands before an abbreviation that does
    ("the Swedish Security Service (Säpo) reports")."""
    if len(phrase) == 0:
        return None
    root = phrase.root
    heads = [root] + [t for t in phrase if t.dep_ in ("nmod", "compound", "appos") and
                      (t.head.i == root.i or t.head.head.i == root.i and t.head.dep_ in ("compound", "nmod"))]
    # "officials from the Attorney-General's Department", "a spokesman for the Home Office"
    heads += [obj for prep in root.children if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at", "for", "with")
              for obj in prep.children if obj.dep_ == "pobj" and phrase.start <= obj.i < phrase.end]
    for root in heads:
        if root.lemma_.lower() not in INSTITUTION_NOUNS:
            continue
        if not (root.is_title or root.is_upper):
            # "the Algerian government", "the French interior ministry": a country's body
            start = root.i
            while start > phrase.start and doc[start - 1].dep_ in ("compound", "amod", "nmod") and \
                    (doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN") or doc[start - 1].ent_type_ == "PLACE"):
                start -= 1
            span = doc[start : root.i + 1]
            body = _institution_lexicon()["plural_bodies"].get(root.lemma_.lower())
            if doc[start].ent_type_ == "PLACE" and body and root.i == start + 1:
                return f"{doc[start].text} {body}", span  # "Chechen authorities" -> "Chechen government"
            if doc[start].ent_type_ == "PLACE":
                return clean_name(span.text), span
            if is_generic(clean_name(span.text)):
                return _with_country(doc, span, clean_name(span.text)), span  # "the interior ministry said"
            continue
        start = _extend_name_left(doc, root.i, phrase.start)
        end = _extend_name_right(doc, root.i + 1, root.i + 1)
        if start == root.i and end == root.i + 1:
            continue  # a bare "Government" names no one
        span = doc[start:end]
        return clean_name(span.text), span
    return None


def _same_person(name: Span, title: Span) -> bool:
    """"Interior Minister Gerard Collomb", "Amber Rudd, the home secretary": a title written on the name."""
    def within(token: Token, span: Span) -> bool:
        return span.start <= token.i < span.end
    return name.start <= title.end and title.start < name.end or \
        title.root.dep_ == "appos" and within(title.root.head, name) or \
        name.root.dep_ == "appos" and within(name.root.head, title)


def _is_national(name: str | None) -> bool:
    """"National Prosecution Authority", "State Police": a body of a country's state."""
    return bool(name) and any(w in _institution_lexicon()["national_words"] for w in name.lower().split())


def _office_of_title(doc: Doc, phrase: Span) -> tuple[str, Span] | None:
    """"Interior Minister Gerard Collomb", "the Tunisian interior minister, Hedi Majdoub": the body
    an office-holder heads, with the country written before the title."""
    words = [t.lower_ for t in phrase]
    for title, body in _institution_lexicon()["titles"].items():
        title_words = title.split()
        for i in range(len(words) - len(title_words) + 1):
            if words[i : i + len(title_words)] != title_words:
                continue
            start, end = phrase.start + i, phrase.start + i + len(title_words)
            before = doc[start - 1] if start > phrase.start else None
            if before is not None and before.ent_type_ == "PLACE":
                adjective = country_adjective(before.text.removesuffix("'s")) or before.text
                return national_name(body, adjective), doc[start - 1 : end]
            return body, doc[start:end]
    return None


def _institution_lexicon() -> dict:
    return load("institutions.json")


@lru_cache(maxsize=1)
def acting_bodies() -> frozenset[str]:
    return frozenset(_institution_lexicon()["acting_bodies"])


@lru_cache(maxsize=1)
def generic_institutions() -> frozenset[str]:
    return frozenset(_institution_lexicon()["generic"])


def is_generic(name: str | None) -> bool:
    return bool(name) and name.lower() in generic_institutions()


def national_name(name: str, adjective: str | None) -> str:
    """"interior ministry" of Tunisia -> "Tunisian interior ministry"."""
    return f"{adjective} {name}" if adjective and is_generic(name) else name


def _with_country(doc: Doc, span: Span, name: str) -> str:
    """"Pakistan's Interior Ministry" is the Pakistani Interior Ministry: a body every country
    has takes its country's adjective, the way readers name it."""
    if not is_generic(name) or span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
        return name
    return national_name(name, country_adjective(doc[span.start - 2].text))


def _full_name(doc: Doc, ent: Span) -> Span:
    """The small NER often cuts names short ("Threat Analysis" of "Coordination Unit for
    Threat Analysis", "Interior Ministry of" before a place). Widen an organisation over
    capitalised words joined by of/for/and, and over a demonym right before it ("Tunisian
    Interior Ministry"); a country's possessive ("Kazakhstan's") stays outside."""
    if ent.label_ != "ORG":
        return ent
    return doc[_extend_name_left(doc, ent.start, 0):_extend_name_right(doc, ent.end, ent.end)]


def _is_name_word(token: Token) -> bool:
    return (token.is_title or token.is_upper) and token.pos_ in ("PROPN", "ADJ", "NOUN") and token.lower_ != "the"


def _extend_name_left(doc: Doc, start: int, floor: int) -> int:
    """Back over capitalised words, the small words and hyphens that join them ("Security and
    Intelligence Service", "Attorney-General") and a title's possessive ("Prosecutor
    General's Office"), but not the possessive of a place or person ("Russia's Federal
    Security Service")."""
    while start > floor:
        before = doc[start - 1]
        joined = start - 2 >= floor and _is_name_word(doc[start - 2])
        if _is_name_word(before):
            start -= 1
        elif before.text in ("'s", "’s") and joined and doc[start - 2].ent_type_ not in NOT_NAME_POSSESSORS:
            start -= 2
        elif before.lower_ in ("and", "for", "of", "&", "-") and joined:
            start -= 2
        else:
            break
    return start


def _extend_name_right(doc: Doc, end: int, floor: int) -> int:
    """Past capitalised words and the small words that join them ("of North and East Syria")."""
    while end < len(doc):
        token = doc[end]
        if token.ent_type_ in ("DATE", "TIME"):
            break  # "the Court of Bosnia and Herzegovina on Thursday": a day is no part of a name
        if token.is_title or token.is_upper and token.is_alpha:
            end += 1
        elif token.lower_ in NAME_LINKS and end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].lower_ == "the"):
            end += 1
        else:
            break
    while end > floor and doc[end - 1].lower_ in NAME_LINKS:
        end -= 1
    return end


def _organisation_as_actor(doc: Doc) -> Attribution | None:
    """"By September 2017, INTERPOL had collected the names of ...": an organisation that is
    the subject of the main clause of a sentence with figures is the figure's source."""
    for token in doc:
        if token.dep_ == "ROOT":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ in ("SOURCE", "ORG"):
                    return _from_phrase(doc, _ent_of(child), is_report=False)
                if child.dep_ == "nsubj" and child.lemma_.lower() in _anaphor_nouns() and \
                        any(t.ent_type_ in ("SOURCE", "ORG") for t in _subtree(child) if t.i != child.i):
                    # "Researchers at George Washington University's Program on Extremism have pieced together"
                    return _from_phrase(doc, _subtree(child), is_report=False)
    return None


def _ent_of(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i : token.i + 1]


LEADING_PREPOSITION = re.compile(r"^(?:For|In|With|From|To|At|By|On|After|Before|Unlike|Like) (?=[A-Z])")


def clean_name(text: str) -> str:
    name = re.sub(r"\s*\([^)]*\)?\s*$", "", text.strip()).strip("\"'“”‘’ ")
    # "For Amira's mother, ...": the small NER takes in a capitalised preposition that opens the sentence
    name = LEADING_PREPOSITION.sub("", name)
    for prefix in ("the ", "The ", "Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs ", "Mrs. ", "Dr ", "Dr. "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    for suffix in ("'s", "’s", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """Verbs that report or publish a figure ("said", "released")."""
    return _lemmas_of("reporting/verb") | _lemmas_of("publishing/verb")


@lru_cache(maxsize=1)
def _report_nouns() -> frozenset[str]:
    return _lemmas_of("report/noun")


@lru_cache(maxsize=1)
def _anaphor_nouns() -> frozenset[str]:
    return _lemmas_of("report/noun") | _lemmas_of("speaker/noun")


def _lemmas_of(pattern_id: str) -> frozenset[str]:
    return next((frozenset(entry["pattern"][0]["LEMMA"]["IN"]) for entry in lines("attribution.jsonl")
                 if entry["id"] == pattern_id), frozenset())


_DEFINED_ABBREVIATION = re.compile(
    r"((?:[A-Z][\w’-]*)(?:[ ]+(?:of|for|on|and|the|de|[A-Z][\w’-]*))*[ ]+[A-Z][\w’-]*)[ ]+\(([A-Z][A-Za-zäöüÄÖÜ]{1,9})\)")


# "BNPT: National Counterterrorism Agency;" in a key: an acronym, then a name in title case up to ";" or "."
_GLOSSARY_ENTRY = re.compile(
    r"(?:^|[;\n]\s*)([A-Z][A-Za-z]*[A-Z][A-Za-z]*):[ ]+([A-Z][\w’-]*(?:[ ]+(?:of|for|on|and|the|[A-Z][\w’-]*))*)(?=[ ]*[;.\n]|$)")


_ACRONYM = re.compile(r"[A-Z][A-Za-zÄÖÜäöü]{2,9}")


def defined_abbreviations(text: str) -> dict[str, str]:
    """"the Institute for Policy Analysis of Conflict (IPAC)": later "IPAC" is that name; so is a
    table's key ("BfV: Federal Office for the Protection of the Constitution; BNPT: ...")."""
    found = {}
    for match in _DEFINED_ABBREVIATION.finditer(text):
        long_name, short = clean_name(match.group(1)), match.group(2)
        long_name = re.sub(r"^.*['’]s\s+", "", long_name)  # "Russia's Federal Security Service"
        found.setdefault(short, long_name)
    for match in _GLOSSARY_ENTRY.finditer(text):
        found.setdefault(match.group(1), match.group(2))
    return found


def _maybe_surname(name: str | None) -> bool:
    return bool(name) and " " not in name and name.istitle() and name not in load_sources()


# "HADDAD: ...", "Selma Hadzic: ...", "Q: ...": a speaker label at the start of a transcript's line
_SPEAKER_LABEL = re.compile(r"\s*([A-Z][^\W\d_]*(?:[ '’.-][A-Z][^\W\d_]*){0,2}):\s")


class SourceTracker:
    """The source in force as the article is read sentence by sentence."""

    def __init__(self, abbreviations: dict[str, str] | None = None, text: str = "") -> None:
        self.text = text  # the article, for full names introduced in sentences that were not parsed
        self.lowered = text.lower()
        self.current: str | None = None
        self.people: set[str] = set()  # sources that are people speaking in their own name
        self.last_person: str | None = None
        self.homes: dict[str, Place] = {}  # national body -> the country it was introduced with
        self.report: str | None = None
        self.abbreviations = abbreviations or {}
        self.affiliations: dict[str, str] = {}  # person (full and last name) -> the body they speak for
        self.full_names: dict[str, str] = {}  # last name -> the full name the article introduced
        self.seen: list[str] = []  # every source named so far, in order
        self.speaker: str | None = None  # who answers in a transcript's current turn

    def new_passage(self, place: Place) -> None:
        """A paragraph about another place: a national body's or a person's figures do not carry
        over to it, a study's country-by-country figures do ("Russia topped the list ..." after
        "the Soufan Center said"). "The report" still names the last report's publisher."""
        if self.current is None or self.current == self.speaker:
            return  # a speaker's answer may turn to another country
        country = source_country(self.current)
        country = country or self.homes.get(self.current)
        if country is not None and country != place or country is None and self.current in self.people:
            self.current = None

    def turn(self, line: str) -> None:
        """A transcript's speaker line: "HADDAD: The most careful count ..." makes the speaker, by
        the full name the article introduced, the source of the turn's figures until someone is
        cited; "Q:" or "HOST:" makes the outlet's own questions unattributed."""
        match = _SPEAKER_LABEL.match(line)
        if match is None:
            return
        label = match.group(1)
        if label.upper() in INTERVIEWER_LABELS:
            self.current = self.speaker = None
            return
        name = label.title() if label.isupper() else label  # "HADDAD" as the article writes it elsewhere
        full = self._full_name(name) if " " not in name else name
        if full is not None and not names_a_place(full) and re.search(r"\b" + re.escape(full) + r"\b", self.text):
            self.current = self.speaker = self.affiliations.get(full, full)
            self.people.add(self.current)

    @property
    def answering(self) -> bool:
        """A transcript's speaker is giving the figures ("Kazakhstan has taken back 700", says she)."""
        return self.speaker is not None and self.current == self.speaker

    def update(self, attribution: Attribution | None, has_figures: bool = True, here: Place | None = None) -> str | None:
        """Take one sentence's attribution; return the source of that sentence's figures.
        A person speaking without figures (a byline, a quoted expert) does not become the
        source of later figures. `here` is the country the sentence is about, the home of a
        national body it introduces."""
        if attribution is None:
            return self.current
        if attribution.kind == "own":
            self.current = self.speaker  # "by my own count": in a transcript's answer, the speaker's
            return self.current
        attribution = self._resolve(attribution)
        if attribution.kind == "explicit" and attribution.person and not has_figures:
            return self.current
        if attribution.kind == "explicit":
            self.current = self._canonical(attribution)
            if attribution.person:
                self.people.add(self.current)
            elif here is not None and _is_national(self.current):
                self.homes.setdefault(self.current, here)
            if not attribution.person:
                self.seen.append(self.current)
            if attribution.speaker:
                for name in (attribution.speaker, attribution.speaker.split()[-1]):
                    self.affiliations[name] = self.current
            if attribution.is_report:
                self.report = self.current
            return self.current
        if attribution.person and self.last_person and self.current != self.last_person:
            # "In February he said about 4,000 ...": the person last named, after a sentence without figures
            return self.update(replace(attribution, source=self.last_person, kind="explicit", text=self.last_person))
        if attribution.noun:
            # "the council's figures": the latest source that is a council (of the sentence's country, if it names one)
            named = next((name for name in reversed(self.seen) if attribution.noun in name.lower().split()
                          and (attribution.country is None or country_in_name(name) in (None, attribution.country))), None)
            if named is not None:
                self.current = named
                return self.current
            if attribution.source:  # "according to the police" in a sentence about Kosovo: the Kosovo police
                self.current = attribution.source
                return self.current
        if attribution.is_report and (self.report or self.seen):
            # "the study": the last report's publisher, else the last body named ("according to X")
            self.current = self.report or self.seen[-1]
        return self.current

    def note_people(self, doc: Doc) -> None:
        """Full names of people, for when they are later quoted by last name; and "the security
        minister, Andrew Pell": a person introduced by a bare official title while a body's
        figures are in force speaks for that body when quoted later."""
        for ent in doc.ents:
            if ent.label_ != "PERSON" or clean_name(ent.text).lower() in not_sources():
                continue  # "are in al-Hol camp": the small NER's person is a camp
            if len(clean_name(ent.text).split()) > 1:
                self.full_names.setdefault(clean_name(ent.text).split()[-1], clean_name(ent.text))
            self.last_person = self._full_name(clean_name(ent.text)) or clean_name(ent.text)
            if self.current is None:
                continue
            root = ent.root
            title = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
            if title is None or title.lemma_.lower() not in SPOKESPERSON_TITLES:
                continue
            if any((c.ent_type_ or c.dep_ == "prep" or c.dep_ == "poss" and c.pos_ != "PRON" or c.pos_ == "PROPN")
                   and c.i != root.i for c in title.children):
                continue  # "the Chechen leader", "a spokesman for the FBI": a body of their own ("its spokesman" is not)
            name = clean_name(ent.text)
            if self.current.lower() != name.lower():
                for key in (name, name.split()[-1]):
                    self.affiliations.setdefault(key, self.current)

    def _full_name(self, name: str | None) -> str | None:
        if not name or " " in name:
            return None
        if name not in self.full_names and self.text:
            for match in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) " + re.escape(name) + r"\b", self.text):
                if match.group(1) not in NOT_FIRST_NAMES and not LEADING_PREPOSITION.match(match.group(0)):
                    self.full_names[name] = f"{match.group(1)} {name}"
                    break
        return self.full_names.get(name)

    def defined_in(self, doc: Doc) -> Attribution | None:
        """A body named only by an abbreviation the article defines ("GKNB", which the small NER
        may take for a place)."""
        token = next((t for t in doc if t.text in self.abbreviations), None)
        if token is None:
            return None
        return Attribution(self.abbreviations[token.text], "explicit", True, token.i, token.i + 1, text=token.text)

    def name(self, attribution: Attribution) -> str | None:
        """The canonical name of an explicit attribution, without changing what is in force."""
        if attribution.kind == "own":
            return self.speaker
        return self._canonical(self._resolve(attribution))

    def _resolve(self, attribution: Attribution) -> Attribution:
        """A person by the full name the article gave ("Benali", which the small NER may call an
        organisation, is "Jamal Benali"), and by the body they speak for when they have one."""
        if (attribution.person or _maybe_surname(attribution.source)) and self._full_name(attribution.source):
            attribution = replace(attribution, source=self._full_name(attribution.source))
        if attribution.kind == "explicit" and attribution.source in self.affiliations:
            attribution = replace(attribution, source=self.affiliations[attribution.source], person=False)
        return attribution

    def _canonical(self, attribution: Attribution) -> str | None:
        """An abbreviation the article defines beats the lexicon's reading of it ("NCTC" of the
        Maldives), unless the lexicon's name says more ("the Security Service (Säpo)" is the
        Swedish Security Service)."""
        defined = self.abbreviations.get(attribution.text)
        source = attribution.source
        # the lexicon's name wins only when it adds the country the article's name leaves out
        says_more = bool(defined and source and set(defined.lower().split()) < set(source.lower().split())
                         and country_in_name(source) is not None and country_in_name(defined) is None)
        if defined and not says_more:
            return defined
        if self._known_only_by_acronym(attribution):
            return attribution.text
        return self.abbreviations.get(source, source)

    def _known_only_by_acronym(self, attribution: Attribution) -> bool:
        """"according to ASIO", with the full name nowhere in the article: the body is named as
        the article names it, the name a reader would look up."""
        written, source = attribution.text, attribution.source
        if not written or not source or written == source or not _ACRONYM.fullmatch(written):
            return False
        if sum(c.isupper() for c in written) < 2 or not self.text or written in self.abbreviations:
            return False  # "the Police Security Service (PST)" spells it out
        return source.lower() not in self.lowered
