"""The extractor, top-down. Each stage is one module:

    ingest    read files, decode, normalise text (offsets kept into the text as read)
    nlp       load the model once; split sentences cheaply; parse only sentences that can
              hold a figure or an attribution
    places    countries, demonyms, peoples, regions, "World"      (EntityRuler, lexicon)
    counts    figures, their value and qualifier                   (parse_count)
    status    status cues                                          (SpanRuler, lexicon)
    sources   attribution and its carry-over through the article   (SpanRuler, lexicon)
    dates     as_of from the date that governs the clause           (dateparser)
    link      place, status and subject of each figure              (Matcher + dependency tree)
    story     what the whole article says of figures no sentence places or gives a status
    records   validated Record objects, one per distinct figure     (pydantic)
    outputs   JSON Lines, CSV, run.json; store keeps batch runs incremental and safe
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_stage
from .counts import PER_HEAD, cell_count, find_counts, noun_subjects
from .dates import DateMention, dateline_date, find_dates, first_date, table_announced, table_date
from .ingest import Article, Normalized, is_header_line, normalize
from .lexicon import words
from .link import (COUNTRY_NOUNS, OTHER_COUNTRY_MODIFIERS, TOTAL_NOUNS, TRANSIT, WORLD_MODIFIERS, Constructions,
                   Figure, counted_noun, country_acts, governing_verb, left_out, link_sentence, opening_people,
                   state_sending_out,
                   tree_path)
from .places import Place, PlaceMention, country_in_name, find_places, place_by_key, place_named
from .records import Evidence, Record, Span, dedupe, record_id
from .sources import (Attribution, SourceTracker, defined_abbreviations, find_attribution, find_attributions,
                      governing_attribution, name_in, qualify, world_sources)
from .status import find_cues
from .story import revise_by_story

__version__ = "0.1.0"


@dataclass
class _Pending:
    article: Article
    normalized: Normalized
    sentences: list
    pipe_lines: _PipeLines
    docs: dict[int, Doc]
    waiting: int


class Extractor:
    """Loads the model once; `extract` reads one article, `extract_many` streams many."""

    def __init__(self, model: str | None = None, batch_size: int = 64, vague: bool = False) -> None:
        """`vague=True` keeps figures such as "hundreds of Tunisians" (as at_least 100);
        by default they are left out, as LABELING.md leaves them to the reader."""
        self.vague = vague
        self.nlp = nlp_stage.load(model)
        self.model_name = nlp_stage.model_name(model)
        self.segmenter = nlp_stage.Segmenter(self.nlp)
        self.constructions = Constructions(self.nlp.vocab)
        self.batch_size = batch_size

    @property
    def versions(self) -> dict[str, str]:
        import spacy

        meta = self.nlp.meta
        return {"extract": __version__, "model": f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}",
                "spacy": spacy.__version__}

    def extract(self, text: str, article_id: str = "article", published: str | None = None) -> list[Record]:
        article = Article(id=article_id, text=text, published=published)
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article | str | tuple[str, str]]) -> Iterator[list[Record]]:
        """One list of records per input article, in input order. Sentences of many articles
        share spaCy batches; spaCy's string store is kept from growing with memory zones."""
        batch: list[Article] = []
        for index, item in enumerate(articles):
            batch.append(_as_article(item, index))
            if len(batch) >= 256:
                yield from self._extract_batch(batch)
                batch = []
        if batch:
            yield from self._extract_batch(batch)

    def _extract_batch(self, articles: list[Article]) -> Iterator[list[Record]]:
        with self.nlp.memory_zone():
            yield from [records for records in self._stream(articles)]

    def _stream(self, articles: list[Article]) -> Iterator[list[Record]]:
        pending: deque[_Pending] = deque()

        def sentences_to_parse():
            for article in articles:
                normalized = normalize(article.text)
                sentences = self.segmenter.split(normalized.text)
                # a table's header cells hold no figure but say what its columns count
                lines = _PipeLines(normalized.text)
                headers = [n for n, s in enumerate(sentences) if lines.is_header(s.start)]
                # ... and the lines just before one say what the whole table counts ("Returnees by country")
                captions = {c for n in headers for c in (n - 1, n - 2) if c >= 0 and lines.at(sentences[c].start) is None}
                wanted = [n for n, s in enumerate(sentences) if s.candidate or n in captions or lines.is_header(s.start)]
                pending.append(_Pending(article, normalized, sentences, lines, {}, len(wanted)))
                for n in wanted:
                    yield sentences[n].text, (pending[-1], n)

        for doc, (item, n) in nlp_stage.parse(self.nlp, sentences_to_parse(), self.batch_size):
            item.docs[n] = doc
            item.waiting -= 1
            while pending and pending[0].waiting == 0:
                yield self._records(pending.popleft())
        while pending:
            yield self._records(pending.popleft())

    # ------------------------------------------------------------ one article

    def _records(self, item: _Pending) -> list[Record]:
        article = item.article
        published = article.published or dateline_date(item.normalized.text)
        state = _ArticleState(item.normalized.text, published, item.pipe_lines,
                              SourceTracker(defined_abbreviations(item.normalized.text), item.normalized.text))
        records: list[Record] = []
        elided: set[int] = set()  # records whose figure leaves its counted noun out
        article_country = _main_country(item.sentences)
        for n, sentence in enumerate(item.sentences):
            topic_before, topic_before_at, named = state.enter(n, sentence, len(records))
            doc = item.docs.get(n)
            if doc is None:
                continue
            if state.table is not None and state.table.reading_header:
                state.table.note_header(doc)
                continue
            # ("France | 1910 | 382": the cell is a count, not the year 1910 it would be in prose)
            year_cell = cell_count(doc) if state.table is not None and state.table.counts_cell() else []
            if not year_cell:
                state.note_dates(doc, records)
            # "the interior ministry said" in a sentence or passage about Tunisia: the Tunisian one
            here = next((p for p in named if p.type == "country"), None)
            adjective = (here or topic_before).adjective if here or topic_before else None
            attribution = qualify(find_attribution(doc), adjective, here)
            attributions = [qualify(a, adjective) for a in find_attributions(doc)]
            counts = find_counts(doc) or year_cell
            state.note_caption(n, doc, counts, sentence)
            state.tracker.note_people(doc)
            source = state.tracker.update(attribution, has_figures=bool(counts), here=here or topic_before)
            state.name_the_unnamed(n, records, attribution, source)
            if not counts:
                continue
            # "of the total" is the whole count of who went, not whatever figure came last
            places = find_places(doc)
            previous = state.total if state.total is not None and _names_the_total(doc) else \
                state.figure_of_the_opening_people(doc, places) or state.figure
            figures = link_sentence(doc, counts, places, find_cues(doc), self.constructions, state.subject, previous)
            first_record = len(records)
            dates = find_dates(doc, published) if not year_cell else []
            inherited = state.inherited_date(doc, source)
            # ("Separately, police detained 147 suspects": no country named, so no one country)
            turned_away = _turns_away(doc)
            context_place = state.context_place(topic_before, topic_before_at) if not turned_away \
                else place_by_key("world")
            if not turned_away and context_place is not None and context_place.key == "world" and \
                    state.before_world is not None and country_in_name(source) == state.before_world:
                # "Sweden says 300 Swedes went. The UN estimates 40,000 foreign fighters joined. According to
                # Sapo, about 150 have returned": the country's own body speaks of its people again
                context_place = state.before_world
            placed_here = sentence_as_of = None
            for figure in figures:
                # "How many came back?" over "Around 400, by the government's count."; a whole broken
                # down is the answer's total, whatever the question asked ("about 900, of whom 300 ...")
                answered = state.question_status if not _a_whole(figure, figures) else None
                row_year = _row_year(sentence.text, doc[figure.count.start].idx) if state.list_status else None
                if figure.status is None and answered and not figure.dropped and figure.count.value.value:
                    figure.status, figure.status_rule = answered, "status/question"
                elif figure.status is None and state.list_status and not figure.dropped and row_year:
                    figure.status, figure.status_rule = state.list_status, "status/list"  # "2014: 37" under its header
                _fill_from_context(doc, figure, figures, context_place, source, state.main_region(n),
                                   None if state.item_headings >= 2 else article_country)
                if figure.status_rule == "status/default" and state.list_status:
                    figure.status, figure.status_rule = state.list_status, "status/list"  # "Germany: 20"
                elif figure.status_rule == "status/default" and state.item_labelled and state.item_status:
                    # "• Australia: about 20 women and 40 children remain in Roj." over "• Canada: four men,
                    # six women and 13 children.": an item that says no predicate counts what the one before did,
                    # when both are labelled alike ("- Tajikistan: 1,900 fighters" after "- Kazakhstan
                    # repatriated 600 citizens" is not)
                    figure.status, figure.status_rule = state.item_status, "status/list"
                elif figure.status_rule == "status/default" and answered:
                    figure.status, figure.status_rule = answered, "status/question"
                elif figure.status == "attempted" and _escaping(doc, figure):
                    # "nine Central Asian women were caught trying to leave in a sewage tanker": out of
                    # the camp, not into the war; they are still held
                    figure.status, figure.status_rule = "detained", "status/camp"
                elif figure.status_rule == "status/default" and n - state.camp_at <= 1 and not _a_whole(figure, figures):
                    whole = _predicated_whole(figure, figures)
                    if whole is not None:  # the breakdown of "the 110 citizens repatriated from camps ...:"
                        figure.status, figure.cue, figure.status_rule = whole.status, whole.cue, "status/breakdown"
                    else:
                        figure.status, figure.status_rule = "detained", "status/camp"  # "Iraqis make up 25,108 of them"
                if state.list_subject and figure.count.noun is None:
                    figure.subject = state.list_subject  # "• about 650 from Russia" after "Among the foreign children"
                if state.rate_rows and not (figure.count.start > 0 and doc[figure.count.start - 1].text == "("):
                    figure.dropped = "rate"  # "Austria 35 (300)" under a "per million" title: 35 per million
                if state.table is not None:
                    state.table.fill(figure)
                if figure.dropped or figure.place is None or figure.status is None or \
                        figure.count.value.vague and not self.vague:
                    continue
                if figure.status_rule == "status/default" and _definite_whole(doc, figure) and any(
                        r.count == figure.count.value.value and r.country == figure.place.name for r in records):
                    continue  # "41 had been convicted, and 12 of the 41 were women": the same people again
                placed_here = placed_here or (figure.place if figure.place.type != "world" else None)
                own = governing_attribution(doc, attributions, doc[figure.count.head])
                explicit = own or (attribution if attribution and attribution.kind == "explicit" else None)
                if own is not None:
                    figure_source = state.tracker.name(own)
                elif attribution is None and country_acts(doc, figure) and not state.tracker.answering:
                    figure_source = None  # "France repatriated 35 children": the article reports a state's act itself
                else:
                    figure_source = source
                as_of = _as_of(doc, figure, dates) or inherited
                if figure.status_rule == "status/list":
                    as_of = row_year or as_of
                if state.table is not None and state.table.column:
                    # "2,929 (Interior Ministry, 2018)" under "Official": the cell's body and year, else its column's
                    figure_source = state.table.source(doc, state.tracker, figure.place) or figure_source
                    as_of = (first_date(doc, published) if not year_cell else None) or state.table.as_of
                sentence_as_of = sentence_as_of or as_of
                if figure.count.noun is None and figure.count.subject is None:
                    elided.add(len(records))
                records.append(self._record(article, item.normalized, sentence, doc, figure, figure_source, explicit,
                                            as_of))
            state.await_name(n, attribution, source, range(first_record, len(records)))
            state.leave(n, figures, placed_here, sentence_as_of, aside=turned_away)
        return dedupe(revise_by_story(records), frozenset(elided))

    def _record(self, article: Article, normalized: Normalized, sentence, doc: Doc, figure: Figure,
                source: str | None, attribution, as_of: str | None) -> Record:
        place, count = figure.place, figure.count
        original = normalized.original
        start, end = original(sentence.start), original(sentence.end)

        def span(first: int, last: int) -> Span:
            begin, finish = original(sentence.start + doc[first].idx), original(sentence.start + doc[last - 1].idx + len(doc[last - 1].text))
            return Span(start=begin, end=finish, text=article.text[begin:finish])

        count_span = span(count.start, count.end)
        return Record(
            id=record_id(article.id, place.code or place.name.lower(), figure.status, count.value.value, figure.subject),
            article_id=article.id,
            country=place.name,
            country_code=place.code,
            place_type=place.type,
            count=count.value.value,
            count_max=count.value.upper,
            qualifier=figure.qualifier,
            status=figure.status,
            subject=figure.subject,
            source=source,
            as_of=as_of,
            derived=figure.derived,
            evidence=Evidence(
                sentence=article.text[start:end], start=start, end=end, count_text=count_span.text,
                place=span(figure.place_mention.start, figure.place_mention.end) if figure.place_mention else None,
                status_cue=span(figure.cue.start, figure.cue.end) if figure.cue else None,
                source=span(attribution.start, attribution.end) if attribution and attribution.end > attribution.start else None,
                rule=f"{figure.place_rule}+{figure.status_rule}",
            ),
            confidence=figure.confidence,
        )


