"""Content-Security-Policy for every page (filled in by the next commit)."""
