"""Load a language's time vocabulary and rules from ``timex/resources/<lang>/``.

Three kinds of file, one folder each (HeidelTime's layout; see ``resources/README.md``):

- ``repattern/<name>.txt``: a word list, one regex alternative per line; rules cite it as
  ``%name``. A header line ``# HOT: yes`` marks lists whose words announce a time
  expression (the tagger looks for rules only around them and around digits).
- ``normalization/<name>.txt``: ``surface<TAB>value`` lines; rules cite it as ``{group:name}``.
- ``rules/*.txt``: rules, in blocks of ``key: value`` lines (see ``resources/README.md``).

Lines starting with ``#`` are comments; the engine never names a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.cache import compile_regex

RESOURCE_DIR = Path(__file__).with_name("resources")

TYPES = ("DATE", "TIME", "DURATION", "SET", "NONE")
_RULE_KEYS = {
    "rule",
    "type",
    "pattern",
    "value",
    "example",
    "mod",
    "bounds",
    "role",
    "flags",
}


class ResourceError(ValueError):
    """A resource file that cannot be read: names the file, the line and the problem."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass
class Rule:
    """One extraction rule (see ``resources/README.md``)."""

    name: str
    type: str
    pattern: str
    value: str
    source: str
    examples: list[str] = field(default_factory=list)
    mod: str | None = None
    bounds: str | None = None
    role: str | None = None
    flags: str = ""
    regex: re.Pattern[str] | None = None


@dataclass
class Resources:
    """Everything one language folder holds."""

    lang: str
    lists: dict[str, list[str]]
    hot_lists: set[str]
    maps: dict[str, dict[str, str]]
    rules: list[Rule]


def norm_key(s: str) -> str:
    """How map keys and looked-up text are compared: lower case, no dots, single spaces."""
    return " ".join(s.lower().replace(".", "").replace("’", "'").split())


def _lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ResourceError(path, None, f"not UTF-8 ({err})") from err
    return list(enumerate(text.splitlines(), start=1))


def load_list(path: Path) -> tuple[list[str], bool]:
    """Entries of a word list and whether it is HOT."""
    entries, hot = [], False
    for n, line in _lines(path):
        if line.startswith("#"):
            if re.match(r"#\s*HOT:\s*yes\b", line, re.I):
                hot = True
            continue
        if not line.strip():
            continue
        entry = line.rstrip("\n")
        if entry != entry.strip():
            raise ResourceError(path, n, f"entry {entry!r} has leading or trailing spaces")
        try:
            compile_regex(entry)  # (remembered between runs: see eventwire.cache)
        except re.error as err:
            raise ResourceError(path, n, f"entry {entry!r} is not a valid regex: {err}") from err
        entries.append(entry)
    if not entries:
        raise ResourceError(path, None, "the list is empty")
    return entries, hot


def load_map(path: Path) -> dict[str, str]:
    """A normalization map ``surface -> value`` (keys compared with ``norm_key``)."""
    out: dict[str, str] = {}
    for n, line in _lines(path):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise ResourceError(path, n, "expected 'surface<TAB>value'")
        key = norm_key(parts[0])
        if key in out and out[key] != parts[1].strip():
            raise ResourceError(path, n, f"{parts[0]!r} is mapped twice")
        out[key] = parts[1].strip()
    return out


def load_rules(path: Path) -> list[Rule]:
    """The rules of one rules file, in file order."""
    rules: list[Rule] = []
    block: dict[str, list[str]] = {}
    start = 0

    def close() -> None:
        if not block:
            return
        for key in ("rule", "type", "pattern"):
            if key not in block:
                raise ResourceError(path, start, f"rule block without '{key}:'")
        typ = block["type"][0]
        if typ not in TYPES:
            raise ResourceError(path, start, f"type {typ!r} is not one of {', '.join(TYPES)}")
        if typ != "NONE" and "value" not in block:
            raise ResourceError(path, start, "rule block without 'value:'")
        rules.append(
            Rule(
                name=block["rule"][0],
                type=typ,
                pattern="".join(block["pattern"]),
                value=block.get("value", [""])[0],
                source=f"{path.name}:{start}",
                examples=block.get("example", []),
                mod=block.get("mod", [None])[0],
                bounds=block.get("bounds", [None])[0],
                role=block.get("role", [None])[0],
                flags=block.get("flags", [""])[0],
            )
        )
        block.clear()

    for n, line in _lines(path):
        if line.startswith("#"):
            continue
        if not line.strip():
            close()
            continue
        m = re.match(r"^([a-z]+):\s?(.*)$", line)
        if not m or m.group(1) not in _RULE_KEYS:
            raise ResourceError(path, n, f"expected 'key: value' with key in {sorted(_RULE_KEYS)}")
        if not block:
            start = n
        key, val = m.group(1), m.group(2)
        if key != "pattern":
            val = val.strip()
        if key in block and key not in ("pattern", "example"):
            raise ResourceError(path, n, f"'{key}:' given twice in one rule")
        block.setdefault(key, []).append(val)
    close()
    return rules


def load(lang: str, root: Path | None = None) -> Resources:
    """All resources of a language folder."""
    base = (root or RESOURCE_DIR) / lang
    if not base.is_dir():
        raise ResourceError(base, None, f"no time resources for language {lang!r}")
    lists: dict[str, list[str]] = {}
    hot: set[str] = set()
    for p in sorted((base / "repattern").glob("*.txt")):
        lists[p.stem], is_hot = load_list(p)
        if is_hot:
            hot.add(p.stem)
    maps = {p.stem: load_map(p) for p in sorted((base / "normalization").glob("*.txt"))}
    rules: list[Rule] = []
    for p in sorted((base / "rules").glob("*.txt")):
        rules.extend(load_rules(p))
    if not rules:
        raise ResourceError(base / "rules", None, "no rules")
    names = [r.name for r in rules]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise ResourceError(base / "rules", None, f"rule names used twice: {sorted(dup)}")
    return Resources(lang, lists, hot, maps, rules)


def available_languages(root: Path | None = None) -> list[str]:
    """Languages that have a resource folder."""
    base = root or RESOURCE_DIR
    return sorted(p.name for p in base.iterdir() if (p / "rules").is_dir())
