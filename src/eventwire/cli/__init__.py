"""Command line: a thin layer over the library (one module per command group)."""

from __future__ import annotations

from eventwire.cli import (  # noqa: F401  (imported for their @app.command registrations)
    evaluate,
    extract,
    factuality,
    kb,
    places,
    serve,
    store,
    timex,
)
from eventwire.cli.app import app


def main() -> None:
    """Entry point of the ``eventwire`` console script."""
    app()
