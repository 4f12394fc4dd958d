"""How a name changes in running text, declared per language.

Gazetteers list names in their base form ("Армения", "Ресей", "Vereinte Nationen", "الصين").
Texts inflect them: "Армении", "Ресейдің", "der Vereinten Nationen", "بالصين". Each language's
rules are one `Morphology` entry in `RULES`, read by the matcher in two places:

- building: a listed word may lose a base ending and be stored as its stem ("армения" ->
  "армени"); such a word is then found only with one of the language's ``endings`` after the
  stem ("Армении", "Арменией"), so the bare stem ("Чехи" of "Чехия") is a demonym, not a name;
- reading text: a word is its stem plus nothing, or plus one of ``endings`` (after a stem) or
  ``bare_endings`` (after a word listed as it is: "Ресей" + "дің"); endings are part of the span.

Prefixes are joined words in front of a name and stay outside its span (Arabic "و" in
"وروسيا"). A language written without spaces (Chinese) has no word boundaries at all: a name
is found by its characters alone. Languages without a rule (English, Spanish, French,
Portuguese) match names as listed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Morphology:
    """One language's rules; see the module docstring."""

    stem_endings: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()
    bare_endings: tuple[str, ...] = ()
    #: Letters a stem keeps at least; ``short_stem`` after the endings in ``short_stem_endings``.
    min_stem: int = 4
    short_stem: int = 4
    short_stem_endings: frozenset[str] = frozenset()
    #: Which words of a listed name lose their base ending: every word (Russian), or all but the
    #: last, where German adjectives decline and the head noun keeps its listed form.
    stems: Literal["every_word", "all_but_last"] = "every_word"
    #: Which words of a listed name take ``bare_endings``: every word (Russian nouns decline inside a
    #: name; a German head noun may stand first: "des Rates der EU"), or only the last, where Turkic and
    #: Armenian endings join a whole noun phrase ("Біріккен Ұлттар Ұйымының").
    bare_endings_on: Literal["every_word", "last_word"] = "every_word"
    prefixes: tuple[str, ...] = ()
    #: Whether an ending may follow a hyphen (Kazakh "ШЫҰ-дағы", Armenian "ՀԱՊԿ-ի"); it is then part of the span.
    hyphenated_endings: bool = False
    #: What may stand between a name and such an ending: a hyphen, and where the language writes it so (the
    #: Turkish way, in Azerbaijani and Uzbek), an apostrophe ("TDT'nin", "BRICS’да").
    ending_marks: str = "-"
    #: Endings read only after such a mark: a lone vowel joined to a word would end too many of them
    #: (Azerbaijani "ATƏT-i", "KTMT-u", the accusative after a consonant).
    marked_endings: tuple[str, ...] = ()
    spaced: bool = True
    #: Letters written differently for the same name, folded before comparing (Arabic alef forms).
    folds: dict[str, str] = field(default_factory=dict)
    #: Nouns in -а whose last consonant changes before the dative and locative ending: the end of the listed
    #: word and what replaces it there (Belarusian "Мексіка" -> "Мексіцы", "Рада" -> "Радзе"). `alternated`.
    alternations: dict[str, str] = field(default_factory=dict)
    #: Letters a text may write as others, so a name is also looked up with them replaced: in capitals the
    #: Azerbaijani "ı" is "I", which folds to "i" ("DÜNYA BANKI"), and posts typed without its keyboard write
    #: "i" too. Only the listed name's own letters: an ending is read as written. `respelled`.
    respellings: dict[str, str] = field(default_factory=dict)
    #: Words written joined after a name that are no part of it (Tajik "-у"/"-ву", "and": "Русияву" is "Русия
    #: and"): found like a bare ending, left outside the span, as ``prefixes`` are before it.
    joined_after: tuple[str, ...] = ()
    #: The script whose acronyms, listed in any language, this language joins its own endings to without a mark
    #: (Kyrgyz "ОПЕКтин", "МАГАТЭнин" of the Russian letters; Uzbek "OPECning"): such an acronym in capitals,
    #: with one of its endings joined in lower case, is read as if listed in this language too.
    borrows_acronyms: Literal["", "Cyrillic", "Latin"] = ""


