package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.tools.validate.CaseResult;
import memspice.tools.validate.Validator;

/**
 * {@code memspice validate [--report DIR] [--fast] [--dir VALIDATION]}: runs every validation case
 * of the repository (ngspice golden suites, Xyce memristor cases, closed forms), prints the table
 * and exits 2 when any check fails.
 */
final class ValidateCommand implements Command {

    @Override
    public String summary() {
        return "run the validation suites (ngspice, Xyce gold, closed forms), optionally with a plot report";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("report").hasArg().argName("DIR")
                .desc("write DIR/index.md and one overlay PNG per case").get());
        o.addOption(Option.builder().longOpt("fast").desc("run the quick subset (a few cases per suite)").get());
        o.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
                .desc("the validation folder (default: ./validation, else found above the working directory)").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options(), args);
        } catch (ParseException e) {
            err.println("memspice validate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (cl.hasOption("help")) {
            Help.print(out, "memspice validate [options]", options());
            return Main.OK;
        }
        if (!cl.getArgList().isEmpty()) {
            err.println("memspice validate: unexpected arguments " + cl.getArgList() + " (memspice validate --help)");
            return Main.BAD_INPUT;
        }
        Path dir = cl.hasOption("dir") ? Path.of(cl.getOptionValue("dir")) : locate();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("memspice validate: no validation folder found (give it with --dir)");
            return Main.BAD_INPUT;
        }
        List<CaseResult> rows = Validator.run(dir, cl.hasOption("fast"), err);
        out.print(Validator.table(rows));
        out.println();
        out.print(Validator.summary(rows));
        String failures = Validator.failures(rows);
        if (!failures.isEmpty()) {
            out.println();
            out.print(failures);
        }
        if (cl.hasOption("report")) {
            Path report = Path.of(cl.getOptionValue("report"));
            try {
                Validator.report(rows, report, cl.hasOption("fast"));
                out.println("wrote " + report.resolve("index.md"));
            } catch (IOException e) {
                err.println("memspice validate: cannot write the report: " + e.getMessage());
                return Main.FAILED;
            }
        }
        boolean ok = !rows.isEmpty() && rows.stream().allMatch(CaseResult::pass);
        return ok ? Main.OK : Main.FAILED;
    }

    /** ./validation, or the first validation/ folder above the working directory. */
    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("validation");
            if (Files.isDirectory(d.resolve("golden")) || Files.isDirectory(d.resolve("closed-form"))) {
                return d;
            }
        }
        return null;
    }
}
