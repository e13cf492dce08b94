"""Executors: where a function over a list of documents runs.

An executor has ``submit(fn, docs)``, which returns a handle whose ``result()`` gives
``fn(docs)`` (or raises what it raised), and ``close()``. ``fn`` and the documents must
pickle for every executor but ``InProcess``. Three of them:

- ``InProcess``: runs at once, here (``--workers 1``);
- ``ProcessPool``: forked worker processes (``--workers N``), started at once; each runs an
  ``initializer`` first (``warta ingest`` loads its models there, in every worker at the same
  time, while the driver opens the store and reads), so the driver never loads them;
- ``warta.engine.ray.RayExecutor``: Ray tasks, on this machine or a cluster.

``BatchMapper`` is how the drivers use them: it cuts each batch into chunks (so that a
batch of 512 documents keeps every worker busy), keeps at most ``ahead`` batches in flight
beyond the one being waited for (memory stays bounded, reading never runs far ahead), and
gives the batches back whole and in input order, which is what dedup and the single-process
store write need. Fields of a document that ``fn`` does not read (``hold_back``: the raw text,
the cleaning alignment) stay in the driver: they are neither pickled to a worker nor back.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from copy import copy
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from warta.records import Document
from warta.step import one_by_one

Extra = TypeVar("Extra")
Fn = Callable[[list[Document]], list[Document]]


class Pending(Protocol):
    def result(self) -> list[Document]: ...


class Executor(Protocol):
    """Runs ``fn(docs)`` somewhere; ``workers`` says how many such calls run at once."""

    workers: int
    ships: bool  # whether documents are pickled to another process (BatchMapper.hold_back)

    def submit(self, fn: Fn, docs: list[Document]) -> Pending: ...

    def close(self) -> None: ...


@dataclass
class _Done:
    """The outcome of a call already made (in this process)."""

    value: list[Document] | None = None
    error: BaseException | None = None

    def result(self) -> list[Document]:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class InProcess:
    """Run every call here, at once: the reference every other executor must agree with."""

    workers = 1
    ships = False  # documents are not copied to another process

    def submit(self, fn: Fn, docs: list[Document]) -> Pending:
        try:
            return _Done(value=fn(docs))
        except Exception as exc:  # noqa: BLE001 - handed to the caller at result(), as a pool would
            return _Done(error=exc)

    def close(self) -> None:
        pass


class ProcessPool:
    """``workers`` forked processes, started when the pool is made.

    Each worker first calls ``initializer`` (if given). The models are loaded there, by every
    worker at once, rather than in the driver before the fork: what only the workers use
    (spaCy, the NLP model, the gazetteer, the event models) would otherwise be a serial
    start-up of the whole run, paid by one core while the other waits. An initializer that
    raises would break the pool, so it must not: ``warta.engine.ingest`` ignores a failed
    warm-up, and the documents then meet the fault in their own calls, one by one.

    A worker that dies (killed for memory, a crash in native code) breaks the pool: the
    calls in flight raise ``BrokenProcessPool``, the mapper retries their documents one by
    one, and the next ``submit`` starts a fresh pool (whose workers warm up again), so the
    document that killed it fails alone and the run goes on.

    Before forking, what the driver holds is moved out of the garbage collector's view
    (``gc.freeze``): a worker's full collections then do not walk, and write to, the driver's
    objects, pages it would otherwise copy. ``close`` gives them back.
    """

    ships = True

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        self.workers = workers
        self._initializer = initializer
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        gc.freeze()
        pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("fork"), initializer=self._initializer)
        pool.submit(int)  # a fork pool starts all its workers at its first call: start them now
        return pool

    def submit(self, fn: Fn, docs: list[Document]) -> Pending:
        try:
            return self._pool.submit(fn, docs)
        except BrokenProcessPool:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(fn, docs)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        # the driver's objects go back to the collector: frozen ones are never freed, and
        # DuckDB's bindings then report them at exit ("nanobind: leaked 27 instances!")
        gc.unfreeze()


def local_executor(workers: int, initializer: Callable[[], None] | None = None) -> Executor:
    """In-process for one worker, else a process pool whose workers first call ``initializer``."""
    return InProcess() if workers <= 1 else ProcessPool(workers, initializer)


ENGINES = ("local", "ray")


def make_executor(engine: str = "local", workers: int = 1, address: str | None = None,
                  initializer: Callable[[], None] | None = None) -> Executor:  # fmt: skip
    """``local``: in-process, or a process pool with ``workers`` > 1 (each worker calls
    ``initializer`` when it starts). ``ray``: Ray tasks, on the cluster at ``address`` or on a
    local Ray instance of ``workers`` CPUs (each task's process loads what it needs lazily)."""
    if engine == "ray":
        from warta.engine.ray import RayExecutor

        return RayExecutor(address=address, num_cpus=None if address else workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: {' or '.join(ENGINES)}")
    return local_executor(workers, initializer)


@dataclass
class _InFlight(Generic[Extra]):
    parts: list[tuple[list[Document], Pending | None]]  # None: nothing to do for this chunk
    extra: Extra


@dataclass
class BatchMapper:
    """``fn`` over batches through ``executor``, in order; see the module docstring.

    ``skip(doc)`` says a document needs no call (a chunk of only such documents is not
    sent). When a chunk cannot be run at all (a worker died, a document would not pickle),
    its documents are tried one by one (``warta.step.one_by_one``, as ``run_steps`` does);
    those that fail again are marked failed under ``stage``, so one document still fails alone.

    ``hold_back`` names Document fields ``fn`` neither reads nor sets: when the executor ships
    documents to other processes, they are sent with those fields empty and get them back
    from the driver's copy when they return (less to pickle both ways, in the driver above all,
    whose time is taken from the workers'). The documents given back are those ``fn`` returned.
    """

    executor: Executor
    fn: Fn
    stage: str
    chunk_size: int = 32
    ahead: int = 1
    skip: Callable[[Document], bool] | None = None
    hold_back: tuple[str, ...] = ()
    _queue: deque = field(default_factory=deque, init=False)

    def __call__(self, batches: Iterable[tuple[list[Document], Extra]]) -> Iterator[tuple[list[Document], Extra]]:
        for docs, extra in batches:
            self._queue.append(_InFlight([(c, self._submit(c)) for c in _chunks(docs, self.chunk_size)], extra))
            while len(self._queue) > self.ahead:
                yield self._collect(self._queue.popleft())
        while self._queue:
            yield self._collect(self._queue.popleft())

    def _submit(self, chunk: list[Document]) -> Pending | None:
        if self.skip is not None and all(self.skip(d) for d in chunk):
            return None
        return self.executor.submit(self.fn, self._slim(chunk))

    def _collect(self, item: _InFlight[Extra]) -> tuple[list[Document], Extra]:
        out: list[Document] = []
        for chunk, pending in item.parts:
            if pending is None:
                out.extend(chunk)
                continue
            try:
                out.extend(self._restore(chunk, pending.result()))
            except Exception:  # noqa: BLE001 - the chunk as a whole failed: isolate its documents
                out.extend(one_by_one(self._run, chunk, self.stage))
        return out, item.extra

    def _run(self, docs: list[Document]) -> list[Document]:
        return self._restore(docs, self.executor.submit(self.fn, self._slim(docs)).result())

    def _shipping(self) -> bool:
        return bool(self.hold_back) and getattr(self.executor, "ships", True)

    def _slim(self, docs: list[Document]) -> list[Document]:
        """Copies of ``docs`` without the held-back fields, to send (the originals stay whole)."""
        if not self._shipping():
            return docs
        slim = []
        for d in docs:
            c = copy(d)
            for name in self.hold_back:
                value = getattr(d, name)
                setattr(c, name, None if value is None else type(value)())  # "", [], b""
            slim.append(c)
        return slim

    def _restore(self, sent: list[Document], returned: list[Document]) -> list[Document]:
        """The documents ``fn`` returned, with the held-back fields of the ones sent put back."""
        if not self._shipping():
            return returned
        if len(returned) != len(sent):
            raise ValueError(f"{self.stage!r} returned {len(returned)} documents for {len(sent)}")
        for original, back in zip(sent, returned):
            for name in self.hold_back:
                setattr(back, name, getattr(original, name))
        return returned


def _chunks(docs: Sequence[Document], size: int) -> list[list[Document]]:
    return [list(docs[i : i + size]) for i in range(0, len(docs), max(1, size))]
