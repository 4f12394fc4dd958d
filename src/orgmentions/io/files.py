"""Output files written whole or not at all, and never over one of the inputs."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from orgmentions.errors import Errors


@contextlib.contextmanager
def replaced_on_success(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed to it when the block succeeds and removed when it fails.

    A failed or interrupted run leaves the previous file, or none, never half a file.
    """
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        if path.exists():
            shutil.copymode(path, temporary)
        else:  # mkstemp makes it private; a new output gets the permissions open() would give
            mask = os.umask(0)
            os.umask(mask)
            temporary.chmod(0o666 & ~mask)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path]) -> None:
    """Raise if ``output`` is one of ``inputs`` or lies in a folder among them (links followed)."""
    if not output.exists():
        return
    for given in inputs:
        if str(given) == "-" or not given.exists():
            continue
        same = os.path.samefile(output, given)
        if same or (given.is_dir() and given.resolve() in output.resolve().parents):
            raise ValueError(Errors.E047.format(output=output, given=given))
