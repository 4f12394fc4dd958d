"""A pandas DataFrame of documents -> a pandas DataFrame of mentions: what every engine runs per partition.

The engines (`orgmentions.dask`, `orgmentions.spark`) ship an `ExtractorSpec` -- the
contents of the custom gazetteer files, not their paths, so that workers on other
machines need no shared disk -- once per worker, and each worker process builds its
`Extractor` from it once (`extractor_for`), keyed by a hash of those contents. The
extraction itself is `Extractor.extract_many`, the single-process reference, so every
engine gives its mentions row for row.

Mention columns and their types: ``doc_id`` (string), ``start``, ``end`` (int64),
``text``, ``canonical_id``, ``kind``, ``name``, ``matched_by``, ``alias``, ``evidence``
(string), then the kept columns with their own types. Rows are in document order, then
text order; each row's index label is its document's.
"""

from __future__ import annotations

import hashlib
import math
import tempfile
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmentions.errors import Errors, InputError
from orgmentions.extractor import Extractor
from orgmentions.gazetteer import Gazetteer
from orgmentions.sources import PathLike, gazetteer_files
from orgmentions.io.writers import MENTION_COLUMNS, mention_values

if TYPE_CHECKING:
    import pandas

ERROR_POLICIES = ("skip", "raise")
COUNT_COLUMNS = ("canonical_id", "mentions", "documents")


@dataclass(frozen=True)
class ExtractorSpec:
    """Everything a worker needs to build the extractor, small enough to send once to each worker."""

    files: tuple[tuple[str, bytes], ...] = ()
    include_bundled: bool = True
    model: str | None = None
    anaphora: bool = False
    key: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256(repr((self.include_bundled, self.model, self.anaphora)).encode())
        for name, content in self.files:
            digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
        object.__setattr__(self, "key", digest.hexdigest())

    @classmethod
    def from_paths(
        cls,
        gazetteers: Iterable[PathLike] | None = None,
        *,
        include_bundled: bool = True,
        model: str | None = None,
        anaphora: bool = False,
    ) -> ExtractorSpec:
        """Read the gazetteer files (folders: their ``*.yaml``); check them here, where errors name the user's files."""
        files = gazetteer_files(gazetteers or [])
        Gazetteer.load(files, include_bundled=include_bundled)
        return cls(tuple((path.name, path.read_bytes()) for path in files), include_bundled, model, anaphora)


_extractors: dict[str, Extractor] = {}
_builds: Counter[str] = Counter()
_build_lock = threading.Lock()  # a Dask worker runs tasks in threads: one build per process, not per thread


def extractor_for(spec: ExtractorSpec) -> Extractor:
    """This process's extractor for ``spec``, built on first use."""
    extractor = _extractors.get(spec.key)
    if extractor is None:
        with _build_lock:
            extractor = _extractors.get(spec.key)
            if extractor is None:
                extractor = _build(spec)
                _extractors[spec.key] = extractor
                _builds[spec.key] += 1
    return extractor


def extractor_builds() -> dict[str, int]:
    """How many times this process built an extractor, per spec key (1 each when the cache works)."""
    return dict(_builds)


def _build(spec: ExtractorSpec) -> Extractor:
    paths: list[Path] = []
    if spec.files:
        folder = Path(tempfile.mkdtemp(prefix="orgmentions-gazetteers-"))
        for number, (name, content) in enumerate(spec.files):
            # A folder per file: two folders' files may share a name.
            path = folder / str(number) / name
            path.parent.mkdir()
            path.write_bytes(content)
            paths.append(path)
    return Extractor(paths, include_bundled=spec.include_bundled, nlp=spec.model, anaphora=spec.anaphora)


def mentions_frame(
    frame: pandas.DataFrame,
    spec: ExtractorSpec | None = None,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    keep: Sequence[str] = (),
    errors: str = "skip",
) -> pandas.DataFrame:
    """One row per mention in the documents of ``frame``, with the ``keep`` columns of each mention's document.

    A row whose text is missing or not a string is skipped (``errors="skip"``; count them
    with `bad_text_count`) or raises `InputError` naming it (``errors="raise"``). The
    doc id is ``str`` of the ``id_col`` value (None without ``id_col``).
    """
    pd = pandas_module()
    check_columns(list(frame.columns), text_col, id_col, keep)
    keep = list(keep)
    positions, values = _mention_rows(frame, spec or ExtractorSpec(), text_col, id_col, errors)
    table = pd.DataFrame(values, columns=list(MENTION_COLUMNS)).astype(mention_dtypes())
    for column in keep:
        table[column] = frame[column].take(positions).reset_index(drop=True)
    table.index = frame.index.take(positions)
    return table


