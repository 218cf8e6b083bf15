"""Requested acts (h-conv24, docs/conventions.md "contro X" in a requested act): the act a
request asks for is the request's content, not an event of its own, and its target is never
the request's recipient; threats keep the target. Sentences invented; expected values written
by hand from the convention."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il governo lettone ha chiesto sanzioni contro l'Armenia.", "it"),
        ("La Lettonia ha chiesto nuove sanzioni contro l'Armenia.", "it"),
        ("La Lettonia ha chiesto ulteriori sanzioni contro l'Armenia.", "it"),
        ("La Lettonia ha chiesto di imporre sanzioni all'Armenia.", "it"),
        ("Latvia called for sanctions against Armenia.", "en"),
        ("Latvia called for tougher sanctions against Armenia.", "en"),
        ("Latvia demanded sanctions against Armenia.", "en"),
        ("Latvia called for an arms embargo against Armenia.", "en"),
    ],
)
def test_request_without_addressee_has_no_recipient_and_no_act(text: str, language: str) -> None:
    got = dyads(text, language=language)
    assert ("REQUEST", ("LVA",), ()) in got
    assert not any(d[0] in ("SANCTION", "THREATEN", "COERCE") for d in got)
    assert not any("ARM" in d[2] for d in got)


@pytest.mark.parametrize(
    ("text", "language", "addressee"),
    [
        ("La Lettonia ha chiesto all'Unione europea nuove sanzioni contro l'Armenia.", "it", "IGO"),
        ("La Lettonia ha chiesto alla Germania di imporre sanzioni all'Armenia.", "it", "DEU"),
        ("Latvia urged Germany to impose sanctions on Armenia.", "en", "DEU"),
        ("Latvia called on the European Union to impose sanctions on Armenia.", "en", "IGO"),
    ],
)
def test_request_goes_to_the_one_asked(text: str, language: str, addressee: str) -> None:
    got = dyads(text, language=language)
    assert ("REQUEST", ("LVA",), (addressee,)) in got


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Lettonia ha minacciato sanzioni contro l'Armenia.", "it"),
        ("Latvia threatened sanctions against Armenia.", "en"),
        ("Latvia threatened to cut diplomatic ties with Armenia.", "en"),
    ],
)
def test_threat_keeps_its_target(text: str, language: str) -> None:
    got = dyads(text, language=language)
    assert ("THREATEN", ("LVA",), ("ARM",)) in got
    assert not any(d[0] == "SANCTION" for d in got)


def test_attributive_participle_is_no_threat_host() -> None:
    got = dyads("Latvia today launched its long-threatened invasion of Armenia.", language="en")
    assert any(d[0] == "ASSAULT" and d[1] == ("LVA",) for d in got)


def test_request_sent_to_a_named_party_goes_to_it() -> None:
    got = dyads(
        "A formal request for the extradition of a former minister was sent to Armenia by Latvia.",
        language="en",
    )
    assert any(d[0] == "REQUEST" and d[2] == ("ARM",) for d in got)


def test_visiting_official_is_the_addressee() -> None:
    got = dyads(
        "Latvian officials urged the visiting Armenian prime minister to release the prisoners.",
        language="en",
    )
    assert ("REQUEST", ("LVA",), ("ARM",)) in got
