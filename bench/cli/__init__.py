"""The `bench` command line (Typer): thin commands that parse options and call the stages.
Heavy libraries are imported inside commands, never at start-up."""
