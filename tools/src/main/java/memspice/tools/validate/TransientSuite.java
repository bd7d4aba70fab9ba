package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * Transient cases against ngspice 39 (validation/golden/tran: NAME.cir, NAME.ngspice.raw,
 * NAME.ngspice.measure), the suite's rule (its README and GoldenTranSuiteTest): both waveforms on
 * 2000 common times; per signal RMS error below 1e-3 and max error below 2e-2 of its scale (see
 * {@link WaveformComparison}); .measure values within 1e-3 relative.
 */
public final class TransientSuite implements Suite {

    static final String FOLDER = "golden/tran";

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "transient waveforms and .measure vs ngspice 39 (RMS < 1e-3, max < 2e-2 of scale; measures 1e-3)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        try {
            for (Path cir : Simulation.subset(Simulation.cases(validation.resolve(FOLDER)), fast, 3)) {
                out.addAll(check(cir));
            }
        } catch (Exception e) {
            out.add(CaseResult.failed(FOLDER, "(listing)", "ngspice 39", e.toString()));
        }
        return out;
    }

    /** The rows of one case (rms, max, and measures when there are any); never throws. */
    public static List<CaseResult> check(Path cir) {
        String base = Simulation.base(cir);
        String src = "ngspice 39";
        try {
            List<ResultTable> ng = Simulation.plots(RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")),
                    "Transient Analysis");
            if (ng.size() != 1) {
                return List.of(CaseResult.failed(FOLDER, base, src, ng.size() + " ngspice transient plots"));
            }
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return List.of(CaseResult.failed(FOLDER, base, src, "memspice failed: " + sim.failureText()));
            }
            ResultTable ours = sim.sink().first("tran");
            WaveformComparison cmp = new WaveformComparison(2000, 1e-3, 2e-2, 1e-3);
            cmp.compare(base, ng.get(0), ours, sim.restricted());
            boolean ok = cmp.failures().isEmpty() && cmp.compared() > 0;
            String note = cmp.compared() == 0 ? "nothing compared"
                    : ok ? "worst " + cmp.worstSignal() + ", " + cmp.compared() + " signals" : cmp.failures().get(0);
            List<CaseResult> rows = new ArrayList<>();
            rows.add(CaseResult.of(FOLDER, base, src, "rms err / scale", cmp.worstRms(), 1e-3, ok, note,
                    overlay(base, ng.get(0), ours, cmp.worstSignal())));
            rows.add(CaseResult.of(FOLDER, base, src, "max err / scale", cmp.worstMax(), 2e-2, ok, note, null));
            MeasureComparison m = new MeasureComparison(base, cir.resolveSibling(base + ".ngspice.measure"),
                    sim.report().measures(), 1e-3);
            if (!sim.report().measures().isEmpty() || !m.failures().isEmpty()) {
                rows.add(CaseResult.of(FOLDER, base, src, ".measure rel diff", m.worst(), 1e-3, m.failures().isEmpty(),
                        m.failures().isEmpty() ? m.compared() + " measures" : m.failures().get(0), null));
            }
            return rows;
        } catch (Exception e) {
            return List.of(CaseResult.failed(FOLDER, base, src, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** memspice's and ngspice's waveform of one signal over time (null if either lacks it). */
    static CaseResult.Overlay overlay(String base, ResultTable ng, ResultTable ours, String ourName) {
        if (ourName == null) {
            return null;
        }
        for (int c = 1; c < ng.columnCount(); c++) {
            String n = ng.columns().get(c).name();
            var ib = ours.indexOf(ourName);
            if (NgspiceNames.toMemspice(n).equals(ourName) && ib.isPresent()) {
                String unit = Units.of(n, ng.columns().get(c).type());
                return new CaseResult.Overlay(base + ": " + ourName, "time", "s", List.of(
                        new Curve("memspice " + ourName, ours.column(0), ours.column(ib.get()), unit, false),
                        new Curve("ngspice " + n, ng.column(0), ng.column(c), unit, true)), false, false);
            }
        }
        return null;
    }
}
