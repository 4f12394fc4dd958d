"""The spaCy door onto the matcher: ``nlp.add_pipe("orgmentions")``.

Registered through the ``spacy_factories`` entry point, so it works in any
pipeline without importing this package first.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.util import filter_spans

from orgmentions.extractor import Extractor
from orgmentions.records import Mention, trusted

#: Span labels by entity kind, following spaCy's entity scheme.
LABELS = {"organisation": "ORG", "country": "GPE"}

# The records live in ``doc.user_data`` as plain rows that msgpack can write, so a Doc
# survives ``to_bytes``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=...)``;
# ``doc._.orgmentions`` builds the `Mention` records from them on access.
USER_DATA_KEY = ("orgmentions", "mentions")
_ROW_FIELDS = ("start", "end", "canonical_id", "kind", "name", "matched_by", "alias", "evidence")


def mentions_of(doc: Doc) -> list[Mention] | None:
    """The records the component stored on ``doc`` (None if it has not run on it)."""
    rows = doc.user_data.get(USER_DATA_KEY)
    if rows is None:
        return None
    text = doc.text
    return [trusted(Mention, {"text": text[row[0] : row[1]], **dict(zip(_ROW_FIELDS, row))}) for row in rows]


Doc.set_extension("orgmentions", getter=mentions_of, force=True)


@Language.factory(
    "orgmentions",
    default_config={
        "gazetteers": [],
        "include_bundled": True,
        "spans_key": "orgmentions",
        "set_ents": False,
        "overwrite_ents": False,
    },
)
def make_orgmentions(
    nlp: Language,
    name: str,
    gazetteers: list[str],
    include_bundled: bool,
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
) -> OrgMentions:
    return OrgMentions(
        Extractor(gazetteers or None, include_bundled=include_bundled),
        spans_key=spans_key,
        set_ents=set_ents,
        overwrite_ents=overwrite_ents,
    )


class OrgMentions:
    """Writes linked mentions to ``doc.spans[spans_key]`` (``Span.kb_id_`` = canonical id).

    The full records, hashtag parts at their own character offsets included, are in
    ``doc._.orgmentions``. A span can only hold whole tokens, so a hashtag part
    ("Russia" in "#RussiaALBA") appears in the span group as its whole token.

    ``doc.ents`` holds one entity per token, so with ``set_ents`` the component first
    splits every token at the mention boundaries inside it ("#RussiaALBA" becomes "#",
    "Russia", "ALBA"): then each mention is an entity of its own, at its exact offsets,
    and no part of a compound hashtag is lost. Span groups of earlier components are
    carried over to the new tokens. Where our entities overlap the model's, the model's
    are kept unless ``overwrite_ents`` is set.
    """

    def __init__(self, extractor: Extractor, *, spans_key: str, set_ents: bool, overwrite_ents: bool) -> None:
        self.extractor = extractor
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.extractor.find(doc.text)
        doc.user_data[USER_DATA_KEY] = [[getattr(mention, field) for field in _ROW_FIELDS] for mention in mentions]
        if self.set_ents:
            _split_at_boundaries(doc, {offset for mention in mentions for offset in (mention.start, mention.end)})
        spans = []
        for mention in mentions:
            span = doc.char_span(
                mention.start,
                mention.end,
                label=LABELS[mention.kind],
                kb_id=mention.canonical_id or "",
                alignment_mode="expand",
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            doc.ents = self._merged_ents(doc, filter_spans(spans))
        return doc

    def _merged_ents(self, doc: Doc, ours: list[Span]) -> list[Span]:
        existing = list(doc.ents)
        keep, add = (ours, existing) if self.overwrite_ents else (existing, ours)
        kept_tokens = {i for span in keep for i in range(span.start, span.end)}
        added = [span for span in add if not any(i in kept_tokens for i in range(span.start, span.end))]
        return sorted(keep + added, key=lambda span: span.start)


def _split_at_boundaries(doc: Doc, offsets: set[int]) -> None:
    """Split the tokens that have one of ``offsets`` strictly inside them at those offsets."""
    starts = [token.idx for token in doc]
    cuts: dict[int, list[int]] = {}
    for offset in sorted(offsets):
        index = bisect_right(starts, offset) - 1
        if index >= 0 and starts[index] < offset < starts[index] + len(doc[index]):
            cuts.setdefault(index, []).append(offset - starts[index])
    if not cuts:
        return
    # The retokenizer leaves span groups on the old token indices; they are rebuilt from characters.
    groups = {key: (group.attrs, [_span_fields(span) for span in group]) for key, group in doc.spans.items()}
    parsed = doc.has_annotation("DEP")
    with doc.retokenize() as retokenizer:
        for index, within in cuts.items():
            token = doc[index]
            bounds = [0, *within, len(token)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, pieces, heads=_heads(token, len(pieces)), attrs=_dep_attrs(token, pieces, parsed))
    for key, (attrs, spans) in groups.items():
        rebuilt = [doc.char_span(start, end, **fields) for start, end, fields in spans]
        doc.spans[key] = SpanGroup(doc, name=key, attrs=attrs, spans=[span for span in rebuilt if span is not None])


def _span_fields(span: Span) -> tuple[int, int, dict[str, Any]]:
    return span.start_char, span.end_char, {"label": span.label_, "kb_id": span.kb_id_, "span_id": span.id_}


def _heads(token: Token, count: int) -> list[Any]:
    """The first piece takes the token's place in the tree, as spaCy moves the token's dependents
    to it; the other pieces hang on it (a root stays a root)."""
    first = (token, 0)
    return [first if token.head.i == token.i else token.head] + [first] * (count - 1)


def _dep_attrs(token: Token, pieces: list[str], parsed: bool) -> dict[str, list[str]]:
    if not parsed:
        return {}
    token.vocab.strings.add("compound")
    return {"DEP": [token.dep_] + ["compound"] * (len(pieces) - 1)}
