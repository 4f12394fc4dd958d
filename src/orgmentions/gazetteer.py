"""Gazetteer files -> validated entities.

Files are read with libyaml for speed; only when something is wrong is a file
parsed a second time, with line marks, so that the error can point at the line.
"""

from __future__ import annotations

import contextlib
import gc
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from orgmentions.cache import cached
from orgmentions.errors import Errors, GazetteerError, Warnings
from orgmentions.normalise import SpellingVariants, lookup_key
from orgmentions.sources import (  # re-exported: the paths a load reads
    KNOWLEDGE_DIR,
    PathLike,
    bundled_gazetteer_dir,
    gazetteer_files,
    stored_files,
)
from orgmentions.schema import (
    Alias,
    AliasSupplement,
    AnaphoraLanguage,
    AnaphorCue,
    AnaphorNoun,
    Entity,
    GazetteerFile,
    NotMention,
    Phrase,
)

try:
    _FastLoader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _FastLoader = yaml.SafeLoader

#: The language of an alias whose entry and file name none.
DEFAULT_LANG = "en"


@dataclass(frozen=True)
class Located:
    """Where an entry came from, for error messages."""

    path: Path
    loc: tuple[str | int, ...]

    def __str__(self) -> str:
        line = _line_of(self.path, self.loc)
        return f"{self.path}:{line}" if line else str(self.path)


@dataclass(frozen=True)
class AnaphoraRules:
    """The ``anaphora:`` sections of all files: each noun with the ids it may stand for, and the languages."""

    nouns: tuple[tuple[AnaphorNoun, frozenset[str]], ...] = ()
    languages: tuple[tuple[str, AnaphoraLanguage], ...] = ()
    #: Per body, the words in an anaphor's sentence that point to it.
    cues: tuple[tuple[str, AnaphorCue], ...] = ()


class Gazetteer:
    """Validated entities from one or more gazetteer files, with lookups by id and alias."""

    def __init__(
        self,
        entities: list[Entity],
        not_mentions: list[NotMention],
        spelling_pairs: list[tuple[str, str]],
        sources: list[Path],
        origins: dict[str, Path] | None = None,
        word_sets: dict[str, list[Phrase]] | None = None,
        anaphora: AnaphoraRules | None = None,
    ) -> None:
        self.entities: dict[str, Entity] = {entity.id: entity for entity in entities}
        #: The file each entity was read from.
        self.origins: dict[str, Path] = origins or {}
        self.not_mentions = not_mentions
        self.spelling_pairs = spelling_pairs
        #: Named lists of cue and veto phrases, shared by the ambiguity blocks of all files.
        self.word_sets: dict[str, list[Phrase]] = word_sets or {}
        self.sources = sources
        #: Which generic nouns refer back to which bodies (used with ``anaphora=True``).
        self.anaphora = anaphora or AnaphoraRules()
        #: All spellings of a name under the spelling pairs, the name itself first.
        self.variants = SpellingVariants(spelling_pairs)
        #: The files it was loaded from and their stamps, by which what is built from it is stored
        #: (`orgmentions.cache`); None for a gazetteer made in code.
        self.stored_as: tuple[tuple[Path, ...], tuple[tuple[int, int], ...]] | None = None

    @cached_property
    def _by_key(self) -> dict[tuple[str, ...], list[Entity]]:
        by_key: dict[tuple[str, ...], list[Entity]] = {}
        for entity in self:
            for alias, _ in entity.all_aliases():
                for variant in self.variants(alias.text):
                    claimants = by_key.setdefault(lookup_key(variant), [])
                    if entity not in claimants:
                        claimants.append(entity)
        return by_key

    @classmethod
    def load(cls, paths: Iterable[PathLike] | None = None, *, include_bundled: bool = True) -> Gazetteer:
        """Load and validate gazetteer files or folders.

        With ``include_bundled`` (the default) the given files are added to the bundled
        gazetteers; without it they replace them.
        """
        return _load_cached(*stored_files(paths, include_bundled))

    def __getitem__(self, entity_id: str) -> Entity:
        try:
            return self.entities[entity_id]
        except KeyError:
            raise KeyError(Errors.E010.format(entity_id=entity_id)) from None

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)

    def named_by(self, alias: str) -> list[Entity]:
        """The entities that ``alias`` names, compared case-insensitively and across spelling variants."""
        return list(self._by_key.get(lookup_key(alias), []))


