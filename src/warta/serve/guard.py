"""What every request passes first: the Host check and the security headers.

A server on 127.0.0.1 is still reachable from a browser through DNS rebinding (a page on
evil.example resolves its own name to 127.0.0.1 and reads the API with the user's browser);
the Host header is what gives that away, so only loopback names are answered unless the
operator names others (``warta serve --allow-host``). The headers keep the dashboard from
running anything but its own files (CSP) and from being framed.

Plain ASGI, like warta.serve.app.ReadGate: no extra task or body stream per request.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders

from warta.serve.errors import SECURITY_HEADERS, error_response

LOOPBACK = frozenset({"127.0.0.1", "localhost", "[::1]"})


def host_name(value: str) -> str:
    """The name of a Host header without its port: 'localhost:8000' -> 'localhost', '[::1]:80' -> '[::1]'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.split(":", 1)[0]


class Guard:
    def __init__(self, app, allowed_hosts: frozenset[str] | set[str] = LOOPBACK) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.allowed = frozenset(host_name(h) for h in allowed_hosts if h != "*")
        self.headers = list(SECURITY_HEADERS.items())

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self.any_host:
            host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
            if host_name(host) not in self.allowed:
                shown = host[:100] or "(none)"
                response = error_response(400, f"Host {shown!r} is not served: this server answers only to "
                                               f"{', '.join(sorted(self.allowed))} (warta serve --allow-host NAME adds a name)")  # fmt: skip
                return await response(scope, receive, send)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in self.headers:
                    if k not in headers:  # a route may set its own (none does today)
                        headers.append(k, v)
            await send(message)

        await self.app(scope, receive, send_with_headers)
