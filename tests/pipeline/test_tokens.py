"""Token lists, sentence bounds and span lists read once per Doc give what spaCy's objects
give."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventwire.pipeline.extensions import doc_sents, doc_text, sent_of, span_sent, spans_of
from eventwire.pipeline.nlp import get_nlp
from eventwire.pipeline.tokens import sentences, tokens
from tests.pipeline.markup import doc_until

TEXTS = {
    "it": "L'ex ministro dell’Interno  ha detto: «Sì».\n\nA Roma, il 3 marzo 2020, 1.200 "
    "persone — e Jean-Luc (49 anni) — sono arrivate. Città? Perché no",
    "en": "U.S. President Joe Biden met Kim Jong-un's envoy on Monday; 12 people,\n"
    'including 3 children, were hurt.  ABC News said: "It\'s over." Then   nothing',
}


def _doc(lang: str, text: str | None = None, until: str = "eventwire_sentences"):  # noqa: ANN202
    """The Doc of ``text`` (default: the language's test text) after pipeline stage ``until``."""
    return doc_until(lang, TEXTS[lang] if text is None else text, until)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_token_lists_are_the_token_attributes(lang: str) -> None:
    doc = _doc(lang)
    tab = tokens(doc)
    assert tab.text == [t.text for t in doc]
    assert tab.lower == [t.lower_ for t in doc]
    assert tab.lemma == [t.lemma_ for t in doc]
    assert [bool(w) for w in tab.ws] == [bool(t.whitespace_) for t in doc]
    assert tab.idx == [t.idx for t in doc]
    assert tab.end == [t.idx + len(t.text) for t in doc]
    for name in ("is_alpha", "is_space", "is_stop", "like_num", "is_title"):
        assert [bool(v) for v in getattr(tab, name)] == [getattr(t, name) for t in doc], name
    assert doc_text(doc) == doc.text
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 6) + 1):
            assert tab.span_text(a, b) == doc[a:b].text


#: Word forms no earlier test has met (new lexemes: their attributes are computed now)
NEW_WORDS = "Zorblax, ZQUIRT e qwxxv-9 (Plimbo) 3,7 milioni! «Ékroval» $ €12 vrrap@x.it ²"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_lexical_attributes_the_rules_read_are_spacys_for_new_words(lang: str) -> None:
    """The pipeline's vocabulary skips the lexical attributes nothing reads; those the rules
    read are computed as in a blank spaCy pipeline, also for words it meets for the first time."""
    ours = get_nlp(lang).make_doc(NEW_WORDS)
    blank = spacy.blank(lang).make_doc(NEW_WORDS)
    assert [t.text for t in ours] == [t.text for t in blank]
    for name in ("lower_", "norm_", "lang_", "is_alpha", "is_lower", "is_space", "is_title"):
        assert [getattr(t, name) for t in ours] == [getattr(t, name) for t in blank], name
    for name in ("is_stop", "like_num", "is_punct"):
        assert [getattr(t, name) for t in ours] == [getattr(t, name) for t in blank], name
    assert any(t.like_num for t in ours) and any(t.is_punct for t in ours)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_sentence_bounds_are_doc_sents(lang: str) -> None:
    doc = _doc(lang)
    sents = list(doc.sents)
    assert len(sents) > 2
    assert sentences(doc).bounds == [(s.start, s.end) for s in sents]
    assert doc_sents(doc) == sents
    for i, t in enumerate(doc):
        assert sent_of(doc, i) == t.sent
        assert span_sent(doc[i : i + 2]) == doc[i : i + 2].sent


def test_a_doc_without_sentence_bounds_is_one_sentence() -> None:
    doc = get_nlp("it").make_doc("Nessun confine qui e nemmeno qui")
    assert sentences(doc).bounds == [(0, len(doc))]
    with pytest.raises(ValueError):
        doc_sents(doc)  # as doc.sents


def test_span_lists_follow_their_group() -> None:
    doc = _doc("it")
    doc.spans["x"] = [doc[0:2], doc[3:4]]
    first = spans_of(doc, "x")
    assert first == list(doc.spans["x"]) and spans_of(doc, "x") is first
    doc.spans["x"] = [doc[5:6]]  # a new group: read again
    assert spans_of(doc, "x") == [doc[5:6]]
    assert spans_of(doc, "missing") == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_lexicon_starts_are_the_tokens_with_a_first_word_key(lang: str) -> None:
    """``DocKeys.starts`` (remembered per word across Docs) lists the tokens whose keys
    meet the first words, as testing every token's keys does, on a first and a second Doc."""
    from eventwire.pipeline.lexicon import cue_index, doc_keys

    firsts = cue_index(lang, "attribution_cues.tsv").by_first
    for text in (TEXTS[lang], TEXTS[lang] + " " + TEXTS["en" if lang == "it" else "it"]):
        doc = _doc(lang, text, "eventwire_lemmas")
        dk = doc_keys(doc, lang)
        expected = [i for i, keys in enumerate(dk.ordered) if set(keys) & firsts.keys()]
        assert expected
        assert dk.starts(firsts) == expected
        assert dk.starts(firsts) == expected  # again, from the memo


