"""The trust layer: identities, public cards, (later) encrypted bundles and signed sheets."""

# `evaluator identity create --help` offers the roles without importing the crypto (cards.py
# loads pyrage and minisign only when a card is checked).
from evaluator_app.cards import ROLES  # noqa: F401
