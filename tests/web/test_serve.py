"""``eventwire serve``: options, the token, localhost by default (uvicorn itself is stubbed)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.serve import is_loopback
from eventwire.store import open_store

from . import _fixture


@pytest.fixture
def runs(monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: calls.append((web, kw)))
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    return calls


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    store = open_store(str(path))
    _fixture.fill(store)
    store.close()
    return str(path)


def test_serves_read_only_on_localhost_by_default(runs, db):
    r = CliRunner().invoke(app, ["serve", "--db", db, "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert "http://127.0.0.1:8123/" in r.output and "writes disabled" in r.output
    (web, kw) = runs[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8123
    state = web.state.eventwire
    assert state.token is None and state.writable is False
    state.store.close()


def test_token_file_enables_writes(runs, db, tmp_path):
    tok = tmp_path / "token"
    tok.write_text("s3cret-token-for-the-test\n")
    r = CliRunner().invoke(app, ["serve", "--db", db, "--token-file", str(tok)])
    assert r.exit_code == 0, r.output
    assert "writes enabled" in r.output and "s3cret" not in r.output
    state = runs[0][0].state.eventwire
    assert state.token == "s3cret-token-for-the-test" and state.writable
    state.store.close()


def test_bad_tokens_and_stores_get_clear_messages(runs, db, tmp_path):
    short = tmp_path / "short"
    short.write_text("abc\n")
    r = CliRunner().invoke(app, ["serve", "--db", db, "--token-file", str(short)])
    assert r.exit_code != 0 and "at least 16 characters" in r.output
    r = CliRunner().invoke(app, ["serve", "--db", db, "--token-file", str(tmp_path / "none")])
    assert r.exit_code != 0 and "none" in r.output
    missing = str(tmp_path / "missing.duckdb")
    r = CliRunner().invoke(app, ["serve", "--db", missing])
    assert r.exit_code == 1 and "no such store" in r.output
    assert runs == []


def test_other_addresses_get_a_warning(runs, db):
    r = CliRunner().invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert r.exit_code == 0
    assert "reachable from other machines" in r.output
    runs[0][0].state.eventwire.store.close()


@pytest.mark.parametrize(
    "host, local",
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.10", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_addresses(host, local):
    assert is_loopback(host) is local
