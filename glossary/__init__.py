"""The reference Vietnamese–Chinese glossary of names and terms."""

from .hanviet import hanviet
from .pinyin import pinyin

__all__ = ["hanviet", "pinyin"]
