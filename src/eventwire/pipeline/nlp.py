"""Build the eventwire spaCy pipeline for a language (blank model + our components)."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.pipeline import extensions  # noqa: F401

SUPPORTED_LANGUAGES: tuple[str, ...] = ("it", "en")

#: Components in data-flow order (each a ``@Language.factory`` in ``eventwire.pipeline``).
COMPONENTS: tuple[str, ...] = (
    "eventwire_sentences",
    "eventwire_actors",
    "eventwire_places",
    "eventwire_timex",
    "eventwire_triggers",
    "eventwire_events",
)


def _register_factories() -> None:
    # Importing the modules runs their @Language.factory decorators.
    from eventwire.pipeline import (  # noqa: F401
        actors,
        events,
        lemmas,
        places,
        sentences,
        timex,
        triggers,
    )


def get_nlp(lang: str, actor_dictionaries: tuple[str, ...] = ()) -> Language:
    """The (cached) pipeline for ``lang``: blank tokenizer, lookup lemmatizer, our components.

    ``actor_dictionaries``: custom actor dictionaries (CSV/YAML/PETRARCH files) that take
    precedence over the built-in ones (see ``eventwire.kb.dictionaries``).
    """
    # one pipeline per language and dictionaries, however they are passed
    return _pipeline(lang, tuple(actor_dictionaries))


def run_until(nlp: Language, text: str, last: str, published: str | None = None) -> Doc:
    """A Doc of ``text`` run through ``nlp``'s components up to and including ``last``
    (e.g. "eventwire_actors" to see the actor mentions without the later stages)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == last:
            break
    return doc


@functools.cache
def _pipeline(lang: str, actor_dictionaries: tuple[str, ...]) -> Language:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {lang!r}: eventwire reads {', '.join(SUPPORTED_LANGUAGES)}"
        )
    _register_factories()
    _prime_tokenizer_regexes(lang)
    nlp = spacy.blank(lang)
    nlp.max_length = 5_000_000
    _keep_read_lexeme_attrs(nlp)
    _split_abbreviation_compounds(nlp)
    nlp.add_pipe("eventwire_lemmas")  # spaCy's lookup lemmas, without loading the table
    for name in COMPONENTS:
        if name == "eventwire_actors" and actor_dictionaries:
            nlp.add_pipe(name, config={"actor_dictionaries": [str(p) for p in actor_dictionaries]})
        else:
            nlp.add_pipe(name)
    nlp.initialize()
    return nlp


#: The lexical attributes spaCy computes for each new word form that eventwire reads (token
#: ``lower_``, ``norm_``, ``lang_``, ``is_alpha``, ``is_lower``, ``is_space``, ``is_title``,
#: ``is_stop``, ``like_num``, ``is_punct``; ``pipeline/tokens.py`` reads the flags per Doc).
#: spaCy's blank vocabulary also computes ``shape_``, ``prefix_``, ``suffix_``, ``is_digit``,
#: ``is_upper``, ``is_ascii``, ``is_bracket``, ``is_quote``, ``is_left_punct``,
#: ``is_right_punct``, ``is_currency``, ``like_url`` and ``like_email`` for every new word,
#: a sixth of the tokenizer's first pass over a corpus, and nothing reads them: in this
#: pipeline they stay unset (0 / ""). A rule that needs one adds it here.
_READ_LEXEME_ATTRS = frozenset(
    ("LOWER", "NORM", "LANG", "IS_ALPHA", "IS_LOWER", "IS_SPACE", "IS_TITLE", "IS_STOP")
    + ("LIKE_NUM", "IS_PUNCT")
)


def _keep_read_lexeme_attrs(nlp: Language) -> None:
    from spacy.attrs import IDS

    getters = nlp.vocab.lex_attr_getters  # this vocabulary's own dict
    for name, attr in IDS.items():
        if attr in getters and name not in _READ_LEXEME_ATTRS:
            del getters[attr]


#: A hyphen between an abbreviation's final period and a lower-case word ("U.S.-led",
#: "U.N.-backed"): spaCy splits "Vietnamese-led" at the hyphen but keeps "U.S.-led" whole, so
#: the abbreviation would go unread; split it the same way.
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _split_abbreviation_compounds(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, _ABBREVIATION_HYPHEN]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _prime_tokenizer_regexes(lang: str) -> None:
    """spaCy compiles the language's prefix, suffix and infix rules into three large regular
    expressions for each new tokenizer (0.1 s); the remembered compiled forms are handed to
    ``re`` first (``eventwire.cache.prime_re``: the same strings spaCy builds, else unused)."""
    from eventwire.cache import prime_re

    try:
        defaults = spacy.util.get_lang_class(lang).Defaults
        pieces = (
            ("^{}", defaults.prefixes),
            ("{}$", defaults.suffixes),
            ("{}", defaults.infixes),
        )
        prime_re(
            "|".join(form.format(p) for p in entries if p.strip())
            for form, entries in pieces
            if entries
        )
    except Exception:  # noqa: BLE001  (a speed-up only)
        pass