# Nouns in -ія/-ия keep their і/и in the stem ("Японі-ї", "Японі-єю", "Армени-и"), as the case endings begin after it.
_SLAVIC_BASE = ("ый", "ий", "ій", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "а", "я", "о", "е", "ы", "и", "і", "ь", "й")
_RUSSIAN_CASES = (
    "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ов", "ев", "ую",
    "юю", "ая", "яя", "ое", "ее", "ью", "ые", "ие", "ых", "их", "ым", "им", "ый", "ий", "ою", "ею", "ого", "его", "ому",
    "ему", "ыми", "ими", "ами", "ями",
)  # fmt: skip
# Nouns in -сь keep the с in their endings (Білору-сі, Білору-ссю, Беларусь: Белару-сі): stemmed as "Білорусь", they
# would meet the endings of the demonym written with the same letters ("білорус-и", "білорус-ів", "беларус-аў").
_SOFT_S_BASE = ("сь",)
_UKRAINIAN_CASES = (
    "сі", "ссю",  # of a noun in -сь
    "сю",  # the instrumental of a soft-sign noun doubles its consonant: Білорусь -> Білоруссю
    "ові", "еві", "єві",  # the other dative of masculine nouns: Казахстанові, Ізраїлеві, Китаєві
    "а", "я", "у", "ю", "і", "ї", "е", "є", "о", "и", "й", "ь", "ом", "ем", "єм", "ою", "ею", "єю", "ам", "ям", "ах",
    "ях", "ів", "їв", "ей", "ий", "ій", "ої", "ьої", "ьою", "ого", "ього", "ому", "ьому", "им", "ім", "их", "іх", "ими",
    "іми", "ами", "ями", "у", "ую", "юю", "а", "і",
)  # fmt: skip
_BELARUSIAN_CASES = (
    "а", "я", "у", "ю", "ы", "і", "е", "о", "ь", "й", "ай", "яй", "ой", "ёй", "ам", "ям", "ах", "ях", "аў", "яў", "ей",
    "ым", "ім", "ых", "іх", "ымі", "імі", "амі", "ямі", "ага", "яга", "аму", "яму", "ую", "юю", "ая", "яя", "ае", "яе",
    "сі", "ссю", "сьсю",  # of a noun in -сь: Беларусі, Беларуссю, taraškevica Беларусьсю
    "сю", "ьсю",  # the instrumental of a soft-sign noun doubles its consonant
    "ем", "аю", "яю",  # the instrumental after й and the longer feminine one: Кітаем, Расіяю
    # Plural adjectives in -ыя/-ія keep their ы/і in the stem, as nouns in -ія do: Аб'яднаны-мі Арабскі-мі, -х, -м.
    "мі", "х",
)  # fmt: skip
_KAZAKH = (
    "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "а", "е", "на", "не", "ны", "ні", "ды", "ді",
    "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
    "менен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ға", "лар", "лер", "дар", "дер", "тар", "тер", "дай",
    "дей", "ша", "ше", "ға", "ның", "ныңда", "на",
    # The possessive after a vowel, alone and before a case ending: "Азияның ЕҚЫҰ-сы" (the OSCE of Asia),
    # "НАТО-сының". After a consonant it is the bare -ы/-і, left out: it would read demonyms and words.
    "сы", "сі", "сының", "сінің", "сына", "сіне", "сын", "сін", "сында", "сінде", "сынан", "сінен",
)  # fmt: skip
_KYRGYZ = (
    "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн", "га", "ге", "го", "гө", "ка",
    "ке", "ко", "кө", "а", "е", "на", "не", "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү", "да",
    "де", "до", "дө", "та", "те", "то", "тө", "нда", "нде", "дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн",
    "нан", "нен", "менен", "дагы", "деги", "догу", "дөгү", "тагы", "теги", "н",
    # The possessive after a vowel, as in Kazakh: "Азиянын НАТОсу" (the NATO of Asia), "НАТОсунун".
    "сы", "си", "су", "сү", "сынын", "синин", "сунун", "сүнүн", "сына", "сине", "суна", "сүнө", "сын", "син", "сун",
    "сүн", "сында", "синде", "сунда", "сүндө", "сынан", "синен", "сунан", "сүнөн",
)  # fmt: skip
_UZBEK_LATIN = (
    "ning", "ni", "ga", "ka", "qa", "da", "dan", "dagi", "ga", "lar", "larning", "day", "cha", "ning",
    "dir",  # the predicate "is": "eng yirik investor Xitoydir"
    "mi",  # the question particle, joined: "ShHTmi yoki BRICSmi?"
    "gacha", "dek",  # "up to" and "like": "Rossiyagacha", "Xitoydek"
    # The possessive after a vowel, as in Kazakh: "Osiyoning NATOsi" (the NATO of Asia), "NATOsining".
    "si", "sining", "siga", "sini", "sida", "sidan", "sidagi",
)
_UZBEK_CYRILLIC = (
    "нинг", "ни", "га", "ка", "қа", "да", "дан", "даги", "лар", "ларнинг", "дай", "ча",
    "дир",  # the predicate "is": "асосчилари ... Ўзбекистондир"
    "ми",  # the question particle, joined: "ШҲТми ёки ТДТми?"
    "гача", "дек",  # "up to" and "like": "Россиягача", "Хитойдек"
    "си", "сининг", "сига", "сини", "сида", "сидан", "сидаги",  # the possessive after a vowel: "НАТОси"
)  # fmt: skip
# The single vowels "i" and "u" are left out: on names spelt as in English they make demonyms ("Iraqi",
# "Omani"). The dative "a"/"ə" ("Azərbaycana", "BRICS-ə") and the accusative "ı"/"ü" make no English word.
_AZERBAIJANI = (
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "na", "nə", "nı", "ni", "nu", "nü", "da", "də", "nda", "ndə", "dan", "dən", "ndan", "ndən", "la", "lə", "yla", "ylə", "dakı", "dəki",
    "ndakı", "ndəki", "yı", "yi", "yu", "yü", "a", "ə", "ı", "ü",
    "dır", "dir", "dur", "dür",  # the predicate "is": "sülhün təminatçısı Azərbaycandır", "ATƏT-dir"
    # The possessive after a vowel, as in Kazakh: "Asiyanın NATO-su" (the NATO of Asia), "NATO-sunun".
    "sı", "si", "su", "sü", "sının", "sinin", "sunun", "sünün", "sına", "sinə", "suna", "sünə", "sını", "sini", "sunu",
    "sünü", "sında", "sində", "sunda", "sündə", "sından", "sindən", "sundan", "sündən",
)  # fmt: skip
# Not "-у"/"-ву" ("and", joined: "Эрону Покистон", "Русияву Чин"): a separate word, outside the span, which
# an ending would take into it. Not "-ӣ" and "-ии" after a bare name either: "-ӣ" makes the adjective ("чинӣ",
# "эронӣ", "тоҷикистонӣ": Chinese, Iranian, Tajikistani), "-ии" the adjective before its noun.
_TAJIK = ("и", "ро", "е", "ҳо", "ю", "ио")
# A word in -ӣ writes и before an ending ("Созмони Ҳамкории Иқтисодӣ" -> "Иқтисодиро", "Арабистони Саудии"):
# stored as the stem without -ӣ, it takes these; plain "и" is also the -ӣ of posts typed without the Tajik
# keyboard ("Арабистони Сауди").
_TAJIK_AFTER_I = ("и", "ии", "иро", "ие", "иҳо")
# Not "յան" after a whole name: it makes the adjectives "հայաստանյան", "ռուսաստանյան", "վրաստանյան" ("of
# Armenia", "Armenia-based"), which are no mentions; the genitive in -յան is that of nouns in -ություն (below).
_ARMENIAN = (
    "ի", "ը", "ն", "ում", "ից", "ով", "ին", "ներ", "ների", "յի", "յում", "յից", "յով", "յին", "ան", "ու", "ուն",
    "ուց", "ով", "ային", "ում",
)  # fmt: skip
# Nouns in -ություն change their last vowel in the genitive, dative and instrumental
# ("միություն" -> "միության", "միությանը", "միությամբ"): stored as the stem in -ությ.
_ARMENIAN_AFTER_STEM = ("յան", "յանը", "յանն", "յամբ", "յունը", "յունն", "յունից", "յունում", "յունով")
# Postpositions join the genitive: "-თან" (with), "-გან" (from), "-კენ" (towards) after "-ის"/"-ს"
# ("უკრაინასთან", "რუსეთისგან"), also in the fuller form of formal texts ("საქართველოსათვის", "რუსეთისაგან");
# "-მდე" (up to) and "-ვით" (like) join the nominative ("ნატომდე", "რუსეთივით", "ნატოსავით").
_GEORGIAN_CASES = ("ი", "ის", "ს", "ში", "ზე", "თან", "ით", "ად", "მა", "მ", "დან", "იდან", "ისთვის", "სთვის", "თვის", "ისა",
                   "სა", "თი", "ისთან", "სთან", "ისგან", "სგან", "ისკენ", "სკენ", "ისათვის", "სათვის", "ისაგან", "საგან",
                   "ისაკენ", "საკენ", "მდე", "ივით", "სავით")  # fmt: skip


