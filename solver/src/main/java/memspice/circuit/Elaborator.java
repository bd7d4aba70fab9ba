package memspice.circuit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import memspice.analysis.SimulationOptions;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.DeviceRegistry;
import memspice.device.SetupContext;
import memspice.expr.FunctionDef;
import memspice.netlist.Directive;
import memspice.netlist.ElementCard;
import memspice.netlist.Item;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.ParamDefinition;
import memspice.netlist.ParameterScope;
import memspice.netlist.SourceLocation;
import memspice.netlist.SubcircuitDefinition;

/**
 * Builds a flat {@link Circuit} from a {@link Netlist}: evaluates parameters, expands subcircuit
 * instances (names {@code x1.r1}, nodes {@code x1.n1}, ports mapped to the caller's nodes, global
 * nodes and ground shared), and asks each element's {@link DeviceFactory} for its device.
 */
public final class Elaborator {

    /** Deepest subcircuit nesting accepted (guards runaway recursion through distinct names). */
    static final int MAX_DEPTH = 64;

    private final Netlist netlist;
    private final DeviceRegistry registry;
    private final Set<String> globals;
    private final Circuit circuit;
    private ParameterScope topScope;

    private Elaborator(Netlist netlist, DeviceRegistry registry, SimulationOptions options) {
        this.netlist = netlist;
        this.registry = registry;
        this.globals = new HashSet<>(netlist.globals());
        this.circuit = new Circuit(netlist.title(), netlist.file(), options, netlist.top().elements().size());
    }

    /** The result of elaboration: the circuit and the top-level parameter scope. */
    public record Result(Circuit circuit, ParameterScope topScope) {
    }

