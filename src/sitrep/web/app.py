"""The HTTP API and the dashboard: ``create_app(Settings(db=...))`` gives an ASGI app (FastAPI).

    GET  /api/events           filtered, paged events (json, csv or geojson)
    GET  /api/events/{id}      one event with its claims, evidence, articles and the records it was merged from
    GET  /api/articles/{id}    one stored report
    GET  /api/stats            totals and daily counts by family, type, country and side
    GET  /api/health           the store's counts
    POST /api/reports          ingest a report (off unless Settings.ingest; bearer token SITREP_TOKEN)
    GET  /                     the dashboard (static files served from this package; nothing from elsewhere)

Every endpoint answers a bad request with a 4xx and ``{"error": "..."}`` naming the problem. The API
answers only clients on loopback unless ``Settings.public`` is set (or the client shows the token).

The store is used from the event loop's thread only (every endpoint is ``async``), which SQLite's
connection requires; reads take a few milliseconds thanks to ``sitrep.web.index.EventIndex``.
"""

from __future__ import annotations

import asyncio
import hmac
import io
import ipaddress
import json
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import anyio
import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from sitrep import __version__
from sitrep.read import ReadError, admit
from sitrep.read.limits import MAX_POST_BYTES
from sitrep.records import EVENT_TYPES, STATUSES, Article, Event
from sitrep.store import Store, open_store
from sitrep.store.filters import (
    FILTER_HELP,
    FILTER_NAMES,
    MAX_WORDS,
    EventFilter,
    FilterError,
    country_labels,
    parse_filter,
)
from sitrep.web.index import SORTS, EventIndex
from sitrep.web.schemas import COMPONENTS, DIMENSIONS, FAMILIES, ReportIn, errors, event_schema, ref

if TYPE_CHECKING:
    pass

STATIC = Path(__file__).parent / "static"
TYPE_NAMES = (*EVENT_TYPES, *FAMILIES)
MAX_LIMIT = 1000
SORT_NAMES = (*SORTS, *(f"-{c}" for c in SORTS))
MAX_OFFSET = 10**9
STATS_CACHE = 128  # answers of /api/stats kept until the store changes (the dashboard asks the same again)
FILTERS = FILTER_NAMES
_DIM = "(" + "|".join(DIMENSIONS) + ")"
DAILY_PATTERN = f"^({_DIM}(,{_DIM})*)?$"


@dataclass
class Settings:
    db: str | None = None  # store URL or path (default: $SITREP_DB or the user data folder)
    ingest: bool = False  # accept POST /api/reports
    token: str | None = None  # bearer token for POST /api/reports (and for reads from off this machine)
    public: bool = False  # answer clients that are not on loopback
    host: str = "127.0.0.1"  # the address served on: a Host header naming it is this server's
    extract_timeout: float = 120.0  # seconds a posted report may take to extract before the post is refused
    extract_workers: int = 1  # posted reports extracted at once, off the event loop (one pipeline, not thread-safe)


