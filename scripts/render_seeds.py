"""Make the README pictures: the seed documents rendered as HTML, a screenshot of that page,
and the mentions per month of the Telegram test export.

    python scripts/render_seeds.py

Writes ``docs/seeds.html``, ``docs/seeds.png`` (only when headless Chromium is on PATH;
on Debian: ``apt-get install chromium``) and ``docs/mentions_per_month.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import orgmentions
from orgmentions.notebook.plots import monthly_chart
from orgmentions.io.readers import read_documents
from orgmentions.notebook.rendering import write_html

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TELEGRAM_EXPORT = ROOT / "tests" / "data" / "telegram" / "result.json"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
WINDOW_SIZE = "1200,1600"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs", help="Folder for the files (default: docs/).")
    output = parser.parse_args().output
    output.mkdir(parents=True, exist_ok=True)

    results = list(orgmentions.extract_many(read_documents([SEEDS])))
    page = write_html(results, output / "seeds.html")
    mentions = sum(len(result) for result in results)
    print(f"wrote {page} ({len(results)} documents, {mentions} mentions)")

    chromium = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
    if chromium is None:
        print(
            f"no screenshot: none of {', '.join(CHROMIUM_NAMES)} is on PATH; install Chromium "
            "(e.g. apt-get install chromium) and run this again to make seeds.png",
            file=sys.stderr,
        )
    elif screenshot(chromium, page, output / "seeds.png"):
        print(f"wrote {output / 'seeds.png'}")
    else:
        return 1

    chart = output / "mentions_per_month.png"
    monthly_chart(orgmentions.extract_many(read_documents([TELEGRAM_EXPORT])), path=chart)
    print(f"wrote {chart}")
    return 0


def screenshot(chromium: str, page: Path, picture: Path) -> bool:
    """Take a screenshot of the top of ``page`` with headless Chromium; report a failure on stderr."""
    picture.unlink(missing_ok=True)
    # A throwaway profile, and no network chatter: the page is a local file.
    with tempfile.TemporaryDirectory(prefix="orgmentions-chromium-") as profile:
        command = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={picture.resolve()}",
            f"--window-size={WINDOW_SIZE}",
            page.resolve().as_uri(),
        ]
        try:
            finished = subprocess.run(command, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            print(f"no screenshot: {chromium} did not finish within 120 s", file=sys.stderr)
            return False
    if finished.returncode != 0 or not picture.is_file():
        print(f"no screenshot: {chromium} failed (exit {finished.returncode}):\n{finished.stderr}", file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
