"""Files -> results, for the doors that show results (the CLI's ``render``).

A JSONL file of results is read back as it is; anything else is read as documents
and extracted. The views in `orgmentions.notebook` take results and read no files.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from orgmentions.records import DocumentMentions

PathLike = str | os.PathLike[str]


def load_results(
    paths: PathLike | Iterable[PathLike],
    *,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[DocumentMentions]:
    """Results for ``paths``: a JSONL file of results is read back as it is; anything else
    is read as documents (see `orgmentions.io.readers.read_documents`) and extracted.

    Every path is checked before the first result is produced, so a bad path fails early.
    """
    import orgmentions
    from orgmentions.io.readers import read_documents
    from orgmentions.io.writers import read_results

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    sources: list[Iterator[DocumentMentions]] = []
    for path in map(Path, paths):
        if input_format in ("auto", "jsonl") and _holds_results(path):
            sources.append(read_results(path))
        else:
            documents = read_documents([path], input_format=input_format, text_field=text_field, id_field=id_field)
            # extract_many is a generator: nothing is extracted until the results are consumed.
            sources.append(orgmentions.extract_many(documents))
    return itertools.chain.from_iterable(sources)


def _holds_results(path: Path) -> bool:
    """Whether ``path`` is a JSONL file whose first record is a `DocumentMentions` (has ``mentions``)."""
    if path.suffix.lower() not in (".jsonl", ".ndjson") or not path.is_file():
        return False
    with path.open("rb") as lines:
        first = next((line for line in lines if line.strip()), b"")
    try:
        record = json.loads(first.removeprefix(b"\xef\xbb\xbf"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False  # the document reader reports the problem with its line number
    # A document record may have just a "text" field, which DocumentMentions would accept too.
    return isinstance(record, dict) and "mentions" in record and "text" in record
