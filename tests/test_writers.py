"""Writing results as JSONL, CSV, TSV, Parquet and pandas tables, and the `extract` command end to end."""

from __future__ import annotations

import io
import json
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import DATA
from orgmentions import extract_many
from orgmentions.io import writers
from orgmentions.cli import app
from orgmentions.errors import InputError
from orgmentions.io.readers import read_documents
from orgmentions.records import DocumentMentions, Mention
from orgmentions.io.writers import MENTION_COLUMNS, read_results, to_dataframe, write_results

TELEGRAM = DATA / "telegram" / "result.json"
TEXTS = DATA / "inputs" / "texts"


def mention(
    text: str,
    fragment: str,
    canonical_id: str | None,
    kind: str,
    name: str | None,
    matched_by: str,
    alias: str | None = None,
    evidence: str | None = None,
    nth: int = 1,
) -> Mention:
    start = -1
    for _ in range(nth):  # the nth occurrence of fragment
        start = text.index(fragment, start + 1)
    return Mention(
        text=fragment,
        start=start,
        end=start + len(fragment),
        canonical_id=canonical_id,
        kind=kind,
        name=name,
        matched_by=matched_by,
        alias=alias,
        evidence=evidence,
    )


def sample_results() -> list[DocumentMentions]:
    """Four documents: mentions with and without evidence, one without mentions, one unlinked model entity."""
    first = "❗️ #CSTO #CIS\n\nThe Council of Foreign Ministers of the CSTO met in Almaty, Kazakhstan."
    second = 'Nebenzia: the Pact was pushed through the UN General Assembly, "without consensus".'
    third = "Photo of the day: Moscow in spring."
    fourth = "Sergey Lavrov spoke with the Secretary General of the SCO, Nurlan Yermekbayev."
    csto = ("org:CSTO", "organisation", "Collective Security Treaty Organization")
    return [
        DocumentMentions(
            doc_id="MFA Russia 🇷🇺/4106",
            text=first,
            metadata={"channel": "MFA Russia 🇷🇺", "message_id": 4106, "date": "2024-07-04T18:02:00"},
            mentions=[
                mention(first, "#CSTO", *csto, "hashtag", alias="CSTO"),
                mention(
                    first,
                    "#CIS",
                    "org:CIS",
                    "organisation",
                    "Commonwealth of Independent States",
                    "hashtag",
                    alias="CIS",
                    evidence="org:CSTO mentioned in the document",
                ),
                mention(first, "CSTO", *csto, "acronym", alias="CSTO", nth=2),
                mention(first, "Kazakhstan", "country:KAZ", "country", "Kazakhstan", "name", alias="Kazakhstan"),
            ],
        ),
        DocumentMentions(
            doc_id="MFA Russia 🇷🇺/4108",
            text=second,
            metadata={
                "channel": "MFA Russia 🇷🇺",
                "message_id": 4108,
                "date": "2024-09-24T21:30:00",
                "forwarded_from": "Russian Mission to the UN",
            },
            mentions=[
                mention(
                    second,
                    "UN General Assembly",
                    "org:UNGA",
                    "organisation",
                    "United Nations General Assembly",
                    "name",
                    alias="UN General Assembly",
                )
            ],
        ),
        DocumentMentions(
            doc_id="MFA Russia 🇷🇺/4104",
            text=third,
            metadata={"channel": "MFA Russia 🇷🇺", "message_id": 4104, "date": "2024-03-15T16:41:30"},
        ),
        DocumentMentions(
            doc_id="mid-2024-1105",
            text=fourth,
            metadata={"source": "mid.ru", "tags": ["SCO", "Lavrov"], "title": 'Talks, "SCO"\nMoscow'},
            mentions=[
                mention(fourth, "Sergey Lavrov", None, "PERSON", None, "model"),
                mention(
                    fourth,
                    "SCO",
                    "org:SCO",
                    "organisation",
                    "Shanghai Cooperation Organisation",
                    "acronym",
                    alias="SCO",
                ),
            ],
        ),
    ]


MENTIONS = 7  # in sample_results()
COLUMNS = [
    *MENTION_COLUMNS,
    "channel",
    "message_id",
    "date",
    "forwarded_from",
    "source",
    "tags",
    "title",
    "extra_metadata",
]


