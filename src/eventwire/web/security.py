"""Security of the web app: strict headers on every response, bounded request bodies, the
write token.

- Content-Security-Policy allows scripts, styles, images and requests from this origin only:
  the page never loads anything from another host and runs no inline script.
- Request bodies larger than the configured bound are refused with 413, whether announced by
  ``Content-Length`` or streamed.
- Writes (``POST /api/articles``) need ``Authorization: Bearer <token>``, compared in constant
  time; with no token configured they are refused.
- A request that fails validation is answered 422 with where and why, never with the value
  sent back (:func:`validation_errors`): a hostile body is not echoed, and values JSON cannot
  hold (lone surrogates, infinite numbers) cannot turn the answer into a 500.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from starlette.exceptions import HTTPException

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """ASGI middleware adding :data:`HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, add_headers)


class _TooLarge(HTTPException):
    """Raised while reading a streamed body past the bound (the app answers 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit:,} bytes")


async def _refuse(send: Send, limit: int, status: int = 413) -> None:
    detail = (
        f"request body larger than {limit:,} bytes"
        if status == 413
        else "malformed Content-Length header"
    )
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k.lower() == b"content-length":
                if not v.strip().isdigit():  # "-1", "abc", "1e3": not a length
                    await _refuse(send, self.max_bytes, 400)
                    return
                if int(v) > self.max_bytes:
                    await _refuse(send, self.max_bytes)
                    return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except _TooLarge:
            if not started:
                await _refuse(send, self.max_bytes)


def validation_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Pydantic/FastAPI validation errors as ``{type, loc, msg}``: no input value, no context
    objects, strings fit for JSON (a lone surrogate in a key or message becomes U+FFFD)."""

    def text(value: Any, limit: int = 500) -> str:
        return _SURROGATES.sub("\ufffd", str(value))[:limit]

    out = []
    for e in errors:
        loc = [p if isinstance(p, int) and not isinstance(p, bool) else text(p, 200)
               for p in (e.get("loc") or ())]  # fmt: skip
        out.append({"type": text(e.get("type", "")), "loc": loc, "msg": text(e.get("msg", ""))})
    return out


_SURROGATES = re.compile("[\ud800-\udfff]")


def token_matches(configured: str, authorization: str | None) -> bool:
    """True when an ``Authorization: Bearer <token>`` header carries the configured token."""
    if not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode(), configured.encode())


def read_token_file(path: str) -> str:
    """The token in a file (first line, stripped); ValueError with the file's name if empty."""
    with open(path, encoding="utf-8") as fh:
        token = fh.readline().strip()
    if len(token) < 16:
        raise ValueError(f"{path}: the token must be at least 16 characters on the first line")
    return token
