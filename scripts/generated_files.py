"""Writing generated files, or checking that the committed ones are current: shared by the generators."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path


def write_or_check(outputs: dict[Path, str], root: Path, check: bool) -> int:
    """Write the files that differ; with ``check``, print their differences instead. The exit status."""
    differing = 0
    for path, text in outputs.items():
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed == text:
            continue
        differing += 1
        if check:
            name = str(path.relative_to(root))
            sys.stdout.writelines(
                difflib.unified_diff(
                    committed.splitlines(True), text.splitlines(True), f"{name} (committed)", f"{name} (generated)"
                )
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if check:
        print(f"{len(outputs) - differing} of {len(outputs)} files as generated", file=sys.stderr)
        return 1 if differing else 0
    print(f"wrote {differing} of {len(outputs)} files", file=sys.stderr)
    return 0
