package memspice.models.diode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * .ac reports a nonlinear device's current (i(d1)) through the linearisation of its probe around the
 * operating point (a central difference, see memspice.analysis.AcAnalysis); it must satisfy KCL with
 * the exactly computed branch and capacitor currents: i(d1) = -i(v1) - j omega C v(a).
 */
class DiodeAcProbeTest {

    @Test
    void diodeSmallSignalCurrentSatisfiesKcl() throws Exception {
        String text = "diode ac probe\nv1 in 0 dc 5 ac 1\nr1 in a 4.3k\nd1 a 0 dm\ncl a 0 10p\n"
                + ".model dm d(is=1e-14 n=1.05 rs=2 cjo=2p vj=0.7 m=0.4 tt=10n)\n"
                + ".print ac v(a) i(v1) i(d1)\n.ac dec 5 1k 10g\n.end\n";
        Path file = Path.of("d.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(r.succeeded(), r.failures().toString());
        ResultTable t = sink.tables().get(0);
        int va = t.indexOf("v(a)").orElseThrow();
        int iv = t.indexOf("i(v1)").orElseThrow();
        int id = t.indexOf("i(d1)").orElseThrow();
        for (int k = 0; k < t.rowCount(); k++) {
            double w = 2 * Math.PI * t.value(k, 0);
            double er = -t.value(k, iv) + w * 10e-12 * t.imag(k, va);
            double ei = -t.imag(k, iv) - w * 10e-12 * t.value(k, va);
            double err = Math.hypot(t.value(k, id) - er, t.imag(k, id) - ei);
            // the probe's Richardson-extrapolated difference moves the largest unknown by 1e-4 V: truncation
            // (1e-4 V / vt)^4 ~ 2e-10, and rounding of the 0.7 V operating point over the junction's much
            // smaller move (its phasor is ~6e-3 of the input's), ~2e-9 relative; measured 7e-13 A at worst
            // (3e-9 of the input current scale 1/4.3k); the bound is 1e-7 of that scale
            assertTrue(err <= 1e-7 / 4.3e3, "f = " + t.value(k, 0) + ": i(d1) = " + t.value(k, id) + " + j" + t.imag(k, id)
                    + ", KCL gives " + er + " + j" + ei + " (error " + err + ")");
        }
    }
}
