#!/usr/bin/env bash
# Smoke check of the native executable against the JVM (not part of CI or the tests): runs every
# netlists/*.cir, the bench's 64 x 64 crossbar .op netlist and one netlist with an error through
#   JVM:    MEMSPICE_NATIVE=0 ./memspice run FILE
#   native: tools/target/native/memspice run FILE
# and requires identical stdout, identical exit codes, identical --csv files and identical -r raw
# files (but for their Date lines). stderr is compared
# too, with the lines that differ by nature (--stats timings) left out, and reported.
#   native/build-native.sh && native/smoke.sh          (prints one line per netlist, exit 1 on a difference)
{
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/tools/target/native/memspice"
[ -x "$bin" ] || { echo "native/smoke.sh: no $bin (run native/build-native.sh)" >&2; exit 1; }
jar=$(ls "$root"/tools/target/memspice-tools-*.jar 2>/dev/null | head -1)
[ -n "$jar" ] && [ "$bin" -nt "$jar" ] || { echo "native/smoke.sh: $bin is older than the jar (rebuild it)" >&2; exit 1; }
work=$(mktemp -d /tmp/memspice-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$root"
MEMSPICE_NATIVE=0 ./memspice bench --workload op --sizes 64 --write-only --dir "$work/bench" >/dev/null \
  || { echo "native/smoke.sh: could not write the bench netlist" >&2; exit 1; }
cat > "$work/bad.cir" <<'EOF'
an error: a resistor without a value, and an unknown element
R1 1 0
Q9 1 2 3 nomodel
.op
.end
EOF
fail=0
for f in netlists/*.cir "$work/bench/op-64.cir" "$work/bad.cir"; do
  n=$(basename "$f" .cir)
  mkdir -p "$work/$n/jvm.csv" "$work/$n/nat.csv"
  MEMSPICE_NATIVE=0 ./memspice run "$f" >"$work/$n/jvm.out" 2>"$work/$n/jvm.err"; jc=$?
  "$bin" run "$f" >"$work/$n/nat.out" 2>"$work/$n/nat.err"; nc=$?
  MEMSPICE_NATIVE=0 ./memspice run "$f" --quiet --csv "$work/$n/jvm.csv" -r "$work/$n/jvm.raw" >/dev/null 2>&1
  "$bin" run "$f" --quiet --csv "$work/$n/nat.csv" -r "$work/$n/nat.raw" >/dev/null 2>&1
  problems=()
  [ $jc = $nc ] || problems+=("exit $jc (JVM) vs $nc (native)")
  cmp -s "$work/$n/jvm.out" "$work/$n/nat.out" || problems+=("stdout differs: $(diff "$work/$n/jvm.out" "$work/$n/nat.out" | head -3 | tr '\n' ' ')")
  diff -r "$work/$n/jvm.csv" "$work/$n/nat.csv" >/dev/null || problems+=("--csv differs: $(diff -r "$work/$n/jvm.csv" "$work/$n/nat.csv" | head -3 | tr '\n' ' ')")
  # binary raw files: the same bytes except each plot's "Date: ..." line (the second of the run)
  if [ -f "$work/$n/jvm.raw" ] || [ -f "$work/$n/nat.raw" ]; then
    cmp -s <(LC_ALL=C grep -av '^Date: ' "$work/$n/jvm.raw" 2>/dev/null) \
           <(LC_ALL=C grep -av '^Date: ' "$work/$n/nat.raw" 2>/dev/null) || problems+=("-r raw file differs")
  fi
  note=""
  cmp -s "$work/$n/jvm.err" "$work/$n/nat.err" || note=" (stderr differs: $(diff "$work/$n/jvm.err" "$work/$n/nat.err" | head -3 | tr '\n' ' '))"
  csvs=$(ls "$work/$n/jvm.csv" | wc -l)
  if [ ${#problems[@]} -eq 0 ]; then
    echo "same   $f: exit $jc, $(wc -l <"$work/$n/jvm.out") stdout lines, $csvs csv file(s)$note"
  else
    fail=1
    echo "DIFFER $f: ${problems[*]}$note"
  fi
done
exit $fail
}
