"""The committee member's screens: scoring beside the documents, pledge, conflicts, finalize."""
