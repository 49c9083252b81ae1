#!/usr/bin/env bash
# A throwaway ClamAV daemon (clamd) for the tests of malware scanning (docs/adr/0201). Sourced by scripts/test.sh:
#   clamav_install   installs Debian's clamav-daemon when clamd is missing (idempotent)
#   clamav_start     starts clamd unprivileged (as the current user; as root, as the clamav user the package
#                    creates, or nobody) in a temporary folder it owns, listening on a free TCP port of 127.0.0.1
#                    and on a unix socket, with one LOCAL signature (for the EICAR test file) and no download (no
#                    freshclam, no network); exports
#                      PANELCASEMANAGER_TEST_CLAMD         tcp://127.0.0.1:<port>
#                      PANELCASEMANAGER_TEST_CLAMD_SOCKET  unix:<folder>/clamd.sock
#   clamav_stop      stops it and removes the folder (scripts/test.sh calls it when it exits, whatever happens; should
#                    the script itself be killed outright, a watchdog stops clamd within a few seconds)
# The EICAR text is assembled here from pieces and written only as hex, so the repository never holds it verbatim.

clamav_install() {
  if command -v clamd >/dev/null 2>&1 || [ -x /usr/sbin/clamd ]; then
    return 0
  fi
  echo "Installing Debian's clamav-daemon for the malware-scanning tests..." >&2
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null
}

clamav_start() {
  local clamd
  clamd=$(command -v clamd 2>/dev/null || echo /usr/sbin/clamd)

  # Never as root: as root, run it as the clamav user (or nobody), in a folder under /tmp that user owns.
  local as_user=() run_as=""
  if [ "$(id -u)" -eq 0 ]; then
    if id clamav >/dev/null 2>&1; then run_as=clamav; else run_as=nobody; fi
    as_user=(setpriv "--reuid=$run_as" "--regid=$(id -g "$run_as")" --init-groups --inh-caps=-all --)
    CLAMAV_TEST_DIR=$(mktemp -d /tmp/panelcasemanager-clamd.XXXXXX)
    chown "$run_as:$(id -g "$run_as")" "$CLAMAV_TEST_DIR"
  else
    CLAMAV_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/panelcasemanager-clamd.XXXXXX")
  fi

  # The body of the EICAR test file's distinctive part, as ClamAV's hex signature; any file holding it is "infected".
  local hex
  hex=$(printf '%s' 'EICAR-STANDARD-' 'ANTIVIRUS-TEST-' 'FILE' | od -An -tx1 | tr -d ' \n')
  printf 'PanelCaseManager.Test.EICAR:0:*:%s\n' "$hex" > "$CLAMAV_TEST_DIR/test-signatures.ndb"
  if [ -n "$run_as" ]; then chown "$run_as" "$CLAMAV_TEST_DIR/test-signatures.ndb"; fi

  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    # Someone already answers there: try another.
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    cat > "$CLAMAV_TEST_DIR/clamd.conf" <<CONF
Foreground yes
DatabaseDirectory $CLAMAV_TEST_DIR
TemporaryDirectory $CLAMAV_TEST_DIR
LogFile $CLAMAV_TEST_DIR/clamd.log
TCPAddr 127.0.0.1
TCPSocket $port
LocalSocket $CLAMAV_TEST_DIR/clamd.sock
Bytecode no
StreamMaxLength 64M
MaxFileSize 64M
MaxScanSize 128M
CONF
    # setpriv execs clamd, so $! is clamd itself.
    "${as_user[@]}" "$clamd" --config-file="$CLAMAV_TEST_DIR/clamd.conf" >"$CLAMAV_TEST_DIR/clamd.out" 2>&1 &
    CLAMAV_TEST_PID=$!
    local waited
    for waited in $(seq 1 120); do
      if ! kill -0 "$CLAMAV_TEST_PID" 2>/dev/null; then break; fi
      if clamav_ping "$port"; then
        export PANELCASEMANAGER_TEST_CLAMD="tcp://127.0.0.1:$port"
        export PANELCASEMANAGER_TEST_CLAMD_SOCKET="unix:$CLAMAV_TEST_DIR/clamd.sock"
        echo "clamd for the tests: $PANELCASEMANAGER_TEST_CLAMD (as $(ps -o user= -p "$CLAMAV_TEST_PID"), in $CLAMAV_TEST_DIR)" >&2
        clamav_watch "$$" "$CLAMAV_TEST_PID" "$CLAMAV_TEST_DIR"
        return 0
      fi
      sleep 0.5
    done
    # It did not come up on this port (taken meanwhile, or slow): stop it and try again.
    kill "$CLAMAV_TEST_PID" 2>/dev/null || true
    wait "$CLAMAV_TEST_PID" 2>/dev/null || true
    CLAMAV_TEST_PID=
  done
  echo "clamd did not start; its output:" >&2
  cat "$CLAMAV_TEST_DIR/clamd.out" "$CLAMAV_TEST_DIR/clamd.log" >&2 2>/dev/null || true
  return 1
}

# True when clamd answers PONG on the port.
clamav_ping() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'zPING\0' >&3 && timeout 2 head -c 4 <&3) 2>/dev/null || true)
  [ "$reply" = "PONG" ]
}

# Stops clamd and removes its folder once the shell that started it is gone, even if that shell was killed outright
# (kill -9) and could not run clamav_stop.
clamav_watch() {
  local owner=$1 pid=$2 dir=$3
  (
    trap '' INT
    while kill -0 "$owner" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done
    kill "$pid" 2>/dev/null || true
    sleep 1
    rm -rf "$dir"
  ) </dev/null >/dev/null 2>&1 &
  CLAMAV_TEST_WATCHDOG=$!
}

clamav_stop() {
  if [ -n "${CLAMAV_TEST_WATCHDOG:-}" ]; then
    kill "$CLAMAV_TEST_WATCHDOG" 2>/dev/null || true
    wait "$CLAMAV_TEST_WATCHDOG" 2>/dev/null || true
    CLAMAV_TEST_WATCHDOG=
  fi
  if [ -n "${CLAMAV_TEST_PID:-}" ]; then
    kill "$CLAMAV_TEST_PID" 2>/dev/null || true
    wait "$CLAMAV_TEST_PID" 2>/dev/null || true
    CLAMAV_TEST_PID=
  fi
  if [ -n "${CLAMAV_TEST_DIR:-}" ] && [ -d "$CLAMAV_TEST_DIR" ]; then
    rm -rf "$CLAMAV_TEST_DIR"
  fi
}
