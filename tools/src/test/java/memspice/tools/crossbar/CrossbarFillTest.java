package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.ResultSink;
import memspice.output.TableSink;

/**
 * The fill-reducing ordering on the matrix shape that matters most: a 128 x 128 crossbar with 1 ohm
 * wire segments (33k unknowns) must factor with nnz(L+U) below 3 million, the engine-foundation
 * issue's bound. For scale: the natural (netlist) order fills a band of ~2 * 128 * 128 per column,
 * about 4e9 entries, so only a real ordering passes; CSparse-style AMD needs ~1.6 M here.
 */
class CrossbarFillTest {

    @Test
    void aCrossbarOf128By128FactorsWithLowFill() throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(128, 128, 1e-6, 1e-4, 0.2, 1.0, 3);
        StringWriter w = new StringWriter();
        // the LU's fill is the subject: solver=auto would solve this linear array by CG
        CrossbarNetlist.write(spec, w, ".options solver=direct\n.op");
        var netlist = NetlistParser.parse(Path.of("xbar128.cir"), DeckReader.read("xbar128.cir", w.toString()));
        RunStatistics stats = new RunStatistics();
        ResultSink sink = new TableSink();
        assertTrue(Simulator.run(netlist, sink, stats).succeeded());
        long fill = stats.counter("nnz(L+U)");
        assertTrue(stats.counter("unknowns") > 32_000, "unknowns " + stats.counter("unknowns"));
        assertTrue(fill > 0 && fill < 3_000_000, "nnz(L+U) = " + fill);
    }
}
