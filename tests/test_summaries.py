"""DataFrame summaries, checked against counts made by hand."""

from __future__ import annotations

import sys
from datetime import date, datetime

import pandas as pd
import pytest

import orgmentions
from orgmentions import DocumentMentions, GazetteerError, Mention
from orgmentions.notebook.summaries import (
    co_mentions,
    counts_per_document,
    member_co_mentions,
    member_mentions,
    mention_counts,
    monthly_counts,
)

NAMES = {
    "org:CSTO": ("Collective Security Treaty Organization", "organisation"),
    "org:SCO": ("Shanghai Cooperation Organisation", "organisation"),
    "country:RUS": ("Russia", "country"),
}


def document(doc_id: str | None, ids: list[str | None], **metadata: object) -> DocumentMentions:
    """A document mentioning ``ids`` in order (None: an unlinked model mention), text made up to fit."""
    text, mentions = "", []
    for canonical_id in ids:
        word = canonical_id.split(":")[1] if canonical_id else "Putin"
        start = len(text)
        text += word + " "
        name, kind = NAMES[canonical_id] if canonical_id else (None, "PERSON")
        mentions.append(
            Mention(
                text=word,
                start=start,
                end=start + len(word),
                canonical_id=canonical_id,
                kind=kind,
                name=name,
                matched_by="model" if canonical_id is None else "acronym",
            )
        )
    return DocumentMentions(doc_id=doc_id, text=text, mentions=mentions, metadata=metadata)


@pytest.fixture()
def documents() -> list[DocumentMentions]:
    return [
        document("a", ["org:CSTO", "country:RUS", "org:CSTO", None]),
        document("b", ["org:SCO", "org:CSTO"]),
        document("c", []),
        document(None, ["country:RUS", None]),
    ]


def test_mention_counts(documents: list[DocumentMentions]) -> None:
    counts = mention_counts(documents)
    assert counts.to_dict("records") == [
        {
            "canonical_id": "org:CSTO",
            "name": NAMES["org:CSTO"][0],
            "kind": "organisation",
            "mentions": 3,
            "documents": 2,
        },
        {"canonical_id": "country:RUS", "name": "Russia", "kind": "country", "mentions": 2, "documents": 2},
        {"canonical_id": "org:SCO", "name": NAMES["org:SCO"][0], "kind": "organisation", "mentions": 1, "documents": 1},
    ]


def test_mention_counts_accepts_one_document_an_iterator_or_nothing(documents: list[DocumentMentions]) -> None:
    assert mention_counts(documents[0])["mentions"].tolist() == [2, 1]
    assert mention_counts(iter(documents)).equals(mention_counts(documents))
    empty = mention_counts([])
    assert empty.empty and list(empty.columns) == ["canonical_id", "name", "kind", "mentions", "documents"]


def test_counts_per_document(documents: list[DocumentMentions]) -> None:
    table = counts_per_document(documents)
    expected = pd.DataFrame(
        {"org:CSTO": [2, 1, 0, 0], "country:RUS": [1, 0, 0, 1], "org:SCO": [0, 1, 0, 0]},
        index=pd.Index(["a", "b", "c", "#4"], name="doc_id"),
    )
    expected.columns.name = "canonical_id"
    pd.testing.assert_frame_equal(table, expected)


def test_co_mentions(documents: list[DocumentMentions]) -> None:
    more = [*documents, document("d", ["org:SCO", "org:CSTO", "country:RUS"])]
    pairs = co_mentions(more)
    assert pairs.to_dict("records") == [
        {"canonical_id_a": "country:RUS", "canonical_id_b": "org:CSTO", "documents": 2},
        {"canonical_id_a": "org:CSTO", "canonical_id_b": "org:SCO", "documents": 2},
        {"canonical_id_a": "country:RUS", "canonical_id_b": "org:SCO", "documents": 1},
    ]
    assert co_mentions(documents[2:]).empty


