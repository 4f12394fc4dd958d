"""The one check every text passes at the library's boundary: no lone surrogates.

A lone surrogate (U+D800-U+DFFF on its own, as a ``\\ud800`` JSON escape or a careless
slice of UTF-16 gives) is a valid Python ``str`` character but not Unicode text: no UTF-8
output can hold it. Rather than replace it (which would hide corrupt input) the library
refuses such text where it enters, naming the position; offsets never shift.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The position of the first lone surrogate in ``text``, or None."""
    if text.isascii():  # the common case, answered without a scan
        return None
    match = _LONE_SURROGATE.search(text)
    return None if match is None else match.start()
