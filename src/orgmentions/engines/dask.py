"""Extraction on Dask: mentions and counts over a Dask DataFrame, results over a Dask Bag.

    pip install "orgmentions[dask]"

    from orgmentions.dask import mentions, counts
    mdf = mentions(ddf, text_col="text", id_col="id", keep=("date", "channel"))
    mdf.compute()                       # equals the single-process result, row for row

Each partition runs `orgmentions.engines.frames` (which runs `Extractor.extract_many`).
The gazetteers travel as one key of the task graph, so each worker receives them once,
and each worker process builds its extractor once and keeps it for every later task.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmentions.engines import frames
from orgmentions.engines.frames import ExtractorSpec
from orgmentions.errors import Errors, InputError
from orgmentions.extractor import Item
from orgmentions.sources import PathLike
from orgmentions.io.writers import MENTION_COLUMNS
from orgmentions.records import DocumentMentions

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as error:
    raise ImportError(
        Errors.E074.format(what="orgmentions.dask", packages="dask[dataframe] and distributed", extra="dask")
    ) from error

if TYPE_CHECKING:
    from dask.delayed import Delayed


#: Uncompressed Parquet data per partition the CLI reads. Dask's default (256 MiB) makes a
#: large file one task for one worker: extraction costs about a third of a second per MB of
#: text on one core, so 16 MiB is a few seconds of work, spreads one file over the workers,
#: and keeps each worker's memory to that of a few thousand documents. A row group is never split.
PARTITION_BYTES = "16MiB"


def mentions(
    ddf: dd.DataFrame,
    text_col: str = "text",
    id_col: str | None = None,
    keep: Sequence[str] = (),
    *,
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    errors: str = "skip",
) -> dd.DataFrame:
    """A Dask DataFrame with one row per mention (see `orgmentions.engines.frames` for its columns).

    ``gazetteers``, ``include_bundled``, ``model`` and ``anaphora`` are those of `orgmentions.Extractor`
    (``model``: the name of a spaCy pipeline installed on the workers). Rows whose text is
    missing or not a string are skipped (count them with `bad_text_count`), or, with
    ``errors="raise"``, stop the computation with an `InputError` naming the row.
    """
    spec = _shipped(ExtractorSpec.from_paths(gazetteers, include_bundled=include_bundled, model=model, anaphora=anaphora))
    options = {"text_col": text_col, "id_col": id_col, "keep": tuple(keep), "errors": errors}
    meta = frames.mentions_frame(ddf._meta, **options)  # checks the columns here, before any task runs
    return ddf.map_partitions(frames.mentions_frame, spec, **options, meta=meta, enforce_metadata=False)


def counts(
    ddf: dd.DataFrame,
    text_col: str = "text",
    date_col: str | None = None,
    *,
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    errors: str = "skip",
) -> dd.DataFrame:
    """Mentions and documents per canonical id, and per month (``YYYY-MM``) of ``date_col`` if given.

    Lazy, like every Dask collection: ``.compute()`` gives a pandas DataFrame sorted by id
    (and month). Only these sums leave the workers, never the mention rows.
    """
    spec = _shipped(ExtractorSpec.from_paths(gazetteers, include_bundled=include_bundled, model=model, anaphora=anaphora))
    options = {"text_col": text_col, "date_col": date_col, "errors": errors}
    meta = frames.counts_frame(ddf._meta, **options)
    per_partition = ddf.map_partitions(frames.counts_frame, spec, **options, meta=meta, enforce_metadata=False)
    keys = [column for column in ("canonical_id", "month") if column in meta.columns]
    totals = per_partition.groupby(keys, dropna=False)[["mentions", "documents"]].sum(split_out=1).reset_index()
    return totals.map_partitions(lambda table: table.sort_values(keys, ignore_index=True), meta=meta)


def bad_text_count(ddf: dd.DataFrame, text_col: str = "text") -> Any:
    """The number of rows `mentions` skips (missing or non-string text), as a lazy Dask scalar."""
    frames.check_columns(list(ddf.columns), text_col, None, [])
    return ddf[[text_col]].map_partitions(_bad_texts, text_col, meta=("bad", "int64"), enforce_metadata=False).sum()


def _bad_texts(frame: Any, text_col: str) -> Any:
    return frames.pandas_module().Series([frames.bad_text_count(frame, text_col)], dtype="int64")


def extract_bag(
    bag: db.Bag,
    *,
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    errors: str = "skip",
) -> db.Bag:
    """A Bag of `DocumentMentions`, one per document of ``bag``, in its order.

    Items are what `Extractor.extract_many` takes: strings, ``(text, doc_id)`` pairs, or
    mappings with ``text`` and optionally ``id`` and ``metadata`` (what `read_bag` and
    `orgmentions.io.readers.read_documents` yield). An item without a string text is left
    out (``errors="skip"``; compare ``bag.count()``) or stops the computation (``"raise"``).
    """
    if errors not in frames.ERROR_POLICIES:
        raise ValueError(Errors.E073.format(value=errors, choices=", ".join(frames.ERROR_POLICIES)))
    spec = _shipped(ExtractorSpec.from_paths(gazetteers, include_bundled=include_bundled, model=model, anaphora=anaphora))
    return bag.map_partitions(_extract_items, spec, errors)


def _extract_items(items: Iterable[Item], spec: ExtractorSpec, errors: str) -> list[DocumentMentions]:
    documents = []
    for number, item in enumerate(items, start=1):
        problem = _item_problem(item)
        if problem is None:
            documents.append(item)
        elif errors == "raise":
            raise InputError(Errors.E078.format(number=f"{number} of its partition", problem=problem))
    if not documents:
        return []
    return list(frames.extractor_for(spec).extract_many(documents))


def _item_problem(item: Any) -> str | None:
    if isinstance(item, str):
        return None
    if isinstance(item, tuple) and len(item) == 2:
        text = item[0]
    elif isinstance(item, dict):
        if "text" not in item:
            return f"a mapping needs a 'text' key; it has {sorted(item)}"
        text = item["text"]
    else:
        return f"expected a str, a (text, doc_id) pair or a mapping, got {type(item).__name__}"
    return None if isinstance(text, str) else f"the text is {type(text).__name__}, not str"


def read_bag(paths: Sequence[str | os.PathLike[str]], **options: Any) -> db.Bag:
    """A Bag of documents read with `orgmentions.io.readers.read_documents` (same ``options``), a partition per path.

    Each worker reads its own files, so the paths must be readable there (a shared disk, or
    local files with a `LocalCluster`).
    """
    from orgmentions.io.readers import read_documents

    for path in paths:
        read_documents([path], **options)  # checks that the path exists and its format is known, here
    return db.from_sequence([os.fspath(path) for path in paths], npartitions=max(1, len(paths))).map_partitions(
        _read_partition, options
    )


def _read_partition(paths: list[str], options: dict[str, Any]) -> list[dict[str, Any]]:
    from orgmentions.io.readers import read_documents

    return list(read_documents(paths, **options))


def extract_files(
    paths: Sequence[Path],
    output: Path | None,
    output_format: str = "parquet",
    *,
    scheduler: str,
    n_workers: int = 2,
    text_col: str = "text",
    id_col: str = "id",
    gazetteers: Iterable[PathLike] | None = None,
    include_bundled: bool = True,
    model: str | None = None,
    anaphora: bool = False,
    skip_bad: bool = False,
) -> int:
    """The CLI's ``extract --dask``: Parquet documents -> a folder of Parquet mention partitions.

    ``scheduler`` is a scheduler address or ``"local"`` (a `LocalCluster` of ``n_workers``
    processes). Every column besides the text and id is kept, as the single-process CLI
    keeps metadata (a column named like a mention column becomes ``metadata.<name>``).
    ``output_format`` is that of the single-process CLI: only its default (``jsonl``) and
    ``parquet`` are accepted. Returns the number of rows skipped for want of text.
    """
    if output_format not in ("jsonl", "parquet"):
        raise ValueError(Errors.E076.format(given=f", not --format {output_format}"))
    if output is None or (output.exists() and (not output.is_dir() or any(output.iterdir()))):
        given = "" if output is None else f" that is new or empty ({output} is not)"
        raise ValueError(Errors.E076.format(given=given))
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(Errors.E019.format(path=path))
        if path.is_file() and path.suffix.lower() != ".parquet":
            raise InputError(Errors.E075.format(path=path))
    from distributed import Client, LocalCluster

    ddf = dd.read_parquet([os.fspath(path) for path in paths], blocksize=PARTITION_BYTES)
    renamed = {
        column: f"metadata.{column}" for column in ddf.columns if column in MENTION_COLUMNS and column != text_col
    }
    renamed.pop(id_col, None)
    ddf = ddf.rename(columns=renamed) if renamed else ddf
    id_column = id_col if id_col in ddf.columns else None
    keep = [column for column in ddf.columns if column not in (text_col, id_column)]
    table = mentions(
        ddf,
        text_col,
        id_column,
        keep,
        gazetteers=gazetteers,
        include_bundled=include_bundled,
        model=model,
        anaphora=anaphora,
        errors="skip" if skip_bad else "raise",
    )
    write = table.to_parquet(os.fspath(output), write_index=False, compute=False)
    skipped = bad_text_count(ddf, text_col)
    if scheduler == "local":
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        with cluster, Client(cluster):
            _, skipped_rows = dask.compute(write, skipped)
    else:
        with Client(scheduler):
            _, skipped_rows = dask.compute(write, skipped)
    return int(skipped_rows)


def _shipped(spec: ExtractorSpec) -> Delayed:
    """The spec as one key of the task graph, so that it reaches each worker once, not with every task."""
    return dask.delayed(spec, name=f"orgmentions-extractor-spec-{spec.key}", pure=True)
