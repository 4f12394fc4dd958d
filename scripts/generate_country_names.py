"""Generate the country names of every added language from CLDR, with reviewed hand fixes.

Writes ``gazetteers/languages/<lang>/countries.yaml`` (aliases files: one entry per country of
``gazetteers/countries.yaml``) from:

1. CLDR territory names, read through ``babel`` (the version is recorded in every output file);
2. ``scripts/country_name_fixes.yaml``: what CLDR gets wrong or lacks, each fix with its reason,
   the UNTERM short and formal names (Chinese, Arabic) taken as facts from the public-domain
   ``datasets/country-codes`` table, the traditional-character forms of the Chinese names, and the
   names of languages named after a state (Chinese "西班牙语"), which are not-mentions of it.

Run from anywhere:

    python scripts/generate_country_names.py            # rewrite the files
    python scripts/generate_country_names.py --check    # exit 1 with a diff if they differ

babel is a development-time tool only; the library reads the generated YAML.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import babel
import yaml
from babel import Locale
from babel.core import get_cldr_version, get_global

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_files import write_or_check  # noqa: E402
COUNTRIES = ROOT / "gazetteers" / "countries.yaml"
FIXES = Path(__file__).resolve().parent / "country_name_fixes.yaml"
OUTPUT = ROOT / "gazetteers" / "languages"

#: Gazetteer language tag -> the CLDR locales whose names it takes, main locale first.
#: Portuguese takes Brazil's names and adds Portugal's where they differ ("Polônia"/"Polónia").
LANGUAGES: dict[str, list[str]] = {
    "pt": ["pt", "pt_PT"],
    "de": ["de"],
    "uk": ["uk"],
    "be": ["be"],
    "kk": ["kk"],
    "uz": ["uz"],
    "uz-Cyrl": ["uz_Cyrl"],
    "ky": ["ky"],
    "tg": ["tg"],
    "hy": ["hy"],
    "az": ["az"],
    "ka": ["ka"],
    "zh": ["zh"],
    "zh-Hant": ["zh_Hant", "zh_Hant_HK"],
    "ar": ["ar"],
}

#: CLDR writes disambiguated forms ("Congo - Kinshasa", "Mianmar (Birmânia)") that no text uses
#: as they stand: every such name must be replaced in the fixes file, or generation stops.
_NEEDS_REVIEW = ("(", ")", "（", " - ", " – ", " — ")

#: Uzbek Latin writes oʻ/gʻ with U+02BB, which the matcher does not fold; texts and ministry sites
#: just as often type an ASCII apostrophe, so both spellings are given. CLDR writes a few names with the
#: quotation mark U+2018 instead ("Amerika Qo‘shma Shtatlari"), which reads like the apostrophe: those
#: are given with U+02BB too.
_UZBEK_OKINA = "\u02bb"
_UZBEK_OKINA_AS_QUOTE = "\u2018"

#: Formal names these languages build from the short name, where the English formal name is exactly
#: "Republic of" or "Kingdom of" + the English short name ("Republic of Tunisia"; not "Republic of Korea",
#: "South Korea"): Azerbaijani puts the head noun after the name ("Tunis Respublikası"), Armenian and
#: Georgian after its genitive ("Թունիսի Հանրապետություն", "ტუნისის რესპუბლიკა"). Statements use them.
_STATE_HEADS: dict[str, dict[str, str]] = {
    "az": {"Republic": "Respublikası", "Kingdom": "Krallığı"},
    "hy": {"Republic": "Հանրապետություն", "Kingdom": "Թագավորություն"},
    "ka": {"Republic": "რესპუბლიკა", "Kingdom": "სამეფო"},
}


def _genitive(lang: str, name: str) -> str | None:
    """The genitive the formal name puts before its head noun, or None where the rule is not simple."""
    if lang == "az":
        return name  # izafet: the head noun takes the ending, the name stays as it is
    if lang == "hy":  # -ի after a consonant, -յի after a vowel (Հայաստանի, Բուլղարիայի, Կոնգոյի)
        if name[-1] in "աոօ":
            return name + "յի"
        return None if name[-1] in "իէեու" else name + "ի"
    if lang == "ka":  # a final -ი or -ა gives way to -ის; after another vowel, -ს (ტუნისის, კონგოს)
        return name[:-1] + "ის" if name[-1] in "ია" else name + "ს"
    return None


def formal_names(lang: str, short_name: str, english: dict) -> list[str]:
    """The formal names built for ``lang`` from its short name and the entity's English names."""
    heads = _STATE_HEADS.get(lang, {})
    for kind, head in heads.items():
        if english.get("formal_name") == f"{kind} of {english['name']}":
            genitive = _genitive(lang, short_name)
            return [f"{genitive} {head}"] if genitive else []
    return []


class FixError(Exception):
    """The fixes file no longer fits CLDR (or itself): a person must look again."""


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a repeated key: a second fix for one country would silently win."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = {key for key in keys if keys.count(key) > 1}
        if repeated:
            raise FixError(f"{node.start_mark}: repeated keys {sorted(map(str, repeated))}")
        return super().construct_mapping(node, deep=deep)


def country_ids() -> list[str]:
    return list(english_names())


def english_names() -> dict[str, dict]:
    """ISO3 -> the entity's English ``name`` and ``formal_name``, in the order of countries.yaml."""
    data = yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    return {entity["id"].removeprefix("country:"): entity for entity in data["entities"]}


