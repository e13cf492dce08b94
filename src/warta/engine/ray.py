"""The Ray executor: the same calls as the process pool, as Ray tasks on a cluster.

``pip install 'warta[ray]'``. With ``address=None`` and no Ray running in this process, a
local Ray instance is started (no dashboard) and stopped on ``close``; with ``"auto"`` or
``"ray://host:port"`` an existing cluster is joined. Workers import warta themselves, so
every node needs the same warta installed (or a runtime environment that ships it), and
each worker loads the models once, lazily, on its first task (``warta.step.resource``).
"""

from __future__ import annotations

from typing import Any

from warta.engine.executors import Fn, Pending
from warta.records import Document


def _call(fn: Fn, docs: list[Document]) -> list[Document]:
    return fn(docs)


class _RayPending:
    def __init__(self, ref: Any) -> None:
        self._ref = ref

    def result(self) -> list[Document]:
        import ray

        return ray.get(self._ref)


class RayExecutor:
    """Submit each call as a Ray task. A task whose worker dies is not retried by Ray (the
    mapper retries its documents one by one, as for the process pool)."""

    ships = True

    def __init__(self, address: str | None = None, num_cpus: int | None = None) -> None:
        import ray

        self._started = not ray.is_initialized()
        if self._started:
            ray.init(address=address, num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
        self.workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self._remote = ray.remote(max_retries=0)(_call)

    def submit(self, fn: Fn, docs: list[Document]) -> Pending:
        return _RayPending(self._remote.remote(fn, docs))

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