def test_lexicon_starts_stay_right_after_the_word_memo_is_cleared() -> None:
    """The start memo is keyed by word numbers, which a cleared word-key memo never hands
    out again: a word read anew (another number) is tested anew."""
    from eventwire.pipeline import lexicon

    firsts = lexicon.cue_index("it", "attribution_cues.tsv").by_first
    got = []
    for text in ("Secondo il ministro, la riunione è rinviata.", "Il ministro ha detto no."):
        doc = _doc("it", text, "eventwire_lemmas")
        dk = lexicon.doc_keys(doc, "it")
        expected = [i for i, keys in enumerate(dk.ordered) if set(keys) & firsts.keys()]
        assert dk.starts(firsts) == expected
        got.append(dk.serials)
        lexicon._KEYS.clear()
    assert not set(got[0]) & set(got[1])  # "ministro" has a new number after the clear


def test_lexicon_starts_stay_right_when_a_new_matcher_asks() -> None:
    """Each first-word dict gets a bit in one per-word mask read once per Doc: a dict that
    first asks after a Doc's masks were read (or one that grew) has its tokens all the same,
    and the earlier dicts keep theirs."""
    from eventwire.pipeline import lexicon

    doc = _doc(
        "it",
        "Secondo il sindaco, la fiera del paese è stata rinviata a maggio.",
        "eventwire_lemmas",
    )
    dk = lexicon.doc_keys(doc, "it")
    attribution = lexicon.cue_index("it", "attribution_cues.tsv").by_first
    before = dk.starts(attribution)
    fair = {"fiera": 1}
    assert dk.starts(fair) == [5]
    fair["maggio"] = 2  # grown: asked again, read again
    assert dk.starts(fair) == [5, 12]
    assert dk.starts(attribution) == before
    assert dk.starts({"assente": 1}) == []


def test_lexicon_keys_follow_the_lemma_of_each_occurrence() -> None:
    """Token keys are read from a memo by text: a word whose lemma differs between two
    occurrences (a sentence-initial capital takes its lower-case form's lemma) has each
    occurrence's own keys, in either order and in a later Doc."""
    from eventwire.pipeline import lexicon

    for text in (
        "Respinge la proposta il consiglio. Il gruppo Respinge ha vinto.",
        "Il gruppo Respinge ha vinto. Respinge la proposta il consiglio.",
    ):
        doc = _doc("it", text, "eventwire_lemmas")
        tab = tokens(doc)
        dk = lexicon.doc_keys(doc, "it")
        expected = [
            lexicon._word_keys("it", t, lem)[0] for t, lem in zip(tab.text, tab.lemma, strict=True)
        ]
        assert dk.pairs == expected
        firsts = [k for k, t in enumerate(tab.text) if t == "Respinge"]
        assert {tab.lemma[k] for k in firsts} == {"respingere", "Respinge"}
        assert {"respingere" in dk.pairs[k][1] for k in firsts} == {True, False}


def test_lexicon_near_looks_only_inside_its_window() -> None:
    """``DocKeys.near`` answers whether a token from ``lo`` to ``hi`` (both included, the
    window cut at the end of the Doc) has one of the keys."""
    from eventwire.pipeline import lexicon

    doc = _doc("it", "Il sindaco ha firmato un accordo con la regione.", "eventwire_lemmas")
    dk = lexicon.doc_keys(doc, "it")
    accordo = frozenset({"accordo"})
    assert dk.near(accordo, 5, 5) and dk.near(accordo, 2, 7) and dk.near(accordo, 5, 40)
    assert not dk.near(accordo, 0, 4) and not dk.near(accordo, 6, 40)
    assert not dk.near(accordo, 40, 44) and not dk.near(accordo, 6, 5)


def test_triggers_by_type_keep_the_group_order() -> None:
    """The event stage's per-Doc tables of triggers by event type (follow-up places,
    coreferent dating) list each type's triggers with their starts in the group's order."""
    from types import SimpleNamespace

    import spacy

    from eventwire.pipeline import places, timex

    doc = spacy.blank("it")("Il vertice e poi lo sciopero e infine la riunione e lo scontro.")
    kinds = {1: "CONSULT", 5: "PROTEST", 9: "CONSULT", 12: None}
    group = []
    for i, kind in kinds.items():
        span = doc[i : i + 1]
        span._.trigger = SimpleNamespace(event_type=kind) if kind else None
        group.append(span)
    doc.spans["triggers"] = group
    triggers = spans_of(doc, "triggers")
    for table in (places._typed(doc, triggers), timex._trigger_types(doc)):
        assert [(t.text, s) for t, s in table["CONSULT"]] == [("vertice", 1), ("riunione", 9)]
        assert [s for _, s in table["PROTEST"]] == [5] and [s for _, s in table[None]] == [12]


