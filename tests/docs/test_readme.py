"""The README documents every command the CLI offers."""

from __future__ import annotations

from pathlib import Path

import typer.main

from eventwire.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [
        c
        for c in _commands()
        if f"`eventwire {c}" not in text and f"`{c}`" not in text and f", `{c}" not in text
    ]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_has_help():
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        assert (cmd.help or cmd.short_help or "").strip(), f"{name} has no help text"
