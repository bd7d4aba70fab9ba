package memspice.circuit;

import java.util.List;

import memspice.device.InstanceCard;
import memspice.expr.Expr;
import memspice.netlist.Diagnostic;
import memspice.netlist.ElementCard;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;
import memspice.netlist.SourceLocation;
import memspice.netlist.SubcircuitDefinition;

/**
 * An {@link ElementCard} bound to one subcircuit instance: the {@link InstanceCard} factories see.
 */
final class BoundCard implements InstanceCard {

    private final ElementCard element;
    private final String prefix;
    private final Elaborator.NodeNames nodes;
    private final ParameterScope scope;
    private final SubcircuitDefinition definition;
    private final Circuit circuit;

    BoundCard(ElementCard element, String prefix, Elaborator.NodeNames nodes, ParameterScope scope,
              SubcircuitDefinition definition, Circuit circuit) {
        this.element = element;
        this.prefix = prefix;
        this.nodes = nodes;
        this.scope = scope;
        this.definition = definition;
        this.circuit = circuit;
    }

    @Override
    public String name() {
        // top level: the card's own String, whose hash is cached (a concatenation would be a new one)
        return prefix.isEmpty() ? element.name() : prefix + element.name();
    }

    @Override
    public SourceLocation location() {
        return element.location();
    }

    @Override
    public List<Item> items() {
        return element.items();
    }

    @Override
    public int node(Item item) throws NetlistException {
        if (!(item instanceof Item.Word w)) {
            throw error("expected a node name, got '" + item + "'");
        }
        return nodes.id(w.lower());
    }

    @Override
    public int node(String localName) {
        return nodes.id(localName);
    }

    @Override
    public String deviceReference(String localName) {
        return prefix.isEmpty() ? localName : prefix + localName;
    }

    @Override
    public double value(Item item, String what) throws NetlistException {
        try {
            return Values.evaluate(item, scope, element.location(), what);
        } catch (NetlistException e) {
            throw error(e.problem());
        }
    }

    @Override
    public Expr expression(Item item) throws NetlistException {
        return Values.expression(item, element.location(), name());
    }

    @Override
    public ParameterScope scope() {
        return scope;
    }

    @Override
    public ModelCard model(String name) throws NetlistException {
        ModelCard m = definition.findModel(name);
        if (m == null) {
            throw error("unknown model '" + name + "'");
        }
        return m;
    }

    @Override
    public double modelValue(ModelCard model, Item.Assignment parameter) throws NetlistException {
        try {
            return Values.evaluate(parameter.value(), scope, model.location(),
                    "model " + model.name() + " parameter " + parameter.key());
        } catch (NetlistException e) {
            throw new NetlistException(model.location(), e.problem());
        }
    }

    @Override
    public memspice.analysis.SimulationOptions options() {
        return circuit.options();
    }

    @Override
    public NetlistException error(String problem) {
        return new NetlistException(element.location(), name() + ": " + problem);
    }

    @Override
    public void warn(String message) {
        circuit.warnings().add(new Diagnostic(element.location(), name() + ": " + message));
    }
}
