"""평가위원 데스크 / Evaluation Desk — headless core and CLI (never imports Qt)."""

__version__ = "0.1.0"
