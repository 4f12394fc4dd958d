"""Results -> pandas DataFrames: counts per entity, per document, per month, and co-mentions.

Only linked mentions (those with a canonical id) are counted; the counts take
``include_anaphora=False`` to leave out anaphors (``matched_by="anaphora"``). pandas is optional:
the functions raise ImportError naming the extra to install when it is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from itertools import combinations
from typing import TYPE_CHECKING, Any

from orgmentions.records import DocumentMentions

if TYPE_CHECKING:
    import pandas

PANDAS_MISSING = "This needs pandas: pip install 'orgmentions[pandas]'"


def as_documents(results: DocumentMentions | Iterable[DocumentMentions]) -> list[DocumentMentions]:
    """One result or an iterable of them, as a list (an iterator can be read only once)."""
    if isinstance(results, DocumentMentions):
        return [results]
    return list(results)


def mention_counts(
    results: DocumentMentions | Iterable[DocumentMentions], *, include_anaphora: bool = True
) -> pandas.DataFrame:
    """One row per canonical id: ``canonical_id, name, kind, mentions, documents``.

    ``mentions`` counts every mention, ``documents`` the documents with at least one;
    rows are sorted by mentions, most first (ties by id).
    """
    pd = _pandas()
    mentions: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    described: dict[str, tuple[str | None, str]] = {}
    for document in as_documents(results):
        counts = _counts(document, include_anaphora)
        mentions.update(counts)
        documents.update(counts.keys())
        for mention in document:
            if mention.canonical_id is not None:
                described.setdefault(mention.canonical_id, (mention.name, mention.kind))
    rows = [
        (canonical_id, *described[canonical_id], count, documents[canonical_id])
        for canonical_id, count in sorted(mentions.items(), key=lambda item: (-item[1], item[0]))
    ]
    return pd.DataFrame(rows, columns=["canonical_id", "name", "kind", "mentions", "documents"])


def counts_per_document(
    results: DocumentMentions | Iterable[DocumentMentions], *, include_anaphora: bool = True
) -> pandas.DataFrame:
    """Mentions per document (rows, by ``doc_id``) and canonical id (columns), zeros included.

    Every document has a row, in input order; one without a ``doc_id`` is labelled by its
    position (``#1``, ``#2``, ...). Columns are sorted by total mentions, most first.
    """
    pd = _pandas()
    documents = as_documents(results)
    labels = [doc.doc_id if doc.doc_id is not None else f"#{number}" for number, doc in enumerate(documents, 1)]
    table = pd.DataFrame([_counts(doc, include_anaphora) for doc in documents], index=pd.Index(labels, name="doc_id"))
    table = table.fillna(0).astype("int64")
    table = table[sorted(table.columns, key=lambda column: (-table[column].sum(), column))]
    table.columns.name = "canonical_id"
    return table


def co_mentions(results: DocumentMentions | Iterable[DocumentMentions]) -> pandas.DataFrame:
    """Pairs of canonical ids mentioned in the same document: ``canonical_id_a, canonical_id_b, documents``.

    Each pair is listed once (``a < b``) with the number of documents that mention both;
    rows are sorted by that number, most first (ties by ids).
    """
    pd = _pandas()
    pairs: Counter[tuple[str, str]] = Counter()
    for document in as_documents(results):
        pairs.update(combinations(sorted(document.canonical_ids), 2))
    rows = [(a, b, count) for (a, b), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0]))]
    return pd.DataFrame(rows, columns=["canonical_id_a", "canonical_id_b", "documents"])


def monthly_counts(
    results: DocumentMentions | Iterable[DocumentMentions],
    ids: Sequence[str] | None = None,
    date_field: str = "date",
    *,
    include_anaphora: bool = True,
) -> pandas.DataFrame:
    """Mentions per month (rows: the first day of each month) and canonical id (columns).

    The date is read from each document's ``metadata[date_field]``: an ISO 8601 string
    (as in Telegram exports, "2024-07-04T10:15:00"), a `datetime` or a `date`. ``ids``
    chooses the columns, in that order (default: every id mentioned in a dated document,
    most mentioned first). Every month from the first to the last dated document has a
    row. Documents without a readable date are left out; their number is in
    ``df.attrs["undated_documents"]``.
    """
    pd = _pandas()
    per_month: dict[pandas.Timestamp, Counter[str]] = {}
    undated = 0
    for document in as_documents(results):
        when = _parse_date(document.metadata.get(date_field))
        if when is None:
            undated += 1
            continue
        month = pd.Timestamp(when.year, when.month, 1)
        per_month.setdefault(month, Counter()).update(_counts(document, include_anaphora))
    totals = sum(per_month.values(), Counter())
    columns = list(ids) if ids is not None else sorted(totals, key=lambda key: (-totals[key], key))
    months = pd.date_range(min(per_month), max(per_month), freq="MS") if per_month else pd.DatetimeIndex([])
    rows = [[per_month.get(month, Counter())[column] for column in columns] for month in months]
    table = pd.DataFrame(rows, index=pd.DatetimeIndex(months, name="month"), columns=pd.Index(columns))
    table = table.astype("int64")
    table.columns.name = "canonical_id"
    table.attrs["undated_documents"] = undated
    return table


def _counts(document: DocumentMentions, include_anaphora: bool) -> Counter[str]:
    """Mentions per id; ``include_anaphora=False`` leaves out the anaphors ("the Organization")."""
    if include_anaphora:
        return document.counts()
    return Counter(m.canonical_id for m in document if m.canonical_id is not None and m.matched_by != "anaphora")


def _parse_date(value: Any) -> date | None:
    """A date from a metadata value, or None when there is none or it cannot be read."""
    if isinstance(value, (datetime, date)):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):  # datetime.fromisoformat accepts "Z" only from Python 3.11
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(PANDAS_MISSING) from error
    return pandas
