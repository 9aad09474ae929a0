"""corpuslint.similarity: shingles, set similarities, MinHash and LSH band keys."""

from __future__ import annotations

import random

import pytest

from corpuslint import similarity as sim

BIO_A = ("Stephen Lendman lives in Chicago. He can be reached at lendmanstephen@sbcglobal.net. His new book as "
         "editor and contributor is titled \"Flashpoint in Ukraine: US Drive for Hegemony Risks WW III.\"")
BIO_B = ("Award-winning author Stephen Lendman lives in Chicago. He can be reached at lendmanstephen@sbcglobal.net. "
         "His new book as editor and contributor is titled \"Flashpoint in Ukraine: US Drive for Hegemony Risks WW III.\"")


def test_shingles_are_stable_hashes_of_normalised_words():
    a = sim.shingles("Stephen Lendman LIVES in Chicago.")
    b = sim.shingles("stephen   lendman lives in chicago")
    assert a == b and len(a) == 3
    assert all(isinstance(x, int) and 0 <= x < 2**64 for x in a)
    # stable across processes: a fixed value, not Python's randomised hash() of a str
    assert sim.token_hash("chicago") == sim.token_hash("chicago")
    assert len(sim.shingles("two words", k=3)) == 1  # shorter than k: one shingle of all its words
    assert sim.shingles("", k=3) == set()
    with pytest.raises(ValueError):
        sim.shingles("x", k=0)


def test_quick_tokens_and_word_shingles():
    assert sim.quick_tokens("Visit http://x.com/a or mail me@x.org, NOW!") == ["visit", "or", "mail", "now"]
    assert sim.word_shingles(["a", "b", "c", "d"], 3) == {("a", "b", "c"), ("b", "c", "d")}
    assert sim.word_shingles(["a", "b"], 3) == {("a", "b")}
    assert sim.word_shingles([], 3) == set()


def test_jaccard_containment_overlap():
    a, b = sim.shingles(BIO_A), sim.shingles(BIO_B)
    assert sim.containment(a, b) == 1.0  # A is inside B
    assert 0.7 < sim.jaccard(a, b) < 1.0
    assert sim.overlap(a, b) == 1.0
    assert sim.jaccard(set(), set()) == 1.0
    assert sim.jaccard({1}, set()) == 0.0
    assert sim.containment(set(), {1}) == 0.0
    assert sim.jaccard({1, 2, 3, 4}, {3, 4, 5, 6}) == pytest.approx(2 / 6)
    assert sim.containment({1, 2}, {2, 3, 4}) == 0.5


def test_minhash_estimates_jaccard():
    rng = random.Random(3)
    errors = []
    for _ in range(30):
        base = rng.sample(range(10**9), 300)
        a = set(base[:240]) | set(rng.sample(range(10**9, 2 * 10**9), 60))
        b = set(base[60:])
        true = sim.jaccard(a, b)
        est = sim.estimate_jaccard(sim.minhash(a, 128), sim.minhash(b, 128))
        errors.append(est - true)
    assert abs(sum(errors) / len(errors)) < 0.03  # unbiased
    assert max(abs(e) for e in errors) < 0.15
    sig = sim.minhash(sim.shingles(BIO_A))
    assert len(sig) == sim.DEFAULT_NUM_PERM
    assert sim.minhash(sim.shingles(BIO_A)) == sig  # deterministic
    assert sim.estimate_jaccard(sig, sig) == 1.0
    assert sim.minhash(set(), 8) == (2**64 - 1,) * 8


def test_signature_bytes_round_trip():
    sig = sim.minhash(sim.shingles(BIO_B), 64)
    data = sim.signature_to_bytes(sig)
    assert len(data) == 8 * 64
    assert sim.signature_from_bytes(data) == tuple(sig)


def test_lsh_band_keys_find_near_duplicates():
    bands, rows = sim.lsh_params(0.8, 128)
    assert bands * rows <= 128 and bands > 1
    keys_a = sim.band_keys(sim.minhash(sim.shingles(BIO_A)), bands, rows)
    # LSH is probabilistic: at Jaccard 0.9 (BIO_A vs BIO_B) a shared band has p ~ 0.9; a copy with
    # one word added (Jaccard ~0.96) shares one with p > 0.99, so the assertion is not luck
    near = BIO_A + " Thanks."
    assert sim.jaccard(sim.shingles(BIO_A), sim.shingles(near)) > 0.85
    keys_b = sim.band_keys(sim.minhash(sim.shingles(near)), bands, rows)
    assert abs(sim.estimate_jaccard(sim.minhash(sim.shingles(BIO_A)), sim.minhash(sim.shingles(BIO_B)))
               - sim.jaccard(sim.shingles(BIO_A), sim.shingles(BIO_B))) < 0.1
    other = sim.band_keys(sim.minhash(sim.shingles("Josh Gerstein is a senior reporter for POLITICO.")), bands, rows)
    assert len(keys_a) == bands and all(len(k) == 16 for k in keys_a)
    assert set(keys_a) & set(keys_b)  # near copies share a band
    assert not set(keys_a) & set(other)
    assert len(set(sim.band_keys((0,) * 128, bands, rows))) == bands  # band number is mixed in
    with pytest.raises(ValueError):
        sim.band_keys((0,) * 10, bands, rows)


