"""HTML rendering: every mention marked at its offsets, text escaped, links and hover titles, files."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import orgmentions
from orgmentions import DocumentMentions, Gazetteer, Mention, knowledge
from orgmentions.notebook.rendering import WIKIDATA_URL, render_html, write_html
from orgmentions.schema import Entity


@dataclass
class RenderedDocument:
    """What a reader sees of one rendered document: its text, and the marks in it."""

    pieces: list[str] = field(default_factory=list)
    marks: list[tuple[int, str]] = field(default_factory=list)  # (offset in the text, marked text)
    titles: list[str | None] = field(default_factory=list)
    links: list[str | None] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.pieces)


class RenderedHTML(HTMLParser):
    """Reads displaCy's ent markup back: one `RenderedDocument` per ``div.entities``.

    Inside a ``<mark>``, the text before the label ``<span>`` is the mention; the label and
    its link are not part of the document text. Outside marks, ``<br>`` stands for a newline.
    """

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.documents: list[RenderedDocument] = []
        self.headings: list[str] = []
        self.tags: list[str] = []
        self.link_styles: list[str | None] = []
        self._in_heading = False
        self._in_document = False
        self._in_mark = False
        self._in_label = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        if tag == "h2":
            self._in_heading = True
            self.headings.append("")
        elif tag == "div" and "entities" in (attributes.get("class") or "").split():
            self._in_document = True
            self.documents.append(RenderedDocument())
        elif tag == "mark" and self._in_document:
            assert not self._in_mark, "marks must not nest"
            document = self.documents[-1]
            self._in_mark = True
            document.marks.append((len(document.text), ""))
            document.titles.append(attributes.get("title"))
            document.links.append(None)
            document.labels.append("")
        elif tag == "span" and self._in_mark:
            self._in_label = True
        elif tag == "a" and self._in_label:
            self.documents[-1].links[-1] = attributes.get("href")
            self.link_styles.append(attributes.get("style"))
        elif tag == "br" and self._in_document and not self._in_mark:
            self.documents[-1].pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_heading = False
        elif tag == "div" and self._in_document and not self._in_mark:
            self._in_document = False
        elif tag == "mark":
            document = self.documents[-1]
            offset, marked = document.marks[-1]
            document.pieces.append(marked)
            self._in_mark = self._in_label = False
        elif tag == "span" and self._in_label:
            self._in_label = False

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self.headings[-1] += data
        elif self._in_label:
            self.documents[-1].labels[-1] += data
        elif self._in_mark:
            offset, marked = self.documents[-1].marks[-1]
            self.documents[-1].marks[-1] = (offset, marked + data)
        elif self._in_document:
            self.documents[-1].pieces.append(data)


def mention(text: str, document: str, canonical_id: str | None, kind: str, name: str | None, **fields) -> Mention:
    """A mention of the first occurrence of ``text`` in ``document``."""
    start = document.index(text)
    return Mention(
        text=text,
        start=start,
        end=start + len(text),
        canonical_id=canonical_id,
        kind=kind,
        name=name,
        matched_by=fields.pop("matched_by", "name"),
        **fields,
    )


@pytest.fixture()
def gazetteer() -> Gazetteer:
    """A small gazetteer of our own (made-up QIDs), so the expected links do not depend on the bundled data."""
    entities = [
        Entity(
            id="org:CSTO",
            name="Collective Security Treaty Organization",
            category="military_alliance",
            wikidata="Q1001",
        ),
        Entity(
            id="org:SCO", name="Shanghai Cooperation Organisation", category="regional_organisation", wikidata="Q1002"
        ),
        Entity(id="country:RUS", name="Russia", category="un_member"),  # no QID: no link
    ]
    return Gazetteer(entities, [], [], [])


def assert_faithful(rendered: RenderedDocument, document: DocumentMentions) -> None:
    """The marks are the records' mentions at their offsets, and the text reassembles exactly."""
    assert rendered.text == document.text
    assert [marked for _, marked in rendered.marks] == [m.text for m in document.mentions]
    assert [offset for offset, _ in rendered.marks] == [m.start for m in document.mentions]


def test_every_mention_is_marked_at_its_offsets(gazetteer: Gazetteer) -> None:
    text = "Russia and the CSTO met.\nThe #SCOSummit followed;\n\nPutin spoke  twice."
    document = DocumentMentions(
        doc_id="d1",
        text=text,
        mentions=[
            mention("Russia", text, "country:RUS", "country", "Russia"),
            mention(
                "CSTO",
                text,
                "org:CSTO",
                "organisation",
                "Collective Security Treaty Organization",
                matched_by="acronym",
            ),
            # Part of a hashtag: a mark that starts and ends inside a token.
            mention(
                "SCO", text, "org:SCO", "organisation", "Shanghai Cooperation Organisation", matched_by="hashtag_part"
            ),
            mention("Putin", text, None, "PERSON", None, matched_by="model"),
        ],
    )
    [rendered] = RenderedHTML(render_html(document, gazetteer=gazetteer)).documents
    assert_faithful(rendered, document)


