#!/usr/bin/env bash
# Azurite, the Azure Storage emulator (blob service only), for the tests of the blob document store: installed from
# npm into scripts/test-services/azurite/node_modules (pinned by its package-lock.json), started on a free port on
# 127.0.0.1 with its data in a temporary folder.
#
#   scripts/test-services/azurite.sh start STATE_DIR    writes STATE_DIR/azurite.env (PCM_TEST_AZURITE=<connection string>)
#   scripts/test-services/azurite.sh pause STATE_DIR    stop the emulator, keeping its data (a fault the tests inject)
#   scripts/test-services/azurite.sh resume STATE_DIR   start it again on the same port
#   scripts/test-services/azurite.sh stop STATE_DIR     stop it and remove its data
set -euo pipefail
action=${1:?usage: azurite.sh start|pause|resume|stop STATE_DIR}
state=${2:?usage: azurite.sh start|pause|resume|stop STATE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
package=$here/azurite
# The emulator's well-known development account (published with it; not a secret of anyone's).
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

install() {
  if [ -x "$package/node_modules/.bin/azurite-blob" ]; then return; fi
  echo "Installing Azurite for the tests..." >&2
  (cd "$package" && npm ci --loglevel=error >/dev/null)
}

# Starts the emulator on the given port (0: any free one) and waits until it says where it listens.
launch() {
  local port=$1 dir
  dir=$(cat "$state/azurite.dir")
  : >"$dir/azurite.log"
  setsid "$package/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$port" --location "$dir/data" \
    --loose --skipApiVersionCheck --disableProductStyleUrl >>"$dir/azurite.log" 2>&1 </dev/null &
  echo $! >"$state/azurite.pid"
  for _ in $(seq 1 150); do
    if grep -q 'successfully listens on' "$dir/azurite.log"; then
      sed -n 's/.*successfully listens on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$dir/azurite.log" | head -n 1 >"$state/azurite.port"
      return 0
    fi
    if ! kill -0 "$(cat "$state/azurite.pid")" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "Azurite did not start; see $dir/azurite.log" >&2
  cat "$dir/azurite.log" >&2
  return 1
}

halt() {
  if [ -f "$state/azurite.pid" ]; then
    local pid
    pid=$(cat "$state/azurite.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$state/azurite.pid"
  fi
}

case "$action" in
  start)
    install
    mkdir -p "$state"
    dir=$(mktemp -d "${TMPDIR:-/tmp}/pcm-azurite.XXXXXX")
    mkdir -p "$dir/data"
    echo "$dir" >"$state/azurite.dir"
    launch 0
    port=$(cat "$state/azurite.port")
    echo "PCM_TEST_AZURITE='DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/$account;'" >"$state/azurite.env"
    echo "Azurite (blob) for the tests on 127.0.0.1:$port (data in $dir)" >&2
    ;;
  pause)
    halt
    ;;
  resume)
    launch "$(cat "$state/azurite.port")"
    ;;
  stop)
    halt
    if [ -f "$state/azurite.dir" ]; then rm -rf "$(cat "$state/azurite.dir")"; fi
    rm -f "$state/azurite.dir" "$state/azurite.port" "$state/azurite.env"
    ;;
  *)
    echo "usage: azurite.sh start|pause|resume|stop STATE_DIR" >&2
    exit 2
    ;;
esac