def test_shingles_and_signatures_are_the_same_in_another_process():
    import subprocess
    import sys

    code = ("import corpuslint.similarity as s; sh = s.shingles('Stephen Lendman lives in Chicago, he said'); "
            "print(sorted(sh)); print(list(s.minhash(sh, 16)))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1
    here = sim.shingles("Stephen Lendman lives in Chicago, he said")
    assert runs.pop() == f"{sorted(here)}\n{list(sim.minhash(here, 16))}\n"


def test_known_lsh_params_are_what_the_search_finds():
    for (threshold, num_perm, weight), params in sim.KNOWN_LSH_PARAMS.items():
        assert sim.search_lsh_params(threshold, num_perm, weight) == params


def _news_texts(limit: int = 300) -> list[str]:
    import json
    from pathlib import Path

    news = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news.jsonl"
    if not news.is_file():
        pytest.skip("the shared news corpus is not here")
    with news.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(limit), handle)]


def test_vectorised_signature_is_the_python_one_bit_for_bit(monkeypatch):
    # `document_signature` (numpy) must give what `minhash(shingles(...))` gives: signatures
    # stored by one path are compared with signatures of the other
    pytest.importorskip("numpy")
    monkeypatch.setattr(sim, "_signed", [10**9])  # past VECTOR_AFTER: the numpy path
    rng = random.Random(7)
    word_lists = [sim.tokens(text) for text in _news_texts()]
    word_lists += [[rng.choice("a b c d e f".split()) for _ in range(rng.randint(24, 80))] for _ in range(200)]
    word_lists += [[f"w{rng.randint(0, 10**6)}" for _ in range(rng.randint(24, 3000))] for _ in range(50)]
    for words in word_lists:
        for num_perm in (64, 128):
            shingle_set = sim.shingles(words, 3)
            assert sim.document_signature(words, num_perm) == (sim.minhash(shingle_set, num_perm), len(shingle_set))


def test_signatures_of_a_batch_are_each_documents_own(monkeypatch):
    # `document_signatures` works on many documents' words at once: no shingle may span two of
    # them, and each keeps its own bins and count (short ones go the plain Python way)
    pytest.importorskip("numpy")
    monkeypatch.setattr(sim, "_signed", [10**9])
    rng = random.Random(11)
    word_lists = [sim.tokens(text) for text in _news_texts(120)]
    word_lists += [[rng.choice("a b c".split()) for _ in range(rng.randint(0, 40))] for _ in range(60)]
    word_lists += [[f"w{rng.randint(0, 50)}" for _ in range(rng.randint(20, 400))] for _ in range(40)]
    rng.shuffle(word_lists)
    for start in range(0, len(word_lists), 37):
        batch = word_lists[start:start + 37]
        assert sim.document_signatures(batch, 64) == [sim.document_signature(words, 64) for words in batch]
    one = word_lists[:1]
    assert sim.document_signatures(one, 64) == [sim.document_signature(one[0], 64)]


def test_normalize_of_ascii_or_typographic_text_takes_a_faster_path_to_the_same_form():
    from corpuslint import textutil

    lines = [line for text in _news_texts() for line in text.split("\n")]
    lines += ["Visit WWW.Example.com/A?b=1 or mail Bob.Smith@Example.org!", "Top 10 (2016): a_b c__d", "  \t ",
              "don’t • stop…\u00a0now — “2”", "www.example.com’s page", "x\u200dy ’z", "ﬁne – ½"]
    for line in lines:
        folded = textutil.unicodedata.normalize("NFKC", line).casefold()
        if "://" in folded or "www." in folded or "@" in folded:
            folded = textutil.URL_LIKE.sub(" ", folded)
        assert textutil.normalize(line) == " ".join(textutil.WORD_RUN.findall(textutil.DIGITS.sub("0", folded)))


def _densified_afresh(bins: list[int], salt: int) -> tuple[int, ...]:
    # the densification as written before the probe tables: every probe of every bin hashed anew
    num_perm = len(bins)
    if all(v == sim._EMPTY for v in bins):
        return tuple(bins)
    out = list(bins)
    for i in range(num_perm):
        attempt = 0
        while out[i] == sim._EMPTY:
            attempt += 1
            j = sim._mix64((i * 0x10001 + attempt) * sim._GOLDEN ^ salt) % num_perm
            if bins[j] != sim._EMPTY:
                out[i] = bins[j]
    return tuple(out)


