"""Reading documents from text files, JSONL, CSV and Telegram exports, as users' files arrive."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import tracemalloc
from pathlib import Path

import pytest

from conftest import DATA
from orgmentions.errors import InputError
from orgmentions.io.readers import SkippedFilesWarning, SkippedRecordsWarning, read_documents

INPUTS = DATA / "inputs"
BROKEN = DATA / "broken_inputs"
TELEGRAM = DATA / "telegram" / "result.json"
CHANNEL = "MFA Russia 🇷🇺"


def ids(documents: list[dict]) -> list[str | None]:
    return [document["id"] for document in documents]


def by_id(documents: list[dict]) -> dict[str | None, dict]:
    return {document["id"]: document for document in documents}


# --- Telegram -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def telegram_docs() -> list[dict]:
    return list(read_documents([TELEGRAM], input_format="telegram"))


@pytest.fixture(scope="module")
def telegram_messages() -> dict[int, dict]:
    export = json.loads(TELEGRAM.read_text(encoding="utf-8"))
    return {message["id"]: message for message in export["messages"]}


def test_telegram_one_document_per_message_with_text(telegram_docs: list[dict], telegram_messages: dict) -> None:
    # 4101 is a service message (a pin), 4104 a photo without a caption: neither is a document.
    assert telegram_messages[4101]["type"] == "service"
    assert telegram_messages[4104]["text"] == "" and "photo" in telegram_messages[4104]
    expected = [4102, 4103, 4105, 4106, 4107, 4108, 4109, 4110, 4112, 4113]
    assert ids(telegram_docs) == [f"{CHANNEL}/{number}" for number in expected]


def test_telegram_metadata(telegram_docs: list[dict]) -> None:
    docs = by_id(telegram_docs)
    assert docs[f"{CHANNEL}/4108"]["metadata"] == {
        "channel": CHANNEL,
        "message_id": 4108,
        "date": "2024-09-24T21:30:00",
        "forwarded_from": "Russian Mission to the UN",
    }
    # forwarded_from only where the message was forwarded
    unforwarded = docs[f"{CHANNEL}/4109"]["metadata"]
    assert unforwarded == {"channel": CHANNEL, "message_id": 4109, "date": "2024-09-28T19:45:00"}
    months = {document["metadata"]["date"][:7] for document in telegram_docs}
    assert months == {"2024-03", "2024-07", "2024-09", "2024-10", "2024-11"}


def test_telegram_list_text_is_joined_as_the_reader_sees_it(telegram_docs: list[dict], telegram_messages: dict) -> None:
    text = by_id(telegram_docs)[f"{CHANNEL}/4105"]["text"]
    parts = telegram_messages[4105]["text"]
    assert isinstance(parts, list) and {"type": "hashtag", "text": "#RussiaALBA"} in parts
    assert text.startswith("🤝 #RussiaALBA\n\nDeputy Foreign Minister Sergey Ryabkov")
    assert text[2:13] == "#RussiaALBA"  # offsets count the emoji as one character, as Python does
    assert text.endswith("expand cooperation with ALBA.\n\nRead in full")  # a text_link's visible text ...
    assert "mid.ru" not in text  # ... not its address
    assert text == "".join(entity["text"] for entity in telegram_messages[4105]["text_entities"])


def test_telegram_plain_string_text(telegram_docs: list[dict], telegram_messages: dict) -> None:
    assert isinstance(telegram_messages[4113]["text"], str)
    assert by_id(telegram_docs)[f"{CHANNEL}/4113"]["text"] == telegram_messages[4113]["text"]


@pytest.mark.parametrize("name", ["mfa_russia_2024.json", "ChatExport_2024-12-01"])
def test_telegram_export_is_recognised_by_content_under_any_name(tmp_path: Path, name: str, telegram_docs) -> None:
    renamed = tmp_path / name
    shutil.copy(TELEGRAM, renamed)
    assert ids(read_documents([renamed])) == ids(telegram_docs)


# --- JSONL, CSV, text ---------------------------------------------------------------


def test_jsonl_fields_ids_and_metadata() -> None:
    docs = list(read_documents([INPUTS / "statements.jsonl"]))
    # The blank line is skipped; an integer id becomes a string; a record without one has None.
    assert ids(docs) == ["mid-2024-0311", "mid-2024-0705", "20240926", None, "kremlin-2024-1023"]
    first = docs[0]
    assert first["text"].startswith("Foreign Minister Sergey Lavrov met with CSTO Secretary General")
    assert first["metadata"] == {"date": "2024-03-11", "source": "mid.ru", "tags": ["CSTO", "Lavrov"]}
    assert "\nThe New Development Bank" in docs[4]["text"]


def test_jsonl_other_text_and_id_fields(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text(
        '{"post": 17, "body": "The OSCE Permanent Council met in Vienna.", "lang": "en"}\n', encoding="utf-8"
    )
    [doc] = read_documents([path], text_field="body", id_field="post")
    assert doc == {"text": "The OSCE Permanent Council met in Vienna.", "id": "17", "metadata": {"lang": "en"}}


def test_csv_records_with_quoted_multiline_fields() -> None:
    docs = list(read_documents([INPUTS / "press_releases.csv"]))
    assert ids(docs) == ["pr-0412", "pr-0704", None, "pr-1121"]  # an empty id cell is no id
    assert docs[0]["text"].endswith('discussed the "CIS+" format.')
    assert docs[1]["text"] == (
        "The Council of Foreign Ministers of the Collective Security Treaty Organisation met in Almaty.\n\n"
        "Armenia, which has frozen its participation in the CSTO, did not send a delegation.\n"
        "Kazakhstan chairs the Organisation in 2024."
    )
    assert docs[1]["metadata"] == {"date": "2024-07-04", "title": "CSTO ministerial meeting, Almaty"}


def test_csv_with_a_field_larger_than_the_csv_module_default(tmp_path: Path) -> None:
    long_text = "The Eurasian Economic Union. " * 40_000  # about 1.1 MB, far above the 128 KiB default limit
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nlong-1,"{long_text}"\n', encoding="utf-8")
    [doc] = read_documents([path])
    assert doc["text"] == long_text


def test_text_folder_in_sorted_order_with_relative_ids() -> None:
    docs = list(read_documents([INPUTS / "texts"]))
    assert ids(docs) == [
        "2024-07-04_csto_almaty.txt",
        "2024-10-23_brics_kazan.txt",
        "archive/2015-09-29_russia_celac.txt",
    ]
    path = INPUTS / "texts" / "2024-07-04_csto_almaty.txt"
    assert docs[0]["text"] == path.read_text(encoding="utf-8")
    assert docs[0]["metadata"] == {"path": str(path)}


def test_text_file_is_read_byte_for_byte(tmp_path: Path) -> None:
    # Windows line endings are kept and a byte order mark dropped, so offsets match the file's characters.
    path = tmp_path / "statement.txt"
    path.write_bytes(b"\xef\xbb\xbfCSTO statement\r\nAlmaty, 4 July 2024\r\n")
    [doc] = read_documents([path])
    assert doc["id"] == "statement.txt"
    assert doc["text"] == "CSTO statement\r\nAlmaty, 4 July 2024\r\n"


def test_text_folder_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not a document", encoding="utf-8")
    (tmp_path / "data.jsonl").write_text('{"text": "not read as text"}\n', encoding="utf-8")
    (tmp_path / "Statement.TXT").write_text("The CIS summit.", encoding="utf-8")
    assert ids(read_documents([tmp_path], input_format="text")) == ["Statement.TXT"]


def test_a_folder_is_read_in_every_format_and_what_is_skipped_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not a document", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0\0")
    (tmp_path / "data.jsonl").write_text('{"id": "j1", "text": "The CSTO met."}\n', encoding="utf-8")
    (tmp_path / "table.csv").write_text("id,text\nc1,The CIS met.\n", encoding="utf-8")
    (tmp_path / "Statement.TXT").write_text("The CIS summit.", encoding="utf-8")
    export = tmp_path / "ChatExport_2024-07-05"
    (export / "photos").mkdir(parents=True)
    (export / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8")
    shutil.copy(TELEGRAM, export / "result.json")
    with pytest.warns(SkippedFilesWarning, match=r"1 file\(s\) not in a format read here were skipped \(1 \.md\)"):
        docs = list(read_documents([tmp_path]))
    assert ids(docs)[:3] == ["Statement.TXT", "j1", "c1"] or ids(docs)[0] == "Statement.TXT"
    assert {"j1", "c1", "Statement.TXT"} <= set(ids(docs))
    assert sum(1 for doc_id in ids(docs) if str(doc_id).startswith(CHANNEL + "/")) > 5


def test_a_telegram_export_folder_is_read_as_its_export(tmp_path: Path, telegram_docs: list[dict]) -> None:
    export = tmp_path / "ChatExport_2024-07-05"
    (export / "photos").mkdir(parents=True)
    (export / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8")
    shutil.copy(TELEGRAM, export / "result.json")
    assert list(read_documents([export])) == telegram_docs


def test_empty_text_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^\[E017\] .*no \.txt files"):
        list(read_documents([tmp_path], input_format="text"))
    with pytest.raises(InputError, match=r"^\[E017\] .*no files to read .*no \.txt, \.jsonl"):
        list(read_documents([tmp_path]))


def test_several_paths_are_read_in_order() -> None:
    docs = list(read_documents([INPUTS / "press_releases.csv", INPUTS / "statements.jsonl"]))
    assert ids(docs)[:4] == ["pr-0412", "pr-0704", None, "pr-1121"]
    assert ids(docs)[4:] == ["mid-2024-0311", "mid-2024-0705", "20240926", None, "kremlin-2024-1023"]


# --- auto detection -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path, input_format",
    [
        (INPUTS / "statements.jsonl", "jsonl"),
        (INPUTS / "press_releases.csv", "csv"),
        (INPUTS / "texts", "text"),
        (INPUTS / "texts" / "2024-10-23_brics_kazan.txt", "text"),
        (TELEGRAM, "telegram"),
    ],
)
def test_auto_reads_each_format_like_the_explicit_choice(path: Path, input_format: str) -> None:
    auto = list(read_documents([path]))
    assert auto and auto == list(read_documents([path], input_format=input_format))


def test_auto_reads_ndjson_as_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "statements.ndjson"
    shutil.copy(INPUTS / "statements.jsonl", path)
    assert len(list(read_documents([path]))) == 5


def test_a_lone_path_is_not_taken_for_a_sequence_of_characters() -> None:
    assert len(list(read_documents(str(INPUTS / "statements.jsonl")))) == 5


@pytest.mark.parametrize(
    "name, reason",
    [
        ("statements.xml", "unknown extension '.xml'"),
        ("whole_account_export.json", "whole-account export"),
    ],
)
def test_auto_names_the_file_and_the_formats_when_it_cannot_tell(name: str, reason: str) -> None:
    with pytest.raises(InputError) as error:
        list(read_documents([BROKEN / name]))
    message = str(error.value)
    assert message.startswith(f"[E014] {BROKEN / name}:")
    assert reason in message and "text, jsonl, csv, telegram" in message


# --- errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, location, problem",
    [
        ("bad_records.jsonl", "bad_records.jsonl, line 2", "not valid JSON"),
        ("bad_records.csv", "bad_records.csv, record 2 (line 3)", "4 fields where the header has 3"),
        ("latin1_statement.txt", "latin1_statement.txt", "not UTF-8 text"),
        ("mixed_texts", "mixed_texts/02_celac_latin1.txt", "not UTF-8 text"),
        ("bad_message_export.json", "bad_message_export.json, message 2 (id 502)", "'text' must be a string"),
    ],
)
def test_a_malformed_record_names_file_and_record(name: str, location: str, problem: str) -> None:
    with pytest.raises(InputError) as error:
        list(read_documents([BROKEN / name]))
    assert str(error.value).startswith(f"[E016] {BROKEN}/{location}: {problem}")


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"id": "x", "text": "unterminated}', "not valid JSON (Unterminated string"),
        ('["CSTO", "CIS"]', "expected a JSON object, got an array"),
        ('{"id": "x", "body": "The CIS."}', "no 'text' field (it has 'id', 'body')"),
        ('{"id": "x", "text": null}', "'text' must be a string, not null"),
        ('{"id": {"n": 1}, "text": "The CIS."}', "'id' must be a string or an integer, not an object"),
    ],
)
def test_each_jsonl_problem_is_explained(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "ok", "text": "The CSTO."}\n' + line + "\n", encoding="utf-8")
    documents = read_documents([path])
    assert next(documents)["id"] == "ok"  # records before the bad one are delivered
    with pytest.raises(InputError, match=rf"^\[E016\] .*records\.jsonl, line 2: {re.escape(problem)}"):
        next(documents)


@pytest.mark.parametrize(
    "name, kept, skipped",
    [
        ("bad_records.jsonl", ["b1", "b7"], 5),
        ("bad_records.csv", ["c1", "c3"], 3),
        ("mixed_texts", ["01_sco_astana.txt", "03_eaeu.txt"], 1),
        ("bad_message_export.json", [f"{CHANNEL}/501", f"{CHANNEL}/503"], 2),
    ],
)
def test_skip_bad_skips_and_warns_once_with_the_count(name: str, kept: list[str], skipped: int) -> None:
    with pytest.warns(SkippedRecordsWarning) as warned:
        docs = list(read_documents([BROKEN / name], skip_bad=True))
    assert ids(docs) == kept
    assert len(warned) == 1
    message = str(warned[0].message)
    assert message.startswith(f"skipped {skipped} malformed record(s) in {BROKEN / name}; the first: [E016]")


def test_skip_bad_keeps_multiline_csv_records_intact() -> None:
    with pytest.warns(SkippedRecordsWarning):
        docs = by_id(read_documents([BROKEN / "bad_records.csv"], skip_bad=True))
    assert docs["c3"]["text"] == (
        "Statement on the OSCE Ministerial Council.\nRussia calls on the OSCE to return to its founding principles."
    )


@pytest.mark.parametrize(
    "name, input_format, message",
    [
        ("no_text_column.csv", "auto", r"^\[E016\] .*no_text_column\.csv, line 1: the header has no 'text' column"),
        ("truncated_export.json", "auto", r"^\[E018\] .*truncated_export\.json: .*not valid JSON.*line 143"),
        ("whole_account_export.json", "telegram", r"^\[E018\] .*whole_account_export\.json: not a Telegram"),
    ],
)
def test_problems_with_a_whole_file_are_not_skipped(name: str, input_format: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        list(read_documents([BROKEN / name], input_format=input_format, skip_bad=True))


def test_a_missing_path_fails_at_once_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "statments.jsonl"
    # No iteration: the paths are checked when the reader is made, before anything is written.
    with pytest.raises(FileNotFoundError) as error:
        read_documents([INPUTS / "statements.jsonl", missing])
    assert str(error.value) == f"[E019] No such file or folder: {missing}"


def test_an_unknown_input_format() -> None:
    with pytest.raises(ValueError, match=r"^\[E015\] Unknown input format 'xml'"):
        read_documents([INPUTS / "statements.jsonl"], input_format="xml")


def test_a_folder_is_read_only_as_text() -> None:
    with pytest.raises(InputError, match=r"^\[E017\] .*texts: a folder"):
        read_documents([INPUTS / "texts"], input_format="jsonl")


# --- streaming ----------------------------------------------------------------------

LINES = 200_000


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stream") / "big.jsonl"
    with path.open("w", encoding="utf-8") as file:
        for number in range(LINES):
            file.write(json.dumps({"id": f"doc-{number}", "text": f"Statement {number} on the CSTO.", "n": number}))
            file.write("\n")
    return path


def test_jsonl_is_read_as_it_is_consumed(tmp_path: Path, big_jsonl: Path) -> None:
    path = tmp_path / "growing.jsonl"
    shutil.copy(big_jsonl, path)
    documents = read_documents([path])
    assert ids(itertools.islice(documents, 3)) == ["doc-0", "doc-1", "doc-2"]
    # A reader that had loaded the file when it started could not see a line appended now.
    with path.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"id": "appended", "text": "Added after reading began."}) + "\n")
    rest = list(documents)
    assert len(rest) == LINES - 3 + 1
    assert rest[-1]["id"] == "appended"


def test_jsonl_reading_memory_stays_flat(big_jsonl: Path) -> None:
    size = big_jsonl.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents([big_jsonl]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == LINES
    assert size > 10_000_000
    assert peak < 1_000_000, f"peak {peak} bytes while reading a {size}-byte file"


def test_csv_reading_memory_stays_flat(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("id,text\n")
        for number in range(50_000):
            file.write(f'r{number},"Statement {number}, on the CIS\nand the EAEU."\n')
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 50_000
    assert peak < path.stat().st_size / 10
