"""The pandas core every engine runs, without an engine; and the engines' import errors."""

from __future__ import annotations

import importlib
import sys

import pytest

pd = pytest.importorskip("pandas")

from orgmentions import InputError, extract  # noqa: E402
from orgmentions.engines import frames  # noqa: E402

POSTS = pd.DataFrame(
    {
        "text": ["Лавров провёл переговоры с генсеком ОДКБ.", 42, None, "", "#RussiaALBA and the CELAC summit."],
        "id": [7, 8, 9, 10, 11],
        "channel": ["mid_russia", "x", "x", "y", "telesur"],
    },
    index=[100, 101, 102, 103, 104],
)


def test_rows_are_the_extract_results_with_the_document_index_and_kept_columns():
    table = frames.mentions_frame(POSTS, text_col="text", id_col="id", keep=["channel"])
    expected = [
        (str(doc_id), m.start, m.end, m.text, m.canonical_id, m.matched_by, channel)
        for text, doc_id, channel in POSTS.itertuples(index=False)
        if isinstance(text, str)
        for m in extract(text)
    ]
    columns = ["doc_id", "start", "end", "text", "canonical_id", "matched_by", "channel"]
    assert [tuple(row) for row in table[columns].itertuples(index=False)] == expected
    assert list(table.index) == [100, 104, 104, 104]
    assert frames.bad_text_count(POSTS) == 2


def test_bad_rows_raise_when_asked_naming_row_document_and_type():
    with pytest.raises(InputError, match=r"\[E071\] Row 101 \(document '8'\): column 'text' holds int, not text"):
        frames.mentions_frame(POSTS, id_col="id", errors="raise")
    with pytest.raises(ValueError, match=r"\[E073\] Unknown errors='ignore'; choose one of: skip, raise"):
        frames.mentions_frame(POSTS, errors="ignore")


def test_counts_per_month_add_up_over_frames():
    dated = pd.DataFrame(
        {
            "text": ["The CSTO and Russia.", "CSTO again.", "Russia."],
            "date": ["2024-07-04T10:00:00", "2024-07-30", "not a date"],
        }
    )
    halves = pd.concat(
        [frames.counts_frame(dated.iloc[:2], date_col="date"), frames.counts_frame(dated.iloc[2:], date_col="date")]
    )
    totals = frames.add_counts(halves)
    assert totals.equals(frames.counts_frame(dated, date_col="date"))
    rows = {
        (r.canonical_id, None if pd.isna(r.month) else r.month): (r.mentions, r.documents) for r in totals.itertuples()
    }
    assert rows == {("org:CSTO", "2024-07"): (2, 2), ("country:RUS", "2024-07"): (1, 1), ("country:RUS", None): (1, 1)}


def test_a_missing_engine_names_its_extra(monkeypatch):
    for name in [name for name in sys.modules if name == "pyspark" or name.startswith("pyspark.")] + ["pyspark"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if pyspark were not installed
    for name in ("orgmentions.spark", "orgmentions.engines.spark"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    with pytest.raises(ImportError, match=r"\[E074\] orgmentions.spark needs pyspark; .*'orgmentions\[spark\]'"):
        importlib.import_module("orgmentions.spark")
