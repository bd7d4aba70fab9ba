package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks of the sine-driven published-parameter cases (HP with its three windows, TEAM, VTEAM,
 * Yakopcic, PEM, MMSS); see {@link PublishedSuite}. Every bound comes from the case's
 * reference.csv, whose README gives its reason.
 */
final class PublishedCases {

    private static final String EQS = "published eqs";
    private static final String PAPER = "paper thresholds";

    private PublishedCases() {
    }

    /**
     * HP linear drift: state and current vs RK4, the initial slope v/i = R(x0) (rinit), the loop
     * pinch and bounds; with {@code return_ohm} the slope where the first positive lobe returns
     * to 0 V (Joglekar's "return sweep"); without a window (wt = 0) the positive lobe's area
     * against the closed form M(t) = sqrt(M0^2 - 2 k phi(t)).
     */
    static List<CaseResult> hp(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        SeriesOde.Solution[] ref = new SeriesOde.Solution[1];
        List<CaseResult> rows = PublishedSuite.odeRows(name, w, r, PublishedLaws.hp(r), 0, 1,
                String.format(Locale.ROOT, "I-V loop, ron %.4g, roff %.4g ohm, window %d, p %.3g", r.get("ron"), r.get("roff"),
                        (int) r.get("wt"), r.get("p")), ref);
        double[] v = w.v();
        double[] i = w.i();
        int first = 1;
        while (first < v.length - 1 && v[first] == 0) {
            first++;
        }
        double r0 = v[first] / i[first];
        rows.add(PublishedSuite.row(name, "paper (R at t = 0)", "|v/i at the first step / rinit - 1|", Math.abs(r0 / r.get("rinit") - 1),
                r.get("tol_rinit"), String.format(Locale.ROOT, "v/i = %.6g ohm at t = %.3g s, rinit %.6g", r0, w.t()[first],
                        r.get("rinit"))));
        if (r.has("return_ohm")) {
            int k = 0;
            while (k + 1 < v.length && !(v[k] > 0 && v[k + 1] <= 0)) {
                k++;
            }
            double rr = v[k] / i[k];
            rows.add(PublishedSuite.row(name, "paper (return sweep)", "|v/i where the first lobe returns to 0 V / ron - 1|",
                    Math.abs(rr / r.get("return_ohm") - 1), r.get("tol_return"), String.format(Locale.ROOT,
                            "v/i = %.5g ohm at t = %.4g s (ron %.4g)", rr, w.t()[k], r.get("return_ohm"))));
        }
        if (r.get("wt") == 0) {
            rows.add(area(name, w, r));
        }
        rows.add(pinch(name, w, r));
        rows.add(bounds(name, w, r, 0, 1));
        return rows;
    }

    /**
     * The area of the loop's positive lobe (the first half-period), the integral of i dv (the two
     * lobes have opposite orientations, so a full period nearly cancels), against the closed form with
     * v = A sin(w t), M(t) = sqrt(M0^2 - 2 k phi), phi = A (1 - cos w t)/w (REFERENCE.md 1.1),
     * summed by the trapezoidal rule on memspice's samples for both (Simpson's rule on 2e5 intervals
     * gives the exact value, printed in the note).
     */
    private static CaseResult area(String name, PublishedSuite.Waveforms w, ReferenceSet r) {
        double a = r.get("stim_amplitude");
        double om = 2 * Math.PI * r.get("stim_frequency");
        double period = 0.5 / r.get("stim_frequency");   // the positive lobe: the first half-period
        double ron = r.get("ron");
        double roff = r.get("roff");
        double k = (roff - ron) * r.get("uv") * ron / (r.get("d") * r.get("d"));
        double m0 = r.get("rinit");
        int n = 200000;
        double h = period / n;
        double exact = 0;
        for (int j = 0; j <= n; j++) {
            double t = j * h;
            double m = Math.sqrt(m0 * m0 - 2 * k * a * (1 - Math.cos(om * t)) / om);
            double f = a * Math.sin(om * t) / m * a * om * Math.cos(om * t);
            exact += f * (j == 0 || j == n ? 1 : j % 2 == 1 ? 4 : 2);
        }
        exact *= h / 3;
        // the same trapezoidal sum over memspice's samples of the simulated and of the exact
        // waveform: the quadrature error cancels and the difference is the simulator's
        double sim = 0;
        double sampled = 0;
        double[] t = w.t();
        for (int j = 0; j + 1 < t.length && t[j + 1] <= period * (1 + 1e-12); j++) {
            sim += 0.5 * (w.i()[j] + w.i()[j + 1]) * (w.v()[j + 1] - w.v()[j]);
            double i0 = a * Math.sin(om * t[j]) / Math.sqrt(m0 * m0 - 2 * k * a * (1 - Math.cos(om * t[j])) / om);
            double i1 = a * Math.sin(om * t[j + 1]) / Math.sqrt(m0 * m0 - 2 * k * a * (1 - Math.cos(om * t[j + 1])) / om);
            sampled += 0.5 * (i0 + i1) * (a * Math.sin(om * t[j + 1]) - a * Math.sin(om * t[j]));
        }
        return PublishedSuite.row(name, "closed form", "|positive-lobe area / closed form - 1|", Math.abs(sim / sampled - 1),
                r.get("tol_area"), String.format(Locale.ROOT, "area %.5g W; closed form on the same samples %.5g W, exact %.5g W",
                        sim, sampled, exact));
    }

    /** TEAM: current thresholds ioff, ion; state vs RK4 (with memspice's saturation), bounds. */
    static List<CaseResult> team(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        return threshold(name, w, r, PublishedLaws.team(r, false), w.i(), r.get("ion"), r.get("ioff"),
                r.get("xon_nm"), r.get("xoff_nm"), "I-V loop, Kvatinsky 2013 parameters");
    }

