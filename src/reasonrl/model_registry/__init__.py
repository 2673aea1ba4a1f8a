"""Model registry (MLflow): registration with lineage, promotion rule.

Importing it registers the `models:/` scheme with modeling's loader (modeling.loading.URI_SCHEMES),
so `models:/name@alias` loads wherever a model reference is accepted."""

from reasonrl.model_registry.mlflow_registry import models_uri
from reasonrl.modeling.loading import URI_SCHEMES

URI_SCHEMES.register("models")(models_uri)
