"""Bad and odd inputs for ``ingest``, and a run that checks every one is accounted for.

:func:`generate` writes about ``n`` inputs of every kind issue 10 names -- binary data,
undecodable bytes, invalid UTF-8, empty and whitespace-only files, inputs over the size
limits, malformed JSON at line N, JSON of the wrong shape, unsupported languages, a text
without punctuation, names repeated thousands of times, deeply nested HTML and JSON, feed
entity bombs, XXE and gzip bombs, NUL bytes, mixed scripts, right-to-left text, control
characters, huge ids, odd dates, pipes and broken links -- as text, JSON, JSONL, HTML and feed
files, and returns one :class:`Unit` per input: the name the run's manifest gives it and the
outcomes it may have (``stored``/``duplicate``, or a rejection reason).

:func:`run` ingests the folder with the library (the readers, then
:func:`eventwire.ingest.ingest_articles`) under a per-article timeout, timing every read and
every extraction, and returns a :class:`Report`: whether anything escaped (a crash), the
extractions that ran past the timeout (hangs), the inputs missing from the manifest, the
outcomes outside the expected ones, and counts per reason and kind.

Used by ``bench/robustness_fuzz.py`` (>= 10,000 inputs) and ``tests/robustness/test_fuzz.py``
(a few hundred). Everything is generated from a seed; nothing is read from a corpus.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import resource
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.generated_articles import article_text

OK = frozenset({"stored", "duplicate"})
SLOW = OK | {"timeout"}  # pathological but valid: stored, or stopped by the timeout
MARKUP = OK | {"empty", "unreadable", "timeout"}  # odd pages: whatever a reader makes of them


@dataclass(frozen=True)
class Unit:
    """One input: the manifest's name for it, what it is, the outcomes it may have."""

    name: str
    kind: str
    expect: frozenset[str]


@dataclass
class Sizes:
    """How big the pathological inputs are (``big``: the issue's sizes; else CI sizes)."""

    big: bool
    max_bytes: int = 0
    max_article_chars: int = 0

    def __post_init__(self) -> None:
        self.max_bytes = 4_000_000 if self.big else 2_000_000
        self.max_article_chars = 1_000_000 if self.big else 20_000

    def pick(self, big: int, small: int) -> int:
        return big if self.big else small


# ---------------------------------------------------------------- odd texts (valid)

_SCRIPTS = [
    "Путин встретился с Ким Чен Ыном во Владивостоке",
    "普京在符拉迪沃斯托克会见了金正恩",
    "Ο Πούτιν συναντήθηκε με τον Κιμ",
    "पुतिन ने किम से मुलाकात की",
    "푸틴은 김정은과 만났다",
    "プーチン氏は金正恩氏と会談した",
    "ปูตินพบกับคิมจองอึน",
]
_RTL = [
    "التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك",
    "הנשיא הרוסי ולדימיר פוטין נפגש עם קים ג'ונג און",
    "ولادیمیر پوتین با کیم جونگ اون دیدار کرد",
]
_BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068",
         "\u2069", "\u200e", "\u200f", "\u061c"]  # fmt: skip
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
_EMOJI = ["🇷🇺", "🇰🇵", "🤝", "💣", "🚀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🧑🏽‍⚖️", "🔥"]
_ODD_DATES = [
    "Il 31 febbraio 2023 il presidente ha incontrato il ministro.",
    "On 29 February 2023 the minister met the ambassador.",
    "L'incontro è previsto per l'anno 99999.",
    "The summit took place on 0000-00-00 according to the agency.",
    "Police arrested two men on 12/13/2023 and again on 13/12/2023.",
    "Il vertice si terrà il 32 gennaio o il 0 marzo.",
    "The talks began in the year 10000 BC and ended on 1 January 10000.",
    "Ieri l'altro, l'altro ieri e dopodomani il governo ha protestato.",
    "On Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday they met.",
    "Dal 10 al 9 settembre 2023 i ministri si sono incontrati a Roma.",
    "The meeting lasted 99999999999999999999 years, officials said on 2023-09-10T25:61.",
    "Nel '23, nel '99 e negli anni '00 la polizia ha arrestato un uomo.",
]


