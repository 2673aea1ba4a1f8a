"""Bradley–Terry reward models: training on preference pairs and batched scoring."""
