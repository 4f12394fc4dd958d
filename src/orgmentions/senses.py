"""Deciding whether an ambiguous alias means the listed entity in this document.

The rules are generic; what differs per alias (its cues, its vetoes, the ids that
support it) is data in the gazetteer's ``ambiguous`` blocks. The decision returns
the evidence it accepted, which the mention records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from orgmentions.normalise import UPPERCASE_LETTERS
from orgmentions.gazetteer import phrases_of
from orgmentions.schema import Ambiguity, Phrase

#: How far (in characters, each side) a cue or a neighbouring mention may be.
WINDOW = 250
#: A cue this close (in characters, each side) outweighs a veto elsewhere in the window.
BESIDE = 25
#: `judge` returns this for a match whose own context rules it out, whatever the rest of the document says.
VETOED = "vetoed"
# How much of a line around a common word decides whether it stands in capitals: a headline's
# words, not a whole paragraph set in capitals for emphasis.
_CAPS_CONTEXT = 60
_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_LOWER_RUN = re.compile(f"(?:[\\W\\d_]|[{UPPERCASE_LETTERS}])*")
_CLAUSE_BREAK = re.compile('[.?!:;\u2014\u2013"\u201c\u201d\u00ab\u00bb]')


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


class Document:
    """One document being judged: its text, its unambiguous mentions and the ids it names."""

    def __init__(self, text: str, unambiguous: list[tuple[int, int, str]]) -> None:
        self.text = text
        self._mentions = sorted(unambiguous)
        self._starts = [start for start, _, _ in self._mentions]
        #: The ids named anywhere in the document: unambiguously, or by a doubtful match already accepted.
        self.ids = {entity_id for _, _, entity_id in unambiguous}
        # Telegram posts repeat their text ("Read in full"): the same window gets the same verdict.
        self._vetoes: dict[tuple[int, str], bool] = {}
        self._cues: dict[tuple[int, str, int], str | None] = {}

    def vetoed(self, rule: SenseRule, low: int, high: int) -> bool:
        """Whether an `against` word of ``rule`` stands inside ``low:high`` (it may include the alias itself:
        "Secretary of the Security Council")."""
        if not rule.against:
            return False
        key = (id(rule), self.text[low:high])
        verdict = self._vetoes.get(key)
        if verdict is None:
            verdict = self._vetoes[key] = rule.against.occurs(self.text, low, high)
        return verdict

    def cue(self, rule: SenseRule, low: int, high: int, start: int, end: int) -> str | None:
        """The first cue of ``rule`` inside ``low:high`` outside the match at ``start:end``; looked for only when
        the document holds no stronger evidence."""
        if not rule.cues:
            return None
        key = (id(rule), self.text[low:high], start - low)
        if key not in self._cues:
            self._cues[key] = rule.cues.search(self, low, high, skip=(start, end))
        return self._cues[key]

    def near(self, start: int, end: int, low: int, high: int) -> str | None:
        """The id of the closest unambiguous mention inside ``low:high`` that does not overlap ``start:end``."""
        best: tuple[int, str] | None = None
        for other_start, other_end, entity_id in self._mentions[bisect_left(self._starts, low) :]:
            if other_start >= high:
                break
            if other_end > high or (other_start < end and start < other_end):
                continue
            distance = start - other_end if other_end <= start else other_start - end
            if best is None or distance < best[0]:
                best = (distance, entity_id)
        return best[1] if best else None


@dataclass(frozen=True)
class _CueSet:
    """Cue words and phrases: one with a capital letter matches its case exactly, a lower-case one any case.

    Each phrase is looked for with ``str.find`` inside the window's bounds (the
    lower-case ones in the lower-cased window) and kept only at word boundaries:
    for the few dozen cues of an alias this is several times faster than a regex.
    """

    phrases: tuple[tuple[str, bool], ...]  # (phrase, matched exactly), in the gazetteer's order
    exact: tuple[str, ...]  # the same phrases by case, for `occurs`, where order does not matter
    any_case: tuple[str, ...]

    @classmethod
    def of(cls, phrases: list[Phrase]) -> _CueSet:
        exact = tuple(phrase.text for phrase in phrases if phrase.case == "exact")
        any_case = tuple(dict.fromkeys(_same_length_lower(p.text) for p in phrases if p.case == "any"))
        ordered = [(p.text, True) if p.case == "exact" else (_same_length_lower(p.text), False) for p in phrases]
        return cls(tuple(dict.fromkeys(ordered)), exact, any_case)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def search(self, document: Document, low: int, high: int, skip: tuple[int, int] = (0, 0)) -> str | None:
        """The first cue inside ``low:high`` that does not overlap the ``skip`` span, or None."""
        text = document.text
        lowered = None  # made on first need: most windows are settled by exact-case cues or none
        for phrase, exact in self.phrases:
            if exact:
                haystack, offset = text, 0
            else:
                if lowered is None:
                    lowered = _same_length_lower(text[low:high])
                haystack, offset = lowered, low
            at = haystack.find(phrase, low - offset, high - offset)
            while at >= 0:
                begin = at + offset
                if _stands_alone(text, begin, phrase) and not (begin < skip[1] and skip[0] < begin + len(phrase)):
                    return phrase
                at = haystack.find(phrase, at + 1, high - offset)
        return None

    def occurs(self, text: str, low: int, high: int) -> bool:
        """Whether any phrase stands inside ``low:high``: `search` without its order, a case at a time,
        as a veto needs it on every window of every doubtful match."""
        for phrase in self.exact:
            at = text.find(phrase, low, high)
            while at >= 0:
                if _stands_alone(text, at, phrase):
                    return True
                at = text.find(phrase, at + 1, high)
        if self.any_case:
            lowered = _same_length_lower(text[low:high])
            for phrase in self.any_case:
                at = lowered.find(phrase)
                while at >= 0:
                    if _stands_alone(text, low + at, phrase):
                        return True
                    at = lowered.find(phrase, at + 1)
        return False


def _stands_alone(text: str, begin: int, phrase: str) -> bool:
    """Whether ``phrase`` at ``begin`` is not part of a longer word. Boundaries are read in the original
    text: lower-casing keeps letters letters."""
    end = begin + len(phrase)
    return not (
        (begin > 0 and _is_word_char(text[begin - 1]) and _is_word_char(phrase[0]))
        or (end < len(text) and _is_word_char(text[end]) and _is_word_char(phrase[-1]))
    )


def _same_length_lower(text: str) -> str:
    """``text.lower()``, except that a letter whose lower case is longer ("İ") keeps one character, so offsets hold."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(char.lower()[0] for char in text)