def _odd_text(rng: random.Random, kind: str) -> str:
    """A small valid text of one odd kind (the pipeline must read it in bounded time)."""
    base = article_text(rng, rng.choice(["it", "en"]), rng.randint(1, 4))
    if kind == "mixed_scripts":
        words = base.split() + rng.sample(_SCRIPTS, 3) + rng.sample(_RTL, 1)
        rng.shuffle(words)
        return " ".join(words)
    if kind == "rtl":
        return " ".join(rng.choice(_BIDI) + s + rng.choice(_BIDI) for s in rng.sample(_RTL, 2))
    if kind == "bidi_controls":
        return "".join(c + (rng.choice(_BIDI) if rng.random() < 0.2 else "") for c in base)
    if kind == "invisible":
        return "".join(c + (rng.choice(_INVISIBLE) if rng.random() < 0.3 else "") for c in base)
    if kind == "combining":
        marks = "".join(chr(0x300 + rng.randrange(0x70)) for _ in range(60))
        return " ".join(w + marks for w in base.split()[:30])
    if kind == "emoji":
        return " ".join(
            w + (rng.choice(_EMOJI) if rng.random() < 0.5 else "") for w in base.split()
        )
    if kind == "few_controls":  # under the 5% that makes a file "binary"
        return "".join(c + ("\x07\x1b\x0b\x01"[rng.randrange(4)] if rng.random() < 0.01 else "")
                       for c in base)  # fmt: skip
    if kind == "long_word":
        return "a" * rng.randint(5_000, 50_000) + " " + base
    if kind == "digits":
        return " ".join(str(rng.randrange(10**12)) for _ in range(rng.randint(1, 2000)))
    if kind == "punctuation":
        return "".join(rng.choice(".,;:!?…-–—«»\"'()[]{}") for _ in range(rng.randint(1, 3000)))
    if kind == "one_char":
        return rng.choice(["x", "1", ".", "é", "中", "\u0300", "🤝"])
    if kind == "odd_dates":
        return " ".join(rng.sample(_ODD_DATES, 3))
    if kind == "markup_in_text":
        return f"<script>alert(1)</script> {base} <img src=x onerror=alert(2)> {{{{7*7}}}} ${{x}}"
    if kind == "newlines":
        return ("\n" * rng.randint(100, 3000)).join(base.split(". "))
    if kind == "plain":
        return base
    raise ValueError(kind)


ODD_KINDS = ["mixed_scripts", "rtl", "bidi_controls", "invisible", "combining", "emoji",
             "few_controls", "long_word", "digits", "punctuation", "one_char", "odd_dates",
             "markup_in_text", "newlines", "plain"]  # fmt: skip


def _pathological(rng: random.Random, kind: str, sizes: Sizes) -> str:
    """Valid texts that cost the pipeline most: bounded by the limits, or the timeout."""
    if kind == "no_punctuation":  # a megabyte without a full stop
        words = "il presidente russo ha incontrato il ministro a roma governo accordo".split()
        n = sizes.pick(1_000_000, 30_000)
        out = []
        size = 0
        while size < n:
            w = rng.choice(words)
            out.append(w)
            size += len(w) + 1
        return " ".join(out)[:n]
    if kind == "repeated_names":
        return " ".join(["Vladimir Putin"] * sizes.pick(100_000, 2_000))
    if kind == "repeated_sentences":
        return "\n".join(["Putin met Kim in Moscow."] * sizes.pick(20_000, 200))
    if kind == "one_line_of_digits":
        return "".join(str(rng.randrange(10)) for _ in range(sizes.pick(500_000, 20_000)))
    if kind == "oversize":  # over max_article_chars: truncated with a note
        para = article_text(rng, "en", 12)
        reps = sizes.max_article_chars // len(para) + 2
        return "\n\n".join([para] * reps)
    raise ValueError(kind)


PATHOLOGICAL = ["no_punctuation", "repeated_names", "repeated_sentences", "one_line_of_digits",
                "oversize"]  # fmt: skip


# ---------------------------------------------------------------- writer


class _Writer:
    def __init__(self, folder: Path, rng: random.Random, sizes: Sizes) -> None:
        self.folder = folder
        self.rng = rng
        self.sizes = sizes
        self.units: list[Unit] = []
        self.count = 0

    def path(self, sub: str, suffix: str) -> Path:
        self.count += 1
        folder = self.folder / sub
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{self.count:05d}{suffix}"

    def file(self, sub: str, suffix: str, data: bytes, kind: str, expect: frozenset[str]) -> Path:
        p = self.path(sub, suffix)
        p.write_bytes(data)
        self.units.append(Unit(_name(p), kind, expect))
        return p

    def unique(self, text: str) -> str:
        """The text, made distinct from every other generated one."""
        return f"{text}\n\nRif. {self.count}-{self.rng.randrange(10**9)}."


def _name(path: Path, line: int | None = None) -> str:
    from eventwire.limits import clean_text

    name = str(path) if line is None else f"{path}:{line}"
    return clean_text(name)[0]


