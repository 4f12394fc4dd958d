"""Parquet files -> documents for `orgmentions.io.readers.read_documents`: one row per document, as a CSV record.

A file, or a folder of ``*.parquet`` part files (a dataset as Dask and Spark write it),
read in batches of rows, so memory stays flat however large the file. The rules are
JSONL's: ``text_field`` holds the text, ``id_field`` the id (a string or an integer),
every other column goes to metadata; rows count from 1 in each file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from orgmentions.errors import Errors, InputError

BATCH_ROWS = 1024


def read_parquet(path: Path, text_field: str, id_field: str) -> Iterator[Any]:
    """Documents (and `_Bad` records for rows without text) from a Parquet file or folder."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ImportError(Errors.E074.format(what="Reading Parquet", packages="pyarrow", extra="parquet")) from error
    from orgmentions.io.readers import _from_record

    files = [path] if path.is_file() else sorted(path.rglob("*.parquet"))
    if not files:
        raise InputError(Errors.E017.format(path=path, problem="no .parquet files in this folder or below it"))
    for file in files:
        try:
            parquet = pq.ParquetFile(file)
        except (pa.ArrowInvalid, OSError) as error:
            raise InputError(Errors.E017.format(path=file, problem=f"not a Parquet file ({error})")) from None
        schema = parquet.schema_arrow
        if text_field not in schema.names:
            columns = ", ".join(map(repr, schema.names))
            problem = f"no {text_field!r} column (it has {columns}); choose the text column with --text-field"
            raise InputError(Errors.E017.format(path=file, problem=problem))
        text_type = schema.field(text_field).type
        if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
            raise InputError(Errors.E077.format(path=file, column=text_field, type_name=text_type))
        row = 0
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield _from_record(record, f"{file}, row {row}", text_field, id_field)
