#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first, idempotently, so it works on a fresh
# machine. Results go to TestResults/ as TRX, one file per test project and run (the application and web suites run
# on SQLite and again on PostgreSQL).
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

# PostgreSQL and Azurite (scripts/test-services), stopped however this script ends.
. scripts/test-services/services.sh
trap 'kill $(jobs -p) 2>/dev/null || true; stop_test_services' EXIT
start_test_services "$(mktemp -d)"

rm -rf TestResults
mkdir -p TestResults
dotnet tool restore >/dev/null
started=$SECONDS
dotnet build PanelCaseManager.sln --configuration Release
status=0

# The application and web suites once more on PostgreSQL, in processes of their own beside the SQLite run, each
# writing its own TRX file.
postgres_runs=()
for suite in Application Web; do
  PCM_TEST_PROVIDER=PostgreSql dotnet test "tests/PanelCaseManager.$suite.Tests" --configuration Release --no-build \
    --results-directory TestResults --logger "trx;LogFileName=PanelCaseManager.$suite.Tests.PostgreSql.trx" \
    >"TestResults/PanelCaseManager.$suite.Tests.PostgreSql.log" 2>&1 &
  postgres_runs+=("$suite:$!")
done

# Every suite on SQLite; the two-instance tests wait until the machine is quieter.
dotnet test PanelCaseManager.sln --configuration Release --no-build --results-directory TestResults --filter "TestCategory!=Cluster" "$@" || status=1

for run in "${postgres_runs[@]}"; do
  suite=${run%%:*}
  if ! wait "${run##*:}"; then status=1; fi
  echo "--- $suite tests on PostgreSQL (TestResults/PanelCaseManager.$suite.Tests.PostgreSql.log):"
  grep -E '^(Passed!|Failed!)|^  Failed ' "TestResults/PanelCaseManager.$suite.Tests.PostgreSql.log" || tail -n 20 "TestResults/PanelCaseManager.$suite.Tests.PostgreSql.log"
done

# Two app instances on PostgreSQL and Azurite, with faults injected (tests/PanelCaseManager.Cluster.Tests).
dotnet test tests/PanelCaseManager.Cluster.Tests --configuration Release --no-build --results-directory TestResults \
  --filter "TestCategory=Cluster" --logger "trx;LogFileName=PanelCaseManager.Cluster.Tests.TwoInstances.trx" || status=1

echo "All tests took $((SECONDS - started)) s (build included)."
exit "$status"
