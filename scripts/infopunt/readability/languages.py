"""Per-language knowledge: sentence ends, words, word length, clause markers, passives.

Word length is counted in syllables where the spelling shows them (vowel groups, with
rules for Dutch diaeresis, Spanish/Portuguese hiatus, Cyrillic vowel letters), and in
letters (Arabic, whose short vowels are not written) or characters (Chinese) where it
does not. All rules are local: nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_CLOSERS = "\"'”’»)\\]」』）"
_END_ALPHABETIC = re.compile(rf"[.!?…]+[{_CLOSERS}]*\s+")
_END_ARABIC = re.compile(rf"[.!?؟…]+[{_CLOSERS}]*\s+")
_END_CHINESE = re.compile(rf"(?:[。！？!?]|…+)[{_CLOSERS}]*\s*")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Language:
    """What the engine needs to know to measure one language."""

    code: str
    name: str
    length_unit: str  # what word_length counts: syllables, letters or characters
    word_length: Callable[[str], int]
    long_word: int  # a word this long (in length_unit) is very long
    sentence_end: re.Pattern = _END_ALPHABETIC
    abbreviations: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    clause_marks: str = ""  # punctuation that joins clauses (Chinese commas)
    nominal_suffixes: tuple[str, ...] = ()
    nominal_min_length: int = 7
    passive: Callable[[list[str], list[int]], list[tuple[int, ...]]] | None = None  # (words, part of each)
    segmenter: Callable[[str], list[str]] | None = None
    names_capitalised: bool = True  # capitalised words inside a sentence are names

    def normalise(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        return _ARABIC_MARKS.sub("", text) if self.code == "ar" else text

    def sentences(self, text: str) -> list[tuple[int, str]]:
        """Split a prose unit into (offset, sentence) pairs; a unit always has one sentence."""
        found, start = [], 0
        for end in self.sentence_end.finditer(text):
            before = text[start : end.start() + 1].split()  # up to and including the first mark
            last = before[-1].lower() if before else ""
            if last in self.abbreviations or re.fullmatch(r"\w\.", last):
                continue
            found.append((start, text[start : end.end()]))
            start = end.end()
        if text[start:].strip():
            found.append((start, text[start:]))
        return [(offset, sentence.strip()) for offset, sentence in found if WORD.search(sentence)]

    @property
    def formal(self) -> re.Pattern | None:
        """Officialese words and phrases of this language (from plainwords/<code>.tsv), or None."""
        return _formal_pattern(self.code)[0]

    def plain_alternative(self, phrase: str) -> str:
        return _formal_pattern(self.code)[1].get(phrase.lower(), "")

    def words(self, sentence: str) -> list[str]:
        if self.segmenter is None:
            return WORD.findall(sentence)
        return [token for token in self.segmenter(sentence) if WORD.fullmatch(token)]


@lru_cache(maxsize=None)
def _formal_pattern(code: str) -> tuple[re.Pattern | None, dict[str, str]]:
    path = Path(__file__).parent / "plainwords" / f"{code}.tsv"
    if not path.exists():
        return None, {}
    advice = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, plain = line.partition("\t")
            advice[phrase.strip().lower()] = plain.strip()
    phrases = sorted(advice, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE)
    return pattern, advice


def _vowel_groups(vowels: str, extra: str = "") -> Callable[[str], int]:
    """Syllables as vowel groups; each character in `extra` inside a group starts a new one."""
    group = re.compile(f"[{vowels}{extra}]+")

    @lru_cache(maxsize=200_000)
    def count(word: str) -> int:
        if word.isdigit():
            return max(1, len(word) // 2)
        total = 0
        for found in group.findall(word.lower()):
            total += 1 + sum(1 for char in found[1:] if char in extra)
        return max(1, total)

    return count


def _vowel_letters(vowels: str) -> Callable[[str], int]:
    """Syllables as vowel letters (Cyrillic: every vowel letter is a syllable)."""
    wanted = frozenset(vowels)

    def count(word: str) -> int:
        return max(1, sum(1 for char in word.lower() if char in wanted))

    return count


@lru_cache(maxsize=200_000)
def _syllables_en(word: str) -> int:
    if word.isdigit():
        return max(1, len(word) // 2)
    word = word.lower().replace("’", "'").split("'")[0]
    count = len(re.findall(r"[aeiouy]+", word))
    if count > 1:
        if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
            count -= 1
        elif word.endswith("ed") and not word.endswith(("ted", "ded")):
            count -= 1
        elif word.endswith("es") and not re.search(r"(s|x|z|ch|sh|ce|ge)es$", word):
            count -= 1
    return max(1, count)


def _letters(word: str) -> int:
    return sum(1 for char in word if char.isalpha()) or 1


def _passive_after(auxiliaries: set[str], participle: str, window: int = 3):
    """Passive: an auxiliary followed within `window` words by a participle."""
    ending = re.compile(participle)

    def find(words: list[str], parts: list[int]) -> list[tuple[int, ...]]:
        lower = [w.lower() for w in words]
        found = []
        for i, word in enumerate(lower):
            if word in auxiliaries:
                after = [j for j in range(i + 1, min(len(lower), i + 1 + window)) if ending.search(lower[j])]
                if after:
                    found.append((i, after[0]))
        return found

    return find


def _passive_dutch(words: list[str], parts: list[int]) -> list[tuple[int, ...]]:
    """Dutch passive: a form of 'worden' and a past participle in the same part of the sentence.

    The participle closes the clause ("… wordt … genomen"), so the last one after the
    auxiliary wins, else the nearest one before it ("… die betaald wordt"). Forms with
    ge- ("ingediend") go first: be-/ver-/ont- words may also be finite verbs ("vervalt").
    """
    lower = [w.lower() for w in words]
    found = []
    for i, word in enumerate(lower):
        if word not in _WORDEN:
            continue
        for pattern in (_DUTCH_PARTICIPLE_GE, _DUTCH_PARTICIPLE_PREFIX):
            near = [j for j, w in enumerate(lower) if parts[j] == parts[i] and j != i and pattern.match(w)]
            if near:
                after = [j for j in near if j > i]
                found.append((i, after[-1] if after else near[-1]))
                break
    return found


_WORDEN = {"word", "wordt", "worden", "werd", "werden", "geworden"}


_DUTCH_PARTICIPLE_GE = re.compile(r"^(aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|weg|terug|samen|tegen)?"
                                  r"ge\w{2,}(d|t|en)$")
_DUTCH_PARTICIPLE_PREFIX = re.compile(r"^(be|ver|ont|her|er|onder|over|mis)\w{2,}(d|t|en)$")

_EN_IRREGULAR = ("given|taken|made|done|seen|known|paid|sent|held|told|found|kept|left|brought|bought|built|"
                 "shown|written|chosen|driven|forgotten|spent|put|set|cut|read|sold|heard|understood|met|"
                 "caught|taught|thought|won|lost|hidden|forbidden|broken|spoken|stolen|frozen")


def _chinese_words(sentence: str) -> list[str]:
    return _jieba().lcut(sentence)


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _chinese_passive(words: list[str], parts: list[int]) -> list[tuple[int, ...]]:
    return [(i,) for i, w in enumerate(words) if w in {"被", "予以", "受到", "遭到"}]


LANGUAGES = {language.code: language for language in [
    Language(
        code="nl", name="Dutch", length_unit="syllables", long_word=5,
        word_length=_vowel_groups("aeiouyàáâèéêìíîòóôùúû", extra="äëïöü"),
        abbreviations=frozenset("bijv. bv. o.a. d.w.z. enz. etc. art. nr. ca. zgn. m.b.t. t.o.v. dhr. mevr. mr. "
                                "dr. e.d. i.p.v. resp. evt. incl. excl. jl. blz.".split()),
        clause_words=frozenset("dat omdat als wanneer die wat waar waarin waarbij waarvan welke hoewel zodat "
                               "terwijl nadat voordat indien doordat tenzij mits zodra opdat aangezien".split()),
        nominal_suffixes=("ing", "ingen", "heid", "heden", "atie", "aties", "teit", "teiten"),
        passive=_passive_dutch,
    ),
    Language(
        code="en", name="English", length_unit="syllables", long_word=4, word_length=_syllables_en,
        abbreviations=frozenset("e.g. i.e. etc. art. no. mr. mrs. ms. dr. st. vs. approx. incl. dept.".split()),
        clause_words=frozenset("that because which who whom whose when where while although though if unless "
                               "since whereas whether until once".split()),
        nominal_suffixes=("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ance", "ances", "ence",
                          "ences", "ity", "ities"),
        passive=_passive_after({"am", "is", "are", "was", "were", "be", "been", "being"},
                               rf"^(\w+ed|{_EN_IRREGULAR})$"),
    ),
    Language(
        code="es", name="Spanish", length_unit="syllables", long_word=5,
        word_length=_vowel_groups("aeiouáéóü", extra="íú"),
        abbreviations=frozenset("sr. sra. srta. dr. dra. etc. art. núm. ud. uds. p. ej. pág. aprox.".split()),
        clause_words=frozenset("que porque cuando donde aunque si mientras cual cuales quien quienes cuyo cuya "
                               "como pues".split()),
        nominal_suffixes=("ción", "ciones", "sión", "siones", "miento", "mientos", "dad", "dades", "encia",
                          "ancia"),
        passive=_passive_after({"es", "son", "fue", "fueron", "será", "serán", "sido", "ser", "era", "eran",
                                "sea", "sean"}, r"(ad|id)[oa]s?$"),
    ),
    Language(
        code="pt", name="Portuguese", length_unit="syllables", long_word=5,
        word_length=_vowel_groups("aeiouáéóâêôãõàü", extra="íú"),
        abbreviations=frozenset("sr. sra. dr. dra. etc. art. n.º nº. p. ex. pág. aprox. av.".split()),
        clause_words=frozenset("que porque quando onde embora se enquanto qual quais quem cujo cuja como "
                               "pois".split()),
        nominal_suffixes=("ção", "ções", "são", "sões", "mento", "mentos", "dade", "dades", "ência", "ância"),
        passive=_passive_after({"é", "são", "foi", "foram", "será", "serão", "sido", "ser", "era", "eram",
                                "seja", "sejam"}, r"(ad|id)[oa]s?$"),
    ),
    Language(
        code="ro", name="Romanian", length_unit="syllables", long_word=5,
        word_length=_vowel_groups("aeiouăâî"),
        abbreviations=frozenset("dl. dna. d-na. str. nr. art. etc. alin. lit. pct. tel. prof. dr.".split()),
        clause_words=frozenset("că care când unde dacă deși fiindcă deoarece încât ca cum cât".split()),
        nominal_suffixes=("ție", "ții", "țiune", "ment", "mente", "itate", "ități", "area", "erea", "irea",
                          "ării", "ării"),
        nominal_min_length=8,
        passive=_passive_after({"este", "sunt", "fost", "fi", "era", "erau"}, r"(at|it|ut|s)(ă|e|ți|i)?$"),
    ),
    Language(
        code="pl", name="Polish", length_unit="syllables", long_word=5,
        word_length=_vowel_groups("aąeęioóuy"),
        abbreviations=frozenset("np. tzn. tj. itd. itp. ul. nr. art. dr. prof. r. godz. zł. ok. m.in. tzw. "
                                "pkt. ust. poz.".split()),
        clause_words=frozenset("że który która które którego której których którym gdy kiedy jeśli jeżeli "
                               "ponieważ chociaż choć aby żeby gdzie bo".split()),
        nominal_suffixes=("anie", "enie", "ania", "enia", "aniu", "eniu", "ość", "ości", "acja", "acji"),
        passive=_passive_after({"został", "została", "zostało", "zostali", "zostały", "zostanie", "zostaną",
                                "zostać"}, r"(ny|na|ne|ni|ty|ta|te|ci|ono|ęto)$"),
    ),
    Language(
        code="uk", name="Ukrainian", length_unit="syllables", long_word=5,
        word_length=_vowel_letters("аеєиіїоуюя"),
        abbreviations=frozenset("ст. вул. м. р. грн. тис. див. напр. п. ч. т. д. пп. обл. буд. кв.".split()),
        clause_words=frozenset("що який яка яке які якого якій яких коли якщо бо хоча щоб де поки оскільки "
                               "адже".split()),
        nominal_suffixes=("ння", "нню", "ннями", "ість", "ості", "ація", "ації", "ацію"),
    ),
    Language(
        code="bg", name="Bulgarian", length_unit="syllables", long_word=5,
        word_length=_vowel_letters("аеиоуъюя"),
        abbreviations=frozenset("т.е. ул. чл. гр. др. лв. напр. г. ал. т. бл. ет. ап. тел.".split()),
        clause_words=frozenset("че който която което които когато ако защото въпреки докато където дали "
                               "макар".split()),
        nominal_suffixes=("ние", "ния", "ост", "ости", "ция", "ции", "ство", "ства"),
    ),
    Language(
        code="ar", name="Arabic", length_unit="letters", long_word=9, word_length=_letters,
        sentence_end=_END_ARABIC, names_capitalised=False,
        clause_words=frozenset("الذي التي الذين اللذان اللتان اللواتي عندما لأن لان إذا اذا حيث بينما كي لكي "
                               "حتى لو لما كما".split()),
    ),
    Language(
        code="zh", name="Chinese", length_unit="characters", long_word=4, word_length=_letters,
        sentence_end=_END_CHINESE, segmenter=_chinese_words, names_capitalised=False,
        clause_marks="，；", passive=_chinese_passive,
    ),
]}
