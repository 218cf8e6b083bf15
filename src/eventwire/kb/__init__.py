"""Knowledge bases shipped in the package: actors (``actors.py``) and places (``gazetteer.py``).

Each loads a compact table built from ``../shared/data`` (``data/``) plus the hand-written
lexicons of ``lang/``, and answers lookups; the builders live beside them.
"""
