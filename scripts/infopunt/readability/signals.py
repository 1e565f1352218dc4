"""What makes a sentence hard: its words, their length and frequency, passives, clauses."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from infopunt.readability.frequency import RARE, zipf
from infopunt.readability.languages import Language

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})  # as wordfreq spells them
DIFFICULTY_CEILING = 6.0  # Zipf at or above this costs nothing (the most common words)


@dataclass
class Sentence:
    """One sentence and the signals found in it; word lists hold indices into `words`."""

    text: str
    line: int
    words: list[str]
    lengths: list[int]
    vocabulary: dict[str, float] = field(default_factory=dict)  # scored word → Zipf (not numbers, not names)
    rare: list[int] = field(default_factory=list)
    long: list[int] = field(default_factory=list)
    passive: list[tuple[int, ...]] = field(default_factory=list)
    nominal: list[int] = field(default_factory=list)
    formal: list[tuple[int, int]] = field(default_factory=list)  # character spans in `text`
    clauses: list[int] = field(default_factory=list)  # indices of words that open a clause
    clause_marks: int = 0  # clause-joining punctuation (Chinese commas)

    @property
    def clause_count(self) -> int:
        return len(self.clauses) + self.clause_marks

    def spans(self) -> list[tuple[int, int]]:
        """Where each word stands in `text`."""
        found, position = [], 0
        for word in self.words:
            start = self.text.find(word, position)
            found.append((start, start + len(word)))
            position = start + len(word)
        return found


def analyse(language: Language, text: str, line: int) -> Sentence:
    """Find the signals in one sentence."""
    words = language.words(text)
    lengths = [language.word_length(word) for word in words]
    sentence = Sentence(text, line, words, lengths)
    for index, word in enumerate(words):
        if lengths[index] >= language.long_word:
            sentence.long.append(index)
        if word[0].isdigit() or (language.names_capitalised and (index > 0 or word.isupper())
                                 and word[0].isupper()):
            continue  # numbers, names and acronyms are not vocabulary choices
        lower = word.lower()
        if not lower.isascii():  # ligatures such as "ﬁ", odd apostrophes: spell as wordfreq does
            lower = unicodedata.normalize("NFKC", lower).translate(_APOSTROPHES)
        frequency = zipf(lower, language.code)
        sentence.vocabulary[lower] = frequency
        if frequency < RARE:
            sentence.rare.append(index)
        if language.nominal_suffixes and len(lower) >= language.nominal_min_length \
                and lower.endswith(language.nominal_suffixes):
            sentence.nominal.append(index)
        if lower in language.clause_words and index > 0:
            sentence.clauses.append(index)
    sentence.clause_marks = sum(text.count(mark) for mark in language.clause_marks)
    if language.passive is not None:
        sentence.passive = language.passive(words, _parts(sentence))
    if language.formal is not None:
        sentence.formal = [match.span() for match in language.formal.finditer(text)]
    return sentence


def _parts(sentence: Sentence) -> list[int]:
    """For each word, which comma-separated part of the sentence it stands in."""
    commas = [i for i, char in enumerate(sentence.text) if char in ",;:，；"]
    return [sum(1 for c in commas if c < start) for start, _ in sentence.spans()]


@dataclass
class TextSignals:
    """Totals over a text's sentences, and the features the score is computed from.

    Vocabulary features count each distinct word once: plain texts repeat their key
    words (a noun instead of a pronoun), which should not count against them.
    """

    sentences: list[Sentence]

    @property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.sentences)

    def features(self, baseline: dict) -> dict[str, float]:
        """Each feature is 0 for typical easy text in any language and grows with difficulty."""
        words = max(1, self.word_count)
        count = max(1, len(self.sentences))
        vocabulary = {word: z for s in self.sentences for word, z in s.vocabulary.items()}
        distinct = max(1, len(vocabulary))
        return {
            "words_per_sentence": min(40.0, words / count),
            "word_length": sum(sum(s.lengths) for s in self.sentences) / words / baseline["length"],
            "rare_share": sum(1 for z in vocabulary.values() if z < RARE) / distinct - baseline["rare"],
            "difficulty": sum(max(0.0, DIFFICULTY_CEILING - z) for z in vocabulary.values()) / distinct
            - baseline["difficulty"],
            "long_share": sum(len(s.long) for s in self.sentences) / words,
            "passives": sum(len(s.passive) for s in self.sentences) / count,
            "nominal_share": sum(len(s.nominal) for s in self.sentences) / words,
            "clauses": sum(s.clause_count for s in self.sentences) / count,
            "formal_share": sum(len(s.formal) for s in self.sentences) / words,
            "long_sentence_share": sum(len(s.words) for s in self.sentences if len(s.words) > 15) / words,
        }
