"""TIMEX3 values: the value expressions of the rule files, calendar arithmetic, intervals.

A rule's ``value`` is an expression in a small language that never names a language:

- a literal TIMEX3 value: ``1953-07-27``, ``P3D``, ``PAST_REF``, ``XXXX-WXX``;
- ``DATE(y, m, d, dir)``: a calendar date; a missing year is taken from the anchor (the
  publication date) in direction ``dir`` (``near`` by the tense of the sentence, ``last``,
  ``next``); without an anchor it stays ``XXXX``;
- ``REL(unit, n)``: the anchor's day/week/weekend/month/quarter/half/year/decade/century
  moved by ``n`` units (``REL(day,-1)``: yesterday);
- ``WEEKDAY(n, dir)``: ISO weekday ``n`` (1 = Monday) before/after/around the anchor;
- ``MONTH(m, dir)``, ``SEASON(code, y, dir)``, ``QUARTER(q, y, dir)``, ``HALF(h, y, dir)``;
- ``PART(expr, code)``: a part of a day (``MO``, ``AF``, ``EV``, ``NI``) or ``WE`` of a week;
- ``TIME(h, m, expr, ampm)``: a clock time on the day of ``expr`` (the anchor by default);
- ``SHIFT(unit, n, gran)``: the previous time expression of the text (its reference time),
  or the last one of granularity ``gran``, moved by ``n`` units at its own granularity
  (``a year earlier``: SHIFT(year,-1); ``the year-earlier quarter``: SHIFT(year,-1,quarter));
  with no reference, earlier is counted from the anchor and later stays unknown (``XXXX``);
- ``INYEAR(y)``: the quarter (or half) the text is about, in year ``y`` ("the 1988 period");
- ``THAT(unit, n)``: the unit of the reference time that contains it, moved by ``n``
  (``later that year``: THAT(year); ``the following year``: THAT(year,1));
- ``SAME(unit)``: the unit of the reference time (``the quarter``), else the last full one;
- ``LATEST(unit)``: the latest completed unit the text names (``the latest quarter`` in an
  earnings report), else the last full one before the anchor;
- ``AGO(unit, n)``: like ``REL``, but in a text about a quarter or half, that period moved
  (``a year ago`` after "the third quarter" is the third quarter of last year);
- ``DUR(n, unit)``: a duration (``P3D``, ``PT2H``; ``n`` may be ``X``; a fraction is written
  in the next smaller unit: ``DUR(2.5,year)`` = ``P2Y6M``);
- ``YEAR2(yy)``: a two-digit year, in the century that puts it nearest the anchor;
- ``NTHWD(m, wd, n, y, dir)``: the n-th weekday of a month (-1: the last; Thanksgiving);
- ``RANGE(a, b)``: from ``a`` to ``b`` (one expression; the year of one end completes the other).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

#: Units of REL / SHIFT / DUR.
UNITS = (
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
_DUR_CODE = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "half": "H",
    "year": "Y",
    "decade": "E",
    "century": "C",
    "millennium": "L",
}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


class ValueError_(ValueError):
    """A value expression that cannot be evaluated (bad syntax or arguments)."""


@dataclass(frozen=True)
class Anchor:
    """A partial calendar point: the publication date (or a reference time)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


_ANCHOR_RE = re.compile(r"^\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")


def parse_anchor(published: str | None) -> Anchor | None:
    """The anchor of an ISO date (``2023-09-10``, ``2023-09``, ``2023``, ``19980108``...).

    Returns None for a missing date; raises ValueError for one that is not ISO.
    """
    if published is None or str(published).strip() == "":
        return None
    m = _ANCHOR_RE.match(str(published))
    if not m:
        raise ValueError(f"published date {published!r} is not an ISO date (YYYY[-MM[-DD]])")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        raise ValueError(f"published date {published!r} has no month {mo}")
    if d is not None:
        try:
            dt.date(y, mo or 1, d)
        except ValueError as err:
            raise ValueError(f"published date {published!r} is not a calendar date") from err
    return Anchor(y, mo, d)


