"""One error shape for every 4xx and 5xx the server answers:

    {"error": {"status": 422, "message": "limit must be at most 1000, not '100000'", "detail": [...]}}

``message`` is one sentence a person can act on; ``detail`` is optional structure (for a bad
parameter: which one, where, and what was wrong). FastAPI's own answers (pydantic's list of
validation errors, Starlette's {"detail": ...}) are turned into this shape here, and the
OpenAPI document declares it for every route (4XX and 5XX), so clients and schema tests can
rely on it.
"""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.serve.filters import FilterError

log = logging.getLogger("warta.serve")


class ErrorInfo(BaseModel):
    status: int = Field(description="The HTTP status, repeated for clients that only keep the body.")
    message: str = Field(description="One sentence saying what was wrong and, where it can, what to send instead.")
    detail: Any = Field(None, description="Optional structure: for bad parameters, a list of {in, name, problem}.")


class ErrorResponse(BaseModel):
    """The body of every error answer."""

    error: ErrorInfo


# declared on every route of the app (FastAPI(responses=...)): replaces FastAPI's default 422 schema
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorResponse, "description": "A request the server will not answer: bad parameter, unknown path, no token, too large, too many exports."},
    "5XX": {"model": ErrorResponse, "description": "A fault of the server."},
}

# Sent on every response (warta.serve.guard adds them; error_response sets them too, because
# Starlette sends a 500 from outside every middleware).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}  # fmt: skip


def error_response(status: int, message: str, detail: Any = None, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def validation_message(errors: list[dict]) -> tuple[str, list[dict]]:
    """pydantic's validation errors as one sentence and a short list of {in, name, problem}."""
    problems = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ())]
        where, name = (loc[0], ".".join(loc[1:])) if len(loc) > 1 else ("request", ".".join(loc))
        problems.append({"in": where, "name": name or where, "problem": _problem(e)})
    message = "; ".join(f"{p['name']} {p['problem']}" for p in problems) or "the request is not valid"
    return message, problems


def _problem(e: dict) -> str:
    ctx, kind, value = e.get("ctx") or {}, e.get("type", ""), e.get("input")
    got = f", not {value!r}" if isinstance(value, str | int | float) and len(repr(value)) <= 60 else ""
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}{got}"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}{got}"
    if kind == "int_parsing":
        return f"must be a whole number{got}"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')}{got}"
    if kind == "missing":
        return "is required"
    msg = str(e.get("msg", "is not valid"))
    return msg[:1].lower() + msg[1:] + got


def install(app: FastAPI) -> None:
    """Every error the app raises answers in the one shape."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":  # Starlette's router: no route
            message = f"no such path: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, message, headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, problems = validation_message(list(exc.errors()))
        return error_response(422, message, problems)

    @app.exception_handler(FilterError)
    async def _bad_filter(request: Request, exc: FilterError) -> JSONResponse:
        return error_response(422, str(exc))

    @app.exception_handler(duckdb.Error)
    async def _db_error(request: Request, exc: duckdb.Error) -> JSONResponse:
        return error_response(422, f"the query could not run: {exc}")

    @app.exception_handler(Exception)
    async def _fault(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s %s", request.method, request.url.path)
        return error_response(500, "the server failed to answer this request (its log has the details)")
