package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.analysis.RunStatistics;
import memspice.analysis.SimulationException;
import memspice.analysis.Simulator;
import memspice.netlist.Diagnostic;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.output.CsvSink;
import memspice.output.RawFileWriter;
import memspice.output.ResultSink;

/**
 * {@code memspice run NETLIST [--csv DIR] [-r FILE] [--ascii] [--stats] [--quiet]}: runs every
 * analysis of a netlist, prints the operating point, writes CSV and raw files.
 */
final class RunCommand implements Command {

    @Override
    public String summary() {
        return "run the analyses of a SPICE netlist (.op .dc .tran)";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("csv").hasArg().argName("DIR")
                .desc("write DIR/<analysis>.csv (op.csv, dc.csv, ...)").get());
        o.addOption(Option.builder("r").longOpt("raw").hasArg().argName("FILE")
                .desc("write an ngspice-compatible raw file (binary unless --ascii)").get());
        o.addOption(Option.builder().longOpt("ascii").desc("write the raw file as ASCII").get());
        o.addOption(Option.builder().longOpt("stats").desc("print where the time went (to stderr)").get());
        o.addOption(Option.builder("q").longOpt("quiet")
                .desc("print no result tables and no progress bar, only errors and warnings").get());
        o.addOption(Option.builder().longOpt("solver").hasArg().argName("KIND")
                .desc("linear solver: direct (sparse LU), iterative (CG, LU fallback) or auto (default;"
                        + " iterative for linear circuits of 200 k unknowns or more, tried first from 4 k); overrides .options solver").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options(), args);
        } catch (ParseException e) {
            err.println("memspice run: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (cl.hasOption("help")) {
            Help.print(out, "memspice run NETLIST [options]", options());
            return Main.OK;
        }
        Path file = InputFile.single(cl, "run", "netlist file", err);
        if (file == null) {
            return Main.BAD_INPUT;
        }
        if (cl.hasOption("solver") && !SolverOverride.isValid(cl.getOptionValue("solver"))) {
            err.println("memspice run: --solver must be direct, iterative or auto, not '" + cl.getOptionValue("solver") + "'");
            return Main.BAD_INPUT;
        }
        RunStatistics stats = new RunStatistics();
        List<ResultSink> sinks = new ArrayList<>();
        try {
            Netlist netlist = Simulator.read(file, stats);
            if (cl.hasOption("solver")) {
                netlist = SolverOverride.apply(netlist, cl.getOptionValue("solver"));
            }
            sinks.add(new ConsoleSink(out, cl.hasOption("quiet"), netlist));
            if (cl.hasOption("csv")) {
                sinks.add(new CsvSink(Path.of(cl.getOptionValue("csv"))));
            }
            if (cl.hasOption("raw")) {
                sinks.add(new RawFileWriter(Path.of(cl.getOptionValue("raw")), cl.hasOption("ascii")));
            }
            boolean interactive = System.console() != null && !cl.hasOption("quiet");
            ProgressBar bar = new ProgressBar(err);
            Simulator.Report report = Simulator.run(netlist, new FanOutSink(sinks), stats,
                    interactive ? bar : f -> { });
            bar.finish();
            for (Diagnostic w : report.warnings()) {
                err.println(w);
            }
            MeasureOutput.report(report.measures(), out, err,
                    cl.hasOption("csv") ? Path.of(cl.getOptionValue("csv")) : null);
            for (SimulationException f : report.failures()) {
                err.println(file + ": simulation failed: " + f.getMessage());
            }
            if (cl.hasOption("stats")) {
                err.print(stats.format());
            }
            return report.succeeded() ? Main.OK : Main.FAILED;
        } catch (NetlistException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(file + ": cannot write results: " + e.getMessage());
            return Main.FAILED;
        } finally {
            for (ResultSink s : sinks) {
                try {
                    s.close();
                } catch (IOException e) {
                    err.println("cannot close output: " + e.getMessage());
                }
            }
        }
    }
}
