#!/usr/bin/env bash
# Every speed figure of docs/performance.md, measured side by side in one run (about 10 minutes on two quiet cores):
#   verify in process and through the process protocol (Java reference server), medians of alternating runs;
#   differential fuzz steps/s in process on one core (taskset; a 20,000-case campaign and a 120-second one, with steps
#   per CPU second beside them) and with --jobs 2, through the protocol with the Java
#   reference server (5,000 cases, and a 120-second campaign) and with the Python example; the vector set's load time (JMH, cold and warm); parse time per KiB
#   across file sizes up to the 1 MiB limit (JMH); the model's operations and their growth at 10x depth and 10x forks
#   (JMH); the fuzz step (JMH).
# Usage: bench/measure.sh [--rounds N]   (from any directory; builds target/abkit.jar when it is missing)
# Logs go to target/measure/; the summary is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=3
if [ "${1:-}" = "--rounds" ]; then ROUNDS="$2"; fi
JAR=target/abkit.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
# JMH is not in the kit's jar (its licence differs): the benchmarks run with Maven's copy of it on the class path.
[ -f target/bench.classpath ] || mvn -q -B dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile=target/bench.classpath
BENCH="$JAR:$(cat target/bench.classpath)"
OUT=target/measure
rm -rf "$OUT" && mkdir -p "$OUT"
SERVER="java -cp $JAR dev.abkit.process.ReferenceServer"
# The same server with the client compiler only: most of a short run's server CPU is the JIT compiling (measured
# beside the default command, not instead of it).
SERVER_C1="java -XX:TieredStopAtLevel=1 -cp $JAR dev.abkit.process.ReferenceServer"
PYTHON="python3 implementations/python/segment.py"
ONE_CORE=""
if command -v taskset >/dev/null; then ONE_CORE="taskset -c 0"; fi

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# The campaign's own steps/s (machine time of the campaign, JVM start excluded) from the fuzz summary line.
steps_per_s() { sed -n 's/.*, \([0-9]*\) steps\/s$/\1/p' "$1" | head -1; }
# Steps per second of the process's CPU time (user + system, JIT and GC threads included), which depends much less on
# what else the machine runs than the wall-clock rate does; "-" without /usr/bin/time.
steps_per_cpu_s() { # name
  local steps cpu
  steps=$(sed -n 's/.*, steps \([0-9]*\), .*/\1/p' "$OUT/$1.log" | head -1)
  cpu=$(cat "$OUT/$1.cpu" 2>/dev/null || true)
  if [ -n "$steps" ] && [ -n "$cpu" ]; then echo "$steps / $cpu" | bc; else echo "-"; fi
}
TIME=""
if [ -x /usr/bin/time ]; then TIME="/usr/bin/time"; fi
fuzz() { # name, then the command's arguments
  local name=$1; shift
  local t0; t0=$(now)
  if [ -n "$TIME" ]; then
    "$TIME" -f "%U %S" -o "$OUT/$name.time" "$@" > "$OUT/$name.log" 2>&1 || [ $? -eq 1 ]
    awk '{print $1 + $2}' "$OUT/$name.time" > "$OUT/$name.cpu"
  else
    "$@" > "$OUT/$name.log" 2>&1 || [ $? -eq 1 ]
  fi
  echo "$(( ($(now) - t0) / 1000000 ))" > "$OUT/$name.wall"
}

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/machine.txt"

echo "== verify, in process and through the protocol, $ROUNDS alternating rounds"
: > "$OUT/verify-in.s"; : > "$OUT/verify-process.s"; : > "$OUT/verify-process-c1.s"
for i in $(seq "$ROUNDS"); do
  t0=$(now); java -jar "$JAR" verify --no-report > "$OUT/verify-in.log" 2>&1
  echo "scale=3; ($(now) - $t0) / 1000000000" | bc >> "$OUT/verify-in.s"
  t0=$(now); java -jar "$JAR" verify --no-report --process "$SERVER" > "$OUT/verify-process.log" 2>&1
  echo "scale=3; ($(now) - $t0) / 1000000000" | bc >> "$OUT/verify-process.s"
  t0=$(now); java -jar "$JAR" verify --no-report --process "$SERVER_C1" > "$OUT/verify-process-c1.log" 2>&1
  echo "scale=3; ($(now) - $t0) / 1000000000" | bc >> "$OUT/verify-process-c1.s"
