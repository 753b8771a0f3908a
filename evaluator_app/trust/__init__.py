"""The trust layer: identities, public cards, (later) encrypted bundles and signed sheets."""

# Here rather than in identity.py so that `evaluator identity create --help` offers the roles
# without importing the crypto (pyrage, minisign).
ROLES = ("member", "chair", "secretariat")
