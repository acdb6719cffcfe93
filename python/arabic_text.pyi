"""Fast Arabic normalization and tokenization, from the Rust crate ``arabic-text``.

Every offset is a Python string index (a code point) unless its name says
``byte_``: ``text[token.start:token.end] == token.text`` always holds.

Errors: a wrong argument type raises ``TypeError``; an unknown preset,
switch, switch value or flavour raises ``ValueError`` naming the valid ones;
a string with a lone surrogate (such as ``"\\ud800"``) raises
``UnicodeEncodeError``, a subclass of ``ValueError``. Nothing crashes the
interpreter, whatever the input.

>>> import arabic_text
>>> arabic_text.normalize("«إِدْلِب» ٢٠٢٠")
'"ادلب" 2020'
>>> [(t.text, t.kind) for t in arabic_text.tokenize("قال: “نعم”")]
[('قال', 'word:arabic'), (':', 'punct:colon'), ('“', 'quote:open'), ('نعم', 'word:arabic'), ('”', 'quote:close')]
"""

from array import array
from typing import Iterable, Literal, Optional, Union

__version__: str

Preset = Literal["search", "clean", "lucene", "none"]
DiacriticClass = Literal[
    "tanween",
    "harakat",
    "shadda",
    "sukun",
    "superscript_alef",
    "hamza_marks",
    "other_vowel_signs",
    "small_letters",
    "quranic",
]

class Normalizer:
    """A configurable Arabic normalizer: a preset, then switches.

    Presets: ``"search"`` (fold everything a search index should fold:
    NFKC, controls, tatweel, every diacritic, the Quran's Uthmani spelling,
    alef/yeh/teh marbuta folds, collapsed elongation, ASCII digits with the
    Arabic separators between them made plain, punctuation and quotes,
    collapsed spaces), ``"clean"``
    (meaning-preserving cleanup: NFC, presentation forms, controls, tatweel,
    spaces), ``"lucene"`` (exactly Lucene's ArabicNormalizer) and ``"none"``
    (every switch off, to build from switches alone).

    Switches are named like the Rust crate's builder methods; each takes a
    ``bool`` or one of the strings shown:

    - ``unicode_form``: ``"none"``, ``"nfc"``, ``"nfkc"``
    - ``presentation_forms``: bool
    - ``controls``: ``"keep"``, ``"remove"``, ``"remove_keeping_zwnj"``
    - ``quran_orthography``: bool (the Quran's Uthmani spelling, modern)
    - ``strip_tatweel``, ``keep_tatweel_carriers``: bool
    - ``superscript_alef``: ``"keep"``, ``"remove"``, ``"to_alef"``
    - ``strip_diacritics``: bool (every class or none), or an iterable of
      class names (``"tanween"``, ``"harakat"``, ``"shadda"``, ``"sukun"``,
      ``"superscript_alef"``, ``"hamza_marks"``, ``"other_vowel_signs"``,
      ``"small_letters"``, ``"quranic"``)
    - ``fold_persian``, ``fold_kurdish``, ``fold_alef_maksura``,
      ``fold_teh_marbuta``, ``fold_alef_hamza``, ``fold_alef``,
      ``fold_hamza_carriers``, ``collapse_elongation``: bool
    - ``number_separators``: bool (between digits, the Arabic thousands
      separator ٬ goes and the decimal separator ٫ becomes ``.``)
    - ``digits``: ``"keep"``, ``"ascii"``, ``"arabic_indic"``
    - ``punctuation``: ``"keep"``, ``"ascii"``
    - ``quotes``: ``"keep"``, ``"ascii"``, ``"guillemets"``
    - ``whitespace``: ``"keep"``, ``"collapse"``

    Immutable, safe to share between threads, picklable (so Spark can ship
    it to executors).

    Raises ``ValueError`` for an unknown preset, switch or value, and
    ``TypeError`` for a value of the wrong type.

    >>> n = Normalizer("search", fold_teh_marbuta=False)
    >>> n.normalize("مَدْرَسَةٌ")
    'مدرسة'
    >>> Normalizer("none", strip_tatweel=True).normalize("كتــــاب")
    'كتاب'
    >>> Normalizer("none", strip_diacritics=["harakat", "sukun"]).normalize("مُحَمَّدٌ")
    'محمّدٌ'
    >>> Normalizer("none", collapse_elongation=True).normalize("زماااان")
    'زمان'
    """

    def __init__(
        self,
        preset: Preset = "search",
        *,
        unicode_form: Literal["none", "nfc", "nfkc"] = ...,
        presentation_forms: bool = ...,
        controls: Literal["keep", "remove", "remove_keeping_zwnj"] = ...,
        quran_orthography: bool = ...,
        strip_tatweel: bool = ...,
        keep_tatweel_carriers: bool = ...,
        superscript_alef: Literal["keep", "remove", "to_alef"] = ...,
        strip_diacritics: Union[bool, Iterable[DiacriticClass]] = ...,
        fold_persian: bool = ...,
        fold_kurdish: bool = ...,
        fold_alef_maksura: bool = ...,
        fold_teh_marbuta: bool = ...,
        fold_alef_hamza: bool = ...,
        fold_alef: bool = ...,
        fold_hamza_carriers: bool = ...,
        collapse_elongation: bool = ...,
        digits: Literal["keep", "ascii", "arabic_indic"] = ...,
        number_separators: bool = ...,
        punctuation: Literal["keep", "ascii"] = ...,
        quotes: Literal["keep", "ascii", "guillemets"] = ...,
        whitespace: Literal["keep", "collapse"] = ...,
    ) -> None: ...
    def normalize(self, text: str) -> str:
        """The normalized text (the same object when nothing changed).

        >>> Normalizer().normalize("أكد أنّ ﷲ في «مدرسة» ٣٫١٤")
        'اكد ان الله في "مدرسه" 3.14'
        """
    def normalize_batch(self, texts: Iterable[str], threads: Optional[int] = None) -> list[str]:
        """``[self.normalize(t) for t in texts]``, with the GIL released, on
        ``threads`` threads (default: every core). Batches under 64 KiB run
        on the calling thread. ``texts`` is any iterable of ``str`` (a list,
        a pandas Series); a bare ``str``, a non-``str`` item (``None``
        included) or ``threads < 1`` raise ``TypeError``/``ValueError``.

        >>> Normalizer().normalize_batch(["إِدْلِب", "كتــاب"], threads=2)
        ['ادلب', 'كتاب']
        """
    def is_normalized(self, text: str) -> bool:
        """Whether ``self.normalize(text) == text``, without building the output.

        >>> Normalizer().is_normalized("ادلب"), Normalizer().is_normalized("إدلب")
        (True, False)
        """
    def normalize_with_offsets(self, text: str) -> tuple[str, OffsetMap]:
        """The normalized text and an ``OffsetMap`` between code-point
        indices of it and of ``text``: find in normalized text, highlight
        in the original.

        >>> text = "قال: كُتُبٌ ومكتبة"
        >>> normalized, offsets = Normalizer().normalize_with_offsets(text)
        >>> normalized
        'قال: كتب ومكتبه'
        >>> start = normalized.index("كتب")
        >>> s, e = offsets.to_original(start, start + 3)
        >>> text[s:e]
        'كُتُبٌ'
        """

