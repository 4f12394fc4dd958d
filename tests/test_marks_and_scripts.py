"""Text as it really arrives: right-to-left marks, tatweel, Arabic presentation forms, full-width Latin,
Chinese punctuation, look-alike letters of another script inside a word. Nothing crashes, offsets are
those of the caller's string, and the README's "Marks, forms and look-alike letters" says what matches."""

from __future__ import annotations

import pytest

from orgmentions import extract

RLM, LRM, RLE, PDF, RLI, PDI = "\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Right-to-left marks and embeddings around a name stay outside its span.
        (f"وقال الوزير إن {RLM}روسيا{RLM} ستشارك في قمة {RLE}جامعة الدول العربية{PDF} المقبلة",
         [("روسيا", "country:RUS"), ("جامعة الدول العربية", "org:LAS")]),
        (f"{RLI}الأمم المتحدة{PDI} و{LRM}NATO{LRM}", [("الأمم المتحدة", "org:UN"), ("NATO", "org:NATO")]),
        # A direction mark is a boundary: inside a word it splits it.
        (f"زار الوزير رو{RLM}سيا أمس", []),
        # Tatweel stretches a word in headlines: read through, inside the span.
        ("عاجل: روســيا تدعو مجلس الأمــن الدولي إلى الانعقاد",
         [("روســيا", "country:RUS"), ("مجلس الأمــن الدولي", "org:UNSC")]),
        # So is a soft hyphen, where a word may break.
        ("Ka\u00adzakh\u00adstan and the United Na\u00adtions", [("Ka\u00adzakh\u00adstan", "country:KAZ"),
                                                           ("United Na\u00adtions", "org:UN")]),
        # Vowel marks are letters here: they are how news tells Oman ("عُمان") from Amman ("عمان", "عمّان").
        ("وزير خارجية عُمان يصل إلى عمان ثم يغادر عمّان إلى الرياض",
         [("عُمان", "country:OMN")]),
        # Arabic presentation forms (text copied from old PDFs) are read as the letters they stand for.
        ("ﺭﻭﺳﻴﺎ ﻭﺍﻟﺼﻴﻦ", [("ﺭﻭﺳﻴﺎ", "country:RUS"), ("ﺍﻟﺼﻴﻦ", "country:CHN")]),
        # Full-width Latin letters, as Chinese and Japanese keyboards type them.
        ("ＮＡＴＯ秘书长与ＵＮ代表会晤", [("ＮＡＴＯ", "org:NATO"), ("ＵＮ", "org:UN")]),
        ("关注 #ＢＲＩＣＳ 话题", [("#ＢＲＩＣＳ", "org:BRICS")]),
        # Chinese punctuation: full-width brackets, the enumeration comma, corner and book-title marks.
        ("（北约）、「联合国」和《联合国宪章》", [("北约", "org:NATO"), ("联合国", "org:UN"), ("联合国", "org:UN")]),
        # A Latin look-alike letter inside a Cyrillic word (and the other way round) hides the word; the rest
        # of the text is read as ever.
        ("Кaзахстан и Россия подписали соглашение", [("Россия", "country:RUS")]),
        ("Russiа and Kazakhstan signed", [("Kazakhstan", "country:KAZ")]),
        ("NATOвские базы", []),
    ],
)
def test_marks_forms_and_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract(text).mentions
    spans, position = [], 0
    for surface, canonical_id in expected:
        start = text.index(surface, position)
        spans.append((start, start + len(surface), canonical_id))
        position = start + len(surface)
    assert [(m.start, m.end, m.canonical_id) for m in found] == spans
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        RLM * 50,
        "ـ" * 100,
        "\ufdfa\ufdfb\ufefb\ufef5",  # presentation-form ligatures that stand for several letters
        "ﷺ روسيا",
        "\u200f\u0640\u00ad",
        "Ｒ" + RLM + "ｕｓｓｉａ",
        "а" * 3 + "a" * 3,
        "中" + "\u3000" * 10 + "（）《》",
    ],
)
def test_nothing_crashes_and_offsets_hold(text: str) -> None:
    for mention in extract(text).mentions:
        assert text[mention.start : mention.end] == mention.text
