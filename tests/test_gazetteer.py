"""Loading and validating gazetteers: the bundled data, user files, and broken files."""

from __future__ import annotations

import pytest

from conftest import DATA
from orgmentions import Extractor, Gazetteer, GazetteerError

BROKEN = DATA / "broken_gazetteers"
# A copy of the shared canonical-id contract (shared/canonical-ids.tsv).
CANONICAL_IDS = DATA / "canonical-ids.tsv"


@pytest.fixture(scope="module")
def bundled() -> Gazetteer:
    return Gazetteer.load()


def test_bundled_gazetteer_has_exactly_the_canonical_organisations(bundled: Gazetteer) -> None:
    rows = [line.split("\t") for line in CANONICAL_IDS.read_text(encoding="utf-8").splitlines()[1:]]
    canonical = {row[0]: row[2] for row in rows if row[0].startswith("org:")}
    organisations = {entity.id: entity.name for entity in bundled if entity.kind == "organisation"}
    assert organisations == canonical


def test_bundled_gazetteer_has_every_un_member_and_observer(bundled: Gazetteer) -> None:
    countries = [entity for entity in bundled if entity.kind == "country"]
    assert len(countries) == 195
    assert sum(entity.category == "un_observer" for entity in countries) == 2
    assert bundled["country:VAT"].category == "un_observer"


def test_lookup_by_id_and_alias(bundled: Gazetteer) -> None:
    assert bundled["org:CSTO"].name == "Collective Security Treaty Organization"
    assert bundled["org:UNSC"].parent == "org:UN"
    assert [e.id for e in bundled.named_by("Collective Security Treaty Organisation")] == ["org:CSTO"]
    assert [e.id for e in bundled.named_by("ОДКБ")] == ["org:CSTO"]
    assert [e.id for e in bundled.named_by("the Kyrgyz Republic".removeprefix("the "))] == ["country:KGZ"]
    assert bundled.named_by("Atlantis") == []
    with pytest.raises(KeyError, match="org:NOPE"):
        bundled["org:NOPE"]


def test_every_organisation_has_a_russian_name(bundled: Gazetteer) -> None:
    missing = [
        e.id for e in bundled if e.kind == "organisation" and not any(a.lang == "ru" for a, _ in e.all_aliases())
    ]
    assert missing == []


def test_user_file_adds_to_the_bundled_gazetteer() -> None:
    gazetteer = Gazetteer.load([DATA / "gazetteers" / "extra_orgs.yaml"])
    assert gazetteer["org:BSTDB"].parent == "org:BSEC"
    assert "org:CSTO" in gazetteer


def test_user_file_can_replace_the_bundled_gazetteer() -> None:
    gazetteer = Gazetteer.load([DATA / "gazetteers" / "minimal.yaml"], include_bundled=False)
    assert sorted(e.id for e in gazetteer) == ["country:ARM", "org:CSTO"]


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("duplicate_alias.yaml", ["duplicate_alias.yaml:7", "org:CIS_SECURITY", "'CIS'", "org:CIS"]),
        ("unknown_field.yaml", ["unknown_field.yaml:5", "org:CSTO", "acronym:", "unknown field"]),
        ("bad_id.yaml", ["bad_id.yaml:5", "country:Russia: id:", "ISO 3166-1 alpha-3"]),
        ("bad_yaml.yaml", ["bad_yaml.yaml:6", "not a YAML file"]),
        ("missing_parent.yaml", ["missing_parent.yaml:5", "org:UNSC", "parent 'org:UN'"]),
        ("empty_name.yaml", ["empty_name.yaml:5", "org:EAEU", "acronyms.1.text"]),
    ],
)
def test_broken_gazetteer_gives_one_line_naming_file_entry_and_field(file_name: str, expected: list[str]) -> None:
    with pytest.raises(GazetteerError) as raised:
        Gazetteer.load([BROKEN / file_name], include_bundled=False)
    message = str(raised.value)
    assert "\n" not in message, message
    for part in expected:
        assert part in message, message


def test_duplicate_id_across_files_names_both_places() -> None:
    minimal = DATA / "gazetteers" / "minimal.yaml"
    with pytest.raises(GazetteerError, match=r"duplicate id 'org:CSTO'.*minimal.yaml:\d+"):
        Gazetteer.load([minimal, minimal], include_bundled=False)


