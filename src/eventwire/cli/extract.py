"""CLI: eventwire extract (filled by the core issue's I/O work)."""

from __future__ import annotations

from eventwire.cli.app import app  # noqa: F401
