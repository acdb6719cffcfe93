"""The Python API: exact values, code-point offsets on mixed text, batches
against single calls, threads, pickling and errors."""

import pickle
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import arabic_text
from arabic_text import ArabicAnalyzer, Normalizer

# Arabic with tashkeel and tatweel, a family emoji (ZWJ sequence), a flag,
# Latin with an accented letter, ﷺ (one code point, 18 when normalized).
MIXED = "قالَ 👨\u200d👩\u200d👧 café «كتــاب» 🇸🇦 ﷺ ok"


def test_tokens_carry_code_point_and_byte_offsets():
    tokens = arabic_text.tokenize(MIXED)
    got = [(t.text, t.kind, t.start, t.end, t.byte_start, t.byte_end) for t in tokens]
    assert got == [
        ("قالَ", "word:arabic", 0, 4, 0, 8),
        ("👨\u200d👩\u200d👧", "symbol", 5, 10, 9, 27),
        ("café", "word:latin", 11, 15, 28, 33),
        ("«", "quote:open", 16, 17, 34, 36),
        ("كتــاب", "word:arabic", 17, 23, 36, 48),
        ("»", "quote:close", 23, 24, 48, 50),
        ("🇸🇦", "symbol", 25, 27, 51, 59),
        ("ﷺ", "word:arabic", 28, 29, 60, 63),
        ("ok", "word:latin", 30, 32, 64, 66),
    ]
    encoded = MIXED.encode("utf-8")
    for t in tokens:
        assert MIXED[t.start : t.end] == t.text
        assert encoded[t.byte_start : t.byte_end].decode("utf-8") == t.text


def test_segments_join_back_to_the_text():
    segs = arabic_text.segments(MIXED)
    assert "".join(s.text for s in segs) == MIXED
    assert [s.kind for s in segs if s.kind == "space"] == ["space"] * 6
    assert [s.start for s in segs] == [0] + [s.end for s in segs][:-1]


def test_token_spans_are_the_tokens_as_columns():
    for segments in (False, True):
        starts, ends, kinds = arabic_text.token_spans(MIXED, segments=segments)
        tokens = arabic_text.segments(MIXED) if segments else arabic_text.tokenize(MIXED)
        assert (starts.typecode, ends.typecode) == ("q", "q")
        assert list(starts) == [t.start for t in tokens]
        assert list(ends) == [t.end for t in tokens]
        assert kinds == [t.kind for t in tokens]
    starts, ends, kinds = arabic_text.token_spans("")
    assert (len(starts), len(ends), kinds) == (0, 0, [])


def long_text(seed_lines):
    """A text long enough to be read in pieces (more than 65,536 code
    points): the seed article, quotes left open across thousands of lines,
    mixed text, a URL, and a run of 150,000 code points with no place to
    cut."""
    parts = []
    for i in range(100):
        parts += seed_lines
        parts.append("قال «" if i % 3 == 0 else "نعم» ok")
        parts.append(MIXED + " https://example.com/ص?q=1 \"كتاب")
    parts.append("ك" * 150_000 + "👨\u200d👩\u200d👧" * 10)
    parts.append(MIXED)
    return "\n".join(parts)


@pytest.mark.parametrize("segments", [False, True])
def test_a_long_text_read_in_pieces_gives_the_tokens_of_the_whole(seed_lines, segments):
    text = long_text(seed_lines)
    assert len(text) > 4 * 65_536
    # The batch call tokenizes each text whole, in one piece.
    whole = arabic_text.tokenize_batch([text], threads=1)[0]
    pieces = arabic_text.segments(text) if segments else arabic_text.tokenize(text)
    if not segments:
        assert pieces == whole
    starts, ends, kinds = arabic_text.token_spans(text, segments=segments)
    assert list(starts) == [t.start for t in pieces]
    assert list(ends) == [t.end for t in pieces]
    assert kinds == [t.kind for t in pieces]
    # Offsets in code points and in bytes agree with the text itself.
    encoded = text.encode("utf-8")
    for t in pieces[::97] + pieces[-40:]:
        assert len(text[: t.start].encode("utf-8")) == t.byte_start
        assert encoded[t.byte_start : t.byte_end].decode("utf-8") == text[t.start : t.end]
    if segments:
        assert "".join(t.text for t in pieces) == text


def test_a_long_text_with_a_lone_surrogate_names_its_position(seed_lines):
    text = long_text(seed_lines)
    at = len(text) - 10
    bad = text[:at] + "\ud800" + text[at:]
    for call in (arabic_text.tokenize, arabic_text.segments, arabic_text.token_spans):
        with pytest.raises(UnicodeEncodeError) as e:
            call(bad)
        assert e.value.start == at


