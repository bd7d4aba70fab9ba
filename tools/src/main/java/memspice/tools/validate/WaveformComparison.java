package memspice.tools.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.ResultTable;

/**
 * Compares two transient results that have different time points: both are read as the straight
 * lines between their accepted points (as SPICE's own post-processing reads them) and sampled on a
 * common grid of {@code points} times over the run. For every ngspice vector that memspice also
 * reports, with e = memspice - ngspice on the grid and S the signal's scale:
 * RMS(e) &lt; rmsFraction * S and max|e| &lt; maxFraction * S.
 *
 * <p>S is the signal's peak-to-peak range over ngspice's points, but at least {@code floorFraction}
 * times the largest peak-to-peak among the case's signals of the same kind (voltages, currents).
 * The floor is there for signals that are constant or nearly so (a DC supply node, the current of
 * a source that only feeds a resistor): their own range is zero, so a pure relative rule would
 * demand exact agreement; judged on the circuit's scale instead, they must still agree to a part in
 * 10^6 of the largest swing in RMS, the resolution both simulators' tolerances aim at.
 */
public class WaveformComparison {

    private final int points;
    private final double rmsFraction;
    private final double maxFraction;
    private final double floorFraction;
    private final List<String> failures = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private int compared;
    private double worstRms;
    private double worstMax;
    private double worstRatio;
    private String worstSignal;

    public WaveformComparison(int points, double rmsFraction, double maxFraction, double floorFraction) {
        this.points = points;
        this.rmsFraction = rmsFraction;
        this.maxFraction = maxFraction;
        this.floorFraction = floorFraction;
    }

    /**
     * @param restricted true when memspice's columns were chosen by .print/.save, so a vector it
     *                   lacks is not an error
     */
    public void compare(String label, ResultTable ng, ResultTable ours, boolean restricted) {
        double[] tn = ng.column(0);
        double[] to = ours.column(0);
        double t0 = Math.max(tn[0], to[0]);
        double t1 = Math.min(tn[tn.length - 1], to[to.length - 1]);
        if (!(t1 > t0) || Math.abs(tn[tn.length - 1] - to[to.length - 1]) > 1e-9 * Math.abs(tn[tn.length - 1])) {
            failures.add(String.format(Locale.ROOT, "%s: runs end at %g (ngspice) and %g s (memspice)", label,
                    tn[tn.length - 1], to[to.length - 1]));
            return;
        }
        double maxPpVoltage = 0;
        double maxPpCurrent = 0;
        for (int c = 1; c < ng.columnCount(); c++) {
            double pp = peakToPeak(ng.column(c));
            if (isCurrent(ng, c)) {
                maxPpCurrent = Math.max(maxPpCurrent, pp);
            } else {
                maxPpVoltage = Math.max(maxPpVoltage, pp);
            }
        }
        for (int c = 1; c < ng.columnCount(); c++) {
            String ngName = ng.columns().get(c).name();
            String name = NgspiceNames.toMemspice(ngName);
            var idx = ours.indexOf(name);
            if (idx.isEmpty()) {
                if (!restricted) {
                    failures.add(label + ": memspice has no column " + name + " (ngspice " + ngName + ")");
                }
                continue;
            }
            double[] yn = ng.column(c);
            double[] yo = ours.column(idx.get());
            boolean current = isCurrent(ng, c);
            double floor = floorFraction * (current ? maxPpCurrent : maxPpVoltage);
            double scale = Math.max(Math.max(peakToPeak(yn), floor), current ? 1e-15 : 1e-12);
            double sum = 0;
            double max = 0;
            double tMax = t0;
            for (int k = 0; k < points; k++) {
                double t = t0 + (t1 - t0) * k / (points - 1);
                double e = interpolate(to, yo, t) - interpolate(tn, yn, t);
                sum += e * e;
                if (Math.abs(e) > max) {
                    max = Math.abs(e);
                    tMax = t;
                }
            }
            double rms = Math.sqrt(sum / points) / scale;
            double rel = max / scale;
            compared++;
            worstRms = Math.max(worstRms, rms);
            worstMax = Math.max(worstMax, rel);
            double ratio = Math.max(rms / rmsFraction, rel / maxFraction);
            if (worstSignal == null || ratio > worstRatio) {
                worstRatio = ratio;
                worstSignal = name;
            }
            String line = String.format(Locale.ROOT, "%s %s: rms %.2e, max %.2e (at %.4g s) of scale %.3g", label,
                    name, rms, rel, tMax, scale);
            lines.add(line);
            if (!(rms < rmsFraction) || !(rel < maxFraction)) {
                failures.add(line + String.format(Locale.ROOT, " exceeds rms %.0e / max %.0e", rmsFraction,
                        maxFraction));
            }
        }
    }

    private static boolean isCurrent(ResultTable t, int c) {
        return t.columns().get(c).name().startsWith("i(") || t.columns().get(c).type().equals("current");
    }

    public static double peakToPeak(double[] y) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    /**
     * y at t on the piecewise-linear curve through (ts, ys), ts non-decreasing: held constant beyond
     * the ends, and at a repeated time point the later value. The one interpolation of the tools
     * (validation, Xyce comparison, bench agreement).
     */
    public static double interpolate(double[] ts, double[] ys, double t) {
        int lo = 0;
        int hi = ts.length - 1;
        if (t <= ts[0]) {
            return ys[0];
        }
        if (t >= ts[hi]) {
            return ys[hi];
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (ts[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double h = ts[hi] - ts[lo];
        return h <= 0 ? ys[hi] : ys[lo] + (ys[hi] - ys[lo]) * (t - ts[lo]) / h;
    }

    public List<String> failures() {
        return failures;
    }

    /** One line per compared signal with its errors, for the README table and diagnostics. */
    public List<String> lines() {
        return lines;
    }

    public int compared() {
        return compared;
    }

    public double worstRms() {
        return worstRms;
    }

    public double worstMax() {
        return worstMax;
    }

    /**
     * The largest of rms / rmsFraction and max / maxFraction over the compared signals (below 1
     * when all passed).
     */
    public double worstRatio() {
        return worstRatio;
    }

    /** memspice's name of the signal with {@link #worstRatio()}, or null when nothing was compared. */
    public String worstSignal() {
        return worstSignal;
    }
}
