"""Stage 2, tasks: build a suite's tasks with the generators (top-level `generators/`),
keep test items held out, read and write task files, export them for other tools. May
import bench.core, bench.config, bench.models and generators."""
