"""Language identification restricted to the supported languages (py3langid)."""

from __future__ import annotations

import functools

SUPPORTED = ("it", "en")


@functools.cache
def _identifier():  # noqa: ANN202
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    ident.set_languages(list(SUPPORTED))
    return ident


def detect(text: str, default: str = "en") -> str:
    """``it`` or ``en`` for ``text``; ``default`` when the text has no letters."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        return default
    lang, _ = _identifier().classify(sample)
    return lang
