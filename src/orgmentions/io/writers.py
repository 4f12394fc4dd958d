"""Results -> files: JSONL (one document per line) or a table of mentions (CSV, TSV, Parquet, pandas).

JSONL holds each `DocumentMentions` whole (``model_dump_json``); `read_results` reads it
back into equal models.

The table formats have one row per mention, with the columns ``doc_id, start, end, text,
canonical_id, kind, name, matched_by, alias, evidence``, then one column per metadata
key, then ``extra_metadata``. Documents without mentions give no rows.

Why this layout: a column per metadata key is what opens best in pandas (``df["date"]``
rather than parsing JSON), but a streaming writer must fix its header before it has
seen every document. So the writers look ahead at the first rows (`LOOKAHEAD_ROWS`; rows
hold no document text, so this is cheap) and give each metadata key found there its own
column. Anything that does not fit those columns -- a key first seen later, or in
Parquet a value of another type than its column's -- goes to ``extra_metadata`` as a
JSON object, so nothing is lost; that column is empty when everything fitted.

Cells: CSV/TSV write lists and objects as JSON and missing values (None, and a float
NaN, which is how pandas marks one) as empty cells; JSONL and Parquet write both as null.
A text cell that a spreadsheet would run as a formula (it begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, the usual
neutralising rule, unless ``raw_cells=True``; the other formats hold values as they are.
Parquet types each metadata column from the look-ahead rows (boolean, integer, float,
else string, with lists and objects as JSON). A metadata key that has the name of a
mention column is written as ``metadata.<key>`` (prefixed again while it is taken).

A path is written through a temporary file beside it, renamed into place only when
everything is written: a failed run leaves the previous file, or none, never half a file.
``include_text=False`` leaves each document's text out of JSONL (the lines then hold the
mentions and metadata only, which `read_results` does not read back).

JSONL, CSV and TSV are written as the results arrive, in constant memory; Parquet in
row groups of `LOOKAHEAD_ROWS` rows. `to_dataframe` builds the table in memory and, as
it sees every key before building it, has no ``extra_metadata`` column.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from orgmentions.errors import Errors, InputError
from orgmentions.io.files import replaced_on_success
from orgmentions.io.text_checks import lone_surrogate
from orgmentions.records import DocumentMentions, Mention

if TYPE_CHECKING:
    import pandas

OUTPUT_FORMATS = ("jsonl", "csv", "tsv", "parquet")

MENTION_COLUMNS = ("doc_id", "start", "end", "text", "canonical_id", "kind", "name", "matched_by", "alias", "evidence")
EXTRA_COLUMN = "extra_metadata"

#: Rows read ahead to choose the metadata columns; also the Parquet row-group size.
LOOKAHEAD_ROWS = 10_000

# One mention's values in MENTION_COLUMNS order, and its document's metadata.
_Row = tuple[tuple[Any, ...], dict[str, Any]]


def write_results(
    results: DocumentMentions | Iterable[DocumentMentions],
    output: str | os.PathLike[str] | TextIO | None,
    *,
    format: str,
    raw_cells: bool = False,
    include_text: bool = True,
) -> int:
    """Write ``results`` (one result or many) as ``jsonl``, ``csv``, ``tsv`` or ``parquet`` to a path or
    a text stream (None: standard output). Returns the number of documents written, with or without mentions."""
    if isinstance(results, DocumentMentions):  # iterating one result would give its mentions
        results = [results]
    if format not in OUTPUT_FORMATS:
        raise ValueError(Errors.E015.format(what="output", name=format, choices=", ".join(OUTPUT_FORMATS)))
    if format == "parquet":
        if not isinstance(output, (str, os.PathLike)):
            raise ValueError(Errors.E020.format(given="standard output" if output is None else "a stream"))
        with replaced_on_success(Path(output)) as temporary:
            return _write_parquet(_serialisable(results), temporary)
    with _open_text(output) as stream:
        if format == "jsonl":
            count = 0
            exclude = None if include_text else {"text"}
            for document in results:
                count += 1
                try:
                    line = document.model_dump_json(exclude=exclude)
                except ValueError as error:  # checked only on failure: the check would cost every record
                    raise _unwritable_error(count, document, error) from None
                stream.write(line)
                stream.write("\n")
            return count
        cell = _cell if raw_cells else _safe_cell
        return _write_delimited(results, stream, "," if format == "csv" else "\t", cell)


@contextlib.contextmanager
def _open_text(output: str | os.PathLike[str] | TextIO | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout  # looked up now, not at import, so redirections in effect are honoured
    elif isinstance(output, (str, os.PathLike)):
        # newline="": the csv module writes its own line endings; JSONL lines end in "\n" everywhere.
        with replaced_on_success(Path(output)) as temporary, open(
            temporary, "w", encoding="utf-8", newline=""
        ) as stream:
            yield stream
    else:
        yield output  # the caller's stream: left open


def _serialisable(results: Iterable[DocumentMentions]) -> Iterator[DocumentMentions]:
    """The results, each checked for what no output can hold, before a byte of it is written."""
    for number, document in enumerate(results, start=1):
        problem = _unwritable(document)
        if problem:
            raise ValueError(Errors.E043.format(number=number, doc_id=document.doc_id, problem=problem))
        yield document


def _unwritable_error(number: int, document: DocumentMentions, error: Exception) -> ValueError:
    problem = _unwritable(document) or str(error)
    return ValueError(Errors.E043.format(number=number, doc_id=document.doc_id, problem=problem))


def _unwritable(document: DocumentMentions) -> str | None:
    position = lone_surrogate(document.text)
    if position is not None:
        return f"its text holds a lone surrogate (U+{ord(document.text[position]):04X}) at character {position}"
    if document.metadata:
        try:
            dumped = json.dumps(document.metadata, ensure_ascii=False, default=str)
        except (TypeError, ValueError, RecursionError) as error:
            return f"its metadata cannot be written as JSON ({error})"
        if lone_surrogate(dumped) is not None:
            return "its metadata holds a lone surrogate"
    return None


def read_results(path: str | os.PathLike[str]) -> Iterator[DocumentMentions]:
    """Read a JSONL file written by `write_results` back into `DocumentMentions`, lazily."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(Errors.E019.format(path=path))
    return _read_results(path)


