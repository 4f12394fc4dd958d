"""Results -> HTML: the text with every mention highlighted, drawn by spaCy's displaCy.

displaCy's "ent" style is fed ``manual=True`` data built from the records, so every
mention is drawn at its own character offsets (parts of a compound hashtag included)
and displaCy does the escaping. Two of its options do the rest: ``colors`` colours each
mention by kind, and ``template`` adds a hover title (preferred name and canonical id)
to each mark. Where the gazetteer gives a Wikidata QID, displaCy's ``kb_id``/``kb_url``
add a link to the entity's Wikidata page.
"""

from __future__ import annotations

import html
import itertools
import os
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

WIKIDATA_URL = "https://www.wikidata.org/wiki/{qid}"

# displaCy's own ent template with a title attribute for the hover text and without the
# whitespace around the text, so that the mark holds exactly the mention.
MENTION_TEMPLATE = (
    '<mark class="entity" title="{title}" style="background: {bg}; padding: 0.3em 0.5em; margin: 0 0.2em; '
    'line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.75em; font-weight: bold; '
    'line-height: 1; vertical-align: middle; margin-left: 0.4rem">{label}{kb_link}</span></mark>'
)

PathLike = str | os.PathLike[str]


def render_html(
    results: DocumentMentions | Iterable[DocumentMentions],
    *,
    page: bool = False,
    gazetteer: Gazetteer | None = None,
) -> str:
    """HTML showing the mentions of one result or of several, one block per document.

    A document's ``doc_id`` is its heading. ``page=True`` gives a standalone HTML page,
    with a heading for every document ("Document 3" for one without an id).
    ``gazetteer`` supplies the Wikidata QIDs for the links (default: the bundled
    gazetteers, loaded only when a document has a linked mention).
    """
    from spacy import displacy

    documents = as_documents(results)
    qids = _QidLookup(gazetteer)
    data = [_displacy_data(document, number, page, qids) for number, document in enumerate(documents, start=1)]
    options = {"template": MENTION_TEMPLATE, "colors": _colours(documents)}
    # jupyter=False: inside a notebook displaCy would display the HTML itself and return None.
    markup = displacy.render(data, style="ent", manual=True, page=page, jupyter=False, options=options)
    if page:
        # displaCy's page declares no encoding; without one a browser may misread the UTF-8 file.
        markup = markup.replace("<title>displaCy</title>", '<meta charset="utf-8">\n<title>orgmentions</title>', 1)
    return markup


def write_html(results: DocumentMentions | Iterable[DocumentMentions], path: PathLike, **options: Any) -> Path:
    """Write a standalone HTML page of ``results`` (see `render_html`) and return its path."""
    path = Path(path)
    path.write_text(render_html(results, page=True, **options), encoding="utf-8")
    return path


class _QidLookup:
    """Wikidata QIDs by canonical id; the gazetteer is loaded on the first lookup."""

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self._gazetteer = gazetteer

    def __call__(self, canonical_id: str) -> str | None:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load()
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
    if mention.canonical_id is None:
        span["label"] = html.escape(mention.kind)
        hover = f"{mention.kind}: not in the gazetteer (found by the model)"
    else:
        span["label"] = html.escape(mention.canonical_id)
        hover = f"{mention.name} ({mention.canonical_id})"
        qid = qids(mention.canonical_id)
        if qid is not None:
            span["kb_id"] = html.escape(qid)
            span["kb_url"] = html.escape(WIKIDATA_URL.format(qid=qid))
    span["params"] = {"title": html.escape(hover)}
    return span


def _colours(documents: list[DocumentMentions]) -> dict[str, str]:
    """displaCy colours by label: canonical ids by their kind, unlinked labels all alike."""
    colours: dict[str, str] = {}
    for mention in itertools.chain.from_iterable(documents):
        if mention.canonical_id is None:
            colours[html.escape(mention.kind)] = UNLINKED_COLOUR
        else:
            colours[html.escape(mention.canonical_id)] = KIND_COLOURS.get(mention.kind, OTHER_KIND_COLOUR)
    return colours
