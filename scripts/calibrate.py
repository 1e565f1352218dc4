"""Calibrate the B1 score on labelled pairs and report how well it ranks them.

    python scripts/calibrate.py                      # report only
    python scripts/calibrate.py --write              # also write the model the engine uses
    python scripts/calibrate.py --levelled FILE      # also: separation of CEFR-levelled texts

Reads the pairs in tests/data/readability/dev-*.jsonl ({"lang", "complex", "simple"}).
Steps: (1) per-language baselines from wordfreq, so that features mean the same in every
language; (2) weights by pairwise logistic regression over all languages at once, each
language weighing the same, weights kept ≥ 0 (every signal can only make a text harder);
(3) the 0–100 scale anchored to the Flesch scale on the Dutch and English texts, so that
the targets keep their meaning. The report sets each language's pairwise accuracy beside
textstat's formula for that language, and the accuracy when that language is left out of
the fit (how the weights carry over to a language they never saw).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

import wordfreq

from infopunt.readability import engine
from infopunt.readability.languages import LANGUAGES
from infopunt.readability.signals import DIFFICULTY_CEILING

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "readability"
FEATURES = ["words_per_sentence", "difficulty", "passives", "formal_share", "word_length"]
FLESCH = {"nl": (206.835, 0.93, 77.0), "en": (206.835, 1.015, 84.6)}  # Flesch–Douma, Flesch
TEXTSTAT = {"ar": "osman", "zh": None}  # formula per language; the rest use flesch_reading_ease
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


def baselines(code: str) -> dict[str, float]:
    """What typical text of the language looks like, from its word frequency list."""
    language = LANGUAGES[code]
    table = wordfreq.get_frequency_dict(code, wordlist="best")
    common = sum(f for f in table.values() if f >= 1e-6)
    difficulty = sum(f * max(0.0, DIFFICULTY_CEILING - (math.log10(f) + 9)) for f in table.values())
    difficulty += max(0.0, 1 - sum(table.values())) * DIFFICULTY_CEILING
    words = sorted(((w, f) for w, f in table.items() if any(c.isalpha() for c in w)), key=lambda x: -x[1])[:20000]
    length = sum(f * language.word_length(w) for w, f in words) / sum(f for _, f in words)
    return {"length": round(length, 4), "rare": round(1 - common, 4), "difficulty": round(difficulty, 4)}


def features(text: str, code: str, baseline: dict) -> dict[str, float]:
    return engine.text_signals(text, LANGUAGES[code]).features(baseline)


def fit(pairs: dict[str, list], languages: list[str], l2: float = 0.01, steps: int = 4000) -> list[float]:
    """Weights w ≥ 0 maximising the likelihood that w·(complex − simple) > 0."""
    diffs = [(lang, [c[k] - s[k] for k in FEATURES]) for lang in languages for c, s in pairs[lang]]
    scale = [max(1e-9, math.sqrt(sum(d[i] ** 2 for _, d in diffs) / len(diffs))) for i in range(len(FEATURES))]
    share = {lang: 1 / (len(pairs[lang]) * len(languages)) for lang in languages}
    w = [0.1] * len(FEATURES)
    for _ in range(steps):
        gradient = [l2 * wi for wi in w]
        for lang, d in diffs:
            z = sum(wi * di / si for wi, di, si in zip(w, d, scale))
            pull = share[lang] / (1 + math.exp(z))
            for i in range(len(w)):
                gradient[i] -= pull * d[i] / scale[i]
        w = [max(0.0, wi - 0.5 * gi) for wi, gi in zip(w, gradient)]
    return [wi / si for wi, si in zip(w, scale)]


def anchor(weights: list[float], texts: list[tuple[str, dict, float]]) -> tuple[float, float]:
    """Least squares a, b with flesch ≈ a − b·(w·x), over (lang, features, flesch) texts."""
    z = [sum(w * f[k] for w, k in zip(weights, FEATURES)) for _, f, _ in texts]
    y = [flesch for _, _, flesch in texts]
    mz, my = sum(z) / len(z), sum(y) / len(y)
    b = -sum((zi - mz) * (yi - my) for zi, yi in zip(z, y)) / sum((zi - mz) ** 2 for zi in z)
    return my + b * mz, b


def flesch(code: str, f: dict[str, float], baseline: dict) -> float:
    base, per_sentence, per_syllable = FLESCH[code]
    return base - per_sentence * f["words_per_sentence"] - per_syllable * f["word_length"] * baseline["length"]


def textstat_scorer(code: str):
    """textstat's formula for the language (higher is easier), or None where it has none."""
    import textstat.backend.counts._count_syllables as counting
    from textstat.backend import metrics

    counting.get_cmudict = lambda lang: None  # its English path downloads cmudict; use Pyphen offline
    name = TEXTSTAT.get(code, "flesch_reading_ease")
    if name is None:
        return None
    formula = getattr(metrics, name)
    return (lambda text: formula(text)) if name == "osman" else (lambda text: formula(text, code))