def test_missing_path_is_named() -> None:
    with pytest.raises(GazetteerError, match="nowhere.yaml"):
        Gazetteer.load([DATA / "nowhere.yaml"], include_bundled=False)


# --- The rule language: language files, word sets, explicit case ------------------------------------------

_BASE = """\
word_sets:
  meetings: [summit, member states]
entities:
  - id: org:CSTO
    name: Collective Security Treaty Organization
    category: military_alliance
    acronyms:
      - text: ODKB
        ambiguous:
          senses: [a made-up other sense]
          cue_sets: [meetings]
          against: [{text: ODKB Ltd, case: exact}]
"""


def _write(tmp_path, name: str, text: str):  # noqa: ANN202 - a Path
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_language_file_adds_aliases_in_its_language(tmp_path) -> None:
    _write(tmp_path, "orgs.yaml", _BASE)
    _write(
        tmp_path,
        "languages/pt/organisations.yaml",
        "lang: pt\naliases:\n  - id: org:CSTO\n    names: [Organização do Tratado de Segurança Coletiva]\n"
        "    acronyms: [OTSC]\n",
    )
    gazetteer = Gazetteer.load([tmp_path], include_bundled=False)
    entity = gazetteer["org:CSTO"]
    assert [(a.text, a.lang) for a in entity.acronyms] == [("ODKB", "en"), ("OTSC", "pt")]
    assert [e.id for e in gazetteer.named_by("Organização do Tratado de Segurança Coletiva")] == ["org:CSTO"]


def test_a_spelling_pair_with_spaces_around_it_is_refused_at_its_line(tmp_path) -> None:
    # Stripped, " і "/" й " would swap the letters inside every word of every name: refused, not altered.
    _write(tmp_path, "orgs.yaml", _BASE)
    _write(tmp_path, "uk.yaml", 'lang: uk\nspelling_variants:\n  - [" і ", " й "]\n')
    with pytest.raises(GazetteerError, match=r"uk\.yaml:3: spelling_variants: .*' і ' has spaces around it"):
        Gazetteer.load([tmp_path], include_bundled=False)


def test_aliases_for_an_undefined_entity_name_the_file_and_line(tmp_path) -> None:
    _write(tmp_path, "orgs.yaml", _BASE)
    extra = _write(tmp_path, "pt.yaml", "lang: pt\naliases:\n  - id: org:SCO\n    acronyms: [OCX]\n")
    with pytest.raises(GazetteerError, match=r"\[E023\] .*pt\.yaml:3: aliases given for 'org:SCO'"):
        Gazetteer.load([tmp_path], include_bundled=False)
    assert extra.exists()


def test_an_unknown_word_set_is_named_with_the_known_ones(tmp_path) -> None:
    _write(tmp_path, "orgs.yaml", _BASE.replace("cue_sets: [meetings]", "cue_sets: [meeting]"))
    with pytest.raises(GazetteerError, match=r"\[E024\] .*orgs\.yaml:8 org:CSTO: word set 'meeting' .* known: meetings"):
        Gazetteer.load([tmp_path], include_bundled=False)


def test_a_veto_that_matches_the_alias_itself_warns(tmp_path) -> None:
    _write(tmp_path, "orgs.yaml", _BASE.replace("[{text: ODKB Ltd, case: exact}]", "[odkb]"))
    with pytest.warns(UserWarning, match=r"\[W001\] .*'ODKB' has 'odkb' among its vetoes"):
        Gazetteer.load([tmp_path], include_bundled=False)


def test_a_phrase_that_is_cue_and_veto_warns(tmp_path) -> None:
    _write(tmp_path, "orgs.yaml", _BASE.replace("[{text: ODKB Ltd, case: exact}]", "[Summit]"))
    with pytest.warns(UserWarning, match=r"\[W002\] .*'Summit' is both a cue and a veto"):
        Gazetteer.load([tmp_path], include_bundled=False)


def test_bundled_gazetteers_load_without_warnings() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from orgmentions.gazetteer import _load, bundled_gazetteer_dir, gazetteer_files

        _load(tuple(gazetteer_files([bundled_gazetteer_dir()])))  # past both caches