class OffsetMap:
    """Maps ranges between a normalized text and its original, in code
    points (Python string indices). Made by
    ``Normalizer.normalize_with_offsets``."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest ``(start, end)`` of the original text that produced
        ``normalized[start:end]``. A range touching an expansion (ﷺ became
        18 characters) maps to all of it; deleted marks go with their
        letter. Indices past the end are clamped, as in slicing; a negative
        index or ``start > end`` raise ``ValueError``.

        >>> text = "ﷺ كتاب"
        >>> normalized, offsets = Normalizer().normalize_with_offsets(text)
        >>> offsets.to_original(0, 3), offsets.to_original(19, 23)
        ((0, 1), (2, 6))
        """
    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The ``(start, end)`` of the normalized text that
        ``original[start:end]`` became; the same rules as ``to_original``.

        >>> text = "كُتُبٌ"
        >>> normalized, offsets = Normalizer().normalize_with_offsets(text)
        >>> offsets.to_normalized(0, 6)
        (0, 3)
        """

class Token:
    """A token: its text, its kind, and where it is in the input, in code
    points (``start``, ``end``) and UTF-8 bytes (``byte_start``,
    ``byte_end``). Tokens compare and hash by value.

    >>> t = tokenize("قال: نعم")[1]
    >>> t.text, t.kind, t.start, t.end, t.byte_start, t.byte_end
    (':', 'punct:colon', 3, 4, 6, 7)
    """

    text: str
    """The token's text: ``source[start:end]``."""
    kind: str
    """The kind's stable name: ``word:arabic`` ``word:latin`` ``word:other``
    ``number`` ``punct:comma`` ``punct:semicolon`` ``punct:colon``
    ``punct:full-stop`` ``punct:question`` ``punct:exclamation``
    ``punct:ellipsis`` ``punct:dash`` ``punct:open-bracket``
    ``punct:close-bracket`` ``punct:other`` ``quote:open`` ``quote:close``
    ``quote:ambiguous`` ``space`` (from ``segments`` only) ``symbol``
    ``other`` ``url`` ``email`` ``hashtag`` ``mention``."""
    start: int
    """Code-point index of the first character."""
    end: int
    """Code-point index just past the last character."""
    byte_start: int
    """UTF-8 byte offset of the first character."""
    byte_end: int
    """UTF-8 byte offset just past the last character."""

def normalize(text: str, preset: Preset = "search") -> str:
    """``Normalizer(preset).normalize(text)``.

    >>> normalize("إِدْلِب"), normalize("كتــاب  ﻟﻠﻴ", "clean")
    ('ادلب', 'كتاب للي')
    """

def strip_diacritics(text: str) -> str:
    """Every Arabic diacritic removed (after NFC); nothing else.

    >>> strip_diacritics("مُحَمَّدٌ رَسُولُ")
    'محمد رسول'
    """

