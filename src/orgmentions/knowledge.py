"""Who belonged to what, and when: memberships, structure and identifiers as data.

The data lives in ``gazetteers/knowledge/*.yaml`` (edited by people, every event sourced) and is
read on first use only, so importing the extractor costs nothing. Dates may be a ``date``, a
``datetime`` or an ISO string; the default is today.

>>> from orgmentions import knowledge
>>> sorted(m.state for m in knowledge.members("org:CSTO", on="2013-01-01"))[:2]
['country:ARM', 'country:BLR']

A period includes its ``from`` day and excludes its ``to`` day (the day a state left it). A date
written with less precision (``2006`` or ``2006-08``) stands for its first day; the precision is
kept on the record for whoever needs to know how exact the date is. A body known only by its
current members (``history: current``) may leave a start out: such a period counts from the day the
data was checked (``start_precision == "checked"``), so earlier dates are not answered from it.

A current block of a body with near-universal membership may say so instead of listing 190 states:
``every_member_of: {org: org:UN, source: ..., except: [{state: ..., source: ...}]}`` makes every member
of ``org:UN`` on the day checked a member, but for the states excepted (each with its source) and those
the block lists as events itself (a dated admission, an observer, a withdrawal with its date).

The bundled knowledge is read once per process (``default()``); after editing its files in a running
process, call ``reload()``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from orgmentions.errors import Errors, GazetteerError
from orgmentions.gazetteer import Gazetteer, Located
from orgmentions.sources import KNOWLEDGE_DIR, bundled_gazetteer_dir

Status = Literal["member", "associate", "observer", "partner", "dialogue_partner", "frozen", "suspended"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
#: States that belong to the body, even while their participation is frozen or suspended.
MEMBER_STATUSES: frozenset[str] = frozenset({"member", "frozen", "suspended"})
Precision = Literal["year", "month", "day"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

DateLike = date | datetime | str


# --------------------------------------------------------------------------- file schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartialDate(_Strict):
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{part:02d}" for part in (self.month, self.day) if part]
        return "-".join(parts)

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            return cls(year=value.year, month=value.month, day=value.day)
        match = _PARTIAL_DATE.match(str(value)) if isinstance(value, int | str) else None
        if not match:
            raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else None for part in match.groups())
        date(year, month or 1, day or 1)  # raises on 2024-02-30
        return cls(year=year, month=month, day=day)


def _partial(value: object) -> object:
    return value if value is None or isinstance(value, PartialDate) else PartialDate.parse(value)


class Event(_Strict):
    """One period of one state in one body, with one status."""

    state: str
    status: Status
    #: May be left out only in a "current" block: the period then starts on the block's `checked` day.
    start: PartialDate | None = Field(default=None, alias="from")
    end: PartialDate | None = Field(default=None, alias="to")
    #: False where the step was only declared (an announcement, a note), not taken under the body's rules.
    formal: bool = True
    #: The same for the end of the period.
    end_formal: bool = True
    source: str | None = None
    note: str | None = None

    _dates = field_validator("start", "end", mode="before")(lambda cls, value: _partial(value))


class Exclusion(_Strict):
    """A state a rule leaves out, with why."""

    state: str
    source: str | None = None
    note: str | None = None


class EveryMemberOf(_Strict):
    """The members of another body (the UN's) on the day checked, but for the states excepted."""

    org: str
    source: str
    status: Status = "member"
    exceptions: list[Exclusion] = Field(default=[], alias="except")


class MembershipBlock(_Strict):
    org: str
    #: "complete": every member, observer and partner since founding; "current": those of the date checked
    #: (an event of a current block without `from` is known to hold from `checked` on, not before).
    history: Literal["complete", "current"]
    checked: date
    sources: dict[str, str] = {}
    #: True while the body's entity is still on its way into an entity file: the block is used once it is there.
    pending: bool = False
    note: str | None = None
    #: Only in a current block: every member of another body, but for the exceptions; `events` add to it.
    every_member_of: EveryMemberOf | None = None
    events: list[Event] = []


class StructureEntry(_Strict):
    id: str
    parent: str | None = None
    predecessor: str | None = None
    successor: str | None = None
    founded: PartialDate | None = None
    dissolved: PartialDate | None = None
    source: str
    note: str | None = None

    _dates = field_validator("founded", "dissolved", mode="before")(lambda cls, value: _partial(value))


class IdentifierEntry(_Strict):
    id: str
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    #: Why there is no QID, where there is none.
    no_wikidata: str | None = None
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    iso_numeric: str | None = Field(default=None, pattern=r"^[0-9]{3}$")
    m49: str | None = Field(default=None, pattern=r"^[0-9]{3}$")
    source: str
    note: str | None = None


class KnowledgeFile(_Strict):
    memberships: list[MembershipBlock] = []
    structure: list[StructureEntry] = []
    identifiers: list[IdentifierEntry] = []
    #: QIDs of organisations not yet in an entity file; checked for form only, used once the entity exists.
    pending_identifiers: list[IdentifierEntry] = []


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Membership:
    """A state's status in a body over a period (``end`` excluded; ``None``: still so)."""

    org: str
    state: str
    status: str
    start: date
    end: date | None
    start_precision: str
    end_precision: str | None
    formal: bool
    end_formal: bool
    source: str
    note: str | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def since(self) -> str:
        """The start as exactly as the source gives it: "2006", "2006-08", "2006-08-16" (or "unknown (...)")."""
        return _as_precise(self.start, self.start_precision)

    @property
    def until(self) -> str | None:
        return _as_precise(self.end, self.end_precision) if self.end else None


def _as_precise(day: date, precision: str | None) -> str:
    if precision == "checked":
        return f"unknown (listed on {day})"  # a current block: holds on the day checked, start not recorded
    return day.isoformat()[: {"year": 4, "month": 7}.get(precision or "day", 10)]


@dataclass(frozen=True)
class Codes:
    """Identifiers of a country or an organisation (``None`` where it has none)."""

    wikidata: str | None
    iso2: str | None = None
    iso3: str | None = None
    iso_numeric: str | None = None
    m49: str | None = None
    no_wikidata: str | None = None


# --------------------------------------------------------------------------- the knowledge base


def as_date(value: DateLike | None) -> date:
    """A ``date`` from a date, a datetime or an ISO string; today for ``None``."""
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return PartialDate.parse(value.strip()).first_day
            except ValueError:
                pass
    raise GazetteerError(Errors.E086.format(value=value))


def _statuses(status: str | Iterable[str] | None) -> frozenset[str] | None:
    if status is None:
        return None
    items = [status] if isinstance(status, str) else list(status)
    wanted = frozenset(part.strip() for item in items for part in item.split(",") if part.strip())
    unknown = wanted - set(STATUSES)
    if unknown:
        raise GazetteerError(
            Errors.E080.format(location="status", entry="query", field="status", message=f"{sorted(unknown)} not in {STATUSES}")
        )
    return wanted


class Knowledge:
    """Memberships, structure and identifiers, checked against the entities of a gazetteer."""

    def __init__(
        self,
        periods: list[Membership],
        blocks: dict[str, MembershipBlock],
        structure: dict[str, StructureEntry],
        identifiers: dict[str, IdentifierEntry],
        pending: dict[str, IdentifierEntry],
        gazetteer: Gazetteer,
    ) -> None:
        self.periods = periods
        self.blocks = blocks
        self.structure = structure
        self.identifiers = identifiers
        self.pending_identifiers = pending
        self.gazetteer = gazetteer

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]] | None = None, gazetteer: Gazetteer | None = None) -> Knowledge:
        """Read and validate knowledge files (default: the bundled ``gazetteers/knowledge/``)."""
        folder = bundled_gazetteer_dir() / KNOWLEDGE_DIR
        files: list[Path] = []
        for path in map(Path, paths if paths is not None else [folder]):
            files += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
        return _load(tuple(files), gazetteer or Gazetteer.load())

    # ----- indexes, built once on first use

    @cached_property
    def _by_org(self) -> dict[str, list[Membership]]:
        index: dict[str, list[Membership]] = {}
        for period in self.periods:
            index.setdefault(period.org, []).append(period)
        return index

    @cached_property
    def _by_state(self) -> dict[str, list[Membership]]:
        index: dict[str, list[Membership]] = {}
        for period in self.periods:
            index.setdefault(period.state, []).append(period)
        return index

    @cached_property
    def _children(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for entity in self.gazetteer:
            parent = self.parent(entity.id)
            if parent:
                index.setdefault(parent, []).append(entity.id)
        return index

    # ----- membership

    def members(
        self, org: str, on: DateLike | None = None, status: str | Iterable[str] | None = None
    ) -> list[Membership]:
        """The states in ``org`` on a date (default today), each with its status; ``status`` filters ("member,partner")."""
        self._require(org)
        day, wanted = as_date(on), _statuses(status)
        return [
            period
            for period in self._by_org.get(org, [])
            if period.covers(day) and (wanted is None or period.status in wanted)
        ]

    def member_ids(self, org: str, on: DateLike | None = None, status: str | Iterable[str] | None = None) -> set[str]:
        return {period.state for period in self.members(org, on, status)}

    def memberships(
        self, state: str, on: DateLike | None = None, status: str | Iterable[str] | None = None
    ) -> list[Membership]:
        """The bodies a state belonged to on a date, each with its status."""
        self._require(state)
        day, wanted = as_date(on), _statuses(status)
        return [
            period
            for period in self._by_state.get(state, [])
            if period.covers(day) and (wanted is None or period.status in wanted)
        ]

    def status(self, state: str, org: str, on: DateLike | None = None) -> str | None:
        """The status of ``state`` in ``org`` on a date, or ``None`` if it was not in it."""
        return next((period.status for period in self.members(org, on) if period.state == state), None)

    def history(self, org: str) -> list[Membership]:
        """Every period of every state in ``org``, in the order written."""
        self._require(org)
        return list(self._by_org.get(org, []))

    def has_history(self, org: str) -> bool:
        return org in self.blocks

    # ----- structure

    def parent(self, entity_id: str) -> str | None:
        entry = self.structure.get(entity_id)
        if entry and entry.parent:
            return entry.parent
        return self._require(entity_id).parent

    def children(self, entity_id: str) -> list[str]:
        self._require(entity_id)
        return list(self._children.get(entity_id, []))

    def ancestors(self, entity_id: str) -> list[str]:
        """Parent, grandparent, ... (the UNSC: the UN)."""
        chain: list[str] = []
        current = self.parent(entity_id)
        while current and current not in chain:
            chain.append(current)
            current = self.parent(current)
        return chain

    def predecessor(self, entity_id: str) -> str | None:
        self._require(entity_id)
        entry = self.structure.get(entity_id)
        return entry.predecessor if entry else None

    def successor(self, entity_id: str) -> str | None:
        self._require(entity_id)
        entry = self.structure.get(entity_id)
        return entry.successor if entry else None

    # ----- identifiers

    def qid(self, entity_id: str) -> str | None:
        return self.codes(entity_id).wikidata

    def codes(self, entity_id: str) -> Codes:
        entity = self._require(entity_id)
        entry = self.identifiers.get(entity_id)
        iso3 = entity_id.removeprefix("country:") if entity.kind == "country" else None
        return Codes(
            wikidata=entity.wikidata or (entry.wikidata if entry else None),
            iso2=entry.iso2 if entry else None,
            iso3=iso3,
            iso_numeric=entry.iso_numeric if entry else None,
            m49=entry.m49 if entry else None,
            no_wikidata=entry.no_wikidata if entry else None,
        )

    def _require(self, entity_id: str) -> Any:
        return self.gazetteer[entity_id]  # raises E010 for an unknown id


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=4)
def _load(files: tuple[Path, ...], gazetteer: Gazetteer) -> Knowledge:
    periods: list[Membership] = []
    blocks: dict[str, MembershipBlock] = {}
    structure: dict[str, StructureEntry] = {}
    identifiers: dict[str, IdentifierEntry] = {}
    pending: dict[str, IdentifierEntry] = {}
    first_seen: dict[tuple[str, str], Located] = {}
    #: Where each period was written, to name both ends of an overlap.
    spans: dict[tuple[str, str], list[tuple[Membership, Located]]] = {}
    qid_seen: dict[str, tuple[str, Located]] = {}
    #: Rules are expanded once every file is read: the body they refer to may come in a later file.
    rules: list[tuple[MembershipBlock, Located]] = []

    def unknown(here: Located, entry: str, field: str, value: str | None, what: str) -> None:
        if value is not None and value not in gazetteer:
            raise GazetteerError(Errors.E081.format(location=here, entry=entry, field=field, value=value, what=what))

    def once(kind: str, key: str, here: Located, entry: str, field: str) -> None:
        if (kind, key) in first_seen:
            raise GazetteerError(
                Errors.E087.format(location=here, entry=entry, field=field, value=key, first=first_seen[(kind, key)])
            )
        first_seen[(kind, key)] = here

    for path in files:
        parsed = _parse(path)
        for b, block in enumerate(parsed.memberships):
            here = Located(path, ("memberships", b))
            if block.pending and block.org not in gazetteer:
                continue
            unknown(Located(path, ("memberships", b, "org")), block.org, "org", block.org, "organisation")
            once("memberships", block.org, here, block.org, "org")
            blocks[block.org] = block
            if block.every_member_of:
                rules.append((block, Located(path, here.loc + ("every_member_of",))))
            for e, event in enumerate(block.events):
                at = Located(path, ("memberships", b, "events", e))
                entry = f"{block.org} {event.state}"
                unknown(Located(path, at.loc + ("state",)), entry, "state", event.state, "state")
                if not event.state.startswith("country:"):
                    raise GazetteerError(
                        Errors.E080.format(location=at, entry=entry, field="state", message="must be a country: id")
                    )
                if not (event.source and event.source.strip()):
                    raise GazetteerError(Errors.E084.format(location=at, entry=entry))
                if event.start is None and block.history == "complete":
                    raise GazetteerError(Errors.E100.format(location=at, entry=entry))
                start = event.start.first_day if event.start else block.checked
                end = event.end.first_day if event.end else None
                if end is not None and end <= start:
                    raise GazetteerError(
                        Errors.E082.format(
                            location=Located(path, at.loc + ("to",)), entry=entry, end=event.end, start=event.start or block.checked
                        )
                    )
                period = Membership(
                    org=block.org,
                    state=event.state,
                    status=event.status,
                    start=start,
                    end=end,
                    start_precision=event.start.precision if event.start else "checked",
                    end_precision=event.end.precision if event.end else None,
                    formal=event.formal,
                    end_formal=event.end_formal,
                    source=block.sources.get(event.source, event.source),
                    note=event.note,
                )
                periods.append(period)
                spans.setdefault((block.org, event.state), []).append((period, at))
        for i, item in enumerate(parsed.structure):
            here = Located(path, ("structure", i))
            for field in ("id", "parent", "predecessor", "successor"):
                unknown(Located(path, here.loc + (field,)), item.id, field, getattr(item, field), "entity")
            once("structure", item.id, here, item.id, "id")
            if item.founded and item.dissolved and item.dissolved.first_day < item.founded.first_day:
                raise GazetteerError(
                    Errors.E082.format(location=here, entry=item.id, end=item.dissolved, start=item.founded)
                )
            structure[item.id] = item
        for i, item in enumerate(parsed.identifiers):
            here = Located(path, ("identifiers", i))
            unknown(Located(path, here.loc + ("id",)), item.id, "id", item.id, "entity")
            once("identifiers", item.id, here, item.id, "id")
            _check_identifier(item, here, gazetteer, qid_seen)
            identifiers[item.id] = item
        for i, item in enumerate(parsed.pending_identifiers):
            once("identifiers", item.id, Located(path, ("pending_identifiers", i)), item.id, "id")
            pending[item.id] = item
    for block, at in rules:
        for period in _expand_rule(block, at, blocks, spans, unknown):
            periods.append(period)
            spans.setdefault((block.org, period.state), []).append((period, at))
    _check_overlaps(spans)
    return Knowledge(periods, blocks, structure, identifiers, pending, gazetteer)


