"""Records, readers with bad-row quarantine, filters and the filter pipeline."""
