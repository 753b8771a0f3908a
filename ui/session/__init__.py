"""The 발표 day's screen (review session) for the chair or the secretariat's 간사."""