def _also(endings: tuple[str, ...]) -> tuple[str, ...]:
    """Georgian "-ც" (also, too) after any case form, with -ა- after a consonant: "რუსეთმაც", "ნატოშიც", "აშშ-იც"."""
    return tuple(ending + ("ც" if ending[-1] in "აეიოუ" else "აც") for ending in endings)


_GEORGIAN = (*_GEORGIAN_CASES, *_also(_GEORGIAN_CASES), "ც")  # "ც" alone after a vowel: "ნატოც", "საქართველოც"
_GEORGIAN_A_CASES = ("ას", "აში", "აზე", "ასთან", "ასთვის", "ამ", "ასა", "ამდე", "ასგან", "ასკენ", "ასათვის", "ასავით")  # fmt: skip
_GEORGIAN_AFTER_A = (*_GEORGIAN_A_CASES, *_also(_GEORGIAN_A_CASES), "აც")  # "უკრაინაც", "უკრაინამაც"

RULES: dict[str, Morphology] = {
    "ru": Morphology(
        # Nouns in -сь keep their с ("Беларусь" -> "Беларуси", "Беларусью"): stemmed before it, the demonyms
        # "беларусы", "беларусам" would read as the country.
        stem_endings=_SOFT_S_BASE + _SLAVIC_BASE,
        endings=_RUSSIAN_CASES + ("си", "сью"),
        bare_endings=_RUSSIAN_CASES,
        short_stem=3,
        # Nouns in -а/-я and adjectives always decline, so their stems may be as short as three letters
        # ("Куба"/"Кубы", "Лига"/"Лиги", "Новый"/"Нового"); other stems keep four ("Мали"/"Мало").
        short_stem_endings=frozenset(["а", "я", "ый", "ий", "ой", "ая"]),
    ),
    "uk": Morphology(
        stem_endings=_SOFT_S_BASE + _SLAVIC_BASE,
        endings=_UKRAINIAN_CASES,
        bare_endings=_UKRAINIAN_CASES,
        short_stem=3,
        # Adjectives in -ий always decline, so their stems may be as short as three letters ("Новий"/"Нового").
        short_stem_endings=frozenset(["а", "я", "ий"]),
        alternations={"ка": "ці", "га": "зі", "ха": "сі"},
    ),
    "be": Morphology(
        stem_endings=_SOFT_S_BASE + _SLAVIC_BASE + ("ая", "ае"),
        endings=_BELARUSIAN_CASES,
        bare_endings=_BELARUSIAN_CASES,
        short_stem=3,
        # Adjectives in -ы always decline, so their stems may be as short as three letters ("Новы"/"Новага").
        short_stem_endings=frozenset(["а", "я", "ая", "ы"]),
        # Initial у is written ў after a vowel ("абмяркоўвалі Ўкраіну"), and ў is у after a consonant.
        folds={"ў": "у"},
        # The locative of a masculine head noun in т or д softens it too: "у Савеце Бяспекі ААН", "у Міжнародным
        # судзе", "у Еўрапарламенце", "у Кувейце". The two-letter endings are tried first.
        alternations={"ка": "цы", "га": "зе", "ха": "се", "да": "дзе", "та": "це", "т": "це", "д": "дзе"},
    ),
    # German: adjectives inside a name decline ("der Vereinten Nationen"); the head noun takes only
    # the genitive or dative ending ("Russlands", "den Emiraten"), never -er, which makes demonyms. The
    # head noun may stand first, before the words that complete it: its genitive is there too ("des
    # Sicherheitsrates der Vereinten Nationen", "des Staates Israel", "des Verbands Südostasiatischer Nationen").
    "de": Morphology(
        stem_endings=("e", "er", "es"),
        endings=("e", "en", "er", "es", "em"),
        bare_endings=("s", "es", "n"),
        stems="all_but_last",
        bare_endings_on="every_word",
    ),
    "kk": Morphology(bare_endings=_KAZAKH, min_stem=3, hyphenated_endings=True, bare_endings_on="last_word"),
    # Kyrgyz drops a Russian soft sign before a suffix: "Беларусь" -> "Беларустун".
    "ky": Morphology(
        stem_endings=("ь",), endings=_KYRGYZ, bare_endings=_KYRGYZ, min_stem=3, hyphenated_endings=True,
        bare_endings_on="last_word", borrows_acronyms="Cyrillic",
    ),
    "uz": Morphology(
        bare_endings=_UZBEK_LATIN, min_stem=3, hyphenated_endings=True, ending_marks="-'’", bare_endings_on="last_word",
        borrows_acronyms="Latin",
    ),
    "uz-Cyrl": Morphology(
        bare_endings=_UZBEK_CYRILLIC, min_stem=3, hyphenated_endings=True, ending_marks="-'’", bare_endings_on="last_word",
        borrows_acronyms="Cyrillic",
    ),
    "az": Morphology(
        bare_endings=_AZERBAIJANI, min_stem=3, hyphenated_endings=True, ending_marks="-'’", bare_endings_on="last_word",
        respellings={"ı": "i"}, marked_endings=("i", "u"),
    ),
    # Posts typed on a Russian keyboard write the Tajik letters as their plain Cyrillic neighbours
    # ("Точикистон", "Хиндустон", "Созмони Хамкории Шанхай").
    "tg": Morphology(
        stem_endings=("ӣ",), endings=_TAJIK_AFTER_I, bare_endings=_TAJIK, min_stem=3, hyphenated_endings=True,
        joined_after=("у", "ву"),
        respellings={"Ҷ": "Ч", "ҷ": "ч", "Қ": "К", "қ": "к", "Ӯ": "У", "ӯ": "у", "Ҳ": "Х", "ҳ": "х", "Ӣ": "И", "ӣ": "и",
                     "Ғ": "Г", "ғ": "г"},
    ),
    "hy": Morphology(
        stem_endings=("յուն",), endings=_ARMENIAN_AFTER_STEM, bare_endings=_ARMENIAN, min_stem=3,
        hyphenated_endings=True, bare_endings_on="last_word",
    ),
    # Georgian nouns in -ი lose it before a case ending ("რუსეთი" -> "რუსეთის"); nouns in -ა before some.
    "ka": Morphology(
        stem_endings=("ი", "ა"), endings=_GEORGIAN + _GEORGIAN_AFTER_A, bare_endings=_GEORGIAN, min_stem=3,
        hyphenated_endings=True,
    ),
    # Arabic joins "and", "so", "in/with", "to/for" and "like" to the next word, and writes alef with or
    # without hamza. Names that begin with the article also appear as "للصين" (ل + الصين): see the matcher.
    # Final ة is typed ه in posts and Gulf and Egyptian writing ("الأمم المتحده", "جامعة الدول العربيه"), and
    # Egyptian papers write final ي as ى ("صندوق النقد الدولى", "الاتحاد الأوروبى"): both are folded.
    "ar": Morphology(
        prefixes=("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"),
        folds={"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"},
    ),
    "zh": Morphology(spaced=False),
    "zh-Hant": Morphology(spaced=False),
    "ja": Morphology(spaced=False),
}

