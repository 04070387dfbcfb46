#!/usr/bin/env bash
# Backs up the portal's database (docs/operations.md, "Backup and restore").
#
#   deploy/backup.sh postgres BACKUP_DIR
#       While the portal runs. pg_dump in its custom format (-Fc: compressed, restored table by table with
#       pg_restore) of the database named by the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD and
#       PGDATABASE. Logos, escalation attachments and claim proofs are rows in the database, so the dump holds
#       them. pg_dump reads one consistent snapshot; writes during the dump are not blocked.
#   deploy/backup.sh h2 BACKUP_DIR [DATA_DIR]
#       Only while the portal is STOPPED (the embedded database file is locked while it runs, and this
#       fails then). H2's SCRIPT tool writes the whole database as compressed SQL (portal.sql.gz), which
#       any later H2 version can read back, unlike a copied file. DATA_DIR defaults to ./data; the H2
#       classes come from the portal jar (PORTAL_JAR, default portal-ui/target/portal.jar).
#
# Either way, content attachments (files under PORTAL_ATTACHMENTS_DIR, default DATA_DIR/attachments or
# ./data/attachments) are archived as attachments.tar.gz when that directory exists. The search index is not
# backed up: the portal rebuilds it from the database when it starts without one.
set -euo pipefail

usage() { sed -n '2,19p' "$0" >&2; exit 2; }
[ $# -ge 2 ] || usage
kind=$1 target=$2
mkdir -p "$target"

archive_attachments() {
  local dir=$1
  if [ -d "$dir" ]; then
    tar -czf "$target/attachments.tar.gz" -C "$dir" .
    echo "attachments: $target/attachments.tar.gz ($(find "$dir" -type f | wc -l) files from $dir)"
  fi
}

case "$kind" in
  postgres)
    : "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the portal database}"
    pg_dump --format=custom --no-owner --no-privileges --file="$target/portal.dump"
    echo "database: $target/portal.dump ($(du -h "$target/portal.dump" | cut -f1), $(pg_restore --list "$target/portal.dump" | grep -c ' TABLE DATA ') tables)"
    archive_attachments "${PORTAL_ATTACHMENTS_DIR:-./data/attachments}"
    ;;
  h2)
    data=${3:-./data}
    jar=${PORTAL_JAR:-portal-ui/target/portal.jar}
    [ -f "$data/portal.mv.db" ] || { echo "no H2 database at $data/portal.mv.db" >&2; exit 1; }
    lib=$(mktemp -d)
    trap 'rm -rf "$lib"' EXIT
    jar=$(realpath "$jar")
    (cd "$lib" && jar xf "$jar" "$(jar tf "$jar" | grep '^BOOT-INF/lib/h2-.*\.jar$')")
    java -cp "$lib"/BOOT-INF/lib/h2-*.jar org.h2.tools.Script \
      -url "jdbc:h2:file:$(realpath "$data")/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE" \
      -user "${PORTAL_DB_USERNAME:-portal}" -password "${PORTAL_DB_PASSWORD:-}" \
      -script "$target/portal.sql.gz" -options compression gzip
    echo "database: $target/portal.sql.gz ($(du -h "$target/portal.sql.gz" | cut -f1))"
    archive_attachments "${PORTAL_ATTACHMENTS_DIR:-$data/attachments}"
    ;;
  *) usage ;;
esac
