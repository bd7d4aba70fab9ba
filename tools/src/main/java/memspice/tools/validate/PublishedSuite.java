package memspice.tools.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import memspice.output.ResultTable;
import memspice.tools.plot.Curve;

/**
 * Every memristor model with the parameter set of the paper that introduced it
 * (validation/published/CASE: netlist, reference.csv with the numbers and their sources, README
 * with the provenance and the reasons for the bounds). Each case gives several rows: the simulated
 * state and current against the published equations integrated independently ({@link SeriesOde}),
 * and the features the papers' figures show (switching thresholds, resistance bounds, loop pinch,
 * peak current, RRAM SET/RESET voltages). Tolerances are read from reference.csv.
 */
public final class PublishedSuite implements Suite {

    static final String FOLDER = "published";

    /** The simulated device voltage, current and state at the accepted time points. */
    record Waveforms(double[] t, double[] v, double[] i, double[] x) {
    }

    /** The rows of one case. */
    interface Checker {
        List<CaseResult> check(String name, Waveforms w, ReferenceSet r, Path dir) throws Exception;
    }

    /**
     * @param name    the row name
     * @param folder  folder under validation/published and netlist base name
     * @param vColumn memspice's column holding the voltage across the device
     * @param device  the memristor's instance name (mr1, mr2 in a netlist with two); selects
     *                {@code name@device} entries of reference.csv
     * @param fast    part of the quick subset (the test suite's)
     */
    record Case(String name, String folder, String vColumn, String device, boolean fast, Checker checker) {
        Case(String name, String vColumn, boolean fast, Checker checker) {
            this(name, name, vColumn, "mr1", fast, checker);
        }
    }

    static final List<Case> CASES = List.of(
            new Case("hp_strukov_1hz", "hp_strukov", "v(a)", "mr1", false, PublishedHp::hp),
            new Case("hp_strukov_10hz", "hp_strukov", "v(b)", "mr2", false, PublishedHp::hp),
            new Case("hp_joglekar_p1", "hp_joglekar", "v(a)", "mr1", true, PublishedHp::hp),
            new Case("hp_joglekar_p10", "hp_joglekar", "v(a)", "mr2", true, PublishedHp::hp),
            new Case("hp_biolek", "v(a)", false, PublishedHp::hp),
            new Case("hp_prodromakis", "v(a)", false, PublishedHp::hp),
            new Case("team", "v(n1,n2)", false, PublishedCases::team),
            new Case("vteam", "v(a)", true, PublishedCases::vteam),
            new Case("yakopcic", "v(n1,n2)", false, PublishedCases::yakopcic),
            new Case("pem", "v(a)", false, PublishedCases::pem),
            new Case("mmss", "v(a)", false, PublishedCases::mmss),
            new Case("rram", "v(a)", true, PublishedRram::check));

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "every memristor model with its paper's parameter set: published equations (RK4), thresholds, bounds, "
                + "pinch, SET/RESET";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        Path root = validation.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (Case c : CASES) {
            if (fast && !c.fast()) {
                continue;
            }
            Path dir = root.resolve(c.folder());
            try {
                Simulation sim = Simulation.run(dir.resolve(c.folder() + ".cir"));
                if (!sim.report().succeeded()) {
                    out.add(CaseResult.failed(FOLDER, c.name(), "paper", "memspice failed: " + sim.failureText()));
                    continue;
                }
                ResultTable t = sim.sink().first("tran");
                Waveforms w = new Waveforms(t.column(0), column(t, c.vColumn()), column(t, "i(ymemristor!" + c.device() + ")"),
                        column(t, "n(ymemristor!" + c.device() + "_x)"));
                ReferenceSet r = ReferenceSet.read(dir.resolve("reference.csv")).forDevice(c.device());
                out.addAll(c.checker().check(c.name(), w, r, dir));
            } catch (Exception e) {
                out.add(CaseResult.failed(FOLDER, c.name(), "paper", String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    static double[] column(ResultTable t, String name) {
        int k = t.indexOf(name).orElseThrow(() -> new IllegalStateException("memspice has no column " + name));
        return t.column(k);
    }

    /** The case's sine source v(t) = A sin(2 pi f t) (reference.csv: stim_amplitude, stim_frequency). */
    static DoubleUnaryOperator sine(ReferenceSet r) {
        double a = r.get("stim_amplitude");
        double w = 2 * Math.PI * r.get("stim_frequency");
        return t -> a * Math.sin(w * t);
    }

    /**
     * The two rows every ODE case has: the state and the current against the published equations
     * integrated by {@link SeriesOde} (state x0, bounds [lo, hi], RK4 step ref_step), the first with
     * the I-V loop overlay. Returns the reference solution in {@code refOut[0]} for further rows.
     */
    static List<CaseResult> odeRows(String name, Waveforms w, ReferenceSet r, PublishedLaw law, double lo, double hi,
            String title, SeriesOde.Solution[] refOut) {
        SeriesOde ode = new SeriesOde(law, sine(r), r.get("stim_series_ohm", 0), lo, hi);
        SeriesOde.Solution ref = ode.solve(r.get("x0"), w.t(), r.get("ref_step"));
        refOut[0] = ref;
        double span = hi - lo;
        double tau = r.get("edge_window", 0);
        double dx = PublishedChecks.maxDiffWithin(w.t(), w.x(), ref.x(), tau) / span;
        double di = PublishedChecks.maxDiffWithin(w.t(), w.i(), ref.i(), tau) / PublishedChecks.maxAbs(ref.i());
        String where = tau == 0 ? "every point" : String.format(Locale.ROOT, "edges shifted <= %.3g s forgiven", tau);
        CaseResult.Overlay o = new CaseResult.Overlay(name + ": " + title, "voltage", "V", List.of(
                new Curve("memspice i(v)", w.v(), w.i(), "A", false),
                new Curve("published equations (RK4)", ref.v(), ref.i(), "A", true)), false, false);
        List<CaseResult> rows = new ArrayList<>();
        rows.add(CaseResult.of(FOLDER, name, "published eqs (RK4)", "max |x - x_ref| / state span, " + where, dx,
                r.get("tol_state"), w.t().length > 10, String.format(Locale.ROOT, "%d points", w.t().length), o));
        rows.add(CaseResult.of(FOLDER, name, "published eqs (RK4)", "max |i - i_ref| / max |i_ref|, " + where, di,
                r.get("tol_current"), true, String.format(Locale.ROOT, "peak |i_ref| %.4g A", PublishedChecks.maxAbs(ref.i())),
                null));
        if (tau > 0) {
            double level = 0.5 * (PublishedChecks.max(ref.x()) + PublishedChecks.min(ref.x()));
            double err = PublishedChecks.crossingError(PublishedChecks.crossings(w.t(), w.x(), level),
                    PublishedChecks.crossings(w.t(), ref.x(), level)) * r.get("stim_frequency");
            rows.add(row(name, "published eqs (RK4)", String.format(Locale.ROOT, "edge times at x = %.3g: max |t - t_ref| / period",
                    level), err, r.get("tol_edge"), "every crossing of the reference's mid-level, in order"));
        }
        return rows;
    }

    static CaseResult row(String name, String source, String metric, double value, double tol, String note) {
        return CaseResult.of(FOLDER, name, source, metric, value, tol, true, note, null);
    }
}
