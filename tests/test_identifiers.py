"""Every organisation and country has a checked Wikidata QID or the reason why not, and the loader
guards the identifiers (gazetteers/knowledge/identifiers*.yaml)."""

from __future__ import annotations

import re

import pytest

from orgmentions import knowledge
from orgmentions.errors import GazetteerError
from orgmentions.gazetteer import Gazetteer
from orgmentions.knowledge import Knowledge

QID = re.compile(r"^Q[1-9][0-9]*$")


def every_entity_id() -> list[str]:
    return [entity.id for entity in Gazetteer.load()]


def test_every_organisation_and_every_country_has_a_qid_or_a_reason() -> None:
    # The bundled entities are the contract's 112 organisations (../shared/canonical-ids.tsv) and 195 countries.
    ids = every_entity_id()
    assert sum(entity_id.startswith("country:") for entity_id in ids) == 195
    assert sum(entity_id.startswith("org:") for entity_id in ids) >= 112
    for entity_id in ids:
        codes = knowledge.codes(entity_id)
        assert (codes.wikidata is None) != (codes.no_wikidata is None), entity_id
        if codes.no_wikidata is not None:
            assert len(codes.no_wikidata.split()) >= 5, f"{entity_id}: say why there is no QID"


def test_qids_are_well_formed_and_each_names_one_entity() -> None:
    owners: dict[str, str] = {}
    for entity_id in every_entity_id():
        qid = knowledge.qid(entity_id)
        if qid is None:
            continue
        assert QID.match(qid), (entity_id, qid)
        assert owners.setdefault(qid, entity_id) == entity_id, f"{qid} is both {owners[qid]} and {entity_id}"


def test_the_entity_files_carry_the_same_qids_as_the_identifier_files() -> None:
    base = knowledge.default()
    for entity in Gazetteer.load():
        entry = base.identifiers.get(entity.id)
        if entity.wikidata and entry is not None:
            assert entry.wikidata == entity.wikidata, entity.id


def test_every_country_has_its_iso_and_m49_codes() -> None:
    seen: dict[str, set[str]] = {"iso2": set(), "iso_numeric": set()}
    for entity_id in every_entity_id():
        if not entity_id.startswith("country:"):
            continue
        codes = knowledge.codes(entity_id)
        assert re.fullmatch(r"[A-Z]{2}", codes.iso2 or ""), entity_id
        assert re.fullmatch(r"[0-9]{3}", codes.iso_numeric or ""), entity_id
        # For sovereign states the UN's M49 code is the ISO numeric code.
        assert codes.m49 == codes.iso_numeric, entity_id
        for field in seen:
            value = getattr(codes, field)
            assert value not in seen[field], (entity_id, field, value)
            seen[field].add(value)


def test_a_country_id_gets_the_sovereign_states_qid() -> None:
    # The Holy See, not Vatican City (Q237), the territory the ISO code VA covers; the Kingdom of the
    # Netherlands, not its European constituent country (Q55).
    assert knowledge.qid("country:VAT") == "Q159583"
    assert knowledge.qid("country:NLD") == "Q29999"


def test_an_organisation_without_a_checked_qid_says_why() -> None:
    codes = knowledge.codes("org:CELAC")
    assert codes.wikidata is None and "supraverden, OpenSanctions" in (codes.no_wikidata or "")
    # One source is not enough: NAM's only candidate is named in the reason, not used.
    nam = knowledge.codes("org:NAM")
    assert nam.wikidata is None and "Q83201" in (nam.no_wikidata or "")


def test_show_prints_the_identifiers() -> None:
    from typer.testing import CliRunner

    from orgmentions.cli import app

    unhcr = CliRunner().invoke(app, ["gazetteer", "show", "org:UNHCR"])
    assert unhcr.exit_code == 0 and "identifiers:\n  wikidata: Q132551" in unhcr.output
    holy_see = CliRunner().invoke(app, ["gazetteer", "show", "country:VAT"])
    assert "wikidata: Q159583\n  iso2: VA\n  iso3: VAT\n  iso_numeric: '336'\n  m49: '336'" in holy_see.output


def _load(tmp_path, body: str) -> Knowledge:
    path = tmp_path / "ids.yaml"
    path.write_text("identifiers:\n" + body, encoding="utf-8")
    return Knowledge.load([path], gazetteer=Gazetteer.load())


@pytest.mark.parametrize(
    ("body", "code", "where"),
    [
        (
            "  - {id: org:CSTO, wikidata: Q318693, source: s}\n  - {id: org:SCO, wikidata: Q318693, source: s}\n",
            "E110",
            "ids.yaml:3: org:SCO: wikidata: Q318693 is also the QID of org:CSTO (at ",
        ),
        ("  - {id: org:CSTO, wikidata: Q485207, source: s}\n", "E111", "ids.yaml:2: org:CSTO: wikidata: Q485207"),
        ("  - {id: org:CELAC, source: s}\n", "E112", "ids.yaml:2: org:CELAC: give either"),
        ("  - {id: org:CELAC, wikidata: Q1, no_wikidata: unsure, source: s}\n", "E112", "not both"),
        ("  - {id: org:CELAC, wikidata: q12, source: s}\n", "E080", "org:CELAC: wikidata"),
    ],
)
def test_the_loader_rejects_broken_identifiers(tmp_path, body: str, code: str, where: str) -> None:
    with pytest.raises(GazetteerError) as caught:
        _load(tmp_path, body)
    message = str(caught.value)
    assert f"[{code}]" in message
    assert where in message
