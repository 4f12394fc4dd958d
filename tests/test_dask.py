"""The Dask engine gives the single-process mentions, row for row, on a real two-process cluster."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from orgmentions.dask import bad_text_count, counts, extract_bag, mentions, read_bag  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from orgmentions import Extractor, InputError, extract_many  # noqa: E402
from orgmentions.cli import app  # noqa: E402
from orgmentions.engines import dask as dask_engine  # noqa: E402
from orgmentions.engines import frames  # noqa: E402
from orgmentions.io.readers import read_documents  # noqa: E402
from orgmentions.io.writers import MENTION_COLUMNS  # noqa: E402

DATA = Path(__file__).parent / "data"
TELEGRAM = DATA / "telegram" / "result.json"
STATEMENTS = DATA / "inputs" / "statements.jsonl"
EXTRA_ORGS = DATA / "gazetteers" / "extra_orgs.yaml"
SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def posts() -> pd.DataFrame:
    """The Telegram test export, the statements and the seeds as one table: text, id, date, channel."""
    rows = [
        {
            "text": document["text"],
            "id": document["id"],
            "date": document["metadata"].get("date"),
            "channel": document["metadata"].get("channel", document["metadata"].get("source")),
        }
        for document in read_documents([TELEGRAM, STATEMENTS, SEEDS])
    ]
    return pd.DataFrame(rows)


def expected_rows(texts_and_ids, keep_values, extractor: Extractor | None = None) -> list[tuple]:
    """Mention rows from the single-process reference, with each document's kept values."""
    results = extractor.extract_many(texts_and_ids) if extractor else extract_many(texts_and_ids)
    return [
        (
            result.doc_id,
            m.start,
            m.end,
            m.text,
            m.canonical_id,
            m.kind,
            m.name,
            m.matched_by,
            m.alias,
            m.evidence,
            *ids(kept),
        )
        for result, kept in zip(results, keep_values, strict=True)
        for m in result.mentions
    ]


def ids(values) -> list:
    return [None if pd.isna(value) else value for value in values]


def rows_of(table: pd.DataFrame) -> list[tuple]:
    return [tuple(None if pd.isna(value) else value for value in row) for row in table.itertuples(index=False)]


def test_mentions_equal_extract_many_row_for_row(client, posts):
    ddf = dd.from_pandas(posts, npartitions=5)
    table = mentions(ddf, text_col="text", id_col="id", keep=("date", "channel")).compute()
    expected = expected_rows(
        list(zip(posts["text"], ids(posts["id"]), strict=True)), list(zip(posts["date"], posts["channel"], strict=True))
    )
    assert len(expected) > 500
    assert rows_of(table) == expected
    assert list(table.columns) == [*MENTION_COLUMNS, "date", "channel"]
    assert table["start"].dtype == "int64" and table["canonical_id"].dtype == frames.string_dtype()


def test_extractor_is_built_once_per_worker(client, posts):
    ddf = dd.from_pandas(posts, npartitions=8)
    mentions(ddf, id_col="id").compute()
    counts(ddf).compute()  # a second job, more tasks: still no rebuild
    builds = client.run(frames.extractor_builds)
    key = frames.ExtractorSpec().key
    per_worker = [worker_builds.get(key, 0) for worker_builds in builds.values()]
    assert len(per_worker) == 2
    assert max(per_worker) == 1 and sum(per_worker) >= 1


def test_empty_partitions_none_texts_and_a_partition_of_bad_rows(client, posts):
    good = posts.iloc[:10].copy()
    good.loc[good.index[3], "text"] = None
    parts = [
        good,
        posts.iloc[:0],
        pd.DataFrame({"text": [None, None], "id": ["x1", "x2"], "date": [None, None], "channel": ["c", "c"]}),
        posts.iloc[10:20],
    ]
    ddf = dd.from_map(lambda part: part, parts, meta=posts.iloc[:0], enforce_metadata=False)
    table = mentions(ddf, id_col="id", keep=("channel",)).compute()
    documents = pd.concat(parts)
    present = documents[documents["text"].map(lambda text: isinstance(text, str))]
    expected = expected_rows(
        list(zip(present["text"], ids(present["id"]), strict=True)), [(c,) for c in present["channel"]]
    )
    assert rows_of(table) == expected
    assert bad_text_count(ddf).compute() == 3
    with pytest.raises(InputError, match=r"\[E071\] Row \d+ \(document '.+'\): column 'text' holds a missing value"):
        mentions(ddf, id_col="id", errors="raise").compute()