def _read_results(path: Path) -> Iterator[DocumentMentions]:
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            location = f"{path}, line {number}"
            try:
                result = DocumentMentions.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(map(str, first["loc"]))
                problem = f"not a result record: {where + ': ' if where else ''}{first['msg']}"
                raise InputError(Errors.E016.format(location=location, problem=problem)) from None
            _check_offsets(result, location)
            yield result


def _check_offsets(result: DocumentMentions, location: str) -> None:
    # Offsets that do not fit the text would garble every view of it: refuse them here.
    for index, mention in enumerate(result.mentions):
        if mention.end > len(result.text) or result.text[mention.start : mention.end] != mention.text:
            problem = (
                f"mention {index} ({mention.text!r} at {mention.start}:{mention.end}) does not match the "
                "document's text there; the file was edited or its offsets are not this text's"
            )
            raise InputError(Errors.E016.format(location=location, problem=problem))


def to_dataframe(results: DocumentMentions | Iterable[DocumentMentions]) -> pandas.DataFrame:
    """One row per mention of one result or many: the mention columns, ``doc_id``, and one column
    per metadata key.

    Metadata values are kept as they are (lists and dicts too). Needs pandas.
    """
    if isinstance(results, DocumentMentions):  # iterating one result would give its mentions
        results = [results]
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError("to_dataframe needs pandas; install it with: pip install 'orgmentions[pandas]'") from error
    rows = list(_rows(results, _Tally()))
    keys = _metadata_keys(rows)
    data = [[*values, *(metadata.get(key) for key in keys)] for values, metadata in rows]
    frame = pd.DataFrame(data, columns=[*MENTION_COLUMNS, *_column_names(keys).values()])
    return frame.astype({"start": "int64", "end": "int64"})


# --- rows ---------------------------------------------------------------------------


class _Tally:
    """Counts the documents that pass through `_rows`, including those without mentions."""

    def __init__(self) -> None:
        self.documents = 0


def _rows(results: Iterable[DocumentMentions], tally: _Tally) -> Iterator[_Row]:
    for document in results:
        tally.documents += 1
        for mention in document.mentions:
            yield mention_values(document.doc_id, mention), document.metadata


def mention_values(doc_id: str | None, mention: Mention) -> tuple[Any, ...]:
    """One mention as a row, in the order of the mention columns every table output shares."""
    return (
        doc_id,
        mention.start,
        mention.end,
        mention.text,
        mention.canonical_id,
        mention.kind,
        mention.name,
        mention.matched_by,
        mention.alias,
        mention.evidence,
    )


def _metadata_keys(rows: Iterable[_Row]) -> list[str]:
    """Metadata keys in order of first appearance."""
    keys: dict[str, None] = {}
    for _, metadata in rows:
        keys.update(dict.fromkeys(metadata))
    return list(keys)