#: Letter folds of every language, applied to gazetteer and text alike (they keep the length).
LETTER_FOLDS: dict[str, str] = {a: b for rule in RULES.values() for a, b in rule.folds.items()}


def _folded(ending: str) -> str:
    """An ending as it stands in folded text (`orgmentions.folding`): Belarusian "яў" is read as "яу"."""
    for char, folded in [("ё", "е"), *LETTER_FOLDS.items()]:
        ending = ending.replace(char, folded)
    return ending


#: Every ending of any language, as folded text has it, to the languages that take it after a stem and after a
#: bare word.
ENDINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
for _lang, _rule in RULES.items():
    # A stem takes back the ending it lost: the listed (nominative) form is a form of the name too.
    _after_stem = {_folded(ending) for ending in (*_rule.endings, *_rule.stem_endings)}
    _after_bare = {_folded(ending) for ending in (*_rule.bare_endings, *_rule.joined_after)}
    for _ending in _after_stem | _after_bare:
        after_stem, after_bare = ENDINGS.get(_ending, (frozenset(), frozenset()))
        ENDINGS[_ending] = (
            after_stem | ({_lang} if _ending in _after_stem else set()),
            after_bare | ({_lang} if _ending in _after_bare else set()),
        )
LONGEST_ENDING = max(map(len, ENDINGS))
#: Endings that some language writes after a hyphen: a Latin acronym takes them in that language's text.
HYPHENATED_ENDINGS: frozenset[str] = frozenset(
    _folded(ending) for rule in RULES.values() if rule.hyphenated_endings for ending in rule.bare_endings + rule.endings
)
#: Every mark that joins an ending to a name in some language (`Morphology.ending_marks`): a hyphen, apostrophes.
ENDING_MARKS: tuple[str, ...] = tuple(sorted({mark for rule in RULES.values() for mark in rule.ending_marks}))
#: The endings an apostrophe may join to a Latin acronym of another language ("NATO'nun"): never the
#: English "'s", which is no ending of these languages.
APOSTROPHE_ENDINGS: frozenset[str] = frozenset(
    _folded(ending) for rule in RULES.values() if "'" in rule.ending_marks for ending in rule.bare_endings + rule.endings
)

#: The languages that join words after a name (`Morphology.joined_after`).
JOINED_AFTER_LANGS = frozenset(lang for lang, rule in RULES.items() if rule.joined_after)
#: By script, the languages that join their endings to acronyms listed in other languages (`Morphology.borrows_acronyms`).
ACRONYM_BORROWERS: dict[str, tuple[str, ...]] = {
    script: tuple(sorted(lang for lang, rule in RULES.items() if rule.borrows_acronyms == script))
    for script in ("Cyrillic", "Latin")
}
PREFIX_LANGS: dict[str, frozenset[str]] = {}
for _lang, _rule in RULES.items():
    for _prefix in _rule.prefixes:
        PREFIX_LANGS[_prefix] = PREFIX_LANGS.get(_prefix, frozenset()) | {_lang}


@functools.cache
def rule_for(lang: str | None) -> Morphology | None:
    """The rules of a language tag ("uz-Cyrl"), else of its language ("zh-Hans" -> "zh"), else None."""
    if lang is None:
        return None
    return RULES.get(lang) or RULES.get(lang.split("-")[0])


def stem(word: str, lang: str | None, last: bool) -> tuple[str, bool]:
    """The stem a folded listed word is stored as, and whether it lost an ending for it.

    ``last``: the word ends its name (German keeps its head noun as listed).
    """
    rule = rule_for(lang)
    if rule is None or not rule.stem_endings or (last and rule.stems == "all_but_last"):
        return word, False
    for ending in sorted(rule.stem_endings, key=len, reverse=True):
        shortest = rule.short_stem if ending in rule.short_stem_endings else rule.min_stem
        if word.endswith(_folded(ending)) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)], True
    return word, False


