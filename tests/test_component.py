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
