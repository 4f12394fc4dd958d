"""Documents per second of `extract_many` with one and with two worker processes.

    python benchmarks/parallel.py [--documents 100000] [--repeat 3]

The corpus is the seed posts (as in throughput.py) repeated to the asked number of
documents, each with an id and a little metadata, as a corpus run has them. Each
setting runs ``--repeat`` times; the spread is printed because the machine may be shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import seed_posts  # noqa: E402


def documents(count: int) -> list[dict]:
    posts = seed_posts()
    # Each text a distinct string, as read from a file: pickling does not deduplicate them.
    return [
        {"text": (posts[i % len(posts)] + " ")[:-1], "id": f"post-{i}", "metadata": {"channel": "seeds", "n": i}}
        for i in range(count)
    ]


def rate(docs: list[dict], n_process: int) -> float:
    from orgmentions import Extractor

    extractor = Extractor()
    started = time.perf_counter()
    mentions = sum(len(result.mentions) for result in extractor.extract_many(docs, n_process=n_process))
    elapsed = time.perf_counter() - started
    assert mentions > 0
    return len(docs) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    docs = documents(args.documents)
    print(f"{len(docs)} documents, {sum(len(d['text']) for d in docs) / 1e6:.1f} M characters")
    medians = {}
    for n_process in args.processes:
        rates = [rate(docs, n_process) for _ in range(args.repeat)]
        medians[n_process] = statistics.median(rates)
        shown = ", ".join(f"{r:,.0f}" for r in rates)
        print(f"n_process={n_process}: median {medians[n_process]:,.0f} docs/s (runs: {shown})")
    if 1 in medians and 2 in medians:
        print(f"speed-up of 2 processes: {medians[2] / medians[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
