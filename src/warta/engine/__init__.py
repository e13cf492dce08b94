"""The engine: how the per-document steps are run (executors), and where their output goes.

- ``ingest``: the driver of ``warta ingest``: read, clean, dedup, the per-document stages
  through an executor, event clustering and the store write.
- ``extract``: the same stages without a store, for ``warta extract`` (records out).

- ``executors``: one interface, three ways to run a function on a batch of documents: here
  (``InProcess``), in a pool of forked worker processes (``ProcessPool``), or as Ray tasks
  (``warta.engine.ray.RayExecutor``). ``BatchMapper`` streams batches through any of them in
  order with a bounded number in flight, and isolates a batch that cannot be run at all.
- ``process``: the archive path: the steps over inputs, written as Parquet shards
  (``warta process``), and ``load``, which bulk-loads those shards into the store with
  deduplication and event clustering (``warta load``).

No stage imports the engine; the stages import only ``warta.step`` and ``warta.records``.
"""
