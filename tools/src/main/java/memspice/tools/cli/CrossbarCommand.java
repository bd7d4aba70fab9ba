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

import memspice.netlist.NetlistException;
import memspice.sparse.SingularMatrixException;
import memspice.tools.crossbar.CrossbarCell;
import memspice.tools.crossbar.CrossbarNetlist;
import memspice.tools.crossbar.CrossbarSpec;
import memspice.tools.crossbar.InMemoryCrossbar;
import memspice.tools.crossbar.Layout;
import memspice.tools.crossbar.MemristorProgrammer;

/**
 * {@code memspice crossbar (--rows N [--cols M] | --g FILE) [options] -o FILE}: writes a crossbar with
 * wire parasitics, cell type, differential pairing, row drivers, drive and read-out as a SPICE netlist
 * ({@code --analysis} may be repeated). Conductances and inputs come from {@link CrossbarArrays}.
 */
final class CrossbarCommand implements Command {

    @Override
    public String summary() {
        return "write an N x M crossbar (cells, pairs, wires, drivers, read-out) as a SPICE netlist";
    }

    private static Option opt(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).get();
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(opt("rows", "N", "weight rows (required unless --g)"));
        o.addOption(opt("cols", "M", "weight columns (default: rows)"));
        o.addOption(opt("g", "FILE", "conductance matrix CSV (S), one row per line; G+ with --pair (default: random)"));
        o.addOption(opt("g-minus", "FILE", "G- conductance CSV for --pair columns|2t2r (default: random)"));
        o.addOption(opt("dist", "NAME", "random conductances uniform or loguniform in [gmin, gmax] (default uniform)"));
        o.addOption(opt("levels", "K", "snap random conductances to K levels from gmin to gmax (default 0: continuous)"));
        o.addOption(opt("gmin", "S", "lowest cell conductance (default 1e-6)"));
        o.addOption(opt("gmax", "S", "highest cell conductance (default 1e-4)"));
        o.addOption(opt("vmax", "V", "largest input voltage (default 0.2)"));
        o.addOption(opt("rwire", "OHM", "row wire segment resistance (default 1)"));
        o.addOption(opt("rcol", "OHM", "column segment resistance (default: --rwire)"));
        o.addOption(opt("cwire", "F", "capacitance to ground per row-wire node (default 0)"));
        o.addOption(opt("ccol", "F", "capacitance per column-wire node (default: --cwire)"));
        o.addOption(opt("drive", "SIDES", "drive rows from one (left) or both ends (default one)"));
        o.addOption(opt("rdrv", "OHM", "row driver output resistance (default 0)"));
        o.addOption(opt("pair", "KIND", "signed weights: single (default), columns (G+/G- columns, out = I+ - I-), "
                + "2t2r (G+/G- rows at +V/-V, 1t1r cells)"));
        o.addOption(opt("pulse", "TD,TR,PW,PER", "drive rows with pulses from 0: delay, edge, width, period (s)"));
        o.addOption(opt("tia", "RF,A0,GBW", "read columns with single-pole TIAs: feedback ohm, DC gain, GBW Hz "
                + "(default: 0 V sources)"));
        o.addOption(opt("sample", "CS,TS[,TRST]", "floating columns into sample capacitors CS (F) read at TS (s) by "
                + ".measure, reset switches closed until TRST (s); needs --pulse"));
        o.addOption(opt("analysis", "CARD", "analysis card to append (default .op; with --sample .tran TS/500 TS), "
                + "e.g. \".tran 1n 2u\"; repeat for several cards"));
        o.addOption(opt("cell", "TYPE", "cell type: resistor (default), 1t1r, 1s1r, memristor, sinh, ymemristor"));
        o.addOption(opt("vg", "V", "1t1r word-line gate voltage (default 1.8)"));
        o.addOption(opt("sinh", "B", "sinh cell nonlinearity, I = G/B sinh(B V), B in 1/V (default 5)"));
        o.addOption(opt("ymodel", "PARAMS", "ymemristor cells: .model memristor parameters; without level=/model= "
                + "an hp card programmed by rinit=1/G (default \"ron=1k roff=10meg\"), else any model programmed by "
                + "xo; memspice-only netlist"));
        o.addOption(opt("xrange", "LO,HI", "ymemristor named model: state range searched for each cell's xo (default 0,1)"));
        o.addOption(opt("vread", "V", "ymemristor named model: read voltage of the programmed conductance (default --vmax)"));
        o.addOption(opt("seed", "K", "random seed (default 1)"));
        o.addOption(Option.builder().longOpt("solve").desc("solve the DC array in memory (resistor and sinh cells, "
                + "no text netlist) and print each weight column's output current").get());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("netlist to write (required unless --solve)").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(options(), args);
            if (cl.hasOption("help")) {
                Help.print(out, "memspice crossbar (--rows N | --g FILE) [options] -o FILE", options());
                return Main.OK;
            }
            if (!cl.getArgList().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + cl.getArgList().get(0) + "'");
            }
            if (!(cl.hasOption("rows") || cl.hasOption("g")) || !(cl.hasOption("output") || cl.hasOption("solve"))) {
                err.println("memspice crossbar: --rows (or --g) and -o (or --solve) are required (memspice crossbar --help)");
                return Main.BAD_INPUT;
            }
            CrossbarCell cell = cell(cl);
            Layout layout = new Layout(Layout.Pairing.parse(cl.getOptionValue("pair", "single")), sides(cl),
                    number(cl.getOptionValue("rdrv", "0")));
            if (layout.pairing() == Layout.Pairing.TWO_T_TWO_R && cell.type() != CrossbarCell.Type.ONE_T_ONE_R) {
                throw new IllegalArgumentException("--pair 2t2r needs --cell 1t1r");
            }
            double rwire = number(cl.getOptionValue("rwire", "1"));
            CrossbarSpec spec = CrossbarArrays.spec(cl, layout, rwire);
            double cwire = number(cl.getOptionValue("cwire", "0"));
            CrossbarSpec.Wires wires = new CrossbarSpec.Wires(rwire,
                    number(cl.getOptionValue("rcol", Double.toString(rwire))), cwire,
                    number(cl.getOptionValue("ccol", Double.toString(cwire))));
            CrossbarSpec.Drive drive = CrossbarSpec.Drive.dc();
            if (cl.hasOption("pulse")) {
                double[] p = numbers(cl.getOptionValue("pulse"), 4, 4, "--pulse");
                drive = CrossbarSpec.Drive.pulse(p[0], p[1], p[2], p[3]);
            }
            CrossbarSpec.Readout readout = readout(cl);
            if (readout.sampled() && !drive.pulse()) {
                throw new IllegalArgumentException("--sample needs --pulse (DC inputs would already have charged the "
                        + "sample capacitors in the operating point)");
            }
            spec = spec.with(wires, drive, readout);
            checkCells(cell, spec);
            cell = program(cl, cell, spec);
            String[] analyses = cl.hasOption("analysis") ? cl.getOptionValues("analysis")
                    : readout.sampled() ? new String[] {".tran " + spice(readout.sampleTime() / 500) + " " + spice(readout.sampleTime())}
                    : new String[] {".op"};
            if (cl.hasOption("solve")) {
                double[] y = InMemoryCrossbar.outputs(spec, cell);
                out.println("in-memory DC solve, " + spec.rows() + " x " + spec.columns() + " cells: output current of "
                        + "each weight column (A)" + (layout.pairing() == Layout.Pairing.COLUMNS ? ", I+ - I-" : ""));
                for (int k = 0; k < y.length; k++) {
                    out.println(k + "," + y[k]);
                }
                if (!cl.hasOption("output")) {
                    return Main.OK;
                }
            }
            Path file = Path.of(cl.getOptionValue("output"));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CrossbarNetlist.write(spec, cell, w, analyses);
            }
            out.println("wrote " + file + " (" + spec.rows() + " x " + spec.columns() + " cells, " + cell.type().cliName()
                    + (layout.pairing() == Layout.Pairing.SINGLE ? "" : ", " + layout.pairing().cliName() + " pairs")
                    + (cell.type() == CrossbarCell.Type.YMEMRISTOR ? "; memspice only: ngspice has no YMEMRISTOR" : "")
                    + ")");
            return Main.OK;
        } catch (ParseException e) {
            err.println("memspice crossbar: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (NumberFormatException e) {
            err.println("memspice crossbar: not an integer: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("memspice crossbar: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (NetlistException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("memspice crossbar: cannot write: " + e.getMessage());
            return Main.FAILED;
        } catch (SingularMatrixException e) {
            err.println("memspice crossbar: singular crossbar matrix: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private static CrossbarCell cell(CommandLine cl) {
        CrossbarCell.Type type = CrossbarCell.Type.parse(cl.getOptionValue("cell", "resistor"));
        if (cl.hasOption("vg") && type != CrossbarCell.Type.ONE_T_ONE_R) {
            throw new IllegalArgumentException("--vg applies to --cell 1t1r only");
        }
        if (cl.hasOption("sinh") && type != CrossbarCell.Type.SINH) {
            throw new IllegalArgumentException("--sinh applies to --cell sinh only");
        }
        if ((cl.hasOption("ymodel") || cl.hasOption("xrange") || cl.hasOption("vread"))
                && type != CrossbarCell.Type.YMEMRISTOR) {
            throw new IllegalArgumentException("--ymodel, --xrange and --vread apply to --cell ymemristor only");
        }
        return switch (type) {
            case ONE_T_ONE_R -> new CrossbarCell(type, number(cl.getOptionValue("vg", "1.8")));
            case SINH -> CrossbarCell.sinh(number(cl.getOptionValue("sinh", "5")));
            case YMEMRISTOR -> {
                String card = cl.getOptionValue("ymodel", "ron=1k roff=10meg");
                // a named model's states are programmed once the conductances are known (program())
                yield CrossbarCell.namesModel(card) ? new CrossbarCell(type, 0, 0, card.strip(), null)
                        : CrossbarCell.ymemristor(card);
            }
            default -> new CrossbarCell(type, 0);
        };
    }

    /** Rejects conductances no programmed memristor state reaches, before anything is written. */
    private static void checkCells(CrossbarCell cell, CrossbarSpec spec) {
        if (cell.type() == CrossbarCell.Type.MEMRISTOR
                || (cell.type() == CrossbarCell.Type.YMEMRISTOR && cell.ymodel().equals("ron=1k roff=10meg"))) {
            for (double[] row : spec.conductance()) {
                for (double g : row) {
                    CrossbarCell.memristorState(g);
                }
            }
        }
    }

    /** A named YMEMRISTOR model's cells at the states that give their conductances ({@link MemristorProgrammer}). */
    private static CrossbarCell program(CommandLine cl, CrossbarCell cell, CrossbarSpec spec) {
        if (cell.type() != CrossbarCell.Type.YMEMRISTOR || !CrossbarCell.namesModel(cell.ymodel())) {
            if (cl.hasOption("xrange") || cl.hasOption("vread")) {
                throw new IllegalArgumentException("--xrange and --vread need a --ymodel naming level= or model=");
            }
            return cell;
        }
        double[] range = numbers(cl.getOptionValue("xrange", "0,1"), 2, 2, "--xrange");
        double vread = number(cl.getOptionValue("vread", cl.getOptionValue("vmax", "0.2")));
        return CrossbarCell.ymemristor(cell.ymodel(),
                MemristorProgrammer.states(cell.ymodel(), vread, range[0], range[1], spec.conductance()));
    }

    private static CrossbarSpec.Readout readout(CommandLine cl) {
        if (cl.hasOption("tia") && cl.hasOption("sample")) {
            throw new IllegalArgumentException("choose one read-out: --tia or --sample");
        }
        if (cl.hasOption("tia")) {
            double[] t = numbers(cl.getOptionValue("tia"), 3, 3, "--tia");
            return CrossbarSpec.Readout.tia(t[0], t[1], t[2]);
        }
        if (cl.hasOption("sample")) {
            double[] t = numbers(cl.getOptionValue("sample"), 2, 3, "--sample");
            return CrossbarSpec.Readout.sample(t[0], t[1], t.length > 2 ? t[2] : 0);
        }
        return CrossbarSpec.Readout.virtualGround();
    }

    private static boolean sides(CommandLine cl) {
        String v = cl.getOptionValue("drive", "one");
        return switch (v) {
            case "one" -> false;
            case "both" -> true;
            default -> throw new IllegalArgumentException("--drive: expected one or both, got '" + v + "'");
        };
    }

    private static String spice(double v) {
        return Double.toString(v).replace("E", "e");
    }

    private static double number(String text) {
        return CrossbarArrays.number(text);
    }

    private static double[] numbers(String text, int min, int max, String option) {
        return CrossbarArrays.numbers(text, min, max, option);
    }
}
