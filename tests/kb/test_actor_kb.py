"""The actor KB: offices on a date, custom dictionaries over the built-in ones."""

from __future__ import annotations

from pathlib import Path

from eventwire.kb.actors import get_kb, resolve_on_date, role_on
from eventwire.pipeline.nlp import get_nlp
from eventwire.records import Actor
from tests.pipeline.markup import doc_until


def _entry(name: str):  # noqa: ANN202
    kb = get_kb("en")
    [idx] = kb.find_by_name(name)
    return kb.entries[idx]


def test_office_before_during_after_a_term() -> None:
    biden = _entry("Joe Biden")
    assert role_on(biden, "2015-06-01").title == "Vice President"
    assert role_on(biden, "2018-06-01") is None  # between his terms: no office
    assert role_on(biden, "2023-06-01").title == "President"
    assert role_on(biden, "2025-06-01") is None


def test_resolve_on_date_reresolves_a_person() -> None:
    shoigu = Actor(raw_text="Shoigu", name="Sergei Shoigu", country="RUS")
    in_2023 = resolve_on_date(shoigu, "2023-07-27")
    assert (in_2023.country, in_2023.sector, in_2023.title) == ("RUS", "GOV", "Minister of Defence")
    in_2025 = resolve_on_date(shoigu, "2025-03")
    assert in_2025.title == "Secretary of the Security Council"
    # an actor the KB does not know stays as it is
    nobody = Actor(raw_text="Zorbax", name="Zorbax Quintel")
    assert resolve_on_date(nobody, "2023-01-01") == nobody


def test_resolve_on_date_reresolves_a_span() -> None:
    doc = doc_until(
        "it",
        "Il ministro della Difesa russo Sergej Shoigu è arrivato.",
        "eventwire_actors",
        published="2023-07",
    )
    [span] = [s for s in doc.spans["actors"] if "Shoigu" in s.text]
    assert span._.actors[0].title == "Minister of Defence"
    later = resolve_on_date(span, "2024-12-01")
    assert later.title == "Secretary of the Security Council"
    assert later.raw_text == span.text


def test_custom_dictionary_overrides_the_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    # this user codes the US Department of Defense as government, not military
    path.write_text("name,aliases,country,sector\nUS Department of Defense,Pentagon,USA,GOV\n")
    text = "The Pentagon said the drills will go on."
    for dicts, sector in (((), "MIL"), ((str(path),), "GOV")):
        doc = doc_until("en", text, "eventwire_actors", dictionaries=dicts)
        [span] = [s for s in doc.spans["actors"] if s.text == "Pentagon"]
        assert span._.actors[0].sector == sector


def test_misspelt_country_names_within_one_letter() -> None:
    kb = get_kb("en")
    for word, country in (("Ethopia", "ETH"), ("Quatar", "QAT")):
        idx = kb.fuzzy_country(word)
        assert idx is not None and kb.entries[idx].roles[0].country == country
    assert kb.fuzzy_country("Gambia") is None  # a real name is no misspelling of Zambia
    # another first letter is another word: the "Hanish" islands are not "Danish"
    assert kb.fuzzy_country("Hanish") is None
    assert kb.fuzzy_country("Wanish") is None
    # a letter dropped or added after the first still is a misspelling
    idx = kb.fuzzy_country("Ethiopiaa")
    assert idx is not None and kb.entries[idx].roles[0].country == "ETH"
    assert kb.fuzzy_country("Iraq") is None  # short words are left alone
    assert get_kb("it").fuzzy_country("Romana") is None  # an Italian word, not Romania
    for _ in range(2):  # the second answer comes from the memo: the same
        assert kb.entries[kb.fuzzy_country("Ethopia")].roles[0].country == "ETH"
        assert kb.fuzzy_country("Gambia") is None


def test_given_names_from_the_list_and_from_the_kb() -> None:
    kb = get_kb("it")
    assert "actors_given_names.tsv" in (kb.given_name("Giorgio") or "")
    assert kb.given_name("Zoran")  # the first word of KB person names
    assert kb.given_name("Sheikh") is None  # a title, listed as such
    assert kb.given_name("Piacentini") is None


def test_title_case_rule_for_english_names_and_media() -> None:
    from eventwire.kb.actors import TITLE_CASE, _case_ok

    assert _case_ok("Russia Today", TITLE_CASE)
    assert not _case_ok("Russia today", TITLE_CASE)
    assert _case_ok("Luigi di Maio", TITLE_CASE)  # short particles may be lower case


def test_a_roman_numeral_is_no_capitalised_name() -> None:
    """'XI' (a pope's, a king's, a district's number) is not the name Xi written in capitals."""
    from eventwire.api import extract
    from eventwire.kb.actors import ALL_CAPS, CAPITALISED, _case_ok

    assert not _case_ok("XI", CAPITALISED) and not _case_ok("XVI", CAPITALISED)
    assert _case_ok("Xi", CAPITALISED) and _case_ok("XI", ALL_CAPS)
    text = "Nel XI arrondissement di Lione la polizia ha arrestato due uomini."
    assert {(r.event_type, tuple(a.country for a in r.actor)) for r in extract(text, "it")} == {
        ("COERCE", ("FRA",))
    }
    text = "Il presidente Xi ha incontrato il premier francese."
    assert [a.country for r in extract(text, "it") for a in r.actor] == ["CHN"]


