#!/usr/bin/env bash
# Docker HEALTHCHECK of the clsbot image. In webhook mode (TELEGRAM_WEBHOOK_URL set) the bot serves HTTP: ask its
# /healthz. In long-polling or console mode it serves nothing over HTTP, and a running process is all there is to
# check, so the check passes. Uses bash's /dev/tcp: the JRE image has neither curl nor wget to rely on.
set -euo pipefail
if [[ -z "${TELEGRAM_WEBHOOK_URL:-}" ]]; then
  exit 0
fi
exec 3<>"/dev/tcp/127.0.0.1/${CLSBOT_PORT:-8080}"
printf 'GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 5 status <&3
[[ "${status}" == *" 200 "* ]]
