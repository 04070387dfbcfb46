#!/usr/bin/env bash
# Restores a backup written by deploy/backup.sh (docs/operations.md, "Backup and restore"). Stop every portal
# node first, restore, then start them: each node finds no search index matching the database and rebuilds
# its own from the restored rows.
#
#   deploy/restore.sh postgres BACKUP_DIR
#       Into the EMPTY database named by PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE (create it first:
#       createdb -O portal portal). Refuses a database that already has the portal's tables. One transaction:
#       on any error nothing is restored. Objects belong to PGUSER, the account the portal connects as.
#   deploy/restore.sh h2 BACKUP_DIR [DATA_DIR]
#       Into DATA_DIR (default ./data), which must not hold a database yet: move the old folder away first.
#       H2's RunScript reads portal.sql.gz into a new database file.
#
# Either way, attachments.tar.gz (if the backup has one) is unpacked into PORTAL_ATTACHMENTS_DIR (default
# DATA_DIR/attachments or ./data/attachments). Delete each node's search index folder (PORTAL_SEARCH_DIR) before
# starting, or leave it: an index that does not match the database is rebuilt either way.
set -euo pipefail

usage() { sed -n '2,17p' "$0" >&2; exit 2; }
[ $# -ge 2 ] || usage
kind=$1 source=$2

restore_attachments() {
  local dir=$1
  if [ -f "$source/attachments.tar.gz" ]; then
    mkdir -p "$dir"
    tar -xzf "$source/attachments.tar.gz" -C "$dir"
    echo "attachments: unpacked into $dir"
  fi
}

case "$kind" in
  postgres)
    : "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the new, empty database}"
    [ -f "$source/portal.dump" ] || { echo "no $source/portal.dump" >&2; exit 1; }
    if [ "$(psql -X -A -t -c "select count(*) from pg_tables where tablename = 'flyway_schema_history'")" != 0 ]; then
      echo "database $PGDATABASE already has the portal's tables; restore into a new, empty database" >&2
      exit 1
    fi
    pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$PGDATABASE" "$source/portal.dump"
    echo "database: restored into $PGDATABASE ($(psql -X -A -t -c "select count(*) from pg_tables where schemaname = 'public'") tables)"
    restore_attachments "${PORTAL_ATTACHMENTS_DIR:-./data/attachments}"
    ;;
  h2)
    data=${3:-./data}
    jar=$(realpath "${PORTAL_JAR:-portal-ui/target/portal.jar}")
    [ -f "$source/portal.sql.gz" ] || { echo "no $source/portal.sql.gz" >&2; exit 1; }
    if [ -e "$data/portal.mv.db" ]; then
      echo "$data/portal.mv.db exists; move $data away before restoring" >&2
      exit 1
    fi
    mkdir -p "$data"
    lib=$(mktemp -d)
    trap 'rm -rf "$lib"' EXIT
    (cd "$lib" && jar xf "$jar" "$(jar tf "$jar" | grep '^BOOT-INF/lib/h2-.*\.jar$')")
    # The same URL settings as the portal's (application.properties), so that the new file is created alike.
    java -cp "$lib"/BOOT-INF/lib/h2-*.jar org.h2.tools.RunScript \
      -url "jdbc:h2:file:$(realpath "$data")/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      -user "${PORTAL_DB_USERNAME:-portal}" -password "${PORTAL_DB_PASSWORD:-}" \
      -script "$source/portal.sql.gz" -options compression gzip
    echo "database: restored into $data/portal.mv.db"
    restore_attachments "${PORTAL_ATTACHMENTS_DIR:-$data/attachments}"
    ;;
  *) usage ;;
esac
