package memspice.tools.cli;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options of {@code memspice crossbar} ({@link CrossbarCommand}). */
final class CrossbarOptions {

    private CrossbarOptions() {
    }

    private static Option opt(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).get();
    }

    /** Every option of memspice crossbar, with its help text. */
    static Options options() {
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
}
