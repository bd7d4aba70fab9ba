package memspice.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import memspice.device.DcSweepable;
import memspice.device.Device;
import memspice.netlist.Directive;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;

/**
 * {@code .dc}: one or two nested sweeps over independent sources or top-level parameters. The first
 * sweep written is the inner one. Each point starts Newton from the previous solution and falls back
 * to the full operating-point homotopies when that fails. Columns: the inner sweep variable, the
 * outer one (if any), then the outputs.
 */
public final class DcSweepAnalysis implements Analysis {

    private final Directive directive;

    public DcSweepAnalysis(Directive directive) {
        this.directive = directive;
    }

    @Override
    public String kind() {
        return "dc";
    }

    /** How a sweep variable is applied. */
    private record Target(SweepSpec spec, DcSweepable source, boolean parameter) {
    }

    @Override
    public void run(AnalysisContext ctx) throws NetlistException, SimulationException, IOException {
        CircuitSolver base = ctx.base();
        List<SweepSpec> specs = SweepSpec.parseAll(directive, base.scope());
        List<Target> targets = new ArrayList<>();
        for (SweepSpec s : specs) {
            targets.add(resolve(base, s));
        }
        Target inner = targets.get(0);
        Target outer = targets.size() > 1 ? targets.get(1) : null;
        if (outer != null && outer.spec().target().equals(inner.spec().target())) {
            throw directive.error(".dc sweeps '" + inner.spec().target() + "' twice");
        }
        OutputColumns out = OutputColumns.select(ctx.netlist(), base.circuit(), base.scope(), "dc");
        List<ResultTable.Column> columns = new ArrayList<>();
        columns.add(column(base, inner));
        if (outer != null) {
            columns.add(column(base, outer));
        }
        columns.addAll(out.columns());
        int lead = columns.size() - out.size();
        ctx.sink().begin("dc", base.circuit().title(), "DC transfer characteristic", columns, false);
        double[] row = new double[columns.size()];
        try {
            double[] outerValues = outer == null ? new double[] {Double.NaN} : outer.spec().values();
            CircuitSolver previous = null;
            CircuitSolver outerSolver = base;
            for (double ov : outerValues) {
                if (outer != null && outer.parameter()) {
                    outerSolver = ctx.withParameters(Map.of(outer.spec().target(), ov));
                }
                for (double iv : inner.spec().values()) {
                    row[0] = iv;
                    if (outer != null) {
                        row[1] = ov;
                    }
                    CircuitSolver s = outerSolver;
                    if (inner.parameter()) {
                        s = ctx.withParameters(outer != null && outer.parameter()
                                ? Map.of(inner.spec().target(), iv, outer.spec().target(), ov)
                                : Map.of(inner.spec().target(), iv));
                    }
                    if (!inner.parameter()) {
                        sourceOf(s, inner).setDcValue(iv);
                    }
                    if (outer != null && !outer.parameter()) {
                        sourceOf(s, outer).setDcValue(ov);
                    }
                    if (previous == null) {
                        Arrays.fill(s.system().x(), 0.0);
                    } else if (previous != s) {
                        // Same netlist, same topology: the previous solution is a good first guess.
                        System.arraycopy(previous.system().x(), 0, s.system().x(), 0, s.system().x().length);
                    }
                    solvePoint(s, previous == null);
                    if (s != base && s != previous) {
                        // device outputs such as i(r1) must come from this circuit's own devices
                        out = OutputColumns.select(ctx.netlist(), s.circuit(), s.scope(), "dc");
                    }
                    previous = s;
                    out.evaluate(memspice.device.SolutionView.dc(s.system().x()), row, lead);
                    ctx.emit(row);
                }
            }
        } catch (SimulationException e) {
            throw e.within("dc sweep at " + describe(row, columns, lead) + ": ");
        } finally {
            restore(inner);
            if (outer != null) {
                restore(outer);
            }
            ctx.sink().end();
        }
    }

    private static DcSweepable sourceOf(CircuitSolver s, Target t) {
        return (DcSweepable) s.circuit().device(t.spec().target());
    }

    private static void restore(Target t) {
        if (t.source() != null) {
            t.source().setDcValue(t.source().nominalDcValue());
        }
    }

    private void solvePoint(CircuitSolver s, boolean first) throws SimulationException {
        s.system().context().setMode(true, false, 0.0);
        if (!first) {
            double[] guess = s.newton().snapshot();
            if (s.newton().solveDc(s.options().itl2, s.options().gshunt).converged()) {
                return;
            }
            s.newton().restore(guess);
        }
        s.operatingPoint().solve(s.options().itl1);
    }

    private Target resolve(CircuitSolver base, SweepSpec spec) throws NetlistException {
        Device d = base.circuit().device(spec.target());
        if (d instanceof DcSweepable src) {
            return new Target(spec, src, false);
        }
        if (d != null) {
            throw directive.error(".dc cannot sweep '" + spec.target() + "': only independent sources and parameters");
        }
        if (base.scope().definesLocally(spec.target())) {
            return new Target(spec, null, true);
        }
        if (spec.target().equals("temp")) {
            throw directive.error(".dc TEMP sweeps are not supported; sweep a parameter instead");
        }
        throw directive.error(".dc: no source or top-level parameter named '" + spec.target() + "'");
    }

    private static ResultTable.Column column(CircuitSolver base, Target t) {
        String type = t.source() != null ? t.source().sweepType() : "notype";
        return new ResultTable.Column(t.spec().target(), type);
    }

    private static String describe(double[] row, List<ResultTable.Column> columns, int lead) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lead; k++) {
            sb.append(k == 0 ? "" : ", ").append(columns.get(k).name()).append(" = ")
                    .append(String.format(Locale.ROOT, "%.6g", row[k]));
        }
        return sb.toString();
    }
}