def accuracy(pairs: list, score) -> float:
    return sum(score(s) > score(c) for c, s in pairs) / len(pairs)


def separation(scores: list[tuple[str, float]], target: float) -> tuple[float, float]:
    """AUC of B1-and-below scoring higher than B2-and-above, and accuracy of the target as cut-off."""
    easy = [s for level, s in scores if LEVELS.index(level) <= 2]
    hard = [s for level, s in scores if LEVELS.index(level) > 2]
    auc = sum((e > h) + 0.5 * (e == h) for e in easy for h in hard) / (len(easy) * len(hard))
    right = sum(s >= target for s in easy) + sum(s < target for s in hard)
    return auc, right / len(scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"write {engine.MODEL.relative_to(ROOT)}")
    parser.add_argument("--levelled", type=Path, action="append", default=[],
                        help="JSONL of CEFR-levelled texts {lang, level, text} to report separation on")
    parser.add_argument("--target", type=float, default=60.0, help="the B1 target to test as cut-off")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("textstat") is None:  # only the calibration compares with it
        print("calibrate: textstat is needed: .venv/bin/pip install -c constraints.txt -e '.[calibration]'",
              file=sys.stderr)
        return 2

    raw: dict[str, list] = {}
    for path in sorted(DATA.glob("dev-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            raw.setdefault(record["lang"], []).append(record)
    languages = sorted(raw)
    base = {code: baselines(code) for code in LANGUAGES}
    pairs = {code: [(features(r["complex"], code, base[code]), features(r["simple"], code, base[code]))
                    for r in raw[code]] for code in languages}

    weights = fit(pairs, languages)
    anchors = [(code, f, flesch(code, f, base[code])) for code in ("nl", "en") if code in pairs
               for pair in pairs[code] for f in pair]
    intercept, slope = anchor(weights, anchors)
    parameters = {"intercept": round(intercept, 3),
                  "weights": {k: round(slope * w, 4) for k, w in zip(FEATURES, weights)},
                  "baselines": base}

    print("| language | pairs | engine | textstat | engine, language left out of the fit |")
    print("|---|---|---|---|---|")
    for code in languages:
        left_out = fit(pairs, [c for c in languages if c != code])
        held = accuracy(pairs[code], lambda f: -sum(w * f[k] for w, k in zip(left_out, FEATURES)))
        ours = accuracy(pairs[code], lambda f: engine.score(f, parameters))
        formula = textstat_scorer(code)
        theirs = f"{accuracy([(r['complex'], r['simple']) for r in raw[code]], formula):.2f}" if formula else "n/a"
        print(f"| {code} | {len(pairs[code])} | {ours:.2f} | {theirs} | {held:.2f} |")

    for path in args.levelled:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for code in sorted({r["lang"] for r in records}):
            texts = [r for r in records if r["lang"] == code and "level" in r]
            ours = [(r["level"], engine.score(features(r["text"], code, base[code]), parameters)) for r in texts]
            formula = textstat_scorer(code)
            print(f"\n{path.name} ({code}, {len(texts)} levelled texts), B1-and-below vs B2-and-above:")
            for name, scores in (("engine", ours), ("textstat", [(r["level"], formula(r["text"])) for r in texts])):
                auc, right = separation(scores, args.target)
                medians = {level: sorted(s for l, s in scores if l == level)[len([1 for l, _ in scores if l == level]) // 2]
                           for level in LEVELS if any(l == level for l, _ in scores)}
                print(f"  {name}: AUC {auc:.2f}, accuracy with cut-off {args.target:g}: {right:.2f}, "
                      f"medians {', '.join(f'{k} {v:.0f}' for k, v in medians.items())}")

    print("\nmodel:", json.dumps({k: v for k, v in parameters.items() if k != "baselines"}))
    if args.write:
        engine.MODEL.write_text(json.dumps(parameters, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {engine.MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