class ApiError(Exception):
    def __init__(self, status: int, message: str, problems: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.problems, self.headers = status, message, problems, headers


def _error(status: int, message: str, problems: list[dict[str, str]] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=status, headers=headers)


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _token_ok(given: str | None, token: str | None) -> bool:
    if not token or not given or not given.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(given[7:].strip().encode(), token.encode())


class LoopbackOnly:
    """Refuse clients off this machine unless the server is public or the client shows the token."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.settings.public:
            host = (scope.get("client") or ("", 0))[0]
            auth = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
            if not _loopback(host) and not _token_ok(auth, self.settings.token):
                await _error(403, f"this server answers only on this machine (loopback); {host or 'the client'} is "
                                  "not. Start it with --public, or send the bearer token")(scope, receive, send)
                return
        await self.app(scope, receive, send)


LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
SECURITY_HEADERS = [
    # the dashboard loads only its own files; nothing may frame it (clickjacking) or guess its types
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                 b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def host_name(header: str) -> str:
    """The name in a Host header, without its port: "127.0.0.1:8000" -> "127.0.0.1", "[::1]:80" -> "::1"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Hardened:
    """Every response carries the security headers; on loopback, a request must name this server in its
    Host header ("Host: attacker.example" is a DNS-rebinding page talking to it through the browser)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app, self.settings = app, settings
        self.hosts = {*LOOPBACK_NAMES, host_name(settings.host)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_hardened(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if not self.settings.public:
            given = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if host_name(given) not in self.hosts:
                await _error(421, f"Host {given!r} is not this server; a page that renamed it to reach a server on "
                                  "this machine is refused (use localhost or 127.0.0.1)")(scope, receive, send_hardened)
                return
        await self.app(scope, receive, send_hardened)


def known(*names: str) -> Any:
    """A dependency that refuses query parameters the endpoint does not know."""

    def check(request: Request) -> None:
        unknown = sorted(set(request.query_params) - set(names))
        if unknown:
            raise ApiError(400, f"unknown parameter {unknown[0]!r}; this endpoint takes: {', '.join(names) or 'none'}",
                           [{"parameter": u, "message": "unknown parameter"} for u in unknown])

    return Depends(check)


def _day(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)",
                       [{"parameter": name, "message": "not a date"}]) from None


def _filter_query(name: str, description: str, **extra: Any) -> Any:
    return Query(None, alias=name, description=description, **extra)


# The filters' query parameters, shared by /api/events, /api/map and /api/stats (their OpenAPI
# descriptions come from here; their values are read and checked by ``event_filter``).
FILTER_QUERIES: dict[str, Any] = {
    "since": _filter_query("since", FILTER_HELP["since"], json_schema_extra={"format": "date"}),
    "until": _filter_query("until", FILTER_HELP["until"], json_schema_extra={"format": "date"}),
    "type": _filter_query("type", FILTER_HELP["type"], json_schema_extra={"enum": list(TYPE_NAMES)}),
    "status": _filter_query("status", FILTER_HELP["status"], json_schema_extra={"enum": list(STATUSES)}),
    "country": _filter_query("country", FILTER_HELP["country"], json_schema_extra={"enum": country_labels()}),
    "admin1": _filter_query("admin1", FILTER_HELP["admin1"], json_schema_extra={"pattern": r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"}),
    # words: at least one that is not a space (and no unit separator, which the index joins names with)
    **{name: _filter_query(name, FILTER_HELP[name], json_schema_extra={"maxLength": MAX_WORDS,
                                                                       "pattern": r"^[^\x1f]*[^\s\x1f][^\x1f]*$"})
       for name in ("actor", "claimant", "text")},
}


def filter_params(since: str | None = FILTER_QUERIES["since"], until: str | None = FILTER_QUERIES["until"],
                  type: str | None = FILTER_QUERIES["type"], status: str | None = FILTER_QUERIES["status"],
                  country: str | None = FILTER_QUERIES["country"], admin1: str | None = FILTER_QUERIES["admin1"],
                  actor: str | None = FILTER_QUERIES["actor"], claimant: str | None = FILTER_QUERIES["claimant"],
                  text: str | None = FILTER_QUERIES["text"]) -> EventFilter:
    """The one filter set (``sitrep.store.filters``) from the query string: a bad value is a 422 that names
    it and says what is accepted, as `sitrep events` says it."""
    try:
        return parse_filter(since=since, until=until, type=type, status=status, country=country, admin1=admin1,
                            actor=actor, claimant=claimant, text=text)
    except FilterError as exc:
        raise ApiError(422, str(exc), [{"parameter": exc.name, "message": str(exc).split(": ", 1)[1]}]) from None


FILTER = Depends(filter_params)


def _article_meta(a: Article) -> dict[str, Any]:
    return {"id": a.id, "published": a.published.isoformat(), "title": a.title, "outlet": a.outlet, "url": a.url,
            "source": a.source}


def create_app(settings: Settings | None = None, *, store: Store | None = None,
               extractor: Callable[[Article], list[Event]] | None = None) -> FastAPI:
    """The app over ``settings.db`` (or an open ``store``, which the app then leaves open). ``extractor``
    turns a posted report into records (default: sitrep's pipeline, loaded on the first post)."""
    cfg = settings or Settings()
    app = FastAPI(title="sitrep", version=__version__, lifespan=_lifespan(cfg, store), docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json",
                  description="Event records read from news reports about wars and crises: what happened, where, "
                              "when, who did it to whom, how many, and who says so.")
    app.state.settings = cfg
    app.state.extract = extractor or _default_extract
    app.add_middleware(LoopbackOnly, settings=cfg)
    app.add_middleware(Hardened, settings=cfg)  # added last, so it runs first: every answer gets its headers
    for error, handler in ERROR_HANDLERS:
        app.add_exception_handler(error, handler)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _lifespan(cfg: Settings, store: Store | None) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the store (unless one was given) and build its index before the first request."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        st = store if store is not None else open_store(cfg.db)
        app.state.store = st
        app.state.index = EventIndex(st)
        app.state.index.facts  # noqa: B018 - build the index before the first request
        app.state.stats_cache = OrderedDict()
        app.state.stats_generation = -1
        app.state.extract_limiter = anyio.CapacityLimiter(max(1, cfg.extract_workers))
        try:
            yield
        finally:
            if store is None:
                st.close()

    return lifespan


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with the record's own schema and the answers' schemas as components."""
    if app.openapi_schema is None:
        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schemas = doc.setdefault("components", {}).setdefault("schemas", {})
        schemas.update({"Event": event_schema(), "ReportIn": ReportIn.model_json_schema(), **COMPONENTS})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = doc
    return app.openapi_schema


# -- errors: every refusal is a 4xx with {"error": ...} naming the problem ---------------------
async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return _error(exc.status, exc.message, exc.problems, exc.headers)


async def _invalid(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [{"parameter": str(e["loc"][-1]) if e.get("loc") else "?", "message": str(e.get("msg"))}
                for e in exc.errors()]
    text = "; ".join(f"{p['parameter']}: {p['message']}" for p in problems)
    return _error(422, text or "invalid request", problems)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = f"{request.url.path}: no such page" if exc.status_code == 404 else str(exc.detail)
    if exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    return _error(exc.status_code, message, headers=getattr(exc, "headers", None))


ERROR_HANDLERS: tuple[tuple[type[Exception], Callable[[Request, Exception], Any]], ...] = (
    (ApiError, _api_error),
    (RequestValidationError, _invalid),
    (StarletteHTTPException, _http_error),
)


def _index(request: Request) -> EventIndex:
    return request.app.state.index


def _store(request: Request) -> Store:
    return request.app.state.store


def _settings(request: Request) -> Settings:
    return request.app.state.settings


# -- /api/events -------------------------------------------------------------------------------
events_api = APIRouter()


@events_api.get("/api/events", summary="Events that pass the filters, one page of them",
                dependencies=[known(*FILTERS, "limit", "offset", "order", "sort", "format")],
                responses={200: {"description": "One page of events", "content": {
                    "application/json": {"schema": ref("EventPage")},
                    "text/csv": {"schema": {"type": "string"}},
                    "application/geo+json": {"schema": ref("FeatureCollection")}}}, **errors(400, 422)})
async def list_events(request: Request, f: EventFilter = FILTER,
                      limit: int = Query(100, ge=1, le=MAX_LIMIT, description="Events per page."),
                      offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Events to skip; past the end "
                                                                               "gives an empty page."),
                      order: Literal["oldest", "newest"] = Query("oldest", description="By date, then id."),
                      sort: str | None = Query(None, description="Order by a column instead (the table's): "
                                               "-killed is the most killed first; ties by date.",
                                               json_schema_extra={"enum": list(SORT_NAMES)}),
                      format: Literal["json", "csv", "geojson"] = Query("json")) -> Response:
    if sort is not None and sort not in SORT_NAMES:
        raise ApiError(422, f"sort: {sort!r} is not a column to sort by; columns: {', '.join(SORT_NAMES)}",
                       [{"parameter": "sort", "message": "unknown column"}])
    if sort is None:
        total, ids = _index(request).page(f, limit=limit, offset=offset, newest_first=order == "newest")
    else:
        total, ids = _index(request).sorted_page(f, sort=sort, limit=limit, offset=offset)
    if format == "json":
        return _page_json(_store(request), ids, total, limit, offset)
    if format == "csv":
        return _page_csv(_index(request), ids, total)
    return _page_geojson(_store(request), ids, total)


def _page_json(st: Store, ids: list[str], total: int, limit: int, offset: int) -> Response:
    """The page as the stored records' own JSON, not parsed and written again."""
    body = f'{{"total":{total},"limit":{limit},"offset":{offset},"events":[' + ",".join(st.events_json(ids)) + "]}"
    return Response(body, media_type="application/json")


def _page_csv(index: EventIndex, ids: list[str], total: int) -> Response:
    from sitrep.export.table import write_csv

    buf = io.StringIO()
    write_csv(index.events(ids), buf)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers={"X-Total-Count": str(total)})


def _page_geojson(st: Store, ids: list[str], total: int) -> Response:
    from sitrep.export.geojson import feature_of_record

    features = [feature_of_record(json.loads(raw)) for raw in st.events_json(ids)]
    return JSONResponse({"type": "FeatureCollection", "features": features, "total": total},
                        media_type="application/geo+json")


@events_api.get("/api/events/{event_id}", summary="One event with its claims, evidence, articles and records",
                dependencies=[known()],
                responses={200: {"content": {"application/json": {"schema": ref("EventDetail")}}},
                           **errors(400, 404)})
async def get_event(request: Request, event_id: str = PathParam(max_length=200)) -> JSONResponse:
    st = _store(request)
    try:
        shown = st.explain_event(event_id)
    except KeyError:
        raise ApiError(404, f"{event_id}: no such event") from None
    arts = [a for a in (st.article(aid) for aid in shown["event"]["articles"]) if a is not None]
    # an id merged into another event answers with that event (200, not a redirect): `redirected_from`
    # is the id asked for, `aliases` every old id of the event
    return JSONResponse({"event": shown["event"], "figures": shown["figures"], "records": shown["records"],
                         "articles": [_article_meta(a) for a in arts], "pairs": shown["pairs"],
                         "aliases": shown["aliases"], "redirected_from": shown["redirected_from"]})


# -- /api/map: every placed event in the filter, grouped by place when there are many ------------
map_api = APIRouter()
BBOX = r"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"


@map_api.get("/api/map", summary="The placed events that pass the filters, for the map: each one, or grouped "
                                 "by rounded coordinates when there are more than `most`",
             dependencies=[known(*FILTERS, "measure", "bbox", "most")],
             responses={200: {"content": {"application/json": {"schema": ref("MapPoints")}}}, **errors(400, 422)})
async def map_points(request: Request, f: EventFilter = FILTER,
                     measure: Literal["killed", "injured", "largest"] = Query(
                         "killed", description="What a symbol's size and colour show: killed, injured, or the "
                                               "largest count the event gives."),
                     bbox: str | None = Query(None, pattern=BBOX, description="west,south,east,north in degrees: "
                                                                              "only events within."),
                     most: int = Query(3000, ge=1, le=20000, description="Events drawn one by one at most; more "
                                                                         "are grouped.")) -> JSONResponse:
    return JSONResponse(_index(request).map_points(f, measure=measure, bbox=_bbox(bbox), most=most))


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise ApiError(422, f"bbox: {value!r} is not west,south,east,north in degrees") from None
    if not (-90 <= south <= north <= 90):
        raise ApiError(422, f"bbox: {value!r}: south and north must be latitudes, south first",
                       [{"parameter": "bbox", "message": "not a box"}])
    return west, south, east, north


# -- /api/export: the whole filter as a file -----------------------------------------------------
export_api = APIRouter()
EXPORTS = {"csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson"),
           "acled-csv": ("text/csv; charset=utf-8", "csv")}