def test_densification_by_probe_table_is_probing_afresh():
    # the probe tables hold the first probes of each bin and grow on demand: a set of one or two
    # shingles needs hundreds of probes per bin, a large one none
    rng = random.Random(5)
    for num_perm in (1, 16, 64, 128, 256):
        for seed in (0, 1, 9):
            salt = sim._mix64((seed + 1) * sim._GOLDEN & sim.MASK64)
            for size in (0, 1, 2, 3, 10, 60, 300, 2000):
                bins = [sim._EMPTY] * num_perm
                for h in sorted({hash((rng.getrandbits(64), salt)) & sim.MASK64 for _ in range(size)}, reverse=True):
                    bins[h % num_perm] = h // num_perm
                assert sim._densified(bins, salt) == _densified_afresh(bins, salt)


def test_a_probe_sequence_grows_as_a_new_list_never_in_place():
    """Threads densifying at once may both grow a bin's sequence: an append to the shared list would
    store the same attempt twice and shift every later probe (that process's signatures then differ).
    A grown sequence is a new list published whole; the list another thread holds stays as it was."""
    num_perm, salt = 64, sim._mix64(12345 * sim._GOLDEN & sim.MASK64)
    sim._PROBE_TABLES.pop((num_perm, salt), None)
    table = sim._probe_table(num_perm, salt)
    held = table[0]
    assert len(held) == sim._PROBES_AHEAD
    bins = [sim._EMPTY] * num_perm
    bins[max(range(num_perm), key=lambda j: next((a for a in range(1, 10_000)
                                                   if sim._probe(0, a, salt, num_perm) == j), 10_000))] = 7
    assert sim._densified(bins, salt) == _densified_afresh(bins, salt)
    assert len(held) == sim._PROBES_AHEAD and table[0] is not held  # the old list untouched, a new one in place
    assert table[0] == [sim._probe(0, a, salt, num_perm) for a in range(1, len(table[0]) + 1)]
    # two densifications of that bin at once: the sequence each publishes is the same, no attempt twice
    import threading
    sim._PROBE_TABLES.pop((num_perm, salt), None)
    results = []
    threads = [threading.Thread(target=lambda: results.append(sim._densified(bins, salt))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {_densified_afresh(bins, salt)}
    grown = sim._probe_table(num_perm, salt)[0]
    assert grown == [sim._probe(0, a, salt, num_perm) for a in range(1, len(grown) + 1)]


def test_batch_densification_in_numpy_and_its_python_fallback_agree(monkeypatch):
    # `_densified_rows` finishes a row when the first `_PROBES_AHEAD` probes of each empty bin
    # reach a filled one (a news article); a row with very few shingles is left to `_densified`,
    # from its own bins. Both kinds in one batch, each equal to the plain Python signature.
    np = pytest.importorskip("numpy")
    monkeypatch.setattr(sim, "_signed", [10**9])
    rng = random.Random(3)
    batch = [["same"] * 30, ["a", "b"] * 15]  # one or two shingles: 126-127 empty bins
    batch += [[f"w{rng.randint(0, 10**6)}" for _ in range(rng.randint(24, 900))] for _ in range(40)]
    rng.shuffle(batch)
    salt = sim._mix64(sim._GOLDEN)
    rows = np.array([sim.minhash(sim.shingles(words, 3), 128) for words in batch], dtype=np.uint64)
    raw = np.array([[sim._EMPTY] * 128 for _ in batch], dtype=np.uint64)
    for k, words in enumerate(batch):
        for h in sorted({hash((s, salt)) & sim.MASK64 for s in sim.shingles(words, 3)}, reverse=True):
            raw[k, h % 128] = h // 128
    dense, done = sim._densified_rows(np, raw, salt)
    assert 0 < int(done.sum()) < len(batch)  # both paths taken
    assert (dense[done] == rows[done]).all()
    assert sim.document_signatures(batch, 128) == [
        (sim.minhash(sim.shingles(words, 3), 128), len(sim.shingles(words, 3))) for words in batch]


def test_a_batch_with_one_long_document_among_short_ones(monkeypatch):
    # one list long enough for numpy among short ones: its bins start at 0 (an index array of
    # ints, where `np.concatenate(([0], []))` made a float one and numpy refused it)
    pytest.importorskip("numpy")
    monkeypatch.setattr(sim, "_signed", [10**9])
    batch = [["a", "b"], [f"w{i}" for i in range(40)], ["c"]]
    assert sim.document_signatures(batch, 64) == [sim.document_signature(words, 64) for words in batch]
