package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;

/**
 * The in-memory solver against ngspice 39 on the committed netlists of validation/irdrop (made by
 * its make-references.sh; ngspice is not needed here). Each array is rebuilt through the API from
 * the same seed and options and must print the committed netlist byte for byte, so the reference
 * belongs to exactly this array. Bounds are the issue's: 1e-9 relative for linear cells (both are
 * direct solves of the same circuit; rounding times cond ~1e5 is ~1e-11), 1e-6 for sinh cells
 * (both Newton iterations run to 1e-9 relative or tighter). Floors 1e-12 V, 1e-15 A.
 */
class IrDropNgspiceTest {

    private static final Path DIR = Path.of("..", "validation", "irdrop");
    private static final LevelGrid GRID = new LevelGrid(1e-6, 1e-4, 2048);

    @Test
    void linear64x64OneSided() throws Exception {
        double[][] g = Conductances.random(64, 64, Conductances.Distribution.UNIFORM, GRID, 3);
        double[] x = Conductances.inputs(1, 64, 0.2, 4)[0];
        CrossbarSystem sys = CrossbarSystem.build(g, new Wiring(1, 1, 0, false, false));
        StringWriter w = new StringWriter();
        IrDropNetlist.write(sys, x, w, ".op");
        check("linear_64x64", w.toString(), sys, sys.nodeVoltages(x), 1e-9);
    }

    @Test
    void linearTwoSidedWithDriverResistance() throws Exception {
        double[][] g = Conductances.random(16, 20, Conductances.Distribution.UNIFORM, GRID, 4);
        double[] x = Conductances.inputs(1, 16, 0.2, 5)[0];
        CrossbarSystem sys = CrossbarSystem.build(g, new Wiring(1.5, 0.7, 40, true, true));
        StringWriter w = new StringWriter();
        IrDropNetlist.write(sys, x, w, ".op");
        check("linear_16x20_two_sided", w.toString(), sys, sys.nodeVoltages(x), 1e-9);
    }

    @Test
    void sinhCells() throws Exception {
        double[][] g = Conductances.random(12, 12, Conductances.Distribution.UNIFORM, GRID, 5);
        double[] x = Conductances.inputs(1, 12, 0.4, 6)[0];
        SinhCrossbar xb = new SinhCrossbar(g, new Wiring(1, 1, 10, true, false), 5, CrossbarSystem.Solver.LU);
        StringWriter w = new StringWriter();
        IrDropNetlist.write(xb, x, w, ".options reltol=1e-9 vntol=1e-12 abstol=1e-15", ".op");
        check("sinh_12x12", w.toString(), xb.system(), xb.nodeVoltages(x), 1e-6);
    }

    private static void check(String name, String netlist, CrossbarSystem sys, double[] v, double rel) throws Exception {
        assertEquals(Files.readString(DIR.resolve(name + ".cir")), netlist,
                name + ": the API no longer prints the committed netlist; rerun validation/irdrop/make-references.sh");
        List<ResultTable> raw = RawFileReader.read(DIR.resolve(name + ".ngspice.raw"));
        ResultTable op = raw.get(0);
        double[] y = new double[sys.columns()];
        sys.outputs(v, y);
        for (int j = 0; j < sys.columns(); j++) {
            double ng = value(op, "i(vout" + j + ")");
            if (sys.wiring().twoSidedSense()) {
                ng += value(op, "i(vtop" + j + ")");
            }
            assertEquals(ng, y[j], rel * Math.abs(ng) + 1e-15, name + " column " + j);
        }
        for (int i = 0; i < sys.rows(); i++) {
            for (int j = 0; j < sys.columns(); j++) {
                double r = value(op, "v(r" + i + "_" + j + ")");
                double c = value(op, "v(c" + i + "_" + j + ")");
                assertEquals(r, v[sys.rowNode(i, j)], rel * Math.abs(r) + 1e-12, name + " r" + i + "_" + j);
                assertEquals(c, v[sys.columnNode(i, j)], rel * Math.abs(c) + 1e-12, name + " c" + i + "_" + j);
            }
        }
    }

    private static double value(ResultTable t, String name) {
        return t.value(0, t.indexOf(name).orElseThrow(() -> new AssertionError("no " + name + " in the raw file")));
    }
}
