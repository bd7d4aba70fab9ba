package memspice.tools.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * .op and .dc cases against ngspice 39 raw files (NAME.cir beside NAME.ngspice.raw): every vector,
 * point by point, |a - b| <= rel max(|a|, |b|) + floor ({@link GoldenComparison}). Sweeps ngspice
 * lacks (list, dec, parameter) it emulated with one .op per point; those are paired with memspice's
 * sweep point by point. The metric is the worst |a - b| / tolerance (at most 1 to pass).
 */
public final class OperatingPointSuite implements Suite {

    private final String folder;
    private final String description;
    private final double relative;
    private final double voltageFloor;
    private final double currentFloor;
    private final int fastCases;

    /**
     * @param folder    the folder under validation/ (e.g. "golden/dc")
     * @param fastCases how many cases the fast subset runs
     */
    public OperatingPointSuite(String folder, String description, double relative, double voltageFloor,
            double currentFloor, int fastCases) {
        this.folder = folder;
        this.description = description;
        this.relative = relative;
        this.voltageFloor = voltageFloor;
        this.currentFloor = currentFloor;
        this.fastCases = fastCases;
    }

    @Override
    public String name() {
        return folder;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        List<CaseResult> out = new ArrayList<>();
        try {
            for (Path cir : Simulation.subset(Simulation.cases(validation.resolve(folder)), fast, fastCases)) {
                out.add(check(cir));
            }
        } catch (Exception e) {
            out.add(CaseResult.failed(folder, "(listing)", "ngspice 39", e.toString()));
        }
        return out;
    }

    private String metric() {
        return String.format(Locale.ROOT, "max |d|/(%.0e|ref|+floor)", relative);
    }

