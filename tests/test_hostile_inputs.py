"""Hostile and unlucky inputs: dying workers, files that harm, records that break readers.

Every file is made by the test in ``tmp_path``; the module runs in seconds.
"""

from __future__ import annotations

import contextlib
import csv
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import orgmentions
from conftest import DATA
from orgmentions import Extractor, Gazetteer
from orgmentions import gazetteer as gazetteer_module
from orgmentions.errors import ExtractionError, GazetteerError, InputError
from orgmentions.io import readers
from orgmentions.io.readers import SkippedRecordsWarning, read_documents
from orgmentions.io.writers import read_results, write_results

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


# --- the library's boundary: lone surrogates, metadata, a bare string ----------------------


def test_a_lone_surrogate_is_refused_naming_its_position() -> None:
    with pytest.raises(InputError, match=r"^\[E044\] The text of document 'd1' holds a lone surrogate \(U\+DE5D\) at character 9"):
        orgmentions.extract("The CSTO \ude5d met.", doc_id="d1")
    with pytest.raises(InputError, match=r"^\[E044\]"):
        list(orgmentions.extract_many(["The CIS.", "The CSTO \ud800 met."]))
    with pytest.raises(InputError, match=r"^\[E044\]"):
        list(Extractor().extract_many(["The CIS.", "The CSTO \ud800 met."] * 3, n_process=2, batch_size=2))


@pytest.mark.parametrize("metadata", ["abc", ["date", "2024"], {1: "one"}])
def test_metadata_that_is_not_a_mapping_of_str_keys_is_refused_at_once(metadata: object) -> None:
    with pytest.raises(TypeError, match=r"^\[E045\] The metadata of document 'd1' must be a mapping"):
        orgmentions.extract("The CSTO met.", doc_id="d1", metadata=metadata)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^\[E045\]"):
        list(orgmentions.extract_many([{"text": "The CSTO met.", "id": "d1", "metadata": metadata}]))


def test_extract_many_refuses_a_bare_string() -> None:
    with pytest.raises(TypeError, match=r"^\[E046\] extract_many takes an iterable of documents, not a single str"):
        list(orgmentions.extract_many("The CSTO met in Minsk."))


# --- writers: spreadsheets, column names, missing values, corrupt results ------------------


def _result(doc_id: str, metadata: dict) -> orgmentions.DocumentMentions:
    return orgmentions.extract("The CSTO met in Minsk.", doc_id=doc_id, metadata=metadata)


def test_csv_cells_a_spreadsheet_would_run_are_neutralised_unless_raw(tmp_path: Path) -> None:
    results = [_result("=1+1", {"source": "@SUM(A1)", "note": "-2+3", "plain": "Minsk", "n": -4})]
    path = tmp_path / "mentions.csv"
    write_results(results, path, format="csv")
    [row] = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert (row["doc_id"], row["source"], row["note"], row["plain"], row["n"]) == (
        "'=1+1", "'@SUM(A1)", "'-2+3", "Minsk", "-4"
    )
    write_results(results, path, format="tsv", raw_cells=True)
    [row] = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    assert (row["doc_id"], row["source"]) == ("=1+1", "@SUM(A1)")


def test_metadata_named_like_a_column_twice_still_reads_back_from_parquet(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    results = [_result("d1", {"start": "2024-07-04", "metadata.start": "May", "score": float("nan")})]
    path = tmp_path / "mentions.parquet"
    write_results(results, path, format="parquet")
    frame = pandas.read_parquet(path)
    # A key keeps its own name; the one renamed away from "start" is prefixed until it is free.
    assert (frame["metadata.metadata.start"][0], frame["metadata.start"][0]) == ("2024-07-04", "May")
    assert frame["score"].isna().all()
    csv_path = tmp_path / "mentions.csv"
    write_results(results, csv_path, format="csv")
    [row] = list(csv.DictReader(csv_path.read_text(encoding="utf-8").splitlines()))
    assert row["score"] == ""  # NaN is a missing value, as pandas means it, in every format


def test_a_result_no_output_can_hold_fails_naming_it_and_leaves_no_partial_file(tmp_path: Path) -> None:
    good = _result("d1", {})
    bad = good.model_copy(update={"doc_id": "d2", "metadata": {"who": "\udfff"}})
    for format in ("jsonl", "csv"):
        path = tmp_path / f"out.{format}"
        with pytest.raises(ValueError, match=r"^\[E043\] Result 2 \(doc_id 'd2'\) cannot be written"):
            write_results([good, bad], path, format=format)
        assert not path.exists() and list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("previous run\n", encoding="utf-8")

    def failing() -> Iterator[orgmentions.DocumentMentions]:
        yield _result("d1", {})
        raise RuntimeError("the corpus reader broke")

    with pytest.raises(RuntimeError):
        write_results(failing(), path, format="jsonl")
    assert path.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_results_whose_offsets_do_not_fit_their_text_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    write_results([_result("d1", {})], path, format="jsonl")
    line = path.read_text(encoding="utf-8").replace('"start":4,"end":8', '"start":3,"end":7')
    path.write_text(line, encoding="utf-8")
    with pytest.raises(InputError, match=r"^\[E016\] .*results\.jsonl, line 1: mention 0 \('CSTO' at 3:7\) does not match"):
        list(read_results(path))


# --- the command line never writes over what it reads ------------------------------------


@pytest.mark.parametrize(
    "name, content, command",
    [
        ("s.jsonl", '{"id": "a", "text": "The CSTO met."}\n', ["extract"]),
        ("s.csv", "id,text\na,The CSTO met.\n", ["extract", "--format", "csv"]),
        ("s.txt", "The CSTO met.", ["extract"]),
        ("s.jsonl", '{"id": "a", "text": "The CSTO met."}\n', ["render"]),
    ],
)
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, name: str, content: str, command: list[str]
) -> None:
    from typer.testing import CliRunner

    from orgmentions.cli import app

    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    (tmp_path / "link").symlink_to(source)
    for output in (source, tmp_path / "link"):
        result = CliRunner().invoke(app, [*command, str(source), "--output", str(output)])
        assert result.exit_code == 1 and "[E047]" in result.output
        assert source.read_text(encoding="utf-8") == content


