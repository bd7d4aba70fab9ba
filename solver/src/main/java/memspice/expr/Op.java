package memspice.expr;

/**
 * Operation codes of compiled expressions ({@link Node}, {@link CompiledExpr}) and their arity.
 * Numeric meaning of each code: {@link MathFn#apply}.
 */
final class Op {
    private Op() {
    }

    static final int CONST = 0, VAR = 1;
    static final int NEG = 2, NOT = 3;
    static final int ADD = 4, SUB = 5, MUL = 6, DIV = 7, MOD = 8, POW = 9;
    static final int EQ = 10, NE = 11, LT = 12, LE = 13, GT = 14, GE = 15, AND = 16, OR = 17;
    static final int SELECT = 18;
    static final int ABS = 19, SQRT = 20, EXP = 21, LN = 22, LOG10 = 23;
    static final int SIN = 24, COS = 25, TAN = 26, ASIN = 27, ACOS = 28, ATAN = 29, ATAN2 = 30;
    static final int SINH = 31, COSH = 32, TANH = 33, ASINH = 34, ACOSH = 35, ATANH = 36;
    static final int MIN = 37, MAX = 38, PWR = 39, SGN = 40, SIGN2 = 41;
    static final int FLOOR = 42, CEIL = 43, INT = 44, NINT = 45, U = 46, URAMP = 47, STP = 48;
    static final int LIMIT = 49;
    /** Derivative helpers, used only in gradient programs. */
    static final int POW_DA = 50, POW_DB = 51, PWR_DA = 52, PWR_DB = 53, EXP_D = 54;
    static final int COUNT = 55;

    private static final String[] NAMES = {
        "const", "var", "neg", "not", "+", "-", "*", "/", "%", "^",
        "==", "!=", "<", "<=", ">", ">=", "&&", "||", "select",
        "abs", "sqrt", "exp", "ln", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
        "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "min", "max", "pwr", "sgn", "sign",
        "floor", "ceil", "int", "nint", "u", "uramp", "stp", "limit",
        "pow_da", "pow_db", "pwr_da", "pwr_db", "exp_d",
    };

    /** Number of operands (0 for CONST and VAR). */
    static int arity(int op) {
        if (op <= VAR) {
            return 0;
        }
        if (op == SELECT || op == LIMIT) {
            return 3;
        }
        if ((op >= ADD && op <= OR) || op == ATAN2 || op == MIN || op == MAX || op == PWR
                || op == SIGN2 || (op >= POW_DA && op <= PWR_DB)) {
            return 2;
        }
        return 1;
    }

    /** Short name for debugging output. */
    static String name(int op) {
        return NAMES[op];
    }
}
