#!/usr/bin/env bash
# Store contract tests need PostgreSQL on 127.0.0.1:5432 (trust auth, database "test").
set -euo pipefail
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then exit 0; fi
if ls /etc/postgresql/*/main >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  v=$(ls /etc/postgresql | head -n1)
  sed -i 's/^\(local\|host\)\(.*\)\(peer\|scram-sha-256\|md5\)$/\1\2trust/' /etc/postgresql/$v/main/pg_hba.conf
  pg_ctlcluster --skip-systemctl-redirect "$v" main start
  for i in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  su postgres -c "createdb test" 2>/dev/null || true
fi
pg_isready -h 127.0.0.1 -p 5432
