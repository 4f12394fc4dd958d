"""Speed of extraction with the anaphora option on against off, on the seed posts.

    python benchmarks/anaphora.py [--rounds 7] [--passes 5]

Each round extracts every seed post (the Telegram dumps split into posts, the statements
whole) ``--passes`` times with `Extractor()` and with `Extractor(anaphora=True)`, the two
interleaved so that a busy machine slows both alike; the best round of each is compared.
Exits non-zero when the option costs more than the target (issue 14: within 2x of off).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import seed_posts  # noqa: E402 - the same posts as the throughput benchmark

TARGET = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    from orgmentions import Extractor

    posts = seed_posts()
    extractors = {"off": Extractor(), "on": Extractor(anaphora=True)}
    best = dict.fromkeys(extractors, float("inf"))
    found = dict.fromkeys(extractors, 0)
    for extractor in extractors.values():  # warm caches outside the timing
        for post in posts:
            extractor.extract(post)
    for _ in range(args.rounds):
        for name, extractor in extractors.items():
            started = time.perf_counter()
            for _ in range(args.passes):
                found[name] = sum(len(extractor.extract(post).mentions) for post in posts)
            best[name] = min(best[name], time.perf_counter() - started)
    ratio = best["on"] / best["off"]
    size = sum(len(post) for post in posts) / 1000
    print(f"{len(posts)} seed posts, {size:.0f} k characters, {args.passes} passes, best of {args.rounds} rounds")
    print(f"anaphora off: {best['off'] * 1000:7.1f} ms, {found['off']} mentions")
    print(f"anaphora on:  {best['on'] * 1000:7.1f} ms, {found['on']} mentions ({found['on'] - found['off']} anaphors)")
    print(f"on/off: {ratio:.2f}x (target within {TARGET:.0f}x)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
