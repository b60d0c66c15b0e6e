#!/usr/bin/env bash
# Every test of the project, in the order that fails fastest: types, unit and integration
# tests, the shared conformance suites, then browser tests against built sites.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SIGNPOST_SHARED:-../shared}"

npx --no-install tsc --noEmit -p .
npx --no-install vitest run --project unit
node "$shared/conformance/run.mjs" --cases "$shared/conformance/docfx" --project .
node "$shared/conformance/run-import.mjs" --cases "$shared/conformance/import" --project .
npx --no-install vitest run --project e2e
