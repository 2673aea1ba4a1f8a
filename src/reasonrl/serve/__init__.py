"""Serving what was promoted: `reasonrl serve MODEL_REF` puts a model (a model registry alias such as
`models:/reasonrl-moderation@champion`, a stage output or any model ref) behind the OpenAI API
shapes the ecosystem's clients speak: /v1/chat/completions and /v1/completions for the reasoning
model, /v1/moderations (OpenAI's moderation schema, scores from the label probabilities) under the
content policy the model was trained on, /v1/models and /health. Concurrent requests are batched;
an alias is re-resolved on SIGHUP or an interval, so a promotion changes what answers without a
restart, and every response names the model version that produced it.

Rooms: `schema` (request and error shapes, pure), `model` (the served model: resolve, load,
reload, metadata, the request batcher), `moderation` (an answer in OpenAI's moderation schema),
`app` (the FastAPI routes: parse, call, shape).
"""
