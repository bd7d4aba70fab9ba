package memspice.tools.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.ResultTable;

/**
 * Compares memspice's complex .ac table with ngspice's complex plot point by point. For every ngspice
 * vector x(...) it compares each memspice column about the same quantity: the complex value
 * {@code v(n)} by real and imaginary part, and the selections {@code vm vp vdb vr vi} (or the i forms)
 * against the same part computed from ngspice's complex value.
 *
 * <p>Complex parts: |a - b| <= rel max(|a|, |b|) + floorFraction * peak, with peak the largest
 * magnitude of that vector over the sweep. The floor is the signal scale: both simulators solve
 * (G + j omega C) X = B by LU in double precision, whose error is a few ulps of the largest terms of
 * each row, i.e. of the vector's peak, not of a part that happens to pass near zero (the real part
 * of a response at -90 degrees).
 */
public class AcComparison {

    private final double relative;
    private final double floorFraction;
    private final List<String> failures = new ArrayList<>();
    private int compared;
    private double worst;
    private double worstRelative;
    private String current;
    private String worstSignal;

    public AcComparison(double relative, double floorFraction) {
        this.relative = relative;
        this.floorFraction = floorFraction;
    }

    public void compare(String label, ResultTable ng, ResultTable ours) {
        if (ng.rowCount() != ours.rowCount()) {
            failures.add(label + ": ngspice has " + ng.rowCount() + " frequencies, memspice " + ours.rowCount());
            return;
        }
        for (int r = 0; r < ng.rowCount(); r++) {
            double a = ng.value(r, 0);
            double b = ours.value(r, 0);
            compared++;
            // frequencies: ngspice multiplies by 10^(1/N) step by step, memspice takes powers; both exact to ~1e-15 per step
            if (!(Math.abs(a - b) <= 1e-12 * Math.abs(a))) {
                failures.add(String.format(Locale.ROOT, "%s: frequency row %d: ngspice %.15g, memspice %.15g", label, r, a, b));
                return;
            }
        }
        for (int c = 1; c < ng.columnCount(); c++) {
            String name = NgspiceNames.toMemspice(ng.columns().get(c).name());
            if (!(name.startsWith("v(") || name.startsWith("i(")) || NgspiceNames.isExpansionInternal(name)) {
                continue;
            }
            double peak = 0;
            for (int r = 0; r < ng.rowCount(); r++) {
                peak = Math.max(peak, Math.hypot(ng.value(r, c), ng.imag(r, c)));
            }
            double floor = floorFraction * peak;
            char f = name.charAt(0);
            String arg = name.substring(1);
            for (String part : new String[] {"", "m", "p", "db", "r", "i"}) {
                String ourName = part.isEmpty() ? name : f + part + arg;
                current = name;
                var idx = ours.indexOf(ourName);
                if (idx.isEmpty()) {
                    continue;
                }
                int oc = idx.get();
                for (int r = 0; r < ng.rowCount(); r++) {
                    double re = ng.value(r, c);
                    double im = ng.imag(r, c);
                    double mag = Math.hypot(re, im);
                    double ore = ours.value(r, oc);
                    double oim = ours.imag(r, oc);
                    String bad = switch (part) {
                        case "" -> check(re, ore, floor, "re") + check(im, oim, floor, "im");
                        case "m" -> check(mag, ore, floor, "magnitude");
                        case "r" -> check(re, ore, floor, "real part");
                        case "i" -> check(im, oim == 0 ? ore : Double.NaN, floor, "imaginary part");
                        // phase: the error of atan2 is the complex error over the magnitude (rad), in degrees
                        case "p" -> within(Math.toDegrees(Math.atan2(im, re)), ore,
                                Math.toDegrees(relative + floor / mag), "phase (deg)");
                        // dB: 20 log10 e * relative error of the magnitude
                        default -> within(20 * Math.log10(mag), ore, 8.686 * (relative + floor / mag), "dB");
                    };
                    compared++;
                    if (!bad.isEmpty()) {
                        failures.add(String.format(Locale.ROOT, "%s: %s at %.9g Hz: %s", label, ourName, ng.value(r, 0), bad));
                        break;
                    }
                }
            }
        }
    }

    private String check(double a, double b, double floor, String what) {
        return within(a, b, relative * Math.max(Math.abs(a), Math.abs(b)) + floor, what);
    }

    private String within(double a, double b, double tol, String what) {
        double ratio = a == b ? 0.0 : Math.abs(a - b) / tol;   // 0/0 where a vector is identically 0
        if (worstSignal == null || ratio > worst) {
            worstSignal = current;
        }
        worst = Math.max(worst, ratio);
        if (what.equals("re") || what.equals("im")) {
            worstRelative = Math.max(worstRelative, Math.abs(a - b) / Math.max(Math.abs(a), 1e-300));
        }
        return Math.abs(a - b) <= tol ? ""
                : String.format(Locale.ROOT, "%s ngspice %.15g, memspice %.15g (diff %.3g > %.3g) ", what, a, b,
                        Math.abs(a - b), tol);
    }

    public List<String> failures() {
        return failures;
    }

    /** The largest |a - b| / tolerance seen (below 1 when everything passed). */
    public double worstRatio() {
        return worst;
    }

    /** The largest |a - b| / |a| over real and imaginary parts (floor not applied). */
    public double worstRelative() {
        return worstRelative;
    }

    /** memspice's name of the complex vector with {@link #worstRatio()}, or null before any comparison. */
    public String worstSignal() {
        return worstSignal;
    }

    public int compared() {
        return compared;
    }
}