# --------------------------------------------------------------------------- intervals

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str | None) -> tuple[str | None, str | None, str]:
    """``(begin, finish, granularity)`` of a resolved DATE/TIME value (partial ISO kept).

    Granularity is the record's: day, month, year, range (weeks, quarters, seasons,
    decades, explicit ranges) or unknown (no calendar interval: ``XXXX-07-27``, ``P3D``).
    """
    if not value:
        return None, None, "unknown"
    if "/" in value:
        a, b = value.split("/", 1)
        ba, _, ga = interval(a)
        _, fb, gb = interval(b)
        if ba and fb:
            return ba, fb, "range"
        return None, None, "unknown"
    m = _DAY.match(value)
    if m:
        v = value[:10]
        return v, v, "day"
    if _MONTH.match(value) or _YEAR.match(value):
        return value, value, "month" if "-" in value else "year"
    m = _WEEK.match(value)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        try:
            mon = dt.date.fromisocalendar(y, w, 1)
        except ValueError:
            return None, None, "unknown"
        if m.group(3):
            return (mon + dt.timedelta(5)).isoformat(), (mon + dt.timedelta(6)).isoformat(), "range"
        return mon.isoformat(), (mon + dt.timedelta(6)).isoformat(), "range"
    m = _QUARTER.match(value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}", "range"
    m = _HALF.match(value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return (f"{y}-01", f"{y}-06", "range") if h == 1 else (f"{y}-07", f"{y}-12", "range")
    m = _SEASON.match(value)
    if m:
        y, code = int(m.group(1)), m.group(2)
        first, last = _SEASON_MONTHS[code]
        return f"{y}-{first:02d}", f"{y + (1 if last < first else 0)}-{last:02d}", "range"
    m = _DECADE.match(value)
    if m:
        return f"{m.group(1)}0", f"{m.group(1)}9", "range"
    m = _CENTURY.match(value)
    if m:
        return f"{m.group(1)}00", f"{m.group(1)}99", "range"
    return None, None, "unknown"


def _bounds(iso: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a partial ISO date."""
    m = _DAY.match(iso)
    if m:
        try:
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return d, d
    m = _MONTH.match(iso)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    m = _YEAR.match(iso)
    if m:
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    return None


def time_relation(timex: object, published: str | None) -> str | None:
    """``past`` / ``future`` / ``overlap`` of a Timex relative to ``published``, else None.

    A factuality signal: a past-tense verb with a future date (or the reverse) is suspect.
    ``PAST_REF``/``FUTURE_REF``/``PRESENT_REF`` answer without a date.
    """
    value = getattr(timex, "value", None)
    if value == "PAST_REF":
        return "past"
    if value == "FUTURE_REF":
        return "future"
    if value == "PRESENT_REF":
        return "overlap"
    begin, finish = getattr(timex, "begin", None), getattr(timex, "finish", None)
    anchor = parse_anchor(published)
    if anchor is None or not begin or not finish:
        return None
    pub_iso = "-".join(
        f"{x:02d}" if i else f"{x:04d}"
        for i, x in enumerate((anchor.year, anchor.month, anchor.day))
        if x is not None
    )
    tb, tf, pb = _bounds(begin), _bounds(finish), _bounds(pub_iso)
    if not (tb and tf and pb):
        return None
    if tf[1] < pb[0]:
        return "past"
    if tb[0] > pb[1]:
        return "future"
    return "overlap"


# --------------------------------------------------------------------------- arithmetic


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None:
        return ys
    ms = f"{m:02d}"
    if d is None:
        return f"{ys}-{ms}"
    return f"{ys}-{ms}-{d:02d}"


def _cmp(a: tuple[int, ...], b: tuple[int | None, ...]) -> int | None:
    """Compare (m[, d]) with the anchor's (m[, d]); None when the anchor is too coarse."""
    for x, y in zip(a, b, strict=False):
        if y is None:
            return None
        if x != y:
            return -1 if x < y else 1
    return 0


#: A month-day or month with no year said within this many days of the anchor is taken in
#: the anchor's year whatever the tense ("Dec. 7" in late October is this December).
NEAR_DAYS = 62
#: ... unless it lies more than this many days before the anchor in a future-tense
#: sentence ("rinviato a luglio" said in September is next July).
PAST_FUTURE_DAYS = 31


def _pick_year(
    target: tuple[int, ...],
    anchor: Anchor,
    direction: str,
    tense: str | None | Callable[[], str | None],
) -> int | None:
    """The year of a month(-day) with no year, relative to the anchor (tense may be lazy)."""
    if anchor.year is None:
        return None
    c = _cmp(target, (anchor.month, anchor.day))
    y = anchor.year
    if c is None:
        return y
    if direction == "last":
        return y if c < 0 else y - 1
    if direction == "next":
        return y if c > 0 else y + 1
    if direction == "this":
        return y

    assert anchor.month is not None  # _cmp returned None otherwise

    def days(year: int) -> int:
        assert anchor.year is not None and anchor.month is not None
        m = target[0]
        d = target[1] if len(target) > 1 else 15
        ad = anchor.day if (anchor.day and len(target) > 1) else 15
        return (dt.date(year, m, min(d, 28)) - dt.date(anchor.year, anchor.month, min(ad, 28))).days

    if abs(days(y)) <= NEAR_DAYS and days(y) > -PAST_FUTURE_DAYS:
        return y
    if callable(tense):
        tense = tense()
    if abs(days(y)) <= NEAR_DAYS and tense != "future":
        return y
    candidates = [y - 1, y, y + 1]
    if tense == "past":
        candidates = [c_ for c_ in candidates if days(c_) <= 0]
    elif tense == "future":
        candidates = [c_ for c_ in candidates if days(c_) >= 0]
    return min(candidates, key=lambda c_: abs(days(c_)))


@dataclass
class Context:
    """What a value expression is evaluated against.

    ``tense`` is the tense of the sentence (past, future or None); a ``tense_fn`` computes
    it only when a value needs it.
    """

    anchor: Anchor | None = None
    tense: str | None = None
    reference: str | None = None  # the previous resolved DATE value of the text
    references: dict[str, str] | None = None  # the last value of each granularity
    tense_fn: Callable[[], str | None] | None = None
    history: list[str] | None = None  # every resolved DATE value of the text, in order

    def get_tense(self) -> str | None:
        if self.tense_fn is not None:
            self.tense, self.tense_fn = self.tense_fn(), None
        return self.tense


@dataclass
class Resolved:
    """An evaluated value: the TIMEX3 value and whether the anchor was used."""

    value: str
    anchored: bool = False


# --------------------------------------------------------------------------- expressions

_CALL = re.compile(r"^([A-Z][A-Z0-9]*)\((.*)\)$", re.S)


def _split_args(s: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    return out


def _int(s: str | None, what: str) -> int | None:
    if s is None or s == "":
        return None
    try:
        return int(s)
    except ValueError as err:
        raise ValueError_(f"{what}: {s!r} is not a number") from err


def evaluate(expr: str, ctx: Context) -> Resolved:
    """Evaluate a value expression (see the module docstring)."""
    expr = expr.strip()
    m = _CALL.match(expr)
    if not m:
        return Resolved(expr)
    name, args = m.group(1), _split_args(m.group(2))
    fn = _FUNCS.get(name)
    if fn is None:
        raise ValueError_(f"unknown function {name} in value {expr!r}")
    return fn(ctx, *args)


def _date(ctx: Context, y: str = "", m: str = "", d: str = "", direction: str = "near") -> Resolved:
    yy = _eval_year(y, ctx)
    mm, dd = _int(m, "month"), _int(d, "day")
    if mm is not None and not 1 <= mm <= 12:
        raise ValueError_(f"no month {mm}")
    if dd is not None:
        try:
            dt.date(yy or 2000, mm or 1, dd)
        except ValueError as err:
            raise ValueError_(f"no day {dd} in month {mm}") from err
    if yy is not None:
        return Resolved(_fmt(yy, mm, dd))
    if mm is None:
        return Resolved("XXXX")
    if ctx.anchor is None or ctx.anchor.year is None:
        return Resolved(_fmt(None, mm, dd))
    target = (mm,) if dd is None else (mm, dd)
    year = _pick_year(target, ctx.anchor, direction or "near", ctx.get_tense)
    return Resolved(_fmt(year, mm, dd), anchored=True)


def _eval_year(y: str, ctx: Context) -> int | None:
    if not y:
        return None
    if _CALL.match(y):
        v = evaluate(y, ctx).value
        return int(v) if v.isdigit() else None
    return _int(y, "year")


def _year2(ctx: Context, yy: str) -> Resolved:
    n = _int(yy, "two-digit year")
    assert n is not None
    if n >= 100:
        return Resolved(str(n))
    ref = ctx.anchor.year if ctx.anchor and ctx.anchor.year else 2000
    best = min(
        (c * 100 + n for c in (ref // 100 - 1, ref // 100)),
        key=lambda x: (x > ref + 10, abs(ref - x)),
    )
    return Resolved(str(best))


def _shift_value(value: str, unit: str, n: int) -> str | None:
    """Move a resolved value by n units, keeping its granularity."""
    m = _DAY.match(value)
    if m and len(value) == 10:
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if unit == "day":
            return (d + dt.timedelta(n)).isoformat()
        if unit == "week":
            return (d + dt.timedelta(7 * n)).isoformat()
        if unit in ("month", "quarter", "half", "year", "decade"):
            k = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}[unit] * n
            y, mo = _add_months(d.year, d.month, k)
            return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1])).isoformat()
        return None
    m = _MONTH.match(value)
    if m:
        step = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}.get(unit)
        if step is None:
            return None
        y, mo = _add_months(int(m.group(1)), int(m.group(2)), step * n)
        return _fmt(y, mo)
    m = _YEAR.match(value)
    if m:
        step = {"year": 1, "decade": 10, "century": 100}.get(unit)
        return str(int(value) + step * n) if step else None
    m = _QUARTER.match(value)
    if m:
        step = {"quarter": 1, "half": 2, "year": 4}.get(unit)
        if step is None:
            return None
        idx = int(m.group(1)) * 4 + int(m.group(2)) - 1 + step * n
        return f"{idx // 4}-Q{idx % 4 + 1}"
    m = _HALF.match(value)
    if m:
        step = {"half": 1, "year": 2}.get(unit)
        if step is None:
            return None
        idx = int(m.group(1)) * 2 + int(m.group(2)) - 1 + step * n
        return f"{idx // 2}-H{idx % 2 + 1}"
    m = _WEEK.match(value)
    if m:
        if unit not in ("week", "year"):
            return None
        mon = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        mon += dt.timedelta(7 * n if unit == "week" else 364 * n)
        return _iso_week(mon) + (m.group(3) or "")
    m = _SEASON.match(value)
    if m and unit == "year":
        return f"{int(m.group(1)) + n}-{m.group(2)}"
    return None


