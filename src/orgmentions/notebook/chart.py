"""The Figure the charts return: it shows itself in Jupyter, with no ``%matplotlib inline``.

IPython draws a matplotlib Figure only once pyplot has set up the inline backend; the
charts never touch pyplot, so without this a cell shows ``<Figure size 800x600 with 1
Axes>``. `Chart` gives IPython a PNG itself. Where the inline backend is active, its own
Figure formatter is chosen first, so the chart is still drawn once.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure


class Chart(Figure):
    """A matplotlib `Figure` that displays itself as PNG in a notebook."""

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png")
        return buffer.getvalue()
