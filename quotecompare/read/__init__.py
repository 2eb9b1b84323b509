"""Stages 1 and 2, reading: a folder of articles to sources (:mod:`.sources`, :mod:`.metadata`, :mod:`.outlets`), and each source's quotations (:mod:`.quotes`)."""