def _anchor_value(a: Anchor, unit: str) -> str | None:
    """The anchor expressed at a unit's granularity (None when the anchor is too coarse)."""
    if unit in ("day", "week", "weekend"):
        if a.date is None:
            return None
        if unit == "day":
            return a.date.isoformat()
        return _iso_week(a.date) + ("-WE" if unit == "weekend" else "")
    if unit in ("month", "quarter", "half"):
        if a.month is None:
            return None
        if unit == "month":
            return _fmt(a.year, a.month)
        if unit == "quarter":
            return f"{a.year}-Q{(a.month - 1) // 3 + 1}"
        return f"{a.year}-H{1 if a.month <= 6 else 2}"
    if unit == "year":
        return str(a.year)
    if unit == "decade":
        return str(a.year)[:3]
    if unit == "century":
        return str(a.year)[:2]
    raise ValueError_(f"unknown unit {unit!r}")


_UNDERSPEC = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "half": "XXXX-HX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def _rel(ctx: Context, unit: str, n: str = "0") -> Resolved:
    k = _int(n, "offset") or 0
    a = ctx.anchor
    if a is None:
        return Resolved(_UNDERSPEC.get(unit, "XXXX"))
    base = _anchor_value(a, unit)
    if base is None:
        # The anchor is coarser than the unit: "today" in a month-dated article is that month.
        if k == 0:
            coarse = _fmt(a.year, a.month) if a.month else str(a.year)
            return Resolved(coarse, anchored=True)
        return Resolved(_UNDERSPEC.get(unit, "XXXX"))
    if unit == "decade":
        return Resolved(str(int(base) + k), anchored=True)
    if unit == "century":
        return Resolved(str(int(base) + k), anchored=True)
    if k == 0:
        return Resolved(base, anchored=True)
    shift_unit = "week" if unit == "weekend" else unit
    out = _shift_value(base, shift_unit, k)
    return Resolved(out or _UNDERSPEC.get(unit, "XXXX"), anchored=out is not None)


