"""Input files -> documents for `Extractor.extract_many`.

`read_documents` yields one ``{"text": str, "id": str | None, "metadata": dict}`` per
document, from these formats:

``text``
    A ``.txt`` file is one document (id: its file name); a folder is every ``*.txt``
    below it, in sorted order (id: the path relative to the folder). Read as UTF-8,
    byte for byte: no newline translation, so offsets match the file.
``jsonl``
    One JSON object per line. ``text_field`` holds the text, ``id_field`` the id;
    every other field goes to metadata. Blank lines are skipped.
``csv``
    A header row, then one record per row (records count from 1; the header is not
    one). Same field rules as JSONL; every value is a string, an empty id is no id.
``telegram``
    A Telegram Desktop channel export (``result.json``). One document per message with
    text; the text is the concatenation of all its parts, as the reader sees it. Id:
    ``<channel name>/<message id>``; metadata: channel, message_id, date and, when
    present, forwarded_from. Service messages and messages without text are skipped.
``parquet``
    A Parquet file, or ``--input-format parquet`` with a folder of them: one row per
    document, with the JSONL field rules (`orgmentions.io.parquet`). Read in batches.
``auto``
    Chosen per path: a folder or ``.txt`` -> text, ``.jsonl``/``.ndjson`` -> jsonl,
    ``.csv`` -> csv, ``.parquet`` -> parquet; any other file that holds a JSON object with a ``messages`` list
    -> telegram, whatever its name.

JSONL, CSV and text folders are streamed: records are read as they are consumed, so
memory stays flat however large the file. A Telegram export is one JSON document and
is loaded whole.

A malformed record raises `InputError` naming the file and the line, record or
message. With ``skip_bad=True`` it is skipped instead, and one `SkippedRecordsWarning`
per file reports how many were skipped and what the first problem was. Problems with a
whole file (missing, unknown format, no text column, not an export) always raise.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from orgmentions.errors import Errors, InputError

#: The input formats `read_documents` understands, besides "auto".
INPUT_FORMATS = ("text", "jsonl", "csv", "telegram", "parquet")

_SUFFIX_FORMATS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

Document = dict[str, Any]


class SkippedRecordsWarning(UserWarning):
    """Malformed records were skipped (``skip_bad=True``). The message names the file and the count."""


@dataclass(frozen=True)
class _Bad:
    """A malformed record, reported by a format reader instead of raising, so the caller can skip it."""

    location: str
    problem: str

    def message(self) -> str:
        return Errors.E016.format(location=self.location, problem=self.problem)


def read_documents(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
    skip_bad: bool = False,
) -> Iterator[Document]:
    """Yield ``{"text": str, "id": str | None, "metadata": dict}`` for every document in ``paths``, lazily.

    Paths are checked at once (missing paths raise `FileNotFoundError`, unknown formats
    `InputError`), so nothing is written before a typo is caught; records are then read
    only as the iterator is consumed.
    """
    if isinstance(paths, (str, os.PathLike)):  # a lone path, not a sequence of characters
        paths = [paths]
    if input_format != "auto" and input_format not in INPUT_FORMATS:
        raise ValueError(
            Errors.E015.format(what="input", name=input_format, choices=", ".join(("auto", *INPUT_FORMATS)))
        )
    plan = [(path, *_format_of(path, input_format)) for path in map(Path, paths)]
    return _read_all(plan, text_field, id_field, skip_bad)


def _read_all(plan: list[tuple[Path, str, bool]], text_field: str, id_field: str, skip_bad: bool) -> Iterator[Document]:
    for path, input_format, detected in plan:
        skipped = 0
        first_problem = ""
        for item in _records(path, input_format, detected, text_field, id_field):
            if isinstance(item, _Bad):
                if not skip_bad:
                    raise InputError(item.message())
                skipped += 1
                first_problem = first_problem or item.message()
                continue
            yield item
        if skipped:
            # A warning rather than a print: the library never writes to the console itself.
            warnings.warn(
                SkippedRecordsWarning(f"skipped {skipped} malformed record(s) in {path}; the first: {first_problem}"),
                stacklevel=2,
            )


def _records(
    path: Path, input_format: str, detected: bool, text_field: str, id_field: str
) -> Iterator[Document | _Bad]:
    if input_format == "text":
        return _read_text(path)
    if input_format == "jsonl":
        return _read_jsonl(path, text_field, id_field)
    if input_format == "csv":
        return _read_csv(path, text_field, id_field)
    if input_format == "parquet":
        from orgmentions.io.parquet import read_parquet

        return read_parquet(path, text_field, id_field)
    return _read_telegram(path, detected)


def _format_of(path: Path, input_format: str) -> tuple[str, bool]:
    """The format to read ``path`` with, and whether it was detected (auto) rather than chosen."""
    if not path.exists():
        raise FileNotFoundError(Errors.E019.format(path=path))
    if path.is_dir():
        if input_format == "parquet":  # a dataset of part files
            return "parquet", False
        if input_format not in ("auto", "text"):
            problem = f"a folder; {input_format} input is read from files"
            raise InputError(Errors.E017.format(path=path, problem=problem))
        return "text", input_format == "auto"
    if input_format != "auto":
        return input_format, False
    if path.suffix.lower() in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[path.suffix.lower()], True
    # Telegram exports are recognised by content: a JSON object, confirmed when loaded.
    if _starts_with_json_object(path):
        return "telegram", True
    extension = f"unknown extension {path.suffix!r}" if path.suffix else "no extension"
    reason = f"{extension}, and not a JSON object"
    raise InputError(Errors.E014.format(path=path, reason=reason, formats=", ".join(INPUT_FORMATS)))


def _starts_with_json_object(path: Path) -> bool:
    """Whether the first non-blank character of the file is ``{``, reading only as far as that."""
    with path.open("rb") as file:
        while chunk := file.read(4096):
            chunk = chunk.lstrip(b" \t\r\n\xef\xbb\xbf")  # whitespace and a UTF-8 byte order mark
            if chunk:
                return chunk.startswith(b"{")
    return False


def _document(text: str, doc_id: str | None, metadata: dict[str, Any]) -> Document:
    return {"text": text, "id": doc_id, "metadata": metadata}


# --- text ---------------------------------------------------------------------------


def _read_text(path: Path) -> Iterator[Document | _Bad]:
    if path.is_file():
        yield _text_document(path, path.name)
        return
    files = sorted(
        (file for file in path.rglob("*") if file.suffix.lower() == ".txt" and file.is_file()),
        key=lambda file: file.relative_to(path).as_posix(),
    )
    if not files:
        raise InputError(Errors.E017.format(path=path, problem="no .txt files in this folder or below it"))
    for file in files:
        yield _text_document(file, file.relative_to(path).as_posix())


def _text_document(file: Path, doc_id: str) -> Document | _Bad:
    data = file.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # a byte order mark is not part of the text
    except UnicodeDecodeError as error:
        return _Bad(
            str(file), f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); convert it to UTF-8"
        )
    return _document(text, doc_id, {"path": str(file)})


# --- JSONL and CSV ------------------------------------------------------------------


def _read_jsonl(path: Path, text_field: str, id_field: str) -> Iterator[Document | _Bad]:
    # Binary lines, decoded one by one: a bad byte spoils its own line, not the rest of the file.
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            location = f"{path}, line {number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield _Bad(location, f"not UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})")
                continue
            if number == 1:
                line = line.removeprefix("\ufeff")
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield _Bad(location, f"not valid JSON ({error.msg}: column {error.colno})")
                continue
            yield _from_record(record, location, text_field, id_field)


def _from_record(record: Any, location: str, text_field: str, id_field: str) -> Document | _Bad:
    if not isinstance(record, dict):
        return _Bad(location, f"expected a JSON object, got {_json_type(record)}")
    if text_field not in record:
        fields = ", ".join(map(repr, record)) or "none"
        return _Bad(location, f"no {text_field!r} field (it has {fields}); choose the text field with --text-field")
    text = record[text_field]
    if not isinstance(text, str):
        return _Bad(location, f"{text_field!r} must be a string, not {_json_type(text)}")
    doc_id = record.get(id_field)
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        return _Bad(location, f"{id_field!r} must be a string or an integer, not {_json_type(doc_id)}")
    metadata = {key: value for key, value in record.items() if key not in (text_field, id_field)}
    return _document(text, None if doc_id is None else str(doc_id), metadata)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _read_csv(path: Path, text_field: str, id_field: str) -> Iterator[Document | _Bad]:
    _allow_huge_csv_fields()
    # surrogateescape keeps undecodable bytes as lone surrogates, so a bad byte marks its
    # own record as malformed instead of aborting the file mid-way.
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as file:
        rows = csv.reader(file)
        header = next(rows, None)
        if header is None:
            problem = "empty file; expected a header row"
            raise InputError(Errors.E016.format(location=f"{path}, line 1", problem=problem))
        if text_field not in header:
            columns = ", ".join(map(repr, header))
            raise InputError(
                Errors.E016.format(
                    location=f"{path}, line 1",
                    problem=f"the header has no {text_field!r} column (it has {columns}); choose one with --text-field",
                )
            )
        number = 0
        last_line = rows.line_num
        for row in rows:
            first_line, last_line = last_line + 1, rows.line_num
            if not row:  # a blank line
                continue
            number += 1
            location = f"{path}, record {number} (line {first_line})"
            if len(row) != len(header):
                yield _Bad(location, f"{len(row)} fields where the header has {len(header)}")
            elif _undecodable(row):
                yield _Bad(location, "not UTF-8; convert the file to UTF-8")
            else:
                record = dict(zip(header, row, strict=True))
                if record.get(id_field) == "":
                    record[id_field] = None
                yield _from_record(record, location, text_field, id_field)


def _undecodable(row: list[str]) -> bool:
    try:
        "".join(row).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate left by surrogateescape
        return True
    return False


def _allow_huge_csv_fields() -> None:
    # The csv module refuses fields over 128 KiB by default; whole documents can be longer.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # sys.maxsize does not fit a C long on some platforms
            limit //= 2


# --- Telegram -----------------------------------------------------------------------


def _read_telegram(path: Path, detected: bool) -> Iterator[Document | _Bad]:
    export = _load_export(path, detected)
    name = export.get("name")
    channel = name if isinstance(name, str) and name else str(export.get("id", path.stem))
    for index, message in enumerate(export["messages"], start=1):
        if not isinstance(message, dict):
            yield _Bad(f"{path}, message {index}", f"expected a JSON object, got {_json_type(message)}")
            continue
        message_id = message.get("id")
        location = f"{path}, message {index} (id {message_id})"
        if message.get("type") != "message":  # service messages: "pinned a message", "channel created", ...
            continue
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            yield _Bad(location, "no integer message 'id'")
            continue
        text = _telegram_text(message.get("text", message.get("text_entities")))
        if text is None:
            yield _Bad(location, "'text' must be a string or a list of strings and {'type', 'text'} objects")
            continue
        if not text.strip():  # a photo or a sticker without a caption
            continue
        metadata: dict[str, Any] = {"channel": channel, "message_id": message_id, "date": message.get("date")}
        if "forwarded_from" in message:
            metadata["forwarded_from"] = message["forwarded_from"]
        yield _document(text, f"{channel}/{message_id}", metadata)


def _load_export(path: Path, detected: bool) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8-sig") as file:
            export = json.load(file)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({error.msg}: line {error.lineno}, column {error.colno}); is the export complete?"
        raise InputError(Errors.E018.format(path=path, problem=problem)) from None
    except UnicodeDecodeError as error:
        raise InputError(Errors.E018.format(path=path, problem=f"not UTF-8 ({error.reason})")) from None
    if isinstance(export, dict) and isinstance(export.get("messages"), list):
        return export
    if isinstance(export, dict) and "chats" in export:
        problem = "this is a whole-account export; export the single channel or chat instead"
    else:
        problem = "expected a JSON object with a 'messages' list"
    if detected:
        raise InputError(Errors.E014.format(path=path, reason=problem, formats=", ".join(INPUT_FORMATS)))
    raise InputError(Errors.E018.format(path=path, problem=problem))


def _telegram_text(value: Any) -> str | None:
    """The text as shown: a plain string, or the parts of a formatted text joined; None when malformed."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])  # hashtag, bold, text_link (its visible text, not the href), ...
        else:
            return None
    return "".join(parts)
