package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * .ac cases against ngspice 39's complex raw output (validation/golden/ac): real and imaginary
 * parts within 1e-9 relative plus 1e-12 of each vector's peak magnitude ({@link AcComparison}); the
 * metric is the worst |diff| / tolerance.
 */
public final class AcSuite implements Suite {

    static final String FOLDER = "golden/ac";

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "small-signal .ac vs ngspice 39 (1e-9 relative, floor 1e-12 of each vector's peak)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        try {
            for (Path cir : Simulation.subset(Simulation.cases(validation.resolve(FOLDER)), fast, 2)) {
                out.add(check(cir));
            }
        } catch (Exception e) {
            out.add(CaseResult.failed(FOLDER, "(listing)", "ngspice 39", e.toString()));
        }
        return out;
    }

    private static CaseResult check(Path cir) {
        String base = Simulation.base(cir);
        String src = "ngspice 39";
        try {
            List<ResultTable> ng = Simulation.plots(RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")), "AC Analysis");
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return CaseResult.failed(FOLDER, base, src, "memspice failed: " + sim.failureText());
            }
            List<ResultTable> ours = sim.sink().tables().stream().filter(ResultTable::isComplex).toList();
            if (ng.size() != 1 || ours.size() != 1) {
                return CaseResult.failed(FOLDER, base, src, ng.size() + " ngspice AC plots, " + ours.size() + " memspice");
            }
            AcComparison cmp = new AcComparison(1e-9, 1e-12);
            cmp.compare(base, ng.get(0), ours.get(0));
            boolean ok = cmp.failures().isEmpty() && cmp.compared() >= 2 * ng.get(0).rowCount();
            return CaseResult.of(FOLDER, base, src, "max |d|/(1e-9|ref|+1e-12 peak)", cmp.worstRatio(), 1.0, ok,
                    ok ? "worst " + cmp.worstSignal() + ", " + cmp.compared() + " values"
                            : cmp.failures().isEmpty() ? "too little compared" : cmp.failures().get(0),
                    overlay(base, ng.get(0), ours.get(0), cmp.worstSignal()));
        } catch (Exception e) {
            return CaseResult.failed(FOLDER, base, src, String.valueOf(e.getMessage()));
        }
    }

    /** Magnitudes of the worst vector over frequency (log axis). */
    static CaseResult.Overlay overlay(String base, ResultTable ng, ResultTable ours, String name) {
        if (name == null) {
            return null;
        }
        for (int c = 1; c < ng.columnCount(); c++) {
            if (!NgspiceNames.toMemspice(ng.columns().get(c).name()).equals(name)) {
                continue;
            }
            double[] a = new double[ng.rowCount()];
            for (int r = 0; r < a.length; r++) {
                a[r] = Math.hypot(ng.value(r, c), ng.imag(r, c));
            }
            // memspice's column: the complex value itself, or its magnitude part
            var ib = ours.indexOf(name);
            String mag = name.charAt(0) + "m" + name.substring(1);
            var im = ours.indexOf(mag);
            double[] b = new double[ours.rowCount()];
            if (ib.isPresent()) {
                for (int r = 0; r < b.length; r++) {
                    b[r] = Math.hypot(ours.value(r, ib.get()), ours.imag(r, ib.get()));
                }
            } else if (im.isPresent()) {
                b = ours.column(im.get());
            } else {
                return null;
            }
            String unit = Units.of(name, null);
            return new CaseResult.Overlay(base + ": |" + name + "|", "frequency", "Hz", List.of(
                    new Curve("memspice |" + name + "|", ours.column(0), b, unit, false),
                    new Curve("ngspice |" + ng.columns().get(c).name() + "|", ng.column(0), a, unit, true)), true, false);
        }
        return null;
    }
}
