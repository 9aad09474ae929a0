"""Text similarity for duplicate checks: word shingles, Jaccard and containment, MinHash, LSH.

Pure Python (stdlib `hashlib` and `struct` only) and stable across processes and machines: no
value here depends on Python's randomised `hash()`, so signatures and band keys can be stored in
an index (SQLite) by one run and compared by another.

The pieces, from exact to approximate:

* `tokens(text)` — the words of a text after `textutil.normalize` (case, accents, URLs, digits
  and punctuation folded), so that two copies differing only in those compare equal.
* `shingles(text_or_tokens, k)` — the set of hashed k-word windows (64-bit ints). A text shorter
  than `k` words gives one shingle of all its words; an empty text gives the empty set. Stable:
  use these for anything stored (signatures, index keys).
* `quick_tokens(text)` and `word_shingles(words, k)` — the fast, in-memory variant for comparing
  texts within one process (e.g. the paragraphs of one document): lower-cased words with links and
  emails dropped (digits kept), and shingles as tuples of words, built in C by `zip`/`set`. About
  ten times faster than `shingles`; not for storing (tuples, not hashes).
* `jaccard(a, b)`, `containment(a, b)`, `overlap(a, b)` — exact set similarities.
* `minhash(shingle_set, num_perm)` — a MinHash signature: `num_perm` 64-bit values, computed by
  one-permutation hashing with optimal densification (Shrivastava 2017), i.e. in O(len(set))
  rather than O(len(set) * num_perm). The fraction of equal positions of two signatures estimates
  the Jaccard similarity of the two sets: `estimate_jaccard(sig_a, sig_b)`. Standard error is
  about sqrt(J(1-J)/num_perm): ±0.04 at J=0.8 with 128 values.
* `lsh_params(threshold, num_perm)` and `band_keys(sig, bands, rows)` — locality-sensitive hashing:
  split the signature into `bands` bands of `rows` values; two sets whose Jaccard similarity is
  above `threshold` share at least one band key with high probability, sets far below it rarely
  do. Store the keys (one per band, 16 hex digits, band number mixed in so keys of different bands
  never collide) and look up candidates by key; then confirm with `estimate_jaccard` or exact
  shingles.

Storage: a signature is `num_perm` unsigned 64-bit ints, `8 * num_perm` bytes packed with
`signature_to_bytes` (1,024 bytes at 128 values, 512 at 64); band keys are 16 hex characters
each (8 bytes as a BLOB), e.g. 16 bands -> 256 characters per document.

Example::

    from corpuslint import similarity as sim
    a = sim.shingles("Stephen Lendman lives in Chicago. He can be reached at ...")
    b = sim.shingles("Award-winning author Stephen Lendman lives in Chicago ...")
    sim.jaccard(a, b), sim.containment(a, b)
    bands, rows = sim.lsh_params(0.8, 128)          # -> (9, 13) say
    keys = sim.band_keys(sim.minhash(a, 128), bands, rows)
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from corpuslint.textutil import URL_LIKE, normalize

__all__ = [
    "DEFAULT_NUM_PERM",
    "band_keys",
    "containment",
    "estimate_jaccard",
    "jaccard",
    "lsh_params",
    "minhash",
    "overlap",
    "quick_tokens",
    "shingles",
    "signature_from_bytes",
    "signature_to_bytes",
    "token_hash",
    "tokens",
    "word_shingles",
]

MASK64 = (1 << 64) - 1
DEFAULT_NUM_PERM = 128
_MIX1 = 0xBF58476D1CE4E5B9
_MIX2 = 0x94D049BB133111EB
_GOLDEN = 0x9E3779B97F4A7C15


def _mix64(x: int) -> int:
    """splitmix64's finaliser: a fast, well-spread bijection on 64-bit ints."""
    x = (x ^ (x >> 30)) * _MIX1 & MASK64
    x = (x ^ (x >> 27)) * _MIX2 & MASK64
    return x ^ (x >> 31)


@lru_cache(maxsize=65536)
def token_hash(token: str) -> int:
    """A stable 64-bit hash of one word (blake2b, cached: words repeat a lot)."""
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def tokens(text: str) -> list[str]:
    """The words of `text` after `textutil.normalize` (what shingles are made of)."""
    return normalize(text).split()


