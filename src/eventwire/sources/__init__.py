"""Readers: every input (files, directories, stdin, HTML, feeds) becomes Article objects."""