def _weekday(ctx: Context, n: str, direction: str = "near") -> Resolved:
    wd = _int(n, "weekday")
    if wd is None or not 1 <= wd <= 7:
        raise ValueError_(f"no weekday {n!r}")
    a = ctx.anchor
    if a is None or a.date is None:
        return Resolved(f"XXXX-WXX-{wd}")
    d, cur = a.date, a.date.isoweekday()
    direction = direction or "near"
    if direction == "near":
        direction = "onfuture" if ctx.get_tense() == "future" else "onpast"
    if direction == "last":
        delta = -(((cur - wd - 1) % 7) + 1)
    elif direction == "next":
        delta = ((wd - cur - 1) % 7) + 1
    elif direction == "onpast":
        delta = -((cur - wd) % 7)
    elif direction == "onfuture":
        delta = (wd - cur) % 7
    elif direction == "this":
        delta = wd - cur
    else:
        raise ValueError_(f"unknown direction {direction!r}")
    return Resolved((d + dt.timedelta(delta)).isoformat(), anchored=True)


def _month(ctx: Context, m: str, direction: str = "near") -> Resolved:
    return _date(ctx, "", m, "", direction)


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _period(ctx: Context, kind: str, n: str, y: str, direction: str) -> Resolved:
    """A season, quarter or half; a missing year comes from the anchor in ``direction``."""
    yy = _eval_year(y, ctx)
    index: int | None
    if kind == "SEASON":
        if n not in _SEASON_MONTHS:
            raise ValueError_(f"no season {n!r}")
        label, index, per_year = n, _SEASON_ORDER.index(n), 4
    else:
        per_year = 4 if kind == "QUARTER" else 2
        k = _int(n, kind.lower())
        if k is not None and not 1 <= k <= per_year:
            raise ValueError_(f"no {kind.lower()} {k}")
        label = ("Q" if kind == "QUARTER" else "H") + (str(k) if k else "X")
        index = k - 1 if k else None
    if yy is not None:
        return Resolved(f"{yy}-{label}")
    a = ctx.anchor
    if a is None or a.year is None:
        return Resolved(f"XXXX-{label}")
    if index is None or a.month is None:
        return Resolved(f"{a.year}-{label}", anchored=True)
    if kind == "SEASON":
        year0 = a.year if a.month >= 3 else a.year - 1
        cur = ((a.month - 3) % 12) // 3
    else:
        year0 = a.year
        cur = (a.month - 1) // (12 // per_year)
    direction = direction or "near"
    if direction in ("last", "next"):
        c = (index > cur) - (index < cur)
        if direction == "last":
            year = year0 if c < 0 else year0 - 1
        else:
            year = year0 if c > 0 else year0 + 1
    else:
        # Within one period of the anchor's: this year's; else by tense, then nearest.
        def dist(yr: int) -> int:
            return (yr - year0) * per_year + index - cur

        if abs(dist(year0)) <= 1:
            year = year0
        else:
            cands = [year0 - 1, year0, year0 + 1]
            if ctx.get_tense() == "past":
                cands = [c_ for c_ in cands if dist(c_) <= 0]
            elif ctx.get_tense() == "future":
                cands = [c_ for c_ in cands if dist(c_) >= 0]
            year = min(cands, key=lambda c_: abs(dist(c_)))
    return Resolved(f"{year}-{label}", anchored=True)


