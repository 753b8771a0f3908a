"""The trust layer: identities, public cards, (later) encrypted bundles and signed sheets."""
