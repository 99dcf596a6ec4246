#!/usr/bin/env bash
# Starts the built app on a fresh embedded PGlite folder, checks the dashboard serves
# demo data, restarts it and checks the same figures are served (nothing duplicated).
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
export PGLITE_DIR="$(mktemp -d)/pglite" PORT=3210 HOST=127.0.0.1
log="$(mktemp)"

start_and_fetch() {
  node scripts/start.mjs >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if grep -q "Bảng điều khiển đang chạy tại" "$log" && curl -fsS "http://127.0.0.1:$PORT/" -o /tmp/ktt-page.html 2>/dev/null; then
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "the app exited"; exit 1; fi
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$PORT/" -o /tmp/ktt-page.html
  curl -fsS "http://127.0.0.1:$PORT/to-chuc" -o /tmp/ktt-orgs.html
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -q "Dữ liệu minh họa" /tmp/ktt-page.html || { echo "no demo banner"; exit 1; }
  grep -o 'data-testid="org-total"[^<]*<' /tmp/ktt-orgs.html | head -n1
}

first=$(start_and_fetch)
grep -q "Bảng điều khiển đang chạy tại: http://127.0.0.1:$PORT" "$log" || { cat "$log"; echo "no URL printed"; exit 1; }
second=$(start_and_fetch)
echo "first start:  $first"
echo "second start: $second"
[ -n "$first" ] && [ "$first" = "$second" ] || { echo "figures changed across a restart"; exit 1; }
rm -rf "$(dirname "$PGLITE_DIR")"
echo "embedded database: ok"