@pytest.fixture(scope="module")
def telegram_results() -> list[DocumentMentions]:
    return list(extract_many(read_documents([TELEGRAM])))


# --- JSONL --------------------------------------------------------------------------


def test_jsonl_round_trip(tmp_path: Path) -> None:
    results = sample_results()
    path = tmp_path / "results.jsonl"
    assert write_results(results, path, format="jsonl") == 4
    assert path.read_text(encoding="utf-8").count("\n") == 4
    assert list(read_results(path)) == results


def test_jsonl_round_trip_of_extracted_telegram_posts(tmp_path: Path, telegram_results) -> None:
    path = tmp_path / "telegram.jsonl"
    assert write_results(iter(telegram_results), path, format="jsonl") == 10
    back = list(read_results(path))
    assert back == telegram_results
    post = next(result for result in back if result.doc_id == "MFA Russia 🇷🇺/4106")
    assert "org:CSTO" in post.canonical_ids
    assert all(post.text[m.start : m.end] == m.text for m in post)


def test_jsonl_to_a_stream_and_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    stream = io.StringIO()
    assert write_results(sample_results(), stream, format="jsonl") == 4
    assert write_results(sample_results(), None, format="jsonl") == 4
    assert capsys.readouterr().out == stream.getvalue()
    assert json.loads(stream.getvalue().splitlines()[0])["doc_id"] == "MFA Russia 🇷🇺/4106"


def test_read_results_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    write_results(sample_results()[:2], path, format="jsonl")
    with path.open("a", encoding="utf-8") as file:
        file.write('{"doc_id": "x", "text": "The CIS.", "mentions": [{"text": "CIS"}]}\n')
    with pytest.raises(InputError, match=r"^\[E016\] .*results\.jsonl, line 3: not a result record: mentions\.0\."):
        list(read_results(path))


def test_read_results_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"^\[E019\] No such file or folder: .*nope\.jsonl$"):
        read_results(tmp_path / "nope.jsonl")


# --- CSV and TSV --------------------------------------------------------------------


def test_csv_opens_in_pandas_with_one_row_per_mention(tmp_path: Path) -> None:
    path = tmp_path / "mentions.csv"
    assert write_results(sample_results(), path, format="csv") == 4  # the document without mentions counts
    frame = pd.read_csv(path)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == MENTIONS
    assert "MFA Russia 🇷🇺/4104" not in set(frame.doc_id)  # no mentions, no rows
    assert frame.start.dtype == "int64" and frame.message_id.dropna().tolist() == [4106] * 4 + [4108]
    expected = [m for result in sample_results() for m in result]
    assert frame.text.tolist() == [m.text for m in expected]
    assert frame.start.tolist() == [m.start for m in expected]
    assert frame.canonical_id.fillna("").tolist() == [m.canonical_id or "" for m in expected]
    assert frame.forwarded_from.fillna("").tolist() == ["", "", "", "", "Russian Mission to the UN", "", ""]
    last = frame.iloc[-1]
    assert last.title == 'Talks, "SCO"\nMoscow'  # quotes, comma and newline survive
    assert json.loads(last.tags) == ["SCO", "Lavrov"]  # lists as JSON
    assert frame.extra_metadata.isna().all()


def test_tsv_reads_like_the_csv(tmp_path: Path) -> None:
    write_results(sample_results(), tmp_path / "m.csv", format="csv")
    write_results(sample_results(), tmp_path / "m.tsv", format="tsv")
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "m.tsv", sep="\t"), pd.read_csv(tmp_path / "m.csv"))


def test_csv_keys_first_seen_after_the_look_ahead_go_to_extra_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "LOOKAHEAD_ROWS", 1)
    stream = io.StringIO()
    write_results(sample_results(), stream, format="csv")
    stream.seek(0)
    frame = pd.read_csv(stream)
    # Only the first row was seen before the header: the later keys are kept, as JSON, in the last column.
    assert list(frame.columns) == [*MENTION_COLUMNS, "channel", "message_id", "date", "extra_metadata"]
    assert json.loads(frame.extra_metadata[4]) == {"forwarded_from": "Russian Mission to the UN"}
    assert json.loads(frame.extra_metadata[6]) == {
        "source": "mid.ru",
        "tags": ["SCO", "Lavrov"],
        "title": 'Talks, "SCO"\nMoscow',
    }
    assert frame.extra_metadata[:4].isna().all()


