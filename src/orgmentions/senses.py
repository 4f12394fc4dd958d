"""Deciding whether an ambiguous alias means the listed entity in this document.

The rules are generic; what differs per alias (its cues, its vetoes, the ids that
support it) is data in the gazetteer's ``ambiguous`` blocks. The decision returns
the evidence it accepted, which the mention records.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from orgmentions.schema import Ambiguity

#: How far (in characters, each side) a cue or a neighbouring mention may be.
WINDOW = 250
_CAPS_CONTEXT = 60
_WORD = re.compile(r"[^\W\d_]{2,}")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class _CueSet:
    """Cue words and phrases: one with a capital letter matches its case exactly, a lower-case one any case.

    Each phrase is looked for with ``str.find`` (the lower-case ones in a lower-cased
    window) and kept only at word boundaries: for the few dozen cues of an alias this
    is several times faster than one regex alternation.
    """

    phrases: tuple[tuple[str, bool], ...]  # (phrase, matched exactly)

    @classmethod
    def of(cls, phrases: list[str]) -> _CueSet:
        return cls(tuple((phrase, phrase != phrase.lower()) for phrase in phrases))

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def search(self, window: Window) -> str | None:
        """The first cue found in the window, or None."""
        for phrase, exact in self.phrases:
            haystack = window.text if exact else window.lowered
            at = haystack.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if not (
                    (at > 0 and _is_word_char(haystack[at - 1]) and _is_word_char(phrase[0]))
                    or (end < len(haystack) and _is_word_char(haystack[end]) and _is_word_char(phrase[-1]))
                ):
                    return phrase
                at = haystack.find(phrase, at + 1)
        return None


class Window:
    """A stretch of text around a match, and its lower-case copy for case-insensitive cues."""

    __slots__ = ("text", "lowered")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()


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
    def of(cls, ambiguity: Ambiguity) -> SenseRule:
        following = None
        if ambiguity.not_followed_by:
            alternatives = "|".join(re.escape(w) for w in ambiguity.not_followed_by)
            following = re.compile(f"\\s+(?:{alternatives})(?!\\w)", re.IGNORECASE)
        return cls(
            _CueSet.of(ambiguity.cues),
            _CueSet.of(ambiguity.against),
            frozenset(ambiguity.related),
            ambiguity.near_mentions,
            ambiguity.only_in_caps,
            following,
        )


class DocumentEvidence:
    """The unambiguous mentions of one document, which ambiguous ones may lean on."""

    def __init__(self, mentions: list[tuple[int, int, str]]) -> None:
        self._mentions = sorted(mentions)
        self._starts = [start for start, _, _ in self._mentions]
        self.ids = {entity_id for _, _, entity_id in mentions}

    def near(self, start: int, end: int, low: int = 0, high: int | None = None) -> str | None:
        """The id of the closest unambiguous mention within the window (and within ``low:high``), not overlapping."""
        best: tuple[int, str] | None = None
        first = bisect_left(self._starts, max(low, start - WINDOW - 200))
        for other_start, other_end, entity_id in self._mentions[first:]:
            if other_start > end + WINDOW or (high is not None and other_end > high):
                break
            if other_start < low:
                continue
            if other_end <= start:
                distance = start - other_end
            elif other_start >= end:
                distance = other_start - end
            else:
                continue
            if distance <= WINDOW and (best is None or distance < best[0]):
                best = (distance, entity_id)
        return best[1] if best else None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words around a span, on its line, are all in capitals, as in a headline."""
    line_start, line_end = _line_bounds(text, start, end)
    before = _WORD.findall(text, max(line_start, start - _CAPS_CONTEXT), start)
    after = _WORD.findall(text, end, min(line_end, end + _CAPS_CONTEXT))
    neighbours = before[-4:] + after[:4]
    return len(neighbours) >= 2 and all(word.isupper() for word in neighbours)


def needs_evidence(rule: SenseRule, text: str, start: int, end: int) -> bool:
    return not rule.only_in_caps or in_capitals(text, start, end)


#: `judge` returns this for a match whose own context rules it out, whatever the rest of the document says.
VETOED = "vetoed"


def judge(rule: SenseRule, entity_id: str, text: str, start: int, end: int, evidence: DocumentEvidence) -> str | None:
    """The evidence that this ambiguous match names ``entity_id``; `VETOED`; or None when nothing supports it."""
    if rule.not_followed_by and rule.not_followed_by.match(text, end):
        return VETOED
    if rule.only_in_caps:
        # A common word in a headline: only the headline itself can say which sense it is.
        line_start, line_end = _line_bounds(text, start, end)
        before, after = text[line_start:start], text[end:line_end]
        cue = rule.cues.search(Window(before + " \n " + after))
        if rule.against.search(Window(before + text[start:end] + after)):
            return VETOED
        if cue:
            return f"cue {cue!r} in the headline"
        neighbour = evidence.near(start, end, line_start, line_end) if rule.near_mentions else None
        return f"{neighbour} mentioned in the headline" if neighbour else None
    before, after = text[max(0, start - WINDOW) : start], text[end : end + WINDOW]
    # A veto may include the alias itself ("Secretary of the Security Council"); a cue may not.
    if rule.against and rule.against.search(Window(before + text[start:end] + after)):
        return VETOED
    surroundings = Window(before + " \n " + after)
    if entity_id in evidence.ids:
        return "unambiguous mention of the same entity in the document"
    related = sorted(rule.related & evidence.ids)
    if related:
        return f"{related[0]} mentioned in the document"
    cue = rule.cues.search(surroundings)
    if cue:
        return f"cue {cue!r} nearby"
    if rule.near_mentions:
        neighbour = evidence.near(start, end)
        if neighbour:
            return f"{neighbour} mentioned nearby"
    return None