_SHARED_LETTERS = """\
entities:
  - id: org:OIC
    name: Organisation of Islamic Cooperation
    category: intergovernmental_organisation
    names: [İslam Əməkdaşlıq Təşkilatı]
    acronyms:
      - text: İƏT
        ambiguous: {senses: [the ECO], cues: [Ciddə, İslam], near_mentions: false}
  - id: org:ECO
    name: Economic Cooperation Organization
    category: intergovernmental_organisation
    names: [İqtisadi Əməkdaşlıq Təşkilatı]
    acronyms:
      - text: İƏT
        ambiguous: {senses: [the OIC], cues: [Tehran, İqtisadi], near_mentions: false}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parenthesised definition settles it, and later uses keep that body.
        ("İqtisadi Əməkdaşlıq Təşkilatı (İƏT) Bakıda toplandı. İƏT-in katibliyi bəyanat verdi.",
         ["org:ECO", "org:ECO", "org:ECO"]),
        ("İslam Əməkdaşlıq Təşkilatı (İƏT) Ciddədə toplandı. İƏT-in katibliyi bəyanat verdi.",
         ["org:OIC", "org:OIC", "org:OIC"]),
        ("İƏT-in Tehran iclası başladı.", ["org:ECO"]),
        # A definition after the other body's name rules this one out, however the name is cased and whatever
        # follows the letters inside the parentheses.
        ("İqtisadi əməkdaşlıq təşkilatı (İƏT; ingiliscə ECO) Bakıda toplandı. Sonra İƏT bəyanat verdi.",
         ["org:ECO", "org:ECO", "org:ECO"]),
        # Both bodies named in the document: the cue beside the letters decides.
        ("İslam Əməkdaşlıq Təşkilatı və İqtisadi Əməkdaşlıq Təşkilatı fərqlidir. " + "Başqa mövzu. " * 30
         + "İƏT-in Tehran iclası başladı.", ["org:OIC", "org:ECO", "org:ECO"]),
        # Cues for both, or for neither: no guess.
        ("İslam dünyası və Tehran: İƏT toplanır.", []),
        ("İƏT toplanır.", []),
    ],
)
def test_letters_two_bodies_share_go_to_the_one_the_text_supports(tmp_path, text: str, expected: list[str]) -> None:
    extractor = Extractor([_write(tmp_path, "shared.yaml", _SHARED_LETTERS)], include_bundled=False)
    assert [m.canonical_id for m in extractor.extract(text)] == expected


def test_letters_two_bodies_share_must_be_ambiguous_in_both(tmp_path) -> None:
    one_sided = _SHARED_LETTERS.replace("        ambiguous: {senses: [the OIC], cues: [Tehran, İqtisadi], near_mentions: false}\n", "")
    with pytest.raises(GazetteerError, match=r"alias 'İƏT' of org:ECO is also claimed by org:OIC.*ambiguous"):
        Gazetteer.load([_write(tmp_path, "shared.yaml", one_sided)], include_bundled=False)


def test_a_misspelt_category_is_one_line_listing_every_value(tmp_path) -> None:
    misspelt = _SHARED_LETTERS.replace("intergovernmental_organisation", "intergovernmental", 1)
    with pytest.raises(GazetteerError) as raised:
        Gazetteer.load([_write(tmp_path, "misspelt.yaml", misspelt)], include_bundled=False)
    message = str(raised.value)
    assert "\n" not in message and "misspelt.yaml:4 org:OIC: category:" in message
    assert "'intergovernmental_organisation'" in message and "'un_member'" in message


def test_one_reading_without_doubt_settles_the_letters(tmp_path) -> None:
    # Two entries of one body, the same letters: English counts them in lower case, German wants evidence.
    both = """\
entities:
  - id: org:ABCD
    name: Alpha Body
    category: intergovernmental_organisation
    acronyms:
      - {text: ABCD, lower: always}
      - {text: ABCD, lang: de, lower: with_evidence}
"""
    extractor = Extractor([_write(tmp_path, "both.yaml", both)], include_bundled=False)
    assert [(m.text, m.canonical_id) for m in extractor.extract("we met abcd today")] == [("abcd", "org:ABCD")]
