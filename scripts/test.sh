#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first, idempotently, so it works on a fresh
# machine. Results go to TestResults/ as TRX, one file per test project.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Servers the tests talk to are started below and stopped when this script ends, however it ends.
stop_services=()
stop_all_services() { local stop; for stop in "${stop_services[@]}"; do "$stop" || true; done; }
trap stop_all_services EXIT
# Interrupted or terminated: exit, so that the EXIT trap above stops the services.
trap 'exit 130' INT
trap 'exit 143' TERM

# --- ClamAV: a throwaway clamd for the malware-scanning tests (scripts/test-services/clamav.sh) ----------------------
# shellcheck source=test-services/clamav.sh
source "$root/scripts/test-services/clamav.sh"
clamav_install
stop_services+=(clamav_stop)
clamav_start
# --- end of ClamAV ----------------------------------------------------------------------------------------------------

# Test hosts take no inotify instance: they do not watch appsettings*.json, and they poll the web root rather than
# watch it. Each watcher holds an instance while its host lives, and with many hosts in parallel a machine with the
# default limit (128 per user) runs out. The test projects set the same themselves (TestHostSettings), for runs
# without this script.
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true

rm -rf TestResults
dotnet tool restore >/dev/null
dotnet test PanelCaseManager.sln --configuration Release --results-directory TestResults "$@"