def test_a_metadata_key_named_like_a_mention_column_is_prefixed() -> None:
    text = "The CSTO summit."
    result = DocumentMentions(
        doc_id="d1",
        text=text,
        metadata={"name": "summit", "kind": "news"},
        mentions=[mention(text, "CSTO", "org:CSTO", "organisation", "CSTO", "acronym")],
    )
    stream = io.StringIO()
    write_results([result], stream, format="csv")
    stream.seek(0)
    row = pd.read_csv(stream).iloc[0]
    assert (row["name"], row["metadata.name"], row["kind"], row["metadata.kind"]) == (
        "CSTO",
        "summit",
        "organisation",
        "news",
    )


def test_csv_without_any_mentions_has_the_header_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert write_results([sample_results()[2]], path, format="csv") == 1
    frame = pd.read_csv(path)
    assert frame.empty and list(frame.columns) == [*MENTION_COLUMNS, "extra_metadata"]


@pytest.mark.parametrize("output_format", ["jsonl", "csv", "tsv"])
def test_writing_streams_in_constant_memory(tmp_path: Path, output_format: str) -> None:
    base = "The Collective Security Treaty Organisation met in Almaty. " * 170  # about 10 KB per document

    def documents() -> Iterator[DocumentMentions]:
        for number in range(3_000):  # about 30 MB of text in all, each text a new string
            text = f"{number:05d} {base}"
            start = text.index("Collective")
            span = "Collective Security Treaty Organisation"
            yield DocumentMentions(
                doc_id=f"doc-{number}",
                text=text,
                metadata={"n": number},
                mentions=[
                    Mention(
                        text=span,
                        start=start,
                        end=start + len(span),
                        canonical_id="org:CSTO",
                        kind="organisation",
                        name="CSTO",
                        matched_by="name",
                    )
                ],
            )

    path = tmp_path / f"out.{output_format}"
    tracemalloc.start()
    try:
        count = write_results(documents(), path, format=output_format)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 3_000
    assert peak < 3_000_000, f"peak {peak} bytes"


# --- Parquet and pandas -------------------------------------------------------------


def test_parquet_round_trip_with_pandas(tmp_path: Path) -> None:
    path = tmp_path / "mentions.parquet"
    assert write_results(sample_results(), path, format="parquet") == 4
    frame = pd.read_parquet(path)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == MENTIONS
    table = pq.read_table(path)
    assert str(table.schema.field("message_id").type) == "int64"
    assert str(table.schema.field("start").type) == "int64"
    assert table.column("message_id").to_pylist() == [4106] * 4 + [4108, None, None]
    assert table.column("tags").to_pylist()[-1] == '["SCO", "Lavrov"]'
    expected = [m for result in sample_results() for m in result]
    assert table.column("text").to_pylist() == [m.text for m in expected]
    assert table.column("evidence").to_pylist()[1] == "org:CSTO mentioned in the document"


def test_parquet_is_written_in_row_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "LOOKAHEAD_ROWS", 3)
    path = tmp_path / "mentions.parquet"
    write_results(iter(sample_results()), path, format="parquet")
    assert pq.ParquetFile(path).metadata.num_row_groups == 3  # 7 mentions in groups of 3, 3 and 1
    assert len(pd.read_parquet(path)) == MENTIONS


def test_parquet_value_of_another_type_goes_to_extra_metadata(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(writers, "LOOKAHEAD_ROWS", 1)
    results = sample_results()
    results[1].metadata["message_id"] = "4108-fwd"  # the column was typed int64 from the first row
    path = tmp_path / "mentions.parquet"
    write_results(results, path, format="parquet")
    table = pq.read_table(path)
    assert table.column("message_id").to_pylist()[4] is None
    assert json.loads(table.column("extra_metadata").to_pylist()[4]) == {
        "forwarded_from": "Russian Mission to the UN",
        "message_id": "4108-fwd",
    }


@pytest.mark.parametrize("output", [None, io.StringIO()])
def test_parquet_needs_a_path(output) -> None:
    with pytest.raises(ValueError, match=r"^\[E020\] Parquet is written to a file"):
        write_results(sample_results(), output, format="parquet")


def test_parquet_without_pyarrow_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ImportError, match=r"pip install 'orgmentions\[parquet\]'"):
        write_results(sample_results(), tmp_path / "m.parquet", format="parquet")
    assert not (tmp_path / "m.parquet").exists()


