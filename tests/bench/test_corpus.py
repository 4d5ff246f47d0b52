"""The benchmark's corpus generator: deterministic, varied, and free of the seed texts' people."""

from bench.corpus import generate, make_text

SEED_PEOPLE = ["Tokayev", "Putin", "Peskov", "Alnazarova", "Alnazharova", "Lavrov", "Nabiullina", "Kulshmanov"]


def test_generate_writes_distinct_texts_deterministically(tmp_path):
    first = generate(5, tmp_path / "a", seed=1)
    again = generate(5, tmp_path / "b", seed=1)
    assert [p.suffix for p in first] == [".txt"] * 5
    texts = [p.read_bytes() for p in first]
    assert all(len(t) > 3000 for t in texts)
    assert len(set(texts)) == 5
    assert texts == [p.read_bytes() for p in again]
    assert texts != [p.read_bytes() for p in generate(5, tmp_path / "c", seed=2)]


def test_texts_do_not_depend_on_corpus_size(tmp_path):
    assert generate(2, tmp_path, seed=3)[1].read_text(encoding="utf-8") == make_text(1, seed=3)


def test_no_person_from_the_seed_texts():
    for i in range(40):
        text = make_text(i, seed=1)
        for name in SEED_PEOPLE:
            assert name not in text, (i, name)


def test_texts_are_shaped_like_the_samples():
    texts = [make_text(i, seed=0) for i in range(40)]
    sizes = [len(t.encode()) for t in texts]
    assert min(sizes) > 5000 and max(sizes) < 11000
    joined = "\n".join(texts)
    for marker in ("Photo by", "©️", "“", "— ", "agreements", "ПОДЕЛИТЬСЯ", "Writer:", "Exchange Rates", "Text: "):
        assert marker in joined, marker