@export_api.get("/api/export", summary="Every event that passes the filters, as a file to download",
                dependencies=[known(*FILTERS, "format")],
                responses={200: {"content": {"text/csv": {"schema": {"type": "string"}},
                                             "application/geo+json": {"schema": ref("FeatureCollection")}}},
                           **errors(400, 422)})
async def export_events(request: Request, f: EventFilter = FILTER,
                        format: Literal["csv", "geojson", "acled-csv"] = Query(
                            "csv", description="csv: sitrep's flat table; geojson: points with every field; "
                                               "acled-csv: ACLED's columns and event types.")) -> Response:
    ix, st = _index(request), _store(request)
    _, ids = ix.page(f, limit=len(ix.facts) or 1)
    buf = io.StringIO()
    _write_export(format, ix.events(ids), buf, st)
    media, ext = EXPORTS[format]
    name = f"sitrep-events{'-acled' if format == 'acled-csv' else ''}.{ext}"
    return Response(buf.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "X-Total-Count": str(len(ids))})


def _write_export(fmt: str, events: list[Event], out: io.StringIO, st: Store) -> None:
    if fmt == "csv":
        from sitrep.export.table import write_csv

        write_csv(events, out)
    elif fmt == "geojson":
        from sitrep.export.geojson import write_geojson

        write_geojson(events, out)
    else:
        from sitrep.export.acled import write_acled

        write_acled(events, out, st.article)