def test_to_dataframe() -> None:
    frame = to_dataframe(sample_results())
    assert list(frame.columns) == [c for c in COLUMNS if c != "extra_metadata"]
    assert len(frame) == MENTIONS
    assert frame.start.dtype == "int64"
    assert frame.tags.iloc[-1] == ["SCO", "Lavrov"]  # values kept as they are
    sco = frame[frame.canonical_id == "org:SCO"].iloc[0]
    assert (sco.doc_id, sco.text, sco.source) == ("mid-2024-1105", "SCO", "mid.ru")
    assert frame[frame.matched_by == "model"].kind.tolist() == ["PERSON"]


def test_to_dataframe_of_nothing() -> None:
    frame = to_dataframe([])
    assert frame.empty and list(frame.columns) == list(MENTION_COLUMNS)


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'orgmentions\[pandas\]'"):
        to_dataframe(sample_results())


def test_an_unknown_output_format() -> None:
    with pytest.raises(ValueError, match=r"^\[E015\] Unknown output format 'xlsx'; choose one of: jsonl, csv"):
        write_results(sample_results(), io.StringIO(), format="xlsx")


# --- the extract command ------------------------------------------------------------

runner = CliRunner()


def test_extract_telegram_export_as_jsonl(telegram_results) -> None:
    result = runner.invoke(app, ["extract", str(TELEGRAM), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    documents = [DocumentMentions.model_validate_json(line) for line in result.stdout.splitlines()]
    assert documents == telegram_results
    by_id = {document.doc_id: document for document in documents}
    assert by_id["MFA Russia 🇷🇺/4106"].metadata["date"] == "2024-07-04T18:02:00"
    assert "org:CSTO" in by_id["MFA Russia 🇷🇺/4112"].canonical_ids
    assert "org:BRICS" in by_id["MFA Russia 🇷🇺/4110"].canonical_ids
    assert by_id["MFA Russia 🇷🇺/4108"].metadata["forwarded_from"] == "Russian Mission to the UN"


def test_extract_folder_of_texts_as_csv() -> None:
    result = runner.invoke(app, ["extract", str(TEXTS), "--format", "csv"])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns[: len(MENTION_COLUMNS)]) == list(MENTION_COLUMNS)
    ids = frame.groupby("doc_id").canonical_id.apply(set)
    assert set(ids.index) == {
        "2024-07-04_csto_almaty.txt",
        "2024-10-23_brics_kazan.txt",
        "archive/2015-09-29_russia_celac.txt",
    }
    assert "org:CSTO" in ids["2024-07-04_csto_almaty.txt"]
    assert "org:BRICS" in ids["2024-10-23_brics_kazan.txt"]
    assert "org:CELAC" in ids["archive/2015-09-29_russia_celac.txt"]
    texts = {path.relative_to(TEXTS).as_posix(): path.read_text(encoding="utf-8") for path in TEXTS.rglob("*.txt")}
    for row in frame.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text  # offsets point into the files


def test_extract_to_parquet_file(tmp_path: Path) -> None:
    out = tmp_path / "mentions.parquet"
    result = runner.invoke(app, ["extract", str(TELEGRAM), "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert {"channel", "message_id", "date", "forwarded_from"} <= set(frame.columns)
    assert frame.doc_id.nunique() == 10


def test_extract_missing_file_fails_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "statments.jsonl"
    result = runner.invoke(app, ["extract", str(missing), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"orgmentions: [E019] No such file or folder: {missing}"]


def test_extract_malformed_record_fails_naming_it() -> None:
    result = runner.invoke(app, ["extract", str(DATA / "broken_inputs" / "bad_records.jsonl")])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert "bad_records.jsonl, line 2: not valid JSON" in line


def test_extract_skip_bad_skips_with_a_one_line_warning() -> None:
    result = runner.invoke(app, ["extract", str(DATA / "broken_inputs" / "bad_records.jsonl"), "--skip-bad"])
    assert result.exit_code == 0, result.output
    [warning] = result.stderr.splitlines()
    assert warning.startswith("orgmentions: warning: ") and "skipped 5 malformed record" in warning
    assert "bad_records.jsonl" in warning
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["b1", "b7"]
