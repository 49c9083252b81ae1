#!/usr/bin/env bash
# Adds a migration with the same name for every provider (SQLite, SQL Server, PostgreSQL) from the one model, then
# regenerates the idempotent SQL scripts for DBAs. Usage: db-migrations/add-migration.sh AddPanelMeetings
set -euo pipefail
name=${1:?usage: db-migrations/add-migration.sh MigrationName}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project=db-migrations/PanelCaseManager.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
db-migrations/script-sql.sh