def _check_identifier(
    item: IdentifierEntry, here: Located, gazetteer: Gazetteer, qid_seen: dict[str, tuple[str, Located]]
) -> None:
    """One QID per item, the same QID as the entity file, and a QID or the reason for none."""
    if (item.wikidata is None) == (item.no_wikidata is None):
        given = "both" if item.wikidata else "neither"
        raise GazetteerError(Errors.E112.format(location=here, entry=item.id, given=given))
    if item.wikidata is None:
        return
    at = Located(here.path, here.loc + ("wikidata",))
    if item.wikidata in qid_seen:
        other, other_at = qid_seen[item.wikidata]
        raise GazetteerError(
            Errors.E110.format(location=at, entry=item.id, qid=item.wikidata, other=other, other_location=other_at)
        )
    qid_seen[item.wikidata] = (item.id, at)
    entity = gazetteer[item.id]
    if entity.wikidata and entity.wikidata != item.wikidata:
        raise GazetteerError(
            Errors.E111.format(
                location=at,
                entry=item.id,
                qid=item.wikidata,
                entity_qid=entity.wikidata,
                entity_file=gazetteer.origins.get(item.id, "its entity file"),
            )
        )


def _expand_rule(
    block: MembershipBlock,
    at: Located,
    blocks: dict[str, MembershipBlock],
    spans: dict[tuple[str, str], list[tuple[Membership, Located]]],
    unknown: Any,
) -> list[Membership]:
    """The periods of an ``every_member_of`` rule: the reference body's members on the day checked."""
    rule = block.every_member_of
    assert rule is not None
    if block.history != "current":
        raise GazetteerError(Errors.E101.format(location=at, entry=block.org))
    unknown(Located(at.path, at.loc + ("org",)), block.org, "org", rule.org, "organisation")
    if rule.org not in blocks or blocks[rule.org].every_member_of is not None:
        raise GazetteerError(Errors.E102.format(location=at, entry=block.org, value=rule.org))
    reference = {
        period.state
        for (org, _), written in spans.items()
        if org == rule.org
        for period, _ in written
        if period.covers(block.checked) and period.status in MEMBER_STATUSES
    }
    excepted: set[str] = set()
    for i, exclusion in enumerate(rule.exceptions):
        here = Located(at.path, at.loc + ("except", i))
        unknown(Located(at.path, here.loc + ("state",)), block.org, "state", exclusion.state, "state")
        if not (exclusion.source and exclusion.source.strip()):
            raise GazetteerError(Errors.E104.format(location=here, entry=block.org, value=exclusion.state))
        if exclusion.state not in reference:
            raise GazetteerError(
                Errors.E103.format(
                    location=here, entry=block.org, value=exclusion.state, reference=rule.org, checked=block.checked
                )
            )
        excepted.add(exclusion.state)
    # A state the block lists itself is described there (a dated admission, an observer, a withdrawal).
    listed = {event.state for event in block.events}
    return [
        Membership(
            org=block.org,
            state=state,
            status=rule.status,
            start=block.checked,
            end=None,
            start_precision="checked",
            end_precision=None,
            formal=True,
            end_formal=True,
            source=block.sources.get(rule.source, rule.source),
            note=f"a member of {rule.org} on {block.checked} (every_member_of)",
        )
        for state in sorted(reference - excepted - listed)
    ]