def counts_frame(
    frame: pandas.DataFrame,
    spec: ExtractorSpec | None = None,
    *,
    text_col: str = "text",
    date_col: str | None = None,
    errors: str = "skip",
) -> pandas.DataFrame:
    """Mentions and documents per canonical id (and per month ``YYYY-MM`` of ``date_col``) in ``frame``.

    Unlinked mentions (a model's) are left out; a document whose date cannot be read
    counts under a missing month. Counts of several frames add up (`add_counts`).
    """
    pd = pandas_module()
    check_columns(list(frame.columns), text_col, None, [date_col] if date_col else [])
    positions, values = _mention_rows(frame, spec or ExtractorSpec(), text_col, None, errors)
    ids = [row[MENTION_COLUMNS.index("canonical_id")] for row in values]
    table = pd.DataFrame({"canonical_id": pd.array(ids, dtype=string_dtype()), "document": positions})
    keys = ["canonical_id"]
    if date_col:
        table["month"] = _months(frame[date_col].take(positions))
        keys.append("month")
    table = table[table["canonical_id"].notna()]
    grouped = table.groupby(keys, dropna=False, sort=True)["document"]
    counts = pd.DataFrame({"mentions": grouped.size(), "documents": grouped.nunique()}).reset_index()
    return counts.astype({"mentions": "int64", "documents": "int64", **dict.fromkeys(keys, string_dtype())})


def add_counts(counts: pandas.DataFrame) -> pandas.DataFrame:
    """Per-frame counts (`counts_frame` rows, possibly from many frames) summed per id and month."""
    keys = [column for column in ("canonical_id", "month") if column in counts.columns]
    return counts.groupby(keys, dropna=False, sort=True)[["mentions", "documents"]].sum().reset_index()


def bad_text_count(frame: pandas.DataFrame, text_col: str = "text") -> int:
    """How many rows of ``frame`` have a missing or non-string text: the rows `mentions_frame` skips."""
    check_columns(list(frame.columns), text_col, None, [])
    return int((~_is_text(frame[text_col])).sum())


def check_columns(columns: list[Any], text_col: str, id_col: str | None, keep: Sequence[str]) -> None:
    """Raise a coded `InputError` for a missing column or a kept column that clashes with a mention column."""
    for role, column, option in (("text", text_col, "text_col"), ("id", id_col, "id_col")):
        if column is not None and column not in columns:
            raise InputError(
                Errors.E070.format(role=role, column=column, columns=", ".join(map(repr, columns)), option=option)
            )
    for column in keep:
        if column not in columns:
            raise InputError(
                Errors.E070.format(role="kept", column=column, columns=", ".join(map(repr, columns)), option="keep")
            )
        if column in MENTION_COLUMNS:
            raise InputError(Errors.E072.format(column=column))


def mention_dtypes() -> dict[str, Any]:
    string = string_dtype()
    return {column: ("int64" if column in ("start", "end") else string) for column in MENTION_COLUMNS}


def string_dtype() -> Any:
    # Arrow-backed strings with pd.NA: the same in pandas 2 and 3, and what Dask and Spark exchange without copies.
    return pandas_module().StringDtype("pyarrow")


def pandas_module() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(Errors.E074.format(what="This engine", packages="pandas", extra="pandas")) from error
    return pandas


def _mention_rows(
    frame: pandas.DataFrame, spec: ExtractorSpec, text_col: str, id_col: str | None, errors: str
) -> tuple[list[int], list[tuple[Any, ...]]]:
    """Positions (in ``frame``) of each mention's document, and each mention's values in MENTION_COLUMNS order."""
    if errors not in ERROR_POLICIES:
        raise ValueError(Errors.E073.format(value=errors, choices=", ".join(ERROR_POLICIES)))
    texts = frame[text_col]
    is_text = _is_text(texts).to_numpy()
    ids = frame[id_col] if id_col is not None else None
    if errors == "raise" and not is_text.all():
        position = int((~is_text).argmax())
        value = texts.iat[position]
        raise InputError(
            Errors.E071.format(
                row=frame.index[position],
                document="" if ids is None else f" (document {_doc_id(ids.iat[position])!r})",
                column=text_col,
                type_name="a missing value" if _is_missing(value) else type(value).__name__,
            )
        )
    good = [position for position, ok in enumerate(is_text) if ok]
    if not good:  # an empty partition, or only bad rows: no extractor is built for it
        return [], []
    documents = ((texts.iat[position], None if ids is None else _doc_id(ids.iat[position])) for position in good)
    positions: list[int] = []
    values: list[tuple[Any, ...]] = []
    for position, result in zip(good, extractor_for(spec).extract_many(documents), strict=True):
        for mention in result.mentions:
            positions.append(position)
            values.append(mention_values(result.doc_id, mention))
    return positions, values


def _is_text(texts: pandas.Series) -> pandas.Series:
    return texts.map(lambda value: isinstance(value, str), na_action=None).astype(bool)


def _is_missing(value: Any) -> bool:
    pd = pandas_module()
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _doc_id(value: Any) -> str | None:
    return None if _is_missing(value) else str(value)


def _months(dates: pandas.Series) -> Any:
    """``YYYY-MM`` of each date (ISO 8601 strings, datetimes, dates); missing where none can be read."""
    pd = pandas_module()
    parsed = pd.to_datetime(dates, errors="coerce", utc=True, format="ISO8601")
    return pd.array(parsed.dt.strftime("%Y-%m").to_numpy(dtype=object), dtype=string_dtype())
