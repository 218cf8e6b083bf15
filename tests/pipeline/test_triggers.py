"""Trigger lexicon loading and matching."""

from __future__ import annotations

import pytest

from eventwire.pipeline.nlp import get_nlp
from eventwire.pipeline.triggers import LexiconError, load_triggers, parse_trigger_lines
from eventwire.records import PLOVER_TYPES


@pytest.mark.parametrize("lang", ["it", "en"])
def test_lexicon_loads_with_valid_types(lang):
    entries = load_triggers(lang)
    assert entries, f"no triggers for {lang}"
    assert {e.event_type for e in entries} <= set(PLOVER_TYPES)


def test_italian_lexicon_covers_every_plover_type():
    assert {e.event_type for e in load_triggers("it")} == set(PLOVER_TYPES)


def test_bad_line_names_file_and_line():
    with pytest.raises(LexiconError, match=r"x.tsv:2: unknown PLOVER type"):
        parse_trigger_lines(["# header", "incontrare\tMEET\t\t\t\tV"], "x.tsv", "it")


def _triggers(text, lang="it"):
    doc = get_nlp(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["triggers"]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # inflected verbs match through their lemma
        ("Putin incontrerà Kim a Vladivostok.", ("incontrerà", "CONSULT")),
        ("La polizia ha arrestato tre persone.", ("arrestato", "COERCE")),
        ("Il governo ha condannato l'attacco.", ("condannato", "ACCUSE")),
        # a multi-word entry beats its parts, across an elided article
        ("Le parti hanno raggiunto un'intesa.", ("raggiunto un'intesa", "AGREE")),
        # the noun entry beats the verb whose lemma the noun's form shares
        ("L'incontro si è svolto ieri.", ("incontro", "CONSULT")),
        # talking with a party is a consultation; talking of something is none
        ("Il ministro sta parlando con gli inviati cinesi.", ("parlando con", "CONSULT")),
        (
            "Sono in corso esercitazioni navali congiunte.",
            ("esercitazioni navali congiunte", "COOPERATE"),
        ),
    ],
)
def test_italian_triggers(text, expected):
    assert expected in _triggers(text)


def test_talking_of_something_is_no_consultation():
    assert not [t for t in _triggers("Il ministro ha parlato della crisi.") if t[1] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "across"),
    [
        # the nouns after "per/di/a" + infinitive are that verb's objects, not the pattern's
        ("Il blocco per portare gli aiuti resta in vigore.", False),
        ("Il governo ha deciso di bloccare per un mese gli aiuti.", True),
    ],
)
def test_a_gap_never_crosses_an_infinitive_clause(text, across):
    hits = [
        t for t in _triggers(text) if t[0].startswith(("blocc", "Blocc")) and t[0].endswith("aiuti")
    ]
    assert bool(hits) is across, _triggers(text)


def test_longest_match_wins():
    found = _triggers("Il tribunale lo ha condannato all'ergastolo.")
    assert ("condannato all'ergastolo", "SANCTION") in found
    assert not any(t == "condannato" for t, _ in found)


@pytest.mark.parametrize(
    "text,lang,absent",
    [
        # the noun after "che" / "that" belongs to the embedded clause, not to the gap
        ("Il ministro ha dichiarato che i colpevoli saranno puniti.", "it", "SANCTION"),
        ("He accepted that demands were high.", "en", "CONCEDE"),
    ],
)
def test_gap_never_crosses_a_complementizer(text, lang, absent):
    assert absent not in [label for _, label in _triggers(text, lang)]


def test_gap_still_skips_modifiers():
    found = _triggers("Il tribunale ha dichiarato l'imputato colpevole.")
    assert any(label == "SANCTION" for _, label in found)


def _index_matches(lines: list[str], text: str, lang: str = "it") -> list[tuple[str, str]]:
    from eventwire.pipeline.triggers import TriggerIndex

    index = TriggerIndex(tuple(parse_trigger_lines(lines, "t.tsv", lang)), lang)
    doc = get_nlp(lang)(text)
    return [(doc[s:e].text, entry.pattern) for s, e, entry, _ in index.match(doc)]


def test_gapped_patterns_reach_their_last_word_and_no_farther() -> None:
    lines = [
        "inviare * militari\tMOBILIZE\t\t\t\tV",
        "inviare * * armi\tAID\t\t\t\tV",
        "inviare *\tAID\t\t\t\tV",  # only gaps after the first word: always tried
    ]
    found = _index_matches(
        lines, "Hanno inviato altri 21.000 militari e poi anche molte altre nuove armi."
    )
    assert ("inviato altri 21.000 militari", "inviare * militari") in found
    assert ("inviato", "inviare *") in found
    # "armi" is ten words on: farther than two gaps of MAX_GAP (4) words reach
    assert not any(p == "inviare * * armi" for _, p in found)
    near = _index_matches(lines, "Hanno inviato nuove armi.")
    assert ("inviato nuove armi", "inviare * * armi") in near