def _turns_away(doc: Doc) -> bool:
    """"Separately, police detained 147 suspects": the sentence leaves the passage's country."""
    return len(doc) > 2 and doc[0].lower_ in TOPIC_SHIFT_OPENERS and doc[1].text == ","


def _escaping(doc: Doc, figure: Figure) -> bool:
    """A figure told as part of an escape from the camps ("The escape this week was the largest
    since the spring, when nine women were caught trying to leave in a sewage tanker"): the escape
    governs the figure's clause or is the subject of a clause above it (not "stopped 12,000 from travelling, many trying to escape poverty",
    nor "After the escape of 800 from Ain Issa, troops stopped 12 Belgians")."""
    token = doc[figure.count.head]
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in ESCAPE_WORDS or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ESCAPE_WORDS for c in token.children):
            return True
    return False


def _a_whole(figure: Figure, figures: list[Figure]) -> bool:
    """"Malaysia at 102, with 17 home and 40 killed": the unpredicated whole of a breakdown went."""
    return bool(figure.parts) or any(f.status_rule == "status/with" for f in figures)


def _main_country(sentences) -> Place | None:
    """The country an article is about, when one is named in more sentences than all others
    together: what a figure before any place is named ("the small town that lost 20 of its
    young people") is about."""
    named: dict[str, int] = {}
    for sentence in sentences:
        for key in set(sentence.places):
            place = place_by_key(key)
            if place.type == "country" and not place.zone and key not in TRANSIT:
                named[key] = named.get(key, 0) + 1
    if not named:
        return None
    top = max(named, key=named.get)
    return place_by_key(top) if named[top] >= 2 and named[top] > sum(named.values()) - named[top] else None


