package memspice.expr;

/** A lexical token: its kind, its text as written, its 0-based offset and (numbers) its value. */
record Token(Kind kind, String text, int offset, double value) {
    enum Kind {
        NUMBER, NAME, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, QUESTION, COLON,
        PLUS, MINUS, STAR, SLASH, PERCENT, POWER, NOT,
        EQ, NE, LT, LE, GT, GE, AND, OR, END
    }

    /** How the token is shown in error messages. */
    String describe() {
        return kind == Kind.END ? "end of expression" : "'" + text + "'";
    }
}
