#!/usr/bin/env bash
# Prepares the portal for a faster start with a JDK 25 AOT cache (JEP 483/514; docs/operations.md, "Start-up").
#
#   deploy/aot-cache.sh [JAR] [DESTINATION] [refresh|serve]
#
# 1. Extracts the executable jar into DESTINATION (default ./portal-app): DESTINATION/portal.jar plus its
#    libraries in DESTINATION/lib. The AOT cache only works with plain jar files on the class path, not with the
#    jars nested inside the executable jar.
# 2. Training run with -XX:AOTCacheOutput, which writes DESTINATION/portal.aot when the JVM exits. It runs on a
#    throw-away H2 database in a temporary folder, so it needs no PostgreSQL and touches no data;
#    the classes it records are the same for the postgres profile, except the JDBC driver's, which then load
#    as usual.
#    - refresh (default): Spring Boot's documented training, -Dspring.context.exit=onRefresh: the JVM exits once
#      the application context is refreshed (singletons created, Flyway and Hibernate done, nothing served).
#    - serve: the portal starts completely, answers /login a few times, and is stopped (SIGTERM).
#      The cache then also holds the web server's, Vaadin's and the start-up runners' classes, but the start
#      measured no faster than with "refresh" (docs/benchmarks/startup.md), and the training takes longer.
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

mode=${3:-refresh}
port=${AOT_TRAINING_PORT:-18999}
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
args=(-jar "$destination/portal.jar" --spring.main.banner-mode=off --server.port="$port"
  --portal.search.directory="$training/search-index" --portal.content.attachments.directory="$training/attachments")
case "$mode" in
  refresh)
    (cd "$training" && java -XX:AOTCacheOutput="$destination/portal.aot" -Dspring.context.exit=onRefresh "${args[@]}" \
      > "$training/training.log" 2>&1) || { cat "$training/training.log" >&2; exit 1; }
    ;;
  serve)
    (cd "$training" && exec java -XX:AOTCacheOutput="$destination/portal.aot" "${args[@]}" > "$training/training.log" 2>&1) &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health/readiness" || true)" = 200 ]; do
      kill -0 "$pid" 2>/dev/null || { cat "$training/training.log" >&2; exit 1; }
      sleep 1
    done
    for _ in 1 2 3; do curl -s -o /dev/null "http://localhost:$port/login"; done
    kill "$pid"
    wait "$pid" || true
    [ -s "$destination/portal.aot" ] || { cat "$training/training.log" >&2; exit 1; }
    ;;
  *) echo "mode must be serve or refresh" >&2; exit 2 ;;
esac

echo "AOT cache: $destination/portal.aot ($(du -h "$destination/portal.aot" | cut -f1))"
echo "start with: java -XX:AOTCache=$destination/portal.aot -jar $destination/portal.jar"
