package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;

/**
 * {@code memspice crossbar --rows N [--cols M] [--rwire OHM] [--gmin S] [--gmax S] [--vmax V]
 * [--seed K] -o FILE}: writes a random passive crossbar with wire resistance as a SPICE netlist.
 */
final class CrossbarCommand implements Command {

    @Override
    public String summary() {
        return "write a random N x M crossbar with wire resistance as a SPICE netlist";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("rows").hasArg().argName("N").desc("rows (required)").get());
        o.addOption(Option.builder().longOpt("cols").hasArg().argName("M").desc("columns (default: rows)").get());
        o.addOption(Option.builder().longOpt("rwire").hasArg().argName("OHM").desc("wire segment resistance (default 1)").get());
        o.addOption(Option.builder().longOpt("gmin").hasArg().argName("S").desc("lowest cell conductance (default 1e-6)").get());
        o.addOption(Option.builder().longOpt("gmax").hasArg().argName("S").desc("highest cell conductance (default 1e-4)").get());
        o.addOption(Option.builder().longOpt("vmax").hasArg().argName("V").desc("largest input voltage (default 0.2)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("K").desc("random seed (default 1)").get());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("netlist to write (required)").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(options(), args);
            if (cl.hasOption("help")) {
                Help.print(out, "memspice crossbar --rows N [options] -o FILE", options());
                return Main.OK;
            }
            if (!cl.hasOption("rows") || !cl.hasOption("output")) {
                err.println("memspice crossbar: --rows and -o are required (memspice crossbar --help)");
                return Main.BAD_INPUT;
            }
            int rows = Integer.parseInt(cl.getOptionValue("rows"));
            int cols = Integer.parseInt(cl.getOptionValue("cols", cl.getOptionValue("rows")));
            if (rows < 1 || cols < 1) {
                err.println("memspice crossbar: --rows and --cols must be positive");
                return Main.BAD_INPUT;
            }
            CrossbarSpec spec = CrossbarSpec.random(rows, cols, Double.parseDouble(cl.getOptionValue("gmin", "1e-6")),
                    Double.parseDouble(cl.getOptionValue("gmax", "1e-4")), Double.parseDouble(cl.getOptionValue("vmax", "0.2")),
                    Double.parseDouble(cl.getOptionValue("rwire", "1")), Long.parseLong(cl.getOptionValue("seed", "1")));
            Path file = Path.of(cl.getOptionValue("output"));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CrossbarNetlist.write(spec, w, ".op");
            }
            out.println("wrote " + file + " (" + rows + " x " + cols + ")");
            return Main.OK;
        } catch (ParseException | NumberFormatException e) {
            err.println("memspice crossbar: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("memspice crossbar: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("memspice crossbar: cannot write: " + e.getMessage());
            return Main.FAILED;
        }
    }
}
