"""The HTTP surface: OpenAI's routes over a ModelServer (parse, call, shape; no model logic here).

    GET  /health, /v1/models
    POST /v1/chat/completions   (stream: server-sent events in OpenAI's chunk format)
    POST /v1/completions
    POST /v1/moderations        (OpenAI's schema; `include_reasoning` in the body adds the reasoning)

Every response carries the version that produced it: `model` in the body ("name/3"), the header
`X-Model-Version`, and `system_fingerprint` on completions. The HF engine decodes a batch at once,
so a streamed answer arrives after its decode, as OpenAI's chunks (the protocol a client expects,
not token-by-token latency); vLLM's own OpenAI server is the streaming path on a GPU.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid

from reasonrl.errors import ReasonRLError
from reasonrl.generation.base import SamplingParams
from reasonrl.serve.schema import (
    ChatRequest,
    CompletionRequest,
    ModerationRequest,
    error_body,
    validation_message,
)


def create_app(server):
    """A FastAPI app serving `server` (serve.model.ModelServer)."""
    from fastapi import FastAPI

    app = FastAPI(title="reasonrl serve", version="1", docs_url=None, redoc_url=None)
    _error_handlers(app)
    _info_routes(app, server)
    _generation_routes(app, server)
    return app


def _error_handlers(app) -> None:
    """Every failure answers in OpenAI's error shape: 400 for a request the schema or a reasonrl
    check refuses, the HTTP status for routing errors, 500 (server_error) for a crash."""
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException

    @app.exception_handler(RequestValidationError)
    async def _invalid(_, exc: RequestValidationError):
        message, param = validation_message(exc.errors())
        return JSONResponse(error_body(message, param), status_code=400)

    @app.exception_handler(HTTPException)
    async def _http(_, exc: HTTPException):
        return JSONResponse(
            error_body(
                str(exc.detail),
                kind="invalid_request_error" if exc.status_code < 500 else "server_error",
                code=str(exc.status_code),
            ),
            status_code=exc.status_code,
        )

    @app.exception_handler(ReasonRLError)
    async def _ours(_, exc: ReasonRLError):
        return JSONResponse(error_body(exc.render()), status_code=400)

    @app.exception_handler(Exception)
    async def _crash(_, exc: Exception):
        return JSONResponse(error_body(f"{type(exc).__name__}: {exc}", kind="server_error"), status_code=500)


def _shaped(body: dict, loaded):
    """A JSON response naming the model version that produced it."""
    from fastapi.responses import JSONResponse

    return JSONResponse(body, headers={"X-Model-Version": str(loaded.version or loaded.id)})


def _info_routes(app, server) -> None:
    @app.get("/health")
    async def health():
        cur = server.current
        return _shaped({"status": "ok", "model": cur.id, "version": cur.version, "task": cur.task}, cur)

    @app.get("/v1/models")
    async def models():
        cur = server.current
        card = {"id": cur.id, "object": "model", "created": int(time.time()), "owned_by": "reasonrl"}
        return _shaped({"object": "list", "data": [{**card, "root": server.ref}]}, cur)


async def _run(server, prompts: list[str], req, greedy: bool = False):
    """(loaded model, rollouts) for `prompts` under the request's sampling (greedy: a moderation
    verdict, the model's own token budget)."""
    cur = server.current
    # the OpenAI request is its own validated schema (bounds of the public API), so it maps to
    # the engine's parameters here rather than through a recipe's SamplingConfig
    params = SamplingParams(
        n=1 if greedy else req.n,
        temperature=0.0 if greedy else req.temperature,
        top_p=1.0 if greedy else req.top_p,
        max_new_tokens=cur.max_new_tokens if greedy else req.budget(256),
        stop=() if greedy else req.stops(),
    )
    base = req.seed if getattr(req, "seed", None) is not None else random.getrandbits(31)
    seeds = [base + i for i in range(len(prompts))]
    return await asyncio.wrap_future(server.generate(prompts, params, seeds))


def _completion_body(kind: str, rid: str, loaded, rollouts, chat: bool, created: int | None = None) -> dict:
    """OpenAI's chat.completion / text_completion body: one choice per rollout."""
    choices = []
    for i, r in enumerate(rollouts):
        said = {"message": {"role": "assistant", "content": r.completion}} if chat else {"text": r.completion}
        finish = "length" if r.truncated else "stop"
        choices.append({"index": i, **said, "logprobs": None, "finish_reason": finish})
    return {
        "id": rid,
        "object": kind,
        "created": int(time.time()) if created is None else created,
        "model": loaded.id,
        "system_fingerprint": loaded.id,
        "choices": choices,
        "usage": _usage(rollouts),
    }


def _generation_routes(app, server) -> None:
    from fastapi.responses import StreamingResponse

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest):
        prompt = chat_prompt(server.current.tok, [m.model_dump() for m in req.messages])
        loaded, rollouts = await _run(server, [prompt], req)
        rid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        if req.stream:
            return StreamingResponse(
                _chunks(rid, created, loaded, rollouts),
                media_type="text/event-stream",
                headers={"X-Model-Version": str(loaded.version or loaded.id)},
            )
        return _shaped(_completion_body("chat.completion", rid, loaded, rollouts, True, created), loaded)

    @app.post("/v1/completions")
    async def completions(req: CompletionRequest):
        loaded, rollouts = await _run(server, req.prompts(), req)
        rid = f"cmpl-{uuid.uuid4().hex[:24]}"
        return _shaped(_completion_body("text_completion", rid, loaded, rollouts, False), loaded)

    @app.post("/v1/moderations")
    async def moderations(req: ModerationRequest):
        from reasonrl.serve.moderation import moderation_prompts, moderation_results

        prompts = moderation_prompts(server.current, req.inputs())
        loaded, rollouts = await _run(server, prompts, req, greedy=True)
        results = await asyncio.to_thread(
            moderation_results, loaded, prompts, [r.completion for r in rollouts], req.include_reasoning
        )
        rid = f"modr-{uuid.uuid4().hex[:24]}"
        return _shaped({"id": rid, "model": loaded.id, "results": results}, loaded)


def chat_prompt(tok, messages: list[dict]) -> str:
    """The model's chat template over the messages, ending in the assistant's turn; a model without
    one reads the turns as a plain transcript (R1-Zero's template, as tasks render it)."""
    if getattr(tok, "chat_template", None):
        return tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    said = [f"{m['role'].capitalize()}: {m['content']}" for m in messages]
    return "\n\n".join(said) + "\nAssistant:"


def _usage(rollouts) -> dict:
    prompt = sum(len(r.prompt_ids) for r in {r.prompt_index: r for r in rollouts}.values())
    done = sum(len(r.completion_ids) for r in rollouts)
    return {"prompt_tokens": prompt, "completion_tokens": done, "total_tokens": prompt + done}


async def _chunks(rid: str, created: int, loaded, rollouts):
    """OpenAI's chat.completion.chunk events: the role, the content in pieces, the finish, [DONE]."""

    def event(delta: dict, index: int, finish: str | None = None) -> str:
        return (
            "data: "
            + json.dumps(
                {
                    "id": rid,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": loaded.id,
                    "system_fingerprint": loaded.id,
                    "choices": [{"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}],
                }
            )
            + "\n\n"
        )

    for i, r in enumerate(rollouts):
        yield event({"role": "assistant", "content": ""}, i)
        for piece in re.findall(
            r"\s*\S+|\s+$", r.completion
        ):  # words with their leading space: joined, the completion
            yield event({"content": piece}, i)
        yield event({}, i, "length" if r.truncated else "stop")
    yield "data: [DONE]\n\n"
