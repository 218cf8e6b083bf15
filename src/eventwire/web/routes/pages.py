"""The web page and the API docs page: static HTML shells (data arrives as JSON and is put
in the page as text by the scripts, never as markup)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


@cache
def _template(name: str) -> str:
    return resources.files("eventwire.web").joinpath("templates", name).read_text("utf-8")


def _page(name: str) -> HTMLResponse:
    return HTMLResponse(_template(name), headers={"Cache-Control": "no-cache"})


@router.get("/", response_class=HTMLResponse)
def index() -> HTMLResponse:
    """The explorer: filters, timeline, map, actor network, event list, event view."""
    return _page("index.html")


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    """The API reference, drawn from /openapi.json by a local script."""
    return _page("docs.html")
