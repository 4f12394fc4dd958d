"""Anaphora (opt-in): generic nouns that refer back to a named body, and what stays unresolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgmentions import Extractor, extract
from orgmentions.errors import GazetteerError
from orgmentions.gazetteer import Gazetteer
from orgmentions.morphology import RULES, stem

CSTO_TEXT = "The Collective Security Treaty Organization held its summit in Minsk. The Organization's members agreed..."


def anaphors(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical_id) for m in extract(text, anaphora=True) if m.matched_by == "anaphora"]


def test_done_when_english() -> None:
    found = [m for m in extract(CSTO_TEXT, anaphora=True) if m.matched_by == "anaphora"]
    assert [(m.text, m.canonical_id) for m in found] == [("Organization", "org:CSTO")]
    assert CSTO_TEXT[found[0].start : found[0].end] == "Organization"
    assert "'Collective Security Treaty Organization' at 4:43" in (found[0].evidence or "")


def test_done_when_russian() -> None:
    text = "Саммит ОДКБ прошёл в Минске. В рамках Организации государства-члены договорились о миротворцах."
    found = [m for m in extract(text, anaphora=True) if m.matched_by == "anaphora"]
    assert [(m.text, m.canonical_id) for m in found] == [("Организации", "org:CSTO")]
    assert "'ОДКБ' at 7:11" in (found[0].evidence or "")


def test_done_when_civil_war_union_yields_nothing() -> None:
    text = (
        "In 1861 the Union faced eleven seceding states. Lincoln kept the border states in the Union, "
        "and Union forces took Vicksburg in 1863."
    )
    assert anaphors(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The strong case: a capitalised noun after the full name, with modifiers in the span.
        ("The United Nations turns 80. Our Organization has grown; the world Organization must reform.",
         [("Organization", "org:UN"), ("world Organization", "org:UN")]),
        ("The Eurasian Economic Union met in Astana. The Union agreed a common gas market.", [("Union", "org:EAEU")]),
        ("The Commonwealth of Independent States marked its anniversary. The Commonwealth remains open.",
         [("Commonwealth", "org:CIS")]),
        ("NATO ministers met in Brussels. The Alliance agreed to raise spending.", [("Alliance", "org:NATO")]),
        # The most recent compatible body; a body the noun cannot fit is no obstacle.
        ("The CSTO met in Minsk, then the EAEU met in Astana. The Organization issued a statement.",
         [("Organization", "org:CSTO")]),
        ("The Shanghai Cooperation Organisation met in Astana. In Geneva, far from Central Asia, trade "
         "ministers of the thirty-two member states spent two days on tariffs, fishery subsidies and the "
         "dispute settlement body at the WTO headquarters. The Organization issued a statement.",
         [("Organization", "org:WTO")]),
        # Two compatible bodies named together: either may be meant, so nothing.
        ("The Shanghai Cooperation Organisation met, then the WTO met. The Organization issued a statement.", []),
        # Lower case is weak: only with the body named close by.
        ("BRICS leaders met in Kazan. The bloc agreed on a payment system.", [("bloc", "org:BRICS")]),
        ("ASEAN ministers met in Vientiane; the 10-member bloc called for restraint.",
         [("10-member bloc", "org:ASEAN")]),
        # Russian case forms, adjectives in the span.
        ("Лидеры Евразийского экономического союза встретились в Минске. Главы государств Союза обсудили газ.",
         [("Союза", "org:EAEU")]),
        ("Министры стран СНГ встретились в Москве. Председательство в Содружестве перешло к Таджикистану.",
         [("Содружестве", "org:CIS")]),
        ("Генсек НАТО выступил в Брюсселе. Он заявил, что военный блок продолжит расширение.",
         [("военный блок", "org:NATO")]),
        # Nothing where no compatible body was named, or the noun names something else.
        ("The city council met on Tuesday. The Council voted to repair the bridge.", []),
        ("We walked along the river. The bank was steep and the Bank of the river flooded.", []),
        ("Many organisations met in Geneva with the WHO. International organisations agreed.", []),
        ("The EU signed the deal. The Soviet Union collapsed in 1991; the Union of Soviet Writers too.", []),
        ("NATO held exercises. The other alliance, led by Moscow, answered.", []),
        ("The EU and NATO met in Brussels. The bloc said it was ready.", []),
        ("ЕС ввёл санкции. Советский Союз распался в 1991 году.", []),
        ("ШОС расширяется. Организация объединяет десять государств. Организации гражданского общества против.",
         [("Организация", "org:SCO")]),
        ("Саммит ОДКБ прошёл в Минске. Организации гражданского общества выступили против.", []),
        # The body the text is about keeps its noun from a body named once in passing...
        ("The Collective Security Treaty Organization (CSTO) was founded in 2002 and registered with the United "
         "Nations Secretariat in 2003.\n\nToday the Organization brings together six states.",
         [("Organization", "org:CSTO")]),
        # ... and from one named only in an earlier paragraph; not from one just introduced in its own paragraph.
        ("BRICS leaders met in Rio. The bloc grew again.\n\nRussian officials revived talk of the "
         "Russia-India-China format; the format deserves a second life.\n\nThe final declaration called for reform. The grouping meets next in India.",
         [("bloc", "org:BRICS"), ("format", "org:RIC"), ("grouping", "org:BRICS")]),
        ("Вопрос: Как развивается ШОС? Ответ: ШОС растёт, в ШОС десять государств.\n"
         "Вопрос: Россия председательствует в БРИКС. Какие задачи стоят перед объединением?",
         [("объединением", "org:BRICS")]),
        # The body whose own name holds the noun: "Североатлантический альянс", not the CSTO named after it.
        ("Министры обеспокоены активностью Североатлантического альянса у границ государств – членов ОДКБ. "
         "Альянс продолжает продвигаться на восток.", [("Альянс", "org:NATO")]),
        # An organ names its parent: "Союз" after "Совет ЕС" is the EU; the organ is never "the bloc".
        ("Совет ЕС утвердил пакет санкций. В итоге Союз в очередной раз продемонстрировал раскол.",
         [("Союз", "org:EU")]),
        # "and" joins two bodies; a superlative describes; a possessive ends the noun phrase.
        ("The Arab League and the Organisation of Islamic Cooperation (OIC) met in Riyadh. They asked the "
         "Secretaries-General of the Arab League and of the Organisation to follow up.",
         [("Organisation", "org:OIC")]),
        ("The Organization of Islamic Cooperation, with 57 states, calls itself the second-largest "
         "intergovernmental organization after the United Nations.", []),
        ("The CSTO held exercises. The Organization's Collective Rapid Reaction Forces took part.",
         [("Organization", "org:CSTO")]),
        # Describing words in capitals must echo the body's name.
        ("NATO and the CIS were discussed. Moscow rejects instructions from the North Atlantic bloc.",
         [("North Atlantic bloc", "org:NATO")]),
        ("The CIS summit opened. Guests from the South American bloc attended.", []),
        ("Armenia has been a member of the EAEU since 2015, and the Moscow-led bloc takes a third of its exports.",
         [("Moscow-led bloc", "org:EAEU")]),
        # A describing word that echoes one body's name decides between two: "европейский блок" is the EU.
        ("ЕАЭС растёт, а ЕАЭС и его комиссия работают. Выход Великобритании из Евросоюза стал примером.\n\n"
         "Сам европейский блок переживает не лучшие времена.", [("европейский блок", "org:EU")]),
        # After a copula, a predicate: no reference back.
        ("Евразийский экономический союз не станет политическим объединением по образцу Европейского союза.", []),
        # Without its article, a capitalised noun describing another: weak, and no name's word.
        ("The CIS summit opened in Minsk. Moldova has frozen its participation in Commonwealth bodies.",
         [("Commonwealth", "org:CIS")]),
        # A cue of the anaphor's sentence decides between bodies the text named: the veto is the Security
        # Council's, though the Council of Europe was named last...
        ("The Security Council has fifteen members. Colleagues from the Council of Europe lectured us, but "
         "without the veto the great powers would simply ignore the Council.", [("Council", "org:UNSC")]),
        ("Совет Безопасности ООН заседал в Нью-Йорке. Россия вышла из Совета Европы. Учреждать трибуналы "
         "правомочен лишь Совет, действующий на основании главы VII Устава.", [("Совет", "org:UNSC")]),
        ("Но подлинно универсальной площадкой остаётся ООН. В ОБСЕ 57 государств-участников. Только "
         "Организация, объединяющая 193 государства, способна вырабатывать решения.",
         [("Организация", "org:UN")]),
        # ... a seat describes a body as its name would...
        ("He served at the United Nations and at the Council of Europe. Russia left the Strasbourg "
         "organization in 2022.", [("Strasbourg organization", "org:COE")]),
        ("Mercosur and the European Free Trade Association concluded talks. The deal with the South "
         "American bloc was welcomed.", [("South American bloc", "org:MERCOSUR")]),
        # ... and never brings in a body the text has not named.
        ("The Council of Europe met in Strasbourg. Without the veto, the Council would be ignored.",
         [("Council", "org:COE")]),
        # The World Bank and the Strasbourg court are "the Bank" and "the Court" like the bodies of their kind.
        ("The New Development Bank issued bonds.\n\nA day later the World Bank approved a loan to Egypt. The "
         "Bank remains the largest lender.", [("Bank", "org:WORLD_BANK")]),
        ("The European Court of Human Rights still examines applications, and the Court's judgments remain "
         "binding.", [("Court", "org:ECTHR")]),
        # A lower-case noun with two compatible bodies in its paragraph: only the one the paragraph is about.
        ("We also compared notes on our work in BRICS. Several SCO members are also members of the grouping.",
         []),
        ("Special attention was paid to NATO near the borders of the CIS. The North Atlantic Alliance keeps "
         "expanding, and the bloc's members will spend more.", [("bloc", "org:NATO")]),
    ],
)
def test_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert anaphors(text) == expected


def test_anaphora_off_changes_nothing() -> None:
    texts = [CSTO_TEXT, "Саммит ОДКБ прошёл в Минске. В рамках Организации приняты решения."]
    texts += [path.read_text(encoding="utf-8") for path in sorted(Path("seeds").glob("*.txt"))]
    plain, with_option = Extractor(), Extractor(anaphora=True)
    for text in texts:
        before = plain.extract(text).mentions
        after = with_option.extract(text).mentions
        assert extract(text).mentions == before
        assert [m for m in after if m.matched_by != "anaphora"] == before
        assert all(m.matched_by != "anaphora" for m in before)


def test_russian_forms_are_case_forms_of_the_noun() -> None:
    """Every listed Russian form is the nominative's stem plus a Russian case ending (morphology.py)."""
    rule = RULES["ru"]
    for noun, _ in Gazetteer.load().anaphora.nouns:
        if noun.lang != "ru":
            continue
        words = noun.text.lower().split()
        for form in noun.forms:
            for word, written in zip(words, form.lower().split(), strict=True):
                base, stemmed = stem(word, "ru", last=True)
                endings = rule.endings if stemmed else rule.bare_endings
                assert any(
                    written.endswith(ending) and written[: -len(ending)].startswith(base) for ending in endings
                ), (noun.text, form)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_unknown_id_is_rejected_with_file_line_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  entities:\n    org:NOPE:\n      - Organization\n")
    with pytest.raises(GazetteerError) as error:
        Gazetteer.load([path])
    assert str(error.value).startswith(f"[E090] {path}:4: anaphora entities: 'org:NOPE'")


