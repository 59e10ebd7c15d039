"""sitrep: dated news reports in, sourced event records out."""

__version__ = "0.1.0"