def _column_names(keys: list[str]) -> dict[str, str]:
    """Each metadata key's column: the key, or ``metadata.<key>`` (again while that is taken), so none repeats."""
    taken = {*MENTION_COLUMNS, EXTRA_COLUMN, *map(str, keys)}
    names: dict[str, str] = {}
    for key in keys:
        name = str(key)
        if name in MENTION_COLUMNS or name == EXTRA_COLUMN:
            name = f"metadata.{name}"
            while name in taken:
                name = f"metadata.{name}"
            taken.add(name)
        names[key] = name
    return names


def _look_ahead(rows: Iterator[_Row]) -> tuple[list[_Row], Iterator[_Row]]:
    head = list(itertools.islice(rows, LOOKAHEAD_ROWS))
    return head, itertools.chain(head, rows)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# --- CSV and TSV --------------------------------------------------------------------


def _write_delimited(
    results: Iterable[DocumentMentions], stream: TextIO, delimiter: str, cell: Callable[[Any], Any]
) -> int:
    tally = _Tally()
    head, rows = _look_ahead(_rows(results, tally))
    keys = _metadata_keys(head)
    columns = set(keys)
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow(list(map(cell, [*MENTION_COLUMNS, *_column_names(keys).values(), EXTRA_COLUMN])))
    for values, metadata in rows:
        extra = {key: value for key, value in metadata.items() if key not in columns}
        row = [*map(cell, values), *(cell(metadata.get(key)) for key in keys), cell(_json(extra)) if extra else ""]
        try:
            writer.writerow(row)
        except UnicodeEncodeError:  # a lone surrogate; the file is a temporary one, dropped on failure
            problem = "a cell holds a lone surrogate, which UTF-8 cannot hold"
            raise ValueError(Errors.E043.format(number=tally.documents, doc_id=values[0], problem=problem)) from None
    return tally.documents


def _cell(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (str, int, float)):  # bool is an int: written True/False, as pandas reads it
        return value
    return _json(value)


#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value: Any) -> Any:
    value = _cell(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# --- Parquet ------------------------------------------------------------------------


@dataclass(frozen=True)
class _ParquetColumn:
    key: str
    kind: str  # "bool", "int", "float" or "string"

    def fits(self, value: Any) -> bool:
        if value is None or self.kind == "string":
            return True
        if self.kind == "bool":
            return isinstance(value, bool)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return self.kind == "float" or (isinstance(value, int) and _INT64_MIN <= value <= _INT64_MAX)

    def convert(self, value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if self.kind == "float":
            return float(value)
        if self.kind == "string" and not isinstance(value, str):
            return _json(value) if isinstance(value, (list, dict)) else str(value)
        return value


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _column_kind(values: list[Any]) -> str:
    present = [value for value in values if value is not None]
    if not present:
        return "string"
    if all(isinstance(value, bool) for value in present):
        return "bool"
    if any(isinstance(value, bool) or not isinstance(value, (int, float)) for value in present):
        return "string"
    if all(isinstance(value, int) and _INT64_MIN <= value <= _INT64_MAX for value in present):
        return "int"
    return "float"


def _write_parquet(results: Iterable[DocumentMentions], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        message = "Writing Parquet needs pyarrow; install it with: pip install 'orgmentions[parquet]'"
        raise ImportError(message) from error
    arrow_types = {"bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(), "string": pa.string()}

    tally = _Tally()
    head, rows = _look_ahead(_rows(results, tally))
    keys = _metadata_keys(head)
    names = _column_names(keys)
    columns = [_ParquetColumn(key, _column_kind([metadata.get(key) for _, metadata in head])) for key in keys]
    schema = pa.schema(
        [
            ("doc_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            *((name, pa.string()) for name in MENTION_COLUMNS[3:]),
            *((names[column.key], arrow_types[column.kind]) for column in columns),
            (EXTRA_COLUMN, pa.string()),
        ]
    )
    known = {column.key for column in columns}
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(itertools.islice(rows, LOOKAHEAD_ROWS)):
            records = [_parquet_record(values, metadata, columns, known, names) for values, metadata in batch]
            writer.write_table(pa.Table.from_pylist(records, schema=schema))
    return tally.documents


def _parquet_record(
    values: tuple[Any, ...],
    metadata: dict[str, Any],
    columns: list[_ParquetColumn],
    known: set[str],
    names: dict[str, str],
) -> dict[str, Any]:
    record = dict(zip(MENTION_COLUMNS, values, strict=True))
    extra = {key: value for key, value in metadata.items() if key not in known}
    for column in columns:
        value = metadata.get(column.key)
        if column.fits(value):
            record[names[column.key]] = column.convert(value)
        else:
            extra[column.key] = value  # its column has another type: kept, as JSON, with the extras
    record[EXTRA_COLUMN] = _json(extra) if extra else None
    return record