def test_cue_for_unknown_id_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  cues:\n    org:NOPE:\n      - {text: veto, note: a test}\n")
    with pytest.raises(GazetteerError, match=r"\[E090\] .*:4: anaphora cues: 'org:NOPE'"):
        Gazetteer.load([path])


def test_cue_without_note_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  cues:\n    org:UNSC:\n      - {text: veto}\n")
    with pytest.raises(GazetteerError, match="note"):
        Gazetteer.load([path])


def test_unknown_not_for_id_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  categories:\n    forum:\n      - {text: club, not_for: [org:NOPE]}\n")
    with pytest.raises(GazetteerError, match=r"\[E090\] .*:4: anaphora not_for: 'org:NOPE'"):
        Gazetteer.load([path])


def test_language_without_settings_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  entities:\n    org:CSTO:\n      - {text: Կազմակերպություն, lang: hy}\n")
    with pytest.raises(GazetteerError, match=r"\[E091\] .*:4: anaphor 'Կազմակերպություն' is in language 'hy'"):
        Gazetteer.load([path])


def test_misspelt_field_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  entities:\n    org:CSTO:\n      - {text: Organisation, lowr: weak}\n")
    with pytest.raises(GazetteerError, match=r"\[E002\] .*:4: anaphora.entities.org:CSTO.0.lowr: unknown field"):
        Gazetteer.load([path])


