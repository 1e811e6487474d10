"""Scoring: pure functions from predictions and gold answers to numbers."""
