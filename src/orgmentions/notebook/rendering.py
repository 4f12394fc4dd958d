"""Results -> HTML: the text with every mention highlighted, drawn by spaCy's displaCy.

displaCy's "ent" style is fed ``manual=True`` data built from the records, so every
mention is drawn at its own character offsets (parts of a compound hashtag included)
and displaCy does the escaping. Two of its options do the rest: ``colors`` colours each
mention by kind, and ``template`` adds a hover title to each mark: the preferred name
and canonical id, what matched (``matched_by``, the alias) and, for an ambiguous alias,
the evidence that it was meant. Where the gazetteer gives a Wikidata QID, the label
links to the entity's Wikidata page.

The views take results and read no files (`orgmentions.io.results` does that). What they
return is a `str` of HTML that also displays itself in a notebook; more than ``limit``
documents are not drawn (a browser chokes on a page of 50,000), and the page says so.
"""

from __future__ import annotations

import html
import itertools
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from orgmentions.gazetteer import Gazetteer
from orgmentions.records import DocumentMentions, Mention
from orgmentions.notebook.summaries import as_documents

#: Background colours by kind; a mention the gazetteer does not list gets `UNLINKED_COLOUR`.
KIND_COLOURS = {"organisation": "#7aecec", "country": "#feca74"}
OTHER_KIND_COLOUR = "#c7c7f5"
UNLINKED_COLOUR = "#dddddd"
#: An anaphor ("the Organization") is drawn lighter, labelled with its id and "anaphora".
ANAPHORA_COLOUR = "#d6f8f8"
ANAPHORA_LABEL = "{canonical_id} anaphora"

WIKIDATA_URL = "https://www.wikidata.org/wiki/{qid}"

# displaCy's own ent template with a title attribute for the hover text and without the
# whitespace around the text, so that the mark holds exactly the mention.
MENTION_TEMPLATE = (
    '<mark class="entity" title="{title}" style="background: {bg}; padding: 0.3em 0.5em; margin: 0 0.2em; '
    'line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.75em; font-weight: bold; '
    'line-height: 1; vertical-align: middle; margin-left: 0.4rem">{label}{kb_link}</span></mark>'
)

# displaCy's own link has "color: inherit; text-decoration: none", which does not look like a link.
LINK_TEMPLATE = (
    ' <a href="{url}" target="_blank" rel="noopener" title="Wikidata {qid}" '
    'style="color: #0645ad; text-decoration: underline; font-weight: normal">{qid}</a>'
)

#: Documents drawn at most by default; a page of 50,000 posts is tens of megabytes.
DEFAULT_LIMIT = 500

LIMIT_NOTE = (
    '<p class="orgmentions-limit" style="padding: 0.5em 1em; background: #fff3cd; border-radius: 0.35em">'
    "Showing the first {shown:,} of {total:,} documents. Render the others a slice at a time "
    "(<code>render(results[{shown}:{next}])</code>), or pass <code>limit=None</code> to draw them all.</p>"
)

PathLike = str | os.PathLike[str]


class HTMLMarkup(str):
    """HTML markup: a `str` (write it, search it, concatenate it) that a notebook displays as HTML."""

    @property
    def html(self) -> str:
        """The markup as a plain `str`."""
        return str(self)

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        # The markup itself would be a screenful of escaped text in a console.
        return f"<HTMLMarkup: {len(self):,} characters; .html gives the markup>"


