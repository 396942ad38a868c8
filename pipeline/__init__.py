"""sidik: from an Excel list of exempted information to signed, archived PDFs."""

__version__ = "0.1.0"
