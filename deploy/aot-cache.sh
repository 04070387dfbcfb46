#!/usr/bin/env bash
# Prepares the portal for a faster start with a JDK 25 AOT cache (JEP 483/514; docs/operations.md, "Start-up").
#
#   deploy/aot-cache.sh [JAR] [DESTINATION]
#
# 1. Extracts the executable jar into DESTINATION (default ./portal-app): DESTINATION/portal.jar plus its
#    libraries in DESTINATION/lib. The AOT cache only works with plain jar files on the class path, not with the
#    jars nested inside the executable jar.
# 2. Training run: starts the portal once with -XX:AOTCacheOutput until its application context is refreshed
#    (-Dspring.context.exit=onRefresh: every singleton created, Flyway and Hibernate done, nothing served) and
#    writes DESTINATION/portal.aot. It runs on a throw-away H2 database in a temporary folder, so it needs no
#    PostgreSQL and touches no data; the classes it records are the same for the postgres profile, except the
#    JDBC driver's, which then load as usual.
#
# Then start with the cache, from any working directory:
#
#   java -XX:AOTCache=DESTINATION/portal.aot -jar DESTINATION/portal.jar
#
# Build the cache again after every new portal version or JDK update: the JVM checks that the class path and
# the JDK match the training run, and if not, prints a warning and starts without the cache (slower, not wrong).
set -euo pipefail

jar=$(realpath "${1:-portal-ui/target/portal.jar}")
destination=${2:-portal-app}

rm -rf "$destination"
java -Djarmode=tools -jar "$jar" extract --destination "$destination"
destination=$(realpath "$destination")

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
(cd "$training" && java -XX:AOTCacheOutput="$destination/portal.aot" -Dspring.context.exit=onRefresh \
  -jar "$destination/portal.jar" --spring.main.banner-mode=off --logging.level.root=warn \
  --portal.search.directory="$training/search-index" --portal.content.attachments.directory="$training/attachments" \
  > "$training/training.log" 2>&1) || { cat "$training/training.log" >&2; exit 1; }

echo "AOT cache: $destination/portal.aot ($(du -h "$destination/portal.aot" | cut -f1))"
echo "start with: java -XX:AOTCache=$destination/portal.aot -jar $destination/portal.jar"
