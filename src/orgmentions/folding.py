"""The folded copy of a text that the automata of finding and judging read.

Folding lower-cases the text and turns every character that cannot be part of a word into a space
byte, so an automaton sees word boundaries without a tokenizer. It keeps every character in its
place as one character, so an offset found in the folded bytes converts back to the caller's
offset (`ByteOffsets`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from orgmentions.morphology import LETTER_FOLDS

# Word boundaries as the automata see them: every character that separates words becomes one space.
# ASCII ones by one C-level translate, except "#" and "@": a hashtag's body and an account's name are
# read apart, never as words. Beyond ASCII, punctuation, symbols (emoji, flags, "№"), spaces, and the
# invisible marks that stand between words (zero-width space, soft hyphen, direction marks, variation
# selectors); the modifier apostrophe of Ukrainian ("Обʼєднані") too, though Unicode counts it a letter.
ASCII_BOUNDARIES = bytes(c if (chr(c).isalnum() or chr(c) in "_#@" or c >= 0x80) else 0x20 for c in range(256))
_INVISIBLE_SEPARATORS = frozenset("\u00ad\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
                                  "\u061c\ufeff\ufe0e\ufe0f\u02bc")
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")
# The separators of everyday text, replaced in one pass each (where present) before the rest are looked up.
_COMMON_SEPARATORS = "«»“”„‘’–—\u00a0…•·\u2009\u202f\u02bc"
#: What every word boundary is in the folded text.
SPACE = b" "


@functools.cache
def folds_to_space(char: str) -> bool:
    """Whether `fold` turns ``char`` into a space."""
    if char.isascii():
        return ASCII_BOUNDARIES[ord(char)] == 0x20
    return unicodedata.category(char)[0] in "PSZ" or char in _INVISIBLE_SEPARATORS


def _space_if_separator(match: re.Match[str]) -> str:
    char = match[0]
    return " " if folds_to_space(char) else char


_TEXT_FOLDS = [("ё", "е"), *LETTER_FOLDS.items()]
_TEXT_FOLDS_PRESENT = re.compile("[\u0451" + "".join(LETTER_FOLDS) + "]")


def fold(text: str, lower: bool = True) -> bytes:
    """The text as the automata read it: lower case, word separators as spaces, one space at each end, UTF-8.

    ``lower=False`` keeps the case, for phrases that must match as written.

    Every character stays one character (a letter whose lower case is longer, such as "İ", keeps
    one; folds swap one letter for another), so `ByteOffsets` converts offsets back.
    """
    lowered = text.lower() if lower else text
    if len(lowered) != len(text):
        lowered = "".join(char.lower()[0] for char in text)
    if _TEXT_FOLDS_PRESENT.search(lowered):
        for char, folded in _TEXT_FOLDS:
            lowered = lowered.replace(char, folded)
    if not lowered.isascii():
        for char in _COMMON_SEPARATORS:
            if char in lowered:
                lowered = lowered.replace(char, " ")
        lowered = _NON_ASCII_NON_WORD.sub(_space_if_separator, lowered)
    return (" " + lowered + " ").encode("utf-8", "surrogatepass").translate(ASCII_BOUNDARIES)


def fold_word(token: str) -> str:
    """A word as the automata store it: lower case, with the letter folds of `fold`."""
    key = token.lower()
    if len(key) != len(token):  # "İ": one character, as in `fold`
        key = "".join(char.lower()[0] for char in token)
    if not key.isascii() and _TEXT_FOLDS_PRESENT.search(key):
        for char, folded in _TEXT_FOLDS:
            key = key.replace(char, folded)
    return key


class ByteOffsets:
    """Byte offsets of a folded text to character offsets of the original, for offsets asked in
    increasing order (the folded text's leading space counts as a character)."""

    def __init__(self, folded: bytes, ascii_text: bool) -> None:
        self._folded = folded
        self._ascii = ascii_text
        self._byte = 0
        self._char = 0

    def __call__(self, byte_offset: int) -> int:
        if self._ascii:
            return byte_offset
        if byte_offset < self._byte:  # asked out of order: start again
            self._byte = self._char = 0
        self._char += len(self._folded[self._byte : byte_offset].decode("utf-8", "surrogatepass"))
        self._byte = byte_offset
        return self._char
