"""The scorer of ``bench/recall_audit.py`` on a tiny hand-made gold / prediction pair."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "bench" / "recall_audit.py"
_SPEC = importlib.util.spec_from_file_location("recall_audit", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
recall_audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(recall_audit)


def ev(etype, actor, recipient, optional=False, **extra):
    return {
        "event_type": etype,
        "actor": actor,
        "recipient": recipient,
        "optional": optional,
        **extra,
    }


def pred(etype, actor, recipient):
    return (etype, frozenset(actor), frozenset(recipient))


def test_type_and_both_country_sets_must_agree():
    gold = [ev("COERCE", ["ITA"], ["ITA"])]
    assert recall_audit.score(gold, [pred("COERCE", ["ITA"], ["ITA"])]) == ([0], [])
    assert recall_audit.score(gold, [pred("ASSAULT", ["ITA"], ["ITA"])]) == ([], [0])
    assert recall_audit.score(gold, [pred("COERCE", ["ITA"], [])]) == ([], [0])
    assert recall_audit.score(gold, [pred("COERCE", ["ITA", "FRA"], ["ITA"])]) == ([], [0])
    assert recall_audit.score(gold, [pred("COERCE", ["ITA"], ["FRA"])]) == ([], [0])


def test_alternative_type_and_symmetric_union():
    gold = [ev("PROTEST", ["ITA"], [], event_type_alt=["ASSAULT"])]
    assert recall_audit.score(gold, [pred("ASSAULT", ["ITA"], [])]) == ([0], [])
    sym = [ev("CONSULT", ["VAT"], ["CHE"], symmetric=True)]
    assert recall_audit.score(sym, [pred("CONSULT", ["CHE"], ["VAT"])]) == ([0], [])
    assert recall_audit.score(sym, [pred("CONSULT", ["CHE", "VAT"], [])]) == ([0], [])
    # an asymmetric event keeps its direction
    gold = [ev("CONSULT", ["VAT"], ["CHE"])]
    assert recall_audit.score(gold, [pred("CONSULT", ["CHE"], ["VAT"])]) == ([], [0])


def test_one_to_one_and_optional_events():
    gold = [ev("ASSAULT", [], ["USA"]), ev("ASSAULT", [], ["USA"])]
    # one record finds one of two identical gold events
    assert recall_audit.score(gold, [pred("ASSAULT", [], ["USA"])]) == ([0], [1])
    # an optional event is never missed, and is found only when a record matches it
    gold = [ev("SANCTION", ["GBR"], ["GBR"]), ev("COERCE", ["GBR"], ["GBR"], optional=True)]
    assert recall_audit.score(gold, []) == ([], [0])
    assert recall_audit.score(gold, [pred("COERCE", ["GBR"], ["GBR"])]) == ([1], [0])
    # the required event takes the shared record first
    gold = [ev("ACCUSE", ["ITA"], ["ITA"], optional=True), ev("ACCUSE", ["ITA"], ["ITA"])]
    assert recall_audit.score(gold, [pred("ACCUSE", ["ITA"], ["ITA"])]) == ([1], [])
