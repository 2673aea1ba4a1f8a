"""The OpenAI request shapes the server accepts, and OpenAI's error shape for everything it refuses.

Only what reasonrl can honour is accepted: an unknown field is ignored as OpenAI's own server does
for forward compatibility, but a value out of range (temperature < 0, n < 1, an empty message
list) is a 400 with `{"error": {"message", "type": "invalid_request_error", "param", "code"}}`,
the body the `openai` client turns into `BadRequestError`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Request(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    n: int = Field(1, ge=1, le=16)
    max_tokens: int | None = Field(None, ge=1, le=4096)
    max_completion_tokens: int | None = Field(None, ge=1, le=4096)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: bool = False

    def budget(self, default: int) -> int:
        """The completion's token budget: max_completion_tokens (the current name), max_tokens, default."""
        return self.max_completion_tokens or self.max_tokens or default

    def stops(self) -> tuple[str, ...]:
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant", "developer", "tool"]
    content: str


class ChatRequest(_Request):
    messages: list[Message] = Field(min_length=1)


class CompletionRequest(_Request):
    prompt: str | list[str]

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)


class ModerationRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    input: str | list[str]
    model: str | None = None
    include_reasoning: bool = Field(
        False,
        description="reasonrl's extension: each result carries the model's "
        "reasoning and answer (extra_body={'include_reasoning': True})",
    )

    def inputs(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)


def error_body(
    message: str, param: str | None = None, code: str | None = None, kind: str = "invalid_request_error"
) -> dict:
    """OpenAI's error shape."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def validation_message(errors: list[dict]) -> tuple[str, str | None]:
    """(message, param) for pydantic's errors: the first one, named by its field path."""
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    return f"{where or 'body'}: {first.get('msg', 'invalid')}", where or None
