"""How names are compared: tokens, folded punctuation and case.

The gazetteer loader and the matcher both use these functions, so an alias is
looked up exactly the way the text around it is read.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic variants that writers use interchangeably inside names.
_PUNCTUATION_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\uff06": "&",
        "\u0451": "\u0435",
        "\u0401": "\u0415",  # Russian ё is often written е
    }
)

#: A token is a run of word characters or one other non-space character.
TOKEN = re.compile(r"\w+|[^\w\s]")
_WORDS = re.compile(r"\w+")

#: Upper-case letters of the scripts the gazetteers use (Latin, Greek, Cyrillic, Armenian). Georgian and
#: the scripts without case have none in running text.
UPPERCASE_LETTERS = "".join(
    chr(code)
    for block in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x590), (0x1E00, 0x1F00))
    for code in range(*block)
    if chr(code).isupper()
)


def fold(token: str) -> str:
    """The lookup form of a gazetteer token: typographic variants folded, case-folded,
    and a Russian word reduced to its stem ("Армения" -> "армени")."""
    if len(token) == 1 and not token.isalnum():
        return token.translate(_PUNCTUATION_FOLD)
    # Of the typographic variants only ё can occur inside a word token.
    folded = token.casefold().replace("\u0451", "\u0435")
    return folded if folded.isascii() else _strip_ending(folded, _NOMINATIVE_ENDINGS)


# The lookup key of a name (for `Gazetteer.named_by` and the check that no two entities claim one
# name) loses a Russian nominative ending, so that "Армения" and "Армении" are one name. This is
# coarser than the matcher's per-language rules (`orgmentions.morphology`) on purpose: it keeps
# the Ukrainian "Нігерія" and "Нігер" (Nigeria, Niger) apart, which a shared stem would merge.
_NOMINATIVE_ENDINGS = sorted(
    ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "а", "я", "о", "е", "ы", "и", "ь", "й"],
    key=len,
    reverse=True,
)
_DECLINING_ENDINGS = frozenset(["а", "я", "ый", "ий", "ой", "ая"])
_RUSSIAN_MIN_STEM = 4
_RUSSIAN_SHORT_STEM = 3
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _strip_ending(word: str, endings: list[str]) -> str:
    if not _CYRILLIC.match(word):
        return word
    for ending in endings:
        shortest = _RUSSIAN_SHORT_STEM if ending in _DECLINING_ENDINGS else _RUSSIAN_MIN_STEM
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)]
    return word


def fold_punctuation(text: str) -> str:
    return text.translate(_PUNCTUATION_FOLD)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(fold_punctuation(text))


def lookup_key(text: str) -> tuple[str, ...]:
    """The case-insensitive key of a name: its folded tokens."""
    return tuple(fold(token) for token in TOKEN.findall(text))


def compact(text: str) -> str:
    """A name as a hashtag writes it: word characters only ("Union State" -> "UnionState")."""
    return "".join(_WORDS.findall(text))


class SpellingVariants:
    """Every spelling of a name reachable by swapping the members of spelling pairs (isation/ization).

    Matching is case-insensitive, so the swap is too; the rest of the name keeps
    its letters as written. Results are cached per name.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = [
            (
                left,
                right,
                left.lower(),
                right.lower(),
                re.compile(f"{re.escape(left)}|{re.escape(right)}", re.IGNORECASE),
            )
            for left, right in pairs
        ]
        self._cache: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        variants = [text]
        lowered = text.lower()
        for left, right, left_lower, right_lower, pattern in self._pairs:
            if left_lower not in lowered and right_lower not in lowered:
                continue
            swapped = [
                pattern.sub(lambda m, c=choice: _match_case(m.group(0), c), variant)
                for variant in variants
                for choice in (left, right)
            ]
            variants = list(dict.fromkeys(variants + swapped))
        self._cache[text] = variants
        return variants


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    if original[:1].islower():
        return replacement.lower()
    return replacement


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The position of the first lone surrogate in ``text`` (half of a UTF-16 pair: no output can hold it), or None."""
    if text.isascii():  # the common case, answered without a scan
        return None
    match = _LONE_SURROGATE.search(text)
    return None if match is None else match.start()


# --- the form in which names are read -------------------------------------------------------------
# Characters that change how a word looks, not what it says, are dropped before names are read: the
# Arabic tatweel (elongation, "روســيا") and the soft hyphen (where a word may break). The Arabic vowel marks
# (harakat) stay: news writes them almost only to tell words apart, above all "عُمان" (Oman) from "عمان" and
# "عمّان" (Amman), and reading through them would make the Jordanian capital the Sultanate. Compatibility
# forms are read as the letters they stand for: Arabic presentation forms ("ﺭﻭﺳﻴﺎ") and full-width
# Latin letters and digits ("ＮＡＴＯ"). Direction marks need nothing here: folding reads them as a space.
# A Latin look-alike letter inside a Cyrillic word is left as written: finding it would cost a look at
# every letter of every text, for a rare spelling. The caller's offsets hold: a name's span covers what
# it was read from.
_DROPPED = "\u0640\u00ad"
_COMPATIBILITY = "\ufb50-\ufdff\ufe70-\ufefc\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_DROPPED_CHARACTER = re.compile(f"[{_DROPPED}]")
_COMPATIBILITY_CHARACTER = re.compile(f"[{_COMPATIBILITY}]")
_NEEDS_READING = re.compile(f"[{_DROPPED}{_COMPATIBILITY}]")


def reading_form(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text as names are read in it, with the start and end in ``text`` of what each of its characters
    was read from; None where the text reads as it is written (nearly always)."""
    if text.isascii() or (unicodedata.is_normalized("NFC", text) and not _NEEDS_READING.search(text)):
        return None
    read: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    while index < len(text):
        end = index + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        piece = unicodedata.normalize("NFC", text[index:end])
        if len(piece) == 1 and _DROPPED_CHARACTER.match(piece):
            piece = ""
        elif _COMPATIBILITY_CHARACTER.match(piece):
            piece = unicodedata.normalize("NFKC", piece)
        read.append(piece)
        starts += [index] * len(piece)
        ends += [end] * len(piece)
        index = end
    return "".join(read), starts, ends


def read_as(text: str) -> str:
    """``text`` in its reading form (see `reading_form`)."""
    reading = reading_form(text)
    return text if reading is None else reading[0]
