"""Find mentions of international organisations and countries in text, linked to canonical ids.

>>> from orgmentions import extract
>>> [m.canonical_id for m in extract("The CSTO and Russia.")]
['org:CSTO', 'country:RUS']
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from orgmentions.errors import GazetteerError, InputError, SkippedItemsWarning
from orgmentions.extractor import Extractor, Item, default_extractor
from orgmentions.records import DocumentMentions, Mention

__version__ = "0.1.0"

# The doors onto files and notebooks, importable from the top but loaded on first use, so that
# `import orgmentions` stays quick and needs no optional extra.
_LAZY = {
    "Gazetteer": "orgmentions.gazetteer",  # validates the files: an extractor of the stored matcher needs it not
    "read_documents": "orgmentions.io.readers",
    "SkippedRecordsWarning": "orgmentions.io.readers",
    "read_results": "orgmentions.io.writers",
    "load_results": "orgmentions.io.results",
    "write_results": "orgmentions.io.writers",
    "to_dataframe": "orgmentions.io.writers",
    "write_html": "orgmentions.notebook.rendering",
    "mention_counts": "orgmentions.notebook.summaries",
    "counts_per_document": "orgmentions.notebook.summaries",
    "co_mentions": "orgmentions.notebook.summaries",
    "monthly_counts": "orgmentions.notebook.summaries",
    "member_mentions": "orgmentions.notebook.summaries",
    "member_co_mentions": "orgmentions.notebook.summaries",
    "bar_chart": "orgmentions.notebook.plots",
    "monthly_chart": "orgmentions.notebook.plots",
}

__all__ = [
    "DocumentMentions",
    "Extractor",
    "Gazetteer",
    "GazetteerError",
    "InputError",
    "Item",
    "Mention",
    "SkippedItemsWarning",
    "extract",
    "extract_many",
    "render",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'orgmentions' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The public names only: not the typing helpers and internal modules the namespace also holds.
    return sorted([*__all__, "__version__"])


# The doors moved into folders of their own (io/, notebook/); the old module paths keep working.
# The engines live in engines/ beside their shared pandas core; their short paths are the documented ones.
_MOVED_MODULES = {
    f"orgmentions.{old}": f"orgmentions.{new}"
    for old, new in {
        "readers": "io.readers",
        "writers": "io.writers",
        "rendering": "notebook.rendering",
        "summaries": "notebook.summaries",
        "plots": "notebook.plots",
        "dask": "engines.dask",
        "spark": "engines.spark",
    }.items()
}


class _MovedModuleFinder:
    """Resolves an old module path (``orgmentions.readers``) to the module at its new place.

    A finder and loader by their methods alone: the abstract bases of ``importlib.abc`` would add a
    tenth of a cold start to every import of the library.
    """

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _MOVED_MODULES:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return importlib.import_module(_MOVED_MODULES[spec.name])

    def exec_module(self, module: types.ModuleType) -> None:
        pass


sys.meta_path.append(_MovedModuleFinder())


def extract(
    text: str, doc_id: str | None = None, metadata: Mapping[str, Any] | None = None, *, anaphora: bool = False
) -> DocumentMentions:
    """All mentions in ``text``, found with the bundled gazetteers (one extractor per process).

    ``anaphora=True`` also reports the generic nouns that refer back to a body ("the Organization").
    """
    return default_extractor(anaphora=anaphora).extract(text, doc_id, metadata)


def extract_many(
    items: Iterable[Item],
    *,
    batch_size: int = 256,
    n_process: int = 1,
    progress: bool = False,
    skip_bad: bool = False,
    anaphora: bool = False,
) -> Iterator[DocumentMentions]:
    """`Extractor.extract_many` with the default extractor: results in input order, streamed."""
    return default_extractor(anaphora=anaphora).extract_many(
        items, batch_size=batch_size, n_process=n_process, progress=progress, skip_bad=skip_bad
    )


def render(results: DocumentMentions | Iterable[DocumentMentions], *, page: bool = False, **options: Any) -> str:
    """HTML showing the mentions of one or more results, as a `str` that displays itself in a notebook
    (see `orgmentions.notebook.rendering.render_html` for the options: gazetteer, limit)."""
    from orgmentions.notebook.rendering import render_html

    return render_html(results, page=page, **options)
