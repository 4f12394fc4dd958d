"""Property-based: on any text, extraction never raises and every offset slices back to its mention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgmentions import extract
from orgmentions.errors import InputError

ALIASES = [
    "CSTO",
    "#CSTO",
    "UN",
    "U.N.",
    "Russia",
    "#RussiaALBA",
    "Eurasian Economic Union",
    "ОДКБ",
    "GCC",
    "Security Council",
    "#UNGA79",
    "the Kyrgyz Republic",
    "CIS’s",
    "EU",
    "AU",
    "Georgia",
    "ALBA",
]
SEPARATORS = [" ", "\n", "\u00a0", "  ", "’s ", ", ", "(", ")", "#", "-", "\u200b", "🇷🇺", "\ud800", ""]


def check(text: str) -> None:
    if any("\ud800" <= char <= "\udfff" for char in text):
        # A lone surrogate is refused at the boundary, naming where it is (see test_hostile_inputs.py).
        with pytest.raises(InputError, match=r"^\[E044\]"):
            extract(text)
        return
    result = extract(text)
    previous = -1
    for mention in result:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous
        previous = mention.start


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ALIASES), st.sampled_from(SEPARATORS), st.text(max_size=5)), max_size=30))
def test_text_built_around_real_aliases(parts: list[str]) -> None:
    check("".join(parts))