_WORD_RE = re.compile(r"[^\W_]+")


def quick_tokens(text: str) -> list[str]:
    """Lower-cased words of `text`, links and emails dropped, digits kept (a fast `tokens`)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "://" in text or "www." in text or "@" in text:
        text = URL_LIKE.sub(" ", text)
    return _WORD_RE.findall(text.casefold())


def word_shingles(words: Sequence[str], k: int = 3) -> set[tuple[str, ...]]:
    """The set of `k`-word shingles of a word list, as tuples (in-memory comparisons only).

    Like `shingles`, a list of fewer than `k` (but at least one) words gives one shingle of all
    of them, and an empty list the empty set.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    n = len(words)
    if n == 0:
        return set()
    if n <= k:
        return {tuple(words)}
    return set(zip(*(words[i:] for i in range(k))))


def shingles(text: str | Sequence[str], k: int = 3) -> set[int]:
    """The set of hashed `k`-word shingles of a text (or of an already tokenised word list).

    Each shingle is a 64-bit int combining the stable hashes of its words in order. A text of
    fewer than `k` (but at least one) words yields one shingle of all its words, so short texts
    still compare; an empty text yields an empty set.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    words = tokens(text) if isinstance(text, str) else text
    hashes = [token_hash(w) for w in words]
    n = len(hashes)
    if n == 0:
        return set()
    if n <= k:
        return {_combine(hashes)}
    if k == 1:
        return set(hashes)
    # CPython's hash of a tuple of ints mixes in C (xxHash's round) and, unlike the hash of a
    # str, is not randomised per process: the same words give the same shingle in every run and
    # worker. It replaced a splitmix64 step in Python, 3x faster here (the index stamp records
    # the Python version, in case a future CPython changes tuple hashing).
    if k == 3:
        return {hash(t) & MASK64 for t in zip(hashes, hashes[1:], hashes[2:])}
    if k == 2:
        return {hash(t) & MASK64 for t in zip(hashes, hashes[1:])}
    return {hash(tuple(hashes[i:i + k])) & MASK64 for i in range(n - k + 1)}


def _combine(hashes: Sequence[int]) -> int:
    return hash(tuple(hashes)) & MASK64


# -- exact set similarities -------------------------------------------------------------------

def jaccard(a: set, b: set) -> float:
    """|a ∩ b| / |a ∪ b|; 1.0 for two empty sets, 0.0 when only one is empty."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    inter = sum(1 for x in a if x in b)
    return inter / (len(a) + len(b) - inter)


def containment(a: set, b: set) -> float:
    """|a ∩ b| / |a|: how much of `a` is found in `b` (0.0 when `a` is empty)."""
    if not a:
        return 0.0
    if len(a) <= len(b):
        inter = sum(1 for x in a if x in b)
    else:
        inter = sum(1 for x in b if x in a)
    return inter / len(a)


