#!/usr/bin/env bash
# The whole start-up comparison of docs/operations.md ("Start-up") in one command:
#
#   deploy/startup-compare.sh PORTAL_JAR PETCLINIC_JAR WORKDIR [ROUNDS]
#
# 1. A first start of the portal on an empty ./data (schema, demo data, search index): the "seed" line. Its data
#    is then copied for each variant, so every later start is on a database that already has data.
# 2. An AOT cache for the portal (deploy/aot-cache.sh: extraction and training run) in WORKDIR/portal-app.
# 3. ROUNDS (default 3) interleaved rounds, so that a change in the machine's load hits every variant alike:
#    petclinic; the portal jar with the JPA bootstrap on the main thread (as before background bootstrap);
#    the portal jar as configured; the extracted portal; the extracted portal with its AOT cache.
# Each start is one deploy/startup-benchmark.sh line: wall clock and CPU to the first 200 and to readiness.
# Build petclinic once (github:spring-projects/spring-petclinic; docs/benchmarks/startup.md says how).
set -euo pipefail

portal=$(realpath "$1")
petclinic=$(realpath "$2")
work=$3
rounds=${4:-3}
here=$(dirname "$(realpath "$0")")
bench=$here/startup-benchmark.sh

mkdir -p "$work"
work=$(realpath "$work")
cd "$work"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB; $(java -version 2>&1 | head -1)"

rm -rf seed && "$bench" seed 1 18481 /login /actuator/health/readiness "$work/seed" fresh -- java -jar "$portal" --server.port=18481
for variant in main-thread-jpa jar extracted aot; do
  rm -rf "$variant" && mkdir -p "$variant" && cp -r seed/data "$variant/data"
done
mkdir -p petclinic
"$here/aot-cache.sh" "$portal" "$work/portal-app" > "$work/aot-training.log" 2>&1

for _ in $(seq 1 "$rounds"); do
  "$bench" petclinic 1 18482 / /actuator/health/readiness "$work/petclinic" -- \
    java -jar "$petclinic" --server.port=18482 --management.endpoint.health.probes.enabled=true
  "$bench" portal-jar-main-thread-jpa 1 18481 /login /actuator/health/readiness "$work/main-thread-jpa" -- \
    java -jar "$portal" --server.port=18481 --spring.jpa.bootstrap=default --spring.data.jpa.repositories.bootstrap-mode=default
  "$bench" portal-jar 1 18481 /login /actuator/health/readiness "$work/jar" -- java -jar "$portal" --server.port=18481
  "$bench" portal-extracted 1 18481 /login /actuator/health/readiness "$work/extracted" -- \
    java -jar "$work/portal-app/portal.jar" --server.port=18481
  "$bench" portal-aot 1 18481 /login /actuator/health/readiness "$work/aot" -- \
    java -XX:AOTCache="$work/portal-app/portal.aot" -jar "$work/portal-app/portal.jar" --server.port=18481
done
