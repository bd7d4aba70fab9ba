package memspice.tools.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.circuit.Elaborator;
import memspice.device.DeviceRegistry;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/** Semiconductor and switch cards end to end: junction limiting in Newton, device probes, input errors. */
class SemiconductorNetlistTest {

    @TempDir
    Path dir;

    private TableSink run(String text, RunStatistics stats) throws Exception {
        Path f = dir.resolve("t.cir");
        Files.writeString(f, text);
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(Simulator.read(f, stats), sink, stats);
        assertTrue(r.succeeded(), () -> "simulation failed: " + r.failures());
        return sink;
    }

    private static double col(ResultTable t, String name, int row) {
        return t.value(row, t.indexOf(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + t.names())));
    }

    /**
     * A diode across 5 V behind 1 ohm from a 0 V guess: the first Newton step would put ~5 V on the
     * junction (e^190); with junction limiting plain Newton converges quickly, no gmin or source stepping.
     */
    @Test
    void limitingLetsPlainNewtonConvergeOnAHardDrivenDiode() throws Exception {
        RunStatistics stats = new RunStatistics();
        TableSink s = run("hard diode\n.options reltol=1e-9 abstol=1e-15 vntol=1e-12\nv1 a 0 5\nr1 a b 1\nd1 b 0 dx\n.model dx d(is=1e-14)\n.op\n.end\n", stats);
        assertEquals(0, stats.counter("gmin stepping"));
        assertEquals(0, stats.counter("source stepping"));
        double vd = col(s.first("op"), "v(b)", 0);
        double i = col(s.first("op"), "i(v1)", 0);
        // KCL at b from the published diode equation: (5 - vd)/1 = is (e^(vd/vt) - 1) + gmin vd; Newton
        // stops with the KCL residual below reltol (1e-9) times the row's largest term, so 1e-8 relative
        double vt = 1.38064852e-23 / 1.6021766208e-19 * 300.15;
        assertEquals(5 - vd, 1e-14 * Math.expm1(vd / vt) + 1e-12 * vd, 1e-8 * (5 - vd));
        assertEquals(-(5 - vd), i, 1e-8 * (5 - vd));
        // measured: 11 iterations with limiting; 52 with the diode's limiting switched off (the linear
        // continuation of e^x above 80 keeps plain Newton finite but slow), so 20 separates the two
        assertTrue(stats.counter("newton iterations") <= 20, "iterations " + stats.counter("newton iterations"));
    }

    @Test
    void deviceCurrentProbesMatchTheSourceCurrents() throws Exception {
        TableSink s = run("probes\n.options reltol=1e-9 abstol=1e-15 vntol=1e-12\nv1 a 0 1\nr1 a b 100\nd1 b 0 dm\n"
                + "vc c 0 5\nvb bb 0 0.68\nq1 c bb 0 qn\nvg g 0 2\nvd d 0 3\nm1 d g 0 0 nm\nvs sp 0 2\ns1 sp 0 g 0 sm\n"
                + ".model dm d(is=1e-14 rs=2)\n.model qn npn(bf=120 rb=30)\n.model nm nmos(vto=1 kp=1e-4)\n"
                + ".model sm sw(vt=1.5 vh=0.1 ron=50 roff=1meg)\n"
                + ".print dc i(d1) i(v1) i(q1) i(vc) i(m1) i(vd) i(s1) i(vs)\n.dc v1 0.5 1 0.25\n.end\n", new RunStatistics());
        ResultTable t = s.first("dc");
        for (int r = 0; r < t.rowCount(); r++) {
            // each probe is the current into the device's first terminal, the negative of the SPICE-signed
            // source current feeding it alone; they differ by the KCL residual Newton leaves, below
            // reltol (1e-9) times the row's largest term plus abstol: bound 1e-8 relative + 1e-14 A
            assertEquals(-col(t, "i(v1)", r), col(t, "i(d1)", r), 1e-8 * Math.abs(col(t, "i(v1)", r)) + 1e-14);
            assertEquals(-col(t, "i(vc)", r), col(t, "i(q1)", r), 1e-8 * Math.abs(col(t, "i(vc)", r)) + 1e-14);
            assertEquals(-col(t, "i(vd)", r), col(t, "i(m1)", r), 1e-8 * Math.abs(col(t, "i(vd)", r)) + 1e-14);
            assertEquals(-col(t, "i(vs)", r), col(t, "i(s1)", r), 1e-8 * Math.abs(col(t, "i(vs)", r)) + 1e-14);
            assertEquals(2.0 / 50, col(t, "i(s1)", r), 1e-8 * 2.0 / 50);   // vc = 2 V > VT + VH: RON exactly
        }
    }

    private NetlistException error(String body) {
        return assertThrows(NetlistException.class, () -> {
            String text = "errors\n" + body + "\n.end\n";
            var netlist = NetlistParser.parse(Path.of("e.cir"), DeckReader.read("e.cir", text));
            Elaborator.elaborate(netlist, DeviceRegistry.get(), Map.of());
        });
    }

    @Test
    void badCardsNameTheLineAndTheProblem() {
        NetlistException e = error("v1 a 0 1\nd1 a 0 nosuch");
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());

        e = error("v1 a 0 1\n.model qn npn(bf=100)\nd1 a 0 qn");
        assertTrue(e.getMessage().contains("type NPN") && e.getMessage().contains("D"), e.getMessage());

        e = error("v1 a 0 1\n.model m3 nmos(level=3 vto=1)\nm1 a a 0 0 m3");
        assertTrue(e.getMessage().contains("level 1"), e.getMessage());

        e = error("v1 a 0 1\n.model dq d(is=1e-14 foo=3)\nd1 a 0 dq");
        assertTrue(e.getMessage().contains("foo"), e.getMessage());

        e = error("v1 a 0 1\n.model dq d(is=-1e-14)\nd1 a 0 dq");
        assertTrue(e.getMessage().contains("IS"), e.getMessage());

        e = error("v1 a 0 1\n.model s1 sw(ron=0)\ns1 a 0 a 0 s1");
        assertTrue(e.getMessage().contains("RON"), e.getMessage());

        e = error("v1 a 0 1\n.model qn npn\nq1 a a qn");
        assertTrue(e.getMessage().contains("emitter") || e.getMessage().contains("model"), e.getMessage());
    }
}
