"""The Spark engine gives the single-process mentions, row for row (needs pyspark and Java 17).

pip install ".[test,spark]" && pytest -m spark
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 on the PATH"),
    # pyspark warns on pandas 3 that its support is not complete; these tests are how we know it works.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

pd = pytest.importorskip("pandas")
pytest.importorskip("pyspark")

from orgmentions import Extractor, InputError, extract_many  # noqa: E402
from orgmentions.io.readers import read_documents  # noqa: E402
from orgmentions.io.writers import MENTION_COLUMNS  # noqa: E402

DATA = Path(__file__).parent / "data"
SOURCES = [DATA / "telegram" / "result.json", DATA / "inputs" / "statements.jsonl", Path(__file__).parents[1] / "seeds"]
EXTRA_ORGS = DATA / "gazetteers" / "extra_orgs.yaml"


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter, with this orgmentions
    session = (
        SparkSession.builder.master("local[2]")
        .appName("orgmentions-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if previous is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = previous


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return [
        {
            "id": document["id"],
            "text": document["text"],
            "date": document["metadata"].get("date"),
            "channel": document["metadata"].get("channel", document["metadata"].get("source")),
        }
        for document in read_documents(SOURCES)
    ]


def frame_of(spark, rows: list[dict]):
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType([StructField(name, StringType()) for name in ("id", "text", "date", "channel")])
    return spark.createDataFrame(
        [tuple(row[name] for name in ("id", "text", "date", "channel")) for row in rows], schema
    )


def expected_rows(rows: list[dict], keep: tuple[str, ...], extractor: Extractor | None = None) -> list[tuple]:
    items = [(row["text"], row["id"]) for row in rows if isinstance(row["text"], str)]
    kept = [tuple(row[name] for name in keep) for row in rows if isinstance(row["text"], str)]
    results = extractor.extract_many(items) if extractor else extract_many(items)
    return [
        (r.doc_id, m.start, m.end, m.text, m.canonical_id, m.kind, m.name, m.matched_by, m.alias, m.evidence, *values)
        for r, values in zip(results, kept, strict=True)
        for m in r.mentions
    ]


def test_mentions_equal_extract_many_row_for_row(spark, documents):
    from orgmentions.spark import bad_text_count, mentions

    rows = [*documents[:7], {"id": "empty", "text": None, "date": None, "channel": "c"}, *documents[7:]]
    table = mentions(frame_of(spark, rows).repartition(3), text_col="text", id_col="id", keep=("date", "channel"))
    assert table.columns == [*MENTION_COLUMNS, "date", "channel"]
    got = [tuple(row) for row in table.collect()]
    expected = expected_rows(rows, ("date", "channel"))
    assert len(expected) > 500
    assert sorted(got, key=_order) == sorted(expected, key=_order)  # repartition shuffles the documents
    in_order = mentions(frame_of(spark, rows).coalesce(1), id_col="id", keep=("date", "channel")).collect()
    assert [tuple(row) for row in in_order] == expected  # one partition: the very same order
    assert bad_text_count(frame_of(spark, rows)) == 1


def _order(row: tuple) -> tuple:
    return tuple((value is not None, value if value is not None else "") for value in row)


def test_counts_and_custom_gazetteers(spark, documents, tmp_path):
    from orgmentions.spark import counts, mentions

    gazetteer = tmp_path / "extra_orgs.yaml"
    shutil.copy(EXTRA_ORGS, gazetteer)
    rows = [
        *documents,
        {"id": "isdb", "text": "The IsDB and the OIC met in Jeddah.", "date": "2024-09-02", "channel": "x"},
    ]
    table = counts(frame_of(spark, rows), date_col="date", gazetteers=[gazetteer]).collect()
    expected: Counter = Counter()
    for result, row in zip(Extractor([EXTRA_ORGS]).extract_many([r["text"] for r in rows]), rows, strict=True):
        for canonical_id, number in result.counts().items():
            expected[canonical_id, row["date"][:7] if row["date"] else None] += number
    assert {(r.canonical_id, r.month): r.mentions for r in table} == dict(expected)
    assert [(r.canonical_id, r.month) for r in table] == sorted(
        expected, key=lambda key: (key[0], key[1] is None, key[1] or "")
    )
    assert ("org:ISDB", "2024-09") in dict(expected)
    with pytest.raises(InputError, match=r"\[E070\] The documents have no id column 'doc'"):
        mentions(frame_of(spark, rows), id_col="doc")
