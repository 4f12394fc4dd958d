"""Results -> pandas DataFrames: counts per entity, per document, per month, and co-mentions.

Only linked mentions (those with a canonical id) are counted; the counts take
``include_anaphora=False`` to leave out anaphors (``matched_by="anaphora"``). pandas is optional:
the functions raise ImportError naming the extra to install when it is missing.

Three summaries read `orgmentions.knowledge` (loaded on first use): ``mention_counts(...,
roll_up=True)`` counts a part's mentions for the bodies it belongs to (the UNSC's for the UN);
`member_mentions` lists, per document, the mentioned states that were in an organisation on the
document's date; `member_co_mentions` sets the states mentioned beside an organisation apart by
their status in it on that date (members against outsiders).
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
    results: DocumentMentions | Iterable[DocumentMentions], *, include_anaphora: bool = True, roll_up: bool = False
) -> pandas.DataFrame:
    """One row per canonical id: ``canonical_id, name, kind, mentions, documents``.

    ``mentions`` counts every mention, ``documents`` the documents with at least one;
    rows are sorted by mentions, most first (ties by id).

    ``roll_up=True`` also counts each mention for every body its entity is part of, by the
    bundled structure (`orgmentions.knowledge.ancestors`: the UNSC and the UNGA are parts of the UN,
    PACE of the Council of Europe): "UN Security Council" is then one mention of ``org:UNSC`` and
    one of ``org:UN``, and the UN gets a row even if no document names it. A column ``own_mentions``
    keeps the mentions of the id itself; a document counts once for a body however many of its
    parts it names.
    """
    pd = _pandas()
    mentions: Counter[str] = Counter()
    own: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    described: dict[str, tuple[str | None, str]] = {}
    bodies = _Bodies() if roll_up else None
    for document in as_documents(results):
        counts = _counts(document, include_anaphora)
        own.update(counts)
        if bodies is not None:
            counts = bodies.rolled_up(counts)
        mentions.update(counts)
        documents.update(counts.keys())
        for mention in document:
            if mention.canonical_id is not None:
                described.setdefault(mention.canonical_id, (mention.name, mention.kind))
    columns = ["canonical_id", "name", "kind", "mentions", "documents"]
    rows = []
    for canonical_id, count in sorted(mentions.items(), key=lambda item: (-item[1], item[0])):
        name, kind = described.get(canonical_id) or bodies.describe(canonical_id)  # type: ignore[union-attr]
        rows.append([canonical_id, name, kind, count, documents[canonical_id]])
        if roll_up:
            rows[-1].append(own[canonical_id])
    return pd.DataFrame(rows, columns=columns + ["own_mentions"] if roll_up else columns)


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


def member_mentions(
    results: DocumentMentions | Iterable[DocumentMentions],
    org: str,
    *,
    status: str | Iterable[str] | None = None,
    date_field: str = "date",
    include_anaphora: bool = True,
) -> pandas.DataFrame:
    """The states of ``org`` mentioned in each document, as members on the document's own date.

    One row per document and state: ``doc_id, date, state, name, status, mentions, org_mentioned``,
    where ``status`` is the state's status in ``org`` on that date (member, observer, partner,
    frozen, ...; `orgmentions.knowledge.members`), ``mentions`` how often the document names the
    state and ``org_mentioned`` whether it also names ``org``. ``status`` keeps only those statuses
    ("member,partner"). The date is read as `monthly_counts` reads it; undated documents are left
    out and counted in ``df.attrs["undated_documents"]``. A document without a ``doc_id`` is
    labelled by its position (``#1``, ...). Rows are in document order, then by mentions. A body
    without a membership history in ``gazetteers/knowledge/`` raises E113.
    """
    pd = _pandas()
    base = _with_history(org)
    base.members(org, "2000-01-01", status)  # an unknown status fails here, before any document is read
    rows = []
    undated = 0
    for number, document in enumerate(as_documents(results), start=1):
        day = _parse_date(document.metadata.get(date_field))
        if day is None:
            undated += 1
            continue
        day = day.date() if isinstance(day, datetime) else day
        counts = _counts(document, include_anaphora)
        label = document.doc_id if document.doc_id is not None else f"#{number}"
        in_org = {period.state: period.status for period in base.members(org, day, status)}
        found = sorted((state for state in counts if state in in_org), key=lambda state: (-counts[state], state))
        for state in found:
            rows.append([label, day, state, base.gazetteer[state].name, in_org[state], counts[state], org in counts])
    columns = ["doc_id", "date", "state", "name", "status", "mentions", "org_mentioned"]
    table = pd.DataFrame(rows, columns=columns)
    table.attrs["undated_documents"] = undated
    return table


#: How the states mentioned beside a body are ordered: its own first, then outsiders, then the unknown.
RELATION_ORDER = (
    "member", "frozen", "suspended", "associate", "partner", "observer", "dialogue_partner", "outsider", "unknown"
)


def member_co_mentions(
    results: DocumentMentions | Iterable[DocumentMentions],
    org: str,
    *,
    date_field: str = "date",
    include_anaphora: bool = True,
) -> pandas.DataFrame:
    """The states mentioned in the same documents as ``org``: its own members against outsiders.

    Each state named in a dated document that names ``org`` is set apart by its status in ``org``
    on that document's date: ``member``, ``frozen``, ``observer``, ``partner``, ... or
    ``outsider`` when it was not in it. Where the data holds only the body's current members
    (``history: current``), a state not listed on a date before the day they were checked is
    ``unknown``, not an outsider. One row per state and relation: ``state, name, relation,
    documents, mentions`` (a state whose status changed over the documents has a row for each),
    members first, then outsiders and the unknown, then by documents. ``df.attrs`` holds ``documents`` (the
    dated documents naming ``org``) and ``undated_documents``. For a share of member mentions:
    ``df.groupby("relation")["mentions"].sum()``. A body without a membership history raises E113.
    """
    pd = _pandas()
    base = _with_history(org)
    documents: Counter[tuple[str, str]] = Counter()
    mentions: Counter[tuple[str, str]] = Counter()
    with_org = undated = 0
    for document in as_documents(results):
        counts = _counts(document, include_anaphora)
        if org not in counts:
            continue
        day = _parse_date(document.metadata.get(date_field))
        if day is None:
            undated += 1
            continue
        day = day.date() if isinstance(day, datetime) else day
        with_org += 1
        in_org = {period.state: period.status for period in base.members(org, day)}
        block = base.blocks[org]
        # A list of current members says nothing of who was out before the day it was checked.
        absent = "outsider" if block.history == "complete" or day >= block.checked else "unknown"
        for state, count in counts.items():
            if state.startswith("country:"):
                key = (state, in_org.get(state, absent))
                documents[key] += 1
                mentions[key] += count
    order = {relation: rank for rank, relation in enumerate(RELATION_ORDER)}
    keys = sorted(documents, key=lambda key: (order[key[1]], -documents[key], -mentions[key], key[0]))
    rows = [[state, base.gazetteer[state].name, relation, documents[(state, relation)], mentions[(state, relation)]]
            for state, relation in keys]
    table = pd.DataFrame(rows, columns=["state", "name", "relation", "documents", "mentions"])
    table.attrs["documents"] = with_org
    table.attrs["undated_documents"] = undated
    return table


class _Bodies:
    """The bundled structure, for rolling counts up to the bodies an entity is part of."""

    def __init__(self) -> None:
        self.base = _knowledge()

    def rolled_up(self, counts: Counter[str]) -> Counter[str]:
        rolled: Counter[str] = Counter(counts)
        for canonical_id, count in counts.items():
            if canonical_id in self.base.gazetteer:
                for body in self.base.ancestors(canonical_id):
                    rolled[body] += count
        return rolled

    def describe(self, canonical_id: str) -> tuple[str | None, str]:
        entity = self.base.gazetteer[canonical_id]
        return entity.name, entity.kind


def _knowledge() -> Any:
    from orgmentions import knowledge

    return knowledge.default()


def _with_history(org: str) -> Any:
    """The bundled knowledge, once ``org`` is known to have a membership history (E010, E113 otherwise)."""
    from orgmentions.errors import Errors, GazetteerError

    base = _knowledge()
    if not base.has_history(base.gazetteer[org].id):  # an unknown id raises E010
        raise GazetteerError(Errors.E113.format(org=org, known=", ".join(sorted(base.blocks))))
    return base


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