def test_a_str_subclass_is_read_as_its_characters(seed_lines):
    class Odd(str):
        def __len__(self):
            return 3

        def __getitem__(self, index):
            return "x"

    text = long_text(seed_lines)
    odd = Odd(text)
    assert arabic_text.token_spans(odd) == arabic_text.token_spans(text)


def test_offsets_map_normalized_words_back_in_code_points():
    normalized, offsets = Normalizer().normalize_with_offsets(MIXED)
    assert normalized == 'قال 👨\u200d👩\u200d👧 café "كتاب" 🇸🇦 صلي الله عليه وسلم ok'
    for word, original in [
        ("قال", "قالَ"),
        ("café", "café"),
        ("كتاب", "كتــاب"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
        ("ok", "ok"),
    ]:
        start = normalized.index(word)
        s, e = offsets.to_original(start, start + len(word))
        assert MIXED[s:e] == original
    # Any part of ﷺ's expansion maps to the whole ﷺ.
    start = normalized.index("الله")
    assert offsets.to_original(start, start + 4) == (28, 29)
    assert offsets.to_normalized(28, 29) == (25, 43)
    assert offsets.to_normalized(0, 4) == (0, 3)
    # Clamped like slicing; empty ranges stay empty.
    assert offsets.to_original(0, 10**9) == (0, len(MIXED))
    assert offsets.to_original(3, 3) == (4, 4)
    assert repr(offsets) == "OffsetMap(original_len=32, normalized_len=46, segments=9)"
    assert len(normalized) == 46


def test_offsets_of_an_unchanged_text_are_the_identity():
    text = "كتاب 😀 ok"
    normalized, offsets = Normalizer().normalize_with_offsets(text)
    assert normalized is text
    assert offsets.to_original(5, 6) == (5, 6)
    assert offsets.to_normalized(0, 4) == (0, 4)


def test_normalizer_presets_and_switches():
    assert arabic_text.normalize("أكد أنّ ﷲ في «مدرسة» ٣٫١٤") == 'اكد ان الله في "مدرسه" 3.14'
    assert arabic_text.normalize("كتــاب  ﻟﻠﻴ", "clean") == "كتاب للي"
    assert arabic_text.normalize("أَحْمَد مدرسة على", preset="lucene") == "احمد مدرسه علي"
    assert Normalizer("search", fold_teh_marbuta=False).normalize("مَدْرَسَةٌ") == "مدرسة"
    assert Normalizer("none", digits="arabic_indic").normalize("2020") == "٢٠٢٠"
    assert Normalizer("none", quotes="guillemets").normalize("قال ”كلام“") == "قال «كلام»"
    assert Normalizer("none", superscript_alef="to_alef").normalize("خٰلدون") == "خالدون"
    assert Normalizer("none", unicode_form="nfc").normalize("\u0627\u0654") == "\u0623"
    assert Normalizer("none", controls="remove").normalize("كلمة\u200f") == "كلمة"
    n = Normalizer("none", strip_diacritics=["harakat", "sukun"])
    assert n.normalize("مُحَمَّدٌ") == "محمّدٌ"
    assert Normalizer("none", strip_diacritics=True).normalize("مُحَمَّدٌ") == "محمد"
    assert Normalizer("none", fold_hamza_carriers=True).normalize("مؤتمر سائل") == "موتمر سايل"
    quran = Normalizer("none", quran_orthography=True, strip_diacritics=True)
    assert quran.normalize("هَٰذَا ٱلصَّلَوٰةَ ءَامَنُوا۟") == "هذا ٱلصلاة آمنوا"
    carriers = Normalizer("none", strip_tatweel=True, keep_tatweel_carriers=True)
    assert carriers.normalize("\u0640\u0640\u0658\u0640") == "\u0640\u0658"
    assert Normalizer("none", fold_kurdish=True).normalize("کوردستانە") == "کوردستانه"
    assert Normalizer("none", collapse_elongation=True).normalize("زماااان") == "زمان"
    separators = Normalizer("none", digits="ascii", number_separators=True)
    assert separators.normalize("١٤٬٥٠٠٫٥٥ و3,5") == "14500.55 و3,5"
    assert arabic_text.strip_diacritics("مُحَمَّدٌ رَسُولُ") == "محمد رسول"
    assert arabic_text.strip_tatweel("كتــــاب") == "كتاب"
    assert repr(n) == "Normalizer('none', strip_diacritics=['harakat', 'sukun'])"
    assert Normalizer() == Normalizer("search") != Normalizer("clean")
    assert hash(Normalizer()) == hash(Normalizer("search"))


def test_unchanged_text_comes_back_as_the_same_object():
    text = "بوتين يشدد"
    assert Normalizer().normalize(text) is text
    assert arabic_text.normalize(text) is text
    assert Normalizer().normalize_batch([text])[0] is text
    assert Normalizer().is_normalized(text)
    assert not Normalizer().is_normalized("إدلب")


def test_analyzer_and_stem():
    terms = ArabicAnalyzer().analyze("الكرملين يتوقع التفاهم مع أردوغان")
    assert [t.term for t in terms] == ["كرمل", "يتوقع", "تفاهم", "اردوغ"]
    assert [t.position for t in terms] == [0, 1, 2, 4]  # مع: a stop word
    assert [t.term for t in ArabicAnalyzer(stopwords=[]).analyze("مع فِي")] == ["مع", "في"]
    assert ArabicAnalyzer().analyze("مع فِي فـي") == []
    t = ArabicAnalyzer().analyze("في إدلب")[0]
    assert (t.term, t.start, t.end, t.byte_start, t.byte_end, t.position) == ("ادلب", 3, 7, 5, 13, 1)
    stop = ArabicAnalyzer(stopwords={"في"})
    assert [(t.term, t.position) for t in stop.analyze("قال في البيت")] == [("قال", 0), ("بيت", 2)]
    assert [t.term for t in ArabicAnalyzer("lucene").analyze("ٱلرَّحْمَـٰنِ ١٢")] == ["ٱلرحمٰن", "12"]
    assert arabic_text.stem("الكتاب") == "كتاب"
    assert arabic_text.stem("والمدرسه") == "مدرس"
    word = "كتب"
    assert arabic_text.stem(word) is word


def test_pickle_round_trips():
    n = Normalizer("clean", strip_diacritics=["shadda"], digits="ascii")
    m = pickle.loads(pickle.dumps(n))
    assert m == n and repr(m) == repr(n)
    a = pickle.loads(pickle.dumps(ArabicAnalyzer("lucene", stopwords=["في"])))
    assert [t.term for t in a.analyze("في الكتاب")] == ["كتاب"]
    assert repr(a) == "ArabicAnalyzer('lucene', stopwords=<1 words>)"


def test_batches_equal_single_calls(seed_lines):
    texts = seed_lines + [MIXED, "", " ", "ﷺ" * 3, "كتــاب"] * 3
    n = Normalizer()
    want = [n.normalize(t) for t in texts]
    want_tokens = [arabic_text.tokenize(t) for t in texts]
    # Large enough (> 64 KiB) that the threads really run.
    big = texts * 40
    assert sum(len(t.encode()) for t in big) > 64 * 1024
    for threads in (None, 1, 2, 3, 64):
        assert n.normalize_batch(texts, threads=threads) == want
        assert arabic_text.tokenize_batch(texts, threads=threads) == want_tokens
        assert n.normalize_batch(big, threads=threads) == want * 40
        assert arabic_text.tokenize_batch(big, threads=threads) == want_tokens * 40
    assert n.normalize_batch([]) == []
    assert arabic_text.tokenize_batch(iter(texts)) == want_tokens
    assert n.normalize_batch(tuple(texts)) == want


def test_batches_from_many_python_threads(seed_lines):
    texts = seed_lines * 30
    n = Normalizer()
    want = [n.normalize(t) for t in texts]
    want_tokens = [[t.text for t in arabic_text.tokenize(s)] for s in texts]

    def job(i):
        if i % 2:
            return n.normalize_batch(texts, threads=2) == want
        return [[t.text for t in ts] for ts in arabic_text.tokenize_batch(texts)] == want_tokens

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(pool.map(job, range(16)))


def test_random_text_never_crashes():
    rng = random.Random(15)
    alphabet = (
        "كتاب مُحَمَّدٌ ـ،؛؟«»“”‘’'\"٣٫١٤ 1,000.5 ﷺﻻ\u200d\u200c\u200f\u0654\u0670"
        "👨👩🇸🇦🏽 abc\t\n\r\u00a0\u2029\ufeff\x00\U0010ffff"
    )
    analyzers = [ArabicAnalyzer(), ArabicAnalyzer("lucene")]
    normalizers = [Normalizer(p) for p in ("search", "clean", "lucene", "none")]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        for t in arabic_text.tokenize(text):
            assert text[t.start : t.end] == t.text
        assert "".join(s.text for s in arabic_text.segments(text)) == text
        for n in normalizers:
            out, offsets = n.normalize_with_offsets(text)
            assert out == n.normalize(text)
            assert n.is_normalized(out) == (n.normalize(out) == out)
            s, e = offsets.to_original(0, len(out))
            assert 0 <= s <= e <= len(text)
        for a in analyzers:
            for term in a.analyze(text):
                assert 0 <= term.start < term.end <= len(text)
        for word in text.split():
            assert arabic_text.stem(word) in word


LONE = "كتاب\ud800"


@pytest.mark.parametrize(
    "call",
    [
        lambda: arabic_text.normalize(LONE),
        lambda: arabic_text.strip_diacritics(LONE),
        lambda: arabic_text.strip_tatweel(LONE),
        lambda: arabic_text.tokenize(LONE),
        lambda: arabic_text.segments(LONE),
        lambda: arabic_text.token_spans(LONE),
        lambda: arabic_text.tokenize_batch(["ok", LONE]),
        lambda: arabic_text.stem("\udfff"),
        lambda: Normalizer().normalize(LONE),
        lambda: Normalizer().normalize_batch([LONE]),
        lambda: Normalizer().is_normalized(LONE),
        lambda: Normalizer().normalize_with_offsets(LONE),
        lambda: ArabicAnalyzer().analyze(LONE),
        lambda: ArabicAnalyzer(stopwords=[LONE]),
    ],
)
def test_lone_surrogates_raise_value_error(call):
    with pytest.raises(ValueError, match="surrogate"):
        call()


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: arabic_text.normalize(1), "str"),
        (lambda: arabic_text.normalize(None), "str"),
        (lambda: arabic_text.tokenize(b"bytes"), "str"),
        (lambda: arabic_text.normalize("x", preset=1), "str"),
        (lambda: Normalizer(strip_tatweel=1), "switch 'strip_tatweel' takes a bool, not int"),
        (lambda: Normalizer(digits=True), "switch 'digits' takes a str .*, not bool"),
        (lambda: Normalizer(strip_diacritics="harakat"), "bool or an iterable of class names"),
        (lambda: Normalizer(strip_diacritics=[1]), "bool or an iterable of class names"),
        (lambda: Normalizer().normalize_batch("one text"), "not a str"),
        (lambda: Normalizer().normalize_batch(5), "not iterable"),
        (lambda: Normalizer().normalize_batch(["ok", None]), r"texts\[1\] is NoneType, not str"),
        (lambda: arabic_text.tokenize_batch([1]), r"texts\[0\] is int, not str"),
        (lambda: Normalizer().normalize_batch(["x"], threads="2"), "int"),
        (lambda: Normalizer().normalize_with_offsets("x")[1].to_original("0", 1), "int"),
        (lambda: ArabicAnalyzer(stopwords="في"), "not a str"),
        (lambda: ArabicAnalyzer(stopwords=[3]), r"stopwords\[0\] is int"),
    ],
)
def test_wrong_types_raise_type_error(call, message):
    with pytest.raises(TypeError, match=message):
        call()


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: Normalizer("google"), "unknown preset 'google'; the presets are 'search', 'clean', 'lucene', 'none'"),
        (lambda: arabic_text.normalize("x", "google"), "the presets are 'search', 'clean', 'lucene', 'none'"),
        (lambda: Normalizer(strip_tashkeel=True), "unknown switch 'strip_tashkeel'; the switches are 'unicode_form', "),
        (lambda: Normalizer(digits="roman"), "switch 'digits' takes one of 'keep', 'ascii', 'arabic_indic', not 'roman'"),
        (lambda: Normalizer(strip_diacritics=["HARAKAT"]), "unknown diacritic class 'HARAKAT'; the classes are 'tanween', "),
        (lambda: ArabicAnalyzer("stemmed"), "unknown flavour 'stemmed'; the flavours are 'search', 'lucene'"),
        (lambda: Normalizer().normalize_batch(["x"], threads=0), "threads must be None or at least 1, not 0"),
        (lambda: arabic_text.tokenize_batch(["x"], threads=-2), "at least 1"),
        (lambda: Normalizer().normalize_with_offsets("x")[1].to_original(-1, 1), "need 0 <= start <= end"),
        (lambda: Normalizer().normalize_with_offsets("x")[1].to_normalized(2, 1), "need 0 <= start <= end"),
    ],
)
def test_bad_values_raise_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_sentences_join_back_and_keep_trailing_whitespace():
    text = "عاجل\nقال: «انتهى.» ثم غادر؟نعم 3.5 كيلو."
    got = arabic_text.sentences(text)
    assert got == ["عاجل\n", "قال: «انتهى.» ", "ثم غادر؟", "نعم 3.5 كيلو."]
    assert "".join(got) == text
    assert arabic_text.sentences("") == []
    with pytest.raises(TypeError):
        arabic_text.sentences(None)
