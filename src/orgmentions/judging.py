"""Candidates -> mentions: is each doubtful candidate meant as its entity here? This step only judges.

A candidate is doubtful when its alias is ambiguous (an ``ambiguous`` block in the gazetteer)
or when it is written in lower case where its alias accepts that only with evidence
(``lower: with_evidence``). Every other candidate is certain.

Each doubtful candidate is judged by the rules of `EVIDENCE_RULES`, in order: the first rule
that speaks decides, with a `Veto` or with `Evidence`. A candidate no rule speaks for waits:
when another doubtful candidate is accepted, its entity becomes evidence too ("ONU" accepted on
a cue supports "Conseil de sécurité"), and at the end an alias accepted elsewhere in the
document keeps that sense (one sense per discourse). Adding a kind of evidence is adding one
function to the table.

What differs per alias (its cues, vetoes, related ids) is data: the gazetteer's ambiguity
blocks, compiled into a `SenseRule`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

import ahocorasick_rs

from orgmentions.folding import ByteOffsets, fold
from orgmentions.normalise import UPPERCASE_LETTERS

if TYPE_CHECKING:
    from orgmentions.matcher import Candidate
    from orgmentions.schema import Ambiguity, Phrase

#: How far (in characters, each side) a cue or a neighbouring mention may be.
WINDOW = 250
#: A cue this close (in characters, each side) outweighs a veto elsewhere in the window.
BESIDE = 25
# How much of a line around a common word decides whether it stands in capitals: a headline's
# words, not a whole paragraph set in capitals for emphasis.
_CAPS_CONTEXT = 60
_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_LOWER_RUN = re.compile(f"(?:[\\W\\d_]|[{UPPERCASE_LETTERS}])*")
_CLAUSE_BREAK = re.compile('[.?!:;\u2014\u2013"\u201c\u201d\u00ab\u00bb]')
_LETTERS = re.compile(r"[^\W\d_]+")


# --- rules compiled from the gazetteer ----------------------------------------------------------


class PhraseIndex:
    """Every cue and veto phrase of the gazetteers in one automaton, so a document is scanned for all of them
    at once, the first time a doubtful candidate needs them.

    Phrases match as whole words, in any case unless they say ``case: exact``; the words of a
    phrase may be split by a line break or a double space ("member⏎states").
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}  # lower-case phrase -> id
        self._any_case: set[int] = set()  # ids some rule reads in any case
        self._spellings: dict[int, set[str]] = {}  # id -> how rules that read it in exact case write it
        self._automata: list[tuple[ahocorasick_rs.BytesAhoCorasick, bool, list[tuple[int, int, int]]]] | None = None
        self._symbols: list[tuple[str, int]] = []  # phrases without a letter, found as written

    def add(self, phrases: list[Phrase]) -> PhraseSet:
        any_case: set[int] = set()
        exact: dict[int, set[str]] = {}
        for phrase in phrases:
            key = " ".join(_same_length_lower(phrase.text).split())
            phrase_id = self._ids.setdefault(key, len(self._ids))
            if phrase.case == "exact":
                exact.setdefault(phrase_id, set()).add(" ".join(phrase.text.split()))
                self._spellings.setdefault(phrase_id, set()).update(exact[phrase_id])
            else:
                any_case.add(phrase_id)
        self._any_case |= any_case
        self._automata = None
        return PhraseSet(frozenset(any_case), {k: frozenset(v) for k, v in exact.items()})

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_automata": None}  # automata cannot be pickled: compiled again when first used

    def scan(self, text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """(start, end, phrase id) of every phrase inside the ``regions`` of ``text`` (in order, not overlapping),
        in order of start.

        The regions are read folded, as the finder reads text: a phrase whose first (last) character is
        a letter is looked for after (before) a word boundary only, so "a" is not found in every word.
        A phrase that every rule wants in exact case ("THE" in a headline) is looked for in the text's own
        case, so the everyday "the" costs nothing.
        """
        if self._automata is None:
            self._compile()
        found = []
        for low, high in regions:
            region = text[low:high]
            for symbol, phrase_id in self._symbols:
                position = region.find(symbol)
                while position >= 0:
                    found.append((low + position, low + position + len(symbol), phrase_id))
                    position = region.find(symbol, position + 1)
            for automaton, lower, patterns in self._automata:  # type: ignore[union-attr]
                folded = fold(region, lower=lower)
                to_char = ByteOffsets(folded, len(folded) == high - low + 2)
                for index, start, end in sorted(automaton.find_matches_as_indexes(folded, overlapping=True)):
                    phrase_id, lead, trail = patterns[index]
                    first = to_char(start + lead)
                    last = first + len(folded[start + lead : end - trail].decode("utf-8", "surrogatepass"))
                    found.append((low + first - 1, low + last - 1, phrase_id))
        found.sort()
        return found

    def _compile(self) -> None:
        any_case: list[tuple[str, int]] = []
        exact: list[tuple[str, int]] = []
        self._symbols = []
        for key, phrase_id in self._ids.items():
            if not fold(key).strip():  # a symbol ("→" of a cricket scorecard): folding would make it a space
                self._symbols.append((key, phrase_id))
            elif phrase_id in self._any_case:
                any_case.append((key, phrase_id))
            else:
                exact += [(spelling, phrase_id) for spelling in self._spellings.get(phrase_id, ())]
        self._automata = [
            (automaton, lower, patterns)
            for phrases, lower in ((any_case, True), (exact, False))
            if phrases
            for automaton, patterns in [_phrase_automaton(phrases, lower)]
        ]


def _phrase_automaton(
    phrases: list[tuple[str, int]], lower: bool
) -> tuple[ahocorasick_rs.BytesAhoCorasick, list[tuple[int, int, int]]]:
    """An automaton over folded text for ``(phrase, id)`` pairs, and each pattern's (id, lead bytes, trail bytes)."""
    keys: list[bytes] = []
    patterns: list[tuple[int, int, int]] = []
    for phrase, phrase_id in phrases:
        folded = fold(phrase, lower=lower)[1:-1]
        # Chinese and Japanese have no word boundaries: a phrase that begins or ends in their characters
        # is found by its characters ("峰会" in "金砖峰会并").
        leads = _WORD_EDGE_LEADS if _is_word_char(phrase[0]) and not _UNSPACED_CHARACTER.match(phrase[0]) else [b""]
        trails = [b" "] if _is_word_char(phrase[-1]) and not _UNSPACED_CHARACTER.match(phrase[-1]) else [b""]
        for variant in _gap_variants(folded):
            for lead in leads:
                for trail in trails:
                    keys.append(lead + variant + trail)
                    patterns.append((phrase_id, len(lead), len(trail)))
    return ahocorasick_rs.BytesAhoCorasick(keys), patterns


#: What may stand before a phrase that begins with a letter: a boundary, or a hashtag's sign ("#summit").
_WORD_EDGE_LEADS = [b" ", b"#"]


def _gap_variants(phrase: bytes) -> list[bytes]:
    """The folded phrase, and the phrase with one of its gaps written as two characters of space
    ("member \n states", "member\r\nstates"); a single line break or tab folds to one space."""
    gaps = [i for i, byte in enumerate(phrase) if byte == 0x20]
    return [phrase] + [phrase[:i] + b"  " + phrase[i + 1 :] for i in gaps]


@dataclass(frozen=True)
class PhraseSet:
    """The cue or veto phrases of one rule, as ids into the `PhraseIndex`."""

    any_case: frozenset[int]
    exact: dict[int, frozenset[str]]  # id -> the phrase as written, white space folded

    def __bool__(self) -> bool:
        return bool(self.any_case or self.exact)

    @property
    def ids(self) -> frozenset[int]:
        return self.any_case | self.exact.keys()

    def __contains__(self, hit: tuple[str, int]) -> bool:
        written, phrase_id = hit
        if phrase_id in self.any_case:
            return True
        spellings = self.exact.get(phrase_id)
        return spellings is not None and " ".join(written.split()) in spellings


_NO_PHRASES = PhraseSet(frozenset(), {})


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word."""
    return not (
        (start and _joined(text[start - 1], text[start]))
        or (end < len(text) and _joined(text[end - 1], text[end]))
    )


def _joined(left: str, right: str) -> bool:
    """Whether two characters side by side belong to one word. Chinese and Japanese have no word boundaries:
    a cue is found by its characters there ("峰会" in "金砖峰会并")."""
    unspaced = _UNSPACED_CHARACTER.match(left) or _UNSPACED_CHARACTER.match(right)
    return _is_word_char(left) and _is_word_char(right) and not unspaced


_UNSPACED_CHARACTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _same_length_lower(text: str) -> str:
    """``text.lower()``, except that a letter whose lower case is longer ("İ") keeps one character, so offsets hold."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(char.lower()[0] for char in text)


@dataclass(frozen=True)
class SenseRule:
    """An `Ambiguity` block compiled for judging."""

    cues: PhraseSet
    against: PhraseSet
    related: frozenset[str]
    near_mentions: bool
    only_in_caps: bool
    #: The source of a pattern, compiled when first used (through `re`'s own cache): most documents never
    #: ask, and compiling every rule's on loading a stored matcher took a twentieth of a cold start.
    not_followed_by: str | None

    @classmethod
    def of(cls, ambiguity: Ambiguity, word_sets: dict[str, list[Phrase]], phrases: PhraseIndex) -> SenseRule:
        from orgmentions.gazetteer import phrases_of  # built once, then stored: not on a cold start's path

        following = None
        if ambiguity.not_followed_by:
            alternatives = "|".join(re.escape(w) for w in ambiguity.not_followed_by)
            following = f"(?i)\\s+(?:{alternatives})(?!\\w)"
        return cls(
            phrases.add(phrases_of(ambiguity.cues, ambiguity.cue_sets, word_sets)),
            phrases.add(phrases_of(ambiguity.against, ambiguity.against_sets, word_sets)),
            frozenset(ambiguity.related),
            ambiguity.near_mentions,
            ambiguity.only_in_caps,
            following,
        )


#: How a name written in lower case, where its alias allows that only with evidence, is judged:
#: the same entity or another linked mention nearby supports it ("russia and china").
LOWER_CASE_RULE = SenseRule(_NO_PHRASES, _NO_PHRASES, frozenset(), True, False, None)


# --- verdicts -----------------------------------------------------------------------------------

EvidenceKind = Literal["defined", "cue_beside", "same_entity", "related", "cue", "near_mention", "one_sense"]
VetoKind = Literal["not_followed_by", "against", "defined_as_other"]
_EVIDENCE_ORDER = {kind: rank for rank, kind in enumerate(get_args(EvidenceKind))}


@dataclass(frozen=True)
class Evidence:
    """Why a doubtful candidate was accepted: which rule, which words, where."""

    kind: EvidenceKind
    words: str | None = None  # the cue as written in the text
    start: int | None = None  # where the evidence stands in the text
    end: int | None = None
    entity_id: str | None = None  # the supporting entity, for same_entity, related and near_mention

    def describe(self) -> str:
        """The evidence as the records' ``evidence`` string."""
        if self.kind == "defined":
            return "in parentheses after its full name"
        if self.kind == "cue_beside":
            return f"cue {self.words!r} right beside it"
        if self.kind == "cue":
            return f"cue {self.words!r} nearby"
        if self.kind == "same_entity":
            return "the same entity named elsewhere in the document"
        if self.kind == "related":
            return f"{self.entity_id} mentioned in the document"
        if self.kind == "near_mention":
            return f"{self.entity_id} mentioned nearby"
        return "accepted with evidence elsewhere in the document"


@dataclass(frozen=True)
class Veto:
    """Why a doubtful candidate was rejected."""

    kind: VetoKind
    words: str | None = None
    start: int | None = None


Verdict = Evidence | Veto | None


class Judged(NamedTuple):
    """A candidate kept as a mention, with the evidence that settled it (None when it was certain)."""

    candidate: Candidate
    evidence: Evidence | None


# --- one document being judged ------------------------------------------------------------------


@dataclass
class Document:
    """A text with its certain mentions, and what rules look up in it, each computed once."""

    text: str
    certain: list[tuple[int, int, str]]  # (start, end, entity id) in order of start
    phrase_index: PhraseIndex
    #: Where rules may look for phrases: the windows around the doubtful candidates, merged.
    regions: list[tuple[int, int]] = field(default_factory=list)
    #: The ids named anywhere in the document: by certain mentions, or by doubtful ones accepted so far.
    ids: set[str] = field(default_factory=set)
    #: Abbreviations defined in parentheses, by alias: (position, defined as its own entity), in text order.
    definitions: dict[tuple[str, str], list[tuple[int, bool]]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _line_breaks: list[int] | None = None
    _phrase_hits: dict[int, list[tuple[int, int]]] | None = None  # by phrase id
    _by_set: dict[int, tuple[list[int], list[tuple[int, int]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [start for start, _, _ in self.certain]
        self.ids |= {entity_id for _, _, entity_id in self.certain}

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The line around ``start:end``, at most `WINDOW` characters each side: a line may be a whole book."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        breaks = self._line_breaks
        before = bisect_left(breaks, start)
        after = bisect_left(breaks, end)
        line_start = breaks[before - 1] + 1 if before else 0
        line_end = breaks[after] if after < len(breaks) else len(self.text)
        return max(line_start, start - WINDOW), min(line_end, end + WINDOW)

    def phrases(self, phrase_set: PhraseSet, low: int, high: int) -> list[tuple[int, int]]:
        """The phrases of ``phrase_set`` inside ``low:high``. The text is scanned once for every phrase of every
        rule, so a thousand doubtful candidates cost one scan, not a thousand."""
        if self._phrase_hits is None:
            self._phrase_hits = {}
            for start, end, phrase_id in self.phrase_index.scan(self.text, self.regions):
                self._phrase_hits.setdefault(phrase_id, []).append((start, end))
        found = self._by_set.get(id(phrase_set))  # sets live as long as the matcher; a document briefly
        if found is None:
            text = self.text
            spans = sorted(
                (start, end)
                for phrase_id in phrase_set.ids & self._phrase_hits.keys()
                for start, end in self._phrase_hits[phrase_id]
                if (text[start:end], phrase_id) in phrase_set and _stands_alone(text, start, end)
            )
            found = self._by_set[id(phrase_set)] = ([start for start, _ in spans], spans)
        starts, spans = found
        return [span for span in spans[bisect_left(starts, low) : bisect_left(starts, high)] if span[1] <= high]

    def near(self, start: int, end: int, low: int, high: int) -> tuple[int, int, str] | None:
        """The closest certain mention inside ``low:high`` that does not overlap ``start:end``."""
        best: tuple[int, tuple[int, int, str]] | None = None
        first = bisect_left(self._starts, low)
        for other in self.certain[first : bisect_left(self._starts, high, lo=first)]:
            other_start, other_end, _ = other
            if other_end > high or (other_start < end and start < other_end):
                continue
            distance = start - other_end if other_end <= start else other_start - end
            if best is None or distance < best[0]:
                best = (distance, other)
        return best[1] if best else None


# --- the evidence rules, in order ---------------------------------------------------------------

Rule = Callable[[Document, "Candidate", SenseRule], Verdict]


def _window(document: Document, candidate: Candidate, rule: SenseRule) -> tuple[int, int]:
    if rule.only_in_caps:  # a common word in a headline: only the headline itself can say which sense it is
        return document.line_bounds(candidate.start, candidate.end)
    return max(0, candidate.start - WINDOW), min(len(document.text), candidate.end + WINDOW)


def not_followed_by(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    """"Georgia State", "Jordan River": a word right after the alias rules it out."""
    if rule.not_followed_by is not None:
        following = re.compile(rule.not_followed_by).match(document.text, candidate.end)
        if following:
            return Veto("not_followed_by", following[0].strip(), following.start())
    return None


def defined_in_parentheses(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    """"Eurasian Economic Commission (EEC)" defines the letters as the entity; "Commodity Strategy fund (GCC)"
    as something else, and later uses keep that meaning until the letters are defined again."""
    definitions = document.definitions.get((candidate.entry.entity_id, candidate.entry.text), [])
    index = bisect_right(definitions, (candidate.start, True)) - 1
    if index < 0:
        return None
    position, own = definitions[index]
    if position == candidate.start:
        return Evidence("defined", start=position) if own else Veto("defined_as_other", start=position)
    return None if own else Veto("defined_as_other", start=position)


def veto_nearby(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    """An `against` phrase in the window vetoes, unless a cue and no veto stand right beside the alias
    ("from Tbilisi, Georgia" in a story about Atlanta)."""
    if not rule.against:
        return None
    low, high = _window(document, candidate, rule)
    vetoes = document.phrases(rule.against, low, high)
    if not vetoes:
        return None
    line_low, line_high = document.line_bounds(candidate.start, candidate.end)
    beside_low = max(low, candidate.start - BESIDE, line_low)
    beside_high = min(high, candidate.end + BESIDE, line_high)
    if not any(beside_low <= start and end <= beside_high for start, end in vetoes):
        cue = _cue(document, candidate, rule, beside_low, beside_high)
        if cue is not None:
            return Evidence("cue_beside", document.text[cue[0] : cue[1]], *cue)
    start, end = vetoes[0]
    return Veto("against", document.text[start:end], start)


def _document_wide(candidate: Candidate, rule: SenseRule) -> bool:
    """Whether evidence from anywhere in the document counts: not for a common word in a headline, and not
    for a name written in lower case, whose everyday sense ("china" the porcelain) is decided by its
    neighbourhood alone."""
    return not rule.only_in_caps and not candidate.lowered


def same_entity_named(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    if _document_wide(candidate, rule) and candidate.entry.entity_id in document.ids:
        return Evidence("same_entity", entity_id=candidate.entry.entity_id)
    return None


def related_entity_named(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    related = sorted(rule.related & document.ids) if _document_wide(candidate, rule) else []
    return Evidence("related", entity_id=related[0]) if related else None


def cue_nearby(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    low, high = _window(document, candidate, rule)
    cue = _cue(document, candidate, rule, low, high)
    return Evidence("cue", document.text[cue[0] : cue[1]], *cue) if cue else None


def mention_nearby(document: Document, candidate: Candidate, rule: SenseRule) -> Verdict:
    """Another linked mention nearby; for a name in lower case, right beside it on its line ("russia and china",
    not "bone china ... Staffordshire, England")."""
    if not rule.near_mentions:
        return None
    low, high = _window(document, candidate, rule)
    if candidate.lowered:
        line_low, line_high = document.line_bounds(candidate.start, candidate.end)
        low, high = max(low, line_low, candidate.start - BESIDE), min(high, line_high, candidate.end + BESIDE)
    neighbour = document.near(candidate.start, candidate.end, low, high)
    if neighbour is None:
        return None
    start, end, entity_id = neighbour
    return Evidence("near_mention", start=start, end=end, entity_id=entity_id)


def _cue(document: Document, candidate: Candidate, rule: SenseRule, low: int, high: int) -> tuple[int, int] | None:
    """The cue closest to the candidate inside ``low:high``, not overlapping it."""
    if not rule.cues:
        return None
    cues = [
        (start, end)
        for start, end in document.phrases(rule.cues, low, high)
        if end <= candidate.start or start >= candidate.end
    ]
    return min(cues, key=lambda span: abs(span[0] - candidate.start)) if cues else None


#: The evidence rules, in the order they are asked. Vetoes come before evidence: a candidate whose own
#: context rules it out is rejected whatever the rest of the document says.
EVIDENCE_RULES: list[Rule] = [
    not_followed_by,
    defined_in_parentheses,
    veto_nearby,
    same_entity_named,
    related_entity_named,
    cue_nearby,
    mention_nearby,
]
#: The rules whose answer changes when another candidate is accepted: asked again of waiting candidates.
_GROWING_RULES: list[Rule] = [same_entity_named, related_entity_named]


# --- judging a document -------------------------------------------------------------------------


def judge(text: str, candidates: list[Candidate], phrase_index: PhraseIndex) -> list[Judged]:
    """The mentions among ``candidates`` (in order of start): the certain ones, and the doubtful ones with
    evidence, overlaps resolved, not-mentions dropped."""
    from orgmentions.matcher import resolve_overlaps

    doubts = [c.lowered or (c.entry.sense is not None and _needs_evidence(c.entry.sense, text, c)) for c in candidates]
    doubtful: dict[tuple[int, int, str, str | None], Candidate] = {}
    if any(doubts):
        # One reading of the letters settles them: where another entry of the same body reads the same span
        # without doubt ("abcd" where one language's policy counts it in lower case), the doubtful twin goes.
        settled = {_key(c) for c, doubt in zip(candidates, doubts, strict=True) if not doubt}
        read = [(c, doubt) for c, doubt in zip(candidates, doubts, strict=True) if not doubt or _key(c) not in settled]
        candidates = [c for c, _ in read]
        doubtful = {_key(c): c for c, doubt in read if doubt}
    resolved = resolve_overlaps(candidates)
    if not doubtful:
        return [Judged(c, None) for c in resolved if c.entry.alias_type != "not_mention"]
    certain = [
        (c.start, c.end, c.entry.entity_id)
        for c in resolved
        if c.entry.alias_type != "not_mention" and _key(c) not in doubtful
    ]
    document = Document(text, certain, phrase_index, _regions(list(doubtful.values()), len(text)))
    document.definitions = _definitions(text, list(doubtful.values()), {end: entity_id for _, end, entity_id in certain})
    verdicts = _verdicts(document, list(doubtful.values()))
    kept = [c for c in candidates if _key(c) not in doubtful or isinstance(verdicts.get(_key(c)), Evidence)]
    kept = _one_body_per_span(kept, verdicts, document)
    return [
        Judged(c, verdicts.get(_key(c)))  # type: ignore[arg-type]
        for c in resolve_overlaps(kept)
        if c.entry.alias_type != "not_mention"
    ]


def _one_body_per_span(
    kept: list[Candidate], verdicts: dict[tuple[int, int, str, str | None], Verdict], document: Document
) -> list[Candidate]:
    """Of letters two bodies share ("İƏT": the OIC and the ECO), the body with the stronger evidence (in the
    order of `EvidenceKind`: a definition first); neither where the text supports both alike."""
    by_span: dict[tuple[int, int], list[Candidate]] = {}
    for candidate in kept:
        by_span.setdefault((candidate.start, candidate.end), []).append(candidate)
    if len(by_span) == len(kept):
        return kept
    dropped: set[tuple[int, int, str, str | None]] = set()
    for here in by_span.values():
        rivals = [c for c in here if c.entry.alias_type != "not_mention"]
        if len({c.entry.entity_id for c in rivals}) < 2:
            continue
        strength = {_key(c): _EVIDENCE_ORDER.get(getattr(verdicts.get(_key(c)), "kind", None), -1) for c in rivals}
        best = min(strength.values())
        winners = {c.entry.entity_id for c in rivals if strength[_key(c)] == best}
        if len(winners) > 1:
            # Both bodies named in the document say nothing about this place: its own cues may.
            cued = {c.entry.entity_id for c in rivals if c.entry.entity_id in winners and c.entry.sense is not None
                    and cue_nearby(document, c, c.entry.sense) is not None}
            winners = cued or winners
        dropped |= {_key(c) for c in rivals if len(winners) > 1 or c.entry.entity_id not in winners}
    return [c for c in kept if _key(c) not in dropped]


def _regions(doubtful: list[Candidate], length: int) -> list[tuple[int, int]]:
    """The windows around the doubtful candidates, merged: all the text any rule may read."""
    regions: list[tuple[int, int]] = []
    for candidate in sorted(doubtful, key=lambda c: c.start):
        low, high = max(0, candidate.start - WINDOW), min(length, candidate.end + WINDOW)
        if regions and low <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], high))
        else:
            regions.append((low, high))
    return regions


def _key(candidate: Candidate) -> tuple[int, int, str, str | None]:
    """A candidate's identity while judging: where it stands, which alias it is and whose (two bodies may
    share the letters)."""
    entry = candidate.entry
    return candidate.start, candidate.end, entry.text, entry.entity_id if entry.alias_type != "not_mention" else None  # type: ignore[union-attr]


def _verdicts(document: Document, doubtful: list[Candidate]) -> dict[tuple[int, int, str, str | None], Verdict]:
    """Each doubtful candidate's verdict, keyed by `_key`."""
    verdicts: dict[tuple[int, int, str, str | None], Verdict] = {}
    waiting_on: dict[str, list[Candidate]] = {}  # the waiting candidates, by the ids whose mention would settle them
    accepted: list[str] = []
    for candidate in doubtful:  # in text order
        rule = candidate.entry.sense or LOWER_CASE_RULE
        verdict = next((v for r in EVIDENCE_RULES if (v := r(document, candidate, rule)) is not None), None)
        verdicts[_key(candidate)] = verdict
        if isinstance(verdict, Evidence):
            accepted.append(candidate.entry.entity_id)
            document.ids.add(candidate.entry.entity_id)
        elif verdict is None and _document_wide(candidate, rule):
            for entity_id in {candidate.entry.entity_id} | rule.related:
                waiting_on.setdefault(entity_id, []).append(candidate)
    # An accepted candidate is evidence for those waiting on its entity; each of them may settle more.
    while accepted:
        for candidate in waiting_on.pop(accepted.pop(), []):
            if verdicts[_key(candidate)] is not None:
                continue
            rule = candidate.entry.sense or LOWER_CASE_RULE
            verdict = next((v for r in _GROWING_RULES if (v := r(document, candidate, rule)) is not None), None)
            verdicts[_key(candidate)] = verdict
            if verdict is not None and candidate.entry.entity_id not in document.ids:
                document.ids.add(candidate.entry.entity_id)
                accepted.append(candidate.entry.entity_id)
    # One sense per discourse: an alias accepted with evidence keeps that sense where nothing vetoes it.
    accepted_aliases = {(c.entry.entity_id, c.entry.text) for c in doubtful if isinstance(verdicts[_key(c)], Evidence)}
    for candidate in doubtful:
        if candidate.lowered:
            continue
        if verdicts[_key(candidate)] is None and (candidate.entry.entity_id, candidate.entry.text) in accepted_aliases:
            verdicts[_key(candidate)] = Evidence("one_sense")
    return verdicts


def _needs_evidence(rule: SenseRule, text: str, candidate: Candidate) -> bool:
    return not rule.only_in_caps or in_capitals(text, candidate.start, candidate.end)


def _definitions(
    text: str, doubtful: list[Candidate], name_ends: dict[int, str]
) -> dict[tuple[str, str], list[tuple[int, bool]]]:
    definitions: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    bodies_at: dict[tuple[int, int], set[str]] = {}  # the bodies whose letters these are, where two share them
    for candidate in doubtful:
        bodies_at.setdefault((candidate.start, candidate.end), set()).add(candidate.entry.entity_id)
    for candidate in doubtful:
        defined = _parenthesised_definition(text, candidate, name_ends, bodies_at[(candidate.start, candidate.end)])
        if defined is not None:
            definitions.setdefault((candidate.entry.entity_id, candidate.entry.text), []).append(
                (candidate.start, defined)
            )
    return definitions


def _parenthesised_definition(
    text: str, candidate: Candidate, name_ends: dict[int, str], bodies: set[str]
) -> bool | None:
    """For a candidate in parentheses after a name, whether that name is its entity's own.

    True: "Eurasian Economic Commission (EEC)". False: "(GCC)" closing "Commodity Strategy fund (GCC)",
    which defines the letters as something else, or letters two bodies share after the other one's name
    ("Iqtisodiy hamkorlik tashkiloti (IHT; ...)", whatever its case and whatever follows). None: the
    candidate is not such a definition.
    """
    at = candidate.start
    limit = max(0, at - 8)  # a few spaces at most: bounded work whatever the text
    while at > limit and text[at - 1] == " ":
        at -= 1
    if at == 0 or text[at - 1] != "(":
        return None
    at -= 1
    limit = max(0, at - 8)
    while at > limit and text[at - 1] in " \u00a0\n":
        at -= 1
    named = name_ends.get(_before_possessive(text, at))
    if named == candidate.entry.entity_id:
        return True
    if named in bodies:
        return False
    closed = text.startswith(")", candidate.end) or text[candidate.end : candidate.end + 2] == " )"
    return False if closed and _ends_with_a_name(text, at) else None


def _ends_with_a_name(text: str, at: int) -> bool:
    """Whether the two words before ``at`` are capitalised, as in a name ("Center for Internet Security"),
    not a description ("the six Gulf monarchies")."""
    words = _LETTERS.findall(text, max(0, at - 80), at)
    return len(words) >= 2 and all(word[0].isupper() for word in words[-2:])


def _before_possessive(text: str, at: int) -> int:
    """Where a name ends that a possessive ending at ``at`` follows ("States’ (CIS)", "Council's (GCC)")."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(ending, 0, at):
            return at - len(ending)
    return at


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a stretch of capitals, as in a headline: its line, or its clause.

    "WHO ARE YOU? The question..." and "— PEOPLE TRY TO PUT US DOWN — while..." are in capitals;
    "the UN, EU, OSCE and NATO" is not: the capitals there run into lower case without a break.
    Only `_CAPS_CONTEXT` characters each side are read, so a line of any length costs the same.
    """
    line_start = max(text.rfind("\n", max(0, start - _CAPS_CONTEXT), start) + 1, start - _CAPS_CONTEXT, 0)
    line_end = text.find("\n", end, end + _CAPS_CONTEXT)
    right_end = min(len(text), end + _CAPS_CONTEXT) if line_end < 0 else line_end
    right = _NOT_LOWER_RUN.match(text, end, right_end)[0]
    if len(right) < right_end - end and not _CLAUSE_BREAK.search(right):
        return False
    left_reversed = _NOT_LOWER_RUN.match(text[line_start:start][::-1])[0]
    if len(left_reversed) < start - line_start and not _CLAUSE_BREAK.search(left_reversed):
        return False
    return len(_WORD.findall(left_reversed + " " + right)) >= 2
