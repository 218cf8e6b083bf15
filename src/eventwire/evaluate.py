"""Score extracted events against gold files, exactly as ``spec/event-record.md`` defines.

Rules (numbers refer to the spec's "Scoring" section):

1. A prediction *matches* a gold event when its ``event_type`` equals the gold type (or is in
   ``event_type_alt``) and its actor-country set and recipient-country set equal the gold's;
   for ``symmetric`` gold events the union of both sides is compared. Country sets ignore
   actors without a country. Matching is one-to-one and greedy: candidate pairs are taken in
   order of field agreement (most fields right first; ties: exact type before an alternative,
   required before optional, then document order), except that the required pairs with
   every field right are first made as many as possible (a later one may move an earlier one
   to another fully right prediction), so that a gold set scored against itself is perfect.
2. Event P/R/F1 count matches with *required* gold events; a prediction paired with an
   optional gold event is neither a true nor a false positive.
3. A further prediction matching an already paired gold event is a *duplicate*: counted apart
   (``duplicate_rate`` = duplicates / predictions), not a false positive.
4. A negated prediction (``factuality.polarity == "negative"``) that matches no gold event is
   counted as ``negated_unmatched``: not a false positive, and not a violation unless a
   forbidden pattern names ``polarity: negative``. A pattern without a polarity applies only
   to predictions not marked negative. Every prediction matching a pattern is one violation.
5. Field accuracy on matched pairs of required gold events, for each field the gold gives:
   ``mode`` (or ``mode_alt``), ``sector`` (each gold actor giving a sector, or a list of
   acceptable sectors, is matched by a distinct predicted actor of the same country and an
   accepted sector), ``location`` (same geonameid; same country where the gold gives only a
   country), ``date`` (start and end equal at the gold's granularity: prefix comparison of the
   partial ISO strings), ``certainty`` / ``polarity`` / ``time`` (or their ``*_alt``), and
   ``attribution`` (every gold source present among the predicted ones, by country -- and
   sector where given -- or else by name; a gold ``[]`` requires an empty prediction).
6. Full-record F1: a match is a full-record true positive when every field the gold event
   gives is right.

With ``recall_only`` (the PLOVER gold-standard records, where other events of a sentence are
not coded) unmatched predictions are not counted as false positives and precision / F1 are
not reported.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.article import Article
from eventwire.records import EventRecord

#: The field accuracies reported on matched pairs, in report order.
FIELDS: tuple[str, ...] = (
    "mode",
    "sector",
    "location",
    "date",
    "certainty",
    "polarity",
    "time",
    "attribution",
)
FACTUALITY_ATTRS: tuple[str, ...] = ("certainty", "polarity", "time")

#: Keys a forbidden pattern may use (``why`` / ``note`` / ``evidence_hint`` are comments).
FORBIDDEN_KEYS: frozenset[str] = frozenset(
    {
        "event_type",
        "mode",
        "contexts",
        "cameo",
        "actor",
        "recipient",
        "symmetric",
        "location",
        "date",
        "factuality",
        "attribution",
        "evidence_contains",
        "trigger_contains",
        "date_start_prefix",
        "date_end_prefix",
    }
)
COMMENT_KEYS: frozenset[str] = frozenset({"why", "note", "evidence_hint", "required"})

_ARTICLES = ("the ", "il ", "lo ", "la ", "i ", "gli ", "le ", "l'", "un ", "una ", "a ", "an ")

Extractor = Callable[[Iterable[Article]], Iterator[tuple[Article, list[EventRecord]]]]


class GoldError(ValueError):
    """A gold or predictions file that cannot be scored (names the file and line)."""


# ---------------------------------------------------------------- gold files


@dataclass
class GoldItem:
    """One gold article: its text, gold events and forbidden patterns."""

    id: str
    text: str
    language: str | None = None
    published: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    forbidden: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    file: str = ""


def _gold_objects(path: Path, jsonl: bool | None = None) -> Iterator[tuple[int | None, Any]]:
    """``(line, object)`` of a JSON or JSONL file (``jsonl`` None: decided by the suffix)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    if jsonl is None:
        jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
    if jsonl:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
    else:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
        if isinstance(value, list):
            for obj in value:
                yield None, obj
        else:
            yield None, value


