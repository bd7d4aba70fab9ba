package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.tools.plot.Curve;

/**
 * The Stanford-PKU RRAM case (validation/published/rram): the DC-like RESET sweep to -2 V, then the
 * SET sweep to +2 V, both ramps 0.5 V/ms. The field threshold F_min of the published model gives,
 * with gamma(g) = gamma0 - beta (g/1nm)^3, the voltage where the gap starts to move,
 * |V| = F_min tox / gamma(g): RESET begins at the smallest gap and SET at the largest. Because the
 * gap velocity is enormous above the threshold, during RESET the gap follows the quasi-static
 * curve gamma(g) |V| / tox = F_min (a gradual RESET), while SET runs away (gamma grows as g
 * shrinks: an abrupt SET). Read resistances at 0.1 V follow from I = I0 exp(-g/g0) sinh(V/V0) with
 * g at its bounds.
 */
final class PublishedRram {

    private PublishedRram() {
    }

    static List<CaseResult> check(String name, PublishedSuite.Waveforms w, ReferenceSet r, Path dir) {
        double gmin = r.get("gap_min");
        double gmax = r.get("gap_max");
        double span = gmax - gmin;
        double fmin = r.get("f_min");
        double tox = r.get("tox");
        double gamma0 = r.get("gamma0");
        double beta = r.get("beta");
        double vReset = -fmin * tox / gamma(gamma0, beta, gmin);
        double vSet = fmin * tox / gamma(gamma0, beta, gmax);
        double[] t = w.t();
        double[] v = w.v();
        double[] g = w.x();
        boolean[] resetMoved = new boolean[t.length];
        boolean[] setMoved = new boolean[t.length];
        double worstField = 0;
        int fieldPoints = 0;
        for (int k = 0; k < t.length; k++) {
            boolean resetRamp = t[k] <= r.get("t_reset_end");
            boolean setRamp = t[k] >= r.get("t_set_start") && t[k] <= r.get("t_set_end");
            resetMoved[k] = resetRamp && g[k] > gmin + 0.01 * span;
            setMoved[k] = setRamp && g[k] < gmax - 0.01 * span;
            if (resetRamp && g[k] > gmin + 0.05 * span && g[k] < gmax - 0.05 * span) {
                worstField = Math.max(worstField, Math.abs(gamma(gamma0, beta, g[k]) * Math.abs(v[k]) / tox / fmin - 1));
                fieldPoints++;
            }
        }
        double vr = PublishedChecks.firstWhere(v, resetMoved);
        double vs = PublishedChecks.firstWhere(v, setMoved);
        List<CaseResult> rows = new ArrayList<>();
        rows.add(CaseResult.of(PublishedSuite.FOLDER, name, "F_min threshold", "max |gamma(g)|V|/tox / F_min - 1| during RESET",
                worstField, r.get("tol_field"), fieldPoints > 10, fieldPoints + " points with the gap between its bounds",
                overlay(name, w, vReset, vSet, gamma0, beta, fmin, tox, gmin, gmax)));
        rows.add(PublishedSuite.row(name, "F_min threshold", "|V_RESET / (-F_min tox / gamma(g_min)) - 1|", Math.abs(vr / vReset - 1),
                r.get("tol_onset"), String.format(Locale.ROOT, "RESET starts at %.4g V, threshold %.4g V", vr, vReset)));
        rows.add(PublishedSuite.row(name, "F_min threshold", "|V_SET / (F_min tox / gamma(g_max)) - 1|", Math.abs(vs / vSet - 1),
                r.get("tol_onset"), String.format(Locale.ROOT, "SET starts at %.4g V, threshold %.4g V", vs, vSet)));
        rows.add(read(name, w, r, r.get("t_reset_end"), r.get("t_set_start"), -r.get("v_read"), gmax, "HRS"));
        rows.add(read(name, w, r, r.get("t_set_end"), t[t.length - 1], r.get("v_read"), gmin, "LRS"));
        return rows;
    }

    static double gamma(double gamma0, double beta, double g) {
        double gn = g / 1e-9;
        return gamma0 - beta * gn * gn * gn;
    }

    /** V/I at the sample nearest vRead in (from, to) against V / (I0 exp(-g/g0) sinh(V/V0)) at g = the bound. */
    private static CaseResult read(String name, PublishedSuite.Waveforms w, ReferenceSet r, double from, double to, double vRead,
            double gBound, String state) {
        int best = -1;
        for (int k = 0; k < w.t().length; k++) {
            if (w.t()[k] > from && w.t()[k] < to && (best < 0 || Math.abs(w.v()[k] - vRead) < Math.abs(w.v()[best] - vRead))) {
                best = k;
            }
        }
        double vk = w.v()[best];
        double sim = vk / w.i()[best];
        double exact = vk / (r.get("i0") * Math.exp(-gBound / r.get("g0")) * Math.sinh(vk / r.get("v0")));
        return PublishedSuite.row(name, "closed form at bound", state + " read resistance: |R / R(g bound) - 1|",
                Math.abs(sim / exact - 1), r.get("tol_read"),
                String.format(Locale.ROOT, "%s at %.3g V: %.5g ohm, closed form %.5g ohm", state, vk, sim, exact));
    }

    private static CaseResult.Overlay overlay(String name, PublishedSuite.Waveforms w, double vReset, double vSet, double gamma0,
            double beta, double fmin, double tox, double gmin, double gmax) {
        int n = 201;
        double[] qv = new double[n];
        double[] qg = new double[n];
        for (int k = 0; k < n; k++) {
            double vk = -2.0 * k / (n - 1);
            qv[k] = vk;
            double need = Math.abs(vk) > 0 ? fmin * tox / Math.abs(vk) : Double.POSITIVE_INFINITY;
            double cube = (gamma0 - need) / beta;
            double gk = cube > 0 ? Math.cbrt(cube) * 1e-9 : gmin;
            qg[k] = Math.max(gmin, Math.min(gmax, gk));
        }
        return new CaseResult.Overlay(name + ": gap vs voltage, RESET to -2 V then SET to +2 V", "voltage", "V", List.of(
                new Curve("memspice gap g", w.v(), w.x(), "m", false),
                new Curve("RESET: gamma(g)|V|/tox = F_min", qv, qg, "m", true),
                new Curve("SET threshold F_min tox/gamma(g_max)", new double[] {vSet, vSet}, new double[] {gmin, gmax}, "m", true)),
                false, false);
    }
}
