#!/usr/bin/env bash
# Cold start to the first HTTP 200 on a page, measured from the moment the JVM is launched.
#
#   deploy/startup-benchmark.sh LABEL RUNS PORT URL_PATH READY_PATH WORKDIR [fresh] -- java ARGS...
#
# Each run starts the command in WORKDIR, polls http://localhost:PORT/URL_PATH every 50 ms until it answers 200
# (the first page), then READY_PATH until it answers 200 (readiness: Spring Boot reports it after the application
# runners, which include the demo seeders, have finished), prints both in milliseconds with the load average,
# then stops the process (SIGTERM) and waits for it. It also prints the CPU time (user + system) the JVM had used
# at each point: on a machine shared with other work, wall-clock time depends on the load, CPU time much less.
# With FRESH=fresh, WORKDIR/data is deleted before every run (first start: schema and demo data are created);
# otherwise the data of the previous run is kept (a start on a database that already has data).
# The last line is the median. Used for docs/benchmarks/startup.md.
set -euo pipefail

label=$1 runs=$2 port=$3 path=$4 ready_path=$5 workdir=$6
shift 6
fresh=""
if [ "$1" = "fresh" ]; then fresh=yes; shift; fi
[ "$1" = "--" ] && shift

mkdir -p "$workdir"
times=()
ready_times=()
cpu_times=()
ticks=$(getconf CLK_TCK)
# CPU milliseconds used so far by a process (user + system, from /proc).
cpu_ms() { awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"; }
for run in $(seq 1 "$runs"); do
  if [ -n "$fresh" ]; then rm -rf "$workdir/data"; fi
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s%N)
  (cd "$workdir" && exec "$@" >"$workdir/run-$run.log" 2>&1) &
  pid=$!
  status=000
  until [ "$status" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label run $run: the process ended before answering; see $workdir/run-$run.log" >&2
      exit 1
    fi
    sleep 0.05
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path" || true)
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu_first=$(cpu_ms "$pid")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$ready_path" || true)" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label run $run: the process ended before it was ready; see $workdir/run-$run.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu_ready=$(cpu_ms "$pid")
  times+=("$elapsed")
  ready_times+=("$ready")
  cpu_times+=("$cpu_first")
  echo "$label run $run: first 200 on $path ${elapsed} ms, ready ${ready} ms; CPU used ${cpu_first} ms, ${cpu_ready} ms (load before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg))"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "$label median: first 200 $(median "${times[@]}") ms (${times[*]}); ready $(median "${ready_times[@]}") ms (${ready_times[*]}); CPU to first 200 $(median "${cpu_times[@]}") ms (${cpu_times[*]}); $runs runs"
