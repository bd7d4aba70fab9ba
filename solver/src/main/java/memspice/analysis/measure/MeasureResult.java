package memspice.analysis.measure;

import java.util.Locale;
import java.util.Map;

import memspice.netlist.SourceLocation;

/**
 * The outcome of one measurement: a value, or a failure with its reason (the trigger never
 * happened, the window lies outside the run, the signal is not an output).
 *
 * @param name     the measurement's name, lower case
 * @param value    the result (NaN when failed)
 * @param failure  why it could not be evaluated; null on success
 * @param details  side values as ngspice prints them (trig=, targ=, from=, to=, at=), in order
 * @param location the .measure card
 */
public record MeasureResult(String name, double value, String failure, Map<String, Double> details,
                            SourceLocation location) {

    static MeasureResult ok(MeasureSpec spec, double value, Map<String, Double> details) {
        return new MeasureResult(spec.name(), value, null, Map.copyOf(details), spec.location());
    }

    static MeasureResult failed(MeasureSpec spec, String reason) {
        return new MeasureResult(spec.name(), Double.NaN, reason, Map.of(), spec.location());
    }

    public boolean succeeded() {
        return failure == null;
    }

    /**
     * The line ngspice prints for it: {@code name = 1.234567e-03} (with side values, e.g.
     * {@code targ= ... trig= ...}), or {@code name = failed}.
     */
    public String line() {
        if (!succeeded()) {
            return String.format(Locale.ROOT, "%-19s = failed", name);
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-19s = %15.9e", name, value));
        for (String key : new String[] {"targ", "trig", "from", "to", "at"}) {
            Double v = details.get(key);
            if (v != null) {
                sb.append(String.format(Locale.ROOT, " %s= %15.9e", key, v));
            }
        }
        return sb.toString();
    }
}
