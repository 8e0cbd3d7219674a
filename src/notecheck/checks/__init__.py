"""Built-in checks, one module per check; each module exposes ``CHECK``."""