def _fill_from_context(doc: Doc, figure: Figure, figures: list[Figure], previous_place, source: str | None,
                      region: Place | None = None, article_country: Place | None = None) -> None:
    """Places the sentence itself does not give: "World" for totals over many places, the
    reporting body's country for its "citizens", the article's region for "across the region",
    the previous sentence's place for an elided figure ("Of these, 120 have returned")."""
    if figure.place is not None or figure.dropped:
        return
    noun = counted_noun(doc, figure)
    # (a part placed only by the passage says nothing about where the whole's people are from)
    parts_places = {figures[p].place.key for p in figure.parts
                    if figures[p].place is not None and figures[p].place_rule != "place/previous"}
    own_country = country_in_name(source) if noun is not None and noun.lemma_.lower() in CITIZEN_NOUNS else None
    if own_country is not None:
        # "Figures released by the Kosovo Police show that 403 citizens travelled"
        figure.place, figure.place_rule = own_country, "place/source-country"
    elif _a_state_s_own(doc, figure, noun) and (state := _country_before(doc, figure) or (
            previous_place if previous_place is not None and previous_place.type == "country" else None)):
        # "Iraq ...: according to the UN, it has taken back 8,000 of its nationals": the state last named
        figure.place, figure.place_rule = state, "place/previous"
    elif len(parts_places) == 1 and figure.breakdown is False and all(figures[p].breakdown for p in figure.parts):
        # "flying home 110 people - 74 children, 32 women and four men": the items' one place is the whole's
        figure.place, figure.place_rule = next(figures[p].place for p in figure.parts), "place/parts"
    elif parts_places or _acted_on_by_many_states(doc, figure):
        # a total over several places, "foreign fighters"
        figure.place, figure.place_rule = place_by_key("world"), "world/many"
    elif source in world_sources() and figure.cue is not None:
        # a global body's count ("INTERPOL had collected the names of around 19,000 people")
        figure.place, figure.place_rule = place_by_key("world"), "world/global-source"
    elif region is not None and _points_to_the_region(doc, figure):
        figure.place, figure.place_rule = region, "place/the-region"  # "Across the region, more than 250 ..."
    elif previous_place is not None and previous_place.key != state_sending_out(doc, figure) and (
            figure.cue is not None or _definite_whole(doc, figure) or _labelled_total(doc, figure) or
            figure.status_rule in ("status/restated", "status/question", "status/list", "status/estimate", "status/aboard")):
        # the article's place carries over, like its source: "Three of the returnees ...", "22 of the 64"
        figure.place, figure.place_rule = previous_place, "place/previous"
    elif previous_place is None and article_country is not None and (figure.cue is not None or
                                                                      _definite_whole(doc, figure)):
        figure.place, figure.place_rule = article_country, "place/the-article"  # before the article names it
    elif (noun is not None or figure.status_rule == "status/parallel") and figure.cue is not None and \
            _names_only_places_it_leaves_out(doc):
        # ("3,200 people were repatriated ..., down from 4,800 in 2022": the compared figure too)
        figure.place, figure.place_rule = place_by_key("world"), "world/default"
    if figure.place is not None and figure.status is None and figure.count.value.value > 0:
        figure.status, figure.status_rule = "departed", "status/default"  # ("none" with no predicate says nothing)


def _names_only_places_it_leaves_out(doc: Doc) -> bool:
    """No place in the sentence, or only those it leaves out ("12,000 foreigners ..., not counting Iraqis")."""
    left = {i for m in find_places(doc) if left_out(doc, m) for i in range(m.start, m.end)}
    return not any(t.ent_type_ == "PLACE" and t.i not in left for t in doc)


