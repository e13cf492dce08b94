"""Events: PLOVER coding of sentences (trigger lexicon + clause reading), modality, clustering."""
