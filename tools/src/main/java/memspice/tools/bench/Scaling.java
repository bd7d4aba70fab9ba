package memspice.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import memspice.tools.plot.Charts;
import memspice.tools.plot.Curve;

/**
 * The scaling of workload (a): time versus unknowns on log-log axes with the exponent p of
 * {@code time = c * unknowns^p}, fitted by ordinary least squares on (log unknowns, log time) over
 * the sizes a method ran (at least two); printed and drawn as a PNG.
 */
final class Scaling {

    /** Unknowns from which a size counts as large for the second fit. */
    static final double LARGE = 1e5;

    private Scaling() {
    }

    /** Least-squares slope and intercept of log10 y on log10 x (points with y > 0). */
    record Fit(double exponent, double log10Coefficient, int points) {
    }

    static Fit fit(double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(y[i] > 0) || !(x[i] > 0)) {
                continue;
            }
            double lx = Math.log10(x[i]);
            double ly = Math.log10(y[i]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            m++;
        }
        if (m < 2) {
            return new Fit(Double.NaN, Double.NaN, m);
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        return new Fit(slope, (sy - slope * sx) / m, m);
    }

    /** Prints the fitted exponents and, when png is not null, writes the log-log chart. */
    static void report(PrintStream out, List<OpBench.Row> rows, Path png) throws IOException {
        List<Curve> curves = new ArrayList<>();
        out.println("scaling (least squares of log10 time on log10 unknowns; it = iterative, LU = direct,"
                + " e2e = end to end, CPU = user + system of that process):");
        series(out, curves, rows, "it e2e", r -> r.iterative().wallSeconds(), false);
        series(out, curves, rows, "it CPU", r -> r.iterative().cpuSeconds(), false);
        series(out, curves, rows, "it solve", r -> r.iterative().solveSeconds(), false);
        series(out, curves, rows, "LU e2e", r -> r.direct() == null ? Double.NaN : r.direct().wallSeconds(),
                false);
        series(out, curves, rows, "LU solve", r -> r.direct() == null ? Double.NaN : r.direct().solveSeconds(),
                false);
        series(out, curves, rows, "nat e2e", r -> r.nat() == null ? Double.NaN : r.nat().wallSeconds(), false);
        if (png != null) {
            Charts.png(Charts.xy("crossbar .op: time vs unknowns (N x N, 1 ohm segments)", "unknowns", "", curves,
                    new Charts.XyOptions(true, true, true, 1000, 650), false), png);
            out.println("wrote " + png);
        }
    }

    private static void series(PrintStream out, List<Curve> curves, List<OpBench.Row> rows, String name,
                               ToDoubleFunction<OpBench.Row> time, boolean dashed) {
        List<double[]> pts = new ArrayList<>();
        for (OpBench.Row r : rows) {
            double t = time.applyAsDouble(r);
            if (t > 0) {
                pts.add(new double[] {r.unknowns(), t});
            }
        }
        if (pts.isEmpty()) {
            return;
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        Fit f = fit(x, y);
        if (f.points() < 2) {
            out.println(String.format(Locale.ROOT, "  %-9s needs 2 or more sizes", name));
            curves.add(new Curve(name, x, y, "s", dashed));
            return;
        }
        // the large sizes alone: JVM start and fixed costs flatten the small end
        double[] ly = y.clone();
        for (int i = 0; i < x.length; i++) {
            if (x[i] < LARGE) {
                ly[i] = Double.NaN;
            }
        }
        Fit large = fit(x, ly);
        out.println(String.format(Locale.ROOT, "  %-9s time ~ unknowns^%.2f over %d sizes; ^%s over the %d with >= 100 k unknowns",
                name, f.exponent(), f.points(), Double.isNaN(large.exponent()) ? "-"
                        : String.format(Locale.ROOT, "%.2f", large.exponent()), large.points()));
        curves.add(new Curve(String.format(Locale.ROOT, "%s (slope %.2f)", name, f.exponent()), x, y, "s", dashed));
    }
}