def _text_files(w: _Writer, n: int) -> None:
    rng = w.rng
    bad_utf8 = [b"\xff", b"\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\xbc",
                b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\x80"]  # fmt: skip
    kinds: list[tuple[str, float]] = [
        ("ok", 4), ("odd", 6), ("nul_binary", 2), ("random_bytes", 2), ("control_bytes", 1),
        ("invalid_utf8", 3), ("latin1", 1), ("utf16_bom", 1), ("utf16_no_bom", 1),
        ("utf8_bom", 1), ("empty", 1), ("whitespace", 2), ("header_only", 1),
        ("bad_header_date", 1), ("unsupported_suffix", 1),
    ]  # fmt: skip
    names, weights = zip(*kinds, strict=True)
    for _ in range(n):
        kind = rng.choices(names, weights)[0]
        text = w.unique(article_text(rng, rng.choice(["it", "en"]), rng.randint(1, 6)))
        data = text.encode()
        if kind == "ok":
            w.file("txt", ".txt", data, kind, OK)
        elif kind == "odd":
            odd = rng.choice(ODD_KINDS)
            w.file("txt", ".txt", _odd_text(rng, odd).encode(), f"txt:{odd}", OK)
        elif kind == "nul_binary":
            at = rng.randrange(min(len(data), 8000) + 1)
            w.file("txt", ".txt", data[:at] + b"\x00" + data[at:], kind, frozenset({"binary"}))
        elif kind == "random_bytes":
            blob = bytearray(rng.randrange(256) for _ in range(rng.randint(64, 4096)))
            blob[rng.randrange(len(blob))] = 0
            w.file("txt", rng.choice([".txt", ""]), bytes(blob), kind, frozenset({"binary"}))
        elif kind == "control_bytes":
            # one byte in eight a control character: over the 5% that makes data binary
            blob = bytes(rng.randint(1, 8) if i % 8 == 0 else b for i, b in enumerate(data))
            w.file("txt", ".txt", blob, kind, frozenset({"binary"}))
        elif kind == "invalid_utf8":
            at = rng.randrange(len(data) + 1)
            while at < len(data) and (data[at] & 0xC0) == 0x80:  # not inside a character
                at += 1
            bad = data[:at] + rng.choice(bad_utf8) + data[at:]
            w.file("txt", ".txt", bad, kind, frozenset({"undecodable"}))
        elif kind == "latin1":
            latin = ("Perché la città è più bella: " + text).encode("latin-1", "replace")
            w.file("txt", ".txt", latin, kind, frozenset({"undecodable"}))
        elif kind == "utf16_bom":
            w.file("txt", ".txt", text.encode("utf-16"), kind, OK)
        elif kind == "utf16_no_bom":
            w.file("txt", ".txt", text.encode("utf-16-le"), kind, frozenset({"binary"}))
        elif kind == "utf8_bom":
            w.file("txt", ".txt", b"\xef\xbb\xbf" + data, kind, OK)
        elif kind == "empty":
            w.file("txt", ".txt", b"", kind, frozenset({"empty"}))
        elif kind == "whitespace":
            ws = "".join(rng.choice([" ", "\n", "\t", "\r\n", "\u00a0", "\u3000", "\u2028"])
                         for _ in range(rng.randint(1, 500)))  # fmt: skip
            w.file("txt", ".txt", ws.encode(), kind, frozenset({"empty"}))
        elif kind == "header_only":
            w.file("txt", ".txt", b"date 2023-09-10\n  \n", kind, frozenset({"empty"}))
        elif kind == "bad_header_date":
            head = rng.choice(["2023-02-30", "2023-13-01", "2023-00", "0000"])
            w.file("txt", ".txt", f"date {head} ".encode() + data, kind, OK)
        elif kind == "unsupported_suffix":
            suffix = rng.choice([".pdf", ".docx", ".exe", ".gz", ".zip", ".csv", ".md"])
            w.file("other", suffix, data, kind, frozenset({"unsupported"}))


def _pathological_files(w: _Writer) -> None:
    rng = w.rng
    for kind in PATHOLOGICAL:
        text = _pathological(rng, kind, w.sizes)
        w.file("big", ".txt", text.encode(), kind, SLOW)
    # over the file size limit: refused before reading
    blob = b"Putin met Kim. " * (w.sizes.max_bytes // 15 + 10)
    w.file("big", ".txt", blob, "file_too_large", frozenset({"too_large"}))
    w.file("big", ".html", b"<p>" + blob, "html_too_large", frozenset({"too_large"}))
    w.file("big", ".jsonl", blob, "jsonl_too_large", frozenset({"too_large"}))


# ---------------------------------------------------------------- JSON lines and files

_TEXT_FILE_BAD = ["/etc/passwd", "/etc/hostname.txt", "../../../../etc/passwd", "~/.bashrc",
                  ".hidden.txt", "sub/.git/config.txt", "x.json"]  # fmt: skip
#: Relative .txt names that are allowed but name nothing (never decoded: %2e is not a dot).
_TEXT_FILE_ABSENT = ["../nowhere/missing.txt", "%2e%2e%2fetc%2fpasswd.txt", "a\x00b.txt"]


def _json_line(w: _Writer, i: int, ids: list[str]) -> tuple[bytes, str, frozenset[str]]:
    """One JSONL line: ``(bytes, kind, expected outcomes)``."""
    rng = w.rng
    text = w.unique(article_text(rng, rng.choice(["it", "en"]), rng.randint(1, 5)))
    aid = f"j{w.count}-{i}"
    good = {"id": aid, "text": text, "published": "2023-09-10"}
    kinds: list[tuple[str, float]] = [
        ("ok", 5), ("odd", 6), ("no_language", 1), ("language_variant", 1),
        ("unsupported_language", 3), ("truncated", 2), ("syntax", 3), ("wrong_shape", 2),
        ("no_text", 2), ("text_type", 2), ("id_type", 1), ("title_type", 1), ("bad_date", 1),
        ("huge_id", 1), ("huge_title", 1), ("odd_url", 1), ("nul_text", 1), ("surrogate", 1),
        ("text_file_bad", 2), ("text_file_missing", 1), ("invalid_utf8", 2), ("binary", 1),
        ("deep", 1), ("deep_meta", 1), ("huge_meta", 1), ("id_conflict", 1), ("int_id", 1),
        ("crlf", 1),
    ]  # fmt: skip
    names, weights = zip(*kinds, strict=True)
    kind = rng.choices(names, weights)[0]

    def dump(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode()

    if kind == "ok":
        ids.append(aid)
        return dump({**good, "language": rng.choice(["it", "en"])}), kind, OK
    if kind == "odd":
        odd = rng.choice(ODD_KINDS)
        return dump({"id": aid, "text": _odd_text(rng, odd)}), f"jsonl:{odd}", OK
    if kind == "no_language":
        return dump(good), kind, OK
    if kind == "language_variant":
        return dump({**good, "language": rng.choice(["EN", "en-GB", "it_IT", " it "])}), kind, OK
    if kind == "unsupported_language":
        lang = rng.choice(["fr", "de", "zz", "", "xx-YY", "123", "english", "ar", "中文"])
        return dump({**good, "language": lang}), kind, frozenset({"unsupported_language"})
    if kind == "truncated":
        full = dump(good)
        # cut inside a character, the line is not UTF-8 either
        cut = full[: rng.randrange(1, len(full) - 1)]
        return cut, kind, frozenset({"malformed_json", "undecodable"})
    if kind == "syntax":
        bad = rng.choice([
            "{'id': 'x', 'text': 'single quotes'}", '{"text": "trailing comma",}',
            '{text: "unquoted key"}', '{"text": "a" // comment\n}', '{"text": "a"} {"x": 1}',
            '{"text": "unterminated}', '{"text": "bad escape \\q"}', "{,}", "}", "{{}}",
            '{"text": 01}', '{"text": "tab\there"}',
        ])  # fmt: skip
        return bad.split("\n")[0].encode(), kind, frozenset({"malformed_json"})
    if kind == "wrong_shape":
        value = rng.choice(["[1, 2]", '"text"', "42", "null", "true", "[]", '[{"text": "a"}]'])
        return value.encode(), kind, frozenset({"malformed_json"})
    if kind == "no_text":
        obj = rng.choice([{"id": aid}, {"id": aid, "text": ""}, {"id": aid, "text": " \n\t "},
                          {"id": aid, "text": None}, {}])  # fmt: skip
        return dump(obj), kind, frozenset({"missing_text"})
    if kind == "text_type":
        value = rng.choice([42, 1.5, ["a"], {"a": "b"}, True, False])
        if rng.random() < 0.3:
            return (
                b'{"text": ' + rng.choice([b"NaN", b"Infinity", b"1e999"]) + b"}",
                kind,
                (frozenset({"bad_field"})),
            )
        return dump({"id": aid, "text": value}), kind, frozenset({"bad_field"})
    if kind == "id_type":
        return (
            dump({**good, "id": rng.choice([1.5, True, [1], {"a": 1}])}),
            kind,
            frozenset({"bad_field"}),
        )
    if kind == "int_id":
        return dump({**good, "id": rng.randrange(-(10**30), 10**30)}), kind, OK
    if kind == "title_type":
        return (
            dump({**good, "title": rng.choice([5, ["t"], {"t": 1}])}),
            kind,
            frozenset({"bad_field"}),
        )
    if kind == "bad_date":  # a problem row, and the article stored without the date
        bad = rng.choice(["2023-13-45", "yesterday", "99999", "2023-02-29", "", "2023-9-1"])
        return dump({**good, "published": bad}), kind, OK
    if kind == "huge_id":
        return (
            dump({**good, "id": "x" * rng.randint(1_001, 20_000)}),
            kind,
            frozenset({"bad_field"}),
        )
    if kind == "huge_title":
        return dump({**good, "title": "T" * rng.randint(2_001, 50_000)}), kind, OK
    if kind == "odd_url":
        url = rng.choice(["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                          "https://example.com/" + "a" * 10_000, "not a url", "//evil.example"])  # fmt: skip
        return dump({**good, "url": url}), kind, OK
    if kind == "nul_text":
        return dump({**good, "text": text.replace(" ", "\x00", 3), "title": "a\x00b"}), kind, OK
    if kind == "surrogate":
        quoted = json.dumps(text[:300])[:-1] + ' \\ud800 \\udfff \\udc00\\ud800 end"'
        return f'{{"id": "{aid}", "text": {quoted}, "title": "\\ud83d"}}'.encode(), kind, OK
    if kind == "text_file_bad":
        return (
            dump({"id": aid, "text_file": rng.choice(_TEXT_FILE_BAD)}),
            kind,
            frozenset({"bad_field"}),
        )
    if kind == "text_file_missing":
        return (
            dump({"id": aid, "text_file": rng.choice(_TEXT_FILE_ABSENT)}),
            kind,
            frozenset({"not_found"}),
        )
    if kind == "invalid_utf8":
        raw = dump(good)
        at = rng.randrange(10, len(raw) - 2)
        return (
            raw[:at] + rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80"]) + raw[at:],
            kind,
            (frozenset({"undecodable"})),
        )
    if kind == "binary":
        raw = dump(good)
        at = rng.randrange(len(raw))
        return raw[:at] + b"\x00" + raw[at:], kind, frozenset({"binary"})
    if kind == "deep":
        depth = rng.choice([2_000, 20_000, 100_000])
        return b"[" * depth + b"]" * rng.choice([0, depth]), kind, frozenset({"malformed_json"})
    if kind == "deep_meta":
        depth = rng.randint(50, 400)
        return (
            dump(good)[:-1] + b', "extra": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"
        ), kind, OK  # fmt: skip
    if kind == "huge_meta":
        return dump({**good, "extra": "m" * rng.randint(100_001, 300_000)}), kind, OK
    if kind == "id_conflict" and ids:
        return dump({"id": rng.choice(ids), "text": text}), kind, frozenset({"id_conflict"})
    if kind == "crlf":
        return dump(good) + b"\r", kind, OK
    return dump(good), "ok", OK


def _jsonl_files(w: _Writer, n: int, per_file: int = 100) -> None:
    ids: list[str] = []
    while n > 0:
        k = min(per_file, n)
        path = w.path("jsonl", w.rng.choice([".jsonl", ".ndjson"]))
        lines: list[bytes] = []
        number = 0
        for i in range(k):
            if w.rng.random() < 0.05:  # blank lines are not inputs
                lines.append(w.rng.choice([b"", b"   ", b"\t"]))
                number += 1
            line, kind, expect = _json_line(w, i, ids)
            lines.append(line)
            number += 1
            w.units.append(Unit(_name(path, number), kind, expect))
        data = b"\n".join(lines) + b"\n"
        if w.rng.random() < 0.1:
            data = b"\xef\xbb\xbf" + data
        path.write_bytes(data)
        n -= k


def _json_files(w: _Writer, n: int) -> None:
    rng = w.rng
    while n > 0:
        kind = rng.choice(["object", "list", "empty_list", "scalar", "invalid", "deep", "empty"])
        path = w.path("json", ".json")
        name = _name(path)
        if kind == "object":
            text = w.unique(article_text(rng, "en", 3))
            path.write_text(json.dumps({"id": f"o{w.count}", "text": text}), encoding="utf-8")
            w.units.append(Unit(name, "json:object", OK))
            n -= 1
        elif kind == "list":
            items: list[Any] = []
            for i in range(rng.randint(1, 6)):
                if rng.random() < 0.6:
                    text = w.unique(article_text(rng, "it", 2))
                    items.append({"id": f"l{w.count}-{i}", "text": text})
                    w.units.append(Unit(name, "json:item", OK))
                else:
                    items.append(rng.choice([1, "x", None, [], {"id": 1}]))
                    bad = "missing_text" if isinstance(items[-1], dict) else "malformed_json"
                    w.units.append(Unit(name, "json:bad_item", frozenset({bad})))
                n -= 1
            path.write_text(json.dumps(items), encoding="utf-8")
        else:
            data, expect = {
                "empty_list": (b"[]", "empty"),
                "scalar": (b'"just a string"', "malformed_json"),
                "invalid": (b'{"text": "a", ', "malformed_json"),
                "deep": (b"[" * 50_000, "malformed_json"),
                "empty": (b"  \n", "empty"),
            }[kind]
            path.write_bytes(data)
            w.units.append(Unit(name, f"json:{kind}", frozenset({expect})))
            n -= 1


# ---------------------------------------------------------------- HTML and feeds


def _page(rng: random.Random, text: str, w: _Writer) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Notizia &amp; "
        "<script>alert(1)</script></title><link rel='canonical' href='javascript:alert(2)'>"
        "<script src='http://127.0.0.9/t.js'></script></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Titolo {w.count}</h1>{paras}<img src=x onerror=alert(3)>"
        "<iframe src='http://127.0.0.9/'></iframe></article></body></html>"
    ).encode()


def _html_files(w: _Writer, n: int) -> None:
    rng = w.rng
    for _ in range(n):
        kind = rng.choice(["page", "page", "no_text", "entities", "deep", "binary", "attrs",
                           "unclosed", "svg"])  # fmt: skip
        text = w.unique(article_text(rng, rng.choice(["it", "en"]), rng.randint(3, 8)))
        if kind == "page":
            w.file("html", rng.choice([".html", ".htm"]), _page(rng, text, w), "html:page", OK)
        elif kind == "no_text":
            data = b"<html><head><script>var a = 1;</script><style>p{}</style></head><body></body>"
            w.file("html", ".html", data, "html:no_text", frozenset({"empty", "unreadable"}))
        elif kind == "entities":
            data = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;&b;</p>'
                    b"</body></html>")  # fmt: skip
            w.file("html", ".html", data, "html:entities", frozenset({"unreadable"}))
        elif kind == "deep":
            depth = rng.choice([500, 5_000, w.sizes.pick(100_000, 20_000)])
            data = b"<div>" * depth + f"<p>{text}</p>".encode() + b"</div>" * depth
            w.file("html", ".html", data, "html:deep", MARKUP)
        elif kind == "binary":
            blob = bytes(rng.randrange(256) for _ in range(rng.randint(100, 5000)))
            w.file("html", ".html", blob, "html:binary", MARKUP)
        elif kind == "attrs":
            attr = "x" * rng.randint(10_000, 200_000)
            data = f"<html><body><p title='{attr}'>{text}</p></body></html>".encode()
            w.file("html", ".html", data, "html:huge_attribute", MARKUP)
        elif kind == "unclosed":
            data = ("<html><body><p><b><i><table><tr><td>" + text + "<p><li><ul>").encode()
            w.file("html", ".html", data, "html:unclosed", MARKUP)
        else:
            w.file("html", ".html", b"<svg><p><p>" + text.encode(), "html:svg", MARKUP)


def _feed_files(w: _Writer, n: int) -> None:
    rng = w.rng
    while n > 0:
        kind = rng.choice(["rss", "rss", "atom", "laughs", "xxe", "gzip", "deep", "not_a_feed"])
        if kind in ("rss", "atom"):
            k = rng.randint(1, 6)
            path = w.path("feeds", ".rss" if kind == "rss" else ".atom")
            items = []
            for j in range(1, k + 1):
                empty = rng.random() < 0.15
                text = "" if empty else w.unique(article_text(rng, "en", rng.randint(1, 4)))
                body = (text.replace("&", "&amp;").replace("<", "&lt;") + " &lt;script&gt;"
                        "alert(1)&lt;/script&gt;") if text else ""  # fmt: skip
                if kind == "rss":
                    items.append(f"<item><title>&lt;b&gt;T{j}</title><link>javascript:alert({j})"
                                 f"</link><guid>g{w.count}-{j}</guid><description>{body}"
                                 "</description></item>")  # fmt: skip
                else:
                    items.append(f"<entry><title>T{j}</title><id>e{w.count}-{j}</id>"
                                 f"<content type='html'>{body}</content></entry>")  # fmt: skip
                w.units.append(
                    Unit(
                        _name(path, j), f"feed:{kind}", frozenset({"missing_text"}) if empty else OK
                    )
                )
            if kind == "rss":
                doc = ("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
                       f"<language>en</language>{''.join(items)}</channel></rss>")  # fmt: skip
            else:
                doc = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                       f"<title>W</title>{''.join(items)}</feed>")  # fmt: skip
            path.write_text(doc, encoding="utf-8")
            n -= k
            continue
        if kind == "laughs":
            ents = '<!ENTITY l0 "lol">' + "".join(
                f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
            )
            data = (f"<?xml version='1.0'?><!DOCTYPE rss [{ents}]><rss><channel><item>"
                    "<description>&l9;</description></item></channel></rss>").encode()  # fmt: skip
            expect = frozenset({"unreadable"})
        elif kind == "xxe":
            data = (b"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                    b"<rss><channel><item><description>&x;</description></item></channel></rss>")  # fmt: skip
            expect = frozenset({"unreadable"})
        elif kind == "gzip":  # 20 MB of zeros in ~20 KB: nothing decompresses it
            data = gzip.compress(b"\0" * w.sizes.pick(20_000_000, 1_000_000), compresslevel=9)
            expect = frozenset({"empty", "unreadable"})
        elif kind == "deep":
            depth = w.sizes.pick(100_000, 10_000)
            data = b"<rss><channel>" + b"<x>" * depth + b"</x>" * depth + b"</channel></rss>"
            expect = frozenset({"empty", "unreadable"})
        else:
            data = b"This is not a feed, just words."
            expect = frozenset({"empty", "unreadable"})
        w.file("feeds", rng.choice([".rss", ".xml", ".atom"]), data, f"feed:{kind}", expect)
        n -= 1


def _special_files(w: _Writer) -> None:
    """A pipe, a broken link and a link back up (POSIX): reported, never opened or looped."""
    if os.name != "posix":
        return
    folder = w.folder / "special"
    folder.mkdir(exist_ok=True)
    os.mkfifo(folder / "pipe.txt")
    w.units.append(Unit(_name(folder / "pipe.txt"), "special:pipe", frozenset({"not_a_file"})))
    (folder / "broken.txt").symlink_to(w.folder / "nowhere.txt")
    w.units.append(Unit(_name(folder / "broken.txt"), "special:broken_link",
                        frozenset({"not_found"})))  # fmt: skip
    (folder / "up").symlink_to("..")
    w.units.append(Unit(_name(folder / "up"), "special:link_loop", frozenset({"not_a_file"})))
    odd = folder / "odd name ñ 名前 \u202e.txt"
    odd.write_text(w.unique("An article in a file with an odd name."), encoding="utf-8")
    w.units.append(Unit(_name(odd), "special:odd_file_name", OK))
    undecodable = os.fsdecode(bytes(folder) + b"/bad-\xff-name.txt")
    Path(undecodable).write_text(w.unique("A file name that is not UTF-8."), encoding="utf-8")
    w.units.append(Unit(_name(Path(undecodable)), "special:undecodable_file_name", OK))


def generate(folder: Path, n: int, *, seed: int = 10, big: bool = True) -> list[Unit]:
    """Write about ``n`` bad or odd inputs under ``folder``; return one Unit per input."""
    folder.mkdir(parents=True, exist_ok=True)
    w = _Writer(folder, random.Random(seed), Sizes(big))
    _pathological_files(w)
    _special_files(w)
    rest = max(n - len(w.units), 0)
    _text_files(w, rest * 20 // 100)
    _json_files(w, rest * 5 // 100)
    _html_files(w, rest * 5 // 100)
    _feed_files(w, rest * 5 // 100)
    _jsonl_files(w, max(n - len(w.units), 0))
    return w.units


# ---------------------------------------------------------------- run and check


@dataclass
class Report:
    """What a fuzz run did and what it found."""

    inputs: int = 0
    manifest_rows: int = 0
    seconds: float = 0.0
    timeout: float = 0.0
    crash: str | None = None
    missing: list[Unit] = field(default_factory=list)
    unexpected: list[tuple[Unit, str, str]] = field(default_factory=list)
    hangs: list[tuple[str, float]] = field(default_factory=list)
    slow_reads: list[tuple[str, float]] = field(default_factory=list)
    extractions: int = 0
    extraction_seconds: float = 0.0
    slowest: list[tuple[float, str]] = field(default_factory=list)
    outcomes: Counter = field(default_factory=Counter)
    by_kind: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    max_rss_mb: float = 0.0
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.crash or self.missing or self.unexpected or self.hangs)

    def problems(self, limit: int = 10) -> str:
        """The first findings, one per line (for assertion messages)."""
        lines = [f"crash: {self.crash}"] if self.crash else []
        lines += [f"missing from the manifest: {u.name} ({u.kind})" for u in self.missing[:limit]]
        lines += [f"{u.kind} {u.name}: {got} (expected {sorted(u.expect)}): {msg}"
                  for u, got, msg in self.unexpected[:limit]]  # fmt: skip
        lines += [f"hang: {name} {s:.1f} s" for name, s in self.hangs[:limit]]
        return "\n".join(lines)


#: Extra seconds past the timeout before an extraction counts as a hang (the watchdog
#: interrupts Python code at its next instruction; one C call finishes first).
GRACE = 5.0
#: Longest acceptable read of one input (seconds).
READ_LIMIT = 60.0


def _timed_items(items: Iterator[Any], report: Report) -> Iterator[Any]:
    while True:
        t = time.perf_counter()
        try:
            item = next(items)
        except StopIteration:
            return
        took = time.perf_counter() - t
        if took > READ_LIMIT:
            report.slow_reads.append((getattr(item, "source", None) or str(item), took))
        yield item


def run(
    folder: Path,
    units: list[Unit],
    *,
    timeout: float = 20.0,
    sizes: Sizes | None = None,
    db: str = ":memory:",
    batch_size: int = 64,
    on_progress: Callable[[Any], None] | None = None,
    hang_exit: bool = False,
) -> Report:
    """Ingest ``folder`` under the limits and check the manifest against ``units``.

    ``hang_exit``: if one extraction outlives the timeout by far (a C call that never
    returns), dump every thread's stack and exit the process (benchmarks; never in tests).
    """
    import faulthandler

    from eventwire import limits
    from eventwire.ingest import default_extractor, ingest_articles
    from eventwire.parallel import input_items
    from eventwire.store import open_store

    sizes = sizes or Sizes(big=True)
    report = Report(inputs=len(units), timeout=timeout)
    started = time.perf_counter()
    store = open_store(db)
    summary = None
    times: list[tuple[float, str]] = []

    def extractor(art: Any) -> Any:
        if hang_exit:
            faulthandler.dump_traceback_later(timeout * 3 + 60, exit=True)
        t = time.perf_counter()
        try:
            return default_extractor(art)
        finally:
            took = time.perf_counter() - t
            if hang_exit:
                faulthandler.cancel_dump_traceback_later()
            times.append((took, art.source or art.id))

    try:
        with limits.using(
            timeout=timeout, max_article_chars=sizes.max_article_chars, oversize="truncate"
        ):
            items = input_items([str(folder)], max_bytes=sizes.max_bytes)
            summary = ingest_articles(
                store,
                _timed_items(iter(items), report),
                inputs=[str(folder)],
                batch_size=batch_size,
                extractor=extractor,
                on_progress=on_progress,
            )
    except BaseException:  # noqa: BLE001  (a crash is the finding)
        report.crash = traceback.format_exc()
    report.seconds = time.perf_counter() - started
    report.max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report.extractions = len(times)
    report.extraction_seconds = sum(t for t, _ in times)
    report.slowest = sorted(times, reverse=True)[:10]
    report.hangs = [(name, t) for t, name in times if t > timeout + GRACE]
    if summary is not None:
        report.summary = summary.to_dict()
        _check(store, summary.run_id, units, report)
    store.close()
    return report


def _check(store: Any, run_id: str, units: list[Unit], report: Report) -> None:
    rows = store.rows(
        "SELECT input, status, reason, message FROM run_inputs WHERE run_id = ? ORDER BY seq",
        [run_id],
    )
    report.manifest_rows = len(rows)
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, status, reason, message in rows:
        outcome = status if status in ("stored", "duplicate") else reason
        report.outcomes[outcome] += 1
        by_name[name].append((outcome, message or ""))
    for name in list(by_name):  # a file's problem at line N is named "file:N"
        head, _, line = name.rpartition(":")
        if line.isdigit() and head:
            by_name[head].extend(by_name[name])
    for unit in units:
        got = by_name.get(unit.name) or []
        if not got:
            report.missing.append(unit)
            continue
        pick = next((i for i, (o, _) in enumerate(got) if o in unit.expect), None)
        if pick is None:
            outcome, message = got.pop(0)
            report.unexpected.append((unit, outcome, message))
            report.by_kind[unit.kind][f"UNEXPECTED {outcome}"] += 1
            continue
        else:
            outcome, _ = got.pop(pick)
        report.by_kind[unit.kind][outcome] += 1


def run_cli(
    folder: Path,
    units: list[Unit],
    db: Path,
    *,
    timeout: float = 20.0,
    sizes: Sizes | None = None,
    workers: int | None = None,
    wall: float = 7200.0,
) -> Report:
    """The same check with the real command, ``eventwire ingest FOLDER`` in a subprocess
    (worker processes, the CLI's limits options), the manifest read from its DuckDB store
    ``db``. Hangs: the command not finishing within ``wall`` seconds."""
    import subprocess
    import sys

    from eventwire.store import open_store

    sizes = sizes or Sizes(big=True)
    report = Report(inputs=len(units), timeout=timeout)
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(folder), "--db", str(db),
           "--timeout", f"{timeout:g}", "--max-bytes", str(sizes.max_bytes),
           "--max-article-chars", str(sizes.max_article_chars), "--json", "--no-progress"]  # fmt: skip
    if workers:
        cmd += ["--workers", str(workers)]
    started = time.perf_counter()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=wall)
    except subprocess.TimeoutExpired:
        report.hangs.append((str(folder), time.perf_counter() - started))
        return report
    report.seconds = time.perf_counter() - started
    if done.returncode != 0 or "Traceback" in done.stderr:
        report.crash = f"exit {done.returncode}: {done.stderr[-3000:]}"
        return report
    report.summary = json.loads(done.stdout.strip().splitlines()[-1])
    with open_store(db, read_only=True) as store:
        _check(store, report.summary["run_id"], units, report)
    return report