@lru_cache(maxsize=8)
def _load_cached(files: tuple[Path, ...], stamps: tuple[tuple[int, int], ...] = ()) -> Gazetteer:
    """``stamps`` (each file's modification time and size) only make the cache key, here and on disk."""
    gazetteer = cached(files, stamps, lambda: _load(files))
    gazetteer.stored_as = files, stamps
    return gazetteer


def _load(files: tuple[Path, ...]) -> Gazetteer:
    entities: dict[str, Entity] = {}
    origins: dict[str, Located] = {}
    #: Where each alias was written, by (entity id, field, index): a language file's aliases live elsewhere.
    alias_origins: dict[tuple[str, str, int], Located] = {}
    supplements: list[tuple[AliasSupplement, Located]] = []
    word_sets: dict[str, list[Phrase]] = {}
    word_set_origins: dict[str, Located] = {}
    not_mentions: list[NotMention] = []
    spelling_pairs: list[tuple[str, str]] = []
    anaphora_files: list[tuple[GazetteerFile, Path, str]] = []
    for path in files:
        parsed = _parse(path)
        lang = parsed.lang or DEFAULT_LANG
        if parsed.anaphora is not None:
            anaphora_files.append((parsed, path, lang))
        for name, phrases in parsed.word_sets.items():
            here = Located(path, ("word_sets", name))
            if name in word_sets:
                raise GazetteerError(Errors.E025.format(location=here, name=name, first=word_set_origins[name]))
            word_sets[name], word_set_origins[name] = phrases, here
        for index, entity in enumerate(parsed.entities):
            here = Located(path, ("entities", index))
            if entity.id in origins:
                raise GazetteerError(
                    Errors.E003.format(
                        location=_entry_label(here, entity.id), entity_id=entity.id, first=origins[entity.id]
                    )
                )
            origins[entity.id] = here
            entities[entity.id] = _in_language(entity, lang)
            for field, _, position in _aliases_with_fields(entity):
                alias_origins[(entity.id, field, position)] = Located(path, here.loc + (field, position))
        supplements += [
            (_in_language(supplement, lang), Located(path, ("aliases", index)))
            for index, supplement in enumerate(parsed.aliases)
        ]
        not_mentions += [_in_language(not_mention, lang) for not_mention in parsed.not_mentions]
        for index, pair in enumerate(parsed.spelling_variants):
            if not pair[0] or not pair[1] or pair[0].casefold() == pair[1].casefold():
                raise GazetteerError(
                    Errors.E012.format(location=Located(path, ("spelling_variants", index)), pair=pair)
                )
            spelling_pairs.append(pair)
    for supplement, here in supplements:
        entity = entities.get(supplement.id)
        if entity is None:
            raise GazetteerError(Errors.E023.format(location=here, entity_id=supplement.id))
        for field in ("names", "acronyms"):
            for position in range(len(getattr(supplement, field))):
                offset = len(getattr(entity, field))
                alias_origins[(entity.id, field, offset + position)] = Located(here.path, here.loc + (field, position))
        entities[entity.id] = entity.model_copy(
            update={
                field: getattr(entity, field) + getattr(supplement, field)
                for field in ("names", "acronyms", "hashtags", "not_mentions")
            }
        )
    for entity in entities.values():
        not_mentions += entity.not_mentions
    gazetteer = Gazetteer(
        list(entities.values()),
        not_mentions,
        spelling_pairs,
        list(files),
        {key: loc.path for key, loc in origins.items()},
        word_sets,
        _anaphora_rules(anaphora_files, entities),
    )
    _check_references(gazetteer, origins, alias_origins)
    _check_aliases(gazetteer, origins, alias_origins)
    return gazetteer


