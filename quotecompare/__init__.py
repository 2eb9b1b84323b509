"""Quote Compare: how several news articles quote the same people, as a static site.

The pipeline, one sub-package a stage, each importing only the stages below it:

========================  =====================================================
:mod:`.text`              words: normalisation and tokens, slugs, word lists
:mod:`.read`              stage 1-2: articles and their metadata; quotations
:mod:`.attribution`       stage 3: who said each quotation (an ordered sieve)
:mod:`.align`             stage 4-5: statements across outlets, links, diffs
:mod:`.site`              stage 6: view models, rendering, writing the site
:mod:`.archive`           many stories in one site, cached, on an engine
========================  =====================================================

:mod:`.pipeline` runs the stages for one story (read, gather, render, write);
:mod:`.cli` is the command line (started by :mod:`.__main__`). :mod:`.models` holds the records every stage
shares, :mod:`.config` the build settings, :mod:`.errors` the one-line
errors, :mod:`.parallel` the process pool, :mod:`.progress` the progress bars.
"""