def test_monthly_counts() -> None:
    documents = [
        document("1", ["org:CSTO", "org:CSTO"], date="2024-07-04T10:15:00"),  # Telegram export style
        document("2", ["org:CSTO", "country:RUS"], date="2024-07-30"),
        document("3", ["country:RUS"], date=datetime(2024, 9, 1, 0, 30)),
        document("4", ["org:SCO"], date="2024-09-30T23:59:00Z"),
        document("5", ["org:SCO"], date=date(2024, 9, 2)),
        document("6", ["org:CSTO"]),  # no date
        document("7", ["org:CSTO"], date="last Tuesday"),  # not a date
        document("8", ["org:CSTO"], date=None),
    ]
    table = monthly_counts(documents)
    expected = pd.DataFrame(
        {"org:CSTO": [3, 0, 0], "country:RUS": [1, 0, 1], "org:SCO": [0, 0, 2]},
        index=pd.DatetimeIndex(["2024-07-01", "2024-08-01", "2024-09-01"], name="month"),
    )
    expected.columns.name = "canonical_id"
    pd.testing.assert_frame_equal(table, expected, check_freq=False)
    assert table.attrs["undated_documents"] == 3


def test_monthly_counts_for_chosen_ids_and_another_date_field() -> None:
    documents = [
        document("1", ["org:CSTO", "org:SCO"], published="2023-12-31T23:00:00"),
        document("2", ["org:SCO"], published="2024-02-01T00:00:00"),
    ]
    table = monthly_counts(documents, ids=["org:SCO", "org:UN"], date_field="published")
    assert table.columns.tolist() == ["org:SCO", "org:UN"]
    assert table.index.strftime("%Y-%m").tolist() == ["2023-12", "2024-01", "2024-02"]
    assert table["org:SCO"].tolist() == [1, 0, 1]
    assert table["org:UN"].tolist() == [0, 0, 0]
    assert table.attrs["undated_documents"] == 0

    undated = monthly_counts(documents)  # no "date" field at all
    assert undated.empty and undated.attrs["undated_documents"] == 2


def test_summaries_of_extracted_texts() -> None:
    texts = [
        "The CSTO held exercises in Tajikistan. Russia and Kazakhstan sent troops to the CSTO drills.",
        "At the SCO summit in Astana, Kazakhstan welcomed Belarus as a full member of the SCO.",
        "Lavrov discussed the CSTO and the SCO with his counterpart.",
    ]
    results = [
        orgmentions.extract(text, doc_id=str(n), metadata={"date": f"2024-0{n}-15"}) for n, text in enumerate(texts, 1)
    ]
    counts = mention_counts(results).set_index("canonical_id")
    assert counts.loc["org:CSTO", ["mentions", "documents"]].tolist() == [3, 2]
    assert counts.loc["org:SCO", ["mentions", "documents"]].tolist() == [3, 2]
    assert counts.loc["country:KAZ", ["mentions", "documents"]].tolist() == [2, 2]
    assert counts.loc["country:RUS", "mentions"] == 1
    assert counts.loc["country:KAZ", "kind"] == "country"
    pairs = co_mentions(results).set_index(["canonical_id_a", "canonical_id_b"])["documents"]
    assert pairs[("org:CSTO", "org:SCO")] == 1
    assert pairs[("country:KAZ", "org:SCO")] == 1
    monthly = monthly_counts(results, ids=["org:CSTO", "org:SCO"])
    assert monthly.values.tolist() == [[2, 0], [0, 2], [1, 1]]


def test_a_missing_pandas_is_named(monkeypatch: pytest.MonkeyPatch, documents: list[DocumentMentions]) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    for summary in (mention_counts, counts_per_document, co_mentions, monthly_counts):
        with pytest.raises(ImportError, match=r"pip install 'orgmentions\[pandas\]'"):
            summary(documents)


# Ministry-style posts about the CSTO on three dates: Uzbekistan was in it in 2010 and out of it in 2013
# (suspended 19 December 2012); Armenia froze its participation in February 2024.
CSTO_POSTS = [
    (
        "mfa/2010-12",
        "2010-12-10",
        "The CSTO Collective Security Council met in Moscow. The presidents of Russia, Belarus, Kazakhstan, "
        "Kyrgyzstan, Tajikistan, Armenia and Uzbekistan signed the declaration.",
    ),
    (
        "mfa/2013-05",
        "2013-05-28T09:00:00Z",
        "CSTO foreign ministers met in Bishkek. Russia and Kazakhstan backed the plan; Uzbekistan, which "
        "suspended its participation in December 2012, sent no one.",
    ),
    (
        "mfa/2024-06",
        "2024-06-20",
        "Armenia did not attend the CSTO meeting in Minsk. Belarus and Russia criticised Yerevan, and Azerbaijan "
        "welcomed the move. The UN Security Council and the UN General Assembly were told of it.",
    ),
    ("channel/undated", None, "The CSTO and Russia, again."),
]


