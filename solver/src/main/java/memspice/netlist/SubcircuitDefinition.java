package memspice.netlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import memspice.expr.FunctionDef;

/**
 * A subcircuit body, or the top level of the netlist (name {@code ""}, no ports): its element cards,
 * parameters, functions, models and nested subcircuit definitions. Definitions nest lexically: a
 * name that is not defined here is looked up in the enclosing definition.
 */
public final class SubcircuitDefinition {

    private final String name;
    private final List<String> ports;
    private final List<ParamDefinition> defaults;
    private final SubcircuitDefinition parent;
    private final SourceLocation location;
    private List<ElementCard> elements = new ArrayList<>();
    private final List<ParamDefinition> parameters = new ArrayList<>();
    private final List<FunctionDef> functions = new ArrayList<>();
    private final Map<String, ModelCard> models = new LinkedHashMap<>();
    private final Map<String, SubcircuitDefinition> subcircuits = new LinkedHashMap<>();
    private final List<Directive> nodeValues = new ArrayList<>();

    /**
     * @param name     lower case; "" for the top level
     * @param ports    port node names, lower case, in order
     * @param defaults default parameter values ({@code params:} on the .subckt line)
     * @param parent   the enclosing definition; null for the top level
     * @param location the .subckt card (or the netlist file for the top level)
     */
    public SubcircuitDefinition(String name, List<String> ports, List<ParamDefinition> defaults,
                                SubcircuitDefinition parent, SourceLocation location) {
        this.name = name;
        this.ports = List.copyOf(ports);
        this.defaults = List.copyOf(defaults);
        this.parent = parent;
        this.location = location;
    }

    public String name() {
        return name;
    }

    public List<String> ports() {
        return ports;
    }

    public List<ParamDefinition> defaults() {
        return defaults;
    }

    public SubcircuitDefinition parent() {
        return parent;
    }

    public SourceLocation location() {
        return location;
    }

    /**
     * Makes the elements a {@link StreamedElements} list (the parser's large flat decks): read-only,
     * filled in order by another thread, waiting in {@code get} for what is not there yet.
     */
    void streamElements(List<ElementCard> streamed) {
        this.elements = streamed;
    }

    /**
     * True when an element is a {@code YMEMRISTOR} instance; for streamed elements known from the
     * cards, without waiting for them to be tokenized.
     */
    public boolean hasYmemristor() {
        if (elements instanceof StreamedElements s) {
            return s.hasYmemristor();
        }
        for (ElementCard e : elements) {
            if (e.key().length() > 1 && e.key().equals("YMEMRISTOR")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element cards in order. For a large flat deck this list is filled by another thread: its
     * {@code get} waits for a card, and throws {@link StreamedElements.Failure} (carrying the card's
     * {@link NetlistException}) for a card that cannot be tokenized; see
     * {@link #elementAt(int)} for the checked form.
     */
    public List<ElementCard> elements() {
        return elements;
    }

    /**
     * The k-th element card.
     *
     * @throws NetlistException when a streamed card cannot be tokenized (at that card's line)
     */
    public ElementCard elementAt(int k) throws NetlistException {
        try {
            return elements.get(k);
        } catch (StreamedElements.Failure f) {
            throw f.problem();
        }
    }

    public List<ParamDefinition> parameters() {
        return parameters;
    }

    public List<FunctionDef> functions() {
        return functions;
    }

    public Map<String, ModelCard> models() {
        return models;
    }

    public Map<String, SubcircuitDefinition> subcircuits() {
        return subcircuits;
    }

    /** The subcircuit definition visible from here under this name, or null. */
    /**
     * The {@code .ic} and {@code .nodeset} cards written inside this definition (named "ic" and
     * "nodeset"): each instance applies them to its own nodes, with values in its parameter scope.
     */
    public List<Directive> nodeValues() {
        return nodeValues;
    }

    public SubcircuitDefinition findSubcircuit(String lowerName) {
        for (SubcircuitDefinition d = this; d != null; d = d.parent) {
            SubcircuitDefinition s = d.subcircuits.get(lowerName);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The model card visible from here under this name, or null. */
    public ModelCard findModel(String lowerName) {
        for (SubcircuitDefinition d = this; d != null; d = d.parent) {
            ModelCard m = d.models.get(lowerName);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** True for the top level of the netlist. */
    public boolean isTop() {
        return parent == null;
    }
}