def _check_overlaps(spans: dict[tuple[str, str], list[tuple[Membership, Located]]]) -> None:
    for (org, state), written in spans.items():
        ordered = sorted(written, key=lambda pair: pair[0].start)
        for (before, before_at), (after, after_at) in zip(ordered, ordered[1:], strict=False):
            if before.end is None or after.start < before.end:
                raise GazetteerError(
                    Errors.E083.format(
                        location=after_at,
                        entry=f"{org} {state}",
                        period=_describe_period(after),
                        other=_describe_period(before),
                        other_location=before_at,
                    )
                )


def _describe_period(period: Membership) -> str:
    return f"{period.status} {period.start}–{period.end or 'today'}"


def _parse(path: Path) -> KnowledgeFile:
    try:
        # BaseLoader keeps dates as written ("2006-08"), so the precision is never lost.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader if hasattr(yaml, "CBaseLoader") else yaml.BaseLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise GazetteerError(Errors.E001.format(path=where, reason=getattr(error, "problem", None) or error)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(Errors.E001.format(path=path, reason=error)) from None
    data = _typed(data or {})
    if not isinstance(data, dict):
        raise GazetteerError(Errors.E001.format(path=path, reason="the top level must be a mapping (memberships: ...)"))
    try:
        return KnowledgeFile.model_validate(data)
    except ValidationError as error:
        raise GazetteerError("\n".join(_explain(path, data, detail) for detail in error.errors())) from None