def overlap(a: set, b: set) -> float:
    """|a ∩ b| / min(|a|, |b|): containment of the smaller set in the larger."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(1 for x in a if x in b) / len(a)


# -- MinHash ----------------------------------------------------------------------------------

_EMPTY = MASK64  # a bin no shingle fell into (before densification)


def minhash(shingle_set: Iterable[int], num_perm: int = DEFAULT_NUM_PERM, seed: int = 0) -> tuple[int, ...]:
    """A MinHash signature of a set of 64-bit shingle hashes: `num_perm` 64-bit ints.

    One-permutation hashing: each shingle is re-hashed once (with `seed`), its bin is the hash
    modulo `num_perm`, and each bin keeps its smallest value; empty bins are filled by optimal
    densification (each borrows the value of a pseudo-randomly probed non-empty bin), so that
    `estimate_jaccard` stays unbiased for small sets. Same set, same `num_perm` and `seed` -> same
    signature on every machine. The empty set gives a signature of all `2**64 - 1`.
    Signatures are comparable only when made with the same `num_perm` and `seed`.
    """
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    bins = [_EMPTY] * num_perm
    salt = _mix64((seed + 1) * _GOLDEN & MASK64)
    # the re-hash of each shingle is CPython's (deterministic) tuple hash, mixed in C; the bins
    # take the low bits, the values the rest (see `shingles` for why this is stable)
    for h in sorted({hash((s, salt)) & MASK64 for s in shingle_set}, reverse=True):
        bins[h % num_perm] = h // num_perm  # descending: each bin ends with its smallest value
    return _densified(bins, salt)


def _densified(bins: list[int], salt: int) -> tuple[int, ...]:
    """Fill each empty bin with the value of a pseudo-randomly probed non-empty one.

    Bin `i` probes `_probe(i, attempt, salt)` for attempt 1, 2, ... until it finds a filled bin:
    the sequence depends on the bin, `num_perm` and the salt only, never on the document, so it
    is computed once per process (`_probe_table`, grown as far as a document needs) instead of
    one `_mix64` per probe of every document (~0.25 s per 10 MB). Same values as probing afresh."""
    num_perm = len(bins)
    if _EMPTY not in bins:
        return tuple(bins)
    if bins.count(_EMPTY) == num_perm:
        return tuple(bins)
    table = _probe_table(num_perm, salt)
    out = list(bins)
    for i, value in enumerate(bins):
        if value != _EMPTY:
            continue
        seq = table[i]
        for j in seq:
            if bins[j] != _EMPTY:
                out[i] = bins[j]
                break
        else:
            grown = list(seq)  # further than any document went before: a longer sequence, published whole
            while True:  # (one assignment, never an append to a shared list: threads may grow it at once)
                j = _probe(i, len(grown) + 1, salt, num_perm)
                grown.append(j)
                if bins[j] != _EMPTY:
                    out[i] = bins[j]
                    break
            table[i] = grown
    return tuple(out)


def _probe(i: int, attempt: int, salt: int, num_perm: int) -> int:
    """The bin that empty bin `i` borrows from at its `attempt`-th try (if that one is filled)."""
    return _mix64((i * 0x10001 + attempt) * _GOLDEN ^ salt) % num_perm


_PROBE_TABLES: dict[tuple[int, int], list[list[int]]] = {}
_PROBE_ARRAYS: dict[tuple[int, int], object] = {}  # the same, first `_PROBES_AHEAD`, as numpy arrays
_PROBES_AHEAD = 8  # probes computed per bin up front (a news article's empty bins need 1-2)


def _probe_table(num_perm: int, salt: int) -> list[list[int]]:
    """Per bin, the bins it probes in order (`_probe`), the first `_PROBES_AHEAD` of them."""
    table = _PROBE_TABLES.get((num_perm, salt))
    if table is None:
        if len(_PROBE_TABLES) >= 8:  # a few (num_perm, seed) pairs in one process, at most
            _PROBE_TABLES.clear()
        table = _PROBE_TABLES[num_perm, salt] = [
            [_probe(i, attempt, salt, num_perm) for attempt in range(1, _PROBES_AHEAD + 1)]
            for i in range(num_perm)]
    return table


def estimate_jaccard(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    """The fraction of positions where two signatures agree: an estimate of Jaccard similarity."""
    if len(sig_a) != len(sig_b):
        raise ValueError("signatures of different lengths cannot be compared")
    if not sig_a:
        return 0.0
    return sum(1 for x, y in zip(sig_a, sig_b) if x == y) / len(sig_a)


def signature_to_bytes(sig: Sequence[int]) -> bytes:
    """Pack a signature as little-endian unsigned 64-bit ints: 8 bytes per value."""
    return struct.pack(f"<{len(sig)}Q", *sig)


def signature_from_bytes(data: bytes) -> tuple[int, ...]:
    """Unpack what `signature_to_bytes` packed."""
    if len(data) % 8:
        raise ValueError("a packed signature is a multiple of 8 bytes")
    return struct.unpack(f"<{len(data) // 8}Q", data)


# -- LSH --------------------------------------------------------------------------------------

def _collision_probability(s: float, bands: int, rows: int) -> float:
    return 1.0 - (1.0 - s ** rows) ** bands


def _integrate(f, a: float, b: float, steps: int = 200) -> float:
    if b <= a:
        return 0.0
    h = (b - a) / steps
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, steps)) + 0.5 * f(b))


# `lsh_params` for the settings corpuslint ships with (CL412's default threshold and its 64 values):
# the search below takes ~20 ms, paid by every run that checks a document against the corpus
# index (a pre-commit run too). tests/test_similarity.py checks the table against the search.
KNOWN_LSH_PARAMS = {(0.8, 64, 0.5): (5, 11)}


@lru_cache(maxsize=256)
def lsh_params(threshold: float, num_perm: int = DEFAULT_NUM_PERM,
               false_positive_weight: float = 0.5) -> tuple[int, int]:
    """(bands, rows) with bands * rows <= num_perm for a Jaccard `threshold`.

    Minimises the weighted area of false positives (similarity below the threshold yet sharing
    a band) and false negatives (above it, sharing none), as datasketch does. With
    `false_positive_weight` 0.5 both count the same; lower it to miss fewer true pairs.
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError("threshold must be between 0 and 1")
    known = KNOWN_LSH_PARAMS.get((threshold, num_perm, false_positive_weight))
    return known if known is not None else search_lsh_params(threshold, num_perm, false_positive_weight)


