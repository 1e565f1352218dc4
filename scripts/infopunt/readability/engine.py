"""Score prose for plain language (B1): one score per text, 0–100, higher is easier.

Version 1 uses the Flesch formula of each language (Flesch–Douma for Dutch) over the
prose units of the Markdown structure, and reports the sentences and words behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding
from .languages import LANGUAGES, WORD
from .prose import units

LONG_SENTENCE = 20  # words: almost always needs splitting
LONGISH_SENTENCE = 15  # words: most sentences should stay at or below this
LONG_WORD = 6  # syllables


@dataclass
class Measurement:
    """The score of a text and what it rests on; `score` is None when not measured."""

    score: float | None
    metrics: dict = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None


def supported(lang: str | None) -> bool:
    return lang in LANGUAGES


def measure(markdown: str, lang: str, path: str = "-", first_line: int = 1) -> Measurement:
    """Measure a Markdown body in `lang`; unsupported languages get a reason, not a score."""
    language = LANGUAGES.get(lang)
    if language is None:
        return Measurement(None, reason=f"language '{lang}' is not supported yet")
    words = sentences = syllables = 0
    findings = []
    for unit in units(markdown, first_line):
        for offset, sentence in language.sentences(unit.text):
            tokens = WORD.findall(sentence)
            counts = [language.syllables(token) for token in tokens]
            words += len(tokens)
            syllables += sum(counts)
            sentences += 1
            line = unit.line_at(offset)
            findings.extend(_sentence_findings(path, line, sentence, tokens, counts))
    if words == 0:
        return Measurement(None, metrics={"words": 0, "sentences": 0}, reason="no prose to measure")
    words_per_sentence = words / sentences
    syllables_per_word = syllables / words
    metrics = {
        "words": words,
        "sentences": sentences,
        "words_per_sentence": round(words_per_sentence, 1),
        "syllables_per_word": round(syllables_per_word, 2),
        "long_sentences": sum(1 for f in findings if f.severity == "warning"),
    }
    return Measurement(language.score(words_per_sentence, syllables_per_word), metrics, findings)


def _sentence_findings(path, line, sentence, tokens, counts) -> list[Finding]:
    found = []
    excerpt = sentence if len(sentence) <= 80 else sentence[:77] + "…"
    if len(tokens) > LONG_SENTENCE:
        found.append(Finding(path, line, "warning", f"Sentence of {len(tokens)} words: “{excerpt}”",
                             "Split it into two sentences."))
    elif len(tokens) > LONGISH_SENTENCE:
        found.append(Finding(path, line, "info", f"Sentence of {len(tokens)} words: “{excerpt}”",
                             f"Most sentences should have at most {LONGISH_SENTENCE} words."))
    for token, count in zip(tokens, counts):
        if count >= LONG_WORD:
            found.append(Finding(path, line, "info", f"Long word '{token}' ({count} syllables)",
                                 "Use a shorter, common word, or explain it."))
    return found
