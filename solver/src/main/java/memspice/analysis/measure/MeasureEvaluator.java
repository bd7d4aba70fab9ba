package memspice.analysis.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import memspice.analysis.measure.MeasureSpec.Crossing;
import memspice.analysis.measure.MeasureSpec.Direction;
import memspice.analysis.measure.MeasureSpec.SignalName;

/**
 * Evaluates {@link MeasureSpec}s against the accepted points of one transient run, reading every
 * signal as the piecewise-linear curve through its samples (as ngspice does): crossings, values at
 * a time and window ends are linearly interpolated; INTEG, AVG and RMS are exact integrals of that
 * curve (of its square for RMS); MAX and MIN look at the samples inside the window and its two
 * interpolated ends; DERIV differentiates the parabola through the three nearest samples.
 */
final class MeasureEvaluator {

    /** Thrown inside evaluation when a measurement cannot be evaluated; becomes a failed result. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String reason) {
            super(reason, null, false, false);
        }
    }

    private final double[] time;
    private final Function<SignalName, double[]> signals;

    /**
     * @param time    the accepted times (s), non-decreasing
     * @param signals the samples of a signal at those times, or null when it is not an output
     */
    MeasureEvaluator(double[] time, Function<SignalName, double[]> signals) {
        this.time = time;
        this.signals = signals;
    }

    MeasureResult evaluate(MeasureSpec m) {
        if (time.length < 2) {
            return MeasureResult.failed(m, "the run has fewer than two time points");
        }
        try {
            Map<String, Double> details = new LinkedHashMap<>();
            double v = value(m, details);
            if (!Double.isFinite(v)) {
                return MeasureResult.failed(m, "the result is not a finite number");
            }
            return MeasureResult.ok(m, v, details);
        } catch (Failure f) {
            return MeasureResult.failed(m, f.getMessage());
        }
    }

    private double value(MeasureSpec m, Map<String, Double> details) throws Failure {
        switch (m.kind()) {
            case TRIG_TARG -> {
                double trig = Double.isNaN(m.trigAt()) ? crossing(m.trig(), "TRIG") : inRun(m.trigAt(), "TRIG AT");
                double targ = crossing(m.targ(), "TARG");
                details.put("targ", targ);
                details.put("trig", trig);
                return targ - trig;
            }
            case WHEN -> {
                return crossing(m.targ(), "WHEN");
            }
            case FIND_WHEN -> {
                return trace(m.signal()).at(crossing(m.targ(), "WHEN"));
            }
            case FIND_AT -> {
                return trace(m.signal()).at(inRun(m.at(), "AT"));
            }
            case DERIV_WHEN -> {
                return trace(m.signal()).derivative(crossing(m.targ(), "WHEN"));
            }
            case DERIV_AT -> {
                return trace(m.signal()).derivative(inRun(m.at(), "AT"));
            }
            default -> {
                return statistic(m, details);
            }
        }
    }

    private double statistic(MeasureSpec m, Map<String, Double> details) throws Failure {
        Trace tr = trace(m.signal());
        double a = Double.isNaN(m.from()) ? tr.start() : m.from();
        double b = Double.isNaN(m.to()) ? tr.end() : m.to();
        b = Math.min(b, tr.end());   // a TO= past the end of the run means the end, as in ngspice and Xyce
        if (a < tr.start() || a >= b) {
            throw new Failure(String.format(java.util.Locale.ROOT,
                    "window [%g, %g] s is not inside the run [%g, %g] s", a, b, tr.start(), tr.end()));
        }
        switch (m.kind()) {
            case MAX, MIN -> {
                double[] e = tr.extreme(a, b, m.kind() == MeasureSpec.Kind.MAX);
                details.put("at", e[1]);
                return e[0];
            }
            case PP -> {
                details.put("from", a);
                details.put("to", b);
                return tr.extreme(a, b, true)[0] - tr.extreme(a, b, false)[0];
            }
            case AVG -> {
                details.put("from", a);
                details.put("to", b);
                return tr.integral(a, b) / (b - a);
            }
            case RMS -> {
                details.put("from", a);
                details.put("to", b);
                return Math.sqrt(Math.max(0, tr.integralOfSquare(a, b)) / (b - a));
            }
            case INTEG -> {
                details.put("from", a);
                details.put("to", b);
                return tr.integral(a, b);
            }
            default -> throw new IllegalStateException(m.kind().toString());
        }
    }

    private double inRun(double t, String what) throws Failure {
        if (t < time[0] || t > time[time.length - 1] * (1 + 1e-12)) {
            throw new Failure(String.format(java.util.Locale.ROOT, "%s=%g s is outside the run [%g, %g] s", what, t,
                    time[0], time[time.length - 1]));
        }
        return Math.min(t, time[time.length - 1]);
    }

    private Trace trace(SignalName s) throws Failure {
        double[] y = signals.apply(s);
        if (y == null) {
            throw new Failure(s + " is not an output of the transient (is it left out by .save or .print?)");
        }
        return new Trace(time, y);
    }

    /** The time of a crossing (s), linearly interpolated inside the segment where it happens. */
    private double crossing(Crossing c, String what) throws Failure {
        double[] y = signals.apply(c.signal());
        if (y == null) {
            throw new Failure(c.signal() + " is not an output of the transient (is it left out by .save or .print?)");
        }
        double[] level = null;
        if (c.levelSignal() != null) {
            level = signals.apply(c.levelSignal());
            if (level == null) {
                throw new Failure(c.levelSignal() + " is not an output of the transient");
            }
        }
        double[] d = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            d[i] = y[i] - (level == null ? c.level() : level[i]);
        }
        Trace diff = new Trace(time, d);
        double start = Math.max(c.delay(), time[0]);
        if (start > time[time.length - 1]) {
            throw new Failure(what + " TD=" + c.delay() + " s is after the end of the run");
        }
        double xPrev = start;
        double dPrev = diff.at(start);
        int seen = 0;
        double last = Double.NaN;
        for (int i = diff.segment(start) + 1; i < time.length; i++) {
            double xNext = time[i];
            double dNext = d[i];
            boolean rise = dPrev < 0 && dNext >= 0;
            boolean fall = dPrev > 0 && dNext <= 0;
            boolean counts = c.direction() == Direction.RISE ? rise : c.direction() == Direction.FALL ? fall : rise || fall;
            if (counts && xNext > xPrev) {
                double x = xPrev + (xNext - xPrev) * dPrev / (dPrev - dNext);
                seen++;
                last = x;
                if (seen == c.count()) {
                    return x;
                }
            }
            xPrev = xNext;
            dPrev = dNext;
        }
        if (c.count() == Crossing.LAST && seen > 0) {
            return last;
        }
        throw new Failure(what + " " + c.describe() + " never happens (" + seen + " such crossing"
                + (seen == 1 ? "" : "s") + " in the run)");
    }
}
