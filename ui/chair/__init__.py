"""The chair's consolidation screen (종합평가): window.py, models.py, charts.py, dialogs.py;
session.py holds the calls into the core that run in the worker pool."""
