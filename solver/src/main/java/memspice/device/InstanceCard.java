package memspice.device;

import java.util.List;

import memspice.expr.Expr;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;
import memspice.netlist.SourceLocation;

/**
 * An element card bound to its place in the hierarchy, as a {@link DeviceFactory} sees it: names
 * resolve through the subcircuit instance (local node {@code n1} in {@code x1} is {@code x1.n1}),
 * values evaluate in the instance's parameter scope.
 */
public interface InstanceCard {

    /** Hierarchical device name, lower case. */
    String name();

    /** The card's location. */
    SourceLocation location();

    /** The arguments after the name, as tokenized. */
    List<Item> items();

    /**
     * The node id for a node name written on this card (registering the node if new); ground
     * ({@code 0}, {@code gnd}) is {@link SetupContext#GROUND}.
     *
     * @throws NetlistException if the item is not a plain name
     */
    int node(Item item) throws NetlistException;

    /** The node id for a local node name (as written inside this card's subcircuit). */
    int node(String localName);

    /** The hierarchical name of a device referenced from this card ({@code vsense} in x1 is {@code x1.vsense}). */
    String deviceReference(String localName);

    /**
     * A numeric value: a number with SPICE suffix or an expression ({@code {2*r}}, a bare
     * parameter name) evaluated in this instance's scope.
     *
     * @param what what the value is, for the message ("resistance")
     * @throws NetlistException naming the card, the value and why it is not a number
     */
    double value(Item item, String what) throws NetlistException;

    /** Parses an expression item (a braced or quoted expression, or a bare word). */
    Expr expression(Item item) throws NetlistException;

    /** The parameter scope of this instance (parameters and .func definitions). */
    ParameterScope scope();

    /**
     * The model card visible from this card under the name.
     *
     * @throws NetlistException if no such model is defined
     */
    ModelCard model(String name) throws NetlistException;

    /** Evaluates a model parameter's value in this instance's scope. */
    double modelValue(ModelCard model, Item.Assignment parameter) throws NetlistException;

    /** The options of the run (temperatures, tolerances) as set by .options. */
    memspice.analysis.SimulationOptions options();

    /** A NetlistException at this card: "name: problem". */
    NetlistException error(String problem);

    /** Reports a warning at this card. */
    void warn(String message);
}