def test_word_classes_from_spacy_lookups() -> None:
    from eventwire.kb import wordclass

    assert wordclass.is_adjective("en", "military") and wordclass.is_noun("en", "aid")
    assert wordclass.is_noun("en", "policies")  # an inflected noun
    assert wordclass.is_inflected_verb("en", "says")
    assert not wordclass.is_inflected_verb("en", "aid")
    assert wordclass.is_adjective("it", "ufficiale") and wordclass.is_noun("it", "visita")


def test_not_actor_words_block_the_derived_agents() -> None:
    kb = get_kb("en")
    kinds = {kb.entries[i].kind for i, _rule in kb.index["settlement"]}
    assert "STOP" in kinds


def _reference_matches(kb, doc) -> list:  # noqa: ANN001
    """The lookup spelled out: the key of every n-gram is ``norm`` of its text."""
    from eventwire.kb.actors import MAX_TOKENS, Match, _case_ok
    from eventwire.kb.normalize import first_run, norm

    out = []
    text, toks = doc.text, list(doc)
    for i, tok in enumerate(toks):
        limit = kb.starts.get(first_run(norm(tok.text)))
        if not limit:
            continue
        for j in range(i + 1, min(len(toks), i + MAX_TOKENS) + 1):
            if toks[j - 1].is_space:
                break
            span_text = text[tok.idx : toks[j - 1].idx + len(toks[j - 1].text)]
            if len(span_text) > limit + 2 * (j - i):
                break
            ok = [x for x, rule in kb.index.get(norm(span_text), ()) if _case_ok(span_text, rule)]
            if ok:
                best = min(kb.priority[x] for x in ok)
                out.append(Match(i, j, tuple(x for x in ok if kb.priority[x] == best), best))
    return out


def test_lookup_by_token_keys_finds_what_normalising_each_ngram_finds() -> None:
    texts = {
        "en": "Kim Jong - un and Kim Jong-un met U.S. President Joe Biden; the White House, "
        "Russia Today and the N.A.T.O. chief (Jens Stoltenberg) said ‘no’. Ｒｕｓｓｉａ "
        "and Ukraine\u0301 and the ﬁnance minister of Côte d’Ivoire",
        "it": "Il ministro dell' Interno e il ministro dell’Interno, il presidente russo "
        "Vladimir Putin, la Casa Bianca, l'ONU e il Consiglio di sicurezza dell'ONU "
        "hanno parlato con Sergej Šojgu e con Sergej Sho\u0301igu a Mosca.",
    }
    for lang, text in texts.items():
        kb = get_kb(lang)
        doc = get_nlp(lang).make_doc(text)
        found = kb.matches(doc)
        assert found == _reference_matches(kb, doc)
        assert len(found) > 5
        assert kb.matches(doc) == found  # again, with the n-gram prefix memo filled


def test_usual_role_of_an_international_officer_is_the_longest_office() -> None:
    from eventwire.kb.actors import usual_role
    from eventwire.kb.dictionaries import DictEntry, Role

    def person(*roles: Role) -> DictEntry:
        return DictEntry(name="X", aliases=["X"], roles=list(roles), kind="PER", source="test")

    minister = Role("KORGOV", "KOR", "GOV", "Minister", "2004-01-01", "2006-12-31")
    secretary = Role("IGO", "IGO", None, "Secretary-General", "2007-01-01", "2016-12-31")
    # three years a minister, ten at the UN: known for the UN (date unknown)
    got = usual_role(person(minister, secretary))
    assert (got.country, got.sector) == ("IGO", None)
    # a short international office before a long national one: the national one
    short = Role("IGO", "IGO", None, "President", "2017-01-01", "2019-01-01")
    long_ = Role("ITAGOV", "ITA", "GOV", "Minister", "2019-02-01", "2026-01-01")
    got = usual_role(person(short, long_))
    assert (got.country, got.sector) == ("ITA", "GOV")


def _matched_entries(lang: str, text: str) -> dict[str, set[str]]:
    """Span text -> the kinds of the entries the KB matched there."""
    kb = get_kb(lang)
    doc = get_nlp(lang).make_doc(text)
    out: dict[str, set[str]] = {}
    for m in kb.matches(doc):
        span = doc[m.start : m.end].text
        out.setdefault(span, set()).update(kb.entries[i].kind for i in m.entries)
    return out


def test_an_agent_noun_matches_only_with_its_own_accents() -> None:
    # "papà" (dad) is another word than "papa" (the Pope): an accent on a common noun counts
    got = _matched_entries("it", "Il papà del ragazzo e il papa hanno parlato con le autorità.")
    assert "papá" not in _matched_entries("it", "Il papá del ragazzo è arrivato.")
    assert "papà" not in got
    assert "AGENT" in got.get("papa", set())
    assert "AGENT" in got.get("autorità", set())  # an agent written with its accent


def test_a_name_matches_whatever_its_accents() -> None:
    # names are written with or without their accents: "Macron" and "Macrón" are one man
    plain = _matched_entries("it", "Emmanuel Macron ha parlato.")
    accented = _matched_entries("it", "Emmanuel Macrón ha parlato.")
    assert plain.get("Emmanuel Macron") and accented.get("Emmanuel Macrón")


def test_an_agent_noun_with_the_other_accent_still_matches() -> None:
    # "autoritá" (acute for grave) is a common misspelling of "autorità", not another word
    assert "AGENT" in _matched_entries("it", "Le autoritá locali sono intervenute.").get(
        "autoritá", set()
    )
