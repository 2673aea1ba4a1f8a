"""The `reasonrl` command line."""