def _anaphora_rules(files: list[tuple[GazetteerFile, Path, str]], entities: dict[str, Entity]) -> AnaphoraRules:
    """Each anaphor noun with the ids it may refer to; unknown ids and languages without settings are errors."""
    languages: dict[str, tuple[AnaphoraLanguage, Located]] = {}
    for parsed, path, _ in files:
        assert parsed.anaphora is not None
        for code, settings in parsed.anaphora.languages.items():
            here = Located(path, ("anaphora", "languages", code))
            if code in languages:
                raise GazetteerError(Errors.E092.format(location=here, lang=code, first=languages[code][1]))
            languages[code] = (settings, here)
    nouns: list[tuple[AnaphorNoun, frozenset[str]]] = []
    for parsed, path, file_lang in files:
        assert parsed.anaphora is not None
        groups = [("categories", key, items) for key, items in parsed.anaphora.categories.items()]
        groups += [("entities", key, items) for key, items in parsed.anaphora.entities.items()]
        for section, key, items in groups:
            if section == "entities" and key not in entities:
                raise GazetteerError(
                    Errors.E090.format(location=Located(path, ("anaphora", section, key)), field=section, entity_id=key)
                )
            members = {key} if section == "entities" else {e.id for e in entities.values() if e.category == key}
            for index, noun in enumerate(items):
                here = Located(path, ("anaphora", section, key, index))
                noun = noun if noun.lang else noun.model_copy(update={"lang": file_lang})
                for excluded in noun.not_for:
                    if excluded not in entities:
                        raise GazetteerError(Errors.E090.format(location=here, field="not_for", entity_id=excluded))
                if noun.lang not in languages:
                    known = ", ".join(sorted(languages)) or "none"
                    raise GazetteerError(Errors.E091.format(location=here, text=noun.text, lang=noun.lang, known=known))
                nouns.append((noun, frozenset(members - set(noun.not_for))))
    cues: list[tuple[str, AnaphorCue]] = []
    for parsed, path, file_lang in files:
        assert parsed.anaphora is not None
        for key, items in parsed.anaphora.cues.items():
            if key not in entities:
                here = Located(path, ("anaphora", "cues", key))
                raise GazetteerError(Errors.E090.format(location=here, field="cues", entity_id=key))
            for index, cue in enumerate(items):
                cue = cue if cue.lang else cue.model_copy(update={"lang": file_lang})
                if cue.lang not in languages:
                    here = Located(path, ("anaphora", "cues", key, index))
                    known = ", ".join(sorted(languages)) or "none"
                    raise GazetteerError(Errors.E091.format(location=here, text=cue.text, lang=cue.lang, known=known))
                cues.append((key, cue))
    return AnaphoraRules(
        tuple(nouns), tuple((code, settings) for code, (settings, _) in languages.items()), tuple(cues)
    )


_Languaged = TypeVar("_Languaged", Entity, AliasSupplement, NotMention)


def _in_language(item: _Languaged, lang: str) -> _Languaged:
    """``item`` with the file's language given to every alias and not-mention that names none."""
    if isinstance(item, NotMention):
        return item if item.lang else item.model_copy(update={"lang": lang})
    return item.model_copy(
        update={
            field: [entry if entry.lang else entry.model_copy(update={"lang": lang}) for entry in getattr(item, field)]
            for field in ("names", "acronyms", "not_mentions")
        }
    )


#: How many nodes YAML aliases (``*name``) may repeat in one file, all uses together: enough
#: to share a cue list among many aliases, far too few for an alias bomb.
MAX_ALIAS_EXPANSION = 200_000


