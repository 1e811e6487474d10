"""Foundations every stage shares: errors, the registry pattern, the frozen values passed
between stages, atomic storage and the cache folder, progress reporting, text
normalisation. Imports nothing else of the bench."""
