"""Hostile and unlucky inputs: dying workers, files that harm, records that break readers.

Every file is made by the test in ``tmp_path``; the module runs in seconds.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import orgmentions
from conftest import DATA
from orgmentions import Extractor
from orgmentions.errors import ExtractionError, InputError
from orgmentions.io import readers
from orgmentions.io.readers import SkippedRecordsWarning, read_documents

SOURCE_ROOT = str(Path(orgmentions.__file__).resolve().parents[1])
STATEMENT = "The CSTO and the Eurasian Economic Union met in Minsk; Armenia stayed away."


def _run_script(path: Path, *, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SOURCE_ROOT}
    command = [sys.executable, "-"] if stdin is not None else [sys.executable, str(path)]
    return subprocess.run(command, input=stdin, cwd=path.parent, env=env, capture_output=True, text=True, timeout=60)


def _killing_workers(at: set[int], count: int) -> Iterator[tuple[str, str]]:
    """Documents; on reaching each number in ``at``, every worker process is killed."""
    for number in range(1, count + 1):
        if number in at:
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGKILL)
        yield STATEMENT, f"doc-{number}"


# --- worker processes ---------------------------------------------------------------


def test_a_worker_killed_once_is_replaced_and_no_document_is_lost() -> None:
    results = list(Extractor().extract_many(_killing_workers({40}, 80), n_process=2, batch_size=2))
    assert [r.doc_id for r in results] == [f"doc-{n}" for n in range(1, 81)]
    assert all(r.canonical_ids == ["org:CSTO", "org:EAEU", "country:ARM"] for r in results)


def test_workers_killed_twice_fail_naming_the_batch_instead_of_hanging() -> None:
    with pytest.raises(ExtractionError, match=r"\[E040\].* batch \d+ \(documents \d+ to \d+ \(ids 'doc-"):
        list(Extractor().extract_many(_killing_workers({40, 70}, 120), n_process=2, batch_size=2))


def test_an_unguarded_script_fails_at_once_saying_what_to_do(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from orgmentions import extract_many\n"
        "print(sum(len(r) for r in extract_many(['The CSTO met.'] * 20, n_process=2, batch_size=5)))\n",
        encoding="utf-8",
    )
    run = _run_script(script)
    assert run.returncode == 1
    assert "[E041]" in run.stderr and 'if __name__ == "__main__":' in run.stderr
    assert "[E042]" in run.stderr.splitlines()[-1]


def test_a_guarded_script_runs_in_two_processes(tmp_path: Path) -> None:
    script = tmp_path / "guarded.py"
    script.write_text(
        "from orgmentions import extract_many\n"
        "if __name__ == '__main__':\n"
        "    print(sum(len(r) for r in extract_many(['The CSTO met.'] * 20, n_process=2, batch_size=5)))\n",
        encoding="utf-8",
    )
    run = _run_script(script)
    assert (run.returncode, run.stdout.strip()) == (0, "20"), run.stderr


def test_a_script_from_standard_input_fails_at_once_saying_what_to_do(tmp_path: Path) -> None:
    code = "from orgmentions import extract_many\nlist(extract_many(['The CSTO met.'] * 20, n_process=2))\n"
    run = _run_script(tmp_path / "stdin", stdin=code)
    assert run.returncode == 1
    assert "[E042]" in run.stderr and "save it to a file" in run.stderr


# --- readers: every problem of one record is coded, located and skippable --------------

DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INT = "9" * 5000


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "bad_line, problem",
    [
        (f'{{"id": "x", "text": "The CIS.", "n": {HUGE_INT}}}', "not a JSON value this reader takes"),
        (f'{{"id": "x", "text": "The CIS.", "deep": {DEEP}}}', "nested deeper than the JSON reader can follow"),
        ('{"id": "x", "text": "The CIS \\ud800 met."}', "'text' holds a lone surrogate (U+D800"),
        ('{"id": "x", "text": "The CIS.", "who": "\\udfff"}', "the id or a metadata field holds a lone surrogate"),
        ('{"id": "x", "text": "The CIS.", "score": NaN}', "not a JSON value this reader takes (NaN is not valid JSON)"),
    ],
)
def test_a_bad_jsonl_record_is_skipped_and_the_rest_kept(tmp_path: Path, bad_line: str, problem: str) -> None:
    path = _jsonl(tmp_path, '{"id": "a", "text": "The CSTO."}', bad_line, '{"id": "b", "text": "The 😀 CIS."}')
    with pytest.raises(InputError, match=rf"^\[E016\] .*records\.jsonl, line 2: {re.escape(problem)}"):
        list(read_documents([path]))
    with pytest.warns(SkippedRecordsWarning, match="skipped 1 malformed"):
        assert [doc["id"] for doc in read_documents([path], skip_bad=True)] == ["a", "b"]


def test_a_valid_surrogate_pair_escape_is_text_not_a_problem(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, '{"id": "a", "text": "\\ud83d\\ude00 The CSTO."}')
    assert [doc["text"] for doc in read_documents([path])] == ["😀 The CSTO."]


def test_a_line_longer_than_the_limit_is_skipped_without_reading_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 1_000_000)
    path = tmp_path / "sparse.jsonl"
    with path.open("wb") as file:
        file.write(b'{"id": "a", "text": "The CSTO."}\n')
        file.truncate(file.tell() + 20_000_000)  # a hole of zero bytes, as a crashed writer leaves
        file.seek(0, os.SEEK_END)
        file.write(b'\n{"id": "b", "text": "The CIS."}\n')
    with pytest.warns(SkippedRecordsWarning, match=r"line 2: longer than 1,000,000 bytes"):
        assert [doc["id"] for doc in read_documents([path], skip_bad=True)] == ["a", "b"]


def test_a_text_file_longer_than_the_limit_is_a_bad_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 1000)
    (tmp_path / "a.txt").write_text("The CSTO. " * 200, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The CIS.", encoding="utf-8")
    with pytest.warns(SkippedRecordsWarning, match=r"a\.txt: longer than 1,000 bytes"):
        assert [doc["id"] for doc in read_documents([tmp_path], skip_bad=True)] == ["b.txt"]


def test_a_csv_record_over_the_field_limit_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 1000)
    path = tmp_path / "table.csv"
    path.write_text(f"id,text\na,The CSTO.\nbig,{'x' * 2000}\nb,The CIS.\n", encoding="utf-8")
    try:
        with pytest.warns(SkippedRecordsWarning, match=r"record 2 \(line 3\): not a CSV record"):
            assert [doc["id"] for doc in read_documents([path], skip_bad=True)] == ["a", "b"]
    finally:
        csv.field_size_limit(readers.MAX_RECORD_BYTES)


# --- Telegram exports as Telegram Desktop writes them -----------------------------------


def _export(tmp_path: Path, messages: list[str]) -> Path:
    path = tmp_path / "result.json"
    body = ",\n  ".join(messages)
    path.write_text(f'{{\n "name": "MFA",\n "type": "public_channel",\n "messages": [\n  {body}\n ]\n}}\n', "utf-8")
    return path


def test_telegram_text_in_text_entities_types_and_repeated_ids(tmp_path: Path) -> None:
    path = _export(
        tmp_path,
        [
            '{"id": 1, "type": "message", "text": null, "text_entities": [{"type": "plain", "text": "The CSTO met."}]}',
            '{"id": 2, "type": "Message", "text": "The CIS met."}',
            '{"id": 3, "text": "The SCO met."}',
            '{"id": 4, "type": "service", "action": "pin_message", "text": ""}',
            '{"id": 2, "type": "message", "text": "The EAEU met."}',
            '{"id": 5, "type": "poll", "text": "Vote."}',
        ],
    )
    with pytest.warns(SkippedRecordsWarning, match=r"skipped 1 malformed.*message 6 \(id 5\): unknown message 'type'"):
        docs = list(read_documents([path], skip_bad=True))
    assert [(doc["id"], doc["text"]) for doc in docs] == [
        ("MFA/1", "The CSTO met."),
        ("MFA/2", "The CIS met."),
        ("MFA/3", "The SCO met."),
        ("MFA/2#2", "The EAEU met."),
    ]


def test_telegram_message_too_deep_or_with_a_huge_number_loses_only_itself(tmp_path: Path) -> None:
    path = _export(
        tmp_path,
        [
            '{"id": 1, "type": "message", "text": "The CSTO met."}',
            f'{{"id": 2, "type": "message", "text": "The CIS met.", "reactions": {DEEP}}}',
            f'{{"id": {HUGE_INT}, "type": "message", "text": "The SCO met."}}',
            '{"id": 4, "type": "message", "text": "The EAEU met.", "note": "a ] and a { in a string"}',
        ],
    )
    with pytest.warns(SkippedRecordsWarning, match=r"skipped 2 malformed.*message 2: nested deeper"):
        docs = list(read_documents([path], skip_bad=True))
    assert [doc["id"] for doc in docs] == ["MFA/1", "MFA/4"]


# --- pipes, process substitutions and standard input -------------------------------------


def _fifo(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    os.mkfifo(path)

    def write() -> None:
        with path.open("wb") as pipe:
            pipe.write(content)

    threading.Thread(target=write, daemon=True).start()
    return path


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("export", (DATA / "telegram" / "result.json").read_bytes(), "MFA Russia 🇷🇺/"),
        ("records", b'{"id": "r1", "text": "The CSTO."}\n{"id": "r2", "text": "The CIS."}\n', "r1"),
        ("statement.txt", "The CSTO met in Minsk.".encode(), "statement.txt"),
        ("table.csv", b"id,text\nc1,The CSTO.\n", "c1"),
    ],
)
def test_a_pipe_is_read_once_as_it_streams(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    docs = list(read_documents([_fifo(tmp_path, name, content)]))
    assert docs and str(docs[0]["id"]).startswith(expected)
