"""Stage 4, answers: every test item under every template for every variant, through a
backend (the bench's engine, lm-eval), with the answer cache and data-parallel shards.
May import the stages below it (core, config, models, tasks, fixtures)."""