_WORD = re.compile(r"\w+")


def alternated(text: str, lang: str | None) -> list[str]:
    """A listed name with its head noun in the dative and locative form, whose consonant alternates.

    "Рэспубліка Казахстан" -> "Рэспубліцы Казахстан", "Рада Бясьпекі ААН" -> "Радзе Бясьпекі ААН",
    Ukrainian "Мексика" -> "Мексиці": no ending rule derives them, so the matcher looks such a name up by
    these forms too. Which word is the head is not written anywhere: it may stand first ("Савет
    супрацоўніцтва краін Персідскага заліва") or last ("Азербайджанська Республіка"), so each word that may
    alternate gives one form; the forms of the other words are never written and cost only a trie entry.
    Acronyms keep their letters.
    """
    rule = rule_for(lang)
    if rule is None or not rule.alternations:
        return []
    forms: list[str] = []
    for word in _WORD.finditer(text):
        written = word[0]
        # The first part of a compound does not decline: "у Коста-Рыцы".
        if written.isupper() or text.startswith("-", word.end()):
            continue
        for end, replacement in rule.alternations.items():
            if written.endswith(end) and len(written) - len(end) >= 2:
                forms.append(text[: word.end() - len(end)] + replacement + text[word.end() :])
                break
    return forms


def respelled(text: str, lang: str | None) -> list[str]:
    """A listed name as its language may also write it (`Morphology.respellings`): "Dünya Bankı" -> "Dünya Banki"."""
    rule = rule_for(lang)
    if rule is None or not rule.respellings or not any(letter in text for letter in rule.respellings):
        return []
    for letter, other in rule.respellings.items():
        text = text.replace(letter, other)
    return [text]


