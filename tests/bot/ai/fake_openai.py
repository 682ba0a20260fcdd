"""A tiny chat-completions server on 127.0.0.1 for provider tests (no internet involved).

It serves one model, checks the bearer key, and answers the receptionist's first request with a
`business_info` tool call and the follow-up (which carries the tool result) with a text built
from that result, so a test sees a full tool round trip.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "shop-model"
KEY = "sk-local-test"


class FakeOpenAI:
    """Start with `with FakeOpenAI() as server:`; `server.base_url`, `server.requests`."""

    def __init__(self, *, echo_key: bool = False) -> None:
        # echo_key: a refused key is quoted in full in the error, as some providers do.
        self.echo_key = echo_key
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                owner.requests.append(body)
                owner.headers.append({k.lower(): v for k, v in self.headers.items()})
                if self.path != "/v1/chat/completions":
                    return self._send(404, {"error": {"message": "no such route"}})
                if self.headers.get("Authorization") != f"Bearer {KEY}":
                    given = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                    echo = f": {given}" if owner.echo_key else ""
                    return self._send(401, {"error": {"message": f"Incorrect API key provided{echo}",
                                                      "type": "invalid_request_error",
                                                      "code": "invalid_api_key"}})
                if body.get("model") != MODEL:
                    return self._send(404, {"error": {"message": f"model {body.get('model')} "
                                                                 "not found",
                                                      "type": "invalid_request_error",
                                                      "code": "model_not_found"}})
                self._send(200, owner.answer(body))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        tool_results = [m for m in body.get("messages", []) if m.get("role") == "tool"]
        if tool_results or not body.get("tools"):
            info = json.loads(tool_results[-1]["content"]) if tool_results else {}
            hours = ", ".join(info.get("hours", {}).get("wed", [])) or "pong"
            message = {"role": "assistant", "content": f"Today we are open {hours}."}
            finish = "stop"
        else:
            message = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "business_info", "arguments": "{}"}}]}
            finish = "tool_calls"
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": MODEL,
                "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()
