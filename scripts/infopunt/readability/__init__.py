"""The B1 readability engine: a pure library, text and language in, scores and findings out."""

from .engine import Measurement, measure, supported

__all__ = ["Measurement", "measure", "supported"]
