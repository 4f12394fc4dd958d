"""Extraction on Spark: mentions and counts over a Spark DataFrame, through ``mapInPandas``.

    pip install "orgmentions[spark]"       # and Java 17; PYSPARK_PYTHON names the workers' Python

    from orgmentions.spark import mentions
    sdf = mentions(df, text_col="text", id_col="id", keep=("date",))

Each Arrow batch runs `orgmentions.engines.frames` (which runs `Extractor.extract_many`),
so the rows equal the single-process result. The gazetteers travel as a broadcast
variable (once per executor); each Python worker builds its extractor once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from orgmentions.engines import frames
from orgmentions.engines.frames import ExtractorSpec
from orgmentions.errors import Errors, InputError
from orgmentions.sources import PathLike
from orgmentions.io.writers import MENTION_COLUMNS

try:
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StringType, StructField, StructType
except ImportError as error:
    raise ImportError(Errors.E074.format(what="orgmentions.spark", packages="pyspark", extra="spark")) from error


def mentions(
    df: DataFrame,
    text_col: str = "text",
    id_col: str | None = None,
    keep: Sequence[str] = (),
    *,
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    errors: str = "skip",
) -> DataFrame:
    """A Spark DataFrame with one row per mention: the columns of `orgmentions.engines.frames`.

    Arguments as in `orgmentions.dask.mentions`. ``doc_id`` is the id column as a string;
    kept columns keep their Spark types. Rows with a null text are skipped (count them
    with `bad_text_count`) or, with ``errors="raise"``, fail the job naming the row.
    """
    _check_text_column(df, text_col, id_col, keep)
    spec = _shipped(df, ExtractorSpec.from_paths(gazetteers, include_bundled=include_bundled, model=model, anaphora=anaphora))
    keep = tuple(keep)
    schema = StructType(
        [
            *(StructField(name, LongType() if name in ("start", "end") else StringType()) for name in MENTION_COLUMNS),
            *(df.schema[column] for column in keep),
        ]
    )
    columns = list(dict.fromkeys([text_col, *([id_col] if id_col else []), *keep]))

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            table = frames.mentions_frame(batch, spec.value, text_col=text_col, id_col=id_col, keep=keep, errors=errors)
            yield table.reset_index(drop=True)

    return df.select(*columns).mapInPandas(run, schema)


def counts(
    df: DataFrame,
    text_col: str = "text",
    date_col: str | None = None,
    *,
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    errors: str = "skip",
) -> DataFrame:
    """Mentions and documents per canonical id (and month ``YYYY-MM`` of ``date_col``), sorted.

    Only the sums leave the workers, never the mention rows.
    """
    _check_text_column(df, text_col, None, [date_col] if date_col else [])
    spec = _shipped(df, ExtractorSpec.from_paths(gazetteers, include_bundled=include_bundled, model=model, anaphora=anaphora))
    keys = ["canonical_id", *(["month"] if date_col else [])]
    schema = StructType(
        [
            *(StructField(key, StringType()) for key in keys),
            StructField("mentions", LongType()),
            StructField("documents", LongType()),
        ]
    )

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            yield frames.counts_frame(batch, spec.value, text_col=text_col, date_col=date_col, errors=errors)

    per_batch = df.select(*dict.fromkeys([text_col, *([date_col] if date_col else [])])).mapInPandas(run, schema)
    totals = per_batch.groupBy(*keys).agg(F.sum("mentions").alias("mentions"), F.sum("documents").alias("documents"))
    return totals.orderBy(*(F.col(key).asc_nulls_last() for key in keys))


def bad_text_count(df: DataFrame, text_col: str = "text") -> int:
    """The number of rows `mentions` skips: those whose text is null."""
    _check_text_column(df, text_col, None, [])
    return df.filter(F.col(text_col).isNull()).count()


def _check_text_column(df: DataFrame, text_col: str, id_col: str | None, keep: Sequence[str]) -> None:
    frames.check_columns(list(df.columns), text_col, id_col, keep)
    text_type = df.schema[text_col].dataType
    if not isinstance(text_type, StringType):
        raise InputError(
            Errors.E077.format(path="the Spark DataFrame", column=text_col, type_name=text_type.simpleString())
        )


class _Value:
    """Stands in for a broadcast variable where there is no SparkContext (Spark Connect): shipped with each task."""

    def __init__(self, value: ExtractorSpec) -> None:
        self.value = value


def _shipped(df: DataFrame, spec: ExtractorSpec) -> Any:
    try:
        return df.sparkSession.sparkContext.broadcast(spec)
    except Exception:  # Spark Connect has no SparkContext; the spec is small, so the closure carries it
        return _Value(spec)
