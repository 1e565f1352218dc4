"""Turn a sentence's signals into findings an editor can act on, with the words marked."""

from __future__ import annotations

from infopunt.findings import Finding
from infopunt.readability.languages import Language
from infopunt.readability.signals import Sentence

LONG_SENTENCE = 20  # words: almost always needs splitting
LONGISH_SENTENCE = 15  # words: most sentences should stay at or below this
MANY_CLAUSES = 3
WORD_RULES = ("rare-word", "long-word", "nominal")  # about a word: reported where it first appears


def findings(sentence: Sentence, language: Language, path: str) -> list[Finding]:
    spans = sentence.spans()
    found: list[Finding] = []

    def add(severity, rule, message, advice, indices=(), marks=None):
        marks = tuple(marks if marks is not None else sorted({spans[i] for i in indices}))
        found.append(Finding(path, sentence.line, severity, message, advice, rule, sentence.text, marks))

    count = len(sentence.words)
    if count > LONG_SENTENCE:
        add("warning", "long-sentence", f"Sentence of {count} words", "Split it into two sentences.")
    elif count > LONGISH_SENTENCE:
        add("info", "long-sentence", f"Sentence of {count} words",
            f"Most sentences should have at most {LONGISH_SENTENCE} words.")
    if sentence.clause_count >= MANY_CLAUSES:
        add("warning", "clauses", f"Sentence with {sentence.clause_count + 1} clauses",
            "Keep to one idea per sentence, with at most one side clause.", sentence.clauses)
    for pair in sentence.passive:
        words = " … ".join(sentence.words[i] for i in pair)
        add("warning", "passive", f"Passive voice: '{words}'", "Say who does it, in active voice.", pair)
    for start, end in sentence.formal:
        phrase = sentence.text[start:end]
        plain = language.plain_alternative(phrase)
        add("warning", "formal", f"'{phrase}' is officialese", f"Use '{plain}'." if plain else "Use a plain word.",
            marks=[(start, end)])
    rare = set(sentence.rare)
    in_formal = {i for i, (start, end) in enumerate(spans) if any(a <= start < b for a, b in sentence.formal)}
    for index in _first_of_each(sentence, [i for i in sentence.rare if i not in in_formal]):
        add("warning", "rare-word", f"'{sentence.words[index]}' is a rare word",
            "Use a common word, or explain it.", [index])
    for index in _first_of_each(sentence, [i for i in sentence.long if i not in rare]):
        add("info", "long-word",
            f"'{sentence.words[index]}' is a very long word ({sentence.lengths[index]} {language.length_unit})",
            "Use a shorter word if there is one.", [index])
    for index in _first_of_each(sentence, [i for i in sentence.nominal if i not in rare]):
        add("info", "nominal", f"'{sentence.words[index]}' is a noun made from a verb",
            "Say it with the verb.", [index])
    return found


def _first_of_each(sentence: Sentence, indices: list[int]) -> list[int]:
    seen, first = set(), []
    for index in indices:
        word = sentence.words[index].lower()
        if word not in seen:
            seen.add(word)
            first.append(index)
    return first


def once_per_word(found: list[Finding]) -> list[Finding]:
    """Keep a word-level finding only at the word's first appearance on the page."""
    seen, kept = set(), []
    for finding in found:
        if finding.rule in WORD_RULES:
            if (finding.rule, finding.message.lower()) in seen:
                continue
            seen.add((finding.rule, finding.message.lower()))
        kept.append(finding)
    return kept
