"""Calendar arithmetic and intervals of TIMEX3 values (expected values worked out by hand)."""

from __future__ import annotations

import pytest

from eventwire.timex import Timex, parse_anchor, time_relation
from eventwire.timex.values import (
    Anchor,
    Context,
    ValueError_,
    evaluate,
    interval,
    shifted_bounds,
)


def ev(expr: str, published: str | None = "2023-09-14", tense: str | None = None) -> str:
    return evaluate(expr, Context(parse_anchor(published), tense)).value


@pytest.mark.parametrize(
    "published,anchor",
    [
        ("2023-09-14", Anchor(2023, 9, 14)),
        ("2023-09", Anchor(2023, 9, None)),
        ("2023", Anchor(2023, None, None)),
        ("1998-02-06T22:19:00", Anchor(1998, 2, 6)),
        ("19980108", Anchor(1998, 1, 8)),
        (None, None),
    ],
)
def test_parse_anchor(published, anchor) -> None:  # noqa: ANN001
    assert parse_anchor(published) == anchor


@pytest.mark.parametrize("bad", ["09/14/2023", "2023-13", "2023-02-30", "yesterday"])
def test_parse_anchor_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match="published date"):
        parse_anchor(bad)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2023-09-14", ("2023-09-14", "2023-09-14", "day")),
        ("2023-09", ("2023-09", "2023-09", "month")),
        ("2023", ("2023", "2023", "year")),
        ("2023-W37", ("2023-09-11", "2023-09-17", "range")),
        ("2023-W37-WE", ("2023-09-16", "2023-09-17", "range")),
        ("2023-Q3", ("2023-07", "2023-09", "range")),
        ("2023-H1", ("2023-01", "2023-06", "range")),
        ("2022-WI", ("2022-12", "2023-02", "range")),
        ("197", ("1970", "1979", "range")),
        ("19", ("1900", "1999", "range")),
        ("2023-09-10/2023-09-13", ("2023-09-10", "2023-09-13", "range")),
        ("2023-09-14T10:30", ("2023-09-14", "2023-09-14", "day")),
        ("XXXX-07-27", (None, None, "unknown")),
        ("P3D", (None, None, "unknown")),
    ],
)
def test_interval(value: str, expected: tuple) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize(
    "expr,expected",
    [
        ("REL(day,-1)", "2023-09-13"),
        ("REL(week,-1)", "2023-W36"),
        ("REL(month,-1)", "2023-08"),
        ("REL(month,4)", "2024-01"),
        ("REL(quarter,-1)", "2023-Q2"),
        ("REL(year,1)", "2024"),
        ("REL(decade,0)", "202"),
        ("WEEKDAY(1,last)", "2023-09-11"),
        ("WEEKDAY(4,last)", "2023-09-07"),
        ("WEEKDAY(4,next)", "2023-09-21"),
        ("WEEKDAY(5,this)", "2023-09-15"),
        ("DATE(,07,27,last)", "2023-07-27"),
        ("DATE(,09,20,last)", "2022-09-20"),
        ("DATE(,05,03,next)", "2024-05-03"),
        ("DATE(1953,07,27)", "1953-07-27"),
        ("DATE(YEAR2(98),1,2)", "1998-01-02"),
        ("DATE(YEAR2(23),9,10)", "2023-09-10"),
        ("RANGE(DATE(,09,10,near),DATE(,09,13,near))", "2023-09-10/2023-09-13"),
        ("RANGE(DATE(,12,30,near),DATE(2024,01,02))", "2023-12-30/2024-01-02"),
        ("SEASON(SU,,last)", "2023-SU"),
        ("SEASON(SP,,next)", "2024-SP"),
        ("QUARTER(3,,near)", "2023-Q3"),
        ("PART(REL(day,-1),EV)", "2023-09-13TEV"),
        ("TIME(10,30,,)", "2023-09-14T10:30"),
        ("TIME(9,,,pm)", "2023-09-14T21:00"),
        ("DUR(3,day)", "P3D"),
        ("DUR(2,hour)", "PT2H"),
        ("DUR(2,decade)", "P20Y"),
        ("DUR(X,month)", "PXM"),
        ("NTHWD(11,4,4,2023)", "2023-11-23"),
        ("NTHWD(05,1,-1,2023)", "2023-05-29"),
    ],
)
def test_evaluate(expr: str, expected: str) -> None:
    assert ev(expr) == expected


