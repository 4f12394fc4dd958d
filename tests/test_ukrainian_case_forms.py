"""Every case form of the Ukrainian country and organisation names, as pymorphy3's Ukrainian dictionary inflects
them, is found.

pymorphy3 is an oracle at test time only (the `test` extra); the library does not use it. Names whose
forms need more than an ending (a consonant that alternates, a vowel that drops) are the known gaps below.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

from orgmentions import Gazetteer, extract

pymorphy3 = pytest.importorskip("pymorphy3")
pytest.importorskip("pymorphy3_dicts_uk")

UKRAINIAN = Path(__file__).resolve().parents[1] / "gazetteers" / "languages" / "uk"
NAMES = (UKRAINIAN / "countries.yaml", UKRAINIAN / "organisations.yaml")
CASES = ("gent", "datv", "accs", "ablt", "loct")
#: Forms the morphology cannot derive yet, by nominative name, with the reason.
KNOWN_GAPS = {
    "Рух неприєднання": "х alternates with с before і (Русі)",
    "Маврикій": "a noun in -ій declines like an adjective in the stem rules (Маврикія)",
    "Філіппіни": "the genitive plural has no ending (Філіппін)",
}


def _forms() -> list[tuple[str, str, str, str]]:
    """(id, name, case, form): the name's words up to its head noun take the case; the rest stay as written
    ("Сполучених Штатів Америки", "Республіки Корея"). A name judged by its context ("Рада Безпеки", bare)
    is inflected too, and found in a sentence that names its body (`_found`)."""
    morph = pymorphy3.MorphAnalyzer(lang="uk")
    rows = []
    entries = [entry for path in NAMES for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["aliases"]]
    for entry in entries:
        for name in entry.get("names", []):
            text = name if isinstance(name, str) else name["text"]
            words = text.split()
            parses = []
            for word in words:
                nominative = [p for p in morph.parse(word) if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF")]
                parses.append(nominative[0] if nominative else None)
            head = next((i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), None)
            if head is None or any(p is None for p in parses[: head + 1]):
                continue
            for case in CASES:
                inflected = [parses[i].inflect({case}) for i in range(head + 1)]
                if any(form is None for form in inflected):
                    continue
                written = [
                    form.word[0].upper() + form.word[1:] if word[0].isupper() else form.word
                    for form, word in zip(inflected, words, strict=False)
                ]
                # The dictionary lower-cases the halves of a hyphenated word: keep the name's own capitals.
                written = [_recapitalise(form, word) for form, word in zip(written, words, strict=False)]
                rows.append((entry["id"], text, case, " ".join(written + words[head + 1 :])))
    return rows


def _recapitalise(form: str, word: str) -> str:
    if "-" not in word or "-" not in form:
        return form
    halves = zip(form.split("-"), word.split("-"), strict=False)
    return "-".join(half[:1].upper() + half[1:] if own[:1].isupper() else half for half, own in halves)


@functools.cache
def _judged_names() -> frozenset[str]:
    """The names that count only with evidence around them: their forms are tested beside their body's name."""
    entries = [entry for path in NAMES for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["aliases"]]
    return frozenset(
        name["text"] for entry in entries for name in entry.get("names", []) if isinstance(name, dict) and name.get("ambiguous")
    )


def _found(entity_id: str, form: str, name: str = "") -> bool:
    """Whether extract finds ``form`` as ``entity_id``, at its exact span, in a sentence around it."""
    sentence = f"Заява щодо {form} оприлюднена."
    if name in _judged_names():
        sentence += f" ({Gazetteer.load()[entity_id].name})"  # the same body named: the evidence it asks for
    start = sentence.index(form)
    found = {(m.canonical_id, m.start, m.end) for m in extract(sentence).mentions}
    return (entity_id, start, start + len(form)) in found


def test_the_oracle_gives_forms() -> None:
    assert len(_forms()) > 1000


def test_every_case_form_of_a_country_name_is_found() -> None:
    missed = [
        f"{name} ({case}): {form}"
        for entity_id, name, case, form in _forms()
        if name not in KNOWN_GAPS and not _found(entity_id, form, name)
    ]
    assert not missed, missed


@pytest.mark.parametrize("name", sorted(KNOWN_GAPS))
def test_known_gaps_are_still_gaps(name: str) -> None:
    """A gap that closes should leave the list (the morphology learned it)."""
    forms = [(entity_id, case, form) for entity_id, text, case, form in _forms() if text == name]
    if not forms:
        pytest.skip(f"{name}: no forms from the dictionary")
    missed = [case for entity_id, case, form in forms if not _found(entity_id, form, name)]
    assert missed, f"{name} is found in every case now: remove it from KNOWN_GAPS"