def _predicated_whole(figure: Figure, figures: list[Figure]) -> Figure | None:
    """"the 110 citizens repatriated from camps ...: four men, 32 women and 74 children": the whole
    with a predicate of its own that a part shares, whatever camp the sentence names."""
    whole = figures[figure.whole] if figure.whole is not None else None
    return None if whole is None or whole.status is None or whole.status_rule in ("", "status/default") else whole


def _a_state_s_own(doc: Doc, figure: Figure, noun) -> bool:
    """"its nationals", "It has brought back 9,000 people": people a state just named owns or acts on."""
    if noun is not None and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        # "its" is the subject's: a state's, not "the movement that sent thousands of its own fighters"
        clause = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        owner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
        return owner is None or owner.ent_type_ == "PLACE" or owner.lower_ == "it" or \
            owner.left_edge.i <= figure.count.start <= owner.right_edge.i
    head = doc[figure.count.phrase_head]
    verb = head.head if head.dep_ in ("dobj", "pobj") else None
    verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or subject is None:
        return False
    if figure.status == "returned" and any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children):
        return True  # "its 'Zhusan' operations had brought back 595 citizens": a state brings home its own
    if subject.lower_ != "it":
        return False
    # "the SDF said it still held 10,000": "it" is the body that speaks
    sayer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ccomp" else None
    return sayer is None or sayer.ent_type_ == "PLACE" or sayer.i > subject.i  # "It has ..., the UN said"


def _country_before(doc: Doc, figure: Figure) -> Place | None:
    """The last country the sentence names before a figure ("Kyrgyzstan's GKNB ... 188 of its 863"),
    not a war it took people out of ("repatriated 607 from Syria, and it has since brought back 110")."""
    named = [(place_named(ent.text), ent.root) for ent in doc.ents if ent.label_ == "PLACE" and ent.end <= figure.count.start]
    return next((p for p, root in reversed(named) if p is not None and p.type == "country"
                 and not (p.zone and root.dep_ == "pobj")), None)


def _definite_whole(doc: Doc, figure: Figure) -> bool:
    """"At least 22 of the 64", "Seven of the thirteen men": a whole the reader already knows."""
    return bool(figure.parts) and figure.count.start > 0 and doc[figure.count.start - 1].lower_ in ("the", "these", "those")


def _acted_on_by_many_states(doc: Doc, figure: Figure) -> bool:
    """"around 30 States have repatriated more than 4,000 of their nationals", "repatriated by 37
    countries": people of many states, counted together."""
    verb = governing_verb(doc, figure)
    if verb is None:
        return False
    actors = [c for c in verb.children if c.dep_ == "nsubj"] + \
        [g for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
         for g in c.children if g.dep_ == "pobj"]
    # ("two members of the committee": members of a body, not of the family of states)
    return any(a.lower_ in COUNTRY_NOUNS and a.lemma_ != "member" and a.i != figure.count.noun and
               any(c.like_num for c in a.subtree if c.i < a.i) for a in actors) or any(
        a.lower_ in COUNTRY_NOUNS | GOVERNMENT_NOUNS and a.tag_ == "NNS" and
        any(c.dep_ == "amod" and c.lower_ in WORLD_MODIFIERS | OTHER_COUNTRY_MODIFIERS for c in a.children) for a in actors)


def _labelled_total(doc: Doc, figure: Figure) -> bool:
    """"ICSR estimate: 500-600." closing a country's paragraph: a labelled count of its people."""
    start, end = figure.count.start, figure.count.end
    return start >= 2 and doc[start - 1].text == ":" and doc[start - 2].lemma_.lower() in TOTAL_NOUNS and \
        all(t.is_punct for t in doc[end:]) and not any(t.like_num for t in doc[:start])


REGION_ANAPHORS = words("linking.json", "region_anaphors")
GOVERNMENT_NOUNS = words("linking.json", "government_nouns")


def _points_to_the_region(doc: Doc, figure: Figure) -> bool:
    """"Across the region, more than 250 returnees ...", "1,070 people travelled from the region", but not
    "still in the region" (where they are)."""
    counted = {t.i for t in doc[figure.count.head].ancestors} | {figure.count.head}
    return any(t.lemma_.lower() in REGION_ANAPHORS and any(c.lower_ in ("the", "this", "that") for c in t.children)
               and (t.head.lower_ in ("across", "throughout") or t.head.lower_ == "from" and t.head.head.i in counted)
               for t in doc)


def _as_of(doc: Doc, figure: Figure, dates: list[DateMention]) -> str | None:
    best = None
    for date in dates:
        if date.figure_before is not None and not figure.count.start <= date.figure_before < figure.count.end:
            continue  # "270 have returned, up from 242 in 2018": the year is the other figure's
        path = tree_path(doc[figure.count.head], doc[date.root])
        distance = len(path) if path else 99
        if best is None or distance < best[0]:
            best = (distance, date.as_of)
    return best[1] if best else None


CITIZEN_NOUNS = words("subjects.json", "citizen_nouns")
LABELLED_ITEM = re.compile(r"\s*(?:[-\u2022*\u2013\u2014]|\d{1,2}[.)])\s*[^:\n]{2,40}:\s")  # "• Canada: four men"
LIST_SUBJECTS = {"women", "children", "women_and_children"}
SUBJECTS = LIST_SUBJECTS | {"fighters", "people"}