    /**
     * Elaborates a netlist.
     *
     * @param overrides top-level parameter values that replace the netlist's (.dc parameter sweeps)
     * @throws NetlistException for any error in parameters, subcircuits or element cards
     */
    public static Result elaborate(Netlist netlist, DeviceRegistry registry, Map<String, Double> overrides)
            throws NetlistException {
        SimulationOptions options = new SimulationOptions();
        Elaborator e = new Elaborator(netlist, registry, options);
        e.topScope = new ParameterScope(null, netlist.top());
        defineBody(e.topScope, netlist.top());
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            if (!e.topScope.definesLocally(o.getKey())) {
                throw new NetlistException(SourceLocation.none(netlist.file().toString()),
                        "no top-level parameter named '" + o.getKey() + "'");
            }
            e.topScope.defineValue(o.getKey(), o.getValue(), netlist.top().location());
        }
        e.topScope.evaluateAll();
        e.applyOptions(options);
        e.expand(netlist.top(), e.topScope, "", new HashMap<>(), new ArrayList<>());
        e.circuit.warnings().addAll(netlist.warnings());
        return new Result(e.circuit, e.topScope);
    }

    private static void defineBody(ParameterScope scope, SubcircuitDefinition def) {
        for (ParamDefinition p : def.parameters()) {
            scope.define(p);
        }
        for (FunctionDef f : def.functions()) {
            scope.defineFunction(f);
        }
    }

    /** Xyce's .options package names (Xyce Reference Guide, .OPTIONS). */
    private static final Set<String> XYCE_OPTION_PACKAGES = XyceDialect.OPTION_PACKAGES;

    private void applyOptions(SimulationOptions options) throws NetlistException {
        options.icop = XyceDialect.isXyce(netlist);   // Xyce's capacitor IC=; .options icop= overrides
        options.xyceerror = XyceDialect.setsXyceTimeint(netlist);   // Xyce's state error control; xyceerror= overrides
        for (Directive d : netlist.directives("options")) {
            for (Item it : d.items()) {
                String name;
                double value = Double.NaN;
                String text = null;
                if (it instanceof Item.Assignment a) {
                    name = a.key();
                    if (a.value() instanceof Item.Word w && !memspice.expr.SpiceNumber.isNumber(w.text())
                            && topScope.parameter(w.lower()) == null) {
                        text = w.text();
                    } else {
                        value = Values.evaluate(a.value(), topScope, d.location(), "value of option " + name);
                    }
                } else if (it instanceof Item.Word w) {
                    name = w.lower();
                    if (it == d.items().get(0) && XYCE_OPTION_PACKAGES.contains(name)) {
                        // Xyce: .options <package> name=value ...; memspice has one set of options
                        circuit.warn(d.location(), "Xyce option package '" + name
                                + "': its options are applied as memspice's global options");
                        continue;
                    }
                } else {
                    throw d.error("unexpected '" + it + "' in .options");
                }
                SimulationOptions.Result r = options.set(name, value, text);
                if (r == SimulationOptions.Result.UNKNOWN) {
                    circuit.warn(d.location(), "unknown option '" + name + "' ignored");
                } else if (r == SimulationOptions.Result.BAD_VALUE) {
                    throw d.error("bad value for option " + name + ": " + (text != null ? text : value));
                }
            }
        }
        for (Directive d : netlist.directives("temp")) {   // .temp T: the circuit temperature (degrees C)
            if (d.items().size() != 1) {
                throw d.error(".temp takes one temperature in degrees C (several temperatures per run are not supported)");
            }
            options.temp = Values.evaluate(d.items().get(0), topScope, d.location(), ".temp value");
        }
    }

    /**
     * Instantiates the elements of a definition.
     *
     * @param portMap local port name -> node id in the caller
     * @param chain   the definitions being expanded, outermost first (recursion guard)
     */
    private void expand(SubcircuitDefinition def, ParameterScope scope, String prefix, Map<String, Integer> portMap,
                        List<SubcircuitDefinition> chain) throws NetlistException {
        NodeNames nodes = new NodeNames(circuit, prefix, portMap, globals);
        int count = def.elements().size();
        for (int k = 0; k < count; k++) {
            ElementCard element = def.elementAt(k);
            if (element.key().equals("X")) {
                instantiate(element, def, scope, prefix, nodes, chain);
                continue;
            }
            DeviceFactory factory = registry.factory(element.key());
            if (factory == null) {
                throw new NetlistException(element.location(), unknownElementMessage(element));
            }
            BoundCard card = new BoundCard(element, prefix, nodes, scope, def, circuit);
            Device device = factory.create(card);
            circuit.add(device);
        }
        for (Directive d : def.nodeValues()) {
            applyNodeValues(d, scope, nodes);
        }
    }

    /** A subcircuit's .ic/.nodeset card for this instance: its nodes, values in its scope. */
    private void applyNodeValues(Directive d, ParameterScope scope, NodeNames nodes) throws NetlistException {
        for (Item it : d.items()) {
            if (!(it instanceof Item.Assignment a) || !a.key().startsWith("v(") || a.key().contains(",")) {
                throw d.error("." + d.name() + " takes v(node)=value items, got '" + it + "'");
            }
            String local = a.key().substring(2, a.key().length() - 1);
            if (NodeNames.isGround(local)) {
                throw d.error("." + d.name() + " cannot set the ground node");
            }
            int id = nodes.id(local);
            circuit.addNodeValue(d.name(), id,
                    Values.evaluate(a.value(), scope, d.location(), "." + d.name() + " value of v(" + local + ")"));
        }
    }

    private static String unknownElementMessage(ElementCard e) {
        if (e.key().startsWith("Y")) {
            return "unknown device type '" + e.key() + "' in '" + e.card().firstWord() + "'";
        }
        return "unknown element type '" + e.key() + "' ('" + e.name() + "' starts with a letter no device uses)";
    }

    private void instantiate(ElementCard x, SubcircuitDefinition caller, ParameterScope callerScope, String prefix,
                             NodeNames callerNodes, List<SubcircuitDefinition> chain) throws NetlistException {
        List<String> words = new ArrayList<>();
        List<Item.Assignment> params = new ArrayList<>();
        for (Item it : x.items()) {
            if (it.isWord("params:") || it.isWord("param:")) {
                continue;
            }
            if (it instanceof Item.Assignment a) {
                params.add(a);
            } else if (it instanceof Item.Word w) {
                if (!params.isEmpty()) {
                    throw new NetlistException(x.location(), x.name() + ": node or subcircuit name '" + w.text()
                            + "' after parameters");
                }
                words.add(w.lower());
            } else {
                throw new NetlistException(x.location(), x.name() + ": unexpected '" + it + "'");
            }
        }
        if (words.isEmpty()) {
            throw new NetlistException(x.location(), x.name() + ": missing subcircuit name (syntax: X<name> <nodes...> <subckt> [params])");
        }
        String subName = words.get(words.size() - 1);
        SubcircuitDefinition def = caller.findSubcircuit(subName);
        if (def == null) {
            throw new NetlistException(x.location(), x.name() + ": unknown subcircuit '" + subName + "'");
        }
        List<String> nodeNames = words.subList(0, words.size() - 1);
        if (nodeNames.size() != def.ports().size()) {
            throw new NetlistException(x.location(), x.name() + ": subcircuit '" + subName + "' has "
                    + def.ports().size() + " ports, " + nodeNames.size() + " nodes given");
        }
        if (chain.contains(def)) {
            StringBuilder path = new StringBuilder();
            for (SubcircuitDefinition d : chain) {
                path.append(d.name()).append(" -> ");
            }
            throw new NetlistException(x.location(), "recursive subcircuit: " + path + subName);
        }
        if (chain.size() >= MAX_DEPTH) {
            throw new NetlistException(x.location(), "subcircuits nested deeper than " + MAX_DEPTH);
        }
        // Lexical scoping: the new scope hangs below the scope of the instance that owns the definition.
        ParameterScope parent = callerScope;
        while (parent != null && parent.definition() != def.parent()) {
            parent = parent.parent();
        }
        if (parent == null) {
            parent = topScope;
        }
        ParameterScope scope = new ParameterScope(parent, def);
        Set<String> declared = new HashSet<>();
        for (ParamDefinition p : def.defaults()) {
            declared.add(p.name());
            scope.define(p);
        }
        defineBody(scope, def);
        for (Item.Assignment a : params) {
            if (!declared.contains(a.key())) {
                throw new NetlistException(x.location(), x.name() + ": subcircuit '" + subName
                        + "' has no parameter '" + a.key() + "'");
            }
            double v = Values.evaluate(a.value(), callerScope, x.location(), "parameter " + a.key());
            scope.defineValue(a.key(), v, x.location());
        }
        scope.evaluateAll();
        Map<String, Integer> portMap = new HashMap<>();
        for (int k = 0; k < nodeNames.size(); k++) {
            portMap.put(def.ports().get(k), callerNodes.id(nodeNames.get(k)));
        }
        List<SubcircuitDefinition> inner = new ArrayList<>(chain);
        inner.add(def);
        expand(def, scope, prefix + x.name() + ".", portMap, inner);
    }

    /** Maps node names written in one subcircuit instance to circuit node ids. */
    static final class NodeNames {
        private final Circuit circuit;
        private final String prefix;
        private final Map<String, Integer> ports;
        private final Set<String> globals;

        NodeNames(Circuit circuit, String prefix, Map<String, Integer> ports, Set<String> globals) {
            this.circuit = circuit;
            this.prefix = prefix;
            this.ports = ports;
            this.globals = globals;
        }

        /** The node id for a local name (lower case). */
        int id(String local) {
            if (isGround(local)) {
                return SetupContext.GROUND;
            }
            Integer port = ports.get(local);
            if (port != null) {
                return port;
            }
            if (globals.contains(local) || local.startsWith("$g")) {   // Xyce: $G... nodes are global
                return circuit.node(local);
            }
            return circuit.node(prefix.isEmpty() ? local : prefix + local);
        }

        static boolean isGround(String name) {
            int n = name.length();            // asked for every node of every card: length first
            return n == 1 ? name.charAt(0) == '0' : n == 3 && name.equals("gnd");
        }
    }
}
