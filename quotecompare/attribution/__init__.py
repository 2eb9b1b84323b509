"""Stage 3, attribution: who said each quotation.

:mod:`.narration` reads a paragraph into tokens, :mod:`.mentions` reads the
phrases that name people, :mod:`.sieve` tries the rules of :mod:`.rules` in
order on each quotation (:mod:`.scene` holds what they see and return),
:mod:`.discourse` resolves pronouns and descriptions within an article,
:mod:`.speakers` merges name variants, and :mod:`.story` makes the quote
records of a whole story.
"""