@dataclass
class _Table:
    """A pipe table ("Country | Repatriated | Of whom children", then "Kazakhstan | 754 | 523"):
    its header says what each column counts, the first cell of a row whose people they are."""
    statuses: dict[int, str] = field(default_factory=dict)
    subjects: dict[int, str] = field(default_factory=dict)
    sources: dict[int, Attribution] = field(default_factory=dict)  # column -> the body its header names
    column: int = 0
    reading_header: bool = True
    place: Place | None = None  # the row's
    caption_status: str | None = None  # what the lines before it say the table counts, for columns that don't
    as_of: str | None = None  # the date the text before it gives the table

    @classmethod
    def at(cls, lines: _PipeLines, sentence, table: _Table | None) -> _Table | None:
        """The table `sentence` is a cell of, if any: a line of cells with no digit is a header
        and starts one; rows keep it; a line that is not a row ends it."""
        line = lines.at(sentence.start)
        if line is None:
            return None
        column, kind = line
        if kind == "rule":
            return table
        header = kind == "header"
        if header:
            table = cls() if column == 0 or table is None else table
        elif table is None:
            return None
        elif column == 0:
            table.place = place_named(sentence.text)
        table.column, table.reading_header = column, header
        return table

    def counts_cell(self) -> bool:
        """A cell of a row's figures, not its label (`counts.cell_count` leaves the years of the story out)."""
        return self.column > 0 and self.place is not None

    def note_header(self, doc: Doc) -> None:
        named = name_in(doc)  # "Country | Soufan Center | ICSR": whose figures each column holds
        if named is not None:
            self.sources[self.column] = named
        status = next((c.status for c in find_cues(doc) if not c.negated), None)
        if status is not None:
            self.statuses[self.column] = status
        subject = next((noun_subjects()[t.lemma_.lower()] for t in doc if t.pos_ in ("NOUN", "PROPN")
                        and noun_subjects().get(t.lemma_.lower()) in SUBJECTS), None)
        if subject is not None:
            self.subjects[self.column] = subject

    def source(self, doc: Doc, tracker: SourceTracker, place: Place | None) -> str | None:
        """The body a cell names ("863 (GKNB, 2019)"), else its column's; a generic one ("Interior
        Ministry", "Official") is the row's country's."""
        named = name_in(doc) or tracker.defined_in(doc) or self.sources.get(self.column)
        named = qualify(named, place.adjective if place else None)
        return tracker.name(named) if named is not None else None

    def fill(self, figure: Figure) -> None:
        """A cell's figure takes the row's place and its column's status and subject; a column
        that names no status ("Of whom children") counts part of the one before it."""
        if self.column == 0:
            return
        if figure.place is None and self.place is not None:
            figure.place, figure.place_rule = self.place, "place/table-row"
        status = next((self.statuses[c] for c in range(self.column, 0, -1) if c in self.statuses), None)
        if not self.statuses and self.caption_status is not None and figure.status_rule in ("", "status/default"):
            figure.status, figure.status_rule = self.caption_status, "status/table-caption"
        if status is not None and (figure.status is None or figure.status_rule == "status/default"):
            figure.status, figure.status_rule = status, "status/table-column"
        elif figure.status is None and figure.place is not None:
            figure.status, figure.status_rule = "departed", "status/default"
        if figure.count.noun is None:  # not the row before's: each cell says only a number
            # a total a later column breaks down into women or children counts families
            parts = any(self.subjects.get(c) in LIST_SUBJECTS for c in self.subjects if c > self.column)
            figure.subject = self.subjects.get(self.column, "people" if parts else "fighters")


