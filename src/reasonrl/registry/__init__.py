"""Model registry (MLflow): registration with lineage, promotion policy."""