def test_hover_titles_labels_and_wikidata_links(gazetteer: Gazetteer) -> None:
    text = "Russia, the CSTO and Putin."
    document = DocumentMentions(
        text=text,
        mentions=[
            mention("Russia", text, "country:RUS", "country", "Russia"),
            mention(
                "CSTO",
                text,
                "org:CSTO",
                "organisation",
                "Collective Security Treaty Organization",
                matched_by="acronym",
                alias="CSTO",
                evidence="cue 'member states' nearby",
            ),
            mention("Putin", text, None, "PERSON", None, matched_by="model"),
        ],
    )
    rendered = RenderedHTML(render_html(document, gazetteer=gazetteer)).documents[0]
    assert rendered.titles == [
        "Russia (country:RUS)\nmatched by: name\nno evidence needed (not ambiguous)",
        "Collective Security Treaty Organization (org:CSTO)\nmatched by: acronym\nevidence: cue 'member states' nearby",
        "PERSON: not in the gazetteer (found by the model)",
    ]
    assert rendered.links == [None, WIKIDATA_URL.format(qid="Q1001"), None]
    assert [label.split() for label in rendered.labels] == [["country:RUS"], ["org:CSTO", "Q1001"], ["PERSON"]]


def test_mentions_are_coloured_by_kind_and_unlinked_ones_apart() -> None:
    text = "Russia, the CSTO, Putin and Lavrov."
    document = DocumentMentions(
        text=text,
        mentions=[
            mention("Russia", text, "country:RUS", "country", "Russia"),
            mention("CSTO", text, "org:CSTO", "organisation", "Collective Security Treaty Organization"),
            mention("Putin", text, None, "PERSON", None, matched_by="model"),
            mention("Lavrov", text, None, "ORG", None, matched_by="model"),  # a model label that is also displaCy's
        ],
    )
    markup = render_html(document, gazetteer=Gazetteer([], [], [], []))
    backgrounds = [part.split(";")[0] for part in markup.split("background: ")[1:]]
    assert backgrounds == ["#feca74", "#7aecec", "#dddddd", "#dddddd"]


def test_markup_in_the_text_is_escaped(gazetteer: Gazetteer) -> None:
    text = "Say \"CSTO\" & <script>alert('Russia')</script> <b>bold</b> &amp; R&D"
    document = DocumentMentions(
        doc_id='<img src=x onerror="alert(1)">',
        text=text,
        mentions=[
            mention("CSTO", text, "org:CSTO", "organisation", "Collective Security Treaty Organization"),
            mention("Russia", text, "country:RUS", "country", 'Russia "the Federation" & <co>'),
        ],
    )
    markup = render_html(document, page=True, gazetteer=gazetteer)
    parsed = RenderedHTML(markup)
    assert "script" not in parsed.tags and "b" not in parsed.tags and "img" not in parsed.tags
    assert "<script>" not in markup and "<b>" not in markup
    assert_faithful(parsed.documents[0], document)
    assert parsed.headings == [document.doc_id]
    assert parsed.documents[0].titles[1].splitlines()[0] == 'Russia "the Federation" & <co> (country:RUS)'


def test_extracted_hashtag_parts_render_at_their_offsets() -> None:
    text = "Lavrov met partners from the #SCO and the #CSTO at the #BRICSSummit in Kazan, Russia."
    document = orgmentions.extract(text, doc_id="kazan")
    assert any(m.matched_by == "hashtag_part" for m in document)
    [rendered] = RenderedHTML(render_html(document)).documents
    assert_faithful(rendered, document)
    # Links come from the bundled data's checked QIDs.
    expected = [WIKIDATA_URL.format(qid=knowledge.qid(m.canonical_id)) for m in document]
    assert rendered.links == expected


def test_every_entity_with_a_checked_qid_links_to_wikidata() -> None:
    text = (
        "UNHCR and the World Food Programme asked the New Development Bank for funds, and CELAC "
        "leaders met the Holy See's envoy."
    )
    document = orgmentions.extract(text, doc_id="qids")
    assert [m.canonical_id for m in document] == ["org:UNHCR", "org:WFP", "org:NDB", "org:CELAC", "country:VAT"]
    [rendered] = RenderedHTML(render_html(document)).documents
    # UNHCR's, WFP's and NDB's QIDs are only in gazetteers/knowledge/; CELAC has none that two sources agree on.
    assert rendered.links == [
        WIKIDATA_URL.format(qid=qid) if qid else None for qid in ("Q132551", "Q204344", "Q8579145", None, "Q159583")
    ]


