"""The B1 readability engine: a pure library, text and language in, scores and findings out."""

from .cache import Cache
from .engine import Measurement, measure, supported
from .languages import LANGUAGES

__all__ = ["Cache", "LANGUAGES", "Measurement", "measure", "supported"]
