"""`Extractor.extract_many(n_process=N)`: batches of texts matched in worker processes.

Only texts go to the workers and only plain tuples come back: pickling whole records
(and each document's text a second time) cost more than the matching itself, so two
processes were slower than one. The parent keeps each batch's ids and metadata and
builds the records from the tuples, unvalidated, as the one-process path does.

Workers are started with ``spawn`` on every platform: ``fork`` is unsafe in a process
that runs threads (a progress bar's, a notebook's), and one start method keeps the
behaviour the same on Linux, macOS and Windows. ``spawn`` re-imports the caller's
script in each worker; a script without an ``if __name__ == "__main__":`` guard would
call `extract_many` again there, so a worker that finds itself in that situation stops
at once with a message that says what to do, and so does the parent.

A worker that dies (killed, out of memory) breaks the pool; the batches that were in
flight are run once more in a fresh pool, and if that breaks too the run stops with
an error naming the batch and its documents, instead of waiting for ever.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from orgmentions.errors import Errors, ExtractionError
from orgmentions.records import DocumentMentions, Mention, trusted

if TYPE_CHECKING:
    from orgmentions.extractor import Extractor
    from orgmentions.sources import PathLike

Document = tuple[str, "str | None", "dict[str, Any]"]
# One mention as a worker sends it: start, end, canonical id, matched_by, alias, evidence.
_Found = tuple[int, int, str, str, "str | None", "str | None"]

#: Batches in flight per worker: enough to keep every worker busy while the parent builds records.
BATCHES_PER_WORKER = 3


def extract_in_processes(
    extractor: Extractor, documents: Iterator[Document], batch_size: int, n_process: int
) -> Iterator[DocumentMentions]:
    """Results in input order; at most ``n_process * BATCHES_PER_WORKER`` batches are held at once."""
    _refuse_inside_a_worker()
    batches = _numbered_batches(map(_checked, documents), batch_size)
    sources = list(extractor.gazetteer.sources)
    pending: deque[tuple[int, list[Document], Future[list[list[_Found]]]]] = deque()
    pool = _pool(sources, n_process, extractor.anaphora)
    # A pool that broke before any result is a start-up failure (such as an unguarded script):
    # retrying it would only repeat it.
    done_in_pool = 0
    retried = False
    try:
        while True:
            while len(pending) < n_process * BATCHES_PER_WORKER:
                numbered = next(batches, None)
                if numbered is None:
                    break
                number, batch = numbered
                pending.append((number, batch, _submit(pool, batch)))
            if not pending:
                return
            number, batch, future = pending[0]
            try:
                found = future.result()
            except BrokenProcessPool:
                if not done_in_pool and not retried:
                    raise ExtractionError(Errors.E042.format(n_process=n_process, cause=_STARTUP_CAUSES)) from None
                if retried:
                    raise ExtractionError(_broken_message(number, batch, batch_size, n_process)) from None
                # One retry in a fresh pool: a worker killed from outside should not lose the run.
                retried = True
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(sources, n_process, extractor.anaphora)
                done_in_pool = 0
                pending = deque((n, b, _submit(pool, b)) for n, b, _ in pending)
                continue
            pending.popleft()
            done_in_pool += 1
            yield from _records(extractor, batch, found)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _checked(document: Document) -> Document:
    from orgmentions.extractor import _check_text

    _check_text(document[0], document[1])  # in the parent, where the caller can catch it
    return document


def _numbered_batches(documents: Iterator[Document], batch_size: int) -> Iterator[tuple[int, list[Document]]]:
    batches = iter(lambda: list(itertools.islice(documents, batch_size)), [])
    return enumerate(batches, start=1)


def _pool(sources: list[PathLike], n_process: int, anaphora: bool = False) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker, initargs=(sources, anaphora))


def _submit(pool: ProcessPoolExecutor, batch: list[Document]) -> Future[list[list[_Found]]]:
    try:
        return pool.submit(_find_in_batch, [text for text, _, _ in batch])
    except BrokenProcessPool as error:  # a worker died since the last submission: handled where results are read
        failed: Future[list[list[_Found]]] = Future()
        failed.set_exception(error)
        return failed


def _records(extractor: Extractor, batch: list[Document], found: list[list[_Found]]) -> Iterator[DocumentMentions]:
    entities = extractor.matcher.records
    for (text, doc_id, metadata), mentions in zip(batch, found, strict=True):
        records = [
            trusted(
                Mention,
                {
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    **entities[canonical_id],
                    "matched_by": matched_by,
                    "alias": alias,
                    "evidence": evidence,
                },
            )
            for start, end, canonical_id, matched_by, alias, evidence in mentions
        ]
        if extractor.anaphora and records:  # resolved here, from the records: one pass over the text, cheap
            records = extractor.with_anaphora(text, records)
        yield trusted(DocumentMentions, {"doc_id": doc_id, "text": text, "metadata": metadata, "mentions": records})


def _broken_message(number: int, batch: list[Document], batch_size: int, n_process: int) -> str:
    first = (number - 1) * batch_size + 1
    ids = [doc_id for _, doc_id, _ in batch if doc_id is not None]
    named = f" (ids {ids[0]!r} to {ids[-1]!r})" if ids else ""
    return Errors.E040.format(
        batch=number, first=first, last=first + len(batch) - 1, ids=named, n_process=n_process
    )


_STARTUP_CAUSES = (
    "Most often the script that calls it has no `if __name__ == \"__main__\":` guard (each worker imports the "
    "script again; see the worker's error above): put the code that extracts under that guard. Otherwise a "
    "worker was killed or ran out of memory at once: try n_process=1 to see the error."
)


def _refuse_inside_a_worker() -> None:
    main = sys.modules.get("__main__")
    # spawn runs the caller's script as "__mp_main__" while a new worker starts (elsewhere that name is
    # "__main__" itself): an unguarded call lands here.
    worker_script = sys.modules.get("__mp_main__")
    if worker_script is not None and worker_script is not main:
        raise ExtractionError(Errors.E041.format(script=getattr(worker_script, "__file__", "the script")))
    # spawn would make each worker run the script from its file, which a script read from stdin lacks.
    script = getattr(main, "__file__", None)
    if isinstance(script, str) and not os.path.exists(script):
        cause = (
            f"The script was not read from a file ({script}), and worker processes must import it again: "
            "save it to a file, with its code under `if __name__ == \"__main__\":`, or use n_process=1."
        )
        raise ExtractionError(Errors.E042.format(n_process="N", cause=cause))


# --- in the workers -----------------------------------------------------------------

# Each worker builds its extractor once, from the parent's gazetteer files.
_worker_extractor: Extractor | None = None


def _init_worker(sources: list[PathLike], anaphora: bool = False) -> None:
    global _worker_extractor
    from orgmentions.extractor import Extractor

    _worker_extractor = Extractor(sources, include_bundled=False, anaphora=anaphora)


def _find_in_batch(texts: list[str]) -> list[list[_Found]]:
    assert _worker_extractor is not None
    # The matcher's spans as tuples, the fields `Extractor._find` reads from them: building
    # records here would only be undone by pickling them.
    judged = _worker_extractor.judged
    return [
        []
        if not text or text.isspace()
        else [
            (
                candidate.start,
                candidate.end,
                candidate.entry.entity_id,  # type: ignore[union-attr]
                candidate.matched_by,
                candidate.entry.text,
                evidence.describe() if evidence else None,
            )
            for candidate, evidence in judged(text)
        ]
        for text in texts
    ]