@dataclass(frozen=True)
class SenseRule:
    """An `Ambiguity` block compiled for matching."""

    cues: _CueSet
    against: _CueSet
    related: frozenset[str]
    near_mentions: bool
    only_in_caps: bool
    not_followed_by: re.Pattern[str] | None

    @classmethod
    def of(cls, ambiguity: Ambiguity, word_sets: dict[str, list[Phrase]]) -> SenseRule:
        following = None
        if ambiguity.not_followed_by:
            alternatives = "|".join(re.escape(w) for w in ambiguity.not_followed_by)
            following = re.compile(f"\\s+(?:{alternatives})(?!\\w)", re.IGNORECASE)
        return cls(
            _CueSet.of(phrases_of(ambiguity.cues, ambiguity.cue_sets, word_sets)),
            _CueSet.of(phrases_of(ambiguity.against, ambiguity.against_sets, word_sets)),
            frozenset(ambiguity.related),
            ambiguity.near_mentions,
            ambiguity.only_in_caps,
            following,
        )


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a stretch of capitals, as in a headline: its line, or its clause.

    "WHO ARE YOU? The question..." and "— PEOPLE TRY TO PUT US DOWN — while..." are in capitals;
    "the UN, EU, OSCE and NATO" is not: the capitals there run into lower case without a break.
    """
    line_start, line_end = _line_bounds(text, start, end)
    # The capitals after the span, then before it, must reach a clause break or the edge of the
    # context before any lower case; most common words fail on the right at once ("the UN said").
    right_end = min(line_end, end + _CAPS_CONTEXT)
    right = _NOT_LOWER_RUN.match(text, end, right_end)[0]
    if len(right) < right_end - end and not _CLAUSE_BREAK.search(right):
        return False
    left_start = max(line_start, start - _CAPS_CONTEXT)
    left_reversed = _NOT_LOWER_RUN.match(text[left_start:start][::-1])[0]
    if len(left_reversed) < start - left_start and not _CLAUSE_BREAK.search(left_reversed):
        return False
    return len(_WORD.findall(left_reversed + " " + right)) >= 2


def needs_evidence(rule: SenseRule, text: str, start: int, end: int) -> bool:
    return not rule.only_in_caps or in_capitals(text, start, end)


def judge(rule: SenseRule, entity_id: str, document: Document, start: int, end: int) -> str | None:
    """The evidence that this ambiguous match names ``entity_id``; `VETOED`; or None when nothing supports it."""
    text = document.text
    if rule.not_followed_by and rule.not_followed_by.match(text, end):
        return VETOED
    # A common word in a headline: only the headline itself can say which sense it is.
    low, high = _line_bounds(text, start, end) if rule.only_in_caps else (max(0, start - WINDOW), end + WINDOW)
    high = min(high, len(text))
    if document.vetoed(rule, low, high):
        # A cue right beside the match, on its line, outweighs a veto further off: "from Tbilisi, Georgia"
        # in a text about Atlanta.
        line_start, line_end = _line_bounds(text, start, end)
        beside_low, beside_high = max(low, start - BESIDE, line_start), min(high, end + BESIDE, line_end)
        cue = (
            None
            if document.vetoed(rule, beside_low, beside_high)
            else document.cue(rule, beside_low, beside_high, start, end)
        )
        return f"cue {cue!r} right beside it" if cue else VETOED
    if not rule.only_in_caps:
        if entity_id in document.ids:
            return "the same entity named elsewhere in the document"
        related = sorted(rule.related & document.ids)
        if related:
            return f"{related[0]} mentioned in the document"
    cue = document.cue(rule, low, high, start, end)
    if cue:
        return f"cue {cue!r} nearby"
    neighbour = document.near(start, end, low, high) if rule.near_mentions else None
    if neighbour:
        return f"{neighbour} mentioned nearby"
    return None
