"""``sitrep serve``: the HTTP API and the dashboard."""

from __future__ import annotations

import os

import click

from sitrep.cli.stores import create_option


@click.command()
@click.option("--db", help="The store to serve (default: $SITREP_DB or the user data folder). It must exist, "
                           "unless --ingest --create (or --ingest on the default store): then a missing file "
                           "is made, and said so.")
@create_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback also needs --public for the API to answer there.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--ingest", is_flag=True,
              help="Accept reports posted to /api/reports. Needs SITREP_TOKEN in the environment: posts must carry "
                   "it as 'Authorization: Bearer <token>'.")
@click.option("--public", is_flag=True,
              help="Answer clients that are not on this machine (by default the API and the page answer loopback "
                   "only, and others that show the token).")
def serve(db: str | None, create: bool, host: str, port: int, ingest: bool, public: bool) -> None:
    """Serve the store over HTTP: the dashboard at / (timeline, map, table, event pages; it loads nothing from
    the internet) and the JSON API under /api (events, stats, articles, health; OpenAPI document at
    /api/openapi.json). Stop with Ctrl-C."""
    import uvicorn

    from sitrep.web.app import Settings, create_app

    token = os.environ.get("SITREP_TOKEN") or None
    if create and not ingest:
        raise click.UsageError("--create needs --ingest (a store served read-only is never made: it would be empty)")
    if ingest and not token:
        raise click.UsageError("--ingest needs SITREP_TOKEN set in the environment (the token posts must carry)")
    if not public and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"sitrep: listening on {host}, but only clients on this machine (and those that send "
                   "SITREP_TOKEN as a bearer token) are answered; add --public to answer everyone", err=True)
    from sitrep.cli.stores import reading_store, writing_store

    # a store that cannot be opened is a message here (StoreError), not a traceback later; one that is not
    # there is made only for --ingest --create (a dashboard of a mistyped path would show an empty store)
    store = writing_store(db, create=create) if ingest else reading_store(db)
    try:
        app = create_app(Settings(db=db, ingest=ingest, token=token, public=public, host=host), store=store)
        click.echo(f"sitrep: serving on http://{host}:{port}/  (API under /api, Ctrl-C stops)", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