def load_gold(path: str | Path) -> list[GoldItem]:
    """The gold items of a ``.json`` (object or list) or ``.jsonl`` file; GoldError if bad."""
    from eventwire.sources.files import split_header, validate_published

    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: gold file not found")
    items = []
    for number, obj in _gold_objects(path):
        where = f"{path}:{number}" if number is not None else str(path)
        if not isinstance(obj, dict):
            raise GoldError(f"{where}: a gold item must be a JSON object")
        gid = obj.get("id")
        if not isinstance(gid, str) or not gid:
            raise GoldError(f"{where}: gold item without a string 'id'")
        published = obj.get("published")
        if obj.get("text") is not None:
            text = obj["text"]
            if not isinstance(text, str):
                raise GoldError(f"{where}: {gid}: 'text' must be a string")
        elif obj.get("text_file"):
            tpath = path.parent / str(obj["text_file"])
            try:
                header, text = split_header(tpath.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                raise GoldError(f"{where}: {gid}: cannot read text_file {tpath}: {exc}") from None
            if published is None and header is not None:
                published = header
        else:
            raise GoldError(f"{where}: {gid}: neither 'text' nor 'text_file'")
        if published is not None:
            try:
                published = validate_published(str(published))
            except ValueError as exc:
                raise GoldError(f"{where}: {gid}: 'published': {exc}") from None
        events = obj.get("events") or []
        forbidden = obj.get("forbidden") or []
        if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
            raise GoldError(f"{where}: {gid}: 'events' must be a list of objects")
        for i, ev in enumerate(events):
            if not isinstance(ev.get("event_type"), str):
                raise GoldError(f"{where}: {gid}: event {i} has no 'event_type'")
        if not isinstance(forbidden, list) or not all(isinstance(p, dict) for p in forbidden):
            raise GoldError(f"{where}: {gid}: 'forbidden' must be a list of objects")
        items.append(
            GoldItem(
                id=gid,
                text=text,
                language=obj.get("language"),
                published=published,
                events=events,
                forbidden=forbidden,
                source=where,
                file=str(path),
            )
        )
    return items


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Records of a JSONL predictions file grouped by ``article.id``; GoldError if bad."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: predictions file not found")
    out: dict[str, list[dict[str, Any]]] = {}
    for number, obj in _gold_objects(path, jsonl=path.suffix.lower() != ".json"):
        where = f"{path}:{number}" if number is not None else str(path)
        records = obj if isinstance(obj, list) else [obj]
        for rec in records:
            if not isinstance(rec, dict) or not isinstance(rec.get("event_type"), str):
                raise GoldError(f"{where}: not an event record (no 'event_type')")
            art = rec.get("article") or {}
            aid = art.get("id") if isinstance(art, dict) else None
            if not isinstance(aid, str):
                raise GoldError(f"{where}: record without 'article.id'")
            out.setdefault(aid, []).append(rec)
    return out


# ---------------------------------------------------------------- comparisons


def _countries(actors: Iterable[dict[str, Any]] | None) -> frozenset[str]:
    return frozenset(a["country"] for a in actors or () if isinstance(a, dict) and a.get("country"))


def _accepts(gold_value: Any, value: Any) -> bool:
    if isinstance(gold_value, list):
        return value in gold_value
    return value == gold_value


