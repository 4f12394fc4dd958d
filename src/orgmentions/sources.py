"""Which gazetteer files a load reads, and each one's stamp: the key of everything built from them.

Apart from `orgmentions.gazetteer` so that an extractor whose matcher is stored on disk can find that
matcher without importing what validates the files (pydantic schemas, YAML): a tenth of a cold start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from orgmentions.errors import Errors, GazetteerError

PathLike = str | os.PathLike[str]

#: The subfolder of a gazetteer folder whose files are knowledge data, not entity files.
KNOWLEDGE_DIR = "knowledge"


def bundled_gazetteer_dir() -> Path:
    """The gazetteers that ship with the package (or, in a source checkout, the repo's ``gazetteers/``)."""
    packaged = Path(__file__).parent / "gazetteers"
    if packaged.is_dir():
        return packaged
    # An editable install or a bare checkout keeps them at the repository root.
    return Path(__file__).resolve().parents[2] / "gazetteers"


def gazetteer_files(paths: Iterable[PathLike]) -> list[Path]:
    """Expand folders into their ``*.yaml`` files (subfolders too: one per language), in path order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            # knowledge/ holds membership, structure and identifier data, read by orgmentions.knowledge.
            found = sorted(p for p in path.rglob("*.yaml") if KNOWLEDGE_DIR not in p.relative_to(path).parts[:-1])
            if not found:
                raise GazetteerError(Errors.E007.format(path=path))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise GazetteerError(Errors.E001.format(path=path, reason="no such file or folder"))
    return files


def stored_files(
    paths: Iterable[PathLike] | None, include_bundled: bool
) -> tuple[tuple[Path, ...], tuple[tuple[int, int], ...]]:
    """The files a load reads, and each one's modification time and size: the key of what is built from them,
    in this process and on disk (`orgmentions.cache`), so an edited file is read again."""
    sources = [bundled_gazetteer_dir()] if include_bundled else []
    sources += list(paths or [])
    files = tuple(gazetteer_files(sources))
    return files, tuple(map(_stamp, files))


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size