def test_custom_gazetteers_travel_to_the_workers(client, tmp_path):
    gazetteer = tmp_path / "extra_orgs.yaml"
    shutil.copy(EXTRA_ORGS, gazetteer)
    texts = [
        "The Islamic Development Bank (IsDB) and the OIC signed a memorandum in Jeddah.",
        "IsDB financing for Kazakhstan was discussed with the SCO.",
    ]
    ddf = dd.from_pandas(pd.DataFrame({"text": texts, "id": ["a", "b"]}), npartitions=2)
    lazy = mentions(ddf, id_col="id", gazetteers=[gazetteer])
    gazetteer.unlink()  # the workers must not need the file: its contents travel in the task graph
    table = lazy.compute()
    assert "org:ISDB" in set(table["canonical_id"])
    assert rows_of(table) == expected_rows(list(zip(texts, ["a", "b"], strict=True)), [(), ()], Extractor([EXTRA_ORGS]))


def test_counts_per_id_and_month(client, posts):
    table = counts(dd.from_pandas(posts, npartitions=3), date_col="date").compute()
    expected_mentions: Counter = Counter()
    expected_documents: Counter = Counter()
    for result, date in zip(extract_many(list(posts["text"])), posts["date"], strict=True):
        month = None if pd.isna(date) else str(date)[:7]
        for canonical_id, number in result.counts().items():
            expected_mentions[canonical_id, month] += number
            expected_documents[canonical_id, month] += 1
    got = {(row.canonical_id, None if pd.isna(row.month) else row.month): row for row in table.itertuples()}
    assert {key: row.mentions for key, row in got.items()} == dict(expected_mentions)
    assert {key: row.documents for key, row in got.items()} == dict(expected_documents)
    assert list(table.columns) == ["canonical_id", "month", "mentions", "documents"]


def test_bag_of_documents_from_files(client):
    bag = read_bag([TELEGRAM, STATEMENTS])
    results = extract_bag(bag.map(lambda document: document)).compute()
    expected = list(extract_many(read_documents([TELEGRAM, STATEMENTS])))
    assert [r.model_dump() for r in results] == [r.model_dump() for r in expected]
    mixed = db.from_sequence(["The CSTO met.", {"text": None, "id": 2}, ("Russia and the SCO.", "p3")], npartitions=2)
    assert [r.doc_id for r in extract_bag(mixed).compute()] == [None, "p3"]
    with pytest.raises(InputError, match=r"\[E078\] Item 2 of its partition: the text is NoneType"):
        extract_bag(mixed, errors="raise").compute()


def test_a_missing_column_is_named_before_anything_runs(posts):
    ddf = dd.from_pandas(posts, npartitions=2)
    with pytest.raises(InputError, match=r"\[E070\] The documents have no text column 'body' \(they have 'text', 'id'"):
        mentions(ddf, text_col="body")
    with pytest.raises(InputError, match=r"\[E072\] Kept column 'text'"):
        mentions(ddf, keep=("text",))


def test_cli_dask_local_writes_the_single_process_mentions(tmp_path, posts, monkeypatch):
    source = tmp_path / "big.parquet"
    # 'name' clashes with a mention column. Small row groups and partitions, so that one file
    # is spread over both workers as a large one is.
    posts.assign(name=posts["channel"]).to_parquet(source, index=False, row_group_size=4)
    monkeypatch.setattr(dask_engine, "PARTITION_BYTES", "8KiB")
    runner = CliRunner()
    single = runner.invoke(
        app, ["extract", str(source), "--anaphora", "--format", "parquet", "--output", str(tmp_path / "one.parquet")]
    )
    assert single.exit_code == 0, single.output
    distributed_run = runner.invoke(
        app,
        ["extract", str(source), "--anaphora", "--dask", "local", "--n-process", "2", "--output", str(tmp_path / "out")],
    )
    assert distributed_run.exit_code == 0, distributed_run.output
    parts = sorted((tmp_path / "out").glob("*.parquet"), key=lambda part: int(part.stem.split(".")[-1]))
    assert len(parts) > 2, parts
    one = pd.read_parquet(tmp_path / "one.parquet")
    many = pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True)
    assert rows_of(many[list(MENTION_COLUMNS)]) == rows_of(one[list(MENTION_COLUMNS)])
    assert (many["matched_by"] == "anaphora").sum() > 10  # --anaphora reached the workers
    assert rows_of(many[["date", "channel", "metadata.name"]]) == rows_of(one[["date", "channel", "metadata.name"]])


def test_cli_dask_refuses_output_it_cannot_write(tmp_path, posts):
    source = tmp_path / "big.parquet"
    posts.to_parquet(source, index=False)
    result = CliRunner().invoke(app, ["extract", str(source), "--dask", "local"])
    assert result.exit_code == 1
    assert "[E076] --dask writes a folder of Parquet partitions: give --output FOLDER." in result.output
    jsonl = CliRunner().invoke(app, ["extract", str(STATEMENTS), "--dask", "local", "--output", str(tmp_path / "o")])
    assert jsonl.exit_code == 1 and "[E075]" in jsonl.output and "statements.jsonl" in jsonl.output
