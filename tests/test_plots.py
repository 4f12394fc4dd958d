"""Charts, drawn headless and saved as PNG and SVG."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from matplotlib.figure import Figure

import orgmentions
from conftest import DATA
from orgmentions import DocumentMentions
from orgmentions.notebook.plots import bar_chart, monthly_chart
from orgmentions.io.readers import read_documents

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def results() -> list[DocumentMentions]:
    texts = [
        ("2024-03-04T10:15:00", "The CSTO and the CIS met in Moscow. Russia hosted the CSTO ministers."),
        ("2024-03-20T09:00:00", "Kazakhstan and Russia signed an agreement within the SCO."),
        ("2024-05-02T12:00:00", "The #CSTO and the #SCO held consultations."),
        (None, "Russia and Belarus discussed the CSTO."),
    ]
    return [orgmentions.extract(text, str(n), {"date": when} if when else {}) for n, (when, text) in enumerate(texts)]


@pytest.fixture(autouse=True)
def no_pyplot(monkeypatch: pytest.MonkeyPatch) -> None:
    """The charts must not touch pyplot (global state, a display backend): importing it fails here."""
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)


def assert_png(path: Path) -> None:
    assert path.is_file()
    assert path.read_bytes()[:8] == PNG_SIGNATURE


def assert_svg(path: Path) -> None:
    assert path.is_file()
    assert ElementTree.parse(path).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_bar_chart_shows_the_most_mentioned(results: list[DocumentMentions], tmp_path: Path) -> None:
    figure = bar_chart(results, top=2, path=tmp_path / "bars.png")
    assert isinstance(figure, Figure)
    assert_png(tmp_path / "bars.png")
    [axes] = figure.axes
    # barh draws bottom-up: the most mentioned bar is the last, at the top.
    assert [bar.get_width() for bar in axes.patches] == [3, 4]
    assert [label.get_text() for label in axes.get_yticklabels()] == [
        "Russia",
        "Collective Security Treaty Organization",
    ]


def test_bar_chart_as_svg_and_without_mentions(results: list[DocumentMentions], tmp_path: Path) -> None:
    bar_chart(results, path=tmp_path / "bars.svg")
    assert_svg(tmp_path / "bars.svg")
    empty = bar_chart([DocumentMentions(text="Nothing.")], path=str(tmp_path / "empty.png"))
    assert_png(tmp_path / "empty.png")
    assert "No linked mentions" in [text.get_text() for text in empty.axes[0].texts]


def test_bar_chart_without_a_path_saves_nothing(results: list[DocumentMentions], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert isinstance(bar_chart(results), Figure)
    assert list(tmp_path.iterdir()) == []


def test_monthly_chart_of_the_top_ids(results: list[DocumentMentions], tmp_path: Path) -> None:
    figure = monthly_chart(results, top=2, path=tmp_path / "months.png")
    assert_png(tmp_path / "months.png")
    [axes] = figure.axes
    lines = {line.get_label(): line.get_ydata().tolist() for line in axes.get_lines()}
    # March, April (no documents: zero), May; the undated document is left out.
    assert lines == {"Collective Security Treaty Organization": [2, 0, 1], "Russia": [2, 0, 0]}
    assert "1 undated" in axes.get_title()


def test_monthly_chart_of_chosen_ids_as_svg(results: list[DocumentMentions], tmp_path: Path) -> None:
    figure = monthly_chart(results, ids=["org:SCO"], path=tmp_path / "months.svg")
    assert_svg(tmp_path / "months.svg")
    assert [line.get_ydata().tolist() for line in figure.axes[0].get_lines()] == [[1, 0, 1]]
    undated = monthly_chart([DocumentMentions(text="The CSTO.")])
    assert "No dated documents" in [text.get_text() for text in undated.axes[0].texts]


def test_monthly_chart_of_the_telegram_export(tmp_path: Path) -> None:
    results = orgmentions.extract_many(read_documents([DATA / "telegram" / "result.json"]))
    figure = monthly_chart(results, path=tmp_path / "telegram.png")
    assert_png(tmp_path / "telegram.png")
    assert 1 <= len(figure.axes[0].get_lines()) <= 5


@pytest.mark.parametrize("missing", ["matplotlib", "pandas"])
def test_a_missing_dependency_is_named(missing: str, results: list[DocumentMentions], monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    if missing == "matplotlib":
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)  # already imported above
    for chart in (bar_chart, monthly_chart):
        with pytest.raises(ImportError, match=r"pip install 'orgmentions\[plots\]'"):
            chart(results)


def test_charts_display_themselves_in_a_notebook(results: list[DocumentMentions]) -> None:
    """In a kernel where pyplot never set up the inline backend, IPython asks the object for a PNG."""
    formatters = pytest.importorskip("IPython.core.formatters")
    formatter = formatters.DisplayFormatter()
    for chart in (bar_chart(results), monthly_chart(results)):
        data, _ = formatter.format(chart)
        assert data["image/png"][:8] == PNG_SIGNATURE
