"""Build src/warta/data/nlp/gazetteer.tsv.gz from the Indonesian DBpedia name lists
(../shared/corpora/dbpedia-id-gazetteers/original-dbpedia/{person,place,organization}.txt)
and, as places, the countries, regions, provinces, regencies and cities of 50,000+ people in
warta's own place gazetteer (src/warta/data/places; the DBpedia place list lacks most of them);
with --register also the actor register's aliases (persons PER, countries LOC, the rest ORG).

Each name is tokenised with warta's tokenizer and lower-cased; names of more than
warta.nlp.gazetteer.MAX_TOKENS tokens are dropped. A line is "<label mask>\\t<tokens>",
mask 1 PER, 2 LOC, 4 ORG (a name in several lists has several bits).

    python training/nlp/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import spacy

from warta.nlp import components
from warta.nlp.gazetteer import MAX_TOKENS

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT.parent / "shared" / "corpora" / "dbpedia-id-gazetteers" / "original-dbpedia"
LISTS = {"person.txt": 1, "place.txt": 2, "organization.txt": 4}
PLACES = ROOT / "src" / "warta" / "data" / "places" / "gazetteer.jsonl.gz"
PLACE_TYPES = {"country", "region", "adm1", "adm2"}
MIN_CITY_POPULATION = 50_000


REGISTER = ROOT / "src" / "warta" / "data" / "actors"


def register_names(folder: Path = REGISTER) -> list[tuple[list[str], int]]:
    """The actor register's aliases by label bit: persons 1, countries 2, every other actor 4."""
    by_bit: dict[int, list[str]] = {1: [], 2: [], 4: []}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                actor = json.loads(line)
                by_bit[{"person": 1, "country": 2}.get(actor["type"], 4)].extend(actor["aliases"])
    return [(names, bit) for bit, names in by_bit.items()]


def place_names(path: Path = PLACES) -> list[str]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            if p["type"] in PLACE_TYPES or p["type"] == "city" and (p.get("population") or 0) >= MIN_CITY_POPULATION:
                out.extend(p["names"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--register", action="store_true", help="add the actor register's aliases")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "warta" / "data" / "nlp" / "gazetteer.tsv.gz")
    args = ap.parse_args()
    nlp = spacy.blank("id")
    components.customize_tokenizer(nlp)
    names: dict[str, int] = {}
    sources = [((args.source / file).read_bytes().decode("cp1252", errors="replace").splitlines(), bit)  # Windows-1252 lists
               for file, bit in LISTS.items()] + [(place_names(), 2)]  # fmt: skip
    if args.register:
        sources += register_names()
    for lines, bit in sources:
        for line in lines:
            line = line.strip()
            if not line or "\ufffd" in line:
                continue
            words = [t.text.lower() for t in nlp.make_doc(line)]
            if 0 < len(words) <= MAX_TOKENS:
                key = " ".join(words)
                names[key] = names.get(key, 0) | bit
    args.out.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{mask}\t{name}\n" for name, mask in sorted(names.items())).encode("utf-8")
    args.out.write_bytes(gzip.compress(body, mtime=0))
    counts = {label: sum(1 for m in names.values() if m & bit) for label, bit in (("PER", 1), ("LOC", 2), ("ORG", 4))}
    print(f"{len(names)} names {counts} -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
