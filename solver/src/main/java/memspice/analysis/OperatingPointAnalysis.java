package memspice.analysis;

import java.io.IOException;
import java.util.Arrays;

import memspice.netlist.Directive;
import memspice.netlist.NetlistException;

/** {@code .op}: the DC operating point, one row. */
public final class OperatingPointAnalysis implements Analysis {

    private final Directive directive;

    public OperatingPointAnalysis(Directive directive) {
        this.directive = directive;
    }

    @Override
    public String kind() {
        return "op";
    }

    @Override
    public void run(AnalysisContext ctx) throws NetlistException, SimulationException, IOException {
        if (!directive.items().isEmpty()) {
            throw directive.error(".op takes no arguments");
        }
        CircuitSolver s = ctx.base();
        OutputColumns out = OutputColumns.select(ctx.netlist(), s.circuit(), s.scope(), "op");
        Arrays.fill(s.system().x(), 0.0);
        s.system().context().setMode(true, false, 0.0);
        s.operatingPoint().solve(s.options().itl1);
        double[] row = new double[out.size()];
        out.evaluate(memspice.device.SolutionView.dc(s.system().x()), row, 0);
        ctx.sink().begin("op", s.circuit().title(), "Operating Point", out.columns(), false);
        ctx.emit(row);
        ctx.sink().end();
    }
}