@pytest.mark.parametrize(
    "text,expected",
    [
        # giving back what was taken is a RETREAT (return), not a concession in words
        ("The militia handed back the oil fields to the army.", ("handed back", "RETREAT")),
        ("Customs returned the seized trucks on Monday.", ("returned the seized", "RETREAT")),
        (
            "Oslo declared the Iranian attache persona non grata.",
            ("declared the Iranian attache persona non grata", "SANCTION"),
        ),
        ("Chad expelled the Sudanese envoy.", ("expelled the Sudanese envoy", "SANCTION")),
    ],
)
def test_english_return_and_expulsion_triggers(text, expected):
    assert expected in _triggers(text, "en")


@pytest.mark.parametrize(
    "text,expected",
    [
        # getting forces ready for an attack is MOBILIZE; "prepared to" alone is willingness
        ("The rebels prepared to resume shelling the port.", "MOBILIZE"),
        ("The army is preparing a winter offensive.", "MOBILIZE"),
        ("The minister said he was prepared to resign.", "AGREE"),
    ],
)
def test_english_preparing_an_attack_is_mobilization(text, expected):
    assert [label for _t, label in _triggers(text, "en")][0] == expected


def test_compound_halves_are_read_from_the_token_lists() -> None:
    """``compound_half_tokens``: a listed second half ("-led", "-backed") joined by a hyphen
    with no space on either side, read from the per-Doc token lists (no Token objects)."""
    from eventwire.pipeline.nlp import get_nlp
    from eventwire.pipeline.tokens import tokens
    from eventwire.pipeline.triggers import compound_half_tokens

    doc = get_nlp("en").make_doc(
        "Ruritania-led troops, a Freedonia - backed group and Led Zeppelin -led on."
    )
    words = tokens(doc).text

    class ListsOnly:  # the Doc's lists and length; no token by index
        user_data = doc.user_data

        def __len__(self) -> int:
            return len(doc)

        def __getitem__(self, i: int):  # noqa: ANN204
            raise AssertionError("a Token made")

    got = sorted(compound_half_tokens(ListsOnly(), "en"))  # type: ignore[arg-type]
    assert got == sorted(compound_half_tokens(doc, "en"))
    assert [words[i - 2 : i + 1] for i in got] == [["Ruritania", "-", "led"]]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Il senatore Rossi ha vinto le primarie conquistando il sostegno degli elettori del Sud.",
            "COERCE",
        ),
        ("Dopo il voto in Ohio, i senatori Brown e Clark si sono ritirati dalla corsa.", "RETREAT"),
        ("Il sindaco di Pisa non si arrende e ricorre al TAR.", "REJECT"),
        ("Il Senato dà il via libera all'indulto.", "CONCEDE"),
        (
            "La corte di Torino ha accolto le richieste dell'accusa contro il commercialista.",
            "ACCUSE",
        ),
        ("La città di Lione ospiterà la manifestazione il prossimo anno.", "PROTEST"),
    ],
)
def test_phrases_of_another_sense_trigger_nothing(text, etype):
    # not_triggers.tsv: votes won, a candidate leaving the race, "does not give up", a law
    # passed, the prosecution as a party, a venue for an event
    import eventwire

    assert etype not in [r.event_type for r in eventwire.extract(text, language="it")]


@pytest.mark.parametrize(
    "text",
    [
        "Il premier italiano Bianchi ha riunito il Consiglio dei ministri a Palazzo Chigi.",
        "Ieri a Roma si è tenuta una riunione del Consiglio dei ministri italiano.",
        "Il Parlamento italiano, riunito in seduta comune, ha eletto il nuovo capo dello Stato.",
        "A Roma si svolgono le riunioni congiunte del Parlamento italiano.",
    ],
)
def test_a_session_of_one_body_is_no_meeting_between_parties(text):
    import eventwire

    assert "CONSULT" not in [r.event_type for r in eventwire.extract(text, language="it")]


def test_ministers_of_two_states_meeting_still_consult():
    import eventwire

    recs = eventwire.extract(
        "I ministri degli Esteri di Francia e Germania si sono riuniti a Bruxelles.", language="it"
    )
    assert [r.event_type for r in recs] == ["CONSULT"]
