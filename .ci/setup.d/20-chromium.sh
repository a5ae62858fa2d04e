#!/usr/bin/env bash
# Browser tests drive Debian's headless Chromium through chromedriver (Selenium).
set -euo pipefail
if [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