# -- /api/articles -----------------------------------------------------------------------------
articles_api = APIRouter()


@articles_api.get("/api/articles/{article_id}", summary="One stored report: its text and what is known about it",
                  dependencies=[known()],
                  responses={200: {"content": {"application/json": {"schema": ref("Article")}}},
                             **errors(400, 404)})
async def get_article(request: Request, article_id: str = PathParam(max_length=200)) -> JSONResponse:
    st = _store(request)
    a = st.article(article_id)
    if a is None:
        raise ApiError(404, f"{article_id}: no such article")
    return JSONResponse({**_article_meta(a), "text": a.text, "events": st.article_events(article_id)})


# -- /api/stats ------------------------------------------------------------------------------
stats_api = APIRouter()


@stats_api.get("/api/stats", summary="Totals and daily counts by family, type, country and side",
               dependencies=[known(*FILTERS, "daily")],
               responses={200: {"content": {"application/json": {"schema": ref("Stats")}}}, **errors(400, 422)})
async def get_stats(request: Request, f: EventFilter = FILTER,
                    daily: str = Query("family,side", pattern=DAILY_PATTERN,
                                       description="Comma-separated breakdowns of the daily counts, from "
                                                   "family, type, country, side.")) -> Response:
    dims = tuple(dict.fromkeys(d for d in daily.split(",") if d))
    return Response(_cached_stats(request, f, dims), media_type="application/json")


def _cached_stats(request: Request, f: EventFilter, dims: tuple[str, ...]) -> bytes:
    """The stats answer, kept (the STATS_CACHE last asked) until the store changes."""
    ix = _index(request)
    cache: OrderedDict[Any, bytes] = request.app.state.stats_cache
    if request.app.state.stats_generation != ix.generation:  # the store changed: forget the old answers
        cache.clear()
        request.app.state.stats_generation = ix.generation
    key = (f, dims)
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = bytes(JSONResponse(ix.stats(f, daily=dims)).body)
        while len(cache) > STATS_CACHE:
            cache.popitem(last=False)
    return cache[key]


# -- /api/health -------------------------------------------------------------------------------
health_api = APIRouter()


@health_api.get("/api/health", summary="Whether the server is up, and what its store holds", dependencies=[known()],
               responses={200: {"content": {"application/json": {"schema": ref("Health")}}}, **errors(400)})
async def health(request: Request) -> JSONResponse:
    st = _store(request)
    return JSONResponse({"status": "ok", "version": __version__, "schema_version": st.schema_version,
                         "events": len(_index(request).facts), "articles": st.count_articles(),
                         "ingest": _settings(request).ingest})


# -- POST /api/reports -------------------------------------------------------------------------
reports_api = APIRouter()


