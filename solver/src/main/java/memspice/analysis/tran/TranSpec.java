package memspice.analysis.tran;

import java.util.List;

import memspice.circuit.Values;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * {@code .tran tstep tstop [tstart [tmax]] [uic]} (s). Without tmax the largest step is
 * min(tstep, (tstop - tstart) / 50), as in ngspice.
 *
 * @param step  the print step, also the scale of the first step
 * @param stop  end time
 * @param start first time written to the outputs
 * @param maxStep largest internal step
 * @param uic   skip the operating point; start from .ic values and element IC=
 */
public record TranSpec(double step, double stop, double start, double maxStep, boolean uic) {

    /** Parses a .tran card. */
    public static TranSpec parse(Directive d, ParameterScope scope) throws NetlistException {
        List<Item> items = d.items();
        boolean uic = false;
        double[] v = new double[4];
        int count = 0;
        for (Item it : items) {
            if (it.isWord("uic")) {
                uic = true;
                continue;
            }
            if (count == 4) {
                throw d.error(".tran takes at most tstep tstop tstart tmax [uic]; got '" + it + "'");
            }
            v[count++] = Values.evaluate(it, scope, d.location(), ".tran argument " + (count + 1));
        }
        if (count < 2) {
            throw d.error(".tran needs at least tstep and tstop");
        }
        double stop = v[1];
        double start = count > 2 ? v[2] : 0;
        if (!(start >= 0) || !(stop > start)) {
            throw d.error(".tran needs 0 <= tstart < tstop, got tstart=" + start + " tstop=" + stop);
        }
        // Xyce accepts tstep = 0 ("choose for me"); we then take a fiftieth of the span
        double step = v[0] == 0 ? (stop - start) / 50 : v[0];
        if (!(step > 0)) {
            throw d.error(".tran step must not be negative, got " + v[0]);
        }
        double max = count > 3 ? v[3] : Math.min(step, (stop - start) / 50);
        if (!(max > 0)) {
            throw d.error(".tran tmax must be positive, got " + max);
        }
        return new TranSpec(step, stop, start, max, uic);
    }
}
