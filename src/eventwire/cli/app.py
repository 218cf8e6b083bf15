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


@app.command()
def version() -> None:
    """Print the eventwire version."""
    from eventwire import __version__

    typer.echo(__version__)


@app.callback()
def _root() -> None:
    """Political events (PLOVER) from news articles in Italian and English."""
