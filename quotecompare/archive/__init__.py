"""Archives: many stories in one site (:mod:`.build`), cross-story pages (:mod:`.crossstory`), a content cache (:mod:`.cache`), and the engines that build stories in parallel (:mod:`.engines`)."""
