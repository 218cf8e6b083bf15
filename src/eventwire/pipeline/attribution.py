"""Attribution: the sources an article cites for what a sentence reports.

Rules over ``lang/<lang>/attribution_cues.tsv`` and the actor mentions:

- ``attribution.source_prep``: "secondo X", "according to X", and a clause-initial
  "Per X," name X; in "secondo quanto rivelato dal NYT e confermato dall'amministrazione
  americana" every agent of a reporting verb in the phrase is a source (a chain);
- ``attribution.report_verb``: a reporting verb ("ha detto", "said", "ha dichiarato")
  names its subject, or its inverted subject after it ("», ha detto il portavoce X");
- ``attribution.postposed``: a reporting verb after a comma at the end of the sentence,
  with its subject after it ("..., riferisce la Reuters.", "..., said the spokesman.");
- ``attribution.unexpressed_speaker``: a reporting verb right after its quotation with no
  subject ("«...» ha dichiarato, ...") names the subject of the sentence before;
- ``attribution.quote_continues``: a sentence that only continues a quotation keeps the
  speaker of the quotation before it;
- ``attribution.anaphoric_report``: a sentence opening with a clitic that takes up what was
  just said and a reporting verb with its subject after it ("Lo ha riferito il quotidiano
  X", "Lo ha annunciato il Dipartimento di Stato, precisando che ...") names that subject
  as the source of the sentence before as well as of its own.

A source is not attributed to its own speech act (the gold convention: the event's actor
saying it is the article's own voice).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from eventwire.pipeline.arguments import _actor_index
from eventwire.pipeline.extensions import doc_sents, ext, sent_of, spans_of
from eventwire.pipeline.lexicon import cue_index
from eventwire.pipeline.syntax import QUOTES, Syntax
from eventwire.pipeline.tokens import tokens
from eventwire.records import Actor, Why


def _title_word(text: str) -> bool:
    """A word of a medium's title: letters and digits, with inner hyphens or dots ("Al-Monitor",
    a web site's "Civil.ge")."""
    return text[-1:].isalnum() and text.replace("-", "").replace(".", "").isalnum()


@dataclass
class SourceClaim:
    """Sources for a token range of the article, with the rule and cue that named them."""

    start: int
    end: int
    sources: list[Span]
    rule: str
    cue: str
    excluded: tuple[int, int] | None = None  # the attribution phrase itself


