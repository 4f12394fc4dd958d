"""Parquet input for `read_documents` and the CLI: a text column, like CSV."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from typer.testing import CliRunner  # noqa: E402

from orgmentions import InputError  # noqa: E402
from orgmentions.cli import app  # noqa: E402
from orgmentions.io.readers import SkippedRecordsWarning, read_documents  # noqa: E402

POSTS = [
    "The CSTO summit in Almaty: Kazakhstan and Russia signed the declaration.",
    None,
    "Лавров обсудил с генсеком ОДКБ подготовку к саммиту в Минске.",
]


def write_posts(path, texts=POSTS, ids=(101, 102, 103)) -> None:
    table = pa.table(
        {
            "id": pa.array(ids, pa.int64()),
            "text": pa.array(texts, pa.string()),
            "date": pa.array([datetime(2024, 7, 4, 10, 15), datetime(2024, 7, 5), datetime(2024, 8, 1)]),
            "channel": ["mfa_russia", "mfa_russia", "csto_official"],
        }
    )
    pq.write_table(table, path, row_group_size=2)  # two row groups: rows count on across them


def test_rows_become_documents_and_other_columns_metadata(tmp_path):
    write_posts(tmp_path / "posts.parquet")
    with pytest.warns(SkippedRecordsWarning, match=r"skipped 1 malformed record.*posts.parquet, row 2.*'text'"):
        documents = list(read_documents(tmp_path / "posts.parquet", skip_bad=True))
    assert [d["id"] for d in documents] == ["101", "103"]
    assert documents[1]["text"] == POSTS[2]
    assert documents[0]["metadata"] == {"date": datetime(2024, 7, 4, 10, 15), "channel": "mfa_russia"}


def test_a_null_text_stops_the_run_naming_file_and_row(tmp_path):
    write_posts(tmp_path / "posts.parquet")
    with pytest.raises(InputError, match=r"\[E016\] .*posts.parquet, row 2: 'text' must be a string, not null"):
        list(read_documents(tmp_path / "posts.parquet"))


def test_a_folder_of_parts_with_input_format_parquet(tmp_path):
    (tmp_path / "parts").mkdir()
    write_posts(tmp_path / "parts" / "part.0.parquet", texts=[POSTS[0], POSTS[2], "BRICS in Kazan."])
    write_posts(tmp_path / "parts" / "part.1.parquet", texts=["#SCO", "Astana", "CIS"], ids=(1, 2, 3))
    documents = list(read_documents(tmp_path / "parts", input_format="parquet"))
    assert [d["id"] for d in documents] == ["101", "102", "103", "1", "2", "3"]


def test_whole_file_problems(tmp_path):
    pq.write_table(pa.table({"body": ["The CSTO."]}), tmp_path / "body.parquet")
    with pytest.raises(InputError, match=r"\[E017\] .*body.parquet: no 'text' column \(it has 'body'\)"):
        list(read_documents(tmp_path / "body.parquet"))
    pq.write_table(pa.table({"text": [1, 2]}), tmp_path / "numbers.parquet")
    with pytest.raises(InputError, match=r"\[E077\] .*numbers.parquet: text column 'text' is of type int64"):
        list(read_documents(tmp_path / "numbers.parquet"))
    (tmp_path / "fake.parquet").write_text("not parquet")
    with pytest.raises(InputError, match=r"\[E017\] .*fake.parquet: not a Parquet file"):
        list(read_documents(tmp_path / "fake.parquet"))


def test_cli_reads_parquet(tmp_path):
    write_posts(tmp_path / "posts.parquet")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "posts.parquet"), "--skip-bad"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc_id"] for line in lines] == ["101", "103"]
    assert [m["canonical_id"] for m in lines[0]["mentions"]] == ["org:CSTO", "country:KAZ", "country:RUS"]
    assert lines[0]["metadata"]["date"] == "2024-07-04T10:15:00"
    assert [m["canonical_id"] for m in lines[1]["mentions"]] == ["org:CSTO"]
