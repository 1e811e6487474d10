"""Stage 5, scores: pure functions from predictions and gold answers to per-item scores,
metrics with confidence intervals and the run's analyses. May import core and config
(it needs no model, no adapter and no answering code)."""
