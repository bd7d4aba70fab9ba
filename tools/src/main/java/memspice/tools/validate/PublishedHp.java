package memspice.tools.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The checks of the HP linear-drift cases (hp_strukov, hp_joglekar, hp_biolek, hp_prodromakis);
 * see {@link PublishedSuite}. Every bound comes from the case's reference.csv.
 */
final class PublishedHp {

    private PublishedHp() {
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
                String.format(Locale.ROOT, "I-V loop, ron %.0f, roff %.0f ohm, window %d, p %.0f", r.get("ron"), r.get("roff"),
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
        rows.add(PublishedCases.pinch(name, w, r));
        rows.add(PublishedCases.bounds(name, w, r, 0, 1));
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
}