    /** One case; never throws. */
    public CaseResult check(Path cir) {
        String base = Simulation.base(cir);
        try {
            List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw"));
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return CaseResult.failed(folder, base, "ngspice 39", "memspice failed: " + sim.failureText());
            }
            boolean restricted = sim.restricted();
            GoldenComparison cmp = new GoldenComparison(relative, voltageFloor, currentFloor);
            List<ResultTable> ngOps = Simulation.plots(ng, "Operating Point");
            List<ResultTable> ngDcs = Simulation.plots(ng, "DC transfer characteristic");
            List<ResultTable> ourOps = sim.tables("op");
            List<ResultTable> ourDcs = sim.tables("dc");
            List<String> problems = new ArrayList<>();
            boolean emulated = false;
            if (ngOps.size() == ourOps.size()) {
                for (int k = 0; k < ngOps.size(); k++) {
                    cmp.compare(base + " op#" + (k + 1), ngOps.get(k), ourOps.get(k), List.of(new int[] {0, 0}), false,
                            restricted);
                }
            } else if (ourOps.isEmpty() && ourDcs.size() == 1 && ngOps.size() == ourDcs.get(0).rowCount()) {
                emulated = true;
                for (int k = 0; k < ngOps.size(); k++) {
                    cmp.compare(base + " point " + k, ngOps.get(k), ourDcs.get(0), List.of(new int[] {0, k}), false,
                            restricted);
                }
            } else {
                problems.add("ngspice has " + ngOps.size() + " operating points, memspice " + ourOps.size());
            }
            if (!emulated) {
                if (ngDcs.size() != ourDcs.size()) {
                    problems.add("ngspice has " + ngDcs.size() + " dc sweeps, memspice " + ourDcs.size());
                } else {
                    for (int k = 0; k < ngDcs.size(); k++) {
                        ResultTable a = ngDcs.get(k);
                        ResultTable b = ourDcs.get(k);
                        if (a.rowCount() != b.rowCount()) {
                            problems.add("dc#" + (k + 1) + ": " + a.rowCount() + " ngspice points, " + b.rowCount()
                                    + " memspice points");
                            continue;
                        }
                        List<int[]> rows = new ArrayList<>();
                        for (int r = 0; r < a.rowCount(); r++) {
                            rows.add(new int[] {r, r});
                        }
                        cmp.compare(base + " dc#" + (k + 1), a, b, rows, true, restricted);
                    }
                }
            }
            problems.addAll(cmp.failures());
            if (cmp.compared() == 0) {
                problems.add("nothing was compared");
            }
            String note = problems.isEmpty() ? "worst " + cmp.worstSignal() + ", " + cmp.compared() + " values"
                    : String.join("; ", problems.subList(0, Math.min(3, problems.size())));
            return CaseResult.of(folder, base, "ngspice 39", metric(), cmp.worstRatio(), 1.0, problems.isEmpty(), note,
                    overlay(base, cmp.worstSignal(), ngOps, ngDcs, emulated ? List.of() : ourOps, ourDcs, emulated));
        } catch (Exception e) {
            return CaseResult.failed(folder, base, "ngspice 39", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The unit of a DC sweep variable: a voltage or current source's name, temp, or a parameter. */
    private static String sweepUnit(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches("v[^(]*")) {
            return "V";
        }
        if (n.matches("i[^(]*")) {
            return "A";
        }
        return n.equals("temp") ? "degC" : Units.of(name, null);
    }

    /** The worst vector over the sweep (or over the emulated points); for .op alone every voltage by index. */
    private static CaseResult.Overlay overlay(String base, String ngName, List<ResultTable> ngOps, List<ResultTable> ngDcs,
            List<ResultTable> ourOps, List<ResultTable> ourDcs, boolean emulated) {
        if (ngName == null) {
            return null;
        }
        String ourName = NgspiceNames.toMemspice(ngName);
        String unit = Units.of(ngName, null);
        if (!ngDcs.isEmpty() && !ourDcs.isEmpty() && !emulated) {
            ResultTable a = ngDcs.get(0);
            ResultTable b = ourDcs.get(0);
            var ia = a.indexOf(ngName);
            var ib = b.indexOf(ourName);
            if (ia.isPresent() && ib.isPresent()) {
                String sweep = b.columns().get(0).name();
                return new CaseResult.Overlay(base + ": " + ourName, sweep, sweepUnit(sweep), List.of(
                        new Curve("memspice " + ourName, b.column(0), b.column(ib.get()), unit, false),
                        new Curve("ngspice " + ngName, a.column(0), a.column(ia.get()), unit, true)), false, a.rowCount() < 40);
            }
        }
        if (emulated && !ourDcs.isEmpty()) {
            ResultTable b = ourDcs.get(0);
            var ib = b.indexOf(ourName);
            double[] ref = new double[ngOps.size()];
            for (int k = 0; k < ref.length; k++) {
                var ia = ngOps.get(k).indexOf(ngName);
                ref[k] = ia.isPresent() ? ngOps.get(k).value(0, ia.get()) : Double.NaN;
            }
            if (ib.isPresent()) {
                String sweep = b.columns().get(0).name();
                return new CaseResult.Overlay(base + ": " + ourName, sweep, sweepUnit(sweep), List.of(
                        new Curve("memspice " + ourName, b.column(0), b.column(ib.get()), unit, false),
                        new Curve("ngspice " + ngName + " (one .op per point)", b.column(0), ref, unit, true)), false, true);
            }
        }
        if (!ngOps.isEmpty() && !ourOps.isEmpty()) {
            ResultTable a = ngOps.get(0);
            ResultTable b = ourOps.get(0);
            List<Double> x = new ArrayList<>();
            List<Double> ya = new ArrayList<>();
            List<Double> yb = new ArrayList<>();
            for (int c = 0; c < a.columnCount(); c++) {
                String n = a.columns().get(c).name();
                var ib = b.indexOf(NgspiceNames.toMemspice(n));
                if (ib.isPresent() && Units.of(n, a.columns().get(c).type()).equals(unit)) {
                    x.add((double) x.size());
                    ya.add(a.value(0, c));
                    yb.add(b.value(0, ib.get()));
                }
            }
            double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
            return new CaseResult.Overlay(base + ": operating point, every " + Units.quantity(unit), "vector index", "",
                    List.of(new Curve("memspice", xs, yb.stream().mapToDouble(Double::doubleValue).toArray(), unit, false),
                            new Curve("ngspice", xs, ya.stream().mapToDouble(Double::doubleValue).toArray(), unit, true)),
                    false, true);
        }
        return null;
    }
}
