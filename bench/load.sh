#!/bin/sh
# Load test: gunicorn in production mode on PostgreSQL with the demo data, then wrk over the
# main public pages (bench/pages.lua) and a summary: requests/s, latency percentiles, errors.
#
#   DATABASE_URL=postgresql://portal:portal@127.0.0.1:5432/portal bench/load.sh
#
# DURATION (60s), CONNECTIONS (50), THREADS (2) and PORT (8099) can be set the same way.
# wrk counts a request unanswered after 10 s as a timeout (its own default is 2 s).
# Needs wrk (Debian: apt-get install wrk) and `make install`. The database gets the demo
# data (load_demo_data adds what is missing and changes nothing else): use a test database.
set -eu
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database, e.g. postgresql://portal:portal@127.0.0.1:5432/portal}"
case "$DATABASE_URL" in postgres*) ;; *) echo "bench/load.sh measures PostgreSQL: DATABASE_URL must be postgresql://..." >&2; exit 1 ;; esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PORT=${PORT:-8099}
PY=.venv/bin/python

work=$(mktemp -d)
# Production mode (debug off) on plain http: wrk speaks to gunicorn directly, without TLS.
export DATABASE_URL DJANGO_HTTPS=0 DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_STATIC_ROOT="$work/static"
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}"

$PY manage.py collectstatic --no-input --verbosity 0
$PY manage.py migrate --no-input --verbosity 0
$PY manage.py load_demo_data

GUNICORN_BIND="127.0.0.1:$PORT" $PY -m gunicorn -c gunicorn.conf.py >"$work/gunicorn.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT INT TERM

for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/healthz"; echo

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency -s bench/pages.lua http://127.0.0.1:$PORT"
echo "gunicorn: $($PY -c 'import os; print(min(2 * (os.cpu_count() or 1) + 1, 12))') workers (WEB_CONCURRENCY=${WEB_CONCURRENCY:-default}) on $(nproc) cores"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/pages.lua "http://127.0.0.1:$PORT"
echo "server log lines: $(wc -l <"$work/gunicorn.log"), errors: $(grep -c '"level": "ERROR"' "$work/gunicorn.log" || true)"
