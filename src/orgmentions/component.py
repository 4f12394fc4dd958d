"""The spaCy door onto the matcher: ``nlp.add_pipe("orgmentions")``.

Registered through the ``spacy_factories`` entry point, so it works in any
pipeline without importing this package first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from orgmentions.extractor import Extractor

#: Span labels by entity kind, following spaCy's entity scheme.
LABELS = {"organisation": "ORG", "country": "GPE"}

if not Doc.has_extension("orgmentions"):
    Doc.set_extension("orgmentions", default=None)


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
    ``doc._.orgmentions``; a span group can only hold whole tokens, so a hashtag part
    appears there as its whole token. With ``set_ents`` the spans are also added to
    ``doc.ents``: where they overlap the model's entities, the model's are kept unless
    ``overwrite_ents`` is set.
    """

    def __init__(self, extractor: Extractor, *, spans_key: str, set_ents: bool, overwrite_ents: bool) -> None:
        self.extractor = extractor
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.extractor.find(doc.text)
        doc._.orgmentions = mentions
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