def _season(ctx: Context, code: str, y: str = "", direction: str = "near") -> Resolved:
    return _period(ctx, "SEASON", code, y, direction)


def _quarter(ctx: Context, q: str = "", y: str = "", direction: str = "near") -> Resolved:
    return _period(ctx, "QUARTER", q, y, direction)


def _half(ctx: Context, h: str = "", y: str = "", direction: str = "near") -> Resolved:
    return _period(ctx, "HALF", h, y, direction)


def _part(ctx: Context, inner: str, code: str) -> Resolved:
    r = evaluate(inner, ctx)
    v = r.value
    if code == "WE":
        m = _DAY.match(v)
        if m and len(v) == 10:
            v = _iso_week(dt.date.fromisoformat(v))
        if not _WEEK.match(v) and v != "XXXX-WXX":
            return Resolved(v, r.anchored)
        return Resolved(v + "-WE", r.anchored)
    if _DAY.match(v) and len(v) == 10 or v.startswith("XXXX-"):
        return Resolved(f"{v}T{code}", r.anchored)
    return r


def _time(ctx: Context, h: str, m: str = "", day: str = "", ampm: str = "") -> Resolved:
    hh, mm = _int(h, "hour"), _int(m, "minute") or 0
    if hh is None:
        raise ValueError_("no hour")
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    if not (0 <= hh <= 24 and 0 <= mm <= 59):
        raise ValueError_(f"no time {hh}:{mm}")
    if day:
        base = evaluate(day, ctx)
    elif ctx.reference and _DAY.match(ctx.reference) and len(ctx.reference) == 10:
        base = Resolved(ctx.reference, anchored=True)  # the day the text is talking about
    else:
        base = _rel(ctx, "day", "0")
    v = base.value
    if not (_DAY.match(v) and len(v) == 10):
        v = "XXXX-XX-XX"
    return Resolved(f"{v}T{hh:02d}:{mm:02d}", base.anchored)


