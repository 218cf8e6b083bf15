"""The shipped actor table matches what ``eventwire kb build`` makes from ../shared/data."""

from __future__ import annotations

import json

import pytest

from eventwire.cli.kb import default_shared
from eventwire.kb.build_actors import ARTIFACT, build, load_artifact

SHARED = default_shared()


def test_every_entry_keeps_its_source() -> None:
    data = load_artifact()
    assert data["entries"]
    assert all(e[7] for e in data["entries"]), "an entry without a source"
    sources = {e[7].split(":", 1)[0] for e in data["entries"]}
    assert any(s.startswith("phoenix/") for s in sources)
    assert any(s.startswith("pycountry") for s in sources)
    assert (ARTIFACT.parent / "actors.SOURCE.txt").read_text().count("MIT") >= 1


@pytest.mark.skipif(
    not (SHARED / "phoenix" / "Phoenix.Countries.actors.txt").exists(),
    reason="needs ../shared/data (Phoenix, PLOVER, GeoNames, ISTAT sources)",
)
def test_shipped_table_matches_a_fresh_build() -> None:
    pytest.importorskip("pycountry")
    fresh = build(SHARED)
    shipped = load_artifact()
    if json.dumps(fresh, sort_keys=True) != json.dumps(shipped, sort_keys=True):
        changed = {k for k in fresh if fresh[k] != shipped.get(k)}
        pytest.fail(
            f"data/actors.json.gz drifted from ../shared ({changed}): run `eventwire kb build`"
        )
