"""Stage 6, runs: a whole suite from tasks to results.json (runner), the run folder
(store), suites checked against every registry, and comparison of two runs. May import
every stage below it; reports and the CLI sit above it."""
