#!/usr/bin/env bash
# Runs every test: unit tests (Surefire) and server/browser tests (Failsafe) in all modules.
set -euo pipefail
cd "$(dirname "$0")"
. bin/jdk.sh
exec ./mvnw -B verify "$@"
