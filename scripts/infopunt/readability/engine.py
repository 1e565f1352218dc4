"""Score prose for plain language (B1): one score per text, 0–100, higher is easier.

The score combines the signals of `signals.py` linearly, with weights fitted on labelled
pairs of hard and easy texts (`scripts/calibrate.py` writes `model.json`). Every
sentence's problems come back as findings with the words marked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from infopunt.findings import Finding
from infopunt.readability import advice
from infopunt.readability.cache import Cache, key
from infopunt.readability.languages import LANGUAGES, Language
from infopunt.readability.prose import units
from infopunt.readability.signals import TextSignals, analyse

MODEL = Path(__file__).with_name("model.json")


@dataclass
class Measurement:
    """The score of a text and what it rests on; `score` is None when not measured."""

    score: float | None
    metrics: dict = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None

    def to_cache(self) -> dict:
        return {"score": self.score, "metrics": self.metrics, "reason": self.reason,
                "findings": [f.as_dict(with_path=False) for f in self.findings]}

    @classmethod
    def from_cache(cls, data: dict, path: str) -> Measurement:
        findings = [Finding(path=path, **{**f, "marks": tuple(tuple(m) for m in f.get("marks", ()))})
                    for f in data["findings"]]
        return cls(data["score"], data["metrics"], findings, data["reason"])


@lru_cache(maxsize=1)
def model() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def supported(lang: str | None) -> bool:
    return lang in LANGUAGES


def text_signals(markdown: str, language: Language, first_line: int = 1) -> TextSignals:
    """Every sentence of the Markdown's prose, with its signals and source line."""
    sentences = []
    for unit in units(language.normalise(markdown), first_line):
        for offset, sentence in language.sentences(unit.text):
            sentences.append(analyse(language, sentence, unit.line_at(offset)))
    return TextSignals(sentences)


def score(features: dict[str, float], parameters: dict | None = None) -> float:
    parameters = parameters or model()
    raw = parameters["intercept"] - sum(w * features[k] for k, w in parameters["weights"].items())
    return round(min(100.0, max(0.0, raw)), 1)


def measure(markdown: str, lang: str, path: str = "-", first_line: int = 1, cache: Cache | None = None) -> Measurement:
    """Measure a Markdown body in `lang`; unsupported languages get a reason, not a score."""
    entry = key(markdown, lang, first_line) if cache is not None else None
    if entry is not None and (stored := cache.get(entry)) is not None:
        return Measurement.from_cache(stored, path)
    result = _measure(markdown, lang, path, first_line)
    if entry is not None:
        cache.put(entry, result.to_cache())
    return result


def _measure(markdown: str, lang: str, path: str, first_line: int) -> Measurement:
    language = LANGUAGES.get(lang)
    if language is None:
        return Measurement(None, reason=f"language '{lang}' is not supported yet")
    baselines = model()["baselines"].get(lang)
    if baselines is None:
        return Measurement(None, reason=f"language '{lang}' has no calibration data yet: add texts in it to "
                                         "tests/data/readability/ and run scripts/calibrate.py --write")
    signals = text_signals(markdown, language, first_line)
    if signals.word_count == 0:
        return Measurement(None, metrics={"words": 0, "sentences": 0}, reason="no prose to measure")
    features = signals.features(baselines)
    findings = advice.once_per_word([f for s in signals.sentences for f in advice.findings(s, language, path)])
    sentences = signals.sentences
    metrics = {
        "words": signals.word_count,
        "sentences": len(sentences),
        "words_per_sentence": round(signals.word_count / len(sentences), 1),
        "long_sentences": sum(1 for s in sentences if len(s.words) > advice.LONG_SENTENCE),
        "rare_words": sum(len(s.rare) for s in sentences),
        "passives": sum(len(s.passive) for s in sentences),
        "officialese": sum(len(s.formal) for s in sentences),
        "features": {name: round(value, 4) for name, value in features.items()},
    }
    return Measurement(score(features), metrics, findings)
