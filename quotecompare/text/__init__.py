"""Words, below every stage: tokens and folding (:mod:`.normalise`), slugs (:mod:`.slugs`), word lists (:mod:`.lexicon`)."""
