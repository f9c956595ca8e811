#!/usr/bin/env bash
# The whole suite, as `npm test` runs it, in two passes:
#   1. unit, standalone and int files two at a time (each file has its own database, port and
#      SQLite file, so files do not meet); the wall time of a CI run nearly halves on two cores;
#   2. reliability and e2e one file at a time: they load the machine on purpose (hundreds of
#      concurrent requests, killed processes, a production build) and must not share it.
# Arguments are passed to one jest run in band: `npm test -- tests/int/api.test.ts`.
set -uo pipefail
export NODE_OPTIONS="--experimental-vm-modules --no-warnings"
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  exec npx jest --runInBand "$@"
fi

npx jest --selectProjects unit standalone int --maxWorkers=2
first=$?
# The browser files share one development build directory: the second reuses the first's
# compiled admin (webpack's cache) instead of compiling it again for minutes.
if [ -z "${LOA_E2E_BUILD_DIR:-}" ]; then
  export LOA_E2E_BUILD_DIR=".next-test/shared-$$"
  mkdir -p "$LOA_E2E_BUILD_DIR"
  printf '{\n  "extends": "../../tsconfig.json"\n}\n' > "$LOA_E2E_BUILD_DIR/tsconfig.json"
  trap 'rm -rf "$LOA_E2E_BUILD_DIR"' EXIT
fi
npx jest --runInBand --selectProjects reliability e2e
second=$?
echo "[tests] unit, standalone and int: exit ${first}; reliability and e2e: exit ${second}"
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
