"""The optional statistical pipeline, with a small NER model trained here (official models are not reachable)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from orgmentions import Extractor

TRAINING = [
    ("Sergey Lavrov met Antonio Guterres in Geneva.", [(0, 13, "PERSON"), (18, 34, "PERSON"), (38, 44, "GPE")]),
    ("Vladimir Putin spoke with Kassym-Jomart Tokayev.", [(0, 14, "PERSON"), (26, 47, "PERSON")]),
    ("Maria Zakharova briefed journalists in Moscow.", [(0, 15, "PERSON"), (39, 45, "GPE")]),
    ("Gazprom signed a deal with Rosatom in Minsk.", [(0, 7, "ORG"), (27, 34, "ORG"), (38, 43, "GPE")]),
    ("Sergey Lavrov visited Armenia and Gazprom.", [(0, 13, "PERSON"), (22, 29, "GPE"), (34, 41, "ORG")]),
    (
        "the leaders of russia and the CSTO met Antonio Guterres.",
        [(15, 21, "GPE"), (30, 34, "ORG"), (39, 55, "PERSON")],
    ),
]


@pytest.fixture(scope="session")
def trained_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank English pipeline with an NER trained to memorise a few sentences, saved like any installed model."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAINING:
        for _, _, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": spans}) for text, spans in TRAINING]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(40):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_model_entities_are_added_unlinked_and_gazetteer_wins_overlaps(trained_pipeline: Path) -> None:
    extractor = Extractor(nlp=str(trained_pipeline))  # a model name or path, as for spacy.load
    text = TRAINING[5][0]
    result = extractor.extract(text)
    by_text = {m.text: m for m in result}
    assert by_text["Antonio Guterres"].canonical_id is None
    assert by_text["Antonio Guterres"].kind == "PERSON" and by_text["Antonio Guterres"].matched_by == "model"
    # The model's ORG span over "CSTO" is reported once, with the gazetteer's id.
    assert [(m.canonical_id, m.matched_by) for m in result if m.text == "CSTO"] == [("org:CSTO", "acronym")]
    # Lower-case "russia" is a gazetteer match now (names count in lower case), reported once, as the gazetteer's.
    assert (by_text["russia"].canonical_id, by_text["russia"].matched_by) == ("country:RUS", "name")


def test_model_path_in_extract_many_matches_extract(trained_pipeline: Path) -> None:
    extractor = Extractor(nlp=spacy.load(trained_pipeline))
    texts = [text for text, _ in TRAINING]
    assert list(extractor.extract_many(texts, batch_size=2)) == [extractor.extract(t) for t in texts]


def test_model_path_handles_text_longer_than_max_length(trained_pipeline: Path) -> None:
    nlp = spacy.load(trained_pipeline)
    nlp.max_length = 200
    text = " ".join([TRAINING[0][0]] * 20)
    result = Extractor(nlp=nlp).extract(text)
    people = [m for m in result if m.kind == "PERSON"]
    assert people and all(text[m.start : m.end] == m.text for m in people)


def test_a_model_that_is_not_installed_is_named() -> None:
    with pytest.raises(ValueError, match=r"\[E021\].*'xx_no_such_model_sm'"):
        Extractor(nlp="xx_no_such_model_sm")


def test_model_entities_overlapping_any_gazetteer_mention_are_dropped_in_long_texts(trained_pipeline: Path) -> None:
    nlp = spacy.load(trained_pipeline)
    text = " ".join([TRAINING[5][0]] * 400)
    result = Extractor(nlp=nlp).extract(text)
    assert len(result.of("org:CSTO")) == 400
    assert not any(m.matched_by == "model" and m.text == "CSTO" for m in result)


def test_a_model_span_over_an_ambiguous_alias_stays_unlinked() -> None:
    # Any pipeline with entities takes the model path; a rule-based one says exactly what it tags.
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "ORG", "pattern": "GCC"}, {"label": "ORG", "pattern": "SCO"}, {"label": "GPE", "pattern": "russia"}]
    )
    result = Extractor(nlp=nlp).extract("Build it with GCC and clang. The SCO Group sued IBM. Trade with russia grew.")
    assert [(m.text, m.canonical_id, m.kind, m.alias) for m in result] == [
        ("GCC", None, "ORG", None),
        ("SCO", None, "ORG", None),
        ("russia", "country:RUS", "country", "Russia"),
    ]
