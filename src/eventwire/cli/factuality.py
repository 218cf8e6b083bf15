"""CLI commands for this area (filled by the issue that owns it)."""

from __future__ import annotations

from eventwire.cli.app import app  # noqa: F401
