package memspice.expr;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * A user function from {@code .func name(p1, p2) {body}}. The name and parameter names are
 * lower-cased; parameter names must be distinct.
 *
 * <p>When called, the body sees its parameters first, then the names of the caller's {@link Scope}
 * (global parameters and other functions); calls are inlined by {@link CompiledExpr#compile}.
 * Probe arguments in the body ({@code v(a)}) are node names, never parameters: ngspice 39 also
 * creates a node literally named {@code a} for {@code .func vd(a,b) {v(a)-v(b)}}.
 */
public record FunctionDef(String name, List<String> parameters, Expr body) {
    /** @throws IllegalArgumentException on a null part or a repeated parameter name */
    public FunctionDef {
        if (name == null || parameters == null || body == null) {
            throw new IllegalArgumentException("function name, parameters and body are required");
        }
        name = name.toLowerCase(Locale.ROOT);
        parameters = parameters.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        if (new HashSet<>(parameters).size() != parameters.size()) {
            throw new IllegalArgumentException("function '" + name + "' has a repeated parameter name");
        }
    }
}
