"""Printable reports (reportlab, embedded NanumGothic)."""
