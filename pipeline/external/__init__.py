"""Outside programs (LibreOffice, pdfsig, ...), one module each, over one subprocess runner;
:mod:`.probe` finds each program and asks its version, once per process."""