def granularity_unit(value: str) -> str | None:
    """The unit a resolved value is given in (day, month, quarter, week, year ...)."""
    if _DAY.match(value) and len(value) == 10:
        return "day"
    if _MONTH.match(value):
        return "month"
    if _QUARTER.match(value):
        return "quarter"
    if _HALF.match(value):
        return "half"
    if _WEEK.match(value):
        return "week"
    if _YEAR.match(value):
        return "year"
    if _SEASON.match(value):
        return "season"
    return None


def _shift(ctx: Context, unit: str, n: str, granularity: str = "") -> Resolved:
    k = _int(n, "offset") or 0
    refs = ctx.references or {}
    ref = refs.get(granularity) if granularity else None
    if ref is None and unit == "year" and "quarter" in refs:
        ref = refs["quarter"]  # "a year earlier" in a text about a quarter
    ref = ref or ctx.reference
    if ref and granularity_unit(ref):
        out = _shift_value(ref, unit, k)
        if out:
            return Resolved(out, anchored=True)
    if granularity and ctx.anchor is not None:
        base = _rel(ctx, granularity, "-1" if granularity in ("quarter", "half") else "0")
        out = _shift_value(base.value, unit, k) if base.value[:1].isdigit() else None
        if out:
            return Resolved(out, anchored=True)
    if k > 0 and ctx.reference is None:
        # "Two years later" with no date told before: later than an event, not than today.
        return Resolved(_UNDERSPEC.get(unit, "XXXX"))
    return _rel(ctx, unit, str(k))


def _inyear(ctx: Context, y: str) -> Resolved:
    """The period of the reference time (quarter, half, month) in another year."""
    yy = _eval_year(y, ctx)
    if yy is None:
        raise ValueError_("INYEAR needs a year")
    refs = ctx.references or {}
    ref = refs.get("quarter") or refs.get("half")
    if ref:
        return Resolved(f"{yy}{ref[4:]}", anchored=True)
    return Resolved(str(yy))


def _ago(ctx: Context, unit: str, n: str) -> Resolved:
    """``n`` units from the anchor; in a text about a quarter or half, that period moved."""
    refs = ctx.references or {}
    ref = refs.get("quarter") or refs.get("half") if unit == "year" else None
    if ref:
        out = _shift_value(ref, unit, _int(n, "offset") or 0)
        if out:
            return Resolved(out, anchored=True)
    return _rel(ctx, unit, n)


