"""Name forms that real public texts in each language write (read by annotators who never saw the
gazetteers; the texts stay outside the repository, their licences unknown): the sentences here are our own,
showing the same forms."""

from __future__ import annotations

import pytest

from conftest import expected_spans
from orgmentions import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian alternates і/й and в/у by sound; "співпраці" beside "співробітництва"; "Генасамблея" with the
        # UN's full name.
        ("Представник Організації з безпеки й співпраці у Європі виступив на сесії Генасамблеї Організації "
         "Об'єднаних Націй.", [
            ("Організації з безпеки й співпраці у Європі", "org:OSCE"),
            ("Генасамблеї Організації Об'єднаних Націй", "org:UNGA")]),
        # In a list of votes, Mali beside other states; "Ерітрея" as news spells it.
        ("Проти резолюції голосували Сирія, Малі, Нікарагуа та Ерітрея.", [
            ("Сирія", "country:SYR"), ("Малі", "country:MLI"), ("Нікарагуа", "country:NIC"), ("Ерітрея", "country:ERI")]),
        # ... but "Малі" before the nouns it qualifies stays the adjective (small), whatever stands beside it.
        ("Малі та середні підприємства України отримають гранти.", [("України", "country:UKR")]),
        ("Заяву підтримали Білорусь і Малі.", [("Білорусь", "country:BLR"), ("Малі", "country:MLI")]),
        # Arabic: Belarus as Arabic news and Wikipedia spell it.
        ("استقبل وزير الخارجية نظيره من بيلاروسيا في القاهرة.", [("بيلاروسيا", "country:BLR")]),
        # Azerbaijani: the Western European Union holds the EU's name; the Turkic Council's name before 2021.
        ("NATO, Avropa İttifaqı və Qərbi Avropa İttifaqı ilə əlaqələr", [("NATO", "org:NATO"), ("Avropa İttifaqı", "org:EU")]),
        ("Türkdilli Dövlətlərin Əməkdaşlıq Şurasının Baş katibi Bakıya gəlib.", [
            ("Türkdilli Dövlətlərin Əməkdaşlıq Şurasının", "org:OTS")]),
        # Armenian: Kyrgyzstan spelt with ը; the OSCE's long name in the genitive.
        ("Ղրղըզստանը և Ղազախստանը մասնակցեցին Եվրոպայի անվտանգության և համագործակցության կազմակերպության նիստին։", [
            ("Ղրղըզստանը", "country:KGZ"), ("Ղազախստանը", "country:KAZ"),
            ("Եվրոպայի անվտանգության և համագործակցության կազմակերպության", "org:OSCE")]),
        # Kyrgyz news forms of the Supreme Eurasian Economic Council, the EAEU and the CIS.
        ("Жогорку Евразия экономикалык кеңешинин (ЖЕЭК) жыйынында Евразия экономикалык бирлигинин жана Көз "
         "карандысыз мамлекеттер шериктештигинин келечеги талкууланды.", [
            ("Жогорку Евразия экономикалык кеңешинин", "org:SEEC"), ("ЖЕЭК", "org:SEEC"),
            ("Евразия экономикалык бирлигинин", "org:EAEU"), ("Көз карандысыз мамлекеттер шериктештигинин", "org:CIS")]),
    ],
)
def test_forms_real_texts_write(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.start, m.end, m.canonical_id) for m in extract(text).mentions]
    assert found == expected_spans(text, expected)
