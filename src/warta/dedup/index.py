"""Store-wide deduplication: exact copies by normalised hash, near copies by MinHash LSH.

The index is the one stateful part of ingest: it runs in the driver, sees every document
in order, and is rebuilt from the store's signatures at the start of each run, which is
what makes dedup incremental across runs. Clusters are union-find sets whose root is the
earliest document: the canonical one, the only one processed further.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from rensa import RMinHash, RMinHashLSH

from warta.dedup.fingerprint import restore
from warta.records import Document


@dataclass(frozen=True)
class DedupConfig:
    threshold: float = 0.4  # chosen on the dev split of tests/fixtures/dedup; estimated Jaccard of word 3-gram sets above which two articles are one
    num_perm: int = 120  # divisible by 3, 4, 5, 6, 8 and 10: room to choose the banding
    seed: int = 42
    min_rows: int = 3  # fewer rows means more bands: rensa's LSH memory grows steeply with bands

    def bands(self) -> int:
        """Bands for the LSH index: the most rows per band (fewest bands, least memory) whose
        LSH threshold, (1/bands)^(1/rows), stays under 0.9 x ``threshold``; recall first,
        since every candidate is verified against ``threshold`` afterwards."""
        best = self.num_perm // self.min_rows
        for rows in range(self.min_rows, self.num_perm + 1):
            if self.num_perm % rows == 0 and (rows / self.num_perm) ** (1 / rows) <= 0.9 * self.threshold:
                best = self.num_perm // rows
        return best


@dataclass
class DedupIndex:
    config: DedupConfig = field(default_factory=DedupConfig)
    name: ClassVar[str] = "dedup"

    def __post_init__(self) -> None:
        self._lsh = RMinHashLSH(threshold=self.config.threshold, num_perm=self.config.num_perm, num_bands=self.config.bands())
        self._ids: list[str] = []
        self._hashes: list[RMinHash] = []
        self._parent: list[int] = []
        self._exact: dict[str, int] = {}
        self._key: dict[str, int] = {}
        self.relabelled: dict[str, str] = {}  # old cluster id -> new, for the store to apply

    def __len__(self) -> int:
        return len(self._ids)

    def load(self, rows: Iterable[tuple[str, str, bytes, str]]) -> None:
        """Add stored documents (doc_id, norm_hash, minhash, cluster_id) in ingest order."""
        for doc_id, norm_hash, state, cluster_id in rows:
            key = self._add(doc_id, norm_hash, restore(state, self.config.num_perm, self.config.seed))
            root = self._key.get(cluster_id, key)
            self._parent[key] = root

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if doc.status == "ok" and doc.minhash is not None:
                self.assign(doc)
        return docs

    def assign(self, doc: Document) -> None:
        """Link ``doc`` to an earlier copy (status ``duplicate``) or start a new cluster."""
        mh = restore(doc.minhash, self.config.num_perm, self.config.seed)
        if doc.norm_hash in self._exact:
            matches = {self._exact[doc.norm_hash]: 1.0}
            kind = "exact"
        else:
            sims = {k: mh.jaccard(self._hashes[k]) for k in self._lsh.query(mh)}
            matches = {k: s for k, s in sims.items() if s >= self.config.threshold}
            kind = "near"
        key = self._add(doc.doc_id, doc.norm_hash, mh)
        if not matches:
            doc.cluster_id = doc.doc_id
            return
        for other in matches:
            self._union(other, key)
        root = self._find(key)
        doc.status = "duplicate"
        doc.duplicate_kind = kind
        doc.similarity = round(max(matches.values()), 4)
        doc.canonical_id = doc.cluster_id = self._ids[root]

    def _add(self, doc_id: str, norm_hash: str | None, mh: RMinHash) -> int:
        key = len(self._ids)
        self._ids.append(doc_id)
        self._hashes.append(mh)
        self._parent.append(key)
        self._key[doc_id] = key
        if norm_hash and norm_hash not in self._exact:
            self._exact[norm_hash] = key
        self._lsh.insert(key, mh)
        return key

    def _find(self, key: int) -> int:
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        root, child = min(ra, rb), max(ra, rb)  # the earliest document stays canonical
        self._parent[child] = root
        if child != b:  # two existing clusters met: the later one is relabelled
            self.relabelled[self._ids[child]] = self._ids[root]