def _that(ctx: Context, unit: str, n: str = "0") -> Resolved:
    """The unit of the reference time that contains it (``later that year``), moved by n."""
    k = _int(n, "offset") or 0
    ref = ctx.reference
    if ref:
        try:
            a = parse_anchor(ref)
        except ValueError:
            a = None
        if a is not None:
            out = _anchor_value(a, unit)
            if out and k:
                out = _shift_value(out, unit, k)
            if out:
                return Resolved(out, anchored=True)
    return _rel(ctx, unit, str(k))


def _latest(ctx: Context, unit: str) -> Resolved:
    """The last completed ``unit`` the text names ("the latest quarter" in an earnings
    report), else the last full one before the anchor."""
    a = ctx.anchor
    current = _anchor_value(a, unit) if a is not None else None
    if current:
        done = [v for v in ctx.history or [] if granularity_unit(v) == unit and v < current]
        if done:
            return Resolved(max(done), anchored=True)
    return _rel(ctx, unit, "-1")


def _same(ctx: Context, unit: str) -> Resolved:
    ref = (ctx.references or {}).get(unit)
    if ref:
        return Resolved(ref, anchored=True)
    return _rel(ctx, unit, "-1")


def _dur(ctx: Context, n: str, unit: str) -> Resolved:
    code = _DUR_CODE.get(unit)
    if code is None:
        raise ValueError_(f"unknown duration unit {unit!r}")
    amount = n if n else "1"
    if amount != "X":
        try:
            f = float(amount)
        except ValueError as err:
            raise ValueError_(f"duration amount {n!r} is not a number") from err
        amount = str(int(f)) if f == int(f) else str(f)
    years = {"E": 10, "C": 100, "L": 1000}.get(code)
    if years and amount != "X":
        f = float(amount) * years
        amount, code = (str(int(f)) if f == int(f) else str(f)), "Y"
    if "." in amount:
        mixed = _mixed(float(amount), code)
        if mixed:
            return Resolved(mixed)
    if code.startswith("T"):
        return Resolved(f"PT{amount}{code[1:]}")
    return Resolved(f"P{amount}{code}")


