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

import memspice.expr.SpiceNumber;
import memspice.tools.crossbar.CrossbarCell;
import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;

/**
 * {@code memspice crossbar --rows N [--cols M] [--rwire OHM] [--rcol OHM] [--cwire F] [--ccol F]
 * [--pulse TD,TR,PW,PER] [--tia RF,A0,GBW] [--analysis CARD]... [--gmin S] [--gmax S] [--vmax V] [--seed K]
 * [--cell resistor|1t1r|1s1r|memristor] [--vg V] -o FILE}: writes a random crossbar with wire
 * parasitics, cell type, drive and read-out as a SPICE netlist ({@code --analysis} may be repeated).
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
        o.addOption(Option.builder().longOpt("rcol").hasArg().argName("OHM").desc("column segment resistance (default: --rwire)").get());
        o.addOption(Option.builder().longOpt("cwire").hasArg().argName("F").desc("capacitance to ground per row-wire node (default 0)").get());
        o.addOption(Option.builder().longOpt("ccol").hasArg().argName("F").desc("capacitance per column-wire node (default: --cwire)").get());
        o.addOption(Option.builder().longOpt("pulse").hasArg().argName("TD,TR,PW,PER")
                .desc("drive rows with pulses from 0: delay, edge, width, period (s)").get());
        o.addOption(Option.builder().longOpt("tia").hasArg().argName("RF,A0,GBW")
                .desc("read columns with single-pole TIAs: feedback ohm, DC gain, GBW Hz (default: 0 V sources)").get());
        o.addOption(Option.builder().longOpt("analysis").hasArg().argName("CARD")
                .desc("analysis card to append (default .op), e.g. \".tran 1n 2u\"; repeat for several cards").get());
        o.addOption(Option.builder().longOpt("cell").hasArg().argName("TYPE")
                .desc("cell type: resistor (default), 1t1r, 1s1r, memristor").get());
        o.addOption(Option.builder().longOpt("vg").hasArg().argName("V").desc("1t1r word-line gate voltage (default 1.8)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("K").desc("random seed (default 1)").get());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("netlist to write (required)").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    /** A number with SPICE suffixes (10n, 0.1f, 16meg); rejects anything else. */
    private static double number(String text) {
        if (!SpiceNumber.isNumber(text.trim())) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
        return SpiceNumber.parse(text.trim());
    }

    private static double[] numbers(String text, int count, String option) {
        String[] f = text.split(",");
        if (f.length != count) {
            throw new IllegalArgumentException(option + " needs " + count + " comma-separated numbers, got '" + text + "'");
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = number(f[i].trim());
        }
        return v;
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
            CrossbarSpec spec = CrossbarSpec.random(rows, cols, number(cl.getOptionValue("gmin", "1e-6")),
                    number(cl.getOptionValue("gmax", "1e-4")), number(cl.getOptionValue("vmax", "0.2")),
                    number(cl.getOptionValue("rwire", "1")), Long.parseLong(cl.getOptionValue("seed", "1")));
            double rwire = number(cl.getOptionValue("rwire", "1"));
            double cwire = number(cl.getOptionValue("cwire", "0"));
            CrossbarSpec.Wires wires = new CrossbarSpec.Wires(rwire,
                    number(cl.getOptionValue("rcol", Double.toString(rwire))), cwire,
                    number(cl.getOptionValue("ccol", Double.toString(cwire))));
            CrossbarSpec.Drive drive = CrossbarSpec.Drive.dc();
            if (cl.hasOption("pulse")) {
                double[] p = numbers(cl.getOptionValue("pulse"), 4, "--pulse");
                drive = CrossbarSpec.Drive.pulse(p[0], p[1], p[2], p[3]);
            }
            CrossbarSpec.Readout readout = CrossbarSpec.Readout.virtualGround();
            if (cl.hasOption("tia")) {
                double[] t = numbers(cl.getOptionValue("tia"), 3, "--tia");
                readout = CrossbarSpec.Readout.tia(t[0], t[1], t[2]);
            }
            spec = spec.with(wires, drive, readout);
            CrossbarCell.Type type = CrossbarCell.Type.parse(cl.getOptionValue("cell", "resistor"));
            CrossbarCell cell = new CrossbarCell(type,
                    type == CrossbarCell.Type.ONE_T_ONE_R ? number(cl.getOptionValue("vg", "1.8")) : 0);
            if (cl.hasOption("vg") && type != CrossbarCell.Type.ONE_T_ONE_R) {
                err.println("memspice crossbar: --vg applies to --cell 1t1r only");
                return Main.BAD_INPUT;
            }
            if (type == CrossbarCell.Type.MEMRISTOR) {
                for (double[] row : spec.conductance()) {
                    for (double g : row) {
                        CrossbarCell.memristorState(g); // rejects a conductance no state reaches, before writing
                    }
                }
            }
            String[] analyses = cl.hasOption("analysis") ? cl.getOptionValues("analysis") : new String[] {".op"};
            Path file = Path.of(cl.getOptionValue("output"));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CrossbarNetlist.write(spec, cell, w, analyses);
            }
            out.println("wrote " + file + " (" + rows + " x " + cols + ", " + type.cliName() + " cells)");
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
