"""The Typer application every CLI module registers its commands on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="eventwire",
    help="Political events (PLOVER) from news articles in Italian and English.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
