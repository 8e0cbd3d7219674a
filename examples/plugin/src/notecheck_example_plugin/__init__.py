"""An example notecheck plugin; its one check lives in :mod:`.buzzwords`."""

from .buzzwords import CHECK

__all__ = ["CHECK"]
