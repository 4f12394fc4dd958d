"""Find mentions of international organisations and countries in text, linked to canonical ids.

>>> from orgmentions import extract
>>> [m.canonical_id for m in extract("The CSTO and Russia.")]
['org:CSTO', 'country:RUS']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from orgmentions.errors import GazetteerError, InputError
from orgmentions.extractor import Extractor, Item, default_extractor
from orgmentions.gazetteer import Gazetteer
from orgmentions.records import DocumentMentions, Mention

__version__ = "0.1.0"
__all__ = [
    "DocumentMentions",
    "Extractor",
    "Gazetteer",
    "GazetteerError",
    "InputError",
    "Item",
    "Mention",
    "extract",
    "extract_many",
    "render",
]


def extract(text: str, doc_id: str | None = None, metadata: Mapping[str, Any] | None = None) -> DocumentMentions:
    """All mentions in ``text``, found with the bundled gazetteers (one extractor per process)."""
    return default_extractor().extract(text, doc_id, metadata)


def extract_many(
    items: Iterable[Item], *, batch_size: int = 256, n_process: int = 1, progress: bool = False
) -> Iterator[DocumentMentions]:
    """`Extractor.extract_many` with the default extractor: results in input order, streamed."""
    return default_extractor().extract_many(items, batch_size=batch_size, n_process=n_process, progress=progress)


def render(
    results: DocumentMentions | Iterable[DocumentMentions], *, page: bool = False, gazetteer: Gazetteer | None = None
) -> str:
    """HTML showing the mentions of one or more results (see `orgmentions.rendering.render_html`)."""
    from orgmentions.rendering import render_html

    return render_html(results, page=page, gazetteer=gazetteer)