class _PipeLines:
    """An article's lines of pipe-separated cells, found once: which cell a position is in, and
    whether its line is a header (no cell holds a digit). A Markdown table's leading pipe opens
    its first cell, and its rule line ("|---|---|") is neither header nor row."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[tuple[int, int, str, int]] = []  # start, end, kind, pipes before the first cell
        if "|" in text:
            start = 0
            for line in text.split("\n"):
                if "|" in line:
                    kind = "rule" if TABLE_RULE.fullmatch(line) else \
                        "header" if is_header_line(line) else "row"
                    # a Markdown row opens and closes with a pipe; "|Left|Returned" opens with an empty cell
                    markdown = line.lstrip().startswith("|") and line.rstrip().endswith("|")
                    self.lines.append((start, start + len(line), kind, int(markdown)))
                start += len(line) + 1
        self.starts = [line[0] for line in self.lines]

    def at(self, position: int) -> tuple[int, str] | None:
        """(column, kind) of the cell at `position`, or None off a table line."""
        index = bisect_right(self.starts, position) - 1
        if index < 0 or position > self.lines[index][1]:
            return None
        start, _end, kind, lead = self.lines[index]
        return max(0, self.text.count("|", start, position) - lead), kind

    def is_header(self, position: int) -> bool:
        line = self.at(position)
        return line is not None and line[1] == "header"


CAMP_WORDS = words("status_words.json", "camp_words")
WAR_CAMP_MODIFIERS = words("status_words.json", "war_camp_modifiers")
HOLDING_PLACES = words("status_words.json", "holding_places")
ARMED_GROUPS = words("linking.json", "armed_groups")


def _names_a_holding_camp(text: str) -> bool:
    """A camp or prison people are held in, not "the group's camps" or "training camps" they passed
    through. (Read before the sentence is parsed, so from its words.)"""
    raw = re.findall(r"[\w'’-]+", text.lower())
    tokens = [re.sub(r"['’]s?$", "", word) for word in raw]  # "al-hol's" is al-Hol; "the group's" its owner
    for n, word in enumerate(tokens):
        if word not in CAMP_WORDS and word not in HOLDING_PLACES:
            continue
        if word in HOLDING_PLACES and n + 1 < len(tokens) and tokens[n + 1] in ("sentence", "sentences", "term", "terms"):
            continue  # "a ten-year prison sentence": a punishment, not a place
        if n and (raw[n - 1] in WAR_CAMP_MODIFIERS or tokens[n - 1] != raw[n - 1] and tokens[n - 1] in ARMED_GROUPS):
            continue  # "training camps", "the group's camps"
        return True
    return False


TOPIC_SHIFT_OPENERS = words("linking.json", "topic_shift_openers")
LIST_OF_COUNTRIES = 3  # countries whose figures one sentence lists


TABLE_RULE = re.compile(r"[\s|:+=-]*-[\s|:+=-]*")


@dataclass
class _ArticleState:
    """What an article has said so far that later sentences lean on: the place named last and
    the last placed figure, that figure and its subject, the source in force, and the dates
    of lists ("Situation as of 31 October 2017:"), figure notes ("All figures are as of June
    2019") and the previous sentence."""
    text: str
    published: str | None
    pipe_lines: _PipeLines
    tracker: SourceTracker
    topic: Place | None = None  # the last country or region named, figures or not
    topic_at: int = -1
    place: Place | None = None  # the place of the last placed figure
    place_at: int = -1
    kept: list[Figure] = field(default_factory=list)  # the previous sentence's figures that made records
    before_world: Place | None = None  # the passage's country before a sentence about the world's people
    total: Figure | None = None  # the last whole count of who went, which "of the total" points to
    subject: str | None = None
    as_of: str | None = None
    list_date: str | None = None
    list_status: str | None = None  # "the running total of deportations by nationality:"
    list_header: bool = False  # the sentence being read opens a list
    item_opening: bool = False  # the sentence being read opens a list item's line
    item_labelled: bool = False  # ... one that opens with a label and a colon ("• Canada: four men")
    item_status: str | None = None  # what the first figure of the list's last item with a predicate said
    asking: bool = False  # the sentence being read is a line that asks a question ("How many came back?")
    question_status: str | None = None  # the status the last question line asked about, for its answer
    question_line: int = 0  # the line of the last question
    lines_begun: int = 0  # lines begun so far
    list_subject: str | None = None  # "Among the foreign children, the report counts:"
    last_status: str | None = None  # of the last figure whose status the text gave
    in_list: bool = False  # the current line is a list item
    figures_date: str | None = None
    figures_source: str | None = None
    paragraph_start: int = 0  # index of the paragraph's first record
    unnamed: list[int] = field(default_factory=list)  # records of "a think tank said", until the body is named
    unnamed_until: int = 0  # the last sentence the body may be named in
    table: _Table | None = None  # the pipe table being read
    regions: dict[Place, int] = field(default_factory=dict)  # region -> times named
    last_region: tuple[int, Place] | None = None  # the sentence that last named a region, and the region
    table_date: str | None = None  # of "the table below", said before it
    caption_status: str | None = None  # the one status the line or two before a table names ("Returnees by country")
    caption_at: int = -10  # the sentence that named it
    listed_at: int = -1  # the last sentence that listed several countries' figures
    camp_at: int = -10  # the last sentence that named a camp
    item_headings: int = 0  # lines in capitals so far; two or more make a digest of items about different places
    rate_rows: bool = False  # under "Fighters per million inhabitants (total in brackets)": a row's bare number is a rate

    def enter(self, n: int, sentence, record_count: int) -> tuple[Place | None, int, list[Place]]:
        """Before sentence n is read: passages, topics and lists it opens or closes. Returns the
        topic before it and the places it names (found without parsing)."""
        topic_before, topic_before_at = self.topic, self.topic_at
        named = [place_by_key(key) for key in sentence.places]
        named = [p for p in named if not p.zone] or named
        if _starts_paragraph(self.text, sentence.start):
            self.paragraph_start = record_count
            if _is_heading(sentence.text):
                self.kept, self.total = [], None  # "two-thirds of those repatriated" does not look back past a heading
            if named and named[0] != topic_before:
                self.tracker.new_passage(named[0])  # a paragraph about another place
        heading = _is_item_heading(self.text[self.text.rfind("\n", 0, sentence.start) + 1 : sentence.end])
        self.item_headings += heading
        if not named and heading or _starts_line(self.text, sentence.start) and ENTRY_TIME.match(sentence.text):
            # "5. DATASET REVISITED": a digest's next item is about what it names, not the last item's country;
            # so is a live blog's next entry ("11:25", "16:45 – Dutch women arrested on arrival")
            self.topic = self.place = None
        # a sentence's topic is the place it names first ("North Macedonia followed Kosovo's lead"),
        # not the transit country people crossed ("crossed into Syria from Turkey")
        topics = [p for p in named if p.key not in TRANSIT]
        if len(topics) > 1 and _opens_with_a_contrast(sentence.text):
            topics = topics[1:]  # "Unlike Kazakhstan, Uzbekistan has largely chosen not to prosecute"
        if len({p.key for p in topics if p.type == "country"}) >= LIST_OF_COUNTRIES:
            # "Germany and Denmark, Sweden and Australia have carried out similar operations": no one country
            self.topic, self.topic_at, self.listed_at = topics[0], n, n
        elif topics:
            self.topic, self.topic_at = topics[0], n
        if _names_a_holding_camp(sentence.text):
            self.camp_at = n
        for place in named:
            if place.type == "region":
                self.regions[place] = self.regions.get(place, 0) + 1
                self.last_region = self.last_region if self.last_region and self.last_region[0] == n else (n, place)
        self.item_opening = _starts_line(self.text, sentence.start) and _is_list_item(sentence.text)
        self.item_labelled = self.item_opening and bool(LABELLED_ITEM.match(sentence.text))
        if _starts_line(self.text, sentence.start) and not _is_list_item(sentence.text):
            self.list_date = self.list_status = self.list_subject = self.item_status = None
            self.tracker.turn(sentence.text)
            if self.in_list:
                # the last item of a list ("- 9,600 are held in prisons") says nothing of what the
                # next list counts ("Some highlights:")
                self.last_status = None
        if _starts_line(self.text, sentence.start):
            self.in_list = _is_list_item(sentence.text)
            title = len(sentence.text.split()) <= 12 and sentence.text.rstrip()[-1:] not in ".!?"
            self.rate_rows = bool(title and PER_HEAD.search(sentence.text)) or \
                self.rate_rows and bool(RATE_ROW.match(sentence.text))
        table, self.table = self.table, _Table.at(self.pipe_lines, sentence, self.table)
        if self.table is not None and self.table is not table:
            self.table.as_of = self.table_date
            self.table.caption_status = self.caption_status if n - self.caption_at <= 2 else None
        # "The largest groups were:", or a title line over "Kazakhstan – 607" items
        self.list_header = sentence.text.rstrip().endswith(":") or (
            _starts_line(self.text, sentence.start) and _is_heading(sentence.text) and not _is_list_item(sentence.text)
            and _list_follows(self.text, sentence.end))
        if self.list_header:
            self.list_status = self.last_status  # (no figure, so never parsed)
        # "Let's start with the scale. How many went?": a line that ends by asking; its answer is the next line
        self.lines_begun += _starts_line(self.text, sentence.start)
        self.asking = sentence.text.rstrip().endswith("?") and _ends_line(self.text, sentence.end)
        if self.asking:
            self.question_status, self.question_line = None, self.lines_begun
        elif _starts_line(self.text, sentence.start) and _is_heading(sentence.text) or \
                self.lines_begun > self.question_line + 1:
            self.question_status = None  # a section heading or the line after the answer
        return topic_before, topic_before_at, named

    def main_region(self, n: int) -> Place | None:
        """The region "across the region" points to: the one the sentence or the one before names
        ("7. The Western Balkans stands out ... Around 1,070 people travelled from the region"),
        else the one named most often so far."""
        if self.last_region is not None and n - self.last_region[0] <= 1:
            return self.last_region[1]
        return max(self.regions, key=self.regions.get) if self.regions else None

    def note_dates(self, doc: Doc, records: list[Record]) -> None:
        self.table_date = table_date(doc, self.published) or self.table_date
        if self.list_header:
            self.list_date = first_date(doc, self.published) or self.list_date
            # "Among the foreign children, the report counts:" says no status: the figures before it do
            # ("the foreign children" names who, not what happened to them)
            self.list_status = next((c.status for c in find_cues(doc) if not c.negated and doc[c.root].pos_ != "ADJ"),
                                    None) or \
                self.last_status
            self.list_subject = next((noun_subjects()[t.lemma_.lower()] for t in doc if t.pos_ == "NOUN"
                                      and noun_subjects().get(t.lemma_.lower()) in LIST_SUBJECTS), None)
        if self.asking:
            self.question_status = next((c.status for c in find_cues(doc) if not c.negated and
                                         doc[c.root].pos_ != "ADJ"), None)
        if _dates_the_figures(doc):
            # "All figures are as of June 2019.": the paragraph's undated figures, and later ones from its source
            self.figures_date = first_date(doc, self.published) or self.figures_date
            self.figures_source = self.tracker.current
            records[self.paragraph_start:] = [r if r.as_of else r.model_copy(update={"as_of": self.figures_date})
                                              for r in records[self.paragraph_start:]]

    def note_caption(self, n: int, doc: Doc, counts: list, sentence) -> None:
        """A title line or a sentence that announces a table ("Returnees by country", "The table
        below lists the citizens each government has brought back") says what the table counts;
        a sentence with figures of its own after it says the caption is not about what follows."""
        if self.table is not None:
            return
        announced = table_announced(doc)
        if counts and not announced:
            self.caption_status = None
            return
        if not announced and not (_starts_line(self.text, sentence.start) and _is_heading(sentence.text)):
            return
        statuses = {c.status for c in find_cues(doc) if not c.negated and doc[c.root].pos_ != "ADJ"}
        if len(statuses) == 1:
            self.caption_status, self.caption_at = statuses.pop(), n

    def inherited_date(self, doc: Doc, source: str | None) -> str | None:
        """The date of an undated figure: its list's, the previous sentence's when this one goes
        on about the same people ("Half have returned"), or its source's figure note."""
        continues = not any(t.ent_type_ == "PLACE" for t in doc)
        if self.table is not None and self.table.as_of:
            return self.table.as_of
        return self.list_date or (self.as_of if continues else None) or \
            (self.figures_date if source == self.figures_source else None)

    @property
    def figure(self) -> Figure | None:
        """The previous sentence's main figure, which a part or a list may point back to."""
        return self.kept[0] if self.kept else None

    def figure_of_the_opening_people(self, doc: Doc, places: list[PlaceMention]) -> Figure | None:
        """"Among the Germans were three women and four children": the figure before that counted them."""
        opening = opening_people(doc)
        keys = {m.place.key for m in places if opening is not None and m.start == opening.i}
        return next((f for f in self.kept if f.place is not None and f.place.key in keys), None)

    def context_place(self, topic_before: Place | None, topic_before_at: int) -> Place | None:
        """The more recent of the last placed figure and the last place named ("North Macedonia
        followed Kosovo's lead. On 7 August it flew home seven of its fighters")."""
        if topic_before_at == self.listed_at:
            topic_before = None  # the first of the countries a list went through is not what follows it
        if self.place is None or topic_before is None:
            return topic_before or self.place
        # a region named in passing ("under pressure from the European Court") does not take over
        # from the country the figures were about
        newer = topic_before_at > self.place_at and (topic_before.type == "country" or self.place.type != "country")
        return topic_before if newer else self.place

    def await_name(self, n: int, attribution, source: str | None, indices: range) -> None:
        """After sentence n: its records wait for a name when it cites a body it does not name."""
        if attribution is not None and attribution.ahead and source is None:
            self.unnamed, self.unnamed_until = list(indices), n + 3

    def name_the_unnamed(self, n: int, records: list[Record], attribution, source: str | None) -> None:
        """"At least 5,600 have returned home, a U.S. security think tank said. The Soufan Center,
        a New York-based nonprofit, said ...": a body described before it is named is the body
        the next sentences name."""
        if n > self.unnamed_until:
            self.unnamed = []
        if not self.unnamed:
            return
        if attribution is not None and attribution.kind == "explicit" and not attribution.person and source:
            for i in self.unnamed:
                if records[i].source is None:
                    records[i] = records[i].model_copy(update={"source": source})
            self.unnamed = []

    def leave(self, n: int, figures: list[Figure], placed_here: Place | None, sentence_as_of: str | None,
              aside: bool = False) -> None:
        kept = [f for f in figures if not f.dropped and f.place is not None and f.status is not None]
        if len({f.place.key for f in kept if f.place.type == "country"}) >= LIST_OF_COUNTRIES:
            # "Germany accounted for 312, France for 276, ... Belgium for 61": no one country goes on
            self.place, self.place_at, self.listed_at = None, n, n
        elif placed_here is not None:
            self.place, self.place_at = placed_here, n
        elif kept and all(f.place.type == "world" for f in kept) and not aside and \
                not any(f.place_rule == "world/held" for f in kept):
            # "It identified 41,490 foreign nationals from 80 countries ... Of those identified, up to
            # 4,761 were women": a passage about the world's people goes on about them, not about the
            # country named before it; an aside ("Worldwide, some 40,000 foreigners joined") or a camp's
            # holdings (`world/held`: "Al-Hol alone still holds more than 50,000 people") leaves the
            # passage's country
            self.before_world = self.place if self.place is not None and self.place.type == "country" else None
            self.place, self.place_at = kept[0].place, n
        if any(f.status_rule == "status/camp" for f in figures):
            self.camp_at = n  # "Kazakhstan accounts for roughly 500, ...": the camp's breakdown goes on
        self.as_of = sentence_as_of
        self.kept = kept
        # "41,490 people became affiliated ... Western Europe accounted for 5,904 of the total"
        self.total = next((f for f in kept if f.status == "departed" and f.whole is None and not f.breakdown
                           and f.status_rule != "status/breakdown"), self.total)
        # "about 43,000 people remain in the camps" says what the list after it counts, placed or not
        self.last_status = next((f.status for f in figures if not f.dropped and f.status is not None
                                 and f.status_rule != "status/default"), self.last_status)
        self.subject = kept[0].subject if kept else self.subject
        if self.item_opening and kept and kept[0].status_rule not in ("status/default", "status/list"):
            self.item_status = kept[0].status if self.item_labelled else None


CONTRAST_OPENERS = words("linking.json", "contrast_openers")
ESCAPE_WORDS = words("status_words.json", "escape_words")


def _opens_with_a_contrast(text: str) -> bool:
    lowered = text.lstrip().lower()
    return any(lowered.startswith(opener + " ") for opener in CONTRAST_OPENERS)


def _names_the_total(doc: Doc) -> bool:
    """"5,904 of the total" ("that total" is the figure just given)."""
    return any(t.lower_ == "total" and t.i > 1 and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ == "of"
               for t in doc)


def _dates_the_figures(doc: Doc) -> bool:
    words = {t.lower_ for t in doc}
    return bool(words & {"figures", "numbers", "data", "statistics", "totals"}) and "as" in words and \
        bool(words & {"of", "at"}) and not any(t.like_num and t.ent_type_ not in ("DATE", "") for t in doc)


def _starts_paragraph(text: str, start: int) -> bool:
    return start == 0 or "\n\n" in text[max(0, start - 4):start].replace(" ", "")


RATE_ROW = re.compile(r"^\s*[^\d\n]{2,40}\s[\d.,]+\s*\([^)\n]*\d[^)\n]*\)\s*$")  # "Austria 35 (300)"


def _is_heading(sentence: str) -> bool:
    """"What the numbers show": a short line with no closing punctuation, starting a section."""
    stripped = sentence.rstrip()
    return bool(stripped) and not _is_page_furniture(stripped) and stripped[-1] not in ".!?:;\"”’)" and \
        len(stripped.split()) <= 12


# a live blog entry's time, alone or before a dash ("11:25", "16:52 BST", "18:05 – Kyrgyz flight lands"), not "3.14 The Committee"
ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|AEST|AEDT|local time))*"
                        r"\s*(?:$|[–—-]\s)", re.I)
