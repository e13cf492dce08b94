"""Places: the shipped gazetteer, and resolution of place mentions to it with a precision."""
