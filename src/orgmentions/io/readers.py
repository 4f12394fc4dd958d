"""Input files -> documents for `Extractor.extract_many`.

`read_documents` yields one ``{"text": str, "id": str | None, "metadata": dict}`` per
document, from these formats:

``text``
    A ``.txt`` file is one document (id: its file name); with ``input_format="text"`` a
    folder is every ``*.txt`` below it, in sorted order (id: the path relative to the
    folder). Read as UTF-8, byte for byte: no newline translation, so offsets match the file.
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
``auto``
    Chosen per file: ``.txt`` -> text, ``.jsonl``/``.ndjson`` -> jsonl, ``.csv`` -> csv;
    any other file whose first line is a whole JSON object -> jsonl, and one that opens
    a longer JSON object -> telegram (confirmed when loaded), whatever its name. A folder
    that holds a ``result.json`` export (a Telegram Desktop ``ChatExport_...`` folder) is
    that export; any other folder is every file below it that one of these rules reads
    (JSON files only when they are exports), in sorted order, and one
    `SkippedFilesWarning` names what was left out (hidden files aside).

``-`` is standard input, and a pipe or a process substitution (``<(cat result.json)``)
is read once, as it streams: its format is told from its name or its first line, and
one that is not JSON is one text document (id: ``-`` for standard input).

A record (a line, a CSV record, a text file, a message) may be up to
`MAX_RECORD_BYTES`; a longer one is malformed. A lone surrogate (a ``\\ud800`` escape in
JSON) makes a record malformed too: such text cannot be written to any output.

JSONL, CSV and text folders are streamed: records are read as they are consumed, so
memory stays flat however large the file. A Telegram export is one JSON document and
is loaded whole.

A malformed record raises `InputError` naming the file and the line, record or
message: whatever is wrong with it (bad JSON or bytes, a number of more than 4,300
digits, nesting deeper than the JSON reader goes, too long, a lone surrogate, a field
of the wrong type). With ``skip_bad=True`` it is skipped instead, and one
`SkippedRecordsWarning` per file reports how many were skipped and what the first
problem was. Problems with a whole file (missing, unknown format, no text column, not
an export, a Telegram export that is not valid JSON) always raise.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from orgmentions.errors import Errors, InputError
from orgmentions.io.text_checks import lone_surrogate

#: The input formats `read_documents` understands, besides "auto".
INPUT_FORMATS = ("text", "jsonl", "csv", "telegram", "parquet")

#: The longest record a reader takes (a line, a CSV record, a text file, a message), in bytes.
MAX_RECORD_BYTES = 100 * 1024 * 1024

#: What ``-`` stands for, and how messages name it.
STDIN = "-"
STDIN_NAME = "standard input"

_SUFFIX_FORMATS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_EXPORT_FILE = "result.json"
# The first line of a stream is read whole to tell JSONL from a Telegram export, up to this.
_SNIFF_BYTES = 1024 * 1024

Document = dict[str, Any]


class SkippedRecordsWarning(UserWarning):
    """Malformed records were skipped (``skip_bad=True``). The message names the file and the count."""


class SkippedFilesWarning(UserWarning):
    """Files in a folder were not read: not in a supported format. The message names the folder and counts them."""


@dataclass(frozen=True)
class _Bad:
    """A malformed record, reported by a format reader instead of raising, so the caller can skip it."""

    location: str
    problem: str

    def message(self) -> str:
        return Errors.E016.format(location=self.location, problem=self.problem)


@dataclass
class _Source:
    """One file (or stream) to read, with the format chosen for it."""

    path: Path
    format: str
    detected: bool
    #: For a folder of texts read as one source: its files; the doc ids are relative to ``path``.
    files: list[Path] = field(default_factory=list)
    #: An already opened stream (standard input, a pipe): read once.
    stream: IO[bytes] | None = None

    def open(self) -> IO[bytes]:
        if self.stream is not None:
            stream, self.stream = self.stream, None
            if stream is None:
                raise InputError(Errors.E017.format(path=self.path, problem="a stream can be read only once"))
            return stream
        return self.path.open("rb")


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
    plan: list[_Source | str] = []
    for path in paths:
        plan.extend(_plan(Path(path), input_format))
    return _read_all(plan, text_field, id_field, skip_bad)


def _read_all(plan: list[_Source | str], text_field: str, id_field: str, skip_bad: bool) -> Iterator[Document]:
    for source in plan:
        if isinstance(source, str):  # what a folder left out, reported when reading reaches it
            warnings.warn(SkippedFilesWarning(source), stacklevel=2)
            continue
        skipped = 0
        first_problem = ""
        for item in _records(source, text_field, id_field):
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
                SkippedRecordsWarning(
                    f"skipped {skipped} malformed record(s) in {source.path}; the first: {first_problem}"
                ),
                stacklevel=2,
            )


def _records(source: _Source, text_field: str, id_field: str) -> Iterator[Document | _Bad]:
    if source.format == "text":
        return _read_text(source)
    if source.format == "jsonl":
        return _read_jsonl(source, text_field, id_field)
    if source.format == "csv":
        return _read_csv(source, text_field, id_field)
    if source.format == "parquet":
        from orgmentions.io.parquet import read_parquet

        return read_parquet(source.path, text_field, id_field)
    return _read_telegram(source)


# --- choosing the format ------------------------------------------------------------


def _plan(path: Path, input_format: str) -> list[_Source | str]:
    """The sources ``path`` stands for, each with its format; a folder's report of skipped files as a str."""
    if str(path) == STDIN:
        # closefd=False: reading to the end closes this reader, not the process's standard input.
        return [_stream_source(path, open(sys.stdin.fileno(), "rb", closefd=False), input_format)]
    try:
        mode = path.stat().st_mode
    except OSError:
        raise FileNotFoundError(Errors.E019.format(path=path)) from None
    if stat.S_ISDIR(mode):
        return _folder_plan(path, input_format)
    if not stat.S_ISREG(mode):  # a FIFO, /dev/stdin, <(...): sniffing would consume it
        return [_stream_source(path, path.open("rb"), input_format)]
    if input_format != "auto":
        return [_Source(path, input_format, False)]
    if path.suffix.lower() in _SUFFIX_FORMATS:
        return [_Source(path, _SUFFIX_FORMATS[path.suffix.lower()], True)]
    with path.open("rb") as file:
        return [_Source(path, _sniffed(path, _first_line(file)), True)]