def cldr_name(locale: Locale, alpha3: str) -> str:
    alpha2 = get_global("territory_aliases")[alpha3][0]
    return locale.territories[alpha2]


def _text(alias: str | dict) -> str:
    return alias if isinstance(alias, str) else alias["text"]


def _add(aliases: list, alias: str | dict) -> None:
    """Append ``alias`` unless the same text is already there (a richer mapping replaces a bare string)."""
    for index, present in enumerate(aliases):
        if _text(present) == _text(alias):
            if isinstance(alias, dict) and isinstance(present, str):
                aliases[index] = alias
            return
    aliases.append(alias)


def entries_for(lang: str, ids: list[str], fixes: dict) -> list[dict]:
    locales = [Locale.parse(code) for code in LANGUAGES[lang]]
    lang_fixes = fixes.get("fixes", {}).get(lang, {})
    unknown = set(lang_fixes) - set(ids)
    if unknown:
        raise FixError(f"fixes for {lang} name unknown countries: {sorted(unknown)}")
    english = english_names()
    entries = []
    for alpha3 in ids:
        fix = lang_fixes.get(alpha3, {})
        if fix and not fix.get("reason"):
            raise FixError(f"the fix for {lang} {alpha3} gives no reason")
        names: list = []
        for locale in locales:
            cldr = cldr_name(locale, alpha3)
            if cldr in fix.get("instead_of", []):
                continue
            if any(mark in cldr for mark in _NEEDS_REVIEW):
                raise FixError(f"CLDR {locale} names {alpha3} {cldr!r}: add it to an `instead_of` of the fixes file")
            _add(names, cldr)
        stale = [text for text in fix.get("instead_of", []) if text not in {cldr_name(loc, alpha3) for loc in locales}]
        if stale:
            raise FixError(f"{lang} {alpha3}: CLDR no longer says {stale}; review the fix")
        if names:
            for formal in formal_names(lang, _text(names[0]), english.get(alpha3, {})):
                _add(names, formal)
        for alias in fix.get("names", []):
            _add(names, alias)
        for alias in fixes.get("unterm", {}).get(alpha3, {}).get(lang, []):
            _add(names, alias)
        if lang == "zh-Hant":
            for alias in fixes.get("traditional", {}).get(alpha3, []):
                _add(names, alias)
        dropped = set(fix.get("drop", []))
        if dropped - {_text(alias) for alias in names}:
            raise FixError(f"{lang} {alpha3}: drop names {sorted(dropped)} that are not generated")
        names = [alias for alias in names if _text(alias) not in dropped]
        if lang == "uz":
            for alias in list(names):
                if _UZBEK_OKINA_AS_QUOTE in _text(alias):
                    _add(names, _text(alias).replace(_UZBEK_OKINA_AS_QUOTE, _UZBEK_OKINA))
            for alias in list(names):
                if _UZBEK_OKINA in _text(alias):
                    _add(names, _text(alias).replace(_UZBEK_OKINA, "'"))
        entry: dict = {"id": f"country:{alpha3}"}
        if fix.get("comment"):
            entry["comment"] = fix["comment"]
        if names:
            entry["names"] = names
        if fix.get("acronyms"):
            entry["acronyms"] = fix["acronyms"]
        languages = fixes.get("language_names", {}).get(lang, {}).get(alpha3, [])
        if any(not any(_text(alias) in language for alias in names) for language in languages):
            raise FixError(f"{lang} {alpha3}: a language name of {languages} holds none of the names {names}")
        not_mentions = [*fix.get("not_mentions", []), *languages]
        if not_mentions:
            entry["not_mentions"] = not_mentions
        entries.append(entry)
    return entries


def _flow(value: object) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000, sort_keys=False).strip()


def render(lang: str, entries: list[dict]) -> str:
    locales = ", ".join(LANGUAGES[lang])
    lines = [
        f"# Country names in {lang}: GENERATED by scripts/generate_country_names.py. Do not edit by hand:",
        "# correct a name in scripts/country_name_fixes.yaml (with its reason) and regenerate with",
        "#     python scripts/generate_country_names.py",
        "# `--check` fails when this file differs from what the script produces.",
        f"# Sources: CLDR {get_cldr_version()} (locales {locales}) through babel {babel.__version__};",
        "# hand fixes and UNTERM names from scripts/country_name_fixes.yaml.",
        "# Names are nominative; the language's endings are the matcher's morphology, not listed here.",
        "",
        f"lang: {lang}",
        "aliases:",
    ]
    for entry in entries:
        if "comment" in entry:
            lines.append(f"  # {entry['comment']}")
        lines.append(f"  - id: {entry['id']}")
        for field in ("names", "acronyms", "not_mentions"):
            if field in entry:
                lines.append(f"    {field}: {_flow(entry[field])}")
    return "\n".join(lines) + "\n"


def generate() -> dict[Path, str]:
    fixes = yaml.load(FIXES.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader) or {}
    unknown_langs = set(fixes.get("fixes", {})) - set(LANGUAGES)
    if unknown_langs:
        raise FixError(f"fixes for unknown languages: {sorted(unknown_langs)}")
    ids = country_ids()
    return {OUTPUT / lang / "countries.yaml": render(lang, entries_for(lang, ids, fixes)) for lang in LANGUAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files; exit 1 on a difference")
    args = parser.parse_args(argv)
    try:
        outputs = generate()
    except FixError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return write_or_check(outputs, ROOT, args.check)


if __name__ == "__main__":
    sys.exit(main())