def test_user_file_adds_a_noun(tmp_path: Path) -> None:
    path = _write(tmp_path, "anaphora:\n  entities:\n    org:CSTO:\n      - {text: Treaty}\n")
    extractor = Extractor([path], anaphora=True)
    found = [m for m in extractor.extract("The CSTO met in Minsk. The Treaty turns 30.") if m.matched_by == "anaphora"]
    assert [(m.text, m.canonical_id) for m in found] == [("Treaty", "org:CSTO")]


def test_doors_spacy_cli_summaries_rendering(tmp_path: Path) -> None:
    import json

    import spacy
    from typer.testing import CliRunner

    from orgmentions.cli import app
    from orgmentions.notebook.rendering import ANAPHORA_COLOUR, render_html
    from orgmentions.notebook.summaries import mention_counts

    nlp = spacy.blank("en")
    nlp.add_pipe("orgmentions", config={"anaphora": True})
    doc = nlp(CSTO_TEXT)
    assert [(s.text, s.kb_id_) for s in doc.spans["orgmentions"]] == [
        ("Collective Security Treaty Organization", "org:CSTO"),
        ("Organization", "org:CSTO"),
    ]
    source = tmp_path / "doc.txt"
    source.write_text(CSTO_TEXT, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "--anaphora", "--output", str(output)])
    assert result.exit_code == 0, result.output
    record = json.loads(output.read_text(encoding="utf-8").splitlines()[0])
    assert [m["matched_by"] for m in record["mentions"]] == ["name", "anaphora"]
    from orgmentions import extract_many

    found = extract(CSTO_TEXT, anaphora=True)
    assert next(extract_many([CSTO_TEXT], anaphora=True)).mentions == found.mentions
    assert mention_counts(found)["mentions"].tolist() == [2]
    assert mention_counts(found, include_anaphora=False)["mentions"].tolist() == [1]
    assert ANAPHORA_COLOUR in render_html(found) and "org:CSTO anaphora" in render_html(found)


def test_worker_processes_and_engine_frames_resolve_anaphora_too() -> None:
    from orgmentions.engines import frames

    texts = [CSTO_TEXT, "Саммит ОДКБ прошёл в Минске. В рамках Организации приняты решения.", "No bodies here."]
    extractor = Extractor(anaphora=True)
    one = [extractor.extract(text).mentions for text in texts]
    assert [d.mentions for d in extractor.extract_many(texts, n_process=2, batch_size=1)] == one
    assert sum(m.matched_by == "anaphora" for mentions in one for m in mentions) == 2
    pandas = pytest.importorskip("pandas")
    table = frames.mentions_frame(pandas.DataFrame({"text": texts}), frames.ExtractorSpec(anaphora=True))
    assert table["matched_by"].tolist().count("anaphora") == 2
    assert "anaphora" not in frames.mentions_frame(pandas.DataFrame({"text": texts}))["matched_by"].tolist()
