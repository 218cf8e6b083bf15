"""CLI: ``serve`` -- the REST API and the web page over a store."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import app

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _token(token_file: Path | None) -> str | None:
    from eventwire.web.security import read_token_file

    if token_file is not None:
        try:
            return read_token_file(str(token_file))
        except OSError as exc:
            raise typer.BadParameter(f"{token_file}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    value = os.environ.get("EVENTWIRE_TOKEN", "").strip()
    if value and len(value) < 16:
        raise typer.BadParameter("EVENTWIRE_TOKEN must be at least 16 characters")
    return value or None


def _without_password(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        return urlunsplit(parts._replace(netloc=parts.netloc.replace(parts.password, "***")))
    return url


@app.command()
def serve(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store: a DuckDB file (default eventwire.duckdb, or $EVENTWIRE_DB) or "
            "postgresql://...",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (this machine only by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port.")] = 8000,
    token_file: Annotated[
        Path | None,
        typer.Option(
            "--token-file",
            help="File whose first line is the token that enables POST /api/articles "
            "(else $EVENTWIRE_TOKEN; with neither, the server is read-only).",
        ),
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "warning",
) -> None:
    """Serve the API (/api, /docs) and the web page over a store."""
    try:
        import uvicorn

        from eventwire.web import create_app
    except ImportError:
        typer.echo("eventwire: serve needs the web extra: pip install 'eventwire[web]'", err=True)
        raise typer.Exit(1) from None
    from eventwire.store import StoreError

    token = _token(token_file)
    local = is_loopback(host)
    try:
        web = create_app(
            db=db,
            token=token,
            allowed_hosts=[*LOOPBACK_NAMES, "[::1]"] if local else None,
        )
    except StoreError as exc:
        typer.echo(f"eventwire: {exc}", err=True)
        raise typer.Exit(1) from None
    if not local:
        typer.echo(
            f"eventwire: warning: listening on {host}: the store is reachable from other machines",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    target = db or os.environ.get("EVENTWIRE_DB") or "eventwire.duckdb"
    typer.echo(f"eventwire: serving {_without_password(target)}")
    typer.echo(f"  page  http://{shown}:{port}/")
    typer.echo(f"  API   http://{shown}:{port}/docs")
    typer.echo(
        "  writes " + ("enabled (POST /api/articles with the token)" if token else "disabled")
    )
    uvicorn.run(
        web,
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=64,
    )
