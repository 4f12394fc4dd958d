"""The public API: records, serialisation, bad input, threads."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import orgmentions
from orgmentions import DocumentMentions, Extractor, Mention, extract

ISSUE_EXAMPLE = "The #CSTO’s summit and the Eurasian Economic Union (#EAEU) met. #RussiaALBA"


def test_issue_example() -> None:
    result = extract(ISSUE_EXAMPLE, doc_id="post-1")
    assert result.doc_id == "post-1"
    assert [(m.text, m.canonical_id, m.matched_by) for m in result] == [
        ("#CSTO", "org:CSTO", "hashtag"),
        ("Eurasian Economic Union", "org:EAEU", "name"),
        ("#EAEU", "org:EAEU", "hashtag"),
        ("Russia", "country:RUS", "hashtag_part"),
        ("ALBA", "org:ALBA", "hashtag_part"),
    ]
    for mention in result:
        assert ISSUE_EXAMPLE[mention.start : mention.end] == mention.text
    assert result.mentions[1].name == "Eurasian Economic Union"
    assert result.mentions[3].kind == "country" and result.mentions[4].kind == "organisation"


def test_records_round_trip_through_json(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        result = extract(text, doc_id=name, metadata={"source": "seed", "n": 1})
        again = DocumentMentions.model_validate_json(result.model_dump_json())
        assert again == result
        assert json.loads(result.model_dump_json())["mentions"][0]["canonical_id"]


def test_notebook_helpers() -> None:
    result = extract("Russia and Belarus in the CSTO; Russia in the CIS and #CSTO.")
    assert result.counts()["country:RUS"] == 2
    assert result.counts()["org:CSTO"] == 2
    assert [m.text for m in result.of("org:CSTO")] == ["CSTO", "#CSTO"]
    assert result.canonical_ids == ["country:RUS", "country:BLR", "org:CSTO", "org:CIS"]
    assert len(result) == 6 and [m.text for m in result][:2] == ["Russia", "Belarus"]


def test_mention_rejects_inconsistent_span() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        Mention(
            text="CSTO", start=0, end=3, canonical_id="org:CSTO", kind="organisation", name="CSTO", matched_by="acronym"
        )


@pytest.mark.parametrize("bad", [None, b"CSTO", 42, ["CSTO"]])
def test_non_str_input_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\n"])
def test_empty_text_gives_empty_result(blank: str) -> None:
    assert extract(blank).mentions == []


def test_text_longer_than_spacy_max_length_keeps_offsets() -> None:
    paragraph = "The CSTO met in Yerevan with Armenia. " * 30000 + "Finally, the SCO."
    assert len(paragraph) > 1_000_000
    result = extract(paragraph)
    assert len(result.of("org:CSTO")) == 30000
    last = result.mentions[-1]
    assert (last.canonical_id, paragraph[last.start : last.end]) == ("org:SCO", "SCO")


def test_odd_characters_do_not_break_offsets() -> None:
    # A lone surrogate is refused at the boundary (E044; see test_hostile_inputs.py), so none here.
    text = "\x00\x07🇷🇺 Russia\u200b and 🤝 #CSTO\ufffd with Казахстан and \U0001f600 U.N.\x1b[0m"
    result = extract(text)
    assert [m.canonical_id for m in result] == ["country:RUS", "org:CSTO", "country:KAZ", "org:UN"]
    for mention in result:
        assert text[mention.start : mention.end] == mention.text


def test_default_extractor_is_shared_safely_across_threads(seed_texts: dict[str, str]) -> None:
    texts = list(seed_texts.values()) * 4
    expected = [extract(text).mentions for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(lambda t: extract(t).mentions, texts)) == expected
    assert orgmentions.extractor.default_extractor() is orgmentions.extractor.default_extractor()


def test_extract_many_keeps_order_ids_and_metadata() -> None:
    items = [
        "The CSTO met.",
        ("Russia and the SCO.", "doc-2"),
        {"text": "#BRICS", "id": 3, "metadata": {"date": "2024-07-04"}},
    ]
    results = list(orgmentions.extract_many(items))
    assert [r.doc_id for r in results] == [None, "doc-2", "3"]
    assert results[2].metadata == {"date": "2024-07-04"}
    assert [[m.canonical_id for m in r] for r in results] == [["org:CSTO"], ["country:RUS", "org:SCO"], ["org:BRICS"]]


def test_extract_many_is_lazy_over_an_endless_stream() -> None:
    def endless():
        while True:
            yield "The Eurasian Economic Union and Armenia."

    results = Extractor().extract_many(endless(), batch_size=10)
    first = [next(results) for _ in range(25)]
    assert all(r.canonical_ids == ["org:EAEU", "country:ARM"] for r in first)


def test_extract_many_in_processes_matches_one_process(seed_texts: dict[str, str]) -> None:
    items = [(text, name) for name, text in seed_texts.items()] * 3
    one = list(Extractor().extract_many(items))
    two = list(Extractor().extract_many(items, n_process=2, batch_size=2))
    assert two == one


def test_extract_many_rejects_a_bad_item_naming_it() -> None:
    with pytest.raises(TypeError, match="Item 2"):
        list(orgmentions.extract_many(["fine", 42]))
    with pytest.raises(ValueError, match="Item 1: a mapping needs a 'text' key"):
        list(orgmentions.extract_many([{"body": "x"}]))


def test_records_behave_as_pydantic_models() -> None:
    result = extract("The CSTO met in Minsk.", doc_id=3)  # type: ignore[arg-type]
    assert result.doc_id == "3"  # as extract_many stores it, so that JSON reads back
    assert DocumentMentions.model_validate_json(result.model_dump_json()) == result
    mention = result.mentions[0]
    assert mention.model_copy(update={"evidence": "checked by hand"}).evidence == "checked by hand"
    assert set(mention.model_dump(exclude_unset=True)) == set(Mention.model_fields)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("orgmentions.readers", "orgmentions.io.readers"),
        ("orgmentions.writers", "orgmentions.io.writers"),
        ("orgmentions.rendering", "orgmentions.notebook.rendering"),
        ("orgmentions.summaries", "orgmentions.notebook.summaries"),
        ("orgmentions.plots", "orgmentions.notebook.plots"),
    ],
)
def test_moved_modules_keep_their_old_paths(old: str, new: str) -> None:
    import importlib

    assert importlib.import_module(old) is importlib.import_module(new)


# --- what a new user hits (issue 10) ---------------------------------------------------------


def test_extra_fields_of_a_mapping_item_are_metadata() -> None:
    pd = pytest.importorskip("pandas")
    from orgmentions.notebook.summaries import monthly_counts

    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "text": ["The CSTO met in Almaty.", "Russia and the CSTO."],
            "date": ["2024-07-04", "2024-08-01"],
            "channel": ["mid", "mid"],
        }
    )
    results = list(orgmentions.extract_many(frame.to_dict("records")))
    assert results[0].metadata == {"date": "2024-07-04", "channel": "mid"}
    assert monthly_counts(results)["org:CSTO"].tolist() == [1, 1]
    # An explicit metadata mapping joins the other fields.
    [both] = orgmentions.extract_many([{"text": "The SCO.", "id": 1, "lang": "en", "metadata": {"date": "2024"}}])
    assert both.metadata == {"lang": "en", "date": "2024"}


def test_one_result_is_accepted_where_many_are(tmp_path) -> None:
    pytest.importorskip("pandas")
    from orgmentions.io.writers import read_results, to_dataframe, write_results

    result = extract("The CSTO and Armenia.", doc_id="post-1")
    assert to_dataframe(result)[["doc_id", "canonical_id"]].values.tolist() == [
        ["post-1", "org:CSTO"],
        ["post-1", "country:ARM"],
    ]
    assert write_results(result, tmp_path / "one.jsonl", format="jsonl") == 1
    assert list(read_results(tmp_path / "one.jsonl")) == [result]


def test_extractor_takes_a_single_gazetteer_path() -> None:
    from conftest import DATA

    minimal = DATA / "gazetteers" / "minimal.yaml"
    for given in (str(minimal), minimal):
        extractor = Extractor(gazetteers=given, include_bundled=False)
        assert [m.canonical_id for m in extractor.extract("The CSTO, Armenia and the SCO.")] == [
            "org:CSTO",
            "country:ARM",
        ]


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_missing_text_is_named_and_can_be_skipped(missing: object) -> None:
    items = [{"id": "a", "text": "The CSTO."}, {"id": "b", "text": missing}, {"id": "c", "text": "Russia."}]
    with pytest.raises(TypeError, match=r"\[E060\] Item 2 \(document 'b'\).*a missing value.*skip_bad=True"):
        list(orgmentions.extract_many(items))
    with pytest.warns(orgmentions.SkippedItemsWarning, match=r"\[W020\] extract_many skipped 1 item.*Item 2"):
        results = list(orgmentions.extract_many(items, skip_bad=True))
    assert [(r.doc_id, r.canonical_ids) for r in results] == [("a", ["org:CSTO"]), ("c", ["country:RUS"])]


def test_a_missing_text_can_be_skipped_in_processes() -> None:
    items = [("The CSTO.", "a"), (None, "b"), ("Russia.", "c")]
    with pytest.warns(orgmentions.SkippedItemsWarning, match="skipped 1 item"):
        results = list(Extractor().extract_many(items, n_process=2, skip_bad=True))
    assert [r.doc_id for r in results] == ["a", "c"]


def test_the_public_surface_is_deliberate() -> None:
    names = dir(orgmentions)
    assert not {"Any", "Iterable", "Iterator", "Mapping", "annotations", "importlib", "sys", "types"} & set(names)
    assert not {"extractor", "gazetteer", "matcher", "records", "default_extractor"} & set(names)
    for public in ("extract", "extract_many", "to_dataframe", "read_documents", "write_results", "bar_chart"):
        assert public in names
    for name in orgmentions.__all__:
        assert getattr(orgmentions, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        orgmentions.nothing_here  # noqa: B018


def test_the_doors_are_loaded_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, orgmentions; loaded = lambda: sorted(m for m in sys.modules if m.startswith(('orgmentions.io', "
        "'orgmentions.notebook'))); print(loaded()); orgmentions.to_dataframe; print(loaded())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]", "['orgmentions.io', 'orgmentions.io.writers']"]


def test_the_gazetteer_cache_sees_an_edited_file(tmp_path) -> None:
    path = tmp_path / "my_orgs.yaml"
    path.write_text(
        "entities:\n  - id: org:CSTO\n    name: Collective Security Treaty Organization\n"
        "    category: military_alliance\n",
        encoding="utf-8",
    )
    text = "The CSTO and the Collective Security Treaty Organization."
    assert [m.text for m in Extractor([path], include_bundled=False).extract(text)] == [
        "Collective Security Treaty Organization"
    ]
    path.write_text(path.read_text(encoding="utf-8") + "    acronyms: [CSTO]\n", encoding="utf-8")
    assert [m.text for m in Extractor([path], include_bundled=False).extract(text)] == [
        "CSTO",
        "Collective Security Treaty Organization",
    ]
