"""Shallow syntax over spaCy tokens, without a parser: clauses, governing prepositions,
coordination and nominal use, driven by the language's ``function_words.tsv``.

Everything here is a rule over token positions; each rule is small and named so that the
argument, factuality and attribution stages can cite it in ``why``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from eventwire.pipeline.lexicon import agreement, approximators, function_words, norm, word_set
from eventwire.pipeline.tokens import tokens

#: Participles of the passive auxiliary: the word after them is a participle ("era stata
#: richiesta"), never a noun (English "been" is not here: "there have been protests").
PASSIVE_PARTICIPLES = frozenset({"stato", "stata", "stati", "state"})
HARD_BOUNDARIES = frozenset({".", ";", "!", "?", "…", ":"})
QUOTES = frozenset({"«", "»", "“", "”", '"'})
_CLAUSE_CLASSES = ("clause", "relative", "complementizer")
CLITICS = frozenset(
    "si ci ne mi ti vi lo la li le gli glielo gliela se".split()
)  # Italian clitics between negation / auxiliary and verb
#: Multi-word prepositions whose last word is "di"/"of": (words before "di") -> class.
COMPLEX_PREPS = {
    ("da", "parte"): "prep_by",
    ("nei", "confronti"): "prep_against",
    ("al", "fianco"): "prep_against",
    ("a", "favore"): "prep_against",
    ("in", "favore"): "prep_against",
    ("a", "carico"): "prep_against",
    ("per", "mano"): "prep_by",
    ("on", "behalf"): "prep_by",
}
#: Words before an Italian "da" that make it a place's ("fuori dalla Casa Bianca", "lontano da
#: Kiev", "a pochi metri dall'ambasciata"), never a passive or noun agent.
LOCATIVE_BEFORE_DA = frozenset(
    "fuori lontano lontana lontani lontane distante distanti distanza metri chilometri km".split()
)
#: Indefinite articles (Italian and English): a phrase they open is described, not named
#: or referred back to ("un uomo", "a man"; "di una risposta").
INDEFINITE_ARTICLES = frozenset({"un", "uno", "una", "un'", "a", "an"})
PREP_CLASSES = frozenset(
    {
        "prep_of",
        "prep_to",
        "prep_by",
        "prep_with",
        "prep_between",
        "prep_against",
        "prep_in",
        "prep_for",
        "prep_on",
        "prep_from",
        "prep_other",
    }
)


class Syntax:
    """Per-language helpers over a Doc."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.fw = function_words(lang)
        self.approx = approximators(lang)
        self._cls: dict[str, str | None] = {}

    def cls(self, token_text: str) -> str | None:
        """The function-word class of a token text (lower-cased), or None."""
        try:
            return self._cls[token_text]
        except KeyError:
            if len(self._cls) > 1 << 17:
                self._cls.clear()
            got = self._cls[token_text] = self.fw.get(norm(token_text))
            return got

    def phrase_features(self, doc: Doc, start: int) -> tuple[str | None, str | None]:
        """(gender, number) of the noun phrase at ``start`` by its article or determiner
        ("la polizia": f, sg; "tre giornalisti": -, pl), else (None, None)."""
        articles = agreement(self.lang).get("article", {})
        text = tokens(doc).text
        for k in (start, start - 1):
            if 0 <= k < len(doc) and norm(text[k]) in articles:
                return articles[norm(text[k])]
        return (None, None)

    def clause_features(self, doc: Doc, trig: int, floor: int) -> tuple[str | None, str | None]:
        """(gender, number) the verb at ``trig`` requires of its subject: a participle after
        essere/venire agrees with it ("sono stati picchiati": m, pl; "è stata arrestata":
        f, sg), a finite auxiliary gives its number ("hanno chiesto": pl)."""
        table = agreement(self.lang)
        text = tokens(doc).text
        number, passive = None, False
        for k in range(trig - 1, max(floor, trig - 4) - 1, -1):
            w = norm(text[k])
            if w in PASSIVE_PARTICIPLES or self.cls(w) == "aux_passive":
                passive = True
            if w in table.get("aux", {}):
                number = table["aux"][w][1]
                break
        gender = None
        if passive:
            gender, num = self._participle_features(text[trig])
            number = number or num
        return gender, number

    def _participle_features(self, word: str) -> tuple[str | None, str | None]:
        """(gender, number) of an Italian participle by its ending ("arrestata": f, sg)."""
        word = norm(word)
        if not italian_participle(word):
            return (None, None)
        return agreement(self.lang).get("ending", {}).get(word[-2:], (None, None))

    def clitic_features(self, doc: Doc, k: int, trig: int) -> tuple[str | None, str | None]:
        """(gender, number) of the object clitic at ``k`` before the compound verb at
        ``trig``: its own ("li": m, pl) completed by the participle, which agrees with it
        ("l'ha arrestata": f, sg); (None, None) for a clitic not in agreement.tsv."""
        table = agreement(self.lang)
        text = tokens(doc).text
        own = table.get("clitic", {}).get(norm(text[k]))
        if own is None:
            return (None, None)
        g, n = self._participle_features(text[trig])
        return own[0] or g, own[1] or n

    def agrees(self, doc: Doc, start: int, feats: tuple[str | None, str | None]) -> bool:
        """The noun phrase at ``start`` does not clash in gender or number with ``feats``
        (a phrase with no article agrees with anything)."""
        return agree(self.phrase_features(doc, start), feats)

    def is_hard_boundary(self, doc: Doc, i: int) -> bool:
        word = tokens(doc).text[i]
        return word in HARD_BOUNDARIES or word in QUOTES

    def is_clause_word(self, doc: Doc, i: int) -> bool:
        return self.cls(tokens(doc).text[i]) in _CLAUSE_CLASSES

    def _aux_after_name(self, words: list[str], start: int) -> bool:
        """The capitalised words from ``start`` are followed by an auxiliary ("ha", "è")."""
        k = start
        while k < len(words) and words[k][:1].isupper():
            k += 1
        return k > start and k < len(words) and self.cls(words[k]) in ("aux", "aux_passive")

    def governing_prep(self, doc: Doc, start: int, floor: int = 0) -> str | None:
        """The preposition class governing a noun phrase that starts at token ``start``.

        Determiners, possessives and numbers between the preposition and the phrase are
        skipped ("di tre attivisti", "a 200 profughi");
        "da parte di", "nei confronti di", "al fianco di" ... are read as one preposition.
        Returns None for a bare noun phrase (subject or direct object).
        """
        tab = tokens(doc)
        words, lower = tab.text, tab.lower
        j = start - 1
        skipped = 0
        # a name, not a capitalised adjective of a common noun ("a potential Turkish attack",
        # "the expected Russian-led assault"): the next word is no lower-case content word
        nxt = words[start + 1] if start + 1 < len(words) else ""
        name = words[start][:1].isupper() and not (
            nxt == "-" or (nxt.isalpha() and nxt.islower() and self.cls(nxt) is None)
        )
        while j >= floor and skipped < 2:
            if (
                self.cls(words[j]) in ("det", "possessive")
                # "a tutti i partiti", "di entrambe le parti": a quantifier before the article
                or (self.cls(words[j]) == "predet" and self.cls(words[j + 1]) == "det")
                or (
                    # a number before a common noun ("di tre attivisti", "a 200 profughi"),
                    # not a year before a name ("nel 2020 George W. Bush") or an article
                    (
                        self.cls(words[j]) == "count"
                        or words[j].replace(".", "").replace(",", "").isdigit()
                    )
                    and (
                        words[j + 1][:1].islower()
                        or (self.lang == "en" and j + 2 == start)
                        # "of nine Ogoni activists", "by 300 Chechen rebels": an English count
                        # right after "of"/"by" before a capitalised adjective of a common
                        # noun (not a year: "of 2004 Russian ..."; not "Doctors from two
                        # American aid groups", whose "from" names the doctors' origin)
                        or (
                            self.lang == "en"
                            and j + 1 == start
                            and not name
                            and j - 1 >= floor
                            and self.cls(words[j - 1]) in ("prep_of", "prep_by")
                            and not (len(words[j]) == 4 and words[j][:2] in ("18", "19", "20"))
                        )
                    )
                    # "nel 2004 la polizia": a number before an article is no quantity of it
                    and self.cls(words[j + 1]) not in ("det", "possessive")
                )
                or (self.cls(words[j]) == "compass" and words[j].islower())
                or (
                    # "About 3,000 fighters of X handed in": an approximator before a
                    # number is part of the count, not a preposition governing the phrase
                    lower[j] in self.approx
                    and j + 1 < start
                    and words[j + 1].replace(",", "").replace(".", "").isdigit()
                )
                or ("-" in words[j] and words[j][:1].islower() and len(words[j]) > 3)
                or (
                    # an adjective between an article and a name ("from the defeated Fatah
                    # Party"): a lower-case word right after a determiner is no verb
                    j - 1 >= floor
                    and name
                    and words[j].isalpha()
                    and words[j].islower()
                    and self.cls(words[j]) is None
                    and self.cls(words[j - 1]) == "det"
                    # Italian puts few adjectives before a name: a noun there ends an
                    # opening phrase whose name is the subject of the auxiliary after it
                    # ("Durante la visita Vance ha accusato", "Al vertice Macron aveva detto")
                    and not (self.lang == "it" and self._aux_after_name(words, start))
                )
                or (
                    # a capitalised adjective right before a common noun after "by" ("by
                    # Chechen rebels", "by Maoist guerrillas"): a passive's agent; after "of",
                    # maybe counted ("the execution of nine Ogoni activists by X")
                    self.lang == "en"
                    and j == start - 1
                    and j > floor
                    and (
                        self.cls(words[j - 1]) == "prep_by"
                        or self.cls(words[j - 1]) == "prep_of"
                        or (
                            j - 1 > floor
                            and self.cls(words[j - 2]) == "prep_of"
                            and (
                                self.cls(words[j - 1]) == "count"
                                or words[j - 1].replace(",", "").isdigit()
                            )
                        )
                    )
                    and words[j].isalpha()
                    and words[j][:1].isupper()
                    and words[start].isalpha()
                    and words[start].islower()
                )
                or (
                    # a capitalised adjective before a compass word ("in Christian east
                    # Beirut", "in Kurdish northern Iraq")
                    j + 1 < start
                    and words[j].isalpha()
                    and words[j][:1].isupper()
                    and self.cls(words[j + 1]) == "compass"
                    and words[j + 1].islower()
                )
            ):
                j -= 1
            elif (
                j - 2 >= floor
                and words[j - 1] == "-"
                and words[j].isalpha()
                and words[j].islower()
                and words[j - 2].isalpha()
                and words[j - 2].islower()
                and self.cls(words[j - 2]) is None
                and not doc[j - 2].whitespace_
                and not doc[j - 1].whitespace_  # "war-torn", not a dash "settembre - due"
            ):
                j -= 3  # a compound adjective the tokenizer split: "to war - torn Mozambique"
            else:
                break
            skipped += 1
        if j < floor:
            return None
        c = self.cls(words[j])
        if c == "prep_of" and j - 1 >= floor and self.cls(words[j - 1]) == "quantity":
            # "migliaia di studenti", "hundreds of protesters": the count's own position
            return self.governing_prep(doc, j - 1, floor)
        if c == "prep_of" and j - 2 >= floor:
            key = (lower[j - 2], lower[j - 1])
            if key in COMPLEX_PREPS:
                return COMPLEX_PREPS[key]
        if c == "prep_by" and j - 1 >= floor and lower[j - 1] in LOCATIVE_BEFORE_DA:
            return "prep_in"
        if c in PREP_CLASSES:
            return c
        if lower[j] in ("secondo",) or (
            lower[j] == "to" and j > floor and lower[j - 1] == "according"
        ):
            return "prep_source"
        return None

    def clause_start(self, doc: Doc, i: int, sent: Span) -> int:
        """First token of the clause holding token ``i`` (hard boundaries and clause words)."""
        words = tokens(doc).text
        j = i - 1
        while j >= sent.start:
            w = words[j]
            if w in HARD_BOUNDARIES or w in QUOTES or self.cls(w) in _CLAUSE_CLASSES:
                return j + 1
            j -= 1
        return sent.start

    def clause_end(self, doc: Doc, i: int, sent: Span) -> int:
        """One past the last token of the clause holding token ``i``."""
        words = tokens(doc).text
        j = i + 1
        while j < sent.end:
            w = words[j]
            if w in HARD_BOUNDARIES or w in QUOTES or self.cls(w) in _CLAUSE_CLASSES:
                return j
            j += 1
        return sent.end

    def is_nominal_use(self, doc: Doc, i: int) -> bool:
        """A token used as a noun: right after a determiner or an articulated preposition."""
        if i == 0:
            return False
        prev = norm(tokens(doc).text[i - 1])
        c = self.cls(prev)
        if c == "det" or c == "possessive":
            return True
        return c in PREP_CLASSES and (prev.endswith("'") or prev in _ARTICULATED)

    def is_verbal_use(self, doc: Doc, i: int) -> bool:
        """A token used as a verb: after a modal, "to", a personal pronoun ("will release")
        or a passive auxiliary ("era stata richiesta": the participle, not the noun)."""
        if i == 0:
            return False
        prev = norm(tokens(doc).text[i - 1])
        return (
            self.cls(prev) in ("modal", "pronoun", "pronoun_person")
            or prev in PASSIVE_PARTICIPLES
            or prev == "to"
        )

    def is_pluperfect(self, doc: Doc, trig: Span) -> bool:
        """A pluperfect verb group before the trigger ("avevano gettato", "si era recato",
        "had agreed"): an auxiliary of the past, then (an adverb and) a participle."""
        lower = tokens(doc).lower
        for k in range(max(0, trig.start - 4), trig.start):
            if lower[k] not in _PLUPERFECT_AUX:
                continue
            j = k + 1
            if j < trig.start and lower[j] in ("anche", "già", "also", "already"):
                j += 1
            if j <= trig.start and self.is_participle(doc, j):
                return True
        return False

    def is_completed(self, doc: Doc, trig: Span) -> bool:
        """A verb group of a completed act at the trigger: a participle after a form of
        "avere" ("ha annullato", "di aver parlato", "had agreed"), after "stato" ("è stato
        convocato") or after a reflexive "essere" ("si è recato"), maybe with one adverb
        between ("ha già firmato"). Not "è previsto", "è atteso": a state, maybe to come."""
        i = trig.start
        if i == 0 or not self.is_participle(doc, i):
            return False
        lower = tokens(doc).lower
        k = i - 1
        if lower[k] in _AUX_ADVERBS and k > 0:
            k -= 1
        if lower[k] in _HAVE_AUX or lower[k] in PASSIVE_PARTICIPLES:
            return True
        return lower[k] in _BE_AUX and k > 0 and lower[k - 1] in _REFLEXIVE_CLITICS

    def is_verb_first(self, doc: Doc, i: int, sent: Span) -> bool:
        """A finite Italian verb opening its sentence, a headline or a clause after a colon
        ("Indaga la polizia", "Protestano i sindacati", "...: interviene la polizia"): its
        subject follows it. Not a participle ("Arrestato un giornalista": the patient), an
        infinitive, a gerund, or a verb right after a quotation mark (imperatives)."""
        if self.lang != "it":
            return False
        words = tokens(doc).text
        if i > sent.start and words[i - 1] not in (":", ";"):
            # a fronted place before the verb keeps the subject after it ("A Roma protestano
            # i sindacati", "...: da Vicenza protesta l'opposizione"): "a/da/in" and one to
            # three capitalised words opening the sentence or following a colon
            k = i - 1
            while k > sent.start and k > i - 4 and words[k][:1].isupper():
                k -= 1
            if (
                k == i - 1
                or not words[k + 1][:1].isupper()
                or tokens(doc).lower[k] not in ("a", "da", "in")
                or not (k == sent.start or words[k - 1] in (":", ";"))
            ):
                return False
        return not (
            self.is_participle(doc, i) or self.is_infinitive(doc, i) or self.is_gerund(doc, i)
        )

    def is_gerund(self, doc: Doc, i: int) -> bool:
        """A gerund heading an adjunct clause: Italian -ando/-endo, English -ing after a comma
        or "and" ("..., killing one person and arresting 12")."""
        tab = tokens(doc)
        text = tab.lower[i]
        if self.lang == "it":
            return (
                text.endswith(("ando", "endo"))
                and len(text) > 5
                and not self.progressive_gerund(doc, i)
            )
        if not text.endswith("ing") or len(text) < 5:
            return False
        if i == 0 or tab.text[i - 1] in HARD_BOUNDARIES or tab.text[i - 1] in QUOTES:
            return True  # "Calling for talks, the minister ...": opens its sentence
        return tab.text[i - 1] == "," or tab.lower[i - 1] in ("and", "while", "after", "before")

    def progressive_gerund(self, doc: Doc, i: int) -> bool:
        """The gerund at ``i`` follows a form of "stare" (``progressive_aux.tsv``; clitics
        and adverbs between): "che stava protestando", "sta ancora indagando" are finite
        verbs, with a subject of their own clause, not gerunds heading an adjunct."""
        aux = word_set(self.lang, "progressive_aux.tsv")
        if not aux:
            return False
        low = tokens(doc).lower
        j = i - 1
        while j >= 0 and i - j <= 3 and (low[j] in CLITICS or self.cls(low[j]) == "adv"):
            j -= 1
        return j >= 0 and low[j] in aux

    def is_infinitive(self, doc: Doc, i: int) -> bool:
        """An infinitive: Italian -are/-ere/-ire (+ clitic), English after "to"."""
        lower = tokens(doc).lower
        text = lower[i]
        if self.lang == "it":
            return text.endswith(_IT_INF) and len(text) > 4
        return i > 0 and lower[i - 1] == "to"

    def is_finite_auxiliary(self, word: str) -> bool:
        """A finite form of an auxiliary ("è", "hanno", "was"), not an infinitive, gerund or
        participle ("aver", "essendo", "stato", "been"): it heads a clause of its own."""
        w = word.lower()
        if self.cls(w) not in ("aux", "aux_passive"):
            return False
        if self.lang == "it":
            return not (
                w == "aver"
                or w.startswith("rimast")  # rimasto, rimasta: participles of "rimanere"
                or w.endswith(_IT_INF)
                or w.endswith(("ando", "endo"))
                or italian_participle(w)
            )
        return w not in ("be", "been", "being", "have", "having")

    def is_participle(self, doc: Doc, i: int) -> bool:
        """A past participle (Italian -ato/-uto/-ito..., English -ed or irregular)."""
        text = tokens(doc).lower[i]
        if self.lang == "it":
            return italian_participle(text)
        return text.endswith("ed") or text in _EN_IRREGULAR_PART


