"""Validated gazetteers, and the matcher built from them, kept on disk between processes, so that a
new process starts fast.

Reading and validating the YAML files, and building the matcher's trie, are most of a cold start;
the validated `Gazetteer` and the `Matcher` are stored as pickles, keyed by the library's version,
the Python version, every gazetteer file's path, modification time and size, and those of the
library's own modules, so any edit, upgrade or other file set builds them again. The warnings the
first load gave are stored with it and given again.

The folder is ``$ORGMENTIONS_CACHE_DIR``, else ``$XDG_CACHE_HOME/orgmentions``, else
``~/.cache/orgmentions``; ``ORGMENTIONS_CACHE_DIR=off`` turns the cache off. A cache that cannot
be read or written is ignored: the files are then read as if there were none.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

_T = TypeVar("_T")
#: Cache files kept per folder; older ones (gazetteers since edited) are removed.
_KEPT = 8


def cached(
    files: tuple[Path, ...], stamps: tuple[tuple[int, int], ...], load: Callable[[], _T], kind: str = "gazetteer"
) -> _T:
    """``load()``, or what it returned for the same files in an earlier process; ``kind`` names what it is."""
    folder = _folder()
    if folder is None:
        return load()
    path = folder / f"{kind}-{_key(files, stamps)}.pickle"
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new objects, none of them garbage: collections would only rescan them
    try:
        with path.open("rb") as stream:
            value, caught = pickle.load(stream)
    except Exception:  # noqa: BLE001 - missing, stale format or damaged: read the files instead
        pass
    else:
        for warning in caught:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
        return value
    finally:
        if collecting:
            gc.enable()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = load()
    for warning in caught:
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    _store(folder, path, kind, (value, caught))
    return value


def _folder() -> Path | None:
    configured = os.environ.get("ORGMENTIONS_CACHE_DIR")
    if configured is not None:
        return None if configured.lower() in ("", "off", "0", "false") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "orgmentions"


def _key(files: tuple[Path, ...], stamps: tuple[tuple[int, int], ...]) -> str:
    from orgmentions import __version__

    described = repr((
        __version__, sys.version_info[:2], _code_stamps(), [(str(f), s) for f, s in zip(files, stamps, strict=True)]
    ))
    return hashlib.sha256(described.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@functools.cache
def _code_stamps() -> list[tuple[str, int, int]]:
    """The library's modules as they are: a stored matcher is only as good as the code that built it."""
    modules = sorted(Path(__file__).parent.glob("*.py"))
    return [(module.name, module.stat().st_mtime_ns, module.stat().st_size) for module in modules]


def _store(folder: Path, path: Path, kind: str, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a process reading at the same time sees the old file or the whole new one.
        import tempfile  # only when storing: a new process that reads the store does without it

        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(stream.name, path)
        for stale in sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime)[:-_KEPT]:
            stale.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass  # a read-only home or a full disk: the next process reads the files again
