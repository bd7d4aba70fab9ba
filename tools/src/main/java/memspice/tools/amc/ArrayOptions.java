package memspice.tools.amc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** The INV array's physical options: wire parasitics ({@link Wires}) and programmed cells ({@link Programming}). */
final class ArrayOptions {

    private ArrayOptions() {
    }

    /** Adds --rwire, --cwire, --levels, --grange, --variation, --seed, --programmed. */
    static void add(Options o) {
        o.addOption(AmcOptions.opt("rwire", "OHM", "wire resistance per segment between cells (row op-amps at the rows' left end, "
                + "column drivers at the columns' top; default 0)"));
        o.addOption(AmcOptions.opt("cwire", "F", "wire capacitance to ground per segment (default 0)"));
        o.addOption(AmcOptions.opt("levels", "K", "memristor cells: snap each |A_ij| G0 to K equally spaced levels (needs --grange)"));
        o.addOption(AmcOptions.opt("grange", "GMIN,GMAX", "conductance range of the levels (S), e.g. 1u,100u"));
        o.addOption(AmcOptions.opt("variation", "SIGMA", "relative Gaussian device variation of the programmed conductances (default 0)"));
        o.addOption(AmcOptions.opt("seed", "S", "seed of the variation (default 1)"));
        o.addOption(AmcOptions.opt("programmed", "FILE", "write the target and programmed conductance of every cell (CSV)"));
        o.addOption(AmcOptions.opt("cells", "TYPE", "cell devices: resistor (default) or ymemristor (HP memristors programmed by rinit=1/G)"));
        o.addOption(AmcOptions.opt("ymodel", "PARAMS", "ymemristor model parameters (default \"" + DEFAULT_YMODEL + "\")"));
    }

    /** HP memristor range for the cells: 1 k-ohm .. 10 M-ohm covers conductances 0.1 uS .. 1 mS. */
    static final String DEFAULT_YMODEL = "ron=1k roff=10meg";

    /** The memristor model parameters of --cells ymemristor, null for resistor cells. */
    static String memristorModel(CommandLine cl) {
        String cells = cl.getOptionValue("cells", "resistor");
        if (cells.equals("resistor")) {
            if (cl.hasOption("ymodel")) {
                throw new IllegalArgumentException("--ymodel needs --cells ymemristor");
            }
            return null;
        }
        if (!cells.equals("ymemristor")) {
            throw new IllegalArgumentException("--cells: '" + cells + "' is not resistor or ymemristor");
        }
        return cl.getOptionValue("ymodel", DEFAULT_YMODEL);
    }

    /** The wires the options ask for. */
    static Wires wires(CommandLine cl) {
        return new Wires(AmcOptions.number(cl, "rwire", "0"), AmcOptions.number(cl, "cwire", "0"));
    }

    /** The programming the options ask for. */
    static Programming programming(CommandLine cl) {
        int levels = 0;
        double gmin = 0;
        double gmax = 0;
        if (cl.hasOption("levels")) {
            String s = cl.getOptionValue("levels");
            try {
                levels = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--levels: '" + s + "' is not an integer");
            }
            if (!cl.hasOption("grange")) {
                throw new IllegalArgumentException("--levels needs --grange GMIN,GMAX");
            }
            String[] r = cl.getOptionValue("grange").split(",");
            if (r.length != 2) {
                throw new IllegalArgumentException("--grange: expected GMIN,GMAX, got '" + cl.getOptionValue("grange") + "'");
            }
            gmin = AmcOptions.number("grange", r[0]);
            gmax = AmcOptions.number("grange", r[1]);
        } else if (cl.hasOption("grange")) {
            throw new IllegalArgumentException("--grange needs --levels K");
        }
        long seed;
        try {
            seed = Long.parseLong(cl.getOptionValue("seed", "1"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed: '" + cl.getOptionValue("seed") + "' is not an integer");
        }
        return new Programming(levels, gmin, gmax, AmcOptions.number(cl, "variation", "0"), seed);
    }


    /**
     * Prints the programmed conductances next to the targets (every cell for N <= 6, else a summary)
     * and writes them as CSV (i, j, target_S, programmed_S) when {@code csv} is not null.
     */
    static void report(PrintStream out, double[][] target, double[][] cells, double g0, Path csv) throws IOException {
        int n = target.length;
        double worst = 0;
        double sum2 = 0;
        int count = 0;
        StringBuilder table = new StringBuilder("i,j,target_S,programmed_S\n");
        if (n <= 6) {
            out.printf(Locale.ROOT, "%4s %4s %14s %14s %10s%n", "i", "j", "target G (S)", "programmed (S)", "rel dev");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double t = Math.abs(target[i][j]) * g0;
                double p = Math.abs(cells[i][j]) * g0;
                if (t == 0) {
                    continue;
                }
                double dev = (p - t) / t;
                worst = Math.max(worst, Math.abs(dev));
                sum2 += dev * dev;
                count++;
                table.append(i + 1).append(',').append(j + 1).append(',').append(OpampSpec.num(t)).append(',')
                        .append(OpampSpec.num(p)).append('\n');
                if (n <= 6) {
                    out.printf(Locale.ROOT, "%4d %4d %14.6e %14.6e %10.3e%n", i + 1, j + 1, t, p, dev);
                }
            }
        }
        out.printf(Locale.ROOT, "programmed cells: %d, relative deviation from the targets: max %.3e, rms %.3e%n", count, worst,
                Math.sqrt(sum2 / Math.max(1, count)));
        if (csv != null) {
            Files.writeString(csv, table.toString(), StandardCharsets.UTF_8);
            out.println("wrote " + csv);
        }
    }
}
