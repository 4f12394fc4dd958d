"""Anaphora in Portuguese, German, Ukrainian, Belarusian, Kazakh, Uzbek and Azerbaijani (gazetteers/anaphora.yaml,
`languages:`).

Each text marks its anaphors in [[double brackets]] and lists their ids in order: the test takes the
brackets out and expects exactly those spans, no more. The texts are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from orgmentions import extract

_MARK = re.compile(r"\[\[(.+?)\]\]")


def _unmarked(marked: str) -> tuple[str, list[tuple[str, int]]]:
    """The text without its brackets, and each marked span with its offset in that text."""
    spans: list[tuple[str, int]] = []
    removed = 0
    for match in _MARK.finditer(marked):
        spans.append((match.group(1), match.start() - removed))
        removed += 4
    return _MARK.sub(r"\1", marked), spans


def _anaphors(text: str) -> list[tuple[str, int, str | None]]:
    return [(m.text, m.start, m.canonical_id) for m in extract(text, anaphora=True) if m.matched_by == "anaphora"]


CASES = [
    # Portuguese: the article (or its contraction with a preposition) stays outside; nouns in lower case.
    pytest.param(
        "O Mercosul reuniu os chanceleres em Montevidéu. A presidência pro tempore do [[bloco]] passa agora ao "
        "Paraguai.",
        ["org:MERCOSUR"],
        id="pt-bloco",
    ),
    pytest.param(
        "A Comunidade dos Países de Língua Portuguesa reuniu-se em Lisboa. Os estatutos da [[organização]] foram "
        "revistos.",
        ["org:CPLP"],
        id="pt-organizacao-lower",
    ),
    pytest.param(
        "A Organização do Tratado do Atlântico Norte reuniu-se em Haia. A [[Aliança]] aprovou novas metas de gastos.",
        ["org:NATO"],
        id="pt-alianca",
    ),
    pytest.param(
        "O BRICS ampliou a lista de parceiros. A próxima cúpula do [[grupo]] será na Índia, e o grupo de trabalho "
        "sobre clima reúne-se em março.",
        ["org:BRICS"],
        id="pt-grupo-not-working-group",
    ),
    pytest.param(
        "O Mercosul negociou com o Canadá. O [[bloco sul-americano]] quer concluir o acordo, e o bloco europeu também "
        "negocia.",
        ["org:MERCOSUR"],
        id="pt-adjective-after-noun",
    ),
    pytest.param(
        "A Comunidade dos Países de Língua Portuguesa reuniu-se em Lisboa. Outra organização regional enviou "
        "observadores, uma nova organização foi proposta e as organizações internacionais aplaudiram.",
        [],
        id="pt-other-new-plural",
    ),
    # German: every noun has a capital; the genitive "-es" and a declined adjective belong to the span.
    pytest.param(
        "Die NATO hat in Den Haag getagt. Die Mitglieder des [[Bündnisses]] einigten sich auf höhere Ausgaben, und "
        "das [[westliche Bündnis]] wächst weiter.",
        ["org:NATO", "org:NATO"],
        id="de-buendnis-genitive-adjective",
    ),
    pytest.param(
        "Die Vereinten Nationen feiern ihr Jubiläum in New York. Die [[Weltorganisation]] zählt heute 193 Mitglieder.",
        ["org:UN"],
        id="de-weltorganisation",
    ),
    pytest.param(
        "Die GUS wurde 1991 gegründet. Georgien verließ die [[Gemeinschaft]] im Jahr 2009, und der [[Staatenbund]] "
        "verlor damit ein Mitglied.",
        ["org:CIS", "org:CIS"],
        id="de-gemeinschaft-staatenbund",
    ),
    pytest.param(
        "Die Arabische Liga tagte in Kairo. Heute hat die [[Organisation]] Beobachterstatus bei vielen Gremien.",
        ["org:LAS"],
        id="de-noun-after-is-no-name",
    ),
    pytest.param(
        "Die OSZE beobachtet die Wahlen in Wien. Eine andere Organisation lehnte ab, die andere Organisation ebenso, "
        "die internationale Gemeinschaft schwieg, und die Organisation Amerikanischer Staaten schickte Beobachter.",
        [],
        id="de-other-international-another-name",
    ),
    pytest.param(
        "Die OSZE beobachtet die Wahlen in Wien. Es fehlt an Organisation und Geld, sagte der Sprecher der OSZE.",
        [],
        id="de-bare-noun-is-no-english-attributive",
    ),
    pytest.param(
        "Die Europäische Union verhängt neue Sanktionen. Die Union aus CDU und CSU stimmte im Bundestag zu.",
        [],
        id="de-union-is-not-the-eu",
    ),
    # Ukrainian: no articles; the generic noun in lower case too; a dash or "є" makes a predicate.
    pytest.param(
        "ОДКБ провела навчання в Казахстані. Генеральний секретар [[Організації]] заявив, що інша організація не "
        "запрошена.",
        ["org:CSTO"],
        id="uk-organizatsiya-other",
    ),
    pytest.param(
        "ГУАМ — регіональна організація, створена 1997 року в Страсбурзі. Міжнародні організації її підтримали, а "
        "[[організація]] провела саміт у Києві.",
        ["org:GUAM"],
        id="uk-predicate-plural",
    ),
    pytest.param(
        "НАТО провело навчання в Польщі. [[Альянс]] посилив східний фланг, а інший альянс лише стежив.",
        ["org:NATO"],
        id="uk-alyans-other",
    ),
    pytest.param(
        "Європейський Союз запровадив нові санкції. Рішення [[Союзу]] підтримали всі держави-члени.",
        ["org:EU"],
        id="uk-soyuz",
    ),
    pytest.param(
        "Парламентська асамблея Ради Європи обговорила трибунал. Генеральна Асамблея ООН ще у 2022 році визнала "
        "відповідальність Росії. Наступну сесію [[Асамблея]] проведе у Страсбурзі.",
        ["org:PACE"],
        id="uk-cue-strasbourg",
    ),
    # Belarusian.
    pytest.param(
        "АДКБ правяла вучэнні ў Беларусі. Чарговае пасяджэнне Савета міністраў замежных спраў [[Арганізацыі]] "
        "пройдзе ў Расіі, а іншая арганізацыя не запрошана.",
        ["org:CSTO"],
        id="be-arhanizatsyya-council-other",
    ),
    pytest.param(
        "Еўразійскі эканамічны саюз пашырае гандаль з Іранам, з якім [[Саюз]] летась падпісаў пагадненне. "
        "Тавараабарот унутры [[Саюза]] вырас, і міжнародныя арганізацыі гэта адзначылі.",
        ["org:EAEU", "org:EAEU"],
        id="be-sayuz-relative-plural",
    ),
    pytest.param(
        "Садружнасць Незалежных Дзяржаў адзначыла юбілей у Мінску. Да [[Садружнасці]] далучыліся новыя партнёры.",
        ["org:CIS"],
        id="be-sadruzhnasts",
    ),
    # Turkic languages: the case ending belongs to the span, the subject before the noun makes no name.
    pytest.param(
        "ШЫҰ саммиті Астанада өтті. Қазақстан [[Ұйымның]] жұмысына белсене қатысады, ал басқа ұйым шақырылмады.",
        ["org:SCO"],
        id="kk-uiym-other",
    ),
    pytest.param(
        "Еуразиялық экономикалық одақ сауданы кеңейтті. Былтыр [[одаққа]] жаңа серіктестер қосылды.",
        ["org:EAEU"],
        id="kk-odaq-lower",
    ),
    pytest.param(
        "Turkiy davlatlar tashkiloti sammiti Samarqandda o‘tdi. O‘zbekiston [[tashkilotga]] 2019-yilda a’zo bo‘lgan. "
        "Boshqa tashkilot esa kuzatuvchi.",
        ["org:OTS"],
        id="uz-tashkilot-other",
    ),
    pytest.param(
        "ShHT — xalqaro tashkilot. [[Tashkilot]] 2001-yilda tuzilgan.",
        ["org:SCO"],
        id="uz-predicate",
    ),
    pytest.param(
        "Qoşulmama Hərəkatı 1961-ci ildə Belqradda yaradılıb. Azərbaycan [[Hərəkata]] 2011-ci ildə qoşulub, başqa "
        "təşkilat isə yox.",
        ["org:NAM"],
        id="az-herekat-other",
    ),
    pytest.param(
        "Ərzaq və Kənd Təsərrüfatı Təşkilatı (FAO) ilə İslam Əməkdaşlıq Təşkilatı əməkdaşlıq edir.",
        [],
        id="az-possessive-heads-a-name",
    ),
    # Russian, which shares the dash as copula.
    pytest.param(
        "БРИКС — межгосударственное объединение. Саммит [[объединения]] прошёл в Казани.",
        ["org:BRICS"],
        id="ru-dash-predicate",
    ),
]


@pytest.mark.parametrize(("marked", "ids"), CASES)
def test_anaphors_and_non_anaphors(marked: str, ids: list[str]) -> None:
    text, spans = _unmarked(marked)
    assert len(spans) == len(ids)
    expected = [(surface, start, body) for (surface, start), body in zip(spans, ids, strict=True)]
    assert _anaphors(text) == expected


def test_names_are_the_same_with_the_option() -> None:
    """The new languages only add anaphors: the named mentions stay as they were."""
    text = "Die NATO hat in Den Haag getagt. Das Bündnis wächst, und Russland protestiert."
    plain = extract(text)
    assert [m for m in extract(text, anaphora=True) if m.matched_by != "anaphora"] == list(plain)
