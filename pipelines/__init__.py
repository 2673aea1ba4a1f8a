"""Pipeline definitions, recipes and compiled YAML (imported as reasonrl.pipelines)."""
