"""The spaCy door: registered factory, spans with kb ids, parity with extract()."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from orgmentions import extract

TEXTS = [
    "The #CSTO’s summit and the Eurasian Economic Union (#EAEU) met. #RussiaALBA",
    "The UN Security Council and the Collective Security\nTreaty Organisation; Russia and the Kyrgyz Republic.",
    "Саммит ОДКБ в Москве. #RussiaKazakhstan #UNGA79",
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("orgmentions")
    return nlp


def test_factory_is_found_without_importing_the_package() -> None:
    code = (
        "import sys, spacy; nlp = spacy.blank('en'); nlp.add_pipe('orgmentions'); "
        "doc = nlp('The CSTO met.'); print([(s.text, s.kb_id_) for s in doc.spans['orgmentions']])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[('CSTO', 'org:CSTO')]"


def test_spans_carry_canonical_ids_and_labels(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXTS[1])
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["orgmentions"]] == [
        ("UN Security Council", "ORG", "org:UNSC"),
        ("Collective Security\nTreaty Organisation", "ORG", "org:CSTO"),
        ("Russia", "GPE", "country:RUS"),
        ("Kyrgyz Republic", "GPE", "country:KGZ"),
    ]


def test_component_and_extract_give_identical_mentions(nlp: spacy.language.Language, seed_texts) -> None:
    texts = TEXTS + list(seed_texts.values())
    for doc, text in zip(nlp.pipe(texts), texts, strict=True):
        assert doc._.orgmentions == extract(text).mentions


def test_hashtag_parts_keep_their_offsets_on_the_doc(nlp: spacy.language.Language) -> None:
    doc = nlp("Talks continue. #RussiaALBA")
    assert [(m.text, m.start) for m in doc._.orgmentions] == [("Russia", 17), ("ALBA", 23)]
    assert {s.kb_id_ for s in doc.spans["orgmentions"]} == {"country:RUS", "org:ALBA"}


def test_set_ents_keeps_model_entities_unless_told_to_overwrite() -> None:
    for overwrite, expected in [
        (False, [("Collective Security", "PERSON")]),
        (True, [("Collective Security Treaty Organization", "ORG")]),
    ]:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": "PERSON", "pattern": "Collective Security"}])
        nlp.add_pipe("orgmentions", config={"set_ents": True, "overwrite_ents": overwrite})
        doc = nlp("The Collective Security Treaty Organization and Armenia.")
        assert [(e.text, e.label_) for e in doc.ents][:1] == expected
        assert ("Armenia", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_custom_spans_key_and_gazetteer(tmp_path) -> None:
    from conftest import DATA

    nlp = spacy.blank("en")
    nlp.add_pipe(
        "orgmentions",
        config={
            "spans_key": "orgs",
            "include_bundled": False,
            "gazetteers": [str(DATA / "gazetteers" / "minimal.yaml")],
        },
    )
    doc = nlp("The CSTO and Armenia, not the EU.")
    assert [s.kb_id_ for s in doc.spans["orgs"]] == ["org:CSTO", "country:ARM"]
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    reloaded_doc = reloaded("The CSTO.")
    assert [s.kb_id_ for s in reloaded_doc.spans["orgs"]] == ["org:CSTO"]


# --- Docs that travel: bytes, DocBin, processes, a saved pipeline (issue 10) -------------------

POST = "Talks continue. #RussiaALBA and the Eurasian Economic Union (#EAEU) met in Minsk."


def test_docs_with_mentions_serialise_to_bytes(nlp: spacy.language.Language) -> None:
    doc = nlp(POST)
    restored = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.orgmentions == doc._.orgmentions == extract(POST).mentions
    assert [(s.text, s.kb_id_) for s in restored.spans["orgmentions"]] == [
        (s.text, s.kb_id_) for s in doc.spans["orgmentions"]
    ]


def test_docs_with_mentions_go_through_a_docbin(nlp: spacy.language.Language, tmp_path) -> None:
    from spacy.tokens import DocBin

    texts = TEXTS + [POST]
    DocBin(docs=nlp.pipe(texts), store_user_data=True).to_disk(tmp_path / "docs.spacy")
    restored = list(DocBin().from_disk(tmp_path / "docs.spacy").get_docs(nlp.vocab))
    assert [doc._.orgmentions for doc in restored] == [extract(text).mentions for text in texts]


def test_pipe_in_two_processes_keeps_the_records(nlp: spacy.language.Language) -> None:
    texts = TEXTS + [POST] * 3
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [doc._.orgmentions for doc in docs] == [extract(text).mentions for text in texts]
    assert docs[-1]._.orgmentions[0].matched_by == "hashtag_part"


def test_a_doc_the_component_has_not_seen_has_no_records() -> None:
    assert spacy.blank("en")("The CSTO met.")._.orgmentions is None


def test_set_ents_makes_every_hashtag_part_an_entity() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("orgmentions", config={"set_ents": True})
    doc = nlp(POST)
    assert [(e.text, e.label_, e.kb_id_, e.start_char) for e in doc.ents] == [
        (m.text, "GPE" if m.kind == "country" else "ORG", m.canonical_id, m.start) for m in extract(POST)
    ]
    assert ("ALBA", "ORG", "org:ALBA", 23) in [(e.text, e.label_, e.kb_id_, e.start_char) for e in doc.ents]
    assert doc.text == POST  # the tokens are split, the text is untouched
    assert [(s.text, s.start_char) for s in doc.spans["orgmentions"]] == [(m.text, m.start) for m in extract(POST)]


def test_set_ents_splits_tokens_without_breaking_a_parse_or_other_span_groups() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("orgmentions", config={"set_ents": True})
    words = ["Talks", "on", "#", "RussiaALBA", "and", "the", "CSTO", "."]
    doc = spacy.tokens.Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, False, False],
        heads=[0, 0, 3, 1, 3, 6, 3, 0],
        deps=["ROOT", "prep", "punct", "pobj", "cc", "det", "conj", "punct"],
    )
    doc.spans["earlier"] = [doc[3:5], doc[6:7]]  # "RussiaALBA and", "CSTO"
    doc = component(doc)
    assert [t.text for t in doc] == ["Talks", "on", "#", "Russia", "ALBA", "and", "the", "CSTO", "."]
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("Russia", "country:RUS"),
        ("ALBA", "org:ALBA"),
        ("CSTO", "org:CSTO"),
    ]
    assert [s.text for s in doc.spans["earlier"]] == ["RussiaALBA and", "CSTO"]
    # The first piece takes the token's place in the tree, with its dependents; the others hang on it.
    assert [(t.text, t.head.text, t.dep_) for t in doc[2:5]] == [
        ("#", "Russia", "punct"),
        ("Russia", "on", "pobj"),
        ("ALBA", "Russia", "compound"),
    ]
    assert (doc[7].text, doc[7].head.text) == ("CSTO", "Russia")  # a conjunct of "RussiaALBA"


def test_a_saved_pipeline_loads_back_with_its_config(tmp_path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("orgmentions", config={"set_ents": True, "spans_key": "orgs"})
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == ["orgmentions"]
    assert reloaded.get_pipe_config("orgmentions")["set_ents"] is True
    doc = reloaded(POST)
    assert doc._.orgmentions == extract(POST).mentions
    assert [e.kb_id_ for e in doc.ents] == [m.canonical_id for m in extract(POST)]
    assert [s.kb_id_ for s in doc.spans["orgs"]] == [m.canonical_id for m in extract(POST)]
