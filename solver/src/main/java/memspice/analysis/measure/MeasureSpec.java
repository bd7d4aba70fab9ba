package memspice.analysis.measure;

import memspice.netlist.SourceLocation;

/**
 * One parsed {@code .measure tran} line. Which fields are used depends on the {@link Kind}; unused
 * ones are null (objects) or NaN (numbers).
 *
 * @param name     the result name, lower case
 * @param kind     what is measured
 * @param signal   the measured signal: FIND, DERIV and the statistics (AVG ... INTEG); null otherwise
 * @param trig     the trigger crossing of TRIG/TARG; null when the trigger is a time ({@code trig at=})
 * @param trigAt   the trigger time of {@code trig at=t} (s), NaN otherwise
 * @param targ     the target crossing of TRIG/TARG, or the crossing of WHEN / FIND..WHEN / DERIV..WHEN
 * @param at       the time of FIND..AT= and DERIV..AT= (s), NaN otherwise
 * @param from     start of the window of the statistics (s), NaN for the start of the run
 * @param to       end of the window (s), NaN for the end of the run
 * @param location the .measure card, for diagnostics
 * @param text     the card as written, for the report of a failure
 */
public record MeasureSpec(String name, Kind kind, SignalName signal, Crossing trig, double trigAt, Crossing targ,
                          double at, double from, double to, SourceLocation location, String text) {

    /** The measurement kinds of ngspice's and HSPICE's {@code .measure tran}. */
    public enum Kind {
        /** TARG time minus TRIG time (s). */
        TRIG_TARG,
        /** The time of a crossing (s). */
        WHEN,
        /** A signal's value at a crossing. */
        FIND_WHEN,
        /** A signal's value at a time. */
        FIND_AT,
        /** The time derivative of a signal at a crossing (unit/s). */
        DERIV_WHEN,
        /** The time derivative of a signal at a time (unit/s). */
        DERIV_AT,
        /** Time average over the window. */
        AVG,
        /** Largest value in the window. */
        MAX,
        /** Smallest value in the window. */
        MIN,
        /** MAX - MIN in the window. */
        PP,
        /** Root mean square over the window. */
        RMS,
        /** Time integral over the window (unit*s). */
        INTEG
    }

    /** Which crossings count. */
    public enum Direction { RISE, FALL, CROSS }

    /**
     * A crossing condition: {@code signal} passes {@code level} (a number, or another signal when
     * {@code levelSignal} is not null) in {@code direction} for the {@code count}-th time after {@code delay}.
     *
     * @param count 1-based; {@link #LAST} for the last such crossing
     * @param delay crossings before this time (s) are not counted (TD=)
     */
    public record Crossing(SignalName signal, double level, SignalName levelSignal, Direction direction, int count,
                           double delay) {
        /** The count of {@code rise=last}. */
        public static final int LAST = -1;

        /** Human-readable, for failure reasons: "v(out) = 0.5 (rise 1)". */
        public String describe() {
            String lv = levelSignal != null ? levelSignal.toString() : String.valueOf(level);
            String c = count == LAST ? "last" : String.valueOf(count);
            return signal + " = " + lv + " (" + direction.name().toLowerCase(java.util.Locale.ROOT) + " " + c
                    + (delay > 0 ? ", td=" + delay : "") + ")";
        }
    }

    /**
     * An output quantity as written: {@code v(out)}, {@code v(a,b)}, {@code i(v1)}.
     *
     * @param function {@code v}, {@code i} or another probe letter, lower case
     * @param args     the arguments, lower case
     */
    public record SignalName(String function, java.util.List<String> args) {
        @Override
        public String toString() {
            return function + "(" + String.join(",", args) + ")";
        }
    }
}
