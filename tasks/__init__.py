"""The built-in suites (YAML), installed as package data of `bench.suites`.

`bench run NAME` finds `NAME.yaml` here through importlib.resources, in a checkout and in
an installed wheel alike (bench.config.suite.find_suite)."""
