"""Readers: every input (files, directories, stdin, HTML, feeds) becomes Article objects."""

from __future__ import annotations

from eventwire.sources.files import (
    DEFAULT_MAX_BYTES,
    REASONS,
    InputError,
    InputProblem,
    expand_paths,
    normalize_language,
    print_problem,
    read_articles,
    split_header,
    validate_published,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "REASONS",
    "InputError",
    "InputProblem",
    "expand_paths",
    "normalize_language",
    "print_problem",
    "read_articles",
    "split_header",
    "validate_published",
]
