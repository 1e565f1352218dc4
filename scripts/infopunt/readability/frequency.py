"""Word frequency on the Zipf scale (log10 of uses per billion words), from wordfreq.

wordfreq ships its lists inside the package, so nothing is downloaded. A list is loaded
the first time a language needs it. A word missing from the list is treated as rare: the
small lists (bg, ro) hold no words below Zipf 3, so "missing" means "below 3" everywhere.
"""

from __future__ import annotations

import math
from functools import lru_cache

RARE = 3.0  # Zipf below this: "uncommon" (van Heuven et al. 2014)


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(lang, wordlist="best")


def forget() -> None:
    """Let the loaded lists go (about 40 MB each), once no more text is to be scored."""
    _table.cache_clear()


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word; 0 when the list does not have it."""
    table = _table(lang)
    frequency = table.get(word)
    if frequency is None and "-" in word:
        parts = [table.get(part) for part in word.split("-") if part]
        frequency = min(parts) if parts and None not in parts else None
    return math.log10(frequency) + 9 if frequency else 0.0
