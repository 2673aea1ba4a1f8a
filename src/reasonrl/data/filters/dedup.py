"""Exact and near-duplicate removal (the first occurrence is kept).

Exact: sha1 of the whitespace/case-normalised text. Near: MinHash over word shingles with an
LSH index (Broder 1997; datasketch), dropping a record whose estimated Jaccard similarity to
an already kept one reaches the compliance policy's threshold.
"""

from __future__ import annotations

import hashlib
import re

from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, record_text


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def shingles(text: str, k: int) -> set[str]:
    toks = normalise(text).split(" ")
    return {" ".join(toks[i : i + k]) for i in range(max(1, len(toks) - k + 1))}


@FILTERS.register("dedup")
class Dedup(Filter):
    name, version = "dedup", "1"
    stateful = True

    def __init__(self, compliance):
        super().__init__(compliance)
        self.seen: dict[str, str] = {}
        self.lsh, self._template = None, None
        if compliance.dedup.near:
            from datasketch import MinHashLSH

            self.lsh = MinHashLSH(threshold=compliance.dedup.threshold, num_perm=compliance.dedup.num_perm)

    def _minhash(self, text: str):
        from datasketch import MinHash

        if self._template is None:  # drawing the permutations is most of MinHash's constructor cost
            self._template = MinHash(num_perm=self.compliance.dedup.num_perm, seed=1)
        t = self._template
        m = MinHash(
            num_perm=self.compliance.dedup.num_perm, seed=1, permutations=t.permutations, scheme=t.scheme
        )
        m.update_batch([s.encode() for s in shingles(text, self.compliance.dedup.shingle_words)])
        return m

    def apply(self, record: dict) -> FilterResult:
        text = record_text(record)
        key = f"{record.get('kind')}:{hashlib.sha1(normalise(text).encode()).hexdigest()}"
        if self.compliance.dedup.exact:
            if key in self.seen:
                return FilterResult.drop(f"duplicate:exact:{self.seen[key]}")
            self.seen[key] = str(record.get("id"))
        if self.lsh is not None and len(text.split()) >= self.compliance.dedup.shingle_words:
            m = self._minhash(text)
            hits = self.lsh.query(m)
            if hits:
                return FilterResult.drop(f"duplicate:near:{hits[0]}")
            self.lsh.insert(f"{record.get('kind')}:{record.get('id')}:{len(self.seen)}", m)
        return FilterResult(record)
