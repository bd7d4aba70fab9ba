package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks of the sine-driven published-parameter cases other than HP ({@link PublishedHp}):
 * TEAM, VTEAM, Yakopcic, PEM, MMSS; see {@link PublishedSuite}. Every bound comes from the case's
 * reference.csv, whose README gives its reason.
 */
final class PublishedCases {

    private static final String EQS = "published eqs";
    private static final String PAPER = "paper thresholds";

    private PublishedCases() {
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
        double hiRef = PublishedChecks.max(ref[0].i());
        double loRef = PublishedChecks.min(ref[0].i());
        double hiSim = PublishedChecks.max(w.i());
        double loSim = PublishedChecks.min(w.i());
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

    static CaseResult pinch(String name, PublishedSuite.Waveforms w, ReferenceSet r) {
        return PublishedSuite.row(name, "I(0) = 0", "max |i| at v = 0 / max |i| (loop pinch)", PublishedChecks.pinch(w.v(), w.i()),
                r.get("tol_pinch"), "current interpolated to every zero crossing of v");
    }

    static CaseResult bounds(String name, PublishedSuite.Waveforms w, ReferenceSet r, double lo, double hi) {
        double[] x = w.x();
        return PublishedSuite.row(name, "paper bounds", "state beyond its bounds / span", PublishedChecks.outside(x, lo, hi) / (hi - lo),
                r.get("tol_bound"), String.format(Locale.ROOT, "state %.4g .. %.4g in [%.4g, %.4g]",
                        PublishedChecks.min(x), PublishedChecks.max(x), lo, hi));
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
}
