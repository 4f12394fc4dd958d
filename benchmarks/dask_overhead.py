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
gathers its rows on the caller, which holds them in the worker until they are fetched), and
its resident memory after each partition's extraction task (flat, or growing with the
partitions). Where the Dask time goes is read from the task stream of its best round: the
extraction tasks, reading, writing, moving rows, and the rest (scheduling, idle). Best of
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
import psutil
from distributed import Client, LocalCluster, WorkerPlugin, get_task_stream
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
    """This process's peak resident memory. On Linux, VmHWM: a worker's ``ru_maxrss`` starts at
    its parent's peak when it was started (Linux keeps it across exec), not at its own."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PartitionMemory(WorkerPlugin):
    """A worker's resident memory (MB) after each extraction task: flat over partitions, or growing."""

    name = "orgmentions-partition-memory"

    def setup(self, worker: object) -> None:
        self.samples: list[float] = []

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        if finish == "memory" and "mentions_frame" in str(key):
            self.samples.append(psutil.Process().memory_info().rss / 2**20)


def partition_memory(dask_worker: object) -> list[float]:
    return dask_worker.plugins[PartitionMemory.name].samples  # type: ignore[attr-defined]


def best_of(
    rounds: int, runs: dict[str, object], folder: Path, client: Client
) -> tuple[dict[str, tuple[float, int]], dict[str, list[dict]]]:
    """Best time and row count per run, and the task stream of each run's best round."""
    best: dict[str, tuple[float, int]] = {name: (float("inf"), 0) for name in runs}
    streams: dict[str, list[dict]] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            with get_task_stream(client) as stream:
                started = time.perf_counter()
                rows = run(folder)  # type: ignore[operator]
                elapsed = time.perf_counter() - started
            if elapsed < best[name][0]:
                best[name], streams[name] = (elapsed, rows), stream.data
    return best, streams


def where_time_goes(wall: float, stream: list[dict], workers: int) -> str:
    """Worker-seconds per kind of work in a task stream, and those spent outside any task (scheduling, idle)."""
    spent: dict[str, float] = {}
    for task in stream:
        key = task["key"][0] if isinstance(task["key"], tuple) else task["key"]
        prefix = str(key).rsplit("-", 1)[0]
        for part in task["startstops"]:
            what = prefix if part["action"] == "compute" else part["action"]
            spent[what] = spent.get(what, 0.0) + part["stop"] - part["start"]
    named = ", ".join(f"{what} {seconds:.2f}" for what, seconds in sorted(spent.items(), key=lambda kv: -kv[1]))
    return f"{workers} x {wall:.2f} s = {named}, outside tasks {workers * wall - sum(spent.values()):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", default="1,2", help="Dask worker counts to run, e.g. 1 (equal cores only)")
    args = parser.parse_args()
    worker_counts = [int(count) for count in args.workers.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        write_corpus(folder / "in", args.docs, args.partitions)
        megabytes = sum(path.stat().st_size for path in (folder / "in").iterdir()) / 1_000_000
        print(f"{args.docs:,} documents in {args.partitions} Parquet files ({megabytes:.1f} MB compressed)")
        frames.extractor_for(frames.ExtractorSpec())  # warm: the build is not part of the figure

        rows = []
        for workers in worker_counts:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
            with cluster, Client(cluster) as client:
                mentions(dd.read_parquet(str(folder / "in" / "part.000.parquet")), **OPTIONS).compute()  # warm
                rss_warm = client.run(peak_rss_mb)
                client.register_plugin(PartitionMemory())
                to_parquet = {
                    "one process to Parquet": single_process_to_parquet,
                    "dask to Parquet": on_dask_to_parquet,
                }
                best, streams = best_of(args.rounds, to_parquet, folder, client)
                rss_after = client.run(peak_rss_mb)
                per_partition = client.run(partition_memory)
                to_caller = {"one process": single_process, "dask": on_dask}
                more, more_streams = best_of(args.rounds, to_caller, folder, client)
                best, streams = best | more, streams | more_streams
                builds = client.run(frames.extractor_builds)
            assert len({rows for _, rows in best.values()}) == 1, best
            rows.append((workers, best, streams, rss_warm, rss_after, per_partition, builds))

    print()
    print("| result | Dask workers (1 thread each) | one process (s) | Dask (s) | Dask / one process | mention rows |")
    print("|---|---:|---:|---:|---:|---:|")
    for workers, best, *_ in rows:
        for result, suffix in (("to Parquet", " to Parquet"), ("to the caller", "")):
            (single, mention_rows), (distributed, _) = best["one process" + suffix], best["dask" + suffix]
            ratio = distributed / single
            print(f"| {result} | {workers} | {single:.2f} | {distributed:.2f} | {ratio:.2f} | {mention_rows:,} |")
    print()
    for workers, best, streams, rss_warm, rss_after, per_partition, builds in rows:
        for result, suffix in (("to Parquet", " to Parquet"), ("to the caller", "")):
            single, distributed = best["one process" + suffix][0], best["dask" + suffix][0]
            if workers == 1:
                print(f"{result}: overhead at equal cores {100 * (distributed / single - 1):+.1f}%")
            else:
                print(f"{result}: {workers} workers vs 1 process {single / distributed:.2f}x")
            breakdown = where_time_goes(distributed, streams["dask" + suffix], workers)
            print(f"  Dask, {workers} worker(s), {result}: {breakdown}")
        for address in rss_warm:
            samples = per_partition[address]
            print(
                f"  worker peak RSS {rss_warm[address]:.0f} MB after the warm-up, {rss_after[address]:.0f} MB after "
                f"{args.rounds} to-Parquet job(s); RSS after each of its {len(samples)} extraction tasks: "
                f"first {samples[0]:.0f} MB, min {min(samples):.0f}, max {max(samples):.0f}, last {samples[-1]:.0f}"
            )
        print(f"  extractor builds per worker process over all jobs: {[sum(b.values()) for b in builds.values()]}")
    print(f"Client peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
