"""Stage 3, attribution: who said each quotation.

:mod:`.narration` reads a paragraph into tokens, :mod:`.mentions` reads the
phrases that name people, :mod:`.sieve` tries the rules of :mod:`.rules` in
order on each quotation (:mod:`.scene` holds what they see and return),
:mod:`.discourse` resolves pronouns and descriptions within an article,
:mod:`.names` reads a name's parts (titles, roles and possessives apart) and
:mod:`.namekeys` files each person under surname and given name,
:mod:`.kinds` tells a person from an organisation, group, document or place,
:mod:`.speakers` merges name variants, :mod:`.story` makes the quote records
of a whole story, and :mod:`.settle` lets the outlets settle a weak credit
with the one other outlets give the same words.
"""
