package memspice.expr;

import java.util.Map;

/**
 * The names an expression can see while it is evaluated or compiled: {@code .param} values and
 * {@code .func} definitions. Names are passed in lower case.
 *
 * <p>Lookup order for an identifier (see {@link Expr#evaluate} and {@link CompiledExpr#compile}):
 * {@code .func} formal parameters, then (device expressions only) {@link VariableBinder#identifier},
 * then {@link #parameter}, then the built-in constants {@code pi} and {@code e}.
 */
public interface Scope {
    /** Value of a parameter (name lower case), or null if undefined here. */
    Double parameter(String name);

    /** A user function from .func (name lower case), or null. */
    FunctionDef function(String name);

    /** A scope with no parameters and no functions. */
    Scope EMPTY = of(Map.of(), Map.of());

    /**
     * A scope backed by maps (keys lower case). The maps are read, not copied: later changes show.
     */
    static Scope of(Map<String, Double> parameters, Map<String, FunctionDef> functions) {
        return new Scope() {
            @Override
            public Double parameter(String name) {
                return parameters.get(name);
            }

            @Override
            public FunctionDef function(String name) {
                return functions.get(name);
            }
        };
    }
}