def joined_after(written: str, listed: str, langs: frozenset[str]) -> int:
    """How many letters at the end of the text word ``written`` are a word joined after the ``listed`` word
    (`Morphology.joined_after`), which the span leaves out; 0 if none.

    ``langs``: the languages the text word may be read in. Where one of them reads those letters as an
    ending of the name (Ukrainian "Непалу", of Nepal), they stay in the span.
    """
    if not langs or not langs <= JOINED_AFTER_LANGS or len(written) <= len(listed):
        return 0
    written, listed = written.lower(), listed.lower()
    joined = {
        len(word)
        for lang in langs
        for word in rule_for(lang).joined_after  # type: ignore[union-attr]
        if written == listed + word
    }
    return joined.pop() if len(joined) == 1 else 0


def ending_langs(ending: str, stemmed: frozenset[str], bare: frozenset[str]) -> frozenset[str]:
    """The languages in which a text word may be a stored word plus ``ending``.

    ``stemmed``/``bare``: the languages for which the stored word is a stem, or a word listed
    as it is. An empty ending fits a bare word only.
    """
    if not ending:
        return bare
    after_stem, after_bare = ENDINGS.get(ending, (frozenset(), frozenset()))
    return (after_stem & stemmed) | (after_bare & bare)


def is_unspaced(lang: str | None) -> bool:
    rule = rule_for(lang)
    return rule is not None and not rule.spaced
