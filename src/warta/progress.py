"""Progress for the commands that take more than a few seconds (ingest, eval).

On a terminal: a live line with a spinner, what is being done, a bar when the amount of work
is known, and the time spent. In a log (stderr not a terminal): one plain line per step, so
that a job's log shows where it is without the terminal redraws.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


class Steps:
    """Report the step now under way; ``advance`` counts finished ones when ``total`` is known."""

    def __init__(self, console: Console, progress: Progress | None, task, label: str, min_interval: float, quiet: bool = False) -> None:
        self.console, self.progress, self.task, self.label = console, progress, task, label
        self.min_interval, self.last_line = min_interval, float("-inf")
        self.started, self.quiet = False, quiet

    def update(self, description: str, advance: int = 0) -> None:
        if self.quiet:
            return
        if self.progress is not None:
            self.progress.update(self.task, description=description, advance=advance)
            return
        now = time.monotonic()
        if now - self.last_line >= self.min_interval:  # a log gets a line per step, at most every min_interval
            self.console.print(f"{self.label}: {description}", markup=False, highlight=False)
            self.last_line = now

    def advance(self, n: int = 1) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, n)

    def next(self, description: str) -> None:
        """A new step begins: the one before it (if any) is done."""
        self.update(description, advance=1 if self.started else 0)
        self.started = True


@contextmanager
def steps(console: Console, label: str, total: int | None = None, *, enabled: bool = True, min_interval: float = 0.0) -> Iterator[Steps]:
    """``with steps(err, "eval geo", total=2) as s: s.update("scoring dev.jsonl"); ...; s.advance()``"""
    if not enabled:
        yield Steps(console, None, None, label, min_interval, quiet=True)
        return
    if not console.is_terminal:
        yield Steps(console, None, None, label, min_interval)
        return
    columns = [SpinnerColumn(), TextColumn(f"{label}: {{task.description}}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=True) as progress:
        yield Steps(console, progress, progress.add_task("starting", total=total), label, min_interval)