def _stream_source(path: Path, stream: IO[bytes], input_format: str) -> _Source:
    name = STDIN_NAME if str(path) == STDIN else path
    if input_format != "auto":
        return _Source(Path(str(name)), input_format, False, stream=stream)
    if path.suffix.lower() in _SUFFIX_FORMATS:
        return _Source(path, _SUFFIX_FORMATS[path.suffix.lower()], True, stream=stream)
    head = _first_line(stream)
    # The bytes read to decide are put back in front of the rest.
    replayed = io.BufferedReader(_Replay(head, stream))  # type: ignore[arg-type]
    # A nameless stream that is not JSON is taken as it most often is: one plain text.
    is_json = head.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{")
    input_format = _sniffed(Path(str(name)), head) if is_json else "text"
    return _Source(Path(str(name)), input_format, True, stream=replayed)


def _first_line(file: IO[bytes]) -> bytes:
    """The bytes up to the end of the first non-blank line (at most about `_SNIFF_BYTES`)."""
    head = b""
    while len(head) < _SNIFF_BYTES:
        line = file.readline(_SNIFF_BYTES)
        head += line
        if not line or line.strip(b" \t\r\n\xef\xbb\xbf"):
            break
    return head


def _sniffed(path: Path, head: bytes) -> str:
    body = head.lstrip(b" \t\r\n\xef\xbb\xbf")
    if body.startswith(b"{"):
        try:
            first = json.loads(body)
        except (ValueError, RecursionError):
            return "telegram"  # an object that goes on past its first line: confirmed when loaded
        return "telegram" if isinstance(first, dict) and "messages" in first else "jsonl"
    extension = f"unknown extension {path.suffix!r}" if path.suffix else "no extension"
    reason = "empty" if not body else f"{extension}, and not JSON objects"
    raise InputError(Errors.E014.format(path=path, reason=reason, formats=", ".join(INPUT_FORMATS)))


class _Replay(io.RawIOBase):
    """A stream's first bytes, already read, followed by the rest of it."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._rest.close()
        super().close()

    def readinto(self, buffer: Any) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _folder_plan(path: Path, input_format: str) -> list[_Source | str]:
    export = path / _EXPORT_FILE
    if input_format in ("auto", "telegram") and export.is_file():
        return [_Source(export, "telegram", input_format == "auto")]  # photos/, files/: the export's attachments
    if input_format == "parquet":  # a dataset of part files, as Dask and Spark write it
        return [_Source(path, "parquet", False)]
    if input_format == "text":
        texts = [file for file in _files_below(path) if file.suffix.lower() == ".txt"]
        if not texts:
            raise InputError(Errors.E017.format(path=path, problem="no .txt files in this folder or below it"))
        return [_Source(path, "text", False, files=texts)]
    if input_format != "auto":
        problem = f"a folder; {input_format} input is read from files (or give a folder and --input-format auto)"
        raise InputError(Errors.E017.format(path=path, problem=problem))
    plan: list[_Source | str] = []
    texts: list[Path] = []
    skipped: Counter[str] = Counter()
    files = _files_below(path)
    exports = {file.parent for file in files if file.name == _EXPORT_FILE}
    for file in files:
        suffix = file.suffix.lower()
        export = next((folder for folder in exports if folder in file.parents or folder == file.parent), None)
        if export is not None and file.name != _EXPORT_FILE:
            continue  # photos/, files/, ...: the attachments of an export
        if suffix == ".txt":
            texts.append(file)
        elif suffix in _SUFFIX_FORMATS:
            plan.append(_Source(file, _SUFFIX_FORMATS[suffix], True))
        elif file.name == _EXPORT_FILE:
            plan.append(_Source(file, "telegram", True))
        elif not any(part.startswith(".") for part in file.relative_to(path).parts):
            skipped[suffix or "no extension"] += 1
    if texts:
        plan.insert(0, _Source(path, "text", True, files=texts))
    if not plan:
        problem = "no files to read in this folder or below it (no .txt, .jsonl, .ndjson or .csv files, no result.json)"
        raise InputError(Errors.E017.format(path=path, problem=problem))
    if skipped:
        kinds = ", ".join(f"{count} {suffix}" for suffix, count in sorted(skipped.items()))
        plan.append(f"{path}: {sum(skipped.values())} file(s) not in a format read here were skipped ({kinds})")
    return plan


def _files_below(path: Path) -> list[Path]:
    return sorted((file for file in path.rglob("*") if file.is_file()), key=lambda f: f.relative_to(path).as_posix())


def _document(text: str, doc_id: str | None, metadata: dict[str, Any]) -> Document:
    return {"text": text, "id": doc_id, "metadata": metadata}


def _surrogate_problem(text: str, field: str) -> str | None:
    position = lone_surrogate(text)
    if position is None:
        return None
    return (
        f"{field} holds a lone surrogate (U+{ord(text[position]):04X}, a \\u escape of half a character) at "
        f"character {position}; such text cannot be written to any output. Fix the source of the record"
    )


# --- text ---------------------------------------------------------------------------


def _read_text(source: _Source) -> Iterator[Document | _Bad]:
    if not source.files:
        doc_id = STDIN if str(source.path) == STDIN_NAME else source.path.name
        with source.open() as file:
            yield _text_document(file, str(source.path), doc_id)
        return
    for path in source.files:
        with path.open("rb") as file:
            yield _text_document(file, str(path), path.relative_to(source.path).as_posix())


def _text_document(file: IO[bytes], location: str, doc_id: str) -> Document | _Bad:
    data = file.read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return _Bad(location, f"longer than {MAX_RECORD_BYTES:,} bytes, the largest document read")
    try:
        text = data.decode("utf-8-sig")  # a byte order mark is not part of the text
    except UnicodeDecodeError as error:
        return _Bad(
            location, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); convert it to UTF-8"
        )
    metadata = {"path": location} if location != STDIN_NAME else {}
    return _document(text, doc_id, metadata)


# --- JSONL and CSV ------------------------------------------------------------------


def _read_jsonl(source: _Source, text_field: str, id_field: str) -> Iterator[Document | _Bad]:
    # Binary lines, decoded one by one: a bad byte spoils its own line, not the rest of the file.
    with source.open() as lines:
        for number, raw in enumerate(_bounded_lines(lines), start=1):
            location = f"{source.path}, line {number}"
            if raw is None:
                yield _Bad(location, f"longer than {MAX_RECORD_BYTES:,} bytes, the largest record read")
                continue
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
            record = _json_record(line, location)
            if isinstance(record, _Bad):
                yield record
                continue
            document = _from_record(record, location, text_field, id_field)
            # A lone surrogate can only come from a \ud800-\udfff escape: look for one only then.
            if not isinstance(document, _Bad) and _SURROGATE_ESCAPE.search(line):
                document = _without_surrogates(document, location, text_field)
            yield document


def _bounded_lines(file: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of ``file``; None for a line longer than `MAX_RECORD_BYTES`, which is passed over unread."""
    while line := file.readline(MAX_RECORD_BYTES + 1):
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while (rest := file.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _json_record(line: str, location: str) -> Any:
    """The JSON value of one line, or a `_Bad` for whatever stops the parser on it."""
    try:
        return json.loads(line, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        return _Bad(location, f"not valid JSON ({error.msg}: column {error.colno})")
    except RecursionError:
        return _Bad(location, "nested deeper than the JSON reader can follow")
    except MemoryError:
        return _Bad(location, "too large to parse in the memory available")
    except ValueError as error:  # an integer of more than 4,300 digits, NaN, ...
        return _Bad(location, f"not a JSON value this reader takes ({str(error).splitlines()[0]})")


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _without_surrogates(document: Document, location: str, text_field: str) -> Document | _Bad:
    problem = _surrogate_problem(document["text"], repr(text_field))
    rest = json.dumps([document["id"], document["metadata"]], ensure_ascii=False)
    if problem is None and lone_surrogate(rest) is not None:
        problem = (
            "the id or a metadata field holds a lone surrogate (a \\u escape of half a character); "
            "such text cannot be written to any output. Fix the source of the record"
        )
    return document if problem is None else _Bad(location, problem)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


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


def _read_csv(source: _Source, text_field: str, id_field: str) -> Iterator[Document | _Bad]:
    csv.field_size_limit(MAX_RECORD_BYTES)  # the default, 128 KiB, is shorter than many documents
    path = source.path
    # surrogateescape keeps undecodable bytes as lone surrogates, so a bad byte marks its
    # own record as malformed instead of aborting the file mid-way.
    with io.TextIOWrapper(source.open(), encoding="utf-8-sig", errors="surrogateescape", newline="") as file:
        rows = csv.reader(file)
        try:
            header = next(rows, None)
        except csv.Error as error:
            raise InputError(Errors.E016.format(location=f"{path}, line 1", problem=f"not a CSV header ({error})"))
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
        while True:
            try:
                row = next(rows, None)
            except csv.Error as error:  # a field over the size limit, ...: the reader goes on after it
                number += 1
                first_line, last_line = last_line + 1, rows.line_num
                yield _Bad(f"{path}, record {number} (line {first_line})", f"not a CSV record this reader takes ({error})")
                continue
            if row is None:
                return
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
    return any(lone_surrogate(cell) is not None for cell in row)  # left by surrogateescape


# --- Telegram -----------------------------------------------------------------------

#: Message types of Telegram Desktop exports; "service" ones (pinned, joined, ...) are not documents.
_MESSAGE, _SERVICE = "message", "service"


def _read_telegram(source: _Source) -> Iterator[Document | _Bad]:
    path = source.path
    export, messages = _load_export(source)
    name = export.get("name")
    channel = name if isinstance(name, str) and name else str(export.get("id", path.stem))
    seen_ids: Counter[int] = Counter()
    for index, message in enumerate(messages, start=1):
        if isinstance(message, _Bad):
            yield _Bad(f"{path}, message {index}", message.problem)
            continue
        if not isinstance(message, dict):
            yield _Bad(f"{path}, message {index}", f"expected a JSON object, got {_json_type(message)}")
            continue
        message_id = message.get("id")
        location = f"{path}, message {index} (id {message_id})"
        kind = message.get("type", _MESSAGE)  # exports trimmed by other tools may leave it out
        if not isinstance(kind, str) or kind.lower() not in (_MESSAGE, _SERVICE):
            yield _Bad(location, f"unknown message 'type' {kind!r}; Telegram Desktop writes 'message' or 'service'")
            continue
        if kind.lower() == _SERVICE:  # "pinned a message", "channel created", ...: not documents
            continue
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            yield _Bad(location, "no integer message 'id'")
            continue
        raw_text = message.get("text")
        if raw_text in (None, "") and message.get("text_entities"):
            raw_text = message["text_entities"]  # some exports keep the text only there
        text = _telegram_text(raw_text)
        if text is None:
            yield _Bad(location, "'text' must be a string or a list of strings and {'type', 'text'} objects")
            continue
        if not text.strip():  # a photo or a sticker without a caption
            continue
        problem = _surrogate_problem(text, "'text'")
        if problem:
            yield _Bad(location, problem)
            continue
        seen_ids[message_id] += 1
        # Ids repeat when exports are joined: later copies get a suffix, so doc ids stay unique.
        repeat = f"#{seen_ids[message_id]}" if seen_ids[message_id] > 1 else ""
        metadata: dict[str, Any] = {"channel": channel, "message_id": message_id, "date": message.get("date")}
        if "forwarded_from" in message:
            metadata["forwarded_from"] = message["forwarded_from"]
        yield _document(text, f"{channel}/{message_id}{repeat}", metadata)


def _load_export(source: _Source) -> tuple[dict[str, Any], list[Any]]:
    """The export object and its messages; a message the JSON reader cannot take is a `_Bad` in the list."""
    path = source.path
    with source.open() as file:
        data = file.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Errors.E018.format(path=path, problem=f"not UTF-8 ({error.reason})")) from None
    del data
    try:
        export = json.loads(text, parse_int=_int_or_digits)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({error.msg}: line {error.lineno}, column {error.colno}); is the export complete?"
        raise InputError(Errors.E018.format(path=path, problem=problem)) from None
    except RecursionError:
        # One message nested too deep: read the messages one by one, so only that one is lost.
        export = _export_message_by_message(text, path)
    if isinstance(export, dict) and isinstance(export.get("messages"), list):
        return export, export["messages"]
    if isinstance(export, dict) and "chats" in export:
        problem = "this is a whole-account export; export the single channel or chat instead"
    else:
        problem = "expected a JSON object with a 'messages' list"
    if source.detected:
        raise InputError(Errors.E014.format(path=path, reason=problem, formats=", ".join(INPUT_FORMATS)))
    raise InputError(Errors.E018.format(path=path, problem=problem))


def _int_or_digits(digits: str) -> int | str:
    # Python refuses integers of more than 4,300 digits; such a value is kept as its digits.
    try:
        return int(digits)
    except ValueError:
        return digits


_DECODER = json.JSONDecoder(parse_int=_int_or_digits)
_SPACE = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r'["\[\]{}]')


def _export_message_by_message(text: str, path: Path) -> dict[str, Any]:
    """The export's top-level object, its values decoded one at a time and its messages one by one."""

    def fail(problem: str) -> InputError:
        return InputError(Errors.E018.format(path=path, problem=problem))

    position = _SPACE.match(text, text.startswith("\ufeff")).end()
    if not text.startswith("{", position):
        raise fail("expected a JSON object with a 'messages' list")
    export: dict[str, Any] = {}
    position += 1
    while True:
        position = _SPACE.match(text, position).end()
        if text.startswith("}", position):
            return export
        try:
            key, position = _DECODER.raw_decode(text, position)
            position = _SPACE.match(text, position).end()
            if not text.startswith(":", position):
                raise ValueError("expected ':'")
            position = _SPACE.match(text, position + 1).end()
            if key == "messages" and text.startswith("[", position):
                export[key], position = _messages_one_by_one(text, position + 1)
            else:
                export[key], position = _DECODER.raw_decode(text, position)
            position = _SPACE.match(text, position).end()
            if text.startswith(",", position):
                position += 1
        except (ValueError, RecursionError) as error:
            raise fail(f"cannot read the JSON at character {position} ({error})") from None


def _messages_one_by_one(text: str, position: int) -> tuple[list[Any], int]:
    messages: list[Any] = []
    while True:
        position = _SPACE.match(text, position).end()
        if text.startswith("]", position):
            return messages, position + 1
        try:
            message, position = _DECODER.raw_decode(text, position)
        except RecursionError:
            messages.append(_Bad("", "nested deeper than the JSON reader can follow"))
            position = _end_of_value(text, position)
        else:
            messages.append(message)
        position = _SPACE.match(text, position).end()
        if text.startswith(",", position):
            position += 1


def _end_of_value(text: str, position: int) -> int:
    """Where the JSON object or array at ``position`` ends, found without recursion."""
    depth = 0
    while match := _BRACKET.search(text, position):
        char = match.group()
        if char == '"':
            string = _STRING.match(text, match.start())
            if string is None:
                break
            position = string.end()
            continue
        depth += 1 if char in "[{" else -1
        position = match.end()
        if depth == 0:
            return position
    raise ValueError("unterminated JSON value")


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
