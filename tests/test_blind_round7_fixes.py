"""Fixes found by the seventh-round blind sets (be5, uk3, uz4, az4, ar4, hy4, pt3, de3, kk3, ky3, tg3),
each after those sets were scored at first contact. Every sentence was written for the test, in the
manner of the texts that failed, and failed before its fix.
"""

from __future__ import annotations

import pytest

from orgmentions import extract


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical_id) for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh "ақша" is money: a short acronym in lower case with a joined ending is a word, not АҚШ.
        ("Саммитте ақша мәселесі талқыланды, ал АҚШ-тың өкілі мен АҚШтың елшісі Ресеймен кездесті.", [
            ("АҚШ-тың", "country:USA"), ("АҚШтың", "country:USA"), ("Ресеймен", "country:RUS")]),
        # Portuguese and Spanish "usa" ("uses") is no USA; "the usa" in an English post still is.
        ("O Brasil usa a ONU como palco, e os EUA também.", [
            ("Brasil", "country:BRA"), ("ONU", "org:UN"), ("EUA", "country:USA")]),
        ("honestly the usa and russia never agree", [("usa", "country:USA"), ("russia", "country:RUS")]),
        # The US state in German.
        ("Die OSZE tagte, während im US-Bundesstaat Georgia gewählt wurde; Georgien war vertreten.", [
            ("OSZE", "org:OSCE"), ("US", "country:USA"), ("Georgien", "country:GEO")]),
    ],
)
def test_words_that_share_the_letters_of_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_the_word_before_a_lower_case_acronym_may_be_an_abbreviation() -> None:
    text = "ok fine: osce = 57 states incl. usa, canada, russia"
    assert found(text) == [("osce", "org:OSCE"), ("usa", "country:USA"), ("canada", "country:CAN"), ("russia", "country:RUS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # News call the DRC just "Congo": its own places and people decide, as Brazzaville's decide the Republic.
        ("Fighting in eastern Congo: M23 rebels near Goma. Congo accused Rwanda.", [
            ("Congo", "country:COD"), ("Congo", "country:COD"), ("Rwanda", "country:RWA")]),
        ("President Sassou Nguesso of Congo met Gabon's leaders.", [("Congo", "country:COG"), ("Gabon", "country:GAB")]),
        ("The Congo River floods every year.", []),
        # A letter with a number is no everyday word: "g7" in a post.
        ("саміт g7 і брикс обговорив санкції", [("g7", "org:G7"), ("брикс", "org:BRICS")]),
    ],
)
def test_bare_congo_and_lower_case_group_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An Azerbaijani headline: capital I is the capital of dotless ı, and folds to i.
        ("DÜNYA BANKI VƏ AVROPA ŞURASI QAZAXISTANA KÖMƏK EDİR", [
            ("DÜNYA BANKI", "org:WORLD_BANK"), ("AVROPA ŞURASI", "org:COE"), ("QAZAXISTANA", "country:KAZ")]),
        # A post that writes i for ı (a keyboard without it).
        ("Dünya Banki və Qazaxistan", [("Dünya Banki", "org:WORLD_BANK"), ("Qazaxistan", "country:KAZ")]),
        # The ending is read as written: no Azerbaijani "-ı" in an English demonym.
        ("Iraqi officials met in Iraq.", [("Iraq", "country:IRQ")]),
    ],
)
def test_azerbaijani_names_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_capital_that_another_language_calls_the_state_is_the_capital_in_english() -> None:
    # Azerbaijani calls Tunisia "Tunis"; in English, German and French text that is the capital.
    assert found("The talks were held in Tunis on Monday; Algeria sent its foreign minister.") == [
        ("Algeria", "country:DZA")]
    assert found("Tunis Respublikasının nümayəndəsi Bakıya gəldi.") == [("Tunis Respublikasının", "country:TUN")]
    # In Azerbaijani text, with its words around it, the bare name is the state; "Tunis şəhərində" the city.
    assert found("Tunisin xarici işlər naziri Tunis şəhərindəki limandan danışdı.") == [("Tunisin", "country:TUN")]


def test_the_who_in_portuguese_posts() -> None:
    assert found("a oms declarou o fim da emergência de saúde pública") == [("oms", "org:WHO")]
    assert found("O sistema OMS da empresa controla o estoque do armazém.") == []


def test_a_short_cyrillic_acronym_that_is_a_kyrgyz_word() -> None:
    # Kyrgyz "ири" is "big"; the Russian ИРИ (Islamic Republic of Iran) counts in capitals only.
    assert found("ири долбоорлор жана ИРИ менен кызматташтык") == [("ИРИ", "country:IRN")]
