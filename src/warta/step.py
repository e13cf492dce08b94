"""The step contract: small, pure transformations over batches of documents.

A step is a frozen dataclass (its configuration) with a ``__call__`` that takes a list of
documents and returns a list of documents. Steps hold no global state and pickle cleanly,
so the same step runs in-process, in a process pool or in a Ray task. Expensive resources
(a spaCy model, a gazetteer) are loaded lazily per process through ``resource``.

A step declares the annotation slots (warta.records.Annotations) it reads, ``requires``, and
the ones it fills, ``assigns``. ``check_pipeline`` holds a pipeline to those declarations when
the engine builds it: a step whose slots no earlier step assigns is an error then, naming the
step and the slots, not a silent empty result (or a crash) hours into a run.

``run_steps`` is the one place steps are called: it isolates faults per document, so one
article that breaks a step is marked ``failed`` (with the step, the exception type and the
message) and the rest of the batch goes on. This module sits beside ``records`` at the
ground of the package: stages import it, and it imports no stage and no engine.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Protocol, runtime_checkable

from warta.records import SLOTS, Document, StepFailure

# How much of an exception's message is kept on the failed document (and in its problem row).
MAX_FAILURE_MESSAGE = 500


@runtime_checkable
class Step(Protocol):
    """A pure batch transformation: the same number of documents out as in, in the same order
    (the same objects, changed, or new ones). ``name`` shows up in timings, logs and failures;
    ``requires`` and ``assigns`` name annotation slots (warta.records.SLOTS)."""

    # read-only here so that a wrapper (OnlyActive) may pass on its step's; a step class sets
    # them as class variables: ``requires: ClassVar[tuple[str, ...]] = ("sentences",)``
    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, docs: list[Document]) -> list[Document]: ...


class PipelineError(ValueError):
    """Steps that do not fit together, found when the pipeline is built."""


@dataclass(frozen=True)
class OnlyActive:
    """Run ``step`` only on documents still going on (status ``ok``); pass the rest through,
    in their places. Duplicates, non-Indonesian and failed documents are stored, not
    processed further. It declares what ``step`` declares."""

    step: Step
    name: ClassVar[str] = "only_active"

    @property
    def stage(self) -> str:
        return step_name(self.step)

    @property
    def requires(self) -> tuple[str, ...]:
        return self.step.requires

    @property
    def assigns(self) -> tuple[str, ...]:
        return self.step.assigns

    def __call__(self, docs: list[Document]) -> list[Document]:
        going = [d.status == "ok" for d in docs]  # before the step runs: it may change a status
        active = [d for d, go in zip(docs, going) if go]
        if not active:
            return docs
        returned = self.step(active)  # a step may return new objects: what it returns goes on
        if len(returned) != len(active):
            raise ValueError(f"step {self.stage!r} returned {len(returned)} documents for {len(active)}")
        out = iter(returned)
        return [next(out) if go else d for d, go in zip(docs, going)]


def step_name(step: Step) -> str:
    return getattr(step, "stage", None) or step.name


def check_pipeline(steps: Sequence[Step]) -> None:
    """Raise ``PipelineError`` unless every slot a step requires is assigned by a step before
    it, and every slot a step names exists. Called by the engine when it builds a pipeline
    (warta.engine.ingest.IngestConfig), before any document is read."""
    have: set[str] = set()
    for i, step in enumerate(steps):
        name = step_name(step)
        try:
            requires, assigns = tuple(step.requires), tuple(step.assigns)
        except AttributeError:
            raise PipelineError(f"step {name!r} does not declare the slots it requires and assigns (warta.step.Step)") from None
        unknown = [s for s in (*requires, *assigns) if s not in SLOTS]
        if unknown:
            raise PipelineError(f"step {name!r} names {_slots(unknown)}, which {_is(unknown)} no annotation slot; "
                                f"the slots are {_slots(SLOTS)} (warta.records.Annotations)")  # fmt: skip
        missing = [s for s in requires if s not in have]
        if missing:
            later = [step_name(t) for t in steps[i + 1 :] if set(getattr(t, "assigns", ())) & set(missing)]
            where = f"'{later[0]}' assigns {_it(missing)} but runs after it" if later else f"add the step that assigns {_it(missing)} before it"
            raise PipelineError(f"step {name!r} requires {_slots(missing)}, which no step before it assigns: {where}")
        have.update(assigns)


def assigned_slots(steps: Iterable[Step]) -> tuple[str, ...]:
    """The slots a pipeline fills, in the order its steps assign them: what the store writes."""
    return tuple(dict.fromkeys(slot for step in steps for slot in step.assigns))


def _slots(names: Sequence[str]) -> str:
    quoted = [repr(n) for n in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _is(names: Sequence[str]) -> str:
    return "is" if len(names) == 1 else "are"


def _it(names: Sequence[str]) -> str:
    return "it" if len(names) == 1 else "them"


def run_steps(steps: Sequence[Step], docs: list[Document]) -> list[Document]:
    """Run ``steps`` in order over the batch, isolating faults per document.

    When a step raises on the batch, it is run again on each document alone: the ones that
    raise again are marked ``failed`` (``doc.failure``) and skipped by later steps; the others
    go on with the step's result. A step must therefore be safe to run twice on a document
    (every shipped step sets its outputs afresh).
    """
    for step in steps:
        try:
            docs = step(docs)
        except Exception:  # noqa: BLE001 - any fault of one document must not stop the batch
            docs = one_by_one(step, docs, step_name(step))
    return docs


def one_by_one(call: Callable[[list[Document]], list[Document]], docs: list[Document], stage: str) -> list[Document]:
    """``call`` on each document alone, after it failed on them together: a document it
    raises on is marked failed under ``stage``; one that failed earlier stays as it is."""
    out: list[Document] = []
    for doc in docs:
        if doc.failure is not None:
            out.append(doc)
            continue
        try:
            out.extend(call([doc]))
        except Exception as exc:  # noqa: BLE001
            mark_failed(doc, stage, exc)
            out.append(doc)
    return out


def mark_failed(doc: Document, stage: str, exc: BaseException) -> None:
    doc.status = "failed"
    doc.failure = failure_of(stage, exc)


def failure_of(stage: str, exc: BaseException) -> StepFailure:
    """What is kept of ``exc`` raised by ``stage`` on one document: its type and message (one line, cut)."""
    return StepFailure(stage=stage, error_type=type(exc).__name__, message=str(exc).replace("\n", " ")[:MAX_FAILURE_MESSAGE])


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large table of long-lived objects is built
    (a model, a gazetteer), and what it built then moved out of the collector's view
    (``gc.freeze``): its collections would otherwise walk those objects, during the load and
    at every full collection of the run after it, and find nothing to free. They are given
    back to the collector at exit (``gc.unfreeze``), so that everything is freed as usual.
    Only a load that succeeds freezes, after the garbage is collected: a loader that
    raises is retried by each later call, and a freeze per retry would pin what each left.
    Nested (a pre-built table read inside a model's load), only the outermost collects and
    freezes: what the inner one built is frozen with the rest."""
    was = gc.isenabled()
    gc.disable()
    _PAUSED.append(True)
    try:
        yield
        if len(_PAUSED) == 1:
            gc.collect()
            gc.freeze()
    finally:
        _PAUSED.pop()
        if was:
            gc.enable()


_PAUSED: list[bool] = []  # the collection_paused blocks open in this process


atexit.register(gc.unfreeze)


@cache
def _cached(loader: Callable[..., Any], args: tuple) -> Any:
    with collection_paused():
        return loader(*args)


def resource(loader: Callable[..., Any], *args: Any) -> Any:
    """Load ``loader(*args)`` once per process; steps call this instead of keeping globals."""
    return _cached(loader, args)
