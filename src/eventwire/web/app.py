"""The web app: FastAPI wiring of the API routes, the page, static assets and security.

``create_app(store)`` serves an open store; ``create_app(db=URL)`` opens one (read-only
unless a write token is set) and closes it on shutdown. ``eventwire serve`` runs it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventwire.store.base import SQLStore
from eventwire.web.deps import MAX_BODY, MAX_PAGE, Extractor, WebState
from eventwire.web.routes import articles, events, extract, pages
from eventwire.web.security import BodyLimit, SecurityHeaders, validation_errors

DESCRIPTION = (
    "Political events (PLOVER) extracted from news articles, as story-level events with the "
    "sentences they come from. Filters are those of `eventwire events`. Writes need the "
    "operator's token (`Authorization: Bearer ...`)."
)

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")


def create_app(
    store: SQLStore | None = None,
    *,
    db: str | None = None,
    token: str | None = None,
    writable: bool | None = None,
    max_body: int = MAX_BODY,
    max_page: int = MAX_PAGE,
    allowed_hosts: Sequence[str] | None = None,
    extractor: Extractor | None = None,
) -> FastAPI:
    """The eventwire web app over ``store`` (or the store at ``db``).

    ``token`` enables ``POST /api/articles``; ``allowed_hosts`` restricts the Host header
    (``eventwire serve`` passes the loopback names when bound to localhost).
    """
    from eventwire import __version__

    owns = store is None
    if store is None:
        from eventwire.store import open_store

        store = open_store(db, read_only=not token)
    state = WebState(
        store=store,
        token=token or None,
        writable=(bool(token) if writable is None else writable),
        max_page=max_page,
        extractor=extractor,
        owns_store=owns,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.eventwire = state

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_errors(exc.errors())}, status_code=422)

    for module in (events, articles, extract, pages):
        app.include_router(module.router)
    static = Path(str(resources.files("eventwire.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    return app
