"""Pipeline stages: each is one function (recipe, input dirs, output dir) -> small dict.

They are what `reasonrl <stage>` and the KFP components call; they parse, call the core
library, write artifacts + manifest + the resolved config, and nothing more.
"""

STAGES = (
    "ingest",
    "compliance_filter",
    "gate",
    "reward_model_train",
    "rl_train",
    "evaluate",
    "distill",
    "register",
    "promote",
)