    /** VTEAM: voltage thresholds voff, von; state vs RK4, bounds. */
    static List<CaseResult> vteam(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        return threshold(name, w, r, PublishedLaws.team(r, true), w.v(), r.get("von"), r.get("voff"),
                r.get("xon_nm"), r.get("xoff_nm"), "I-V loop, Kvatinsky 2015 parameters");
    }

    /** Yakopcic: thresholds -Vn, Vp on the device voltage, peak currents, pinch. */
    static List<CaseResult> yakopcic(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        SeriesOde.Solution[] ref = new SeriesOde.Solution[1];
        List<CaseResult> rows = thresholdRows(name, w, r, PublishedLaws.yakopcic(r), w.v(), -r.get("vn"), r.get("vp"), 0, 1,
                "I-V loop, Yakopcic 2013 parameters", ref);
        double hiRef = max(ref[0].i());
        double loRef = -max(neg(ref[0].i()));
        double hiSim = max(w.i());
        double loSim = -max(neg(w.i()));
        double worst = Math.max(Math.abs(hiSim - hiRef) / hiRef, Math.abs(loSim - loRef) / Math.abs(loRef));
        rows.add(PublishedSuite.row(name, EQS, "peak currents vs RK4 (relative)", worst, r.get("tol_peak"), String.format(
                Locale.ROOT, "memspice %.4g / %.4g A, reference %.4g / %.4g A", hiSim, loSim, hiRef, loRef)));
        rows.add(pinch(name, w, r));
        return rows;
    }

    /** PEM with the peer's window tables: thresholds VN < V < VP, pinch, bounds. */
    static List<CaseResult> pem(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) throws IOException {
        double[][] fp = table(dir.resolve("../../xyce-memristor/fxp_table.csv"));
        double[][] fm = table(dir.resolve("../../xyce-memristor/fxm_table.csv"));
        SeriesOde.Solution[] ref = new SeriesOde.Solution[1];
        List<CaseResult> rows = thresholdRows(name, w, r, PublishedLaws.pem(r, fp, fm), w.v(), r.get("vn"), r.get("vp"), 0, 1,
                "I-V loop, PEM (peer parameter set)", ref);
        rows.add(pinch(name, w, r));
        return rows;
    }

    /** MMSS: state and current vs RK4, pinch, bounds. */
    static List<CaseResult> mmss(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        SeriesOde.Solution[] ref = new SeriesOde.Solution[1];
        List<CaseResult> rows = PublishedSuite.odeRows(name, w, r, PublishedLaws.mmss(r), 0, 1, "I-V loop, Nugent-Molter 2014 example", ref);
        rows.add(pinch(name, w, r));
        rows.add(bounds(name, w, r, 0, 1));
        return rows;
    }

    private static List<CaseResult> threshold(String name, PublishedSuite.Waveforms w, ReferenceSet r, PublishedLaw law,
            double[] drive, double uOn, double uOff, double lo, double hi, String title) {
        return thresholdRows(name, w, r, law, drive, uOn, uOff, lo, hi, title, new SeriesOde.Solution[1]);
    }

    /** odeRows plus: no motion between the thresholds, motion only beyond them, bounds held. */
    private static List<CaseResult> thresholdRows(String name, PublishedSuite.Waveforms w, ReferenceSet r, PublishedLaw law,
            double[] drive, double uOn, double uOff, double lo, double hi, String title, SeriesOde.Solution[] ref) {
        List<CaseResult> rows = PublishedSuite.odeRows(name, w, r, law, lo, hi, title, ref);
        double span = hi - lo;
        rows.add(PublishedSuite.row(name, PAPER, String.format(Locale.ROOT, "state change while %.3g < drive < %.3g / span",
                uOn, uOff), PublishedChecks.stillness(drive, w.x(), uOn, uOff) / span, r.get("tol_still"),
                "dx/dt = 0 between the thresholds"));
        rows.add(PublishedSuite.row(name, PAPER, "max threshold / drive over steps that moved the state",
                PublishedChecks.onsetRatio(drive, w.x(), uOn, uOff, 1e-6 * span), 1,
                "<= 1: the state moved only with the drive beyond a threshold"));
        rows.add(bounds(name, w, r, lo, hi));
        return rows;
    }

    private static CaseResult pinch(String name, PublishedSuite.Waveforms w, ReferenceSet r) {
        return PublishedSuite.row(name, "I(0) = 0", "max |i| at v = 0 / max |i| (loop pinch)", PublishedChecks.pinch(w.v(), w.i()),
                r.get("tol_pinch"), "current interpolated to every zero crossing of v");
    }

    private static CaseResult bounds(String name, PublishedSuite.Waveforms w, ReferenceSet r, double lo, double hi) {
        double[] x = w.x();
        return PublishedSuite.row(name, "paper bounds", "state beyond its bounds / span", PublishedChecks.outside(x, lo, hi) / (hi - lo),
                r.get("tol_bound"), String.format(Locale.ROOT, "state %.4g .. %.4g in [%.4g, %.4g]", min(x), max(x), lo, hi));
    }

    private static double[][] table(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.strip().split("[,;\\s]+");
            if (f.length >= 2 && !line.startsWith("#")) {
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        double[][] t = new double[2][rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            t[0][k] = rows.get(k)[0];
            t[1][k] = rows.get(k)[1];
        }
        return t;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double min(double[] a) {
        return -max(neg(a));
    }

    private static double[] neg(double[] a) {
        double[] b = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            b[k] = -a[k];
        }
        return b;
    }
}
