"""Outside programs (LibreOffice, pdfsig, ...), one module each, over one subprocess runner."""