def test_country_counts_are_counted_once_per_doc_and_again_when_the_groups_change() -> None:
    import spacy

    from eventwire.pipeline.events import _country_counts
    from eventwire.records import Actor

    doc = spacy.blank("it")("Il governo francese e Parigi hanno risposto a Berlino.")
    gov, paris, berlin = doc[1:3], doc[4:5], doc[8:9]
    gov._.actors = [Actor(name="governo francese", country="FRA", sector="GOV")]
    paris._.actors = [Actor(name="Parigi", country="FRA", sector="GOV")]
    doc.spans["actors"] = [gov, paris]
    counts = _country_counts(doc)
    assert counts == {"FRA": 2} and _country_counts(doc) is counts
    berlin._.actors = [Actor(name="Berlino", country="DEU", sector="GOV")]
    doc.spans["actors"] = [gov, paris, berlin]
    assert _country_counts(doc) == {"FRA": 2, "DEU": 1}


def test_the_word_memo_holds_nothing_the_garbage_collector_walks() -> None:
    import gc

    from eventwire.pipeline import lexicon

    nlp = get_nlp("it")
    lexicon._KEYS.clear()  # (words of earlier tests may sit in gc.freeze's generation)
    doc = nlp("Gli scioperanti respingevano l'ultimatum dei ministri.")
    dk = lexicon.doc_keys(doc, "it")
    k = [t.text for t in doc].index("respingevano")
    assert "respingere" in dk.pairs[k][1] and dk.pairs[k][1] == dk.ordered[k]
    for _ in range(3):  # a tuple the collector sees before the tuple it holds waits a round
        gc.collect()
    memo = lexicon._KEYS["it"]
    words = [memo[t.text] for t in doc]
    assert not any(gc.is_tracked(w) or gc.is_tracked(w[0]) for w in words)


def test_span_attributes_read_without_underscore_objects_equal_spacy_reads() -> None:
    """``ext(span, name)`` reads what ``span._.<name>`` reads, for every span attribute
    (set or left at its default), also for spans over the same words in other groups."""
    import spacy

    from eventwire.pipeline import actors  # noqa: F401  (registers the actor stage's own)
    from eventwire.pipeline.extensions import _SPAN, ext
    from eventwire.records import Actor

    doc = spacy.blank("it")("Il ministro degli Esteri del Cile è arrivato ieri a Lima.")
    minister, chile, lima, all_ = doc[1:4], doc[5:6], doc[11:12], doc[:]
    minister._.actors = [Actor(name="ministro degli Esteri", country="CHL", sector="GOV")]
    chile._.place = "Cile"
    doc[5:6]._.info = {"cue": "del"}  # a new Span object over the same words
    lima._.trigger_why = []
    names = list(_SPAN) + [n for n in ("cue", "why") if n not in _SPAN]
    for span in (minister, chile, lima, all_, doc[1:3], doc[5:6]):
        for name in names:
            assert ext(span, name) == getattr(span._, name), (span.text, name)
    assert ext(doc[5:6], "info") == {"cue": "del"} and ext(chile, "place") == "Cile"
    assert ext(lima, "trigger_why") == [] and ext(lima, "trigger") is None


def test_country_sectors_count_each_mention_as_its_argument_actors() -> None:
    """``events._country_sectors`` counts the sectors of each actor mention's actors as
    ``_actors_of([span], "GOV")`` gives them (a bare country is its government; the same
    actor twice in one mention counts once) without copying them."""
    from collections import Counter

    import spacy

    from eventwire.pipeline.events import _actors_of, _country_sectors
    from eventwire.records import Actor

    doc = spacy.blank("it")("La Francia e il ministro francese e i due soldati tedeschi arrivano.")
    france, minister, soldiers = doc[1:2], doc[4:6], doc[8:11]
    france._.actors = [Actor(name="Francia", country="FRA")]
    minister._.actors = [Actor(name=None, country="FRA", sector="GOV", title="ministro")]
    twice = Actor(raw_text="soldati tedeschi", country="DEU", sector="MIL")
    soldiers._.actors = [twice, twice, Actor(country="IGO")]
    doc.spans["actors"] = [
        Span(doc, 1, 2, label="GPE"),
        Span(doc, 4, 6, label="AGENT"),
        Span(doc, 8, 11, label="AGENT"),
    ]
    expected: dict[str, Counter] = {}
    for span in doc.spans["actors"]:
        for a in _actors_of([span], "GOV"):
            if a.country:
                expected.setdefault(a.country, Counter())[a.sector] += 1
    got = _country_sectors(doc)
    assert got == expected == {"FRA": Counter({"GOV": 2}), "DEU": {"MIL": 1}, "IGO": {None: 1}}


