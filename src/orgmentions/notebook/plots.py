"""Results -> matplotlib charts: the most mentioned entities, and mentions per month.

Figures are built with the object-oriented API (`matplotlib.figure.Figure`), never
pyplot, so nothing depends on a display or on global state: they work headless and in
threads. In a notebook the returned `Chart` (a Figure) shows itself as an image, with
or without ``%matplotlib inline``. matplotlib and pandas are optional: the functions
raise ImportError naming the extra to install.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from orgmentions.records import DocumentMentions
from orgmentions.notebook.summaries import as_documents

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from orgmentions.notebook.chart import Chart

PLOTS_MISSING = "This needs matplotlib and pandas: pip install 'orgmentions[plots]'"

#: Bar colours by kind (the hues of the HTML rendering, darker to read on white).
KIND_COLOURS = {"organisation": "#2a9d9d", "country": "#e0982a"}
OTHER_COLOUR = "#8a8ac0"


def bar_chart(
    results: DocumentMentions | Iterable[DocumentMentions],
    top: int = 15,
    path: str | os.PathLike[str] | None = None,
) -> Chart:
    """Horizontal bars of the ``top`` most mentioned entities, coloured by kind.

    Saved to ``path`` when given, in the format its suffix names (``.png``, ``.svg``, ...).
    """
    figure_class, _ = _require()
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    from orgmentions.notebook.summaries import mention_counts

    counts = mention_counts(results).head(top)
    figure = figure_class(figsize=(8, 1.2 + 0.32 * max(len(counts), 3)), layout="constrained")
    axes = figure.add_subplot()
    if counts.empty:
        _say_empty(axes, "No linked mentions")
    else:
        # barh draws from the bottom up; reversed, the most mentioned is on top.
        rows = counts.iloc[::-1]
        labels = rows["name"].fillna(rows["canonical_id"]).tolist()
        colours = [KIND_COLOURS.get(kind, OTHER_COLOUR) for kind in rows["kind"]]
        # Bars at positions, not at category labels: two entities may share a name.
        positions = range(len(rows))
        axes.barh(positions, rows["mentions"].to_numpy(), color=colours)
        axes.set_yticks(positions, labels)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("mentions")
        kinds = [kind for kind in KIND_COLOURS if kind in set(counts["kind"])]
        axes.legend(handles=[Patch(color=KIND_COLOURS[kind], label=kind) for kind in kinds], loc="lower right")
        axes.spines[["top", "right"]].set_visible(False)
    axes.set_title(f"Most mentioned entities (top {top})" if len(counts) == top else "Mentioned entities")
    _save(figure, path)
    return figure


def monthly_chart(
    results: DocumentMentions | Iterable[DocumentMentions],
    ids: Sequence[str] | None = None,
    path: str | os.PathLike[str] | None = None,
    top: int = 5,
) -> Chart:
    """Mentions per month of ``ids`` (default: the ``top`` most mentioned), one line each.

    Dates come from ``metadata["date"]`` (see `orgmentions.notebook.summaries.monthly_counts`).
    Saved to ``path`` when given, in the format its suffix names (``.png``, ``.svg``, ...).
    """
    figure_class, _ = _require()
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.ticker import MaxNLocator

    from orgmentions.notebook.summaries import monthly_counts

    documents = as_documents(results)
    counts = monthly_counts(documents, ids=ids)
    if ids is None:
        counts = counts.iloc[:, :top]
    names = _names(documents)
    figure = figure_class(figsize=(9, 5), layout="constrained")
    axes = figure.add_subplot()
    if counts.empty:
        _say_empty(axes, "No dated documents" if len(counts.index) == 0 else "No mentions of these entities")
    else:
        months = counts.index.to_pydatetime()
        for canonical_id in counts.columns:
            axes.plot(months, counts[canonical_id].to_numpy(), marker="o", label=names.get(canonical_id, canonical_id))
        locator = AutoDateLocator()
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(bottom=0)
        axes.set_ylabel("mentions")
        # Below the axes: preferred names are long, and beside the axes they squeeze the plot.
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=2, frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
    undated = counts.attrs.get("undated_documents", 0)
    axes.set_title("Mentions per month" + (f" ({undated} undated documents left out)" if undated else ""))
    _save(figure, path)
    return figure


def _names(documents: list[DocumentMentions]) -> dict[str, str]:
    """Preferred names by canonical id, for legends."""
    return {
        mention.canonical_id: mention.name
        for document in documents
        for mention in document
        if mention.canonical_id is not None and mention.name is not None
    }


def _say_empty(axes: Any, message: str) -> None:
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes, color="grey")
    axes.set_axis_off()


def _save(figure: Figure, path: str | os.PathLike[str] | None) -> None:
    if path is not None:
        figure.savefig(path, dpi=150)


def _require() -> tuple[type[Chart], Any]:
    """The Figure class of the charts and pandas, or an ImportError naming the extra that provides both."""
    try:
        import matplotlib.figure  # noqa: F401 - checked here: the chart module may be imported already
        import pandas

        from orgmentions.notebook.chart import Chart
    except ImportError as error:
        raise ImportError(PLOTS_MISSING) from error
    return Chart, pandas


#: Bar colours of the membership timeline, by status.
STATUS_COLOURS = {
    "member": "#1f77b4",
    "associate": "#9467bd",
    "observer": "#7f7f7f",
    "partner": "#2ca02c",
    "dialogue_partner": "#bcbd22",
    "frozen": "#ff7f0e",
    "suspended": "#d62728",
}


def membership_timeline(org: str, *, until: Any = None, path: str | os.PathLike[str] | None = None) -> Figure:
    """One organisation's states as rows, their periods as bars coloured by status (from orgmentions.knowledge)."""
    from datetime import date

    from matplotlib.dates import date2num

    from orgmentions import knowledge

    figure_class, _ = _require()
    base = knowledge.default()
    periods = base.history(org)
    end_day = knowledge.as_date(until)
    states = sorted({p.state for p in periods}, key=lambda s: min(p.start for p in periods if p.state == s), reverse=True)
    figure = figure_class(figsize=(9, 0.3 * len(states) + 1.2))
    axes = figure.subplots()
    if not periods:
        _say_empty(axes, f"no membership data for {org}")
        return figure
    for row, state in enumerate(states):
        for period in (p for p in periods if p.state == state):
            start, stop = date2num(period.start), date2num(period.end or end_day)
            axes.barh(row, stop - start, left=start, color=STATUS_COLOURS[period.status], height=0.7)
    axes.set_yticks(range(len(states)), [base.gazetteer[s].name for s in states], fontsize=8)
    axes.xaxis_date()
    axes.set_xlim(date2num(min(p.start for p in periods)), date2num(end_day or date.today()))
    used = [s for s in STATUS_COLOURS if any(p.status == s for p in periods)]
    from matplotlib.patches import Patch

    # Beside the plot, not over it: the first rows run the whole width.
    handles = [Patch(color=STATUS_COLOURS[s], label=s) for s in used]
    axes.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    axes.set_title(f"Members of {base.gazetteer[org].name}")
    figure.tight_layout()
    _save(figure, path)
    return figure
