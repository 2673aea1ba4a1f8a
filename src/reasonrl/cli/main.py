"""`reasonrl` command line: run / compile / submit the pipeline, and one subcommand per stage
(what each KFP component calls). User mistakes print a clear message, not a traceback."""

from __future__ import annotations

import sys

# Every reasonrl process loads the rooms that register into a room below them: the learned reward
# terms (reward_model/ into rewards/) and models:/ references (model_registry/ into modeling/).
from reasonrl import model_registry, reward_model  # noqa: F401
from reasonrl.cli import commands
from reasonrl.cli.parser import build_parser
from reasonrl.errors import GateFailed, ReasonRLError


def dispatch(args) -> int:
    handler = getattr(commands, "cmd_" + args.command.replace("-", "_"))
    return handler(args) or 0


def _no_library_progress_bars() -> None:
    """--no-progress also silences the libraries' bars (transformers' "Loading weights", the Hub's):
    both read HF_HUB_DISABLE_PROGRESS_BARS when transformers is imported, which a stage does later."""
    import os

    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    if "transformers" in sys.modules:
        sys.modules["transformers"].utils.logging.disable_progress_bar()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 1
    if getattr(args, "no_progress", False):
        _no_library_progress_bars()
    try:
        return dispatch(args)
    except GateFailed as exc:
        print(f"reasonrl: {exc.render()}", file=sys.stderr)
        return 3
    except ReasonRLError as exc:
        print(f"reasonrl: error: {exc.render()}", file=sys.stderr)
        return 2
