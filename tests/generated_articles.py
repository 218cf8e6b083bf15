"""Synthetic news articles for tests that must not depend on ../shared (CI).

Sentences are written here by hand in Italian and English (political and crime news:
meetings, accusations, arrests, threats, requests, protests, with places, dates, reported
speech, negation and modality) and combined by a seeded random generator, so the same
``generate(n)`` call always gives the same articles. Nothing here is copied from a corpus.
"""

from __future__ import annotations

import random

from eventwire.article import Article

_IT_ACTORS = [
    "il presidente russo Vladimir Putin",
    "il leader nordcoreano Kim Jong-un",
    "il ministro degli Esteri italiano",
    "il governo francese",
    "la polizia",
    "i carabinieri",
    "il sindaco di Modena",
    "il presidente americano Joe Biden",
    "le autorità cinesi",
    "l'esercito ucraino",
]
_IT_OBJECTS = [
    "il presidente russo Vladimir Putin",
    "il cancelliere tedesco",
    "il premier britannico",
    "un giovane di 26 anni",
    "due uomini",
    "i manifestanti",
    "il governo israeliano",
    "la Nato",
]
_IT_PLACES = ["a Roma", "a Mosca", "a Pyongyang", "a Modena", "a Parigi", "a Kiev", "a Bruxelles"]
_IT_WHEN = ["ieri", "lunedì", "il 3 marzo", "nella notte", "martedì scorso", "il 12 ottobre 2021"]
_IT_TEMPLATES = [
    "{A} ha incontrato {O} {P} {T}.",
    "{T} {A} ha accusato {O} di aver violato gli accordi.",
    "{A} ha arrestato {O} {P}.",
    "{A} ha minacciato {O} di nuove sanzioni.",
    "{A} ha chiesto a {O} di ritirare le truppe.",
    "Secondo fonti locali, {A} potrebbe incontrare {O} {P} la prossima settimana.",
    "{A} non ha firmato l'accordo con {O}.",
    "Migliaia di persone hanno protestato {P} contro {O} {T}.",
    "«Non accetteremo ricatti», ha dichiarato {A} dopo l'incontro con {O}.",
    "{A} ha denunciato {O} per furto aggravato.",
    "{A} incontrerà {O} {P} per discutere della crisi.",
]
_IT_FILLER = [
    "La notizia è stata confermata in serata.",
    "Sul posto sono intervenuti i vigili del fuoco.",
    "Il traffico è rimasto bloccato per alcune ore.",
    "Non ci sono stati feriti.",
    "La situazione resta tesa.",
]

_EN_ACTORS = [
    "Russian President Vladimir Putin",
    "North Korean leader Kim Jong-un",
    "the Italian foreign minister",
    "the French government",
    "police",
    "US President Joe Biden",
    "Chinese authorities",
    "the Ukrainian army",
    "the United Nations",
]
_EN_OBJECTS = [
    "the German chancellor",
    "the British prime minister",
    "two men",
    "protesters",
    "the Israeli government",
    "Nato",
    "Russian President Vladimir Putin",
]
_EN_PLACES = ["in Rome", "in Moscow", "in Pyongyang", "in Paris", "in Kyiv", "in Brussels"]
_EN_WHEN = ["on Monday", "yesterday", "on 3 March", "last week", "on 12 October 2021"]
_EN_TEMPLATES = [
    "{A} met {O} {P} {T}.",
    "{T} {A} accused {O} of breaking the agreement.",
    "{A} arrested {O} {P}.",
    "{A} threatened {O} with new sanctions.",
    "{A} urged {O} to withdraw its troops.",
    "According to officials, {A} may meet {O} {P} next week.",
    "{A} did not sign the deal with {O}.",
    "Thousands of people protested {P} against {O} {T}.",
    '"We will not accept blackmail," {A} said after talks with {O}.',
    "{A} will visit {O} {P} to discuss the crisis.",
]
_EN_FILLER = [
    "The news was confirmed in the evening.",
    "Traffic was blocked for several hours.",
    "Nobody was injured.",
    "The situation remains tense.",
]

_LANGS = {
    "it": (_IT_ACTORS, _IT_OBJECTS, _IT_PLACES, _IT_WHEN, _IT_TEMPLATES, _IT_FILLER),
    "en": (_EN_ACTORS, _EN_OBJECTS, _EN_PLACES, _EN_WHEN, _EN_TEMPLATES, _EN_FILLER),
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def article_text(rng: random.Random, lang: str, sentences: int) -> str:
    """One article of ``sentences`` sentences in ``lang``."""
    actors, objects, places, when, templates, filler = _LANGS[lang]
    out = []
    for _ in range(sentences):
        if rng.random() < 0.3:
            out.append(rng.choice(filler))
            continue
        s = rng.choice(templates).format(
            A=rng.choice(actors), O=rng.choice(objects), P=rng.choice(places), T=rng.choice(when)
        )
        out.append(_cap(s.replace("  ", " ")))
    paragraphs = [" ".join(out[i : i + 3]) for i in range(0, len(out), 3)]
    return "\n\n".join(paragraphs)


def generate(n: int, seed: int = 9, *, languages: tuple[str, ...] = ("it", "en")) -> list[Article]:
    """``n`` articles (ids ``gen-00000``...), languages alternating, 1 to 12 sentences,
    published dates in 2021; every 7th article leaves its language to detection."""
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        lang = languages[i % len(languages)]
        text = article_text(rng, lang, rng.randint(1, 12))
        arts.append(
            Article(
                text=text,
                id=f"gen-{i:05d}",
                title=f"Articolo {i}" if lang == "it" else f"Article {i}",
                language=None if i % 7 == 3 else lang,
                published=f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            )
        )
    return arts