def test_mentions_in_a_range_are_read_once_per_doc_and_actor_group(monkeypatch) -> None:  # noqa: ANN001
    """``ArgumentFinder.mentions_in`` keeps its answer per range: the rules ask for the same
    sentence many times per trigger. A new actor group is read again."""
    import spacy

    from eventwire.pipeline.arguments import ArgumentFinder
    from eventwire.pipeline.syntax import syntax_for

    doc = spacy.blank("it")("I russi e il governo italiano parlano con gli ucraini di Kiev.")
    doc.spans["actors"] = [Span(doc, 1, 2, label="GPE"), Span(doc, 4, 6, label="AGENT")]
    finder = ArgumentFinder(syntax_for("it"))
    asked: list[int] = []
    real = ArgumentFinder._adjectival

    def counting(self, doc, m):  # noqa: ANN001, ANN202
        asked.append(m.start)
        return real(self, doc, m)

    monkeypatch.setattr(ArgumentFinder, "_adjectival", counting)
    first = finder.mentions_in(doc, 0, 12)
    assert [m.text for m in first] == ["russi", "governo italiano"]
    assert [m.text for m in finder.mentions_in(doc, 0, 12)] == ["russi", "governo italiano"]
    assert [m.text for m in finder.mentions_in(doc, 3, 12)] == ["governo italiano"]
    assert asked == [1, 4, 4]  # the second call of (0, 12) asked nothing
    doc.spans["actors"] = [Span(doc, 9, 10, label="GPE")]
    assert [m.text for m in finder.mentions_in(doc, 0, 12)] == ["ucraini"]


def test_appositions_before_a_word_are_read_once_per_doc_and_actor_group(monkeypatch) -> None:  # noqa: ANN001
    """``ArgumentFinder.appositions`` (asked by the subject search and its floor for each
    trigger) keeps its answer per sentence and end; each caller gets its own list."""
    import spacy

    from eventwire.pipeline.arguments import ArgumentFinder
    from eventwire.pipeline.syntax import syntax_for

    doc = spacy.blank("en")("The rebels , who had seized two towns , attacked the capital .")
    doc.spans["actors"] = [Span(doc, 0, 2, label="GROUP")]
    finder = ArgumentFinder(syntax_for("en"))
    calls: list[int] = []
    real = ArgumentFinder._appositions

    def counting(self, doc, sent, end):  # noqa: ANN001, ANN202
        calls.append(end)
        return real(self, doc, sent, end)

    monkeypatch.setattr(ArgumentFinder, "_appositions", counting)
    first = finder.appositions(doc, doc[:], 9)
    assert first == [(3, 8)]  # ", who had seized two towns ,"
    first.append((0, 1))  # (a caller's own list)
    assert finder.appositions(doc, doc[:], 9) == [(3, 8)] and calls == [9]
    assert finder.appositions(doc, doc[:], 5) == [] and calls == [9, 5]
    doc.spans["actors"] = []  # another group: read again
    assert finder.appositions(doc, doc[:], 9) == [] and calls == [9, 5, 9]


def test_no_rule_reads_a_lexical_attribute_the_vocabulary_skips() -> None:
    """The vocabulary leaves shape, prefix, suffix, is_digit, is_upper, like_url ... unset
    (``pipeline/nlp.py`` ``_READ_LEXEME_ATTRS``): a rule reading one would get 0 or "" on
    every word. Fails when source code reads one as a token attribute or a Matcher key."""
    import re
    from pathlib import Path

    import eventwire
    from eventwire.pipeline.nlp import _READ_LEXEME_ATTRS

    skipped = {
        "SHAPE", "PREFIX", "SUFFIX", "IS_DIGIT", "IS_UPPER", "IS_ASCII", "IS_BRACKET",
        "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_URL", "LIKE_EMAIL",
    }  # fmt: skip
    assert not skipped & _READ_LEXEME_ATTRS
    # prefix/suffix only in their string form: ``path.suffix`` is pathlib's
    names = [n.lower() + ("_" if n in ("PREFIX", "SUFFIX") else "_?") for n in sorted(skipped)]
    attr = re.compile(r"\.(" + "|".join(names) + r")\b")
    key = re.compile(r"[\"'](" + "|".join(sorted(skipped)) + r")[\"']")
    found = []
    for path in Path(eventwire.__file__).parent.rglob("*.py"):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            hits = [*attr.finditer(line), *key.finditer(line)]
            found += [f"{path.name}:{no}: {m.group(0)}" for m in hits]
    assert not found, found
