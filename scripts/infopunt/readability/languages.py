"""Per-language knowledge: sentence ends, words, syllables and the Flesch constants.

Syllables are counted from vowel groups with a few rules per language: fast, offline
(textstat's English path downloads cmudict at run time) and closer than hyphenation
dictionaries for Dutch words such as "ideeën".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*\s+")


@dataclass(frozen=True)
class Language:
    """What the engine needs to know to measure one language."""

    code: str
    name: str
    abbreviations: frozenset[str]
    syllables: Callable[[str], int]
    flesch: tuple[float, float, float]  # base, per word/sentence, per syllable/word

    def sentences(self, text: str) -> list[tuple[int, str]]:
        """Split a prose unit into (offset, sentence) pairs; a unit always has one sentence."""
        found, start = [], 0
        for end in _SENTENCE_END.finditer(text):
            before = text[start : end.start() + 1].split()  # up to and including the first mark
            last = before[-1].lower() if before else ""
            if last in self.abbreviations or re.fullmatch(r"\w\.", last):
                continue
            found.append((start, text[start : end.end()]))
            start = end.end()
        if text[start:].strip():
            found.append((start, text[start:]))
        return [(offset, sentence.strip()) for offset, sentence in found if WORD.search(sentence)]

    def score(self, words_per_sentence: float, syllables_per_word: float) -> float:
        base, per_sentence, per_syllable = self.flesch
        raw = base - per_sentence * words_per_sentence - per_syllable * syllables_per_word
        return round(min(100.0, max(0.0, raw)), 1)


_VOWELS_NL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+")
_DIAERESIS = set("äëïöü")


def _syllables_nl(word: str) -> int:
    if word.isdigit():
        return max(1, len(word) // 2)
    count = 0
    for group in _VOWELS_NL.findall(word.lower()):
        count += 1 + sum(1 for char in group[1:] if char in _DIAERESIS)
    return max(1, count)


_VOWELS_EN = re.compile(r"[aeiouy]+")


def _syllables_en(word: str) -> int:
    if word.isdigit():
        return max(1, len(word) // 2)
    word = word.lower().replace("’", "'").split("'")[0]
    count = len(_VOWELS_EN.findall(word))
    if count > 1:
        if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
            count -= 1
        elif word.endswith("ed") and not word.endswith(("ted", "ded")):
            count -= 1
        elif word.endswith("es") and not re.search(r"(s|x|z|ch|sh|ce|ge)es$", word):
            count -= 1
    return max(1, count)


LANGUAGES = {
    "nl": Language(
        code="nl",
        name="Dutch",
        abbreviations=frozenset("bijv. bv. o.a. d.w.z. enz. etc. art. nr. ca. zgn. m.b.t. t.o.v. dhr. mevr. mr. dr. e.d. i.p.v.".split()),
        syllables=_syllables_nl,
        flesch=(206.835, 0.93, 77.0),  # Flesch–Douma
    ),
    "en": Language(
        code="en",
        name="English",
        abbreviations=frozenset("e.g. i.e. etc. art. no. mr. mrs. ms. dr. st. vs. approx.".split()),
        syllables=_syllables_en,
        flesch=(206.835, 1.015, 84.6),  # Flesch Reading Ease
    ),
}
