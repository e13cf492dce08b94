"""The step contract: small, pure transformations over batches of documents.

A step is a frozen dataclass (its configuration) with a ``__call__`` that takes a list of
documents and returns a list of documents. Steps hold no global state and pickle cleanly,
so the same step runs in-process, in a process pool or in a Ray task. Expensive resources
(a spaCy model, a gazetteer) are loaded lazily per process through ``resource``.

``run_steps`` is the one place steps are called: it isolates faults per document, so one
article that breaks a step is marked ``failed`` (with the step, the exception type and the
message) and the rest of the batch goes on. This module sits beside ``records`` at the
ground of the package: stages import it, and it imports no stage and no engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Protocol, runtime_checkable

from warta.records import Document, StepFailure

# How much of an exception's message is kept on the failed document (and in its problem row).
MAX_FAILURE_MESSAGE = 500


@runtime_checkable
class Step(Protocol):
    """A pure batch transformation. ``name`` shows up in timings, logs and failures."""

    name: ClassVar[str]

    def __call__(self, docs: list[Document]) -> list[Document]: ...


@dataclass(frozen=True)
class OnlyActive:
    """Run ``step`` only on documents still going on (status ``ok``); pass the rest through,
    in their places. Duplicates, non-Indonesian and failed documents are stored, not
    processed further."""

    step: Step
    name: ClassVar[str] = "only_active"

    @property
    def stage(self) -> str:
        return self.step.name

    def __call__(self, docs: list[Document]) -> list[Document]:
        active = [d for d in docs if d.status == "ok"]
        if not active:
            return docs
        returned = self.step(active)  # a step may return new objects: use what it returns
        if len(returned) != len(active):
            raise ValueError(f"step {self.step.name!r} returned {len(returned)} documents for {len(active)}")
        replaced = {id(a): r for a, r in zip(active, returned)}
        return [replaced.get(id(d), d) for d in docs]


def step_name(step: Step) -> str:
    return getattr(step, "stage", None) or step.name


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
    message = str(exc).replace("\n", " ")[:MAX_FAILURE_MESSAGE]
    doc.status = "failed"
    doc.failure = StepFailure(stage=stage, error_type=type(exc).__name__, message=message)


@cache
def _cached(loader: Callable[..., Any], args: tuple) -> Any:
    return loader(*args)


def resource(loader: Callable[..., Any], *args: Any) -> Any:
    """Load ``loader(*args)`` once per process; steps call this instead of keeping globals."""
    return _cached(loader, args)
