package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;

/**
 * Device charge transients against ngspice 39 (validation/golden/devices/tran): every vector at
 * ngspice's time points within 3e-3 of its swing ({@link SwingComparison}; the bound's reasoning is
 * in GoldenDeviceSuiteTest: measured worst 1.04e-3, a 10 % charge-parameter change gives ~5e-3).
 */
public final class DeviceTransientSuite implements Suite {

    static final String FOLDER = "golden/devices/tran";
    static final double FRACTION_OF_SWING = 3e-3;

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "junction and overlap charges in time vs ngspice 39 (3e-3 of each vector's swing)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        try {
            for (Path cir : Simulation.subset(Simulation.cases(validation.resolve(FOLDER)), fast, 0)) {
                String base = Simulation.base(cir);
                try {
                    List<ResultTable> ng = Simulation.plots(RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")),
                            "Transient Analysis");
                    Simulation sim = Simulation.run(cir);
                    if (!sim.report().succeeded() || ng.isEmpty()) {
                        out.add(CaseResult.failed(FOLDER, base, "ngspice 39",
                                ng.isEmpty() ? "no ngspice transient plot" : "memspice failed: " + sim.failureText()));
                        continue;
                    }
                    ResultTable ours = sim.sink().first("tran");
                    SwingComparison cmp = new SwingComparison(FRACTION_OF_SWING);
                    cmp.compare(base, ng.get(0), ours);
                    boolean ok = cmp.failures().isEmpty() && cmp.compared() > 0;
                    out.add(CaseResult.of(FOLDER, base, "ngspice 39", "max |d| / swing", cmp.worst(), FRACTION_OF_SWING, ok,
                            ok ? "worst " + cmp.worstSignal() + ", " + cmp.compared() + " values" : String.join("; ",
                                    cmp.failures()),
                            TransientSuite.overlay(base, ng.get(0), ours, cmp.worstSignal())));
                } catch (Exception e) {
                    out.add(CaseResult.failed(FOLDER, base, "ngspice 39", String.valueOf(e.getMessage())));
                }
            }
        } catch (Exception e) {
            out.add(CaseResult.failed(FOLDER, "(listing)", "ngspice 39", e.toString()));
        }
        return out;
    }
}
