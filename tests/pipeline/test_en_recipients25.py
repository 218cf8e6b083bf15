"""English recipients of judged acts whose patient carries a count (h-en25): "condemned the
execution of nine Ogoni activists by X" is aimed at X. An English count right after "of" or
"by" before a capitalised adjective of a common noun belongs to that noun phrase, so the act
noun's "of" patient and its "by" agent are read, and a condemnation or investigation of the
act goes to the agent. The sentences are inventions; expected values written by hand."""

from __future__ import annotations

import pytest

from tests.pipeline.extracted import dyads


def _of(text: str, event_type: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [d for d in dyads(text, language="en") if d[0] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        (
            "The Council of Europe condemned the execution of three Kurdish dissidents by the"
            " Iranian authorities.",
            "ACCUSE",
            ("IRN",),
        ),
        (
            "Human Rights Watch deplored the killing of twelve Somali fishermen by Kenyan"
            " soldiers.",
            "ACCUSE",
            ("KEN",),
        ),
        (
            "Ghanaian troops demolished the huts of four Togolese smugglers near the border.",
            "ASSAULT",
            ("TGO",),
        ),
    ],
)
def test_count_before_demonym_patient(
    text: str, event_type: str, recipient: tuple[str, ...]
) -> None:
    assert any(set(recipient) <= set(d[2]) for d in _of(text, event_type)), _of(text, event_type)


def test_killing_agent_read_after_counted_patient() -> None:
    got = _of(
        "Rights groups condemned the killing of twelve Somali fishermen by Kenyan soldiers.",
        "ASSAULT",
    )
    assert any(d[1] == ("KEN",) and d[2] == ("SOM",) for d in got), got


def test_year_before_demonym_is_no_count() -> None:
    # "in 2004 Russian troops ...": a year, and "in" is no "of"/"by": the troops act
    got = _of("In 2004 Russian troops attacked the town of Argun.", "ASSAULT")
    assert any(d[1] == ("RUS",) for d in got), got