def render_html(
    results: DocumentMentions | Iterable[DocumentMentions],
    *,
    page: bool = False,
    gazetteer: Gazetteer | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> HTMLMarkup:
    """HTML showing the mentions of one result or of several, one block per document.

    A document's ``doc_id`` is its heading. ``page=True`` gives a standalone HTML page,
    with a heading for every document ("Document 3" for one without an id).
    ``gazetteer`` supplies the Wikidata QIDs for the links (default: every checked QID of the
    bundled data, `orgmentions.knowledge.qid`, loaded only when a document has a linked mention). Only the first
    ``limit`` documents are drawn (None: all), with a note saying how many were left out.
    """
    from spacy import displacy

    documents, total = _first(results, limit)
    qids = _QidLookup(gazetteer)
    data = [_displacy_data(document, number, page, qids) for number, document in enumerate(documents, start=1)]
    options = {"template": MENTION_TEMPLATE, "colors": _colours(documents)}
    # jupyter=False: inside a notebook displaCy would display the HTML itself and return None.
    markup = displacy.render(data, style="ent", manual=True, page=page, jupyter=False, options=options)
    if page:
        # displaCy's page declares no encoding; without one a browser may misread the UTF-8 file.
        markup = markup.replace("<title>displaCy</title>", '<meta charset="utf-8">\n<title>orgmentions</title>', 1)
    if total > len(documents):
        note = LIMIT_NOTE.format(shown=len(documents), total=total, next=2 * len(documents))
        markup = re.sub(r"(<body[^>]*>)", lambda body: body.group(1) + note, markup, count=1) if page else note + markup
    return HTMLMarkup(markup)


def write_html(results: DocumentMentions | Iterable[DocumentMentions], path: PathLike, **options: Any) -> Path:
    """Write a standalone HTML page of ``results`` (see `render_html`, whose options it takes) and return its path."""
    path = Path(path)
    path.write_text(render_html(results, page=True, **options), encoding="utf-8")
    return path


def _first(
    results: DocumentMentions | Iterable[DocumentMentions], limit: int | None
) -> tuple[list[DocumentMentions], int]:
    """The first ``limit`` documents, and how many there are in all (the rest are counted, not kept)."""
    if isinstance(results, DocumentMentions) or limit is None:
        documents = as_documents(results)
        return documents, len(documents)
    stream = iter(results)
    documents = list(itertools.islice(stream, limit))
    return documents, len(documents) + sum(1 for _ in stream)


class _QidLookup:
    """Wikidata QIDs by canonical id, loaded on the first lookup.

    With the bundled data every QID of `orgmentions.knowledge` counts (the entity files' and the
    checked ones of ``gazetteers/knowledge/identifiers*.yaml``); a caller's own gazetteer gives its
    entities' ``wikidata`` only, so its made-up or private ids never borrow a bundled QID.
    """

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self._gazetteer = gazetteer

    def __call__(self, canonical_id: str) -> str | None:
        if self._gazetteer is None:
            from orgmentions import knowledge

            base = knowledge.default()
            return base.qid(canonical_id) if canonical_id in base.gazetteer else None
        entity = self._gazetteer.get(canonical_id)
        return entity.wikidata if entity is not None else None


def _displacy_data(document: DocumentMentions, number: int, page: bool, qids: _QidLookup) -> dict[str, Any]:
    title = document.doc_id if document.doc_id is not None else (f"Document {number}" if page else None)
    return {
        "text": document.text,
        "ents": [_span(mention, qids) for mention in document.mentions],
        # displaCy inserts the title and the template parameters unescaped.
        "title": html.escape(title) if title is not None else None,
    }


def _span(mention: Mention, qids: _QidLookup) -> dict[str, Any]:
    span: dict[str, Any] = {"start": mention.start, "end": mention.end}
    link = ""
    if mention.canonical_id is None:
        span["label"] = html.escape(mention.kind)
        hover = f"{mention.kind}: not in the gazetteer (found by the model)"
    else:
        label = ANAPHORA_LABEL if mention.matched_by == "anaphora" else "{canonical_id}"
        span["label"] = html.escape(label.format(canonical_id=mention.canonical_id))
        hover = f"{mention.name} ({mention.canonical_id})\n{_why(mention)}"
        qid = qids(mention.canonical_id)
        if qid is not None:
            link = LINK_TEMPLATE.format(url=html.escape(WIKIDATA_URL.format(qid=qid)), qid=html.escape(qid))
    # displaCy inserts the parameters unescaped; kb_link replaces its own link markup.
    span["params"] = {"title": html.escape(hover), "kb_link": link}
    return span


def _why(mention: Mention) -> str:
    """Why a mention was found, for the hover: what matched and, for an ambiguous alias, the evidence."""
    matched = mention.matched_by.replace("_", " ")
    if mention.alias is not None and mention.alias != mention.text:
        matched += f" {mention.alias!r}"
    evidence = f"evidence: {mention.evidence}" if mention.evidence else "no evidence needed (not ambiguous)"
    return f"matched by: {matched}\n{evidence}"


def _colours(documents: list[DocumentMentions]) -> dict[str, str]:
    """displaCy colours by label: canonical ids by their kind, unlinked labels all alike."""
    colours: dict[str, str] = {}
    for mention in itertools.chain.from_iterable(documents):
        if mention.canonical_id is None:
            colours[html.escape(mention.kind)] = UNLINKED_COLOUR
        elif mention.matched_by == "anaphora":
            colours[html.escape(ANAPHORA_LABEL.format(canonical_id=mention.canonical_id))] = ANAPHORA_COLOUR
        else:
            colours[html.escape(mention.canonical_id)] = KIND_COLOURS.get(mention.kind, OTHER_KIND_COLOUR)
    return colours
