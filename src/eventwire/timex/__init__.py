"""Time expressions in Italian and English: find, normalize (TIMEX3), anchor on publication.

>>> from eventwire.timex import tag
>>> [t.value for t in tag("Lo scorso 27 luglio", "it", "2023-09")]
['2023-07-27']
"""

from __future__ import annotations

from eventwire.timex.model import Timex
from eventwire.timex.tagger import Tagger, get_tagger, tag
from eventwire.timex.values import parse_anchor, time_relation

__all__ = ["Timex", "Tagger", "get_tagger", "parse_anchor", "tag", "time_relation"]
