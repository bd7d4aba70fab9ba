package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
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

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(CrossbarOptions.options(), args);
            if (cl.hasOption("help")) {
                Help.print(out, "memspice crossbar (--rows N | --g FILE) [options] -o FILE", CrossbarOptions.options());
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
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        if (cell.type() == CrossbarCell.Type.MEMRISTOR) {
            lo = 1 / CrossbarCell.ROFF;
            hi = 1 / CrossbarCell.RON;
        } else if (cell.type() == CrossbarCell.Type.YMEMRISTOR && !CrossbarCell.namesModel(cell.ymodel())) {
            // the hp card's own range: its conductance at x = 0 (1/roff) and x = 1 (1/ron)
            double[] ends = MemristorProgrammer.conductances("model=hp " + cell.ymodel(), 0.1, new double[] {0, 1});
            lo = ends[0];
            hi = ends[1];
        } else {
            return;
        }
        for (double[] row : spec.conductance()) {
            for (double g : row) {
                if (!(g > lo && g < hi)) {
                    throw new IllegalArgumentException(cell.type().cliName() + " cells need conductances between "
                            + lo + " and " + hi + " S, got " + g + (cell.type() == CrossbarCell.Type.YMEMRISTOR
                            ? " (set ron/roff with --ymodel)" : ""));
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