done
VERIFY_IN=$(median < "$OUT/verify-in.s")
VERIFY_PROCESS=$(median < "$OUT/verify-process.s")
VERIFY_PROCESS_C1=$(median < "$OUT/verify-process-c1.s")

echo "== differential fuzzing"
fuzz fuzz-one-core $ONE_CORE java -jar "$JAR" fuzz --cases 4000 --out "$OUT/findings"
# Fuzzing for hours, in its steady state: a campaign of 120 seconds on one core (the JIT's work is done early).
fuzz fuzz-one-core-long $ONE_CORE java -jar "$JAR" fuzz --cases 10000000 --time 120 --out "$OUT/findings"
fuzz fuzz-jobs-2 java -jar "$JAR" fuzz --cases 4000 --jobs 2 --out "$OUT/findings"
fuzz fuzz-jobs-1 java -jar "$JAR" fuzz --cases 4000 --out "$OUT/findings"
fuzz fuzz-java-server java -jar "$JAR" fuzz --cases 1000 --out "$OUT/findings" --process "$SERVER"
fuzz fuzz-java-server-c1 java -jar "$JAR" fuzz --cases 1000 --out "$OUT/findings" --process "$SERVER_C1"
# Through the protocol in the steady state: a 120-second campaign, as in process (both JVMs compile in its first 30 s).
fuzz fuzz-java-server-long java -jar "$JAR" fuzz --cases 10000000 --time 120 --out "$OUT/findings" --process "$SERVER"
fuzz fuzz-segment-in java -jar "$JAR" fuzz --cases 3000 --subject unincluded-segment --out "$OUT/findings"
fuzz fuzz-python java -jar "$JAR" fuzz --cases 3000 --subject unincluded-segment --out "$OUT/findings" \
  --process "$PYTHON"

echo "== vector set load and parse linearity (JMH)"
java -cp "$BENCH" org.openjdk.jmh.Main VectorSetBenchmark -rf json -rff "$OUT/vector-set.json" > "$OUT/vector-set.log" 2>&1
java -cp "$BENCH" org.openjdk.jmh.Main VectorLoadBenchmark -wi 4 -w 2 -i 3 -r 2 \
  -rf json -rff "$OUT/vector-parse.json" > "$OUT/vector-parse.log" 2>&1

echo "== model operations and growth, fuzz step (JMH)"
java -cp "$BENCH" dev.abkit.bench.ProspectiveBenchmark --quick > "$OUT/model.log" 2>&1
java -cp "$BENCH" org.openjdk.jmh.Main FuzzStepBenchmark -wi 2 -w 2 -i 3 -r 2 \
  -rf json -rff "$OUT/fuzz-step.json" > "$OUT/fuzz-step.log" 2>&1

jmh() { # file, benchmark suffix, param value or "": the primary score
  python3 - "$@" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1])):
    if r["benchmark"].endswith(sys.argv[2]) and (len(sys.argv) < 4 or r.get("params", {}).get("kib") == sys.argv[3]):
        print("%.1f" % r["primaryMetric"]["score"])
PY
}