#: A fraction of a unit written in the next smaller one ("2 1/2 years" = P2Y6M).
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _mixed(f: float, code: str) -> str | None:
    """``f`` units as whole units plus a whole number of smaller ones (TIMEX3 style)."""
    small = _SMALLER.get(code)
    if small is None:
        return None
    whole = int(f)
    rest = (f - whole) * small[1]
    if abs(rest - round(rest)) > 1e-9:
        return None
    parts = [(whole, code), (round(rest), small[0])]
    date = "".join(f"{n}{c}" for n, c in parts if n and not c.startswith("T"))
    time = "".join(f"{n}{c[1:]}" for n, c in parts if n and c.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def _nth_weekday(
    ctx: Context, m: str, wd: str, n: str, y: str = "", direction: str = "near"
) -> Resolved:
    """The n-th (or, n = -1, the last) weekday of a month: movable holidays."""
    mm, w, k = _int(m, "month"), _int(wd, "weekday"), _int(n, "n")
    if mm is None or w is None or k is None:
        raise ValueError_("NTHWD needs month, weekday and n")
    yy = _eval_year(y, ctx)
    if yy is None:
        if ctx.anchor is None or ctx.anchor.year is None:
            return Resolved(_fmt(None, mm) + "-XX")
        yy = _pick_year((mm,), ctx.anchor, direction or "near", ctx.get_tense)
        assert yy is not None
    if k > 0:
        first = dt.date(yy, mm, 1)
        d = first + dt.timedelta((w - first.isoweekday()) % 7 + 7 * (k - 1))
    else:
        last = dt.date(yy, mm, calendar.monthrange(yy, mm)[1])
        d = last - dt.timedelta((last.isoweekday() - w) % 7)
    return Resolved(d.isoformat(), anchored=not y)


def _range(ctx: Context, a: str, b: str) -> Resolved:
    ra, rb = evaluate(a, ctx), evaluate(b, ctx)
    va, vb = ra.value, rb.value
    # The year of one end completes the other ("dal 10 al 13 settembre 2023").
    if va.startswith("XXXX") and vb[:4].isdigit():
        va = vb[:4] + va[4:]
        if vb < va:  # "dal 30 dicembre al 2 gennaio 2021": the begin is in 2020
            va = str(int(va[:4]) - 1) + va[4:]
    if vb.startswith("XXXX") and va[:4].isdigit():
        vb = va[:4] + vb[4:]
        if vb < va:
            vb = str(int(vb[:4]) + 1) + vb[4:]
    # Ends whose years were each picked from the anchor are one period: the end follows the
    # begin ("dal 10 al 13 settembre" never ends in the year before it begins).
    if va[:4].isdigit() and vb[:4].isdigit() and vb[: len(va)] < va[: len(vb)]:
        if rb.anchored:
            vb = va[:4] + vb[4:]
            if vb < va:
                vb = str(int(vb[:4]) + 1) + vb[4:]
        elif ra.anchored:
            va = vb[:4] + va[4:]
            if vb < va:
                va = str(int(va[:4]) - 1) + va[4:]
    if va[:4].isdigit() and vb[:4].isdigit() and vb[: len(va)] < va[: len(vb)]:
        raise ValueError_(f"{vb} is before {va}: not a period")  # "2021 / 1953"
    return Resolved(f"{va}/{vb}", ra.anchored or rb.anchored)


_FUNCS: dict[str, Callable[..., Resolved]] = {
    "DATE": _date,
    "REL": _rel,
    "WEEKDAY": _weekday,
    "MONTH": _month,
    "SEASON": _season,
    "QUARTER": _quarter,
    "HALF": _half,
    "PART": _part,
    "TIME": _time,
    "SHIFT": _shift,
    "SAME": _same,
    "LATEST": _latest,
    "AGO": _ago,
    "THAT": _that,
    "INYEAR": _inyear,
    "NTHWD": _nth_weekday,
    "DUR": _dur,
    "YEAR2": _year2,
    "RANGE": _range,
}


def shifted_bounds(anchor: Anchor | None, spec: str) -> tuple[str | None, str | None]:
    """Bounds ``unit,from,to`` of a vague period ("nei prossimi mesi": ``month,0,6``)."""
    if anchor is None:
        return None, None
    try:
        unit, lo, hi = (x.strip() for x in spec.split(","))
        ilo, ihi = int(lo), int(hi)
    except ValueError as err:
        raise ValueError_(f"bounds {spec!r}: expected unit,from,to") from err
    if unit == "week":
        unit, ilo, ihi = ("day", 7 * ilo, 7 * ihi)
    elif unit == "decade":
        unit, ilo, ihi = ("year", 10 * ilo, 10 * ihi)
    elif unit in ("hour", "minute"):
        # "nelle ultime 24 ore", "nelle ore precedenti": the days those hours reach into
        # (a day per 24 hours or part of it), not as many days as hours
        per = 24 if unit == "hour" else 24 * 60
        back, ahead = -min(ilo, 0), max(ihi, 0)
        unit, ilo, ihi = ("day", -((back + per - 1) // per), (ahead + per - 1) // per)
    base = _anchor_value(anchor, unit)
    if base is None:
        # Coarser anchor: bound at the anchor's own granularity.
        if anchor.month is not None and unit == "day":
            unit, ilo, ihi = ("month", min(0, ilo // 30), max(0, -(-ihi // 30)))
            base = _fmt(anchor.year, anchor.month)
        else:
            unit = "year" if anchor.month is None else "month"
            base = _anchor_value(anchor, unit)
            ilo, ihi = min(ilo, 0), max(ihi, 0)
            if unit == "year" and (ilo or ihi):
                ilo, ihi = (-1 if ilo < 0 else 0), (1 if ihi > 0 else 0)
    assert base is not None
    begin, finish = _shift_value(base, unit, ilo), _shift_value(base, unit, ihi)
    if unit == "quarter" and begin and finish:
        begin, finish = interval(begin)[0], interval(finish)[1]
    return begin, finish
