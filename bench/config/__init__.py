"""Stage 1, configuration: suites (YAML) read and checked, adapter variants, prompt
templates, generation and scoring settings. May import bench.core only."""
