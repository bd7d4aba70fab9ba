package memspice.models.semi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * The temperature equations of {@link Temperature} at the points where their value is known without
 * them, and the TNOM/temperature plumbing through a netlist. (Agreement with ngspice 39 at -40, 27 and
 * 125 C is checked by the device golden suite, validation/golden/devices/temp_*.)
 */
class TemperatureTest {

    private static ResultTable op(String text) throws Exception {
        Path file = Path.of("t.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        TableSink sink = new TableSink();
        Simulator.Report r = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(r.succeeded(), r.failures().toString());
        return sink.first("op");
    }

    @Test
    void everyScalingIsTheIdentityAtTnom() {
        for (double tnom : new double[] {233.15, 300.15, 398.15}) {
            // exact identities of the formulas at T = TNOM (round-off only: 1e-15 relative)
            assertEquals(0.7, Temperature.potential(0.7, tnom, tnom), 1e-15);
            assertEquals(2e-12, Temperature.capacitance(2e-12, 0.4, 0.7, tnom, tnom), 2e-27);
            assertEquals(0.0, Temperature.saturationExponent(1.11, 3, tnom, tnom), 1e-15);
        }
    }

    @Test
    void bandGapAndPotentialMoveTheRightWay() {
        // E_g(300.15 K) = 1.1150877 eV is the constant SPICE3 carries for it (to its 8 digits)
        assertEquals(1.1150877, Temperature.siliconGap(300.15), 1e-7);
        // a junction potential falls with temperature (about -1.5 to -2 mV/K for silicon junctions)
        double slope = (Temperature.potential(0.7, 310.15, 300.15) - Temperature.potential(0.7, 290.15, 300.15)) / 20;
        assertTrue(slope < -1e-3 && slope > -3e-3, "dphi/dT = " + slope);
    }

    /**
     * A diode whose model TNOM equals the circuit temperature (50 C) is unscaled: at 0.6 V it
     * carries IS (e^(0.6/(N vt(323.15 K))) - 1) + gmin 0.6 exactly (solver tolerance: reltol 1e-9).
     * The same diode with the default TNOM (27 C) carries a different current (IS scaled by e^x).
     */
    @Test
    void modelTnomIsRead() throws Exception {
        String text = "diode at its own tnom\n.options reltol=1e-9 abstol=1e-18\n.temp 50\nv1 a 0 0.6\nd1 a 0 dm\n"
                + ".model dm d(is=1e-14 n=1.2 tnom=50)\n.op\n.end\n";
        double vt = Junction.thermalVoltage(323.15);
        double expected = 1e-14 * (Math.exp(0.6 / (1.2 * vt)) - 1) + 1e-12 * 0.6;
        ResultTable own = op(text);
        assertEquals(-expected, own.value(0, own.indexOf("i(v1)").orElseThrow()), 1e-9 * expected);
        ResultTable scaled = op(text.replace(" tnom=50", ""));
        double x = Temperature.saturationExponent(1.11, 3, 323.15, 300.15) / 1.2;
        double expectedScaled = 1e-14 * Math.exp(x) * (Math.exp(0.6 / (1.2 * vt)) - 1) + 1e-12 * 0.6;
        assertEquals(-expectedScaled, scaled.value(0, scaled.indexOf("i(v1)").orElseThrow()), 1e-9 * expectedScaled);
    }

    @Test
    void aTemperatureBelowAbsoluteZeroIsAnErrorNamingTheCard() {
        String text = "too cold\n.temp -300\nv1 a 0 0.6\nd1 a 0 dm\n.model dm d(is=1e-14)\n.op\n.end\n";
        NetlistException e = assertThrows(NetlistException.class, () -> op(text));
        assertTrue(e.getMessage().contains("absolute zero") && e.getMessage().contains(":4:"), e.getMessage());
    }
}
