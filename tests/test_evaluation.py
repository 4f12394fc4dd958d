"""Extraction against the hand-annotated corpus, held to the targets of the extraction issue.

The corpus (tests/evaluation/corpus) was written from mention-guidelines.md, apart from
the matcher. `python scripts/evaluate.py --errors` prints the full table and every error.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT
from orgmentions import extract

_spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
evaluate = importlib.util.module_from_spec(_spec)
sys.modules["evaluate"] = evaluate  # dataclasses look their module up there
_spec.loader.exec_module(evaluate)


@pytest.fixture(scope="module")
def tallies():
    return evaluate.score(evaluate.load_corpus(), lambda text: extract(text).mentions)


def test_corpus_is_broad(tallies) -> None:
    documents = evaluate.load_corpus()
    assert len(documents) >= 60
    assert {d.genre for d in documents} >= {
        "declaration",
        "press_release",
        "news",
        "encyclopedic",
        "telegram",
        "nonstandard",
        "adversarial",
        "russian",
    }


def test_organisations_on_non_russian_documents(tallies) -> None:
    organisations = tallies[("non-ru", "org")]
    assert organisations.f1 >= 0.97 and organisations.precision >= 0.98, organisations


def test_countries_on_non_russian_documents(tallies) -> None:
    assert tallies[("non-ru", "country")].f1 >= 0.97, tallies[("non-ru", "country")]


def test_at_most_three_false_mentions_on_adversarial_texts(tallies) -> None:
    assert tallies[("genre:adversarial", "all")].false <= 3, tallies[("all", "all")].errors


def test_russian_documents(tallies) -> None:
    # Russian names in any grammatical case ("Евразийского экономического союза", "Армении").
    assert tallies[("ru", "all")].f1 >= 0.95, tallies[("ru", "all")]
    assert tallies[("ru", "all")].precision >= 0.98, tallies[("ru", "all")]


def test_hard_adversarial_texts_do_not_regress() -> None:
    # Written blind by a second annotator to be harder than the targets ask: country names as foods, dyes,
    # towns, bands and phonetic letters among acronym traps. 10 false mentions remain (notes in the README);
    # this holds the line while they are worked down.
    documents = evaluate.load_corpus(ROOT / "tests" / "evaluation" / "hard_adversarial")
    tallies = evaluate.score(documents, lambda text: extract(text).mentions)
    assert len(documents) >= 25
    assert tallies[("all", "all")].false <= 10, tallies[("all", "all")].errors


@pytest.mark.parametrize(
    ("text", "span", "expected_start"),
    [
        # A joined "and" stays outside the span: the annotated letters are the name inside the written word.
        ("قالت وزارة الخارجية وروسيا", "روسيا", 21),
        # Chinese has no spaces: the name is found among the characters.
        ("中俄关系与上海合作组织", "上海合作组织", 5),
        # Tajik joins "and" after the name ("Эрону" = "and Iran").
        ("Тоҷикистону Эрону Русия", "Эрон", 12),
        # Elsewhere a span is a whole word: "Россия" is not the start of "Российская" before it.
        ("Российская сторона и Россия", "Россия", 21),
        # An Arabic adjective ("الجزائري", Algerian) is not the country: the next whole word is.
        ("الرئيس الجزائري يؤكد أن الجزائر", "الجزائر", 24),
    ],
)
def test_gold_spans_are_placed_as_the_guidelines_write_them(text: str, span: str, expected_start: int) -> None:
    assert evaluate._find(text, span, 0, part=False) == expected_start