ITEM_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[^a-z]{3,}[^a-z\s:—–-]$")  # not a dateline ("SYDNEY —")


def _is_page_furniture(line: str) -> bool:
    """"ADVERTISEMENT", "Top News": a line of the web page around the article, not one of its headings."""
    return line.strip().lower() in PAGE_FURNITURE


PAGE_FURNITURE = words("tokens.json", "page_furniture")


def _is_item_heading(sentence: str) -> bool:
    """"5. DATASET REVISITED: ICSR'S STUDY", "TRINIDAD AND TOBAGO": a line in capitals opens an item of a digest
    (not a bracketed stage direction of a transcript, "[ON TAPE — FEDERAL COURTHOUSE, MINNEAPOLIS, 2016]")."""
    return len(sentence) <= 120 and not _is_page_furniture(sentence) and sum(ch.isupper() for ch in sentence) >= 4 \
        and bool(ITEM_HEADING.match(sentence)) and not _bracketed(sentence)


def _bracketed(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("[") and stripped.endswith("]")


def _ends_line(text: str, end: int) -> bool:
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == len(text) or text[after] in "\r\n"


def _starts_line(text: str, start: int) -> bool:
    before = start  # walked back over spaces, not copied: this runs for every sentence
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before == 0 or text[before - 1] == "\n"


_TABLE_CELL = re.compile(r"\s*(?:[A-Z][^:\n]{0,40}|(?:19|20)\d\d)(?::|\s[–—-])\s*(?:about |around |some |~)?(?:\d|(?i:nil|none)\b)")


def _list_follows(text: str, end: int) -> bool:
    """The line after the one ending at `end` is a list item of one figure ("Kazakhstan – 607"); one
    with several ("Tunisia: 2,929 departed; about 800 returned") says what each counts itself."""
    start = text.find("\n", end) + 1
    if start == 0:
        return False
    stop = text.find("\n", start)
    following = text[start : stop if stop >= 0 else len(text)]
    return _is_list_item(following) and len(re.findall(r"\d[\d,.]*", following)) == 1


def _is_list_item(sentence: str) -> bool:
    """"- about 650 from Russia", "• 540 from Tajikistan", and a table's "Germany: 20"."""
    return sentence.lstrip()[:1] in ("-", "•", "*", "–", "—", "·") or bool(_TABLE_CELL.match(sentence))


YEAR_ROW = re.compile(r"\s*((?:19|20)\d\d)\s*(?::|[–—-])\s*(?:about |around |some |~)?(?:\d[\d,]*|nil|none)\s*$", re.I)


def _row_year(sentence: str, at: int) -> str | None:
    """"2014: 37" under "prevented from departing in the following years:": the year whose
    figure the line of the sentence at offset `at` gives ("2018: nil" too)."""
    line = sentence[sentence.rfind("\n", 0, at) + 1 :].split("\n")[0]
    row = YEAR_ROW.match(line)
    return row.group(1) if row else None


def _as_article(item, index: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id=f"article-{index}", text=item)
    if isinstance(item, tuple) and len(item) == 2:
        text, article_id = item
        return Article(id=str(article_id), text=text)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return Article(id=str(item.get("id", f"article-{index}")), text=item["text"], title=item.get("title"),
                       published=item.get("published"), url=item.get("url"))
    raise TypeError(f"cannot read an article from {type(item).__name__}")
