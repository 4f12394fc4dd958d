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


def _words_pattern(words: list[str], flags: int = 0) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(f"(?<!\\w)(?:{alternatives})(?!\\w)", flags)


@dataclass(frozen=True)
class _CueSet:
    """Cue words: one with a capital letter matches its case exactly, a lower-case one any case."""

    exact: re.Pattern[str] | None
    folded: re.Pattern[str] | None

    @classmethod
    def of(cls, words: list[str]) -> _CueSet:
        return cls(
            _words_pattern([w for w in words if w != w.lower()]),
            _words_pattern([w for w in words if w == w.lower()], re.IGNORECASE),
        )

    def search(self, text: str) -> str | None:
        for pattern in (self.exact, self.folded):
            found = pattern.search(text) if pattern else None
            if found:
                return found.group(0)
        return None


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

    def near(self, start: int, end: int) -> str | None:
        """The id of the closest unambiguous mention within the window, other than one overlapping this span."""
        best: tuple[int, str] | None = None
        first = bisect_left(self._starts, start - WINDOW - 200)
        for other_start, other_end, entity_id in self._mentions[first:]:
            if other_start > end + WINDOW:
                break
            if other_end <= start:
                distance = start - other_end
            elif other_start >= end:
                distance = other_start - end
            else:
                continue
            if distance <= WINDOW and (best is None or distance < best[0]):
                best = (distance, entity_id)
        return best[1] if best else None


def in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words around a span are all in capitals, as in a headline."""
    before = _WORD.findall(text, max(0, start - _CAPS_CONTEXT), start)
    after = _WORD.findall(text, end, end + _CAPS_CONTEXT)
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
    # A veto may include the alias itself ("Secretary of the Security Council"); a cue may not.
    if rule.against.search(text[max(0, start - WINDOW) : end + WINDOW]):
        return VETOED
    surroundings = text[max(0, start - WINDOW) : start] + " \n " + text[end : end + WINDOW]
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