@reports_api.post("/api/reports", summary="Ingest one report (off unless the server was started with --ingest)",
                  status_code=201, dependencies=[known()],
                  responses={201: {"description": "Stored", "content": {
                      "application/json": {"schema": ref("IngestResult")}}},
                             200: {"description": "Stored before", "content": {
                                 "application/json": {"schema": ref("IngestResult")}}},
                             **errors(400, 401, 403, 413, 422, 503)},
                  openapi_extra={"requestBody": {"required": True, "content": {
                      "application/json": {"schema": ref("ReportIn")}}}})
async def post_report(request: Request) -> JSONResponse:
    _check_may_post(request)  # before a byte of the body is read
    article = _posted_article(await _report_in(request))
    records = await _extracted(request, article)
    st = _store(request)
    added = st.add_article(article, records)
    return JSONResponse({"article": article.id, "added": added, "records": len(records),
                         "events": st.article_events(article.id)}, status_code=201 if added else 200)


def _check_may_post(request: Request) -> None:
    """Posting needs ingest on and the bearer token."""
    cfg = _settings(request)
    if not cfg.ingest:
        raise ApiError(403, "ingest is off: start sitrep serve with --ingest (and SITREP_TOKEN set) to post reports")
    if not _token_ok(request.headers.get("authorization"), cfg.token):
        raise ApiError(401, "a bearer token is needed: Authorization: Bearer $SITREP_TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})


async def _body(request: Request) -> bytes:
    """The body, read only up to ``MAX_POST_BYTES``: a larger one is refused as it comes, not held."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_POST_BYTES:
        raise ApiError(413, f"body of {int(declared):,} bytes: the limit is {MAX_POST_BYTES:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_POST_BYTES:
            raise ApiError(413, f"body over {MAX_POST_BYTES:,} bytes: the limit is {MAX_POST_BYTES:,}")
        chunks.append(chunk)
    return b"".join(chunks)


async def _report_in(request: Request) -> ReportIn:
    """The posted report, checked against ``ReportIn`` (a 422 names each field that is wrong)."""
    body = await _body(request)
    try:
        return ReportIn.model_validate_json(body)
    except ValidationError as exc:
        problems = [{"parameter": str(e["loc"][-1]) if e.get("loc") else "body", "message": str(e.get("msg"))}
                    for e in exc.errors(include_url=False)]
        raise ApiError(422, "; ".join(f"{p['parameter']}: {p['message']}" for p in problems) or "invalid body",
                       problems) from None


async def _extracted(request: Request, article: Article) -> list[Event]:
    """The report's records, extracted in a worker thread (the API keeps answering meanwhile), at most
    ``extract_workers`` at once, within ``extract_timeout`` seconds."""
    cfg = _settings(request)
    limiter = request.app.state.extract_limiter
    work = asyncio.ensure_future(anyio.to_thread.run_sync(request.app.state.extract, article, limiter=limiter))
    try:
        return await asyncio.wait_for(asyncio.shield(work), cfg.extract_timeout)
    except TimeoutError:
        raise ApiError(503, f"text: extraction took longer than {cfg.extract_timeout:g} s; the report was not "
                            "stored (split it, or post it again later)", headers={"Retry-After": "60"}) from None
    except Exception as exc:  # a report the pipeline cannot read is the client's to mend
        raise ApiError(422, f"text: extraction failed: {type(exc).__name__}: {exc}") from None


def _posted_article(report: ReportIn) -> Article:
    published = _day("published", report.published)
    assert published is not None
    article = admit(Article(text=report.text, published=date.fromisoformat(published), title=report.title,
                            outlet=report.outlet, url=report.url, source=report.url or "POST /api/reports"))
    if isinstance(article, ReadError):  # the input gate every path goes through
        raise ApiError(422, article.reason)
    return article


def _default_extract(article: Article) -> list[Event]:
    """sitrep's pipeline, loaded on the first post and shared with the rest of the process."""
    from sitrep.nlp.pipeline import default_extractor

    return default_extractor().extract(article)


# -- the dashboard -----------------------------------------------------------------------------
dashboard_page = APIRouter()


@dashboard_page.get("/", include_in_schema=False)
async def dashboard() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


ROUTERS = (events_api, map_api, export_api, articles_api, stats_api, health_api, reports_api, dashboard_page)