def strip_tatweel(text: str) -> str:
    """Every tatweel U+0640 removed; nothing else.

    >>> strip_tatweel("كتــــاب")
    'كتاب'
    """

def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``: words, numbers, punctuation, quotes (with
    their resolved roles) and symbols; emoji sequences stay whole; no
    whitespace.

    >>> [(t.text, t.kind, t.start) for t in tokenize("«نعم» 👨‍💻 ok")]
    [('«', 'quote:open', 0), ('نعم', 'word:arabic', 1), ('»', 'quote:close', 4), ('👨\\u200d💻', 'symbol', 6), ('ok', 'word:latin', 10)]
    """

def token_spans(text: str, segments: bool = False) -> tuple[array[int], array[int], list[str]]:
    """The tokens of ``text`` (with ``segments=True``, every segment) as
    three columns of one length, without an object per token: ``starts``
    and ``ends``, ``array('q')`` of string indices (``text[starts[i]:ends[i]]``
    is token ``i``), and ``kinds``, the kind names (interned strings). The
    fast shape for counting, filtering, or handing spans to numpy or Arrow.
    A text of more than 65,536 code points is tokenized piece by piece on
    a second thread while the calling one encodes the next piece (the same
    tokens as in one piece).

    >>> starts, ends, kinds = token_spans("قال: نعم")
    >>> list(starts), list(ends), kinds
    ([0, 3, 5], [3, 4, 8], ['word:arabic', 'punct:colon', 'word:arabic'])
    """

def tokenize_batch(texts: Iterable[str], threads: Optional[int] = None) -> list[list[Token]]:
    """``[tokenize(t) for t in texts]``, with the GIL released, on
    ``threads`` threads (default: every core). Same rules as
    ``Normalizer.normalize_batch``.

    >>> [[t.text for t in ts] for ts in tokenize_batch(["قال: نعم", "ok"])]
    [['قال', ':', 'نعم'], ['ok']]
    """

def segments(text: str) -> list[Token]:
    """Every segment of ``text``, whitespace runs (kind ``space``) included:
    their texts join back to ``text``.

    >>> [(t.text, t.kind) for t in segments("أكد\\n\\nقال")]
    [('أكد', 'word:arabic'), ('\\n\\n', 'space'), ('قال', 'word:arabic')]
    """

def sentences(text: str) -> list[str]:
    """The sentences of ``text``: strings that join back to ``text``, each
    with its trailing whitespace. A sentence ends after ``. ! ? ؟ ۔ …`` (with
    the closing quotes and brackets after them) and at a line break, even
    with no space after the mark; never inside a number, URL, e-mail address
    or abbreviation.

    >>> sentences("هل جاء؟نعم. وصل 3.5 كيلو.")
    ['هل جاء؟', 'نعم. ', 'وصل 3.5 كيلو.']
    """

class Term:
    """One index term from ``ArabicAnalyzer.analyze``: the analyzed text,
    the span of the token it came from (code points ``start``/``end``, UTF-8
    ``byte_start``/``byte_end``) and its position among the word and number
    tokens (stop words leave gaps)."""

    term: str
    start: int
    end: int
    byte_start: int
    byte_end: int
    position: int

class ArabicAnalyzer:
    """Lucene's Arabic analysis chain on this tokenizer: ``flavour="lucene"``
    gives the terms Lucene's ArabicAnalyzer gives; ``flavour="search"``
    (recommended) folds more before the same light stemmer. ``stopwords=None``
    uses the bundled stop list (Lucene's default Arabic list, by Jacques
    Savoy); any iterable of ``str`` replaces it (empty: no stop words).
    ``lucene`` compares stop words before normalization, as Lucene does;
    ``search`` after it, so ``فِي`` and ``فـي`` are stopped like ``في``. A stop
    word leaves a gap in the positions.

    Raises ``ValueError`` naming the flavours for an unknown one, and
    ``TypeError`` when ``stopwords`` is not an iterable of ``str``.

    >>> [t.term for t in ArabicAnalyzer().analyze("الكرملين يتوقع التفاهم مع أردوغان")]
    ['كرمل', 'يتوقع', 'تفاهم', 'اردوغ']
    >>> [(t.term, t.position) for t in ArabicAnalyzer(stopwords={"في"}).analyze("قال في البيت")]
    [('قال', 0), ('بيت', 2)]
    """

    def __init__(
        self,
        flavour: Literal["search", "lucene"] = "search",
        stopwords: Optional[Iterable[str]] = None,
    ) -> None: ...
    def analyze(self, text: str) -> list[Term]:
        """The terms of ``text``, in order.

        >>> t = ArabicAnalyzer().analyze("في إدلب")[0]
        >>> t.term, t.start, t.end, t.position
        ('ادلب', 3, 7, 1)
        """

def stem(word: str) -> str:
    """Lucene's light stem of one word: at most one prefix and the suffixes
    removed. Give it normalized words.

    >>> stem("الكتاب"), stem("والمدرسه")
    ('كتاب', 'مدرس')
    """
