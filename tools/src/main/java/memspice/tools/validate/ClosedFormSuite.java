package memspice.tools.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * Cases with an exact solution (validation/closed-form, whose README gives the derivations): the
 * netlist runs and one signal is compared with the formula at every accepted time point; the metric
 * is the worst error, relative or absolute as the case states.
 */
public final class ClosedFormSuite implements Suite {

    static final String FOLDER = "closed-form";

    /**
     * One closed-form case.
     *
     * @param name      netlist base name
     * @param signal    memspice's column
     * @param exact     the exact value at time t
     * @param relative  true: |sim - exact| / |exact|; false: |sim - exact|
     * @param tolerance the bound (justified in the README and below)
     */
    record Case(String name, String signal, DoubleUnaryOperator exact, boolean relative, double tolerance) {
    }

    private static final double HP_K = (16e3 - 100) * 1e-13 * 100 / 1e-16;
    private static final double HP_W = 2 * Math.PI * 10;

    /**
     * HP: M(t) = sqrt(M0^2 - 2 k phi(t)) (REFERENCE.md 1.1), bound 1e-4 relative: trapezoidal error
     * ~(omega h)^2/12 per unit phase with h = 0.2 ms is ~1.6e-5 per radian of phase, measured 3.3e-5
     * in HpClosedFormTest (which also shows second-order convergence); a first-order error would be
     * ~omega h / 2 = 6e-3. RC: v = exp(-t/RC) from v(0) = 1 V, bound 1e-5 V: trapezoidal global
     * error (t/tau)(h/tau)^2/12 e^(-t/tau) peaks at 3.1e-6 at t = tau for h = 10 us, tau = 1 ms
     * (measured 2.9e-6); backward Euler would give 1.8e-3.
     */
    static final List<Case> CASES = List.of(
            new Case("hp_sine", "n(ymemristor!mr1:r)",
                    t -> Math.sqrt(11e3 * 11e3 - 2 * HP_K * (1 - Math.cos(HP_W * t)) / HP_W), true, 1e-4),
            new Case("rc_discharge", "v(out)", t -> Math.exp(-t / 1e-3), false, 1e-5));

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "exact solutions: HP memristor M(t) = sqrt(M0^2 - 2 k phi), RC discharge exp(-t/RC)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        Path dir = validation.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (Case c : CASES) {
            out.add(check(dir.resolve(c.name() + ".cir"), c));
        }
        return out;
    }

    private static CaseResult check(Path cir, Case c) {
        String metric = c.relative() ? "max |sim - exact| / |exact|" : "max |sim - exact|";
        try {
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return CaseResult.failed(FOLDER, c.name(), "closed form", "memspice failed: " + sim.failureText());
            }
            ResultTable t = sim.sink().first("tran");
            var idx = t.indexOf(c.signal());
            if (idx.isEmpty()) {
                return CaseResult.failed(FOLDER, c.name(), "closed form", "memspice has no column " + c.signal());
            }
            double[] time = t.column(0);
            double[] y = t.column(idx.get());
            double[] exact = new double[time.length];
            double worst = 0;
            double at = 0;
            for (int k = 0; k < time.length; k++) {
                exact[k] = c.exact().applyAsDouble(time[k]);
                double e = Math.abs(y[k] - exact[k]) / (c.relative() ? Math.abs(exact[k]) : 1);
                if (!(e <= worst)) {
                    worst = e;
                    at = time[k];
                }
            }
            String unit = c.signal().endsWith(":r)") ? "ohm" : Units.of(c.signal(), null);
            CaseResult.Overlay o = new CaseResult.Overlay(c.name() + ": " + c.signal(), "time", "s", List.of(
                    new Curve("memspice " + c.signal(), time, y, unit, false),
                    new Curve("closed form", time, exact, unit, true)), false, false);
            return CaseResult.of(FOLDER, c.name(), "closed form", metric, worst, c.tolerance(), time.length > 10,
                    String.format(Locale.ROOT, "worst at t = %.4g s, %d points", at, time.length), o);
        } catch (Exception e) {
            return CaseResult.failed(FOLDER, c.name(), "closed form", String.valueOf(e.getMessage()));
        }
    }
}
