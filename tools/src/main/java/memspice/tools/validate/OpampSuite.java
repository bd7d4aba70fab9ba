package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * The YOPAMP device against ngspice 39 running the same circuit built from netlists/opamps.lib
 * (validation/golden/opamp; rules as in GoldenOpampSuiteTest): .ac real and imaginary parts 1e-9
 * relative with a floor of 1e-10 of the peak (the gain A0 = 1e5 beside unit entries costs its factor
 * in rounding), .dc 1e-9 relative (floors 1e-12 V, 1e-15 A; the subcircuit's internal nodes have no
 * counterpart), .tran under the transient suite's waveform rule.
 */
public final class OpampSuite implements Suite {

    static final String FOLDER = "golden/opamp";
    static final String SOURCE = "ngspice 39 (opamps.lib)";

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "YOPAMP vs ngspice 39 on the opamps.lib subcircuits (.ac/.dc 1e-9, .tran waveform rule)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        try {
            for (Path cir : Simulation.subset(Simulation.cases(validation.resolve(FOLDER)), fast, 1)) {
                out.add(check(cir));
            }
        } catch (Exception e) {
            out.add(CaseResult.failed(FOLDER, "(listing)", SOURCE, e.toString()));
        }
        return out;
    }

    private static CaseResult check(Path cir) {
        String base = Simulation.base(cir);
        try {
            List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw"));
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return CaseResult.failed(FOLDER, base, SOURCE, "memspice failed: " + sim.failureText());
            }
            if (ng.size() != 1 || sim.sink().tables().size() != 1) {
                return CaseResult.failed(FOLDER, base, SOURCE, ng.size() + " ngspice plots, " + sim.sink().tables().size()
                        + " memspice tables (one each expected)");
            }
            ResultTable a = ng.get(0);
            ResultTable b = sim.sink().tables().get(0);
            switch (sim.sink().kinds().get(0)) {
                case "ac" -> {
                    AcComparison cmp = new AcComparison(1e-9, 1e-10);
                    cmp.compare(base, a, b);
                    boolean ok = cmp.failures().isEmpty() && cmp.compared() >= a.rowCount();
                    return CaseResult.of(FOLDER, base, SOURCE, "max |d|/(1e-9|ref|+1e-10 peak)", cmp.worstRatio(), 1.0, ok,
                            ok ? "worst " + cmp.worstSignal() : cmp.failures().isEmpty() ? "too little compared"
                                    : cmp.failures().get(0),
                            AcSuite.overlay(base, a, b, cmp.worstSignal()));
                }
                case "dc" -> {
                    if (a.rowCount() != b.rowCount()) {
                        return CaseResult.failed(FOLDER, base, SOURCE, a.rowCount() + " ngspice points, " + b.rowCount()
                                + " memspice");
                    }
                    List<int[]> rows = new ArrayList<>();
                    for (int r = 0; r < a.rowCount(); r++) {
                        rows.add(new int[] {r, r});
                    }
                    GoldenComparison cmp = new GoldenComparison(1e-9, 1e-12, 1e-15);
                    cmp.compare(base, a, b, rows, true, true);
                    boolean ok = cmp.failures().isEmpty() && cmp.compared() >= a.rowCount();
                    return CaseResult.of(FOLDER, base, SOURCE, "max |d|/(1e-09|ref|+floor)", cmp.worstRatio(), 1.0, ok,
                            ok ? "worst " + cmp.worstSignal() : cmp.failures().isEmpty() ? "too little compared"
                                    : cmp.failures().get(0),
                            dcOverlay(base, a, b, cmp.worstSignal()));
                }
                case "tran" -> {
                    WaveformComparison cmp = new WaveformComparison(2000, 1e-3, 2e-2, 1e-3);
                    cmp.compare(base, a, b, true);
                    boolean ok = cmp.failures().isEmpty() && cmp.compared() >= 1;
                    // one row: the binding ratio of the two bounds (rms / 1e-3, max / 2e-2)
                    return CaseResult.of(FOLDER, base, SOURCE, "max(rms/1e-3, max/2e-2) of scale", cmp.worstRatio(), 1.0,
                            ok, ok ? "worst " + cmp.worstSignal() : cmp.failures().isEmpty() ? "nothing compared"
                                    : cmp.failures().get(0),
                            TransientSuite.overlay(base, a, b, cmp.worstSignal()));
                }
                default -> {
                    return CaseResult.failed(FOLDER, base, SOURCE, "unexpected analysis " + sim.sink().kinds().get(0));
                }
            }
        } catch (Exception e) {
            return CaseResult.failed(FOLDER, base, SOURCE, String.valueOf(e.getMessage()));
        }
    }

    private static CaseResult.Overlay dcOverlay(String base, ResultTable a, ResultTable b, String ngName) {
        if (ngName == null) {
            return null;
        }
        var ia = a.indexOf(ngName);
        var ib = b.indexOf(NgspiceNames.toMemspice(ngName));
        if (ia.isEmpty() || ib.isEmpty()) {
            return null;
        }
        String unit = Units.of(ngName, null);
        String sweep = b.columns().get(0).name();
        return new CaseResult.Overlay(base + ": " + ngName, sweep, sweep.toLowerCase().startsWith("v") ? "V" : "", List.of(
                new Curve("memspice " + ngName, b.column(0), b.column(ib.get()), unit, false),
                new Curve("ngspice " + ngName, a.column(0), a.column(ia.get()), unit, true)), false, a.rowCount() < 40);
    }
}
