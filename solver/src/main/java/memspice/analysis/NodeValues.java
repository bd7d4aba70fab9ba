package memspice.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import memspice.circuit.Circuit;
import memspice.circuit.Values;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * Node voltages given by {@code .ic v(n)=value ...} or {@code .nodeset v(n)=value ...}.
 */
public final class NodeValues {

    private NodeValues() {
    }

    /**
     * @param directive "ic" or "nodeset"
     * @return node unknown id -> voltage (V), in the order written (later cards override)
     * @throws NetlistException for a malformed item or an unknown node
     */
    public static Map<Integer, Double> read(Netlist netlist, String directive, Circuit circuit, ParameterScope scope)
            throws NetlistException {
        Map<Integer, Double> out = new LinkedHashMap<>(circuit.nodeValues(directive));   // from subcircuits
        for (Directive d : netlist.directives(directive)) {
            for (Item it : d.items()) {
                if (!(it instanceof Item.Assignment a) || !a.key().startsWith("v(") || a.key().contains(",")) {
                    throw d.error("." + directive + " takes v(node)=value items, got '" + it + "'");
                }
                String node = a.key().substring(2, a.key().length() - 1).replace(':', '.');
                if (node.equals("0") || node.equals("gnd")) {
                    throw d.error("." + directive + " cannot set the ground node");
                }
                int id = circuit.findNode(node);
                if (id < 0) {
                    throw d.error("." + directive + ": no node '" + node + "'");
                }
                out.put(id, Values.evaluate(a.value(), scope, d.location(), "." + directive + " value of v(" + node + ")"));
            }
        }
        return out;
    }
}