def search_lsh_params(threshold: float, num_perm: int, false_positive_weight: float) -> tuple[int, int]:
    """`lsh_params` computed: every (bands, rows) pair tried."""
    best = (1, num_perm)
    best_err = math.inf
    fn_weight = 1.0 - false_positive_weight
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = _integrate(lambda s: _collision_probability(s, bands, rows), 0.0, threshold, 50)
            fn = _integrate(lambda s: 1.0 - _collision_probability(s, bands, rows), threshold, 1.0, 50)
            err = false_positive_weight * fp + fn_weight * fn
            if err < best_err - 1e-12:
                best_err, best = err, (bands, rows)
    return best


def band_keys(sig: Sequence[int], bands: int, rows: int) -> list[str]:
    """One key per band: 16 hex digits hashing the band's `rows` values and the band number.

    Two signatures that agree on every value of band `i` get the same `i`-th key; keys of
    different bands never coincide by construction (the band number is hashed in), so all keys
    may share one index column.
    """
    if bands * rows > len(sig):
        raise ValueError(f"{bands} bands of {rows} rows need {bands * rows} values; the signature has {len(sig)}")
    keys = []
    for band in range(bands):
        chunk = sig[band * rows:(band + 1) * rows]
        data = struct.pack(f"<H{rows}Q", band, *chunk)
        keys.append(hashlib.blake2b(data, digest_size=8).hexdigest())
    return keys


# -- the same shingles and MinHash, vectorised ------------------------------------------------
#
# `document_signature` gives exactly what `minhash(shingles(words, 3), num_perm)` and the size of
# that shingle set give, computed with numpy over the whole document at once: CPython's tuple
# hash (xxHash's round, see `shingles`) and int hash (the value modulo 2**61 - 1) written out in
# unsigned 64-bit arithmetic, which wraps as C's does. On 10 MB of news it is ~2x faster than the
# loop of Python hashes and sets, and the values are the same bit for bit (tests/test_similarity.py
# compares them on random word lists), so signatures stored by either compare.
#
# numpy costs ~80 ms to import: a run that fingerprints a handful of documents (a pre-commit
# hook's) keeps to the plain Python path; past `VECTOR_AFTER` documents in a process it switches.

_HASH_MODULUS = (1 << 61) - 1  # CPython's hash of an int n >= 0 is n % (2**61 - 1)
_XXPRIME_1 = 11400714785074694791
_XXPRIME_2 = 14029467366897019727
_XXPRIME_5 = 2870177450012600261
_TUPLE_TAIL = _XXPRIME_5 ^ 3527539
VECTOR_AFTER = 64  # documents signed in this process before numpy is worth importing
VECTOR_MIN_WORDS = 24  # shorter texts: the Python path is as fast
_signed = [0]
_MAX_LANES = 1 << 17  # words: ~15 MB; 1 << 20 held ~120 MB on a large corpus for little speed


