"""The attribution rules, each a function ``(scene, i) -> Hit | None`` (listed in order by :data:`quotecompare.attribution.sieve.SIEVE`).

* :mod:`.cues`: a cue next to the quotation: ``cue_after``, ``label``, ``according_to``, ``sentence_cue``
  (:mod:`.credit_lines`: a quotation credited by the line under it, ``— Jo Ruiz``);
* :mod:`.owner`: the words called someone's (``X's claim that …``);
* :mod:`.cue_before`: a speech verb before it in its sentence, as named sub-rules (:mod:`.inverted`: the
  verb before its subject, ``Said X, “…”``; :mod:`.relatives`: whom a "who" or "that" stands for);
* :mod:`.context`: no cue of its own: ``clause_subject``, ``introduced``, ``continuation``, ``narration``;
* :mod:`.clauses`: the grammar they share (subjects, appositions, verbs told from nouns), and
  :mod:`.openers`: what opens a sentence before its subject (datelines, fronted clauses, topic labels).
"""
