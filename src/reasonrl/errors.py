"""User-facing errors: each says what went wrong, where, and what to do next."""

from __future__ import annotations


class ReasonRLError(Exception):
    """An error caused by the user's input (recipe, file, row), printed without a traceback.

    `where` names the file / row / field or config key; `hint` tells the user what to do next.
    """

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message, self.where, self.hint = message, where, hint
        super().__init__(self.render())

    def render(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class ConfigError(ReasonRLError):
    """A recipe or override that does not validate."""


class DataError(ReasonRLError):
    """An input file that is missing or cannot be read at all."""


class GateFailed(ReasonRLError):
    """A compliance/quality gate decided the pipeline must stop."""


class ModelRegistryError(ReasonRLError):
    """The model registry could not be read or written: promotion stops rather than guess."""