def _typed(value: Any) -> Any:
    """Booleans and nulls from the plain strings BaseLoader gives (dates and numbers stay strings)."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if isinstance(value, str):
        # Only these spellings: "NO" is Norway's code, not false.
        if value in ("true", "false"):
            return value == "true"
        if value in ("null", "~", ""):
            return None
    return value


def _explain(path: Path, data: dict[str, Any], detail: Any) -> str:
    loc = tuple(part for part in detail["loc"] if not (isinstance(part, str) and part.startswith("function-")))
    node: Any = data
    entry_parts: list[str] = []
    for part in loc:
        if isinstance(node, dict):
            for key in ("org", "id", "state"):
                if isinstance(node.get(key), str) and node[key] not in entry_parts:
                    entry_parts.append(node[key])
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    field = str(loc[-1]) if loc else "file"
    message = detail["msg"]
    if detail["type"] == "literal_error" and field == "status":
        message = f"{detail.get('input')!r} is not a status; choose one of {', '.join(STATUSES)}"
    return Errors.E080.format(
        location=Located(path, loc), entry=" ".join(entry_parts) or "top level", field=field, message=message
    )


# --------------------------------------------------------------------------- module-level doors


_default: Knowledge | None = None


def default() -> Knowledge:
    """The bundled knowledge, loaded on first use and kept: a question costs no file access."""
    global _default
    if _default is None:
        _default = Knowledge.load()
    return _default


def reload() -> Knowledge:
    """Read the bundled knowledge (and the gazetteer it checks against) again, after an edit."""
    global _default
    _default = None
    _load.cache_clear()
    return default()


def members(org: str, on: DateLike | None = None, status: str | Iterable[str] | None = None) -> list[Membership]:
    return default().members(org, on, status)


def memberships(state: str, on: DateLike | None = None, status: str | Iterable[str] | None = None) -> list[Membership]:
    return default().memberships(state, on, status)


def status(state: str, org: str, on: DateLike | None = None) -> str | None:
    return default().status(state, org, on)


def history(org: str) -> list[Membership]:
    return default().history(org)


def parent(entity_id: str) -> str | None:
    return default().parent(entity_id)


def children(entity_id: str) -> list[str]:
    return default().children(entity_id)


def predecessor(entity_id: str) -> str | None:
    return default().predecessor(entity_id)


def successor(entity_id: str) -> str | None:
    return default().successor(entity_id)


def qid(entity_id: str) -> str | None:
    return default().qid(entity_id)


def codes(entity_id: str) -> Codes:
    return default().codes(entity_id)


def iter_orgs_with_history() -> Iterator[str]:
    yield from default().blocks


def member_ids(org: str, on: DateLike | None = None, status: str | Iterable[str] | None = None) -> set[str]:
    return default().member_ids(org, on, status)
