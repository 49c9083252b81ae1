#!/usr/bin/env bash
# Writes the idempotent SQL scripts a DBA can review and run, one per server database:
#   db-migrations/sqlserver/PanelCaseManager.sql and db-migrations/postgresql/PanelCaseManager.sql.
# A test fails when either is out of date with its migrations.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for pair in SqlServer:sqlserver PostgreSql:postgresql; do
  provider=${pair%%:*}
  folder=${pair##*:}
  project=db-migrations/PanelCaseManager.Migrations.$provider
  dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" --output "db-migrations/$folder/PanelCaseManager.sql"
done
