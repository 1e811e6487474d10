"""Report renderers: they read a run's results (a dict from results.json), nothing else."""
