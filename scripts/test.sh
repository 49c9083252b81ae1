#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first, idempotently, so it works on a fresh
# machine. Results go to TestResults/ as TRX, one file per test project.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

rm -rf TestResults
dotnet tool restore >/dev/null
dotnet test PanelCaseManager.sln --configuration Release --results-directory TestResults "$@"
