"""The REST API and web page (``eventwire serve``); needs the ``web`` extra."""

from __future__ import annotations

from eventwire.web.app import create_app

__all__ = ["create_app"]
