#!/usr/bin/env bash
# The A/B of an end that no class observes (issue 16): the same benchmark source,
# events.UndeclaredEndBenchmark with its Crew, Sailor and Shift, compiled against relate at a commit from
# before validators and listeners existed (A, default 14d2696, main before the events merge) and
# against this tree (B), each jar run in turn, PAIRS times, so that a change of the machine's load
# falls on both alike. Builds offline into a temporary directory; never installs anything. JMH's
# lock (/tmp/jmh.lock) keeps it from measuring while another JMH run measures: it then waits.
#
#   bash benchmarks/events-ab.sh [baseline-commit] [pairs] [jmh options...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:-14d2696}"
pairs="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
jmh=("$@")
if [ ${#jmh[@]} -eq 0 ]; then
    jmh=(-p size=10 -f 1 -wi 3 -w 1s -i 5 -r 500ms -prof gc)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$here" archive "$base" | tar -x -C "$work"
events="benchmarks/src/main/java/dev/relate/benchmarks/events"
mkdir -p "$work/$events"
cp "$here/$events/Crew.java" "$here/$events/Sailor.java" "$here/$events/Shift.java" \
    "$here/$events/UndeclaredEndBenchmark.java" "$work/$events/"
(cd "$work" && mvn -B -o -q package -DskipTests -pl benchmarks -am)
(cd "$here" && mvn -B -o -q package -DskipTests -pl benchmarks -am)
for i in $(seq 1 "$pairs"); do
    for side in A B; do
        jar="$here/benchmarks/target/benchmarks.jar"
        [ "$side" = A ] && jar="$work/benchmarks/target/benchmarks.jar"
        echo "== pair $i, $side ($( [ "$side" = A ] && echo "$base" || git -C "$here" rev-parse --short HEAD )), load $(cut -d' ' -f1-3 /proc/loadavg)"
        until java -jar "$jar" 'events.UndeclaredEndBenchmark' "${jmh[@]}" > "$work/run.txt" 2>&1; do
            if ! grep -q 'Unable to acquire the JMH lock' "$work/run.txt"; then
                cat "$work/run.txt" >&2
                exit 1
            fi
            sleep 30 # another run is measuring: measuring beside it would spoil both
        done
        grep -E '^(Benchmark|UndeclaredEndBenchmark)' "$work/run.txt" | grep -v 'gc\.\(count\|time\|alloc\.rate \)' || true
    done
done
