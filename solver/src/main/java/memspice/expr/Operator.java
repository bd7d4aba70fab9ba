package memspice.expr;

/**
 * Operators of the expression language, with their precedence (higher binds tighter).
 *
 * <p>Grammar, lowest precedence first (verified against ngspice 39 B sources):
 * <pre>
 * ternary  := or [ '?' ternary ':' ternary ]          right associative
 * or       := and { '||' and }
 * and      := equality { '&amp;&amp;' equality }
 * equality := relation { ('==' | '!=' | '&lt;&gt;') relation }   (2==2&lt;3 is 0, C-like)
 * relation := additive { ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') additive }
 * additive := term { ('+' | '-') term }
 * term     := unary { ('*' | '/' | '%') unary }
 * unary    := ('-' | '+' | '!') unary | power            -2^2 = -4, 2*-3^2 = -18
 * power    := primary { ('^' | '**') powerArg }          LEFT associative: 2^3^2 = 64
 * powerArg := ('-' | '+' | '!') unary | primary         2^-1 = 0.5, 2^-1^2 = 2^-(1^2) = 0.5
 * primary  := number | name | name '(' args ')' | probe | '(' ternary ')' | '{' ternary '}'
 * </pre>
 * ngspice 39 gives 64 for {@code 2^3^2} and {@code 2**3**2} both in {@code .param} and in B
 * sources, so power is left associative here too (not right associative as in Fortran).
 */
enum Operator {
    NEG("-", 8, Op.NEG),
    NOT("!", 8, Op.NOT),
    OR("||", 2, Op.OR),
    AND("&&", 3, Op.AND),
    EQ("==", 4, Op.EQ),
    NE("!=", 4, Op.NE),
    LT("<", 5, Op.LT),
    LE("<=", 5, Op.LE),
    GT(">", 5, Op.GT),
    GE(">=", 5, Op.GE),
    ADD("+", 6, Op.ADD),
    SUB("-", 6, Op.SUB),
    MUL("*", 7, Op.MUL),
    DIV("/", 7, Op.DIV),
    MOD("%", 7, Op.MOD),
    POW("^", 9, Op.POW);

    /** Precedence of the ternary operator and of primaries. */
    static final int TERNARY = 1, UNARY = 8, PRIMARY = 10;

    final String symbol;
    final int precedence;
    final int op;

    Operator(String symbol, int precedence, int op) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.op = op;
    }
}
