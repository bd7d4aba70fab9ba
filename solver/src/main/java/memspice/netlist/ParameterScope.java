package memspice.netlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import memspice.expr.Expr;
import memspice.expr.ExprException;
import memspice.expr.FunctionDef;
import memspice.expr.Scope;

/**
 * Parameters and user functions visible at one level of the hierarchy: the top level, or one
 * subcircuit instance. Parameters are evaluated lazily, on first use, so they may be written in any
 * order; a circular definition is reported with its chain. Look-ups that miss go to the parent scope
 * (the scope the subcircuit definition lives in: scoping is lexical).
 */
public final class ParameterScope implements Scope {

    /**
     * Thrown through {@link Scope#parameter} when a parameter's own definition is wrong (undefined
     * name in it, circular definition); carries the diagnostic located at that definition.
     */
    public static final class EvaluationFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final NetlistException cause;

        EvaluationFailure(NetlistException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }

        /** The diagnostic to report. */
        public NetlistException diagnostic() {
            return cause;
        }
    }

    private final ParameterScope parent;
    private final SubcircuitDefinition definition;
    private final Map<String, ParamDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, FunctionDef> functions = new HashMap<>();
    private final List<String> evaluating = new ArrayList<>();

    /**
     * @param parent     enclosing scope, null at the top level
     * @param definition the subcircuit definition whose body this scope evaluates (the top level too)
     */
    public ParameterScope(ParameterScope parent, SubcircuitDefinition definition) {
        this.parent = parent;
        this.definition = definition;
    }

    public ParameterScope parent() {
        return parent;
    }

    public SubcircuitDefinition definition() {
        return definition;
    }

    /** Defines (or redefines) a parameter by expression; it is evaluated on first use. */
    public void define(ParamDefinition p) {
        definitions.put(p.name(), p);
        values.remove(p.name());
    }

    /** Defines a parameter with a known value (instance parameters, sweep overrides). */
    public void defineValue(String name, double value, SourceLocation location) {
        definitions.put(name, new ParamDefinition(name, null, location));
        values.put(name, value);
    }

    /** Defines a user function ({@code .func}). */
    public void defineFunction(FunctionDef f) {
        functions.put(f.name(), f);
    }

    /** True if the name is defined in this scope itself (not a parent). */
    public boolean definesLocally(String name) {
        return definitions.containsKey(name);
    }

    @Override
    public Double parameter(String name) {
        ParamDefinition d = definitions.get(name);
        if (d == null) {
            return parent == null ? null : parent.parameter(name);
        }
        Double v = values.get(name);
        if (v != null) {
            return v;
        }
        if (evaluating.contains(name)) {
            List<String> chain = new ArrayList<>(evaluating.subList(evaluating.indexOf(name), evaluating.size()));
            chain.add(name);
            throw new EvaluationFailure(new NetlistException(d.location(),
                    "circular parameter definition: " + String.join(" -> ", chain)));
        }
        evaluating.add(name);
        try {
            double value = d.expression().evaluate(this);
            if (!Double.isFinite(value)) {
                throw new EvaluationFailure(new NetlistException(d.location(),
                        "parameter '" + name + "' evaluates to " + value + ": " + d.expression()));
            }
            values.put(name, value);
            return value;
        } catch (ExprException e) {
            throw new EvaluationFailure(new NetlistException(d.location(),
                    "in parameter '" + name + "': " + e.getMessage()));
        } finally {
            evaluating.remove(evaluating.size() - 1);
        }
    }

    @Override
    public FunctionDef function(String name) {
        FunctionDef f = functions.get(name);
        if (f != null || parent == null) {
            return f;
        }
        return parent.function(name);
    }

    /**
     * Evaluates an expression in this scope.
     *
     * @param at where the expression was written, for diagnostics
     * @throws NetlistException naming the location and the problem (undefined parameter, syntax, ...)
     */
    public double evaluate(Expr e, SourceLocation at) throws NetlistException {
        try {
            double v = e.evaluate(this);
            if (!Double.isFinite(v)) {
                throw new NetlistException(at, "expression evaluates to " + v + ": " + e);
            }
            return v;
        } catch (ExprException x) {
            throw new NetlistException(at, x.getMessage());
        } catch (EvaluationFailure f) {
            throw f.diagnostic();
        }
    }

    /** Evaluates every parameter defined here, so definition errors surface even if unused. */
    public void evaluateAll() throws NetlistException {
        try {
            for (String name : definitions.keySet()) {
                parameter(name);
            }
        } catch (EvaluationFailure f) {
            throw f.diagnostic();
        }
    }
}
