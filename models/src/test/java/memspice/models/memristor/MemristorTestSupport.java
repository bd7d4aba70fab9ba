package memspice.models.memristor;

import java.nio.file.Path;
import java.util.Map;

import memspice.circuit.Circuit;
import memspice.circuit.Elaborator;
import memspice.device.DeviceRegistry;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;

/** Builds memristor models from netlist text, through the same factory a netlist uses. */
final class MemristorTestSupport {

    private MemristorTestSupport() {
    }

    /** The circuit of {@code lines} (title and .end added), elaborated. */
    static Circuit circuit(String lines, Path file) throws Exception {
        String text = "test\n" + lines + "\n.end\n";
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        return Elaborator.elaborate(netlist, DeviceRegistry.get(), Map.of()).circuit();
    }

    /** The model of device {@code ymemristor!<name>} in {@code lines}. */
    static MemristorModel model(String lines, String name) throws Exception {
        Circuit c = circuit(lines, Path.of("test.cir"));
        return ((MemristorDevice) c.device("ymemristor!" + name)).model();
    }
}
