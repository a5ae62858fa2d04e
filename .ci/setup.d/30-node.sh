#!/usr/bin/env bash
# The OpenAI contract test runs the official openai npm client (pinned v6 in src/test/node) with the machine's Node.
set -euo pipefail
cd "$(dirname "$0")/../../src/test/node"
if ! command -v node >/dev/null 2>&1; then
  echo "node not found: installing Debian's nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
node --version
if [ ! -d node_modules/openai ]; then
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi
