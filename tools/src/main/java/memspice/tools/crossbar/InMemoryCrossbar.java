package memspice.tools.crossbar;

import memspice.sparse.SingularMatrixException;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.MvmArray;
import memspice.tools.irdrop.SinhCrossbar;
import memspice.tools.irdrop.Wiring;

/**
 * A {@link CrossbarSpec} solved in memory, without a text netlist: the DC outputs of its weight
 * columns from the nodal system of {@link CrossbarSystem} (resistor cells) or {@link SinhCrossbar}
 * (sinh cells), with the spec's row and column segments, driver resistance and drive ends; a TIA
 * read-out enters as its DC input resistance Rf / (1 + A0) ({@link Wiring#tia}). Wire capacitance
 * plays no part at DC; pulse inputs are taken at their amplitude (the settled response).
 *
 * <p>Outputs are column currents (A), for column pairs I+ - I- (the netlist's {@code v(d<k>)} in
 * volts with 0 V read-out). Cells with transistors, diodes or memristor subcircuits, 2T2R pairs and
 * the sample-capacitor read-out are transient or device-level circuits: write the netlist for those.
 */
public final class InMemoryCrossbar {

    private InMemoryCrossbar() {
    }

    /** The weight-column outputs (A) of the array; IllegalArgumentException for what is not modelled here. */
    public static double[] outputs(CrossbarSpec s, CrossbarCell cell) throws SingularMatrixException {
        if (cell.type() != CrossbarCell.Type.RESISTOR && cell.type() != CrossbarCell.Type.SINH) {
            throw new IllegalArgumentException("in-memory solve handles resistor and sinh cells; write a netlist for "
                    + cell.type().cliName() + " cells");
        }
        if (s.layout().pairing() == Layout.Pairing.TWO_T_TWO_R) {
            throw new IllegalArgumentException("in-memory solve does not model 2t2r access transistors; write a netlist");
        }
        if (s.readout().sampled()) {
            throw new IllegalArgumentException("the sample-capacitor read-out is a transient; write a netlist");
        }
        CrossbarSpec.Readout r = s.readout();
        Wiring w = new Wiring(s.wires().rowResistance(), s.wires().columnResistance(), s.layout().driverResistance(),
                s.layout().bothEnds(), false, r.tia() ? Wiring.tia(r.rf(), r.a0()) : 0);
        MvmArray a = cell.type() == CrossbarCell.Type.SINH
                ? new SinhCrossbar(s.conductance(), w, cell.b(), CrossbarSystem.Solver.LU)
                : CrossbarSystem.build(s.conductance(), w);
        double[] physical = new double[s.columns()];
        a.columnCurrents(s.inputs(), physical);
        if (s.layout().pairing() != Layout.Pairing.COLUMNS) {
            return physical;
        }
        double[] y = new double[s.outputs()];
        for (int k = 0; k < y.length; k++) {
            y[k] = physical[2 * k] - physical[2 * k + 1];
        }
        return y;
    }
}