ONE=$(steps_per_s "$OUT/fuzz-one-core.log")
ONE_LONG=$(steps_per_s "$OUT/fuzz-one-core-long.log")
J1=$(steps_per_s "$OUT/fuzz-jobs-1.log")
J2=$(steps_per_s "$OUT/fuzz-jobs-2.log")
JAVA_SERVER=$(steps_per_s "$OUT/fuzz-java-server.log")
JAVA_SERVER_C1=$(steps_per_s "$OUT/fuzz-java-server-c1.log")
JAVA_SERVER_LONG=$(steps_per_s "$OUT/fuzz-java-server-long.log")
SEG_IN=$(steps_per_s "$OUT/fuzz-segment-in.log")
PY=$(steps_per_s "$OUT/fuzz-python.log")
STEP_JMH=$(python3 -c "import json; r=json.load(open('$OUT/fuzz-step.json'))[0]; print('%.0f' % r['secondaryMetrics']['steps']['score'])")
{
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "figure                                              measured"
printf "%-50s %10s s\n" "verify in process (median of $ROUNDS, JVM start incl.)" "$VERIFY_IN"
printf "%-50s %10s s\n" "verify --process Java server (median of $ROUNDS)" "$VERIFY_PROCESS"
printf "%-50s %10s x\n" "  ratio process / in process (target <= 1.5)" "$(echo "scale=2; $VERIFY_PROCESS / $VERIFY_IN" | bc)"
printf "%-50s %10s s  (%s x)\n" "  the same, server with -XX:TieredStopAtLevel=1" "$VERIFY_PROCESS_C1" \
  "$(echo "scale=2; $VERIFY_PROCESS_C1 / $VERIFY_IN" | bc)"
printf "%-50s %10s steps/s  (%s per CPU s)\n" "fuzz in process, one core (taskset -c 0)" "$ONE" \
  "$(steps_per_cpu_s fuzz-one-core)"
printf "%-50s %10s steps/s  (%s per CPU s)\n" "  the same, a 120 s campaign (steady state)" "$ONE_LONG" \
  "$(steps_per_cpu_s fuzz-one-core-long)"
printf "%-50s %10s steps/s\n" "fuzz in process, --jobs 1 (both cores free)" "$J1"
printf "%-50s %10s steps/s\n" "fuzz in process, --jobs 2" "$J2"
printf "%-50s %10s x\n" "  scaling --jobs 2 / one core (target >= 1.8)" "$(echo "scale=2; $J2 / $ONE" | bc)"
printf "%-50s %10s steps/s\n" "fuzz step, JMH (FuzzStepBenchmark, one thread)" "$STEP_JMH"
printf "%-50s %10s steps/s  (%s per CPU s, both JVMs)\n" "fuzz --process Java server (target >= 50000)" \
  "$JAVA_SERVER" "$(steps_per_cpu_s fuzz-java-server)"
printf "%-50s %10s steps/s  (%s per CPU s, both JVMs)\n" "  the same, server with -XX:TieredStopAtLevel=1" \
  "$JAVA_SERVER_C1" "$(steps_per_cpu_s fuzz-java-server-c1)"
printf "%-50s %10s steps/s  (%s per CPU s, both JVMs)\n" "  the same, default server, a 120 s campaign" \
  "$JAVA_SERVER_LONG" "$(steps_per_cpu_s fuzz-java-server-long)"
printf "%-50s %10s steps/s\n" "fuzz segment in process" "$SEG_IN"
printf "%-50s %10s steps/s\n" "fuzz segment --process Python (target >= 20000)" "$PY"
printf "%-50s %10s ms\n" "vector set load, cold JVM (JMH ss, 5 forks)" "$(jmh "$OUT/vector-set.json" .cold)"
printf "%-50s %10s ms\n" "vector set load, warm JVM (JMH avgt)" "$(jmh "$OUT/vector-set.json" .warm)"
for k in 16 64 256 1000; do
  ms=$(jmh "$OUT/vector-parse.json" .parse "$k")
  printf "%-50s %10s ms  (%s ms/KiB)\n" "parse one $k KiB vector file" "$ms" "$(echo "scale=3; $ms / $k" | bc)"
done
echo
sed -n '/== growth/,$p' "$OUT/model.log"
} | tee "$OUT/summary.txt"