class AttributionReader:
    """Finds source claims in a Doc and answers which sources cover a trigger."""

    def __init__(self, syntax: Syntax) -> None:
        self.sx = syntax

    def _mentions(self, doc: Doc, start: int, end: int) -> list[Span]:
        """The actor mentions inside [start, end), by start (the group's order at a tie):
        read from the per-Doc index by start (this was a scan of the whole group)."""
        starts, spans = _actor_index(doc)
        out = []
        for k in range(bisect_left(starts, (start, -1)), len(starts)):
            if starts[k][0] > end:
                break
            if spans[k].end <= end:
                out.append(spans[k])
        return out

    def claims(self, doc: Doc) -> list[SourceClaim]:
        """Every source claim of the Doc, in text order."""
        cues = cue_index(self.sx.lang, "attribution_cues.tsv").match(doc)
        by_sent: dict[int, list] = {}
        for s, e, cue in cues:
            by_sent.setdefault(sent_of(doc, s).start, []).append((s, e, cue))
        out: list[SourceClaim] = []
        prev_speaker: list[Span] | None = None
        for sent in doc_sents(doc):
            found = by_sent.get(sent.start, [])
            claim = self._anaphoric_report(doc, sent, found)
            if claim is None:
                claim = self._source_prep(doc, sent, found)
                if claim is not None and claim.start > sent.start:
                    # "X ha promesso ..., riferisce l'agenzia Reuters, e secondo fonti di
                    # Bruxelles ...": the source phrase covers its own clause; the clause
                    # before it may have a reporting verb of its own
                    early = self._report_verb(
                        doc,
                        doc[sent.start : claim.start],
                        [f for f in found if f[1] <= claim.start],
                    )
                    if early is not None:
                        early.end = min(early.end, claim.start)
                        early.sources = [self._named_medium(doc, m) for m in early.sources]
                        out.append(early)
                if claim is None:
                    claim = self._report_verb(doc, sent, found)
            if claim is None:
                claim = self._per_x(doc, sent)
            if claim is not None:
                claim.sources = [self._named_medium(doc, m) for m in claim.sources]
                out.append(claim)
                prev_speaker = claim.sources if self._has_quote(sent) else None
            elif prev_speaker and self._starts_with_quote(sent):
                out.append(
                    SourceClaim(
                        sent.start, sent.end, prev_speaker, "attribution.quote_continues", ""
                    )
                )
            else:
                prev_speaker = None
        return out

    def _named_medium(self, doc: Doc, m: Span) -> Span:
        """ "il quotidiano Hürriyet", "the newspaper Kommersant": a news medium named by its
        common noun and, right after it, its title is that title: the next mention when one
        starts there, else the capitalised words there, which the knowledge base does not
        know (rule ``attribution.medium_title``)."""
        found = m._.actors or []
        if len(found) != 1 or found[0].sector != "JRN" or found[0].name:
            return m
        tab = tokens(doc)
        sent = sent_of(doc, m.start)
        start = self._past_medium_adjectives(doc, m.end, sent.end)
        nxt = [x for x in self._mentions(doc, start, min(sent.end, start + 4)) if x.start == start]
        if nxt:
            other = nxt[0]._.actors or []
            return nxt[0] if len(other) == 1 and other[0].sector == "JRN" else m
        end = start
        while (
            end < sent.end
            and end - start < 4
            and tab.text[end][:1].isupper()
            and _title_word(tab.text[end])
            and self.sx.cls(tab.lower[end]) is None
        ):
            end += 1
        if end == start:
            return m
        span = Span(doc, m.start, end, label=m.label_)
        title = doc[start:end].text
        span._.actors = [replace(found[0], raw_text=span.text, name=title)]
        span._.actor_why = [*(m._.actor_why or []), Why("actor", "attribution.medium_title", title)]
        return span

    def _anaphoric_report(self, doc: Doc, sent: Span, found: list) -> SourceClaim | None:
        """ "Lo ha riferito il quotidiano X, citando fonti ...": the clitic "lo" ("l'")
        opening the sentence, its auxiliaries, a reporting verb and its inverted subject
        (determiners only between): the subject is the source of the sentence before (what
        "lo" stands for) and of this one."""
        if self.sx.lang != "it" or sent.start == 0 or len(sent) < 3:
            return None
        tab = tokens(doc)
        k = sent.start
        if tab.lower[k] not in ("lo", "l'"):
            return None
        j = k + 1
        while j < sent.end and self.sx.cls(tab.lower[j]) in ("aux", "aux_passive"):
            j += 1
        for s, e, cue in found:
            if cue.kind != "report_verb" or s != j:
                continue
            for m in self._mentions(doc, e, sent.end):
                if m.start > e + 3:
                    break
                # determiners and adverbs ("Lo ha annunciato ieri il presidente") only
                if all(self.sx.cls(tab.lower[x]) in ("det", "adv") for x in range(e, m.start)):
                    prev = sent_of(doc, sent.start - 1)
                    return SourceClaim(
                        prev.start,
                        sent.end,
                        [m],
                        "attribution.anaphoric_report",
                        cue.source,
                        (k, m.end),
                    )
                break
        return None

    @staticmethod
    def _has_quote(sent: Span) -> bool:
        words = tokens(sent.doc).text
        return any(words[k] in QUOTES for k in range(sent.start, sent.end))

    @staticmethod
    def _starts_with_quote(sent: Span) -> bool:
        return len(sent) > 0 and tokens(sent.doc).text[sent.start] in QUOTES

    def _phrase_end(self, doc: Doc, start: int, sent: Span) -> int:
        words = tokens(doc).text
        for k in range(start, sent.end):
            if words[k] in (",", ";", ":") or words[k] in QUOTES:
                return k
        return sent.end

    def _source_prep(self, doc: Doc, sent: Span, found: list) -> SourceClaim | None:
        for s, e, cue in found:
            if cue.kind != "source_prep":
                continue
            end = self._phrase_end(doc, e, sent)
            phrase = self._mentions(doc, e, end)
            sources = []
            if (titled := self._medium_noun_title(doc, e, end, found, phrase)) is not None:
                sources.append(titled)  # "secondo l'agenzia Tasnim", "il quotidiano X"
            elif phrase and phrase[0].start <= e + 1:
                sources.append(phrase[0])  # "secondo il NYT"
            nouns = [(ns, ne) for ns, ne, c in found if c.kind == "report_noun" and e <= ns < end]
            for _ns, ne in nouns:  # "secondo le dichiarazioni del ministro X"
                for m in phrase:
                    if (
                        m.start >= ne
                        and m.start - ne <= 3
                        and self.sx.governing_prep(doc, m.start, e) in ("prep_of", "prep_by")
                    ):
                        if m not in sources:
                            sources.append(m)
                        break
            verbs = [
                (vs, ve, c.kind)
                for vs, ve, c in found
                if c.kind in ("report_verb", "cited_by") and e <= vs < end
            ]
            for _vs, ve, kind in verbs:
                for m in phrase:
                    if m.start >= ve and self._by_agent(doc, m.start, e):
                        if kind == "cited_by":
                            # "secondo fonti diplomatiche citate dall'agenzia Reuters": the
                            # medium that cites them is the source; unnamed sources it cites
                            # are vague (left out, as the gold leaves them out)
                            sources = [x for x in sources if x.start >= ve or _named(x)]
                        if m not in sources:
                            sources.append(m)
                        break
            if sources:
                if end == sent.end:
                    # no comma after the source: "ma secondo il quotidiano Asahi Shimbun il
                    # governo cinese avrebbe escluso": the phrase ends with its source
                    end = max(x.end for x in sources)
                return SourceClaim(
                    self._clause_start(doc, sent, s),
                    sent.end,
                    sources,
                    "attribution.source_prep",
                    cue.source,
                    (s, end),
                )
        return None

    def _clause_start(self, doc: Doc, sent: Span, s: int) -> int:
        """Where the clause of a source phrase opens: at a relative or complementizer word
        right before it (commas between), as in "nove siti, che secondo New Delhi ospitavano
        campi": the source covers that clause, not the main clause before it; else at the
        sentence's start."""
        tab = tokens(doc)
        k = s - 1
        while k >= sent.start and tab.text[k] == ",":
            k -= 1
        if k > sent.start and self.sx.cls(tab.lower[k]) in ("relative", "complementizer"):
            return k
        # ", e secondo fonti di Bruxelles un pacchetto potrebbe ...": a conjunction after a
        # comma opens a clause of its own; the source covers that clause only
        if (
            k > sent.start
            and self.sx.cls(tab.lower[k]) in ("conj", "clause")
            and tab.text[k - 1] == ","
        ):
            return k
        # ", uccidendo almeno dieci persone secondo il ministero": a source inside a gerund
        # clause after a comma covers that clause, not the main clause before the comma
        c = next((j for j in range(s - 1, sent.start, -1) if tab.text[j] == ","), None)
        if (
            c is not None
            and c + 1 < s
            and tab.lower[c + 1].endswith(("ando", "endo"))
            and tab.lower[c + 1][:1].isalpha()
        ):
            return c + 1
        return sent.start

    @staticmethod
    def _past_medium_adjectives(doc: Doc, k: int, end: int) -> int:
        """Past at most two ``medium_adj`` words at token ``k`` ("la radio pubblica
        Kossuth", "l'agenzia statale Irna"): where the medium's title may start."""
        adj = {
            s
            for s, e, cue in cue_index(doc.lang_, "attribution_cues.tsv").match(doc)
            if cue.kind == "medium_adj" and e == s + 1
        }
        # a nationality adjective too ("il sito americano Axios", "l'agenzia russa Tass"):
        # a one-word lower-case mention of a state, a capitalised title right after it
        text = tokens(doc).text
        adj |= {
            m.start
            for m in spans_of(doc, "actors")
            if m.end == m.start + 1
            and m.label_ in ("GPE", "NORP")
            and text[m.start][:1].islower()
            and m.end < end
            and text[m.end][:1].isupper()
        }
        j = k
        while j < end and j - k < 2 and j in adj:
            j += 1
        return j if j < end and tokens(doc).text[j][:1].isupper() else k

    def _medium_noun_title(
        self, doc: Doc, e: int, end: int, found: list, phrase: list[Span]
    ) -> Span | None:
        """ "secondo l'agenzia Tasnim": a ``medium_noun`` cue ("agenzia", which alone is no
        actor: "l'agenzia dell'Onu") right after the source preposition and its article, and
        a title after it: the next mention when one starts there, else its capitalised words
        (rule ``attribution.medium_title``)."""
        tab = tokens(doc)
        j = e
        if j < end and self.sx.cls(tab.lower[j]) == "det":
            j += 1
        noun = next((ne for ns, ne, c in found if c.kind == "medium_noun" and ns == j), None)
        if noun is None:
            return None
        noun = self._past_medium_adjectives(doc, noun, end)
        nxt = [m for m in phrase if m.start == noun]
        if nxt:
            return nxt[0]
        k = noun
        while (
            k < end
            and k - noun < 4
            and tab.text[k][:1].isupper()
            and _title_word(tab.text[k])
            and self.sx.cls(tab.lower[k]) is None
        ):
            k += 1
        if k == noun:
            return None
        span = Span(doc, j, k, label="ORG")
        title = doc[noun:k].text
        span._.actors = [Actor(raw_text=span.text, name=title, sector="JRN")]
        span._.actor_why = [Why("actor", "attribution.medium_title", title)]
        return span

    def _contrast_end(self, found: list, after: int, sent: Span) -> int:
        """Where a reporting verb's reach ends: at a contrastive clause opener after it and
        a comma, outside quotations ("La premier riferirà alla Camera, mentre la segretaria
        del Pd ha chiesto un voto": the request is no report of the premier's), else at the
        sentence's end."""
        words = tokens(sent.doc).text
        quoted = self._quoted_ranges(sent)
        return min(
            (
                s
                for s, _e, cue in found
                if cue.kind == "contrast"
                and s > after
                and words[s - 1] == ","
                and not any(a <= s < b for a, b in quoted)
            ),
            default=sent.end,
        )

    def _by_agent(self, doc: Doc, start: int, limit: int) -> bool:
        """The mention at ``start`` is the da/by agent of a reporting verb, with at most one
        common noun between ("dall'agenzia Reuters", "by the news agency Reuters")."""
        if self.sx.governing_prep(doc, start, limit) == "prep_by":
            return True
        k = start - 1
        word = tokens(doc).text[k] if k > limit else ""
        return (
            word.isalpha()
            and word.islower()
            and self.sx.cls(word) is None
            and self.sx.governing_prep(doc, k, limit) == "prep_by"
        )

    def _report_verb(self, doc: Doc, sent: Span, found: list) -> SourceClaim | None:
        for s, e, cue in found:
            if cue.kind != "report_verb":
                continue
            if self._thing_relative(doc, sent, s):
                continue
            postposed = self._postposed_source(doc, sent, s, e)
            if postposed is not None:
                return SourceClaim(
                    sent.start, sent.end, [postposed], "attribution.postposed", cue.source, (s, e)
                )
            # the subject before the verb ("i comandanti sostengono che ..."), outside quotes
            quoted = self._quoted_ranges(sent)
            before = [
                m
                for m in self._mentions(doc, sent.start, s)
                if not any(a <= m.start < b for a, b in quoted)
            ]
            shared = self._coordinated_subject(doc, sent, s, before)
            if shared is not None:
                before = [shared]
            for m in reversed(before):
                if self.sx.governing_prep(doc, m.start, sent.start) is None:
                    # '"...," the spokesman said': the quotation before is what was said
                    after_quote = any(
                        b < m.start
                        and all(
                            t.text in (",", "»", "”", '"') or self.sx.cls(t.text) == "det"
                            for t in doc[b : m.start]
                        )
                        for _a, b in quoted
                    )
                    return SourceClaim(
                        sent.start if after_quote else s,
                        self._contrast_end(found, e, sent),
                        [m],
                        "attribution.report_verb",
                        cue.source,
                        (m.start, e),
                    )
            # inverted subject right after the verb: "», ha detto il portavoce X", "said the
            # spokesman" (not the subject of a "che/that" clause)
            for m in self._mentions(doc, e, sent.end):
                if m.start > e + 6:
                    break
                tab = tokens(doc)
                if any(
                    tab.lower[k] in ("che", "that") or tab.text[k] in QUOTES
                    for k in range(e, m.start)
                ):
                    break
                if self.sx.governing_prep(doc, m.start, e) is None:
                    return SourceClaim(
                        sent.start, sent.end, [m], "attribution.report_verb", cue.source, (s, m.end)
                    )
                break
            speaker = self._unexpressed_speaker(doc, sent, s, e, before, quoted)
            if speaker is not None:
                return SourceClaim(
                    sent.start,
                    sent.end,
                    [speaker],
                    "attribution.unexpressed_speaker",
                    cue.source,
                    (s, e),
                )
        return None

    def _thing_relative(self, doc: Doc, sent: Span, s: int) -> bool:
        """ "ha firmato una legge che dichiara nullo l'accordo": a reporting verb whose
        subject is a relative "che" after a thing (no actor mention ends right before it)
        says what that thing does; nobody is cited."""
        tab = tokens(doc)
        k = s - 1
        while k > sent.start and self.sx.cls(tab.lower[k]) in ("aux", "adv"):
            k -= 1
        if k <= sent.start or tab.lower[k] != "che" or tab.text[k - 1] == ",":
            return False
        return not any(m.end == k for m in self._mentions(doc, sent.start, k))

    def _coordinated_subject(self, doc: Doc, sent: Span, s: int, before: list[Span]) -> Span | None:
        """ "Il governo ha convocato gli ambasciatori e ha annunciato sanzioni": a reporting
        verb coordinated ("e" and its own auxiliary) after an earlier finite verb shares the
        subject of that verb (the last bare mention before it), not its object."""
        tab = tokens(doc)
        k = s - 1
        while k > sent.start and self.sx.cls(tab.lower[k]) in ("aux", "adv"):
            k -= 1
        if k <= sent.start or k == s - 1 or tab.lower[k] not in ("e", "ed"):
            return None
        first = next(
            (j for j in range(sent.start, k) if self.sx.is_finite_auxiliary(tab.lower[j])), None
        )
        if first is None:
            return None
        subj = [
            m
            for m in before
            if m.end <= first and self.sx.governing_prep(doc, m.start, sent.start) is None
        ]
        return subj[-1] if subj else None

    def _postposed_source(self, doc: Doc, sent: Span, s: int, e: int) -> Span | None:
        """ "La Cina ha inviato armi, riferisce la Reuters.", "..., the Pentagon said.": a
        reporting verb and its subject after a comma, with nothing after them but a short
        tail ("told reporters", "in a statement") and the sentence's end, report the clause
        before the comma."""
        tab = tokens(doc)

        def tail_only(a: int, b: int) -> bool:
            """Nothing but punctuation, or a short tail with no clause or other party in it
            ("told reporters", "in a statement", "ai giornalisti")."""
            words = [k for k in range(a, b) if tab.text[k][:1].isalnum()]
            if not words:
                return True
            return (
                len(words) <= 4
                and all(
                    tab.text[k] != "," and not self.sx.is_clause_word(doc, k) for k in range(a, b)
                )
                and all(  # the press it was told to is no other party
                    any(x.sector == "JRN" for x in (ext(m, "actors") or []))
                    for m in self._mentions(doc, a, b)
                )
            )

        def only(kinds: tuple[str, ...], a: int, b: int) -> bool:
            return all(self.sx.cls(tab.lower[k]) in kinds for k in range(a, b))

        aux = ("aux", "aux_passive")
        k = s - 1
        while k > sent.start and self.sx.cls(tab.lower[k]) in aux:
            k -= 1  # "..., ha detto X"
        if k > sent.start and tab.text[k] == ",":
            for m in self._mentions(doc, e, sent.end):  # the subject after the verb
                if (only(("det",), e, m.start) or self._det_and_noun(doc, e, m.start)) and (
                    tail_only(m.end, sent.end)
                ):
                    return m
                break
        if not tail_only(e, sent.end):
            return None
        before = [m for m in self._mentions(doc, sent.start, s) if m.end <= k + 1]
        if before:  # the subject before the verb: "..., the Pentagon said."
            m = before[-1]
            c = m.start - 1
            while c > sent.start and self.sx.cls(tab.lower[c]) == "det":
                c -= 1
            if c > sent.start and tab.text[c] == "," and only(aux, m.end, k + 1):
                return m
        return None

    def _det_and_noun(self, doc: Doc, a: int, b: int) -> bool:
        """ "riferisce l'agenzia Tass", "scrive il quotidiano Haaretz": determiners and one
        lower-case common noun between a reporting verb and its postposed subject."""
        tab = tokens(doc)
        k = a
        while k < b and self.sx.cls(tab.lower[k]) == "det":
            k += 1
        return (
            k == b - 1
            and tab.is_alpha[k]
            and tab.text[k].islower()
            and self.sx.cls(tab.lower[k]) is None
        )

    def _unexpressed_speaker(
        self,
        doc: Doc,
        sent: Span,
        s: int,
        e: int,
        before: list[Span],
        quoted: list[tuple[int, int]],
    ) -> Span | None:
        """'«Occorre un regime speciale» ha dichiarato, assicurando che ...': a reporting
        verb right after the quotation it reports (a comma and its auxiliaries between),
        with no subject before it and none right after it, has the subject of the sentence
        before as its speaker: the first mention there outside quotations and not after a
        preposition ("Il presidente X ha indetto una riunione. «...» ha dichiarato")."""
        if before or sent.start == 0:
            return None
        closing = [b for _a, b in quoted if b < s]
        if not closing or s - closing[-1] > 3:
            return None
        tab = tokens(doc)
        if any(
            tab.text[k] not in (",", *QUOTES) and self.sx.cls(tab.lower[k]) != "aux"
            for k in range(closing[-1] + 1, s)
        ):
            return None
        after = self._mentions(doc, e, min(sent.end, e + 2))
        if after and self.sx.governing_prep(doc, after[0].start, e) is None:
            return None
        prev = sent_of(doc, sent.start - 1)
        prev_quoted = self._quoted_ranges(prev)
        for m in self._mentions(doc, prev.start, prev.end):
            if any(a <= m.start < b for a, b in prev_quoted):
                continue
            if self.sx.governing_prep(doc, m.start, prev.start) is None:
                return m
            break
        return None

    @staticmethod
    def _quoted_ranges(sent: Span) -> list[tuple[int, int]]:
        """Token ranges inside quotation marks in a sentence."""
        out, start = [], None
        words = tokens(sent.doc).text
        for i in range(sent.start, sent.end):
            word = words[i]
            if word in ("«", "“") or (word == '"' and start is None):
                start = i
            elif word in ("»", "”", '"') and start is not None:
                out.append((start, i))
                start = None
        if start is not None:
            out.append((start, sent.end))
        return out

    def _per_x(self, doc: Doc, sent: Span) -> SourceClaim | None:
        """Clause-initial "Per X," (Italian): X is the source of the clause."""
        if self.sx.lang != "it" or len(sent) < 4:
            return None
        k = sent.start
        tab = tokens(doc)
        if tab.lower[k] != "per":
            return None
        ms = self._mentions(doc, k + 1, min(sent.end, k + 8))
        if ms and ms[0].start <= k + 2 and ms[0].end < sent.end and tab.text[ms[0].end] == ",":
            return SourceClaim(
                sent.start, sent.end, [ms[0]], "attribution.per_source", "per", (k, ms[0].end + 1)
            )
        return None

    @staticmethod
    def sources_for(
        claims: list[SourceClaim], trig: Span, actors: list[Span]
    ) -> tuple[list[Span], str | None]:
        """The sources that cover a trigger (not its own actors), and the rule."""
        for c in claims:
            if c.start <= trig.start < c.end:
                if c.excluded and c.excluded[0] <= trig.start < c.excluded[1]:
                    continue
                srcs = [s for s in c.sources if not any(_same(s, a) for a in actors)]
                if srcs:
                    return srcs, c.rule
        return [], None


def _same(a: Span, b: Span) -> bool:
    if a.start == b.start and a.end == b.end:
        return True
    aa, bb = ext(a, "actors") or [], ext(b, "actors") or []
    return any(x.name and x.name == y.name for x in aa for y in bb)


def _named(m: Span) -> bool:
    """A mention that names someone (a known person, body or medium), not "fonti"."""
    return any(a.name for a in ext(m, "actors") or [])
