#!/usr/bin/env bash
# The services the tests need beside the code: PostgreSQL (the server database) and Azurite (the blob document store).
# Sourced by scripts/test.sh:  start_test_services DIR  exports PCM_TEST_SERVICES, PCM_TEST_POSTGRES, PCM_TEST_AZURITE;
# stop_test_services stops both and removes their data. Each service script also works alone (see its header).
test_services_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

start_test_services() {
  export PCM_TEST_SERVICES=$1
  bash "$test_services_dir/postgres.sh" start "$PCM_TEST_SERVICES"
  bash "$test_services_dir/azurite.sh" start "$PCM_TEST_SERVICES"
  set -a
  # shellcheck disable=SC1091
  . "$PCM_TEST_SERVICES/postgres.env"
  # shellcheck disable=SC1091
  . "$PCM_TEST_SERVICES/azurite.env"
  set +a
}

stop_test_services() {
  if [ -n "${PCM_TEST_SERVICES:-}" ] && [ -d "$PCM_TEST_SERVICES" ]; then
    bash "$test_services_dir/azurite.sh" stop "$PCM_TEST_SERVICES" || true
    bash "$test_services_dir/postgres.sh" stop "$PCM_TEST_SERVICES" || true
    rm -rf "$PCM_TEST_SERVICES"
  fi
}
