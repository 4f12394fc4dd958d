"""The one check every text passes at the library's boundary: no lone surrogates.

A lone surrogate (U+D800-U+DFFF on its own, as a ``\\ud800`` JSON escape or a careless
slice of UTF-16 gives) is a valid Python ``str`` character but not Unicode text: no UTF-8
output can hold it. Rather than replace it (which would hide corrupt input) the library
refuses such text where it enters, naming the position; offsets never shift.
"""

from __future__ import annotations

from orgmentions.normalise import lone_surrogate

__all__ = ["lone_surrogate"]
