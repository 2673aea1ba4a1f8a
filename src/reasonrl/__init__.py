"""reasonrl: compliance-gated reinforcement learning for reasoning LLMs.

Importing this package is cheap: it pulls in neither torch, kfp nor airflow. Heavy
dependencies are imported inside the functions that need them.
"""

__version__ = "0.2.0"

from reasonrl.errors import ReasonRLError  # noqa: E402

__all__ = ["ReasonRLError", "__version__"]
