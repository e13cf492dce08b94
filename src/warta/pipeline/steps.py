"""The step contract: small, pure transformations over batches of documents.

A step is a frozen dataclass (its configuration) with a ``__call__`` that takes a list of
documents and returns a list of documents. Steps hold no global state and pickle cleanly,
so the same step runs in-process, in a process pool or in a Ray task. Expensive resources
(a spaCy model, a gazetteer) are loaded lazily per process through ``resource``.

Later stages plug in by adding a step to the list the pipeline is built from; readers and
the store never change for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, ClassVar, Protocol, runtime_checkable

from warta.records import Document


@runtime_checkable
class Step(Protocol):
    """A pure batch transformation. ``name`` shows up in timings and logs."""

    name: ClassVar[str]

    def __call__(self, docs: list[Document]) -> list[Document]: ...


@dataclass(frozen=True)
class OnlyActive:
    """Run ``step`` only on documents still going on (status ``ok``); pass the rest through.

    Duplicates and non-Indonesian documents are stored, not processed further.
    """

    step: Step
    name: ClassVar[str] = "only_active"

    def __call__(self, docs: list[Document]) -> list[Document]:
        active = [d for d in docs if d.status == "ok"]
        if active:
            self.step(active)  # steps mutate and return the same objects
        return docs


@lru_cache(maxsize=None)
def _cached(loader: Callable[..., Any], args: tuple) -> Any:
    return loader(*args)


def resource(loader: Callable[..., Any], *args: Any) -> Any:
    """Load ``loader(*args)`` once per process; steps call this instead of keeping globals."""
    return _cached(loader, args)