@pytest.fixture()
def csto_posts() -> list[DocumentMentions]:
    return [
        orgmentions.extract(text, doc_id=doc_id, metadata={"date": day} if day else {})
        for doc_id, day, text in CSTO_POSTS
    ]


def test_counts_rolled_up_to_the_parent_body(csto_posts: list[DocumentMentions]) -> None:
    plain = mention_counts(csto_posts).set_index("canonical_id")
    assert "org:UN" not in plain.index and "own_mentions" not in plain.columns
    rolled = mention_counts(csto_posts, roll_up=True).set_index("canonical_id")
    # One UNSC and one UNGA mention, both parts of the UN, which no post names itself.
    assert rolled.loc["org:UN", ["mentions", "documents", "own_mentions"]].tolist() == [2, 1, 0]
    assert rolled.loc["org:UN", ["name", "kind"]].tolist() == ["United Nations", "organisation"]
    assert rolled.loc["org:UNSC", ["mentions", "own_mentions"]].tolist() == [1, 1]
    # Bodies that are part of nothing keep their counts.
    for column in ("mentions", "documents"):
        assert rolled.loc["org:CSTO", column] == plain.loc["org:CSTO", column]


def test_member_mentions_on_each_documents_date(csto_posts: list[DocumentMentions]) -> None:
    table = member_mentions(csto_posts, "org:CSTO")
    by_document = table.groupby("doc_id", sort=False)["state"].apply(list).to_dict()
    assert by_document == {
        "mfa/2010-12": [f"country:{c}" for c in ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB")],
        "mfa/2013-05": ["country:KAZ", "country:RUS"],  # Uzbekistan is named, but was out by then
        "mfa/2024-06": ["country:ARM", "country:BLR", "country:RUS"],  # Azerbaijan never was in
    }
    armenia = table[(table.doc_id == "mfa/2024-06") & (table.state == "country:ARM")].iloc[0]
    assert (armenia["status"], armenia["name"], armenia["date"]) == ("frozen", "Armenia", date(2024, 6, 20))
    assert table["org_mentioned"].all()
    assert table.attrs["undated_documents"] == 1
    full_members = member_mentions(csto_posts, "org:CSTO", status="member")
    assert "country:ARM" not in set(full_members[full_members.doc_id == "mfa/2024-06"].state)


def test_co_mentions_of_members_and_outsiders(csto_posts: list[DocumentMentions]) -> None:
    table = member_co_mentions(csto_posts, "org:CSTO")
    rows = {(row.state, row.relation): row.documents for row in table.itertuples()}
    assert rows[("country:RUS", "member")] == 3
    assert rows[("country:UZB", "member")] == 1 and rows[("country:UZB", "outsider")] == 1
    assert rows[("country:ARM", "member")] == 1 and rows[("country:ARM", "frozen")] == 1
    assert rows[("country:AZE", "outsider")] == 1
    assert table.relation.tolist()[-2:] == ["outsider", "outsider"]
    assert table.groupby("relation")["mentions"].sum().to_dict() == {"frozen": 1, "member": 11, "outsider": 2}
    assert (table.attrs["documents"], table.attrs["undated_documents"]) == (3, 1)


def test_membership_summaries_name_an_unknown_organisation(csto_posts: list[DocumentMentions]) -> None:
    for summary in (member_mentions, member_co_mentions):
        with pytest.raises(KeyError, match=r"E010.*org:NOPE"):
            summary(csto_posts, "org:NOPE")
        # The International Court of Justice is known, but it has no member states in the data.
        with pytest.raises(GazetteerError, match=r"\[E113\] org:ICJ has no membership history.*org:CSTO"):
            summary(csto_posts, "org:ICJ")


def test_a_list_of_current_members_leaves_the_past_unknown() -> None:
    # The OSCE's participating states are in the data as of the day they were checked only.
    text = "Russia and Kazakhstan at the OSCE Ministerial Council."
    posts = [
        orgmentions.extract(text, doc_id="2015", metadata={"date": "2015-12-03"}),
        orgmentions.extract(text, doc_id="now", metadata={"date": "2027-01-15"}),
    ]
    table = member_co_mentions(posts, "org:OSCE")
    assert sorted(zip(table.state, table.relation, table.documents, strict=True)) == [
        ("country:KAZ", "member", 1),
        ("country:KAZ", "unknown", 1),
        ("country:RUS", "member", 1),
        ("country:RUS", "unknown", 1),
    ]
