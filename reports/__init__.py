"""Report renderers (above the runs stage): they read a run's results (a dict from
results.json), nothing else; they may import bench.core only."""