_PLUPERFECT_AUX = frozenset("aveva avevano avevamo avevo era erano eravamo ero had".split())
_HAVE_AUX = frozenset(
    "ha hanno ho hai abbiamo avete aveva avevano avevo avevamo ebbe ebbero aver avere avendo "
    "has have had having".split()
)
_BE_AUX = frozenset("è e' sono sei siamo siete era erano fu furono essere essersi".split())
#: Reflexive clitics before a form of "essere" ("si è recato", "ci siamo incontrati").
_REFLEXIVE_CLITICS = frozenset({"si", "ci", "mi", "vi", "ti"})
_AUX_ADVERBS = frozenset("già anche appena infine ormai poi already also just".split())
_ARTICULATED = frozenset(
    "al allo alla ai agli alle del dello della dei degli delle dal dallo dalla dai dagli dalle "
    "nel nello nella nei negli nelle sul sullo sulla sui sugli sulle col".split()
)
_IT_INF = ("are", "ere", "ire", "arsi", "ersi", "irsi", "arla", "arlo", "arli", "arle", "arne")
_IT_PART = (
    "esto",  # chiesto, richiesti (not the nouns richiesta, proposta)
    "esti",
    "osto",  # proposto, imposto, deposto
    "osti",
    "ato",
    "ata",
    "ati",
    "ate",
    "uto",
    "uta",
    "uti",
    "ute",
    "ito",
    "ita",
    "iti",
    "ite",
    "esso",
    "essa",
    "essi",
    "esse",
    "otto",
    "otta",
    "otti",
    "otte",
    "eso",
    "esa",
    "esi",
    "ese",
    "uso",
    "usa",
    "usi",
    "use",
    "olto",
    "olta",
    "olti",
    "olte",
    "ritto",
    "ritta",
    "iso",
    "isa",
    "isi",
    "ise",
    "aso",
    "asa",
    "asi",
    "ase",
    "utto",
    "utta",
    "utti",
    "utte",
    "itto",
    "itta",
    "itti",
    "itte",
    "into",
    "inta",
    "inti",
    "inte",
    "ulso",
    "ulsa",
    "ulsi",
    "ulse",
)
_EN_IRREGULAR_PART = frozenset(
    "held met made taken given sent brought fought shot struck hit seen done beaten built "
    "caught sought told said kept left led won lost thrown withdrawn driven begun".split()
)


@functools.cache
def italian_participle(text: str) -> bool:
    """Whether a lower-case Italian word has a past participle's form (-ato, -uto, -esso ...)."""
    return text.endswith(_IT_PART) and len(text) > 4


def agree(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two (gender, number) pairs agree: no feature known on both sides differs."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def syntax_for(lang: str) -> Syntax:
    """The cached Syntax helper for a language."""
    return Syntax(lang)
