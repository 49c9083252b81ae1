#!/usr/bin/env bash
# Writes db-migrations/sqlserver/PanelCaseManager.sql: every migration as one idempotent script that a DBA can
# review and run. A test fails when this file is out of date with the migrations.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
project=db-migrations/PanelCaseManager.Migrations.SqlServer
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" --output db-migrations/sqlserver/PanelCaseManager.sql
