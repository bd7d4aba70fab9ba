package memspice.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Deck;
import memspice.netlist.DeckReader;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/** Test helpers: run netlist text in memory and read results by name. */
public final class Netlists {

    private Netlists() {
    }

    /** Parses netlist text (first line is the title). */
    public static Netlist parse(String text) throws NetlistException {
        Path file = Path.of("test.cir");
        Deck deck = DeckReader.read(file.toString(), text);
        return NetlistParser.parse(file, deck);
    }

    /** Runs netlist text and returns every result table; fails the test on a failed analysis. */
    public static TableSink run(String text) throws NetlistException, IOException {
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(parse(text), sink, new RunStatistics());
        if (!r.succeeded()) {
            throw new AssertionError("simulation failed: " + r.failures().get(0).getMessage());
        }
        return sink;
    }

    /** Writes text to a file under dir (creating folders). */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** The value of a named column in row {@code row}. */
    public static double value(ResultTable t, String column, int row) {
        int c = t.indexOf(column).orElseThrow(() -> new AssertionError("no column " + column + " in " + t.names()));
        return t.value(row, c);
    }

    /** The operating-point value of a named quantity. */
    public static double op(TableSink s, String column) {
        ResultTable t = s.first("op");
        if (t == null) {
            throw new AssertionError("no .op result");
        }
        return value(t, column, 0);
    }
}
