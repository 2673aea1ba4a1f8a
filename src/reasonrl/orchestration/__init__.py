"""The only room that knows Kubeflow and Airflow: what a KFP component body calls (runtime), the
pipeline on this machine through kfp.local (local), on a KFP endpoint (submit), and what the
scheduled-retraining DAG's tasks do (retrain). The visible entry points stay thin at the top of
the repo: components/ (component interfaces), pipelines/ (the @dsl.pipeline, recipes, compiled
YAML) and dags/ (the Airflow DAG)."""
