"""Matches -> records: the `Extractor`, and the optional statistical model.

spaCy is imported only when a statistical pipeline is used; the default path is
the string matcher alone.
"""

from __future__ import annotations

import itertools
import math
import os
import sys
import threading
import warnings
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgmentions.cache import cached
from orgmentions.errors import Errors, InputError, SkippedItemsWarning, Warnings
from orgmentions.sources import PathLike, stored_files
from orgmentions.judging import Judged, judge
from orgmentions.matcher import AliasEntry, Matcher
from orgmentions.normalise import lone_surrogate
from orgmentions.records import DocumentMentions, Mention, trusted

if TYPE_CHECKING:
    from orgmentions.anaphora import AnaphoraResolver
    from orgmentions.gazetteer import Gazetteer
    from spacy.language import Language
    from spacy.tokens import Doc

#: What `extract_many` accepts per document.
Item = str | tuple[str, Any] | Mapping[str, Any]

#: Model labels whose spans may be linked to the gazetteer when their text is a listed alias.
LINKABLE_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})


class Extractor:
    """Finds mentions with a set of gazetteers and, optionally, a statistical spaCy pipeline.

    ``gazetteers``: extra gazetteer files or folders (added to the bundled ones unless
    ``include_bundled=False``), or a loaded `Gazetteer`. ``nlp``: a spaCy pipeline or the
    name of an installed one; its entities that the gazetteer does not cover are added
    as unlinked mentions. ``anaphora``: also resolve what the text calls its bodies after naming
    them ("the Organization"), as mentions with ``matched_by="anaphora"`` (see `orgmentions.anaphora`).
    """

    def __init__(
        self,
        gazetteers: Iterable[PathLike] | Gazetteer | None = None,
        *,
        include_bundled: bool = True,
        nlp: Language | str | None = None,
        anaphora: bool = False,
    ) -> None:
        self._gazetteer: Gazetteer | None = None
        if _is_gazetteer(gazetteers):
            self._gazetteer = gazetteers
            self.matcher = _matcher_for(gazetteers)
        else:
            if isinstance(gazetteers, (str, os.PathLike)):  # one file or folder, not a sequence of characters
                gazetteers = [gazetteers]
            self._files = stored_files(gazetteers, include_bundled)
            # Extraction needs only the matcher: the validated gazetteers are read when first asked for.
            self.matcher = _stored_matcher(*self._files)
        if isinstance(nlp, str):
            nlp = _load_pipeline(nlp)
        self.nlp = nlp
        self.anaphora = anaphora
        self._anaphora = _resolver_for(self.gazetteer) if anaphora else None

    @property
    def gazetteer(self) -> Gazetteer:
        """The validated gazetteers this extractor finds the names of."""
        if self._gazetteer is None:
            from orgmentions.gazetteer import _load_cached

            self._gazetteer = _load_cached(*self._files)
        return self._gazetteer

    def find(self, text: str) -> list[Mention]:
        """The gazetteer mentions in ``text`` (no statistical model), in text order."""
        _check_text(text)
        return self._find(text)

    def _find(self, text: str) -> list[Mention]:
        entities = self.matcher.records
        # Built without re-validation: the matcher's spans slice the text by construction.
        mentions = [
            trusted(
                Mention,
                {
                    "text": text[candidate.start : candidate.end],
                    "start": candidate.start,
                    "end": candidate.end,
                    **entities[candidate.entry.entity_id],  # type: ignore[union-attr]
                    "matched_by": candidate.matched_by,
                    "alias": candidate.entry.text,
                    "evidence": evidence.describe() if evidence else None,
                },
            )
            for candidate, evidence in self.judged(text)
        ]
        return self.with_anaphora(text, mentions)

    def with_anaphora(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` (of ``text``, in text order) with the anaphors they resolve, if this extractor resolves them."""
        if self._anaphora is not None and mentions:
            anaphors = self._anaphora.resolve(text, mentions)
            if anaphors:
                return sorted(mentions + anaphors, key=lambda m: (m.start, m.end))
        return mentions

    def judged(self, text: str) -> list[Judged]:
        """The gazetteer's mentions in ``text`` as the core leaves them: found, then judged."""
        return judge(text, self.matcher.candidates(text), self.matcher.phrases)

    def extract(
        self, text: str, doc_id: str | None = None, metadata: Mapping[str, Any] | None = None
    ) -> DocumentMentions:
        """All mentions in one document."""
        _check_text(text, doc_id)
        _check_metadata(metadata, doc_id)
        doc_id = None if doc_id is None else str(doc_id)  # as extract_many does: JSON round trips keep it
        blank = not text or text.isspace()  # isspace: no copy of a long text, unlike strip()
        mentions = [] if blank else self._find(text)
        if self.nlp is not None and not blank:
            mentions = self._add_model_entities(text, mentions, _model_docs(self.nlp, text))
        return _document(text, doc_id, metadata, mentions)

    def extract_many(
        self,
        items: Iterable[Item],
        *,
        batch_size: int = 256,
        n_process: int = 1,
        progress: bool = False,
        skip_bad: bool = False,
    ) -> Iterator[DocumentMentions]:
        """Extract from a stream of documents, yielding results in input order.

        Items are strings, ``(text, doc_id)`` pairs, or mappings with ``text`` and
        optionally ``id``/``doc_id`` and ``metadata``; a mapping's other fields (a
        ``date`` column of ``df.to_dict("records")``) join its metadata, as the file
        readers do. The stream is read batch by batch, so memory stays bounded however
        long it is. An item without a usable text (None, NaN, a mapping without
        ``text``) raises, naming the item; with ``skip_bad=True`` it is skipped instead
        and one `SkippedItemsWarning` at the end gives the count and the first problem.
        """
        if isinstance(items, (str, bytes)):  # would be read a character at a time
            raise TypeError(Errors.E046.format(type_name=type(items).__name__))
        stream: Iterable[Item] = items
        if progress:
            from tqdm import tqdm

            stream = tqdm(items, unit="doc", desc="orgmentions")
        documents = _documents(stream, skip_bad)
        if self.nlp is not None:
            yield from self._extract_with_model(documents, batch_size, n_process)
        elif n_process > 1:
            from orgmentions.parallel import extract_in_processes

            yield from extract_in_processes(self, documents, batch_size, n_process)
        else:
            for text, doc_id, metadata in documents:
                yield self.extract(text, doc_id, metadata)

    def _extract_with_model(
        self, documents: Iterator[tuple[str, str | None, dict[str, Any]]], batch_size: int, n_process: int
    ) -> Iterator[DocumentMentions]:
        assert self.nlp is not None
        while batch := list(itertools.islice(documents, batch_size * max(1, n_process))):
            short = [text for text, _, _ in batch if len(text) <= self.nlp.max_length]
            parsed = iter(self.nlp.pipe(short, batch_size=batch_size, n_process=n_process))
            for text, doc_id, metadata in batch:
                docs = [(0, next(parsed))] if len(text) <= self.nlp.max_length else _model_docs(self.nlp, text)
                mentions = [] if not text or text.isspace() else self._find(text)
                yield _document(text, doc_id, metadata, self._add_model_entities(text, mentions, docs))

    def _add_model_entities(self, text: str, mentions: list[Mention], docs: list[tuple[int, Doc]]) -> list[Mention]:
        """Add the model's entities that no gazetteer mention overlaps; link those whose text is a listed alias."""
        # Gazetteer mentions do not overlap each other, so their starts and ends sort alike.
        starts = [m.start for m in mentions]
        ends = [m.end for m in mentions]
        added: list[Mention] = []
        for offset, doc in docs:
            for ent in doc.ents:
                start, end = offset + ent.start_char, offset + ent.end_char
                # The first mention ending after this start overlaps it if it also starts before its end.
                first = bisect_right(ends, start)
                if first < len(starts) and starts[first] < end:
                    continue
                alias = self._linked_alias(ent.text) if ent.label_ in LINKABLE_LABELS else None
                entity = self.gazetteer[alias.entity_id] if alias else None
                added.append(
                    Mention(
                        text=text[start:end],
                        start=start,
                        end=end,
                        canonical_id=entity.id if entity else None,
                        kind=entity.kind if entity else ent.label_,
                        name=entity.name if entity else None,
                        matched_by="model",
                        alias=alias.text if alias else None,
                    )
                )
        return sorted(mentions + added, key=lambda m: (m.start, m.end))

    def _linked_alias(self, span_text: str) -> AliasEntry | None:
        """The alias a model's span consists of, if it is one the gazetteer takes at its word.

        The span may be in lower case ("russia"), which the matcher alone does not take. An
        ambiguous alias is not linked on the model's say-so: in context the gazetteer found no
        evidence for it ("GCC" beside "clang"), or a not-mention covered it ("SCO Group").
        """
        for form in dict.fromkeys((span_text, span_text[:1].upper() + span_text[1:])):
            judged = judge(form, self.matcher.candidates(form), self.matcher.phrases)
            if len(judged) == 1 and judged[0].candidate.end - judged[0].candidate.start == len(form):
                entry = judged[0].candidate.entry
                return entry if isinstance(entry, AliasEntry) and entry.sense is None else None
        return None


def _load_pipeline(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:  # spaCy's "[E050] Can't find model ..."
        raise ValueError(Errors.E021.format(name=name, reason=str(error).splitlines()[0])) from None


@lru_cache(maxsize=8)
def _resolver_for(gazetteer: Gazetteer) -> AnaphoraResolver:
    from orgmentions.anaphora import AnaphoraResolver  # only for anaphora=True: not part of every cold start

    return AnaphoraResolver(gazetteer)


@lru_cache(maxsize=8)
def _matcher_for(gazetteer: Gazetteer) -> Matcher:
    if gazetteer.stored_as is None:
        return Matcher(gazetteer)
    return _stored_matcher(*gazetteer.stored_as)


@lru_cache(maxsize=8)
def _stored_matcher(files: tuple[Path, ...], stamps: tuple[tuple[int, int], ...]) -> Matcher:
    """The matcher of these files as they are, built once and kept on disk (`orgmentions.cache`)."""

    def build() -> Matcher:
        from orgmentions.gazetteer import _load_cached

        return Matcher(_load_cached(files, stamps))

    return cached(files, stamps, build, kind="matcher")


def _is_gazetteer(value: object) -> bool:
    # Read from sys.modules rather than imported: an extractor of the stored matcher never loads the
    # validating module, and no Gazetteer can exist before that module was.
    module = sys.modules.get("orgmentions.gazetteer")
    return module is not None and isinstance(value, module.Gazetteer)


def _check_text(text: object, doc_id: object = None) -> None:
    if not isinstance(text, str):
        where = f" for document {doc_id!r}" if doc_id is not None else ""
        raise TypeError(Errors.E008.format(type_name=type(text).__name__, where=where))
    # Refused, not replaced: no output could hold the text, and a replacement would hide corrupt input.
    position = lone_surrogate(text)
    if position is not None:
        where = f" of document {doc_id!r}" if doc_id is not None else ""
        raise InputError(Errors.E044.format(code=ord(text[position]), position=position, where=where))


def _check_metadata(metadata: object, doc_id: object = None) -> None:
    # Checked here, not when a writer meets it thousands of documents later.
    if metadata is None or (isinstance(metadata, Mapping) and all(isinstance(key, str) for key in metadata)):
        return
    where = f" of document {doc_id!r}" if doc_id is not None else ""
    found = type(metadata).__name__ if not isinstance(metadata, Mapping) else "a mapping with a key that is not a str"
    raise TypeError(Errors.E045.format(found=found, where=where))


def _document(
    text: str, doc_id: str | None, metadata: Mapping[str, Any] | None, mentions: list[Mention]
) -> DocumentMentions:
    return trusted(
        DocumentMentions, {"doc_id": doc_id, "text": text, "metadata": dict(metadata or {}), "mentions": mentions}
    )


def _documents(items: Iterable[Item], skip_bad: bool) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """The items unpacked; with ``skip_bad``, those that cannot be are counted and warned about once."""
    skipped = 0
    first_problem = ""
    for number, item in enumerate(items, start=1):
        try:
            document = _unpack(item, number)
        except (TypeError, InputError) as error:
            if not skip_bad:
                raise
            skipped += 1
            first_problem = first_problem or str(error)
            continue
        yield document
    if skipped:
        # A warning rather than a print: the library never writes to the console itself.
        warnings.warn(SkippedItemsWarning(Warnings.W020.format(count=skipped, first=first_problem)), stacklevel=2)


# Keys of an item mapping that are not metadata.
_ITEM_KEYS = frozenset({"text", "id", "doc_id", "metadata"})


def _unpack(item: Item, number: int) -> tuple[str, str | None, dict[str, Any]]:
    """(text, doc_id, metadata) from one `extract_many` item."""
    if isinstance(item, str):
        return item, None, {}
    if isinstance(item, tuple) and len(item) == 2:
        text, doc_id = item
        _check_item_text(text, doc_id, number)
        return text, None if doc_id is None else str(doc_id), {}
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError(Errors.E013.format(number=number, keys=sorted(item)))
        text = item["text"]
        doc_id = item.get("id", item.get("doc_id"))
        _check_item_text(text, doc_id, number)
        _check_text(text, doc_id)
        _check_metadata(item.get("metadata"), doc_id)
        # Fields beside text and id are metadata, as the file readers make them; "metadata" adds to them.
        metadata = {key: value for key, value in item.items() if key not in _ITEM_KEYS}
        metadata.update(item.get("metadata") or {})
        return text, None if doc_id is None else str(doc_id), metadata
    raise TypeError(Errors.E022.format(number=number, type_name=type(item).__name__))


def _check_item_text(text: object, doc_id: object, number: int) -> None:
    if not isinstance(text, str):
        missing = text is None or (isinstance(text, float) and math.isnan(text))
        raise TypeError(
            Errors.E060.format(
                number=number,
                where=f" (document {doc_id!r})" if doc_id is not None else "",
                type_name=type(text).__name__,
                hint=" (a missing value)" if missing else "",
            )
        )


def _model_docs(nlp: Language, text: str) -> list[tuple[int, Doc]]:
    """Run the model over ``text`` in pieces below ``nlp.max_length``, each with its offset."""
    limit = nlp.max_length
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            # Cut at a line break, else at a space, so no entity is split between pieces.
            cut = text.rfind("\n", start + 1, end)
            if cut < 0:
                cut = text.rfind(" ", start + 1, end)
            end = cut + 1 if cut > 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return [(offset, doc) for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces), strict=True)]


_default: Extractor | None = None
_default_with_anaphora: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor(anaphora: bool = False) -> Extractor:
    """The process-wide extractor over the bundled gazetteers (with or without anaphora), built on first use."""
    global _default, _default_with_anaphora
    if anaphora:
        if _default_with_anaphora is None:
            with _default_lock:
                if _default_with_anaphora is None:
                    _default_with_anaphora = Extractor(anaphora=True)
        return _default_with_anaphora
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default
