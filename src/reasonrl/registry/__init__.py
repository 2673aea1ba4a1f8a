"""Model registry (MLflow): registration with lineage, promotion policy.

Importing it registers the `models:/` scheme with modeling's loader (modeling.loading.URI_SCHEMES),
so `models:/name@alias` loads wherever a model reference is accepted."""

from reasonrl.modeling.loading import URI_SCHEMES
from reasonrl.registry.mlflow_registry import models_uri

URI_SCHEMES.register("models")(models_uri)