def test_a_range_never_ends_before_it_begins() -> None:
    # each end's year picked from the anchor on its own: the 10th is near the anchor, the
    # 13th just past the "near" window and put in the past by the tense
    got = ev("RANGE(DATE(,09,10,near),DATE(,09,13,near))", "2000-07-10", tense="past")
    assert got.split("/")[0] <= got.split("/")[1] and got.startswith("2000-09-10/2000-")
    # the year written on the end only: the begin is the year before
    assert ev("RANGE(DATE(,12,30,near),DATE(2021,01,02))", None) == "2020-12-30/2021-01-02"
    # two written years in the wrong order are no period
    with pytest.raises(ValueError_):
        ev("RANGE(DATE(2021,,),DATE(1953,,))")


def test_near_uses_tense_only_far_from_the_anchor() -> None:
    # Within two months of the anchor: this year whatever the tense.
    assert ev("DATE(,11,05,near)", tense="past") == "2023-11-05"
    # February said in September: past tense, this year; future tense, next year.
    assert ev("DATE(,02,,near)", tense="past") == "2023-02"
    assert ev("DATE(,02,,near)", tense="future") == "2024-02"


def test_without_anchor_values_stay_underspecified() -> None:
    assert ev("DATE(,07,27,last)", None) == "XXXX-07-27"
    assert ev("REL(day,-1)", None) == "XXXX-XX-XX"
    assert ev("WEEKDAY(2,last)", None) == "XXXX-WXX-2"
    assert ev("DATE(2022,,)", None) == "2022"


def test_month_anchor() -> None:
    assert ev("REL(day,0)", "2023-09") == "2023-09"
    assert ev("DATE(,07,27,last)", "2023-09") == "2023-07-27"


def test_shift_follows_the_reference() -> None:
    ctx = Context(parse_anchor("1989-10-26"), None, "1989-Q3", {"quarter": "1989-Q3"})
    assert evaluate("SHIFT(year,-1)", ctx).value == "1988-Q3"
    assert evaluate("SAME(quarter)", ctx).value == "1989-Q3"


def test_bounds_of_vague_periods() -> None:
    a = parse_anchor("2023-09-14")
    assert shifted_bounds(a, "month,0,6") == ("2023-09", "2024-03")
    assert shifted_bounds(a, "week,0,6") == ("2023-09-14", "2023-10-26")
    assert shifted_bounds(a, "year,-6,0") == ("2017", "2023")
    assert shifted_bounds(parse_anchor("2023-09"), "day,-6,0") == ("2023-08", "2023-09")
    assert shifted_bounds(None, "month,0,6") == (None, None)


def _t(value: str, begin: str | None = None, finish: str | None = None) -> Timex:
    return Timex(0, 1, "x", "DATE", value, begin, finish)


@pytest.mark.parametrize(
    "timex,published,relation",
    [
        (_t("2023-07-27", "2023-07-27", "2023-07-27"), "2023-09", "past"),
        (_t("2023-09-10/2023-09-13", "2023-09-10", "2023-09-13"), "2023-09", "overlap"),
        (_t("2023-09-10/2023-09-13", "2023-09-10", "2023-09-13"), "2023-09-01", "future"),
        (_t("1953-07-27", "1953-07-27", "1953-07-27"), "2023-09-14", "past"),
        (_t("2024", "2024", "2024"), "2023-09-14", "future"),
        (_t("FUTURE_REF"), None, "future"),
        (_t("PAST_REF"), "2023-09-14", "past"),
        (_t("XXXX-07-27"), None, None),
        (_t("2023-07-27", "2023-07-27", "2023-07-27"), None, None),
    ],
)
def test_time_relation(timex: Timex, published: str | None, relation: str | None) -> None:
    assert time_relation(timex, published) == relation
