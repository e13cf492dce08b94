"""CPU seconds a process pays before its first document is done: the serial start-up of ``warta ingest``.

    OMP_NUM_THREADS=1 PYTHONPATH=src .venv/bin/python bench/startup_cpu.py [--rounds 7] [--parts]

CPU time, not wall time, so that the figures hold on a shared machine. Each figure is the
median (and the least) of ``--rounds`` fresh processes:

- **one process** (``--workers 1``): from interpreter start, importing what ``warta ingest``
  imports (``warta.cli``), to one short article done through every stage (cleaning, language,
  fingerprint, then nlp, actors, events, places, dates, search terms): the lazily loaded
  models are all loaded by then;
- **pool worker** (``--workers N``): a process forked from a driver that has imported
  ``warta.cli`` and built the stages (as ``ProcessPool`` forks it), running the pool's
  initializer (``warta.engine.ingest.warm_up_quietly`` over the later stages): what every
  worker pays before its first chunk, all workers at once.

``--parts`` also splits the one-process figure into its pieces (imports, spaCy, the NLP
model, the gazetteers, the actor register, the event models, the first document), each the
median over the rounds, measured in the same child processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import textwrap

# Run in a fresh interpreter: checkpoints of this process's CPU (user + system) from its start.
ONE_PROCESS = textwrap.dedent("""
    import json, resource, sys
    def cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    marks = [("interpreter", cpu())]
    def mark(name):
        marks.append((name, cpu()))
    import warta.cli
    from warta.engine.ingest import IngestConfig, default_stages, warm_up
    mark("import warta.cli (the driver's imports)")
    config = IngestConfig(stages=default_stages())
    mark("stage modules (default_stages)")
    if PARTS:
        from warta.step import resource as res
        import spacy
        mark("import spacy")
        from warta.nlp.model import load_nlp
        mark("import warta.nlp.model (components)")
        res(load_nlp)
        mark("load the NLP model (spacy.load)")
        from warta.nlp.gazetteer import load_gazetteer, longest_names
        load_gazetteer(), longest_names()
        mark("NLP name lists (nlp/gazetteer.py)")
        from warta.places.gazetteer import load_gazetteer as places
        res(places)
        mark("places gazetteer")
        from warta.actors.register import load_register
        res(load_register)
        mark("actor register")
        from warta.events.gate import load_gate
        from warta.events.lexicon import load_lexicon
        from warta.events.roles import load_roles
        from warta.events.tagger import load_tagger
        from warta.events.topic import load_topic
        res(load_lexicon), res(load_gate, None), res(load_tagger, None), res(load_topic), res(load_roles, None)
        mark("event models (lexicon, gate, tagger, topic, roles)")
    warm_up(config.before_dedup() + config.after_dedup())
    mark("first document through every stage")
    print(json.dumps(marks))
""")


def _cpu(r: resource.struct_rusage) -> float:
    return r.ru_utime + r.ru_stime


def one_process(parts: bool) -> list[tuple[str, float]]:
    """Checkpoints (name, CPU seconds since interpreter start) of one fresh process."""
    code = f"PARTS = {parts!r}\n{ONE_PROCESS}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    return [tuple(m) for m in json.loads(out.stdout.strip().splitlines()[-1])]


def pool_workers(rounds: int) -> list[float]:
    """CPU seconds of the pool initializer in ``rounds`` workers forked, one after the other,
    from this process once it holds what a ``warta ingest`` driver holds."""
    import gc
    from functools import partial

    import warta.cli  # noqa: F401  (what the driver imports)
    from warta.engine.ingest import IngestConfig, default_stages, warm_up_quietly

    config = IngestConfig(stages=default_stages(), workers=2)
    initializer = partial(warm_up_quietly, config.after_dedup())  # as open_executor builds it
    assert "spacy" not in sys.modules, "the driver must not import spaCy"
    gc.freeze()  # as ProcessPool does before forking
    spent = []
    for _ in range(rounds):
        pid = os.fork()
        if pid == 0:
            try:
                initializer()
            finally:
                os._exit(0)
        _, _, usage = os.wait4(pid, 0)
        spent.append(_cpu(usage))
    gc.unfreeze()
    return spent


def _figure(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} CPU-s (least {min(values):.2f}, most {max(values):.2f}; {len(values)} runs)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--parts", action="store_true", help="Split the one-process figure into its pieces.")
    args = ap.parse_args()
    runs = [one_process(args.parts) for _ in range(args.rounds)]
    workers = pool_workers(args.rounds)
    print(f"one process, start to first document done: {_figure([r[-1][1] for r in runs])}")
    print(f"pool worker, its initializer:               {_figure(workers)}")
    if args.parts:
        print("\n| piece (one process) | CPU s (median) |\n|---|---:|")
        for i, (name, _) in enumerate(runs[0]):
            spent = [r[i][1] - (r[i - 1][1] if i else 0.0) for r in runs]
            print(f"| {name} | {statistics.median(spent):.3f} |")
        print(f"| **all** | {statistics.median(r[-1][1] for r in runs):.3f} |")


if __name__ == "__main__":
    main()