# --- hostile gazetteers ---------------------------------------------------------------------


def _gazetteer_text(count: int, bad_every: int = 0) -> str:
    """``count`` made-up organisations; every ``bad_every``-th has an unknown field."""
    lines = ["entities:"]
    for number in range(count):
        code = "".join(chr(65 + (number // 26**place) % 26) for place in range(4))
        lines += [
            f"  - id: org:Q{code}",
            f"    name: Quorum Organisation {code} of Testing",
            "    category: forum",
            f"    acronyms: [Q{code}]",
        ]
        if bad_every and number % bad_every == 0:
            lines.append("    colour: blue")
    return "\n".join(lines) + "\n"


def _parse_seconds(path: Path) -> float:
    started = time.perf_counter()
    with contextlib.suppress(GazetteerError):
        gazetteer_module._parse(path)
    return time.perf_counter() - started


def test_yaml_aliases_that_multiply_a_file_are_refused(tmp_path: Path) -> None:
    words = ", ".join(f"word{number}" for number in range(2000))
    lines = [f"cue_list: &cues [{words}]"] + [f"copy{number}: [*cues, *cues, *cues]" for number in range(300)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nentities: []\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"^\[E052\] .*bomb\.yaml:1: the YAML anchor here"):
        Gazetteer.load([path], include_bundled=False)


def test_a_small_shared_anchor_is_still_fine() -> None:
    # The bundled organisations share one ambiguity block through an anchor.
    assert "org:UNGA" in Gazetteer.load()


def test_a_key_given_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text(_gazetteer_text(2) + _gazetteer_text(1).replace("QAAAA", "QZZZZ"), encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"^\[E053\] .*twice\.yaml:10: key 'entities' appears twice .*line 1\)"):
        Gazetteer.load([path], include_bundled=False)
    entry = tmp_path / "field.yaml"
    entry.write_text(_gazetteer_text(1) + "    name: Another Name\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"^\[E053\] .*field\.yaml:6: key 'name' appears twice .*line 3\)"):
        Gazetteer.load([entry], include_bundled=False)


def test_many_errors_are_located_in_one_pass(tmp_path: Path) -> None:
    valid, broken = tmp_path / "valid.yaml", tmp_path / "broken.yaml"
    valid.write_text(_gazetteer_text(1200), encoding="utf-8")
    broken.write_text(_gazetteer_text(1200, bad_every=10), encoding="utf-8")
    with pytest.raises(GazetteerError) as error:
        gazetteer_module._parse(broken)
    lines = str(error.value).splitlines()
    assert len(lines) == 120 and lines[1].startswith(f"[E002] {broken}:47 org:QKAAA: colour: unknown field")
    # Before, each error parsed the file again: 120 errors took over a hundred times one parse.
    assert _parse_seconds(broken) < 6 * _parse_seconds(valid)


def test_loading_a_gazetteer_stays_linear_in_its_size(tmp_path: Path) -> None:
    small, large = tmp_path / "small.yaml", tmp_path / "large.yaml"
    small.write_text(_gazetteer_text(400), encoding="utf-8")
    large.write_text(_gazetteer_text(1600), encoding="utf-8")
    ratio = min(_parse_seconds(large) for _ in range(2)) / min(_parse_seconds(small) for _ in range(2))
    assert ratio < 8  # four times the size: about 4 when linear, 16 when quadratic


# --- recall limits, decided and documented in the README ------------------------------------


def test_recall_limits_inside_names_and_the_fullwidth_hash() -> None:
    # A soft hyphen inside a name marks where the word may break: it is read through, inside the span.
    [mention] = orgmentions.extract("The Shanghai Coopera\u00adtion Organisation met.").mentions
    assert (mention.text, mention.canonical_id) == ("Shanghai Coopera\u00adtion Organisation", "org:SCO")
    # A zero-width space inside a name splits the word: the name is hidden.
    assert orgmentions.extract("The Shanghai Cooperation Organi\u200bsation met.").mentions == []
    # Beside a name they are only characters around it.
    assert orgmentions.extract("The\u200b CSTO\u00ad met.").canonical_ids == ["org:CSTO"]
    # A fullwidth number sign is a hashtag sign, as in CJK and mobile input.
    [mention] = orgmentions.extract("Read more: \uff03CSTO today.").mentions
    assert (mention.text, mention.matched_by) == ("\uff03CSTO", "hashtag")
