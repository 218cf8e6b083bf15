"""Trigger lexicon coverage per PLOVER type and mode, and where triggers fire wrongly.

Usage (from the repository root; reads ../shared, never copies its text):

    .venv/bin/python bench/trigger_coverage.py [--lang en|it|both] [--limit N] [--dice N]
                                               [--records N] [--top K] [--json FILE]

English, NGEC synthetic stories (``ngec/gpt_synthetic_events_2023-10-19_19.csv``, each
labelled with one PLOVER type and mode; development aid only):

- **found**: share of stories whose labelled type is among the types of the triggers found
  in the story, per type and per (type, mode);
- **off-label**: for each type T, the share of stories labelled with another type in which
  a T trigger fires. Stories hold other events too (an assault story reports arrests), so
  this is a ceiling on false triggers, read with the per-pattern table below it;
- **suspects**: the patterns that fire most in stories of other types relative to stories
  of their own type (over-generic words);
- **gaps**: per type, words frequent in the stories of that type where no trigger of the
  type fired, and rare in other stories (candidate trigger words to look at).

Italian:

- dev gold (``gold/dev/it_wikinews_dev.jsonl``): share of gold events (required and
  optional) with a trigger of their type (or an ``event_type_alt``) inside their
  ``evidence_hint`` fragments, per type; the misses; and the triggers that fall in no hint
  of their type (false-trigger candidates), by pattern;
- DICE (``dice_it/dice_articles.jsonl``, crime news, test only): triggers per type and
  the most frequent patterns of each type on a fixed random sample of ``--dice`` articles,
  to spot words that fire on arrests, thefts and accidents where they should not.

Triggers are the ``eventwire_triggers`` stage alone (tokenizer, lookup lemmas, lexicon
match): the lexicon's reach, before the event stage drops embedded or name-internal words.
``--records N`` also runs the whole extraction on N stories/articles and counts record
types (slower: about 2,600 words/s in English).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import spacy

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NGEC = SHARED / "data" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv"
DICE = SHARED / "data" / "dice_it" / "dice_articles.jsonl"
IT_GOLD = SHARED / "gold" / "dev" / "it_wikinews_dev.jsonl"
EN_GOLD = SHARED / "gold" / "dev" / "plover_gsr_dev.jsonl"

#: Modes as NGEC spells them -> PLOVER 0.8 spelling.
NGEC_MODES = {"SIEZE": "seize", "PRIMATIVE": "primitive"}
STOP_EN = frozenset(
    """
    the a an of to in and or for on at by with from as is was were be been being are has have
    had it its this that these those he she they them his her their our we you i not no but
    said says say will would could should may might can also after before over into about
    than more most other some such which who whom whose what when where while there here up
    out new two one three first last year years day days week month people country government
    official officials state told according percent mr ms did do does just so if all any
    """.split()
)


def trigger_nlp(lang: str) -> spacy.language.Language:
    """A pipeline up to the trigger stage: blank tokenizer, lookup lemmas, trigger lexicon."""
    from eventwire.pipeline import lemmas, triggers  # noqa: F401  (register factories)

    nlp = spacy.blank(lang)
    nlp.max_length = 5_000_000
    nlp.add_pipe("eventwire_lemmas")
    nlp.add_pipe("eventwire_triggers")
    nlp.initialize()
    return nlp


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    -"


def record_types(texts: list[str], lang: str) -> list[list[tuple[str, str]]]:
    """Per text, (event_type, trigger pattern) of the records of the whole extraction."""
    from eventwire.api import extract

    out = []
    for text in texts:
        recs = extract(text, language=lang, published="2020-01-01")
        row = []
        for r in recs:
            entry = next((w.entry for w in r.why if w.rule == "trigger.lexicon"), "") or ""
            row.append((r.event_type, entry.split(" ", 1)[-1]))
        out.append(row)
    return out


# ------------------------------------------------------------------------------ English
def english_gold(args: argparse.Namespace, report: dict[str, Any]) -> None:
    """PLOVER gold-standard sentences: a trigger of the gold type anywhere in the sentence."""
    if not EN_GOLD.is_file():
        print(f"skipped English dev gold: {EN_GOLD} is absent")
        return
    items = [json.loads(line) for line in EN_GOLD.read_text(encoding="utf-8").splitlines()]
    nlp = trigger_nlp("en")
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
        types = {sp.label_ for sp in doc.spans.get("triggers", [])}
        for ev in item["events"]:
            total[ev["event_type"]] += 1
            if ({ev["event_type"], *ev.get("event_type_alt", [])}) & types:
                found[ev["event_type"]] += 1
            else:
                got = ",".join(sorted(types)) or "-"
                misses.append(f"  {ev['event_type']:9} {ev.get('evidence_hint', '')!r}  [{got}]")
    n, f = sum(total.values()), sum(found.values())
    print(f"\n== English PLOVER gold dev ({n} events): a trigger of the gold type in the sentence")
    print("  " + ", ".join(f"{t} {found[t]}/{total[t]}" for t in sorted(total)))
    print(f"  all {f}/{n} = {pct(f, n).strip()}%")
    report["en_gold"] = {"events": n, "found": f / n}
    if args.verbose:
        print("\n".join(misses))


def english(args: argparse.Namespace, report: dict[str, Any]) -> None:
    if not NGEC.is_file():
        print(f"skipped English: {NGEC} is absent")
        return
    with NGEC.open(encoding="utf-8", newline="") as f:
        stories = list(csv.DictReader(f))
    if args.limit:
        stories = random.Random(7).sample(stories, min(args.limit, len(stories)))
    nlp = trigger_nlp("en")
    t0 = time.perf_counter()
    fired: list[Counter[str]] = []  # per story: type -> count
    patterns: list[set[tuple[str, str]]] = []  # per story: (type, pattern)
    lemmas: list[set[str]] = []
    for doc in nlp.pipe(s["text"] for s in stories):
        spans = doc.spans.get("triggers", [])
        fired.append(Counter(sp.label_ for sp in spans))
        patterns.append({(sp.label_, sp._.trigger.pattern) for sp in spans})
        lemmas.append(
            {
                t.lemma_.lower()
                for t in doc
                if t.is_alpha and len(t) > 2 and t.lower_ not in STOP_EN and not t.is_title
            }
        )
    elapsed = time.perf_counter() - t0
    labels = [s["label"].strip().upper() for s in stories]
    modes = [NGEC_MODES.get(s["mode"].strip().upper(), s["mode"].strip().lower()) for s in stories]
    n_label = Counter(labels)
    print(f"\n== English: NGEC synthetic stories ({len(stories)}, triggers in {elapsed:.1f} s)")
    print(f"{'type':10} {'stories':>7} {'found%':>7} {'off-label%':>10} {'fired':>6} {'own%':>6}")
    types = sorted(set(labels) | {t for c in fired for t in c})
    summary = {}
    total_found = 0
    for t in types:
        n = n_label[t]
        found = sum(1 for lab, c in zip(labels, fired, strict=True) if lab == t and c[t])
        total_found += found
        others = len(stories) - n
        off = sum(1 for lab, c in zip(labels, fired, strict=True) if lab != t and c[t])
        all_fired = sum(c[t] for c in fired)
        own = sum(c[t] for lab, c in zip(labels, fired, strict=True) if lab == t)
        print(
            f"{t:10} {n:7} {pct(found, n):>7} {pct(off, others):>10} {all_fired:6}"
            f" {pct(own, all_fired):>6}"
        )
        summary[t] = {
            "stories": n,
            "found": found / n if n else None,
            "off_label": off / others if others else None,
        }
    print(f"{'all':10} {len(stories):7} {pct(total_found, len(stories)):>7}")
    report["en_ngec"] = {"stories": len(stories), "found": total_found / len(stories)}
    report["en_ngec_types"] = summary

    print("\nfound% by labelled mode")
    by_mode: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for lab, mode, c in zip(labels, modes, fired, strict=True):
        by_mode[(lab, mode)][1] += 1
        by_mode[(lab, mode)][0] += bool(c[lab])
    row = []
    for (lab, mode), (f_, n) in sorted(by_mode.items()):
        row.append(f"{lab}/{mode} {pct(f_, n).strip()}% of {n}")
    for i in range(0, len(row), 3):
        print("  " + " | ".join(row[i : i + 3]))

    # suspects: patterns firing in other-labelled stories far more than in their own
    on: Counter[tuple[str, str]] = Counter()
    off_c: Counter[tuple[str, str]] = Counter()
    for lab, ps in zip(labels, patterns, strict=True):
        for p in ps:
            (on if p[0] == lab else off_c)[p] += 1
    print(f"\nsuspects: patterns by stories of other types (top {args.top}; own-type stories)")
    scored = []
    for p, k in off_c.items():
        n_own = n_label.get(p[0], 0)
        own_rate = on[p] / n_own if n_own else 0.0
        off_rate = k / (len(stories) - n_own)
        scored.append((k * (off_rate / (own_rate + off_rate + 1e-9)), p, k, on[p]))
    for _, (t, pat), k, o in sorted(scored, reverse=True)[: args.top]:
        print(f"  {t:10} {pat!r:32} other {k:4}  own {o:4}")

    print(f"\ngaps: words of stories whose type fired no trigger of it (top {args.top // 3})")
    df_all: Counter[str] = Counter()
    for ls in lemmas:
        df_all.update(ls)
    for t in sorted(n_label):
        miss = [
            ls for lab, c, ls in zip(labels, fired, lemmas, strict=True) if lab == t and not c[t]
        ]
        if len(miss) < 3:
            continue
        df_miss: Counter[str] = Counter()
        for ls in miss:
            df_miss.update(ls)
        scores = []
        for w, k in df_miss.items():
            if k < 3:
                continue
            rate_miss = k / len(miss)
            rate_all = df_all[w] / len(stories)
            scores.append((rate_miss * math.log(rate_miss / rate_all), w, k))
        words = ", ".join(f"{w}({k})" for _, w, k in sorted(scores, reverse=True)[: args.top // 3])
        print(f"  {t:10} {len(miss):3} missed: {words}")

    if args.records:
        sample = random.Random(11).sample(range(len(stories)), min(args.records, len(stories)))
        t0 = time.perf_counter()
        recs = record_types([stories[i]["text"] for i in sample], "en")
        elapsed = time.perf_counter() - t0
        hits = Counter()
        n_s = Counter()
        for i, rs in zip(sample, recs, strict=True):
            n_s[labels[i]] += 1
            hits[labels[i]] += any(t == labels[i] for t, _ in rs)
        got = sum(hits.values())
        print(f"\nrecords: {len(sample)} stories in {elapsed:.0f} s, label among record types:")
        print("  " + ", ".join(f"{t} {pct(hits[t], n_s[t]).strip()}%" for t in sorted(n_s)))
        print(f"  all {pct(got, len(sample)).strip()}%")
        report["en_ngec_records"] = {"stories": len(sample), "found": got / len(sample)}


# ------------------------------------------------------------------------------ Italian
def _fragments(text: str, hint: str) -> list[tuple[int, int]]:
    out = []
    for frag in hint.split(" ... "):
        frag = frag.strip()
        k = text.find(frag) if frag else -1
        if k >= 0:
            out.append((k, k + len(frag)))
    return out


def italian_gold(args: argparse.Namespace, report: dict[str, Any]) -> None:
    if not IT_GOLD.is_file():
        print(f"skipped Italian dev gold: {IT_GOLD} is absent")
        return
    items = [json.loads(line) for line in IT_GOLD.read_text(encoding="utf-8").splitlines()]
    nlp = trigger_nlp("it")
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    stray: Counter[tuple[str, str]] = Counter()
    n_triggers = 0
    for item, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
        spans = [
            (sp.start_char, sp.end_char, sp.label_, sp._.trigger.pattern)
            for sp in doc.spans.get("triggers", [])
        ]
        covered: set[int] = set()
        n_triggers += len(spans)
        for ev in item.get("events", []):
            types = {ev["event_type"], *ev.get("event_type_alt", [])}
            frags = _fragments(item["text"], ev.get("evidence_hint", ""))
            inside = [
                k
                for k, (s, e, _, _) in enumerate(spans)
                if any(s < fe and e > fs for fs, fe in frags)
            ]
            covered.update(k for k in inside if spans[k][2] in types)
            total[ev["event_type"]] += 1
            if any(spans[k][2] in types for k in inside):
                found[ev["event_type"]] += 1
            else:
                got = ", ".join(f"{spans[k][2]}:{spans[k][3]}" for k in inside) or "-"
                misses.append(
                    f"  {ev['event_type']:9} {ev.get('evidence_hint', '')[:110]!r}  [{got}]"
                )
        for k, (_, _, label, pat) in enumerate(spans):
            if k not in covered:
                stray[(label, pat)] += 1
    n = sum(total.values())
    f = sum(found.values())
    print(f"\n== Italian dev gold ({len(items)} items, {n} events required+optional)")
    print("  " + ", ".join(f"{t} {found[t]}/{total[t]}" for t in sorted(total)))
    print(
        f"  all {f}/{n} = {pct(f, n).strip()}% of events have a trigger of their type in the hint"
    )
    report["it_gold"] = {"events": n, "found": f / n}
    if args.verbose:
        print("misses (gold type, hint, [types:patterns inside the hint]):")
        print("\n".join(misses))
    print(
        f"triggers in no hint of their type: {sum(stray.values())} of {n_triggers} (top {args.top}):"
    )
    for (label, pat), k in stray.most_common(args.top):
        print(f"  {label:10} {pat!r:30} {k}")
    report["it_gold_stray"] = sum(stray.values())


def italian_dice(args: argparse.Namespace, report: dict[str, Any]) -> None:
    if not DICE.is_file() or not args.dice:
        print(f"skipped DICE: {DICE} is absent or --dice 0")
        return
    with DICE.open(encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh]
    arts = random.Random(3).sample(arts, min(args.dice, len(arts)))
    nlp = trigger_nlp("it")
    by_type: Counter[str] = Counter()
    by_pat: dict[str, Counter[str]] = defaultdict(Counter)
    words = 0
    for doc in nlp.pipe(a["text"] for a in arts):
        words += len(doc)
        for sp in doc.spans.get("triggers", []):
            by_type[sp.label_] += 1
            by_pat[sp.label_][sp._.trigger.pattern] += 1
    n = sum(by_type.values())
    print(f"\n== Italian DICE crime news ({len(arts)} articles, {words} tokens, {n} triggers)")
    print(f"  triggers per 1,000 tokens: {1000 * n / max(words, 1):.1f}")
    for t, k in by_type.most_common():
        top = ", ".join(f"{p}({c})" for p, c in by_pat[t].most_common(args.top // 2))
        print(f"  {t:10} {k:5}  {top}")
    report["it_dice"] = {
        "articles": len(arts),
        "triggers_per_1000_tokens": 1000 * n / max(words, 1),
    }
    report["it_dice_types"] = dict(by_type)
    if args.records:
        sub = arts[: args.records]
        t0 = time.perf_counter()
        recs = record_types([a["text"] for a in sub], "it")
        elapsed = time.perf_counter() - t0
        rt: Counter[str] = Counter()
        rp: dict[str, Counter[str]] = defaultdict(Counter)
        for rs in recs:
            for t, p in rs:
                rt[t] += 1
                rp[t][p] += 1
        print(f"records on {len(sub)} DICE articles ({elapsed:.0f} s): {sum(rt.values())}")
        for t, k in rt.most_common():
            top = ", ".join(f"{p}({c})" for p, c in rp[t].most_common(args.top // 2))
            print(f"  {t:10} {k:5}  {top}")
        report["it_dice_records"] = dict(rt)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=["en", "it", "both"], default="both")
    ap.add_argument("--limit", type=int, default=0, help="NGEC stories (0: all 4,500)")
    ap.add_argument("--dice", type=int, default=400, help="DICE articles sampled")
    ap.add_argument("--records", type=int, default=0, help="also extract records on N texts")
    ap.add_argument("--top", type=int, default=30, help="rows of the pattern tables")
    ap.add_argument("--verbose", action="store_true", help="list the Italian dev misses")
    ap.add_argument("--json", type=Path, help="write the headline figures here")
    args = ap.parse_args(argv)
    report: dict[str, Any] = {}
    if args.lang in ("en", "both"):
        english_gold(args, report)
        english(args, report)
    if args.lang in ("it", "both"):
        italian_gold(args, report)
        italian_dice(args, report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
