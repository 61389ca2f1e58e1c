#!/usr/bin/env bash
# The rules library must not depend on the process time zone: run the whole suite under two zones,
# and compare a fingerprint of computed results between them (see src/determinism.spec.ts).
set -euo pipefail
cd "$(dirname "$0")/../../.."
for tz in UTC America/New_York; do
  echo "== @haven/rules under TZ=$tz"
  TZ="$tz" RULES_FINGERPRINT_FILE="tmp/rules-fingerprint-${tz//\//_}.json" npx jest -c libs/rules/jest.config.ts "$@"
done
if [ -f tmp/rules-fingerprint-UTC.json ] && [ -f tmp/rules-fingerprint-America_New_York.json ]; then
  cmp tmp/rules-fingerprint-UTC.json tmp/rules-fingerprint-America_New_York.json \
    || { echo "rules results differ between TZ=UTC and TZ=America/New_York"; exit 1; }
  echo "rules results identical under TZ=UTC and TZ=America/New_York"
fi