class _GazetteerLoader(_FastLoader):  # type: ignore[misc, valid-type]
    """Safe loading that refuses duplicate keys and bounds what aliases repeat."""

    def __init__(self, stream: str, path: Path) -> None:
        super().__init__(stream)
        self.path = path
        self.expanded = 0
        self.sizes: dict[int, int] = {}

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:  # met again: an alias
            self.expanded += self._size(node)
            if self.expanded > MAX_ALIAS_EXPANSION:
                raise GazetteerError(
                    Errors.E052.format(location=f"{self.path}:{node.start_mark.line + 1}", limit=MAX_ALIAS_EXPANSION)
                )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_lines: dict[Any, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            line = key_node.start_mark.line + 1
            if key_node.value in first_lines:
                raise GazetteerError(
                    Errors.E053.format(
                        location=f"{self.path}:{line}", key=key_node.value, first=first_lines[key_node.value]
                    )
                )
            first_lines[key_node.value] = line
        return super().construct_mapping(node, deep)

    def _size(self, node: yaml.Node) -> int:
        """Nodes under ``node``, itself included, counting what its own aliases repeat."""
        size = self.sizes.get(id(node))
        if size is None:
            if isinstance(node, yaml.MappingNode):
                children = [child for pair in node.value for child in pair]
            elif isinstance(node, yaml.SequenceNode):
                children = node.value
            else:
                children = []
            size = 1 + sum(self._size(child) for child in children)
            self.sizes[id(node)] = size
        return size


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while a file's many small objects are made.

    Each collection scans every object made so far, which made loading grow with the square of
    the file's size; a parsed YAML tree holds no cycles, so nothing is left for it to free.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(path: Path) -> GazetteerFile:
    try:
        loader = _GazetteerLoader(path.read_text(encoding="utf-8"), path)
        try:
            with _gc_paused():
                data = loader.get_single_data()
        finally:
            loader.dispose()
    except RecursionError:
        raise GazetteerError(Errors.E001.format(path=path, reason="nested too deeply")) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        reason = getattr(error, "problem", None) or str(error)
        raise GazetteerError(Errors.E001.format(path=where, reason=reason)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(Errors.E001.format(path=path, reason=error)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GazetteerError(
            Errors.E001.format(
                path=path, reason=f"the top level must be a mapping (entities: ...), not {type(data).__name__}"
            )
        )
    try:
        with _gc_paused():
            return GazetteerFile.model_validate(data)
    except ValidationError as error:
        raise GazetteerError("\n".join(_describe(path, data, detail) for detail in error.errors())) from None


def _describe(path: Path, data: dict[str, Any], detail: Any) -> str:
    """One line per validation problem: file:line, the entry it belongs to, the field, the message."""
    loc = tuple(part for part in detail["loc"] if not (isinstance(part, str) and part.startswith("function-")))
    entity_id = None
    if len(loc) >= 2 and loc[0] == "entities" and isinstance(loc[1], int):
        entries = data.get("entities")
        if isinstance(entries, list) and loc[1] < len(entries) and isinstance(entries[loc[1]], dict):
            entity_id = entries[loc[1]].get("id")
        field = ".".join(str(part) for part in loc[2:]) or "entry"
        entry = entity_id if isinstance(entity_id, str) else f"entry #{loc[1] + 1}"
    else:
        field = ".".join(str(part) for part in loc) or "file"
        entry = None
    message = detail["msg"]
    if detail["type"] == "extra_forbidden":
        message = "unknown field; check its spelling against docs/gazetteer-format.md"
    location = Located(path, loc)
    where = f"{location} {entry}" if entry else str(location)
    return Errors.E002.format(location=where, field=field, message=message)


def _entry_label(located: Located, entity_id: str) -> str:
    return f"{located} {entity_id}"


def _check_references(
    gazetteer: Gazetteer, origins: dict[str, Located], alias_origins: dict[tuple[str, str, int], Located]
) -> None:
    for entity in gazetteer:
        here = origins[entity.id]
        if entity.parent is not None and entity.parent not in origins:
            raise GazetteerError(
                Errors.E005.format(
                    location=_entry_label(Located(here.path, here.loc + ("parent",)), entity.id),
                    parent=entity.parent,
                    entity_id=entity.id,
                )
            )
        for field, alias, index in _aliases_with_fields(entity):
            if alias.ambiguous is None:
                continue
            # The label finds the line in the file: built only for a message, never on the way.
            where = _Label(alias_origins[(entity.id, field, index)], entity.id)
            for related in alias.ambiguous.related:
                if related not in origins:
                    raise GazetteerError(Errors.E006.format(location=where, related=related, alias=alias.text))
            for name in alias.ambiguous.cue_sets + alias.ambiguous.against_sets:
                if name not in gazetteer.word_sets:
                    known = ", ".join(sorted(gazetteer.word_sets)) or "none"
                    raise GazetteerError(Errors.E024.format(location=where, name=name, alias=alias.text, known=known))
            _warn_about_traps(entity, alias, where, gazetteer.word_sets)


@dataclass(frozen=True)
class _Label:
    """An entry's place for a message ("file:line org:CSTO"), read from the file only when formatted."""

    located: Located
    entity_id: str

    def __str__(self) -> str:
        return _entry_label(self.located, self.entity_id)


def _warn_about_traps(entity: Entity, alias: Alias, where: _Label, word_sets: dict[str, list[Phrase]]) -> None:
    """Warn about rules that load but cannot do what their author meant."""
    ambiguity = alias.ambiguous
    assert ambiguity is not None
    cues = {p.text.casefold() for p in phrases_of(ambiguity.cues, ambiguity.cue_sets, word_sets)}
    for phrase in phrases_of(ambiguity.against, ambiguity.against_sets, word_sets):
        folded = phrase.text.casefold()
        if folded == alias.text.casefold() and (phrase.case == "any" or phrase.text == alias.text):
            warnings.warn(Warnings.W001.format(location=where, alias=alias.text, phrase=phrase.text), stacklevel=2)
        if folded in cues:
            warnings.warn(Warnings.W002.format(location=where, alias=alias.text, phrase=phrase.text), stacklevel=2)


def phrases_of(own: list[Phrase], set_names: list[str], word_sets: dict[str, list[Phrase]]) -> list[Phrase]:
    """An ambiguity's own phrases followed by those of the named word sets, each once."""
    phrases = list(own) + [phrase for name in set_names for phrase in word_sets.get(name, [])]
    return list(dict.fromkeys(phrases))


def _aliases_with_fields(entity: Entity) -> Iterator[tuple[str, Alias, int]]:
    for field in ("names", "acronyms"):
        for index, alias in enumerate(getattr(entity, field)):
            yield field, alias, index


def _check_aliases(
    gazetteer: Gazetteer, origins: dict[str, Located], alias_origins: dict[tuple[str, str, int], Located]
) -> None:
    """Reject an alias that the matcher could not attribute to one entity.

    Names compare case-insensitively, so a name collides with any alias of the same
    letters; two acronyms collide only when written identically. The same text in two
    languages of one entity is fine (German and English "Iran"), and so are letters that two
    bodies share where both mark them ambiguous (Azerbaijani "İƏT": the OIC and the ECO): judging
    then takes the one the text supports, and neither where it supports both.
    """
    claimed: dict[tuple[str, ...], tuple[str, str, str, Located, bool]] = {}
    for entity in gazetteer:
        seen_in_entity: set[tuple[str, str | None]] = set()
        for field, alias, index in _aliases_with_fields(entity):
            where = alias_origins[(entity.id, field, index)]
            if (alias.text, alias.lang) in seen_in_entity:
                raise GazetteerError(
                    Errors.E009.format(location=_entry_label(where, entity.id), alias=alias.text, entity_id=entity.id)
                )
            seen_in_entity.add((alias.text, alias.lang))
            if not lookup_key(alias.text) or not any(ch.isalnum() for ch in alias.text):
                raise GazetteerError(
                    Errors.E011.format(location=_entry_label(where, entity.id), alias=alias.text, entity_id=entity.id)
                )
        here = origins[entity.id]
        for alias, alias_type in entity.all_aliases():
            texts = gazetteer.variants(alias.text) if alias_type == "name" else [alias.text]
            for text in texts:
                key = lookup_key(text)
                previous = claimed.get(key)
                shared = alias.ambiguous is not None
                if previous is None:
                    claimed[key] = (entity.id, alias_type, text, here, shared)
                    continue
                other_id, other_type, other_text, other_here, other_shared = previous
                if other_id == entity.id or (shared and other_shared):
                    continue
                if alias_type == "acronym" and other_type == "acronym" and other_text != text:
                    continue
                raise GazetteerError(
                    Errors.E004.format(
                        location=_entry_label(here, entity.id),
                        alias=alias.text,
                        entity_id=entity.id,
                        other_id=other_id,
                        other=other_here,
                    )
                )


def _line_of(path: Path, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the node at ``loc`` (or of its closest existing parent)."""
    try:
        stat = path.stat()
        node = _composed(path, stat.st_mtime_ns, stat.st_size)
    except (yaml.YAMLError, OSError, UnicodeDecodeError, RecursionError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == part), None)
            if child is None:  # an unknown key: point at the key itself
                child = next((key for key, _ in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


@lru_cache(maxsize=4)
def _composed(path: Path, mtime_ns: int, size: int) -> yaml.Node | None:
    """The file's node tree, with line marks: parsed once however many errors it has (until it changes)."""
    with _gc_paused():
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=_FastLoader)
