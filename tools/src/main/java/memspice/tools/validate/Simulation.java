package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * A netlist run in process, its results kept in memory.
 *
 * @param netlist the parsed netlist
 * @param sink    every analysis' table, with its kind ("op", "dc", "tran", "ac")
 * @param report  the simulator's report (failures, measures)
 */
public record Simulation(Netlist netlist, TableSink sink, Simulator.Report report) {

    /** Reads and runs a netlist (throws what the parser or simulator throws). */
    public static Simulation run(Path cir) throws Exception {
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        return new Simulation(netlist, sink, report);
    }

    /** The tables of one analysis kind, in order. */
    public List<ResultTable> tables(String kind) {
        List<ResultTable> out = new ArrayList<>();
        for (int i = 0; i < sink.tables().size(); i++) {
            if (sink.kinds().get(i).equals(kind)) {
                out.add(sink.tables().get(i));
            }
        }
        return out;
    }

    /** True when memspice's columns were chosen by .print/.save (a vector it lacks is then no error). */
    public boolean restricted() {
        return !netlist.directives("print").isEmpty() || !netlist.directives("save").isEmpty();
    }

    /** The failures of the run joined into one line, or "" when it succeeded. */
    public String failureText() {
        return report.succeeded() ? "" : report.failures().toString();
    }

    /** The NAME.cir files of a folder (not NAME.ngspice.cir variants), sorted; empty if absent. */
    public static List<Path> cases(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".cir") && !p.toString().endsWith(".ngspice.cir")).sorted().toList();
        }
    }

    /** The base name of a netlist file. */
    public static String base(Path cir) {
        return cir.getFileName().toString().replaceFirst("\\.cir$", "");
    }

    /** The plots of a raw file with the given plot name (case-insensitive). */
    public static List<ResultTable> plots(List<ResultTable> tables, String plotName) {
        return tables.stream().filter(t -> t.plotName().toLowerCase(Locale.ROOT).equals(plotName.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The first {@code n} items when fast, else all. */
    public static <T> List<T> subset(List<T> all, boolean fast, int n) {
        return fast ? all.subList(0, Math.min(n, all.size())) : all;
    }
}