class _Lanes(dict):
    """word -> `hash(token_hash(word))` (CPython's hash of that int), computed on first use."""

    def __missing__(self, word: str) -> int:
        value = self[word] = token_hash(word) % _HASH_MODULUS
        return value


_LANES = _Lanes()


def warm_up() -> None:
    """Import numpy now (a process about to fork workers that will sign many documents)."""
    import numpy  # noqa: F401


def document_signature(words: Sequence[str], num_perm: int, k: int = 3) -> tuple[tuple[int, ...], int]:
    """(`minhash(shingles(words, k), num_perm)`, the number of distinct shingles), fast."""
    _signed[0] += 1
    if k != 3 or len(words) < max(VECTOR_MIN_WORDS, 4) or _signed[0] <= VECTOR_AFTER:
        shingle_set = shingles(words, k)
        return minhash(shingle_set, num_perm), len(shingle_set)
    import numpy as np

    lanes = _LANES
    if len(lanes) > _MAX_LANES:
        lanes.clear()
    h = np.fromiter(map(lanes.__getitem__, words), dtype=np.uint64, count=len(words))
    tmp = np.empty(len(words) - 2, dtype=np.uint64)  # one scratch array for every step (in place)
    shingle_values = _tuple_hash(np, (h[:-2], h[1:-1], h[2:]), tmp)
    shingle_values.sort()
    distinct = int(np.count_nonzero(shingle_values[1:] != shingle_values[:-1])) + 1  # duplicates change no bin
    salt = _mix64(_GOLDEN)  # minhash's salt for seed 0
    # hash((shingle, salt)): the salt's lane is the same for every shingle, so its step adds a constant
    salted = _tuple_hash(np, (shingle_values % np.uint64(_HASH_MODULUS),), tmp,
                         also=(salt % _HASH_MODULUS) * _XXPRIME_2 & MASK64)
    perm = np.uint64(num_perm)
    bins = np.full(num_perm, _EMPTY, dtype=np.uint64)
    np.minimum.at(bins, (salted % perm).astype(np.intp), salted // perm)
    return _densified(bins.tolist(), salt), distinct


def _tuple_hash(np, lanes: Sequence, tmp, also: int | None = None) -> object:
    """CPython's `hash(tuple)` of equal-length arrays of item hashes, as unsigned 64-bit values;
    `also`: one more item, the same for every row, given as its hash times _XXPRIME_2 (mod 2**64).
    `tmp`: a scratch array of the lanes' length. The steps are in place: a new array for every
    step was a third of the signature's numpy time on news-sized documents."""
    acc = np.full(lanes[0].shape, _XXPRIME_5, dtype=np.uint64)
    p1, p2 = np.uint64(_XXPRIME_1), np.uint64(_XXPRIME_2)
    r31, r33 = np.uint64(31), np.uint64(33)
    terms = [(lane, None) for lane in lanes] + ([(None, np.uint64(also))] if also is not None else [])
    for lane, constant in terms:
        if constant is None:
            np.multiply(lane, p2, out=tmp)
            acc += tmp
        else:
            acc += constant
        np.right_shift(acc, r33, out=tmp)
        acc <<= r31
        acc |= tmp
        acc *= p1
    acc += np.uint64(len(terms) ^ _TUPLE_TAIL)
    acc[acc == np.uint64(MASK64)] = np.uint64(1546275796)  # CPython's hash is never -1
    return acc


def document_signatures(word_lists: Sequence[Sequence[str]], num_perm: int) -> list[tuple[tuple[int, ...], int]]:
    """`document_signature(words, num_perm, 3)` of each word list, the lists worked on together.

    One document at a time, a news article's few hundred words made numpy's ~30 calls of the
    signature cost more than their work (~60 µs a document); here the calls are a batch's: its
    words' item hashes in one array, each document's shingles a slice of it (the two shingles
    that would span two documents dropped), each bin numbered by document. The values are
    `document_signature`'s (the same arithmetic; tests/test_similarity.py compares them)."""
    if len(word_lists) < 2:
        return [document_signature(words, num_perm) for words in word_lists]
    import numpy as np

    _signed[0] += len(word_lists)
    out: list = [None] * len(word_lists)
    big = []
    for i, words in enumerate(word_lists):
        if len(words) >= max(VECTOR_MIN_WORDS, 4):
            big.append(i)
        else:
            shingle_set = shingles(words, 3)
            out[i] = (minhash(shingle_set, num_perm), len(shingle_set))
    if not big:
        return out
    lanes = _LANES
    if len(lanes) > _MAX_LANES:
        lanes.clear()
    sizes = np.fromiter((len(word_lists[i]) for i in big), dtype=np.intp, count=len(big))
    total = int(sizes.sum())
    h = np.fromiter(map(lanes.__getitem__, itertools.chain.from_iterable(word_lists[i] for i in big)),
                    dtype=np.uint64, count=total)
    tmp = np.empty(total - 2, dtype=np.uint64)
    spanning = np.cumsum(sizes)[:-1]  # a document's end: the shingles at end - 2 and end - 1 span two
    values = np.delete(_tuple_hash(np, (h[:-2], h[1:-1], h[2:]), tmp), np.concatenate((spanning - 2, spanning - 1)))
    counts = sizes - 2  # each document's shingles
    ends = np.cumsum(counts).tolist()
    start = 0
    for end in ends:
        values[start:end].sort()  # (in place, a view)
        start = end
    first = np.ones(len(values), dtype=bool)  # a shingle not seen before in its document
    np.not_equal(values[1:], values[:-1], out=first[1:])
    starts = np.array([0] + ends[:-1], dtype=np.intp)  # (a lone long document: [0], not a float array)
    first[starts] = True
    distinct = np.add.reduceat(first, starts).tolist()
    document = np.repeat(np.arange(len(big), dtype=np.intp), counts)[first]
    values = values[first]
    salt = _mix64(_GOLDEN)  # minhash's salt for seed 0
    salted = _tuple_hash(np, (values % np.uint64(_HASH_MODULUS),), np.empty(len(values), dtype=np.uint64),
                         also=(salt % _HASH_MODULUS) * _XXPRIME_2 & MASK64)
    perm = np.uint64(num_perm)
    bins = np.full(len(big) * num_perm, _EMPTY, dtype=np.uint64)
    np.minimum.at(bins, document * num_perm + (salted % perm).astype(np.intp), salted // perm)
    bins = bins.reshape(len(big), num_perm)
    dense, done = _densified_rows(np, bins, salt)
    for k, (i, row, count, whole) in enumerate(zip(big, dense.tolist(), distinct, done.tolist())):
        out[i] = (tuple(row) if whole else _densified(bins[k].tolist(), salt), count)
    return out


def _densified_rows(np, bins, salt: int) -> tuple[object, object]:
    """`_densified` of each row of a (documents, num_perm) array at once, as far as the first
    `_PROBES_AHEAD` probes of each empty bin reach; and, per row, whether that finished it (a row
    with a bin whose first probes all miss is left to `_densified`). Python's loop over the
    probes of every document was ~0.1 s per 10 MB. A row not finished is to be densified afresh
    from its own bins (not from the returned row, whose borrowed values would count as filled)."""
    num_perm = bins.shape[1]
    probes = _PROBE_ARRAYS.get((num_perm, salt))
    if probes is None:
        if len(_PROBE_ARRAYS) >= 8:  # bounded as _PROBE_TABLES is
            _PROBE_ARRAYS.clear()
        probes = _PROBE_ARRAYS[num_perm, salt] = np.array(
            [seq[:_PROBES_AHEAD] for seq in _probe_table(num_perm, salt)], dtype=np.intp)
    empty = bins == np.uint64(_EMPTY)
    hit = ~empty[:, probes]  # (documents, num_perm, probes): is the probed bin filled?
    first = hit.argmax(axis=2)  # each bin's first filled probe (0 when none: see `reached`)
    reached = hit.any(axis=2) | ~empty
    source = probes[np.arange(num_perm), first]  # (documents, num_perm): the bin to borrow from
    dense = np.where(empty, np.take_along_axis(bins, source, axis=1), bins)
    return dense, reached.all(axis=1)
