package memspice.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the time of a run goes (parse, setup, analyze, factor, solve, load, output) and counters
 * (Newton iterations, factorizations). Printed by {@code --stats}.
 */
public final class RunStatistics {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public RunStatistics() {
        for (String phase : new String[] {"parse", "setup", "analyze", "factor", "solve", "load", "output"}) {
            nanos.put(phase, 0L);
        }
    }

    /** Adds elapsed time to a phase. */
    public void addTime(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    /** Adds to a counter. */
    public void count(String counter, long increment) {
        counts.merge(counter, increment, Long::sum);
    }

    /** Seconds spent in a phase. */
    public double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }

    public long counter(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /** A table of phases and counters, one per line. */
    public String format() {
        StringBuilder sb = new StringBuilder("time by phase (s):\n");
        long total = 0;
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %10.4f%n", e.getKey(), e.getValue() / 1e9));
            total += e.getValue();
        }
        sb.append(String.format(Locale.ROOT, "  %-10s %10.4f%n", "total", total / 1e9));
        if (!counts.isEmpty()) {
            sb.append("counters:\n");
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                sb.append(String.format(Locale.ROOT, "  %-22s %d%n", e.getKey(), e.getValue()));
            }
        }
        return sb.toString();
    }
}