def test_several_documents_and_seeds(seed_texts: dict[str, str]) -> None:
    documents = [orgmentions.extract(text, doc_id=name) for name, text in seed_texts.items()]
    assert sum(len(document) for document in documents) > 20
    parsed = RenderedHTML(render_html(documents))
    assert parsed.headings == list(seed_texts)
    assert len(parsed.documents) == len(documents)
    for rendered, document in zip(parsed.documents, documents, strict=True):
        assert_faithful(rendered, document)


def test_empty_and_mentionless_documents() -> None:
    documents = [DocumentMentions(text=""), DocumentMentions(text="Nothing here.\n")]
    parsed = RenderedHTML(render_html(documents, page=True))
    assert parsed.headings == ["Document 1", "Document 2"]
    assert [rendered.text for rendered in parsed.documents] == ["", "Nothing here.\n"]
    assert render_html([]) == ""


def test_jupyter_and_package_entry_points() -> None:
    document = orgmentions.extract("The CSTO and Russia.")
    html = document._repr_html_()
    assert isinstance(html, str) and html == render_html(document) == orgmentions.render(document)
    assert "<html" not in html  # a fragment for the notebook, not a page
    assert_faithful(RenderedHTML(html).documents[0], document)


def test_write_html_writes_a_standalone_page(tmp_path: Path) -> None:
    documents = [orgmentions.extract("The CSTO — «Россия» 🇷🇺 and Russia.", doc_id="a"), orgmentions.extract("")]
    written = write_html(documents, tmp_path / "out.html")
    assert written == tmp_path / "out.html"
    markup = written.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in markup
    parsed = RenderedHTML(markup)
    assert parsed.headings == ["a", "Document 2"]
    assert_faithful(parsed.documents[0], documents[0])


def test_package_render_stays_a_function_after_the_module_is_imported() -> None:
    import orgmentions.notebook.rendering  # noqa: F401 - the import that used to shadow orgmentions.render

    assert callable(orgmentions.render)
    assert orgmentions.render(orgmentions.extract("The CSTO.")).count("org:CSTO") >= 1


def test_hover_says_why_an_extracted_mention_was_found() -> None:
    text = "Ministers of the GCC member states met in Riyadh; the Gulf Cooperation Council summit followed."
    document = orgmentions.extract(text)
    [rendered] = RenderedHTML(render_html(document)).documents
    gcc = document.mentions[0]
    assert gcc.text == "GCC" and gcc.evidence
    assert rendered.titles[0].splitlines() == [
        f"{gcc.name} (org:GCC)",
        "matched by: acronym",
        f"evidence: {gcc.evidence}",
    ]
    hashtag = orgmentions.extract("Talks. #RussiaALBA")
    titles = RenderedHTML(render_html(hashtag)).documents[0].titles
    assert [title.splitlines()[1] for title in titles] == ["matched by: hashtag part", "matched by: hashtag part"]


def test_wikidata_links_look_like_links(gazetteer: Gazetteer) -> None:
    text = "The CSTO met."
    document = DocumentMentions(
        text=text,
        mentions=[mention("CSTO", text, "org:CSTO", "organisation", "Collective Security Treaty Organization")],
    )
    parsed = RenderedHTML(render_html(document, gazetteer=gazetteer))
    assert parsed.documents[0].links == [WIKIDATA_URL.format(qid="Q1001")]
    [style] = parsed.link_styles
    assert "text-decoration: underline" in style and "color: inherit" not in style


def test_render_displays_itself_as_html_and_is_still_the_markup() -> None:
    results = [orgmentions.extract("The CSTO and Russia.", doc_id="a")]
    page = orgmentions.render(results, page=True)
    assert isinstance(page, str) and page.startswith("<!DOCTYPE html>")
    assert page._repr_html_() == page.html == str(page)
    assert type(page.html) is str
    assert len(repr(page)) < 100  # not a screenful of escaped markup in a console
    assert orgmentions.render(results[0])._repr_html_() == results[0]._repr_html_()


def test_many_documents_are_capped_and_the_page_says_so() -> None:
    many = (orgmentions.extract(f"Post {n}: the CSTO and Russia.", doc_id=str(n)) for n in range(50_000))
    page = orgmentions.render(many, page=True)
    parsed = RenderedHTML(page)
    assert len(parsed.documents) == 500
    assert parsed.headings[-1] == "499"
    assert "Showing the first 500 of 50,000 documents" in page
    assert len(page) < 2_000_000
    few = [orgmentions.extract("The CSTO.")] * 3
    assert "Showing the first" not in render_html(few)
    assert len(RenderedHTML(render_html(few, limit=2)).documents) == 2
    assert "Showing the first 2 of 3 documents" in render_html(few, limit=2)
    assert len(RenderedHTML(render_html([orgmentions.extract("The CSTO.")] * 600, limit=None)).documents) == 600
