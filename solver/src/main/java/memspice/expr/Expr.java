package memspice.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Immutable expression syntax tree, as written by the user (no folding). Built by {@link #parse};
 * evaluated as a constant by {@link #evaluate}; compiled for devices by {@link CompiledExpr#compile}.
 *
 * <p>The language (case-insensitive) is described in {@link Operator} (grammar and precedence),
 * {@link Builtins} (functions and constants), {@link MathFn} (numeric semantics) and
 * {@link SpiceNumber} (number literals). Probes are {@code v(node)}, {@code v(n1, n2)} and
 * {@code i(device)}: their arguments are raw names (any characters but whitespace, parentheses,
 * commas and {@code =}), so {@code v(x1.n-3)} is the voltage of node {@code x1.n-3}.
 * Identifiers are {@code [A-Za-z_][A-Za-z0-9_.]*}.
 */
public abstract sealed class Expr
        permits NumberExpr, IdentifierExpr, ProbeExpr, UnaryExpr, BinaryExpr, TernaryExpr, CallExpr {
    private final int offset;

    Expr(int offset) {
        this.offset = offset;
    }

    /**
     * Parses an expression: the text inside {@code {...}} or {@code '...'}, or a bare value. A text
     * that is entirely enclosed in single quotes is unquoted; braces are accepted as parentheses.
     *
     * @throws ExprException on a syntax error; the message names the 1-based column
     */
    public static Expr parse(String text) throws ExprException {
        return new Parser(text).parse();
    }

    /**
     * Evaluates this expression as a constant ({@code .param} semantics). Identifiers are looked up
     * in {@code scope}, then among the built-in constants {@code pi} and {@code e}; user functions
     * come from {@code scope}. Logical operators and {@code ?:}/{@code if} only evaluate the operands
     * they need.
     *
     * <p>Stricter than device evaluation ({@link MathFn}), like ngspice's {@code .param}: any
     * non-finite result is an error ("division by zero", "sqrt(-4) is out of range",
     * "exp(1000) overflows", "ln(0) is out of range").
     *
     * @throws ExprException for an undefined name, a probe ("v(a) is not allowed here"), a wrong
     *     argument count, recursion among user functions, or a result out of range
     */
    public double evaluate(Scope scope) throws ExprException {
        return new ConstantEvaluator(scope).evaluate(this);
    }

    /**
     * Free identifiers in lower case, in order of first appearance (for {@code .param} dependency
     * ordering). Excludes function names and probe arguments; includes names that may turn out to be
     * built-in constants ({@code pi}) or simulator variables ({@code time}).
     */
    public Set<String> identifiers() {
        Set<String> ids = new LinkedHashSet<>();
        collect(ids, null);
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Lower-case names of all functions called, built-in or not, in order of first appearance (for
     * recursion checks of {@code .func}). Probes ({@code v}, {@code i}) are not function calls.
     */
    public Set<String> functionsCalled() {
        Set<String> fns = new LinkedHashSet<>();
        collect(null, fns);
        return Collections.unmodifiableSet(fns);
    }

    /** Canonical text that {@link #parse} reads back into an equal tree. */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder();
        print(sb);
        return sb.toString();
    }

    /** 0-based offset of this node's first character in the parsed text. */
    public int offset() {
        return offset;
    }

    /** Precedence of this node as an operand: {@link Operator#PRIMARY} for atoms. */
    abstract int precedence();

    abstract void print(StringBuilder sb);

    /** Adds identifiers to {@code ids} and called function names to {@code fns} (either may be null). */
    abstract void collect(Set<String> ids, Set<String> fns);

    /** Prints {@code child}, in parentheses if {@code parens}. */
    static void print(StringBuilder sb, Expr child, boolean parens) {
        if (parens) {
            sb.append('(');
        }
        child.print(sb);
        if (parens) {
            sb.append(')');
        }
    }
}
