"""Full-text search that knows Indonesian morphology: documents indexed by word stems."""