def _norm_name(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'")
    for art in _ARTICLES:
        if text.startswith(art):
            text = text[len(art) :]
            break
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def names_match(gold: str | None, candidates: Iterable[str | None]) -> bool:
    """True when a candidate name equals the gold name or contains it (or the reverse), by words."""
    g = _norm_name(gold)
    if not g:
        return False
    for cand in candidates:
        c = _norm_name(cand)
        if c and (c == g or f" {g} " in f" {c} " or f" {c} " in f" {g} "):
            return True
    return False


def actor_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """A gold actor pattern against a predicted actor: country, sector (list ok), name."""
    if gold.get("country") is not None and pred.get("country") != gold["country"]:
        return False
    if "sector" in gold and not _accepts(gold["sector"], pred.get("sector")):
        return False
    if gold.get("name") and gold.get("country") is None and "sector" not in gold:
        return names_match(gold["name"], (pred.get("name"), pred.get("raw_text")))
    return True


def _assign(golds: Sequence[dict], preds: Sequence[dict], ok: Callable[[dict, dict], bool]) -> bool:
    """True when every gold entry can be given a distinct prediction satisfying ``ok``."""
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        for pi, pred in enumerate(preds):
            if pi in seen or not ok(golds[gi], pred):
                continue
            seen.add(pi)
            if pi not in owner or place(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return all(place(gi, set()) for gi in range(len(golds)))


def _sides(gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[list, list]]:
    """Gold and predicted actor lists to compare: per side, or pooled for symmetric gold."""
    if gold.get("symmetric"):
        return [
            (
                list(gold.get("actor") or []) + list(gold.get("recipient") or []),
                list(pred.get("actor") or []) + list(pred.get("recipient") or []),
            )
        ]
    return [
        (list(gold.get(side) or []), list(pred.get(side) or []))
        for side in ("actor", "recipient")
        if side in gold
    ]


def type_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether the predicted type is the gold type or one of its ``event_type_alt``."""
    return pred.get("event_type") == gold.get("event_type") or pred.get("event_type") in (
        gold.get("event_type_alt") or []
    )


def event_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Rule 1: type (or alternative) and the country sets (pooled for symmetric gold)."""
    if not type_matches(gold, pred):
        return False
    return all(_countries(g) == _countries(p) for g, p in _sides(gold, pred))


def place_matches(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    """Same geonameid; same country where the gold gives only a country; else same name."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if gold.get("geonameid") is not None:
        try:
            return int(pred.get("geonameid") or -1) == int(gold["geonameid"])
        except (TypeError, ValueError):
            return False
    if gold.get("country"):
        return pred.get("country") == gold["country"]
    if gold.get("name"):
        return names_match(gold["name"], (pred.get("name"), pred.get("raw_text")))
    return True


def date_matches(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    """Start and end equal at the gold's granularity (prefix comparison of ISO strings)."""
    if gold is None:
        return pred is None or pred.get("raw_text") is None
    pred = pred or {}
    g_start, p_start = gold.get("start"), pred.get("start")
    if g_start is None:
        return p_start is None
    g_end = gold.get("end") or g_start
    p_end = pred.get("end") or p_start
    if not (p_start and p_end):
        return False
    return str(p_start).startswith(str(g_start)) and str(p_end).startswith(str(g_end))


def attribution_matches(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> bool:
    """Every gold source is among the predicted ones; a gold ``[]`` needs an empty prediction."""
    if not gold:
        return not pred

    def one(g: dict[str, Any], p: dict[str, Any]) -> bool:
        if g.get("country"):
            return p.get("country") == g["country"] and (
                "sector" not in g or _accepts(g["sector"], p.get("sector"))
            )
        if g.get("name"):
            return names_match(g["name"], (p.get("name"), p.get("raw_text")))
        return "sector" not in g or _accepts(g["sector"], p.get("sector"))

    return all(any(one(g, p) for p in pred) for g in gold)


def field_results(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    """Rule 5: for each field the gold event gives, whether the prediction has it right."""
    out: dict[str, bool] = {}
    if "mode" in gold or "mode_alt" in gold:
        accepted = ([gold["mode"]] if "mode" in gold else []) + list(gold.get("mode_alt") or [])
        out["mode"] = pred.get("mode") in accepted
    sides = _sides(gold, pred)
    if any("sector" in a for g, _ in sides for a in g):
        out["sector"] = all(
            _assign(
                [a for a in g if "sector" in a],
                p,
                lambda ga, pa: (
                    (ga.get("country") is None or pa.get("country") == ga["country"])
                    and _accepts(ga["sector"], pa.get("sector"))
                ),
            )
            for g, p in sides
        )
    if "location" in gold:
        out["location"] = place_matches(gold["location"], pred.get("location"))
    if "date" in gold:
        out["date"] = date_matches(gold["date"], pred.get("date"))
    gfact = gold.get("factuality")
    if isinstance(gfact, dict):
        pfact = pred.get("factuality") or {}
        for attr in FACTUALITY_ATTRS:
            if attr in gfact:
                accepted = [gfact[attr]] + list(gfact.get(f"{attr}_alt") or [])
                out[attr] = pfact.get(attr) in accepted
    if "attribution" in gold:
        out["attribution"] = attribution_matches(
            list(gold["attribution"] or []), list(pred.get("attribution") or [])
        )
    return out


def _is_negated(pred: dict[str, Any]) -> bool:
    return (pred.get("factuality") or {}).get("polarity") == "negative"


def _contains(haystack: str | None, needle: Any) -> bool:
    needles = needle if isinstance(needle, list) else [needle]
    hay = (haystack or "").casefold()
    return bool(hay) and all(str(n).casefold() in hay for n in needles)


def forbidden_matches(pattern: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Rule 4: whether a prediction matches every key of a (partial) forbidden pattern."""
    raw_fact = pattern.get("factuality")
    gfact: dict[str, Any] = raw_fact if isinstance(raw_fact, dict) else {}
    if "polarity" not in gfact and _is_negated(pred):
        return False
    evidence = pred.get("evidence") or {}
    date = pred.get("date") or {}
    for key, want in pattern.items():
        if key in COMMENT_KEYS:
            continue
        if key in ("event_type", "mode", "symmetric"):
            ok = _accepts(want, pred.get(key))
        elif key == "cameo":
            ok = str(pred.get("cameo") or "").startswith(str(want))
        elif key == "contexts":
            wanted = want if isinstance(want, list) else [want]
            ok = all(c in (pred.get("contexts") or []) for c in wanted)
        elif key in ("actor", "recipient"):
            side = list(pred.get(key) or [])
            ok = not side if not want else all(any(actor_matches(g, p) for p in side) for g in want)
        elif key == "location":
            ok = place_matches(want, pred.get("location"))
        elif key == "date":
            ok = date_matches(want, date)
        elif key == "factuality":
            pfact = pred.get("factuality") or {}
            ok = all(_accepts(v, pfact.get(a)) for a, v in gfact.items() if a in FACTUALITY_ATTRS)
        elif key == "attribution":
            ok = attribution_matches(list(want or []), list(pred.get("attribution") or []))
        elif key == "evidence_contains":
            ok = _contains(evidence.get("text"), want)
        elif key == "trigger_contains":
            ok = _contains((evidence.get("trigger") or {}).get("text"), want)
        elif key == "date_start_prefix":
            ok = str(date.get("start") or "").startswith(str(want))
        elif key == "date_end_prefix":
            ok = str(date.get("end") or date.get("start") or "").startswith(str(want))
        else:  # unknown keys are rejected by unsupported_keys(); never match on them
            return False
        if not ok:
            return False
    return True


def unsupported_keys(pattern: dict[str, Any]) -> list[str]:
    """Keys of a forbidden pattern this scorer does not know (the pattern is then skipped)."""
    return sorted(k for k in pattern if k not in FORBIDDEN_KEYS | COMMENT_KEYS)


# ---------------------------------------------------------------- one item


@dataclass
class Pair:
    """A matched gold event and prediction with the per-field results."""

    gold: int
    pred: int
    required: bool
    fields: dict[str, bool]

    @property
    def full(self) -> bool:
        return all(self.fields.values())


@dataclass
class ItemResult:
    """How one gold item was scored (indices into its gold events and predictions)."""

    item_id: str
    pairs: list[Pair] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    optional_missed: list[int] = field(default_factory=list)
    false_positives: list[int] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)
    negated_unmatched: list[int] = field(default_factory=list)
    violations: list[tuple[int, list[int]]] = field(default_factory=list)
    skipped_patterns: list[int] = field(default_factory=list)


def _all_right_matching(candidates: Sequence[tuple]) -> dict[int, int]:
    """The largest one-to-one set of required pairs with every field right (gold -> prediction).

    Greedy best-agreement-first matching can spend a prediction on a pair that is fully
    right when another fully right pair needed it (a gold event scored against itself
    then loses a full record): this takes the pairs in the greedy order but lets a later
    gold event move an earlier one to another fully right prediction (augmenting paths).
    """
    options: dict[int, list[int]] = {}
    for key, gi, pi, required, _ in candidates:
        if required and not key[1]:
            options.setdefault(gi, []).append(pi)
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        # a free prediction first, in the greedy order: moves only when they add a pair
        for pi in options[gi]:
            if pi not in owner:
                owner[pi] = gi
                return True
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if place(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in options:
        place(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def score_item(
    events: Sequence[dict[str, Any]],
    forbidden: Sequence[dict[str, Any]],
    predictions: Sequence[dict[str, Any]],
    *,
    recall_only: bool = False,
    item_id: str = "",
) -> ItemResult:
    """Score the predictions of one article against its gold events and forbidden patterns."""
    res = ItemResult(item_id)
    candidates = []
    for gi, gold in enumerate(events):
        required = gold.get("required", True) is not False
        for pi, pred in enumerate(predictions):
            if event_matches(gold, pred):
                fields = field_results(gold, pred)
                exact = pred.get("event_type") == gold.get("event_type")
                # required gold events first: an optional one (neither true nor false
                # positive) must not take a prediction a required one needed; then the
                # pairs with every field right, then the best field agreement
                key = (
                    not required,
                    not all(fields.values()),
                    -sum(fields.values()),
                    not exact,
                    gi,
                    pi,
                )
                candidates.append((key, gi, pi, required, fields))
    candidates.sort(key=lambda c: c[0])
    gold_taken = _all_right_matching(candidates)
    pred_taken = set(gold_taken.values())
    fields_of = {(gi, pi): fields for _, gi, pi, _, fields in candidates}
    for gi, pi in gold_taken.items():
        res.pairs.append(Pair(gi, pi, True, fields_of[gi, pi]))
    for _, gi, pi, required, fields in candidates:
        if gi in gold_taken or pi in pred_taken:
            continue
        gold_taken[gi] = pi
        pred_taken.add(pi)
        res.pairs.append(Pair(gi, pi, required, fields))
    res.pairs.sort(key=lambda p: p.gold)
    matching_gold: dict[int, int] = {}
    for _, gi, pi, _, _ in candidates:
        matching_gold.setdefault(pi, gi)
    for gi, gold in enumerate(events):
        if gi not in gold_taken:
            (res.missed if gold.get("required", True) is not False else res.optional_missed).append(
                gi
            )
    for pi, pred in enumerate(predictions):
        if pi in pred_taken:
            continue
        if pi in matching_gold:
            res.duplicates.append((pi, matching_gold[pi]))
        elif _is_negated(pred):
            res.negated_unmatched.append(pi)
        elif not recall_only:
            res.false_positives.append(pi)
    usable = []
    for fi, pattern in enumerate(forbidden):
        if unsupported_keys(pattern):
            res.skipped_patterns.append(fi)
        else:
            usable.append((fi, pattern))
    for pi, pred in enumerate(predictions):
        hits = [fi for fi, pattern in usable if forbidden_matches(pattern, pred)]
        if hits:
            res.violations.append((pi, hits))
    return res


# ---------------------------------------------------------------- totals


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


@dataclass
class Totals:
    """Counts summed over items; :meth:`to_dict` gives the report's metrics."""

    recall_only: bool = False
    items: int = 0
    predictions: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    duplicates: int = 0
    negated_unmatched: int = 0
    violations: int = 0
    full_tp: int = 0
    field_correct: Counter = field(default_factory=Counter)
    field_total: Counter = field(default_factory=Counter)
    type_gold: Counter = field(default_factory=Counter)
    type_matched: Counter = field(default_factory=Counter)

    def add(self, res: ItemResult, events: Sequence[dict[str, Any]], n_predictions: int) -> None:
        """Add one scored item."""
        self.items += 1
        self.predictions += n_predictions
        for ev in events:
            if ev.get("required", True) is not False:
                self.gold_required += 1
                self.type_gold[ev["event_type"]] += 1
            else:
                self.gold_optional += 1
        for pair in res.pairs:
            if not pair.required:
                self.optional_matched += 1
                continue
            self.tp += 1
            self.type_matched[events[pair.gold]["event_type"]] += 1
            self.full_tp += pair.full
            for name, ok in pair.fields.items():
                self.field_total[name] += 1
                self.field_correct[name] += ok
        self.fn += len(res.missed)
        self.fp += len(res.false_positives)
        self.duplicates += len(res.duplicates)
        self.negated_unmatched += len(res.negated_unmatched)
        self.violations += len(res.violations)

    def to_dict(self) -> dict[str, Any]:
        """The metrics (see the module docstring); ratios rounded to 4 places."""
        recall = _ratio(self.tp, self.tp + self.fn)
        full_recall = _ratio(self.full_tp, self.gold_required)
        if self.recall_only:
            precision = f1 = full_precision = full_f1 = None
        else:
            precision = _ratio(self.tp, self.tp + self.fp)
            f1 = _f1(precision, recall)
            full_precision = _ratio(self.full_tp, self.tp + self.fp)
            full_f1 = _f1(full_precision, full_recall)
        return {
            "items": self.items,
            "predictions": self.predictions,
            "gold_required": self.gold_required,
            "gold_optional": self.gold_optional,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "optional_matched": self.optional_matched,
            "duplicates": self.duplicates,
            "duplicate_rate": _ratio(self.duplicates, self.predictions),
            "negated_unmatched": self.negated_unmatched,
            "violations": self.violations,
            "full_record": {
                "tp": self.full_tp,
                "precision": full_precision,
                "recall": full_recall,
                "f1": full_f1,
            },
            "fields": {
                name: {
                    "correct": self.field_correct[name],
                    "total": self.field_total[name],
                    "accuracy": _ratio(self.field_correct[name], self.field_total[name])
                    if self.field_total[name]
                    else None,
                }
                for name in FIELDS
            },
            "by_type": {
                etype: {
                    "gold": self.type_gold[etype],
                    "matched": self.type_matched[etype],
                    "recall": _ratio(self.type_matched[etype], self.type_gold[etype]),
                }
                for etype in sorted(self.type_gold)
            },
        }


# ---------------------------------------------------------------- whole evaluation


def _event_label(ev: dict[str, Any]) -> str:
    def side(actors: Any) -> str:
        parts = []
        for a in actors or []:
            bits = [a.get("country") or "?"]
            sector = a.get("sector")
            if sector:
                # a list may accept "no sector" (null) among its codes
                bits.append(
                    "|".join(x or "-" for x in sector) if isinstance(sector, list) else sector
                )
            parts.append("/".join(bits))
        return ",".join(parts) or "-"

    arrow = "<->" if ev.get("symmetric") else "->"
    mode = f"/{ev['mode']}" if ev.get("mode") else ""
    return (
        f"{ev.get('event_type')}{mode} {side(ev.get('actor'))} {arrow} {side(ev.get('recipient'))}"
    )


def _pred_evidence(pred: dict[str, Any]) -> dict[str, Any]:
    ev = pred.get("evidence") or {}
    trig = ev.get("trigger") or {}
    return {"text": ev.get("text"), "trigger": trig.get("text")}


def _field_detail(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    if name in FACTUALITY_ATTRS:
        return {
            "field": name,
            "gold": (gold.get("factuality") or {}).get(name),
            "predicted": (pred.get("factuality") or {}).get(name),
        }
    if name == "sector":
        return {
            "field": name,
            "gold": [[a.get("country"), a.get("sector")] for g, _ in _sides(gold, {}) for a in g],
            "predicted": [
                [a.get("country"), a.get("sector")]
                for a in (pred.get("actor") or []) + (pred.get("recipient") or [])
            ],
        }
    return {"field": name, "gold": gold.get(name), "predicted": pred.get(name)}


def item_errors(item: GoldItem, res: ItemResult, preds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The diagnostic of one item: missed gold, false positives, violations, wrong fields."""
    return {
        "id": item.id,
        "source": item.source,
        "missed": [
            {
                "event": _event_label(item.events[gi]),
                "evidence_hint": item.events[gi].get("evidence_hint"),
            }
            for gi in res.missed
        ],
        "false_positives": [
            {"event": _event_label(preds[pi]), **_pred_evidence(preds[pi])}
            for pi in res.false_positives
        ],
        "violations": [
            {
                "event": _event_label(preds[pi]),
                **_pred_evidence(preds[pi]),
                "patterns": [
                    {k: v for k, v in item.forbidden[fi].items() if k != "why"} for fi in hits
                ],
                "why": [item.forbidden[fi].get("why") for fi in hits],
            }
            for pi, hits in res.violations
        ],
        "duplicates": [
            {"event": _event_label(preds[pi]), **_pred_evidence(preds[pi])}
            for pi, _ in res.duplicates
        ],
        "field_errors": [
            {
                "event": _event_label(item.events[p.gold]),
                "evidence_hint": item.events[p.gold].get("evidence_hint"),
                "wrong": [
                    _field_detail(name, item.events[p.gold], preds[p.pred])
                    for name, ok in p.fields.items()
                    if not ok
                ],
            }
            for p in res.pairs
            if p.required and not p.full
        ],
    }


def _has_errors(err: dict[str, Any]) -> bool:
    return any(
        err[k] for k in ("missed", "false_positives", "violations", "duplicates", "field_errors")
    )


@dataclass
class EvalReport:
    """The result of :func:`evaluate`: totals, per-file totals, diagnostics."""

    gold_files: list[str]
    totals: Totals
    per_file: dict[str, Totals]
    errors: list[dict[str, Any]]
    warnings: list[str]
    extraction_errors: int
    seconds: float

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """The report as JSON-able dict (the ``eval --json`` object)."""
        out: dict[str, Any] = {"gold": self.gold_files, "recall_only": self.totals.recall_only}
        out.update(self.totals.to_dict())
        out["files"] = [{"file": f, **t.to_dict()} for f, t in self.per_file.items()]
        out["extraction_errors"] = self.extraction_errors
        out["warnings"] = self.warnings
        out["seconds"] = round(self.seconds, 2)
        if errors:
            out["errors"] = self.errors
        return out


def _run_extractor(
    items: Sequence[GoldItem], extractor: Extractor, warnings: list[str]
) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Predictions per item id; one failing article does not stop the others."""
    articles = [
        Article(
            text=it.text, id=it.id, language=it.language, published=it.published, source=it.source
        )
        for it in items
    ]
    preds: dict[str, list[dict[str, Any]]] = {}
    failures = 0
    try:
        for art, records in extractor(articles):
            preds[art.id] = [r.to_dict() for r in records]
    except Exception:  # noqa: BLE001  (retry one by one to isolate the failing article)
        for art in articles:
            if art.id in preds:
                continue
            try:
                for a, records in extractor([art]):
                    preds[a.id] = [r.to_dict() for r in records]
            except Exception as exc:  # noqa: BLE001
                failures += 1
                preds[art.id] = []
                warnings.append(
                    f"{art.source}: extraction failed on {art.id}: {type(exc).__name__}: {exc}"
                )
    return preds, failures


def evaluate(
    gold_paths: Sequence[str | Path],
    *,
    predictions: str | Path | None = None,
    recall_only: bool = False,
    extractor: Extractor | None = None,
) -> EvalReport:
    """Score extraction (or a predictions JSONL file) against gold files; GoldError if bad."""
    started = time.perf_counter()
    warnings: list[str] = []
    per_file_items = {str(p): load_gold(p) for p in gold_paths}
    all_items = [it for items in per_file_items.values() for it in items]
    seen: dict[str, str] = {}
    for it in all_items:
        if it.id in seen:
            raise GoldError(f"{it.source}: duplicate gold id {it.id!r} (also at {seen[it.id]})")
        seen[it.id] = it.source
    failures = 0
    if predictions is not None:
        by_id = load_predictions(predictions)
        unknown = sorted(set(by_id) - set(seen))
        if unknown:
            warnings.append(
                f"{predictions}: {len(unknown)} article id(s) not in the gold, ignored "
                f"(first: {unknown[0]})"
            )
    else:
        if extractor is None:
            from eventwire.api import extract_articles

            extractor = extract_articles
        by_id, failures = _run_extractor(all_items, extractor, warnings)
    totals = Totals(recall_only=recall_only)
    per_file: dict[str, Totals] = {}
    errors = []
    for path, items in per_file_items.items():
        ft = per_file[path] = Totals(recall_only=recall_only)
        for it in items:
            preds = by_id.get(it.id, [])
            res = score_item(it.events, it.forbidden, preds, recall_only=recall_only, item_id=it.id)
            for fi in res.skipped_patterns:
                keys = ", ".join(unsupported_keys(it.forbidden[fi]))
                warnings.append(
                    f"{it.source}: forbidden pattern {fi} skipped: unknown key(s) {keys}"
                )
            totals.add(res, it.events, len(preds))
            ft.add(res, it.events, len(preds))
            err = item_errors(it, res, preds)
            if _has_errors(err):
                errors.append(err)
    return EvalReport(
        gold_files=[str(p) for p in gold_paths],
        totals=totals,
        per_file=per_file,
        errors=errors,
        warnings=warnings,
        extraction_errors=failures,
        seconds=time.perf_counter() - started,
    )
