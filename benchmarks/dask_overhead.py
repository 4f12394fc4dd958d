"""Overhead of the Dask path over one process at equal cores, on a Parquet corpus.

    pip install ".[dask]"
    python benchmarks/dask_overhead.py [--docs 100000] [--partitions 20] [--rounds 3]

The corpus is the seed posts (as in throughput.py), repeated to ``--docs`` documents and
written as ``--partitions`` Parquet files with id, date and channel columns. Each side
reads the files and builds the mentions table with the date and channel kept:

- one process: ``pandas.read_parquet`` and `orgmentions.engines.frames.mentions_frame`;
- Dask: ``dask.dataframe.read_parquet``, `orgmentions.dask.mentions`, ``.compute()`` on a
  `LocalCluster` of one single-threaded worker process (one core, as the single process),
  then of two (the scaling, on a machine with two cores).

Extractors are built before timing on both sides (a warm-up job on one file), so the figures
compare steady-state work; the build count per worker is printed after all rounds. The
worker's peak RSS is read after the warm-up and after the to-Parquet jobs (before any job
gathers its rows on the caller, which holds them in the worker until they are fetched). Best of
``--rounds``, run in turn, so that a noisy moment hits both sides alike. A figure, not a
test: it always exits 0.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster
from orgmentions.dask import mentions
from throughput import seed_posts

from orgmentions.engines import frames

OPTIONS = {"text_col": "text", "id_col": "id", "keep": ("date", "channel")}


def write_corpus(folder: Path, count: int, partitions: int) -> None:
    posts = seed_posts()
    table = pd.DataFrame(
        {
            "id": [f"post-{number}" for number in range(count)],
            "text": [posts[number % len(posts)] for number in range(count)],
            "date": [f"2024-{1 + number % 12:02d}-15T10:00:00" for number in range(count)],
            "channel": [f"channel-{number % 40}" for number in range(count)],
        }
    )
    size = -(-count // partitions)
    for part in range(partitions):
        table.iloc[part * size : (part + 1) * size].to_parquet(folder / f"part.{part:03d}.parquet", index=False)


def single_process(folder: Path) -> int:
    return len(frames.mentions_frame(pd.read_parquet(folder / "in"), **OPTIONS))


def on_dask(folder: Path) -> int:
    return len(mentions(dd.read_parquet(str(folder / "in")), **OPTIONS).compute())


def single_process_to_parquet(folder: Path) -> int:
    table = frames.mentions_frame(pd.read_parquet(folder / "in"), **OPTIONS)
    table.to_parquet(folder / "one.parquet", index=False)
    return len(table)


def on_dask_to_parquet(folder: Path) -> int:
    mentions(dd.read_parquet(str(folder / "in")), **OPTIONS).to_parquet(str(folder / "out"), write_index=False)
    return len(dd.read_parquet(str(folder / "out"), columns=["start"]))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(rounds: int, runs: dict[str, object], folder: Path) -> dict[str, tuple[float, int]]:
    best: dict[str, tuple[float, int]] = {name: (float("inf"), 0) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            started = time.perf_counter()
            rows = run(folder)  # type: ignore[operator]
            best[name] = (min(best[name][0], time.perf_counter() - started), rows)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        write_corpus(folder / "in", args.docs, args.partitions)
        megabytes = sum(path.stat().st_size for path in (folder / "in").iterdir()) / 1_000_000
        print(f"{args.docs:,} documents in {args.partitions} Parquet files ({megabytes:.1f} MB compressed)")
        frames.extractor_for(frames.ExtractorSpec())  # warm: the build is not part of the figure

        rows = []
        for workers in (1, 2):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
            with cluster, Client(cluster) as client:
                mentions(dd.read_parquet(str(folder / "in" / "part.000.parquet")), **OPTIONS).compute()  # warm
                rss_warm = client.run(peak_rss_mb)
                to_parquet = {
                    "one process to Parquet": single_process_to_parquet,
                    "dask to Parquet": on_dask_to_parquet,
                }
                best = best_of(args.rounds, to_parquet, folder)
                rss_after = client.run(peak_rss_mb)
                best |= best_of(args.rounds, {"one process": single_process, "dask": on_dask}, folder)
                builds = client.run(frames.extractor_builds)
            assert len({rows for _, rows in best.values()}) == 1, best
            rows.append((workers, best, rss_warm, rss_after, builds))

    print()
    print("| result | Dask workers (1 thread each) | one process (s) | Dask (s) | Dask / one process | mention rows |")
    print("|---|---:|---:|---:|---:|---:|")
    for workers, best, *_ in rows:
        for result, suffix in (("to Parquet", " to Parquet"), ("to the caller", "")):
            (single, mention_rows), (distributed, _) = best["one process" + suffix], best["dask" + suffix]
            ratio = distributed / single
            print(f"| {result} | {workers} | {single:.2f} | {distributed:.2f} | {ratio:.2f} | {mention_rows:,} |")
    print()
    _, best, rss_warm, rss_after, builds = rows[0]
    for result, suffix in (("to Parquet", " to Parquet"), ("to the caller", "")):
        overhead = best["dask" + suffix][0] / best["one process" + suffix][0] - 1
        speedup = best["one process" + suffix][0] / rows[1][1]["dask" + suffix][0]
        print(f"{result}: overhead at equal cores {100 * overhead:+.1f}%; 2 workers vs 1 process {speedup:.2f}x")
    for address in rss_warm:
        print(
            f"1-worker peak RSS: {rss_warm[address]:.0f} MB after the warm-up, "
            f"{rss_after[address]:.0f} MB after {args.rounds} to-Parquet job(s) of {args.partitions} partitions"
        )
    print(f"Extractor builds per worker process over all jobs: {[sum(b.values()) for b in builds.values()]}")
    print(f"Client peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
