package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.PairedArray;
import memspice.tools.irdrop.SinhCrossbar;
import memspice.tools.irdrop.Wiring;

/**
 * The generator's netlists (run by memspice) against the in-memory solvers of the irdrop API, for
 * the periphery that both model: two-sided drive with driver resistance and separate row/column
 * segments, column and row pairs (linear cells), sinh cells, and YMEMRISTOR cells at their
 * programmed state. Linear arrays: 1e-9 relative (two direct solves of the same linear system,
 * rounding ~1e-12 times cond ~1e4); sinh cells: 1e-6 relative, the nonlinear bound (both
 * Newton iterations stop near 1e-9 with the tight .options used).
 */
class CrossbarInMemoryTest {

    private static final String TIGHT = ".options reltol=1e-9 abstol=1e-15 vntol=1e-12";

    @Test
    void twoSidedDriveWithDriverResistanceIsTheNodalSystem() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(9, 13, 1e-6, 1e-4, 0.2, 1.5, 31)
                .with(new Layout(Layout.Pairing.SINGLE, true, 30));
        spec = spec.with(new CrossbarSpec.Wires(1.5, 0.7, 0, 0), spec.drive(), spec.readout());
        double[] y = new double[13];
        CrossbarSystem.build(spec.conductance(), new Wiring(1.5, 0.7, 30, true, false)).columnCurrents(spec.inputs(), y);
        ResultTable op = run(spec, CrossbarCell.resistor(), ".op");
        for (int j = 0; j < 13; j++) {
            double v = value(op, "i(vout" + j + ")");
            assertEquals(v, y[j], 1e-9 * Math.abs(v), "column " + j);
        }
    }

    @Test
    void pairsAreTheSignedWeightProduct() throws Exception {
        Random r = new Random(6);
        double[][] gp = matrix(r, 7, 5);
        double[][] gm = matrix(r, 7, 5);
        double[] x = new double[7];
        for (int i = 0; i < 7; i++) {
            x[i] = 0.2 * r.nextDouble();
        }
        Wiring wiring = new Wiring(2.0, 1.0, 0, false, false);
        CrossbarSpec.Wires wires = new CrossbarSpec.Wires(2.0, 1.0, 0, 0);
        // column pairs: v(d<k>) (1 ohm per ampere) against PairedArray
        double[] y = new double[5];
        new PairedArray(gp, gm, Layout.Pairing.COLUMNS, wiring, CrossbarSystem.Solver.LU).columnCurrents(x, y);
        ResultTable op = run(new Layout(Layout.Pairing.COLUMNS, false, 0).spec(gp, gm, x, wires),
                CrossbarCell.resistor(), ".op");
        boolean signs = false;
        for (int k = 0; k < 5; k++) {
            double v = value(op, "v(d" + k + ")");
            assertEquals(v, y[k], 1e-9 * Math.abs(v), "pair " + k);
            assertEquals(value(op, "i(vout" + 2 * k + ")") - value(op, "i(vout" + (2 * k + 1) + ")"), v, 1e-12 * Math.abs(v));
            signs |= v < 0;
        }
        assertTrue(signs, "random G+/G- give outputs of both signs");
        // row pairs with +/-x: the netlist API with resistor cells (2T2R needs 1t1r there, so this
        // checks the in-memory row pairing against the physical array the netlist would hold)
        new PairedArray(gp, gm, Layout.Pairing.TWO_T_TWO_R, wiring, CrossbarSystem.Solver.LU).columnCurrents(x, y);
        CrossbarSpec rows = new Layout(Layout.Pairing.TWO_T_TWO_R, false, 0).spec(gp, gm, x, wires);
        double[] px = new double[14];
        for (int p = 0; p < 14; p++) {
            px[p] = rows.rowAmplitude(p);
        }
        double[] phys = new double[5];
        CrossbarSystem.build(rows.conductance(), wiring).columnCurrents(px, phys);
        for (int k = 0; k < 5; k++) {
            assertEquals(phys[k], y[k], 1e-12 * Math.abs(phys[k]), "2t2r column " + k);
        }
    }

    @Test
    void sinhAndYmemristorCellsMatchTheInMemorySolvers() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(8, 10, 2e-6, 1e-4, 0.4, 1.0, 33);
        Wiring wiring = Wiring.uniform(1.0);
        double[] y = new double[10];
        new SinhCrossbar(spec.conductance(), wiring, 4.0, CrossbarSystem.Solver.LU).columnCurrents(spec.inputs(), y);
        ResultTable op = run(spec, CrossbarCell.sinh(4.0), TIGHT, ".op");
        for (int j = 0; j < 10; j++) {
            double v = value(op, "i(vout" + j + ")");
            assertEquals(v, y[j], 1e-6 * Math.abs(v), "sinh column " + j);
        }
        // HP model at rinit = 1/G is ohmic at the operating point (state held), so the array is
        // linear; the device adds gmin (1e-12 S, the default .options gmin) across its terminals
        // (MemristorDevice), 2e-8 of a 50 uS cell, so the in-memory array gets G + gmin
        double[][] withGmin = spec.conductance().clone();
        for (int i = 0; i < withGmin.length; i++) {
            withGmin[i] = withGmin[i].clone();
            for (int j = 0; j < withGmin[i].length; j++) {
                withGmin[i][j] += 1e-12;
            }
        }
        CrossbarSystem.build(withGmin, wiring).columnCurrents(spec.inputs(), y);
        op = run(spec, CrossbarCell.ymemristor("ron=1k roff=10meg"), TIGHT, ".op");
        for (int j = 0; j < 10; j++) {
            double v = value(op, "i(vout" + j + ")");
            assertEquals(v, y[j], 1e-9 * Math.abs(v), "ymemristor column " + j);
        }
    }

    @Test
    void namedMemristorModelsAreProgrammedToTheirConductances() throws Exception {
        // TEAM (Xyce level 2) with its linear I-V (iv = 0): ohmic at a held state, so an array of
        // cells programmed to G must be the linear array of G
        String card = "level=2 ron=1k roff=1meg";
        CrossbarSpec spec = CrossbarSpec.random(6, 7, 2e-6, 5e-4, 0.2, 1.0, 35);
        double[][] x = MemristorProgrammer.states(card, 0.2, 0, 3e-9, spec.conductance());
        double[] g = MemristorProgrammer.conductances(card, 0.2, new double[] {x[2][3], x[5][6]});
        // bisection stops at 1e-13 relative conductance error (MemristorProgrammer.TOLERANCE); the
        // 1e-12 bound adds the calibration solve's rounding
        assertEquals(spec.conductance()[2][3], g[0], 1e-12 * spec.conductance()[2][3]);
        assertEquals(spec.conductance()[5][6], g[1], 1e-12 * spec.conductance()[5][6]);
        double[] y = new double[7];
        // the calibration measures I/V with the device's gmin included, so here no gmin is added
        CrossbarSystem.build(spec.conductance(), Wiring.uniform(1.0)).columnCurrents(spec.inputs(), y);
        ResultTable op = run(spec, CrossbarCell.ymemristor(card, x), TIGHT, ".op");
        for (int j = 0; j < 7; j++) {
            double v = value(op, "i(vout" + j + ")");
            assertEquals(v, y[j], 1e-9 * Math.abs(v), "TEAM column " + j);
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MemristorProgrammer.states(card, 0.2, 0, 3e-9, new double[][] {{1e-2}}));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    private static double[][] matrix(Random r, int n, int m) {
        double[][] g = new double[n][m];
        for (double[] row : g) {
            for (int j = 0; j < m; j++) {
                row[j] = 1e-6 + 99e-6 * r.nextDouble();
            }
        }
        return g;
    }

    private static ResultTable run(CrossbarSpec spec, CrossbarCell cell, String... analyses) throws Exception {
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec, cell, w, analyses);
        TableSink sink = new TableSink();
        var netlist = NetlistParser.parse(Path.of("gen.cir"), DeckReader.read("gen.cir", w.toString()));
        assertTrue(Simulator.run(netlist, sink, new RunStatistics()).succeeded(), "memspice .op failed");
        return sink.first("op");
    }

    private static double value(ResultTable op, String name) {
        return op.value(0, op.indexOf(name).orElseThrow(() -> new AssertionError("no " + name)));
    }
}
