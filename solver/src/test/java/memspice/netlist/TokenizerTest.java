package memspice.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final Card CARD = new Card(new SourceLocation(Path.of("t.cir"), 4), "x");

    private static List<Item> tok(String s) throws NetlistException {
        return Tokenizer.tokenize(CARD, s);
    }

    @Test
    void wordsGroupsAssignmentsAndExpressions() throws NetlistException {
        List<Item> items = tok("a 0 PULSE(0 1 1n, 2n) value = {v(a) * 2} r='x+1' POLY(2) \"my file.cir\"");
        assertEquals(List.of(
                new Item.Word("a"), new Item.Word("0"), new Item.Word("PULSE"),
                new Item.Group(List.of(new Item.Word("0"), new Item.Word("1"), new Item.Word("1n"), new Item.Word("2n"))),
                new Item.Assignment("value", new Item.ExprText("v(a) * 2")),
                new Item.Assignment("r", new Item.ExprText("x+1")),
                new Item.Word("POLY"), new Item.Group(List.of(new Item.Word("2"))),
                new Item.Word("my file.cir")), items);
    }

    @Test
    void modelParametersInsideParentheses() throws NetlistException {
        assertEquals(List.of(new Item.Word("D"), new Item.Group(List.of(
                        new Item.Assignment("is", new Item.Word("1e-14")), new Item.Assignment("n", new Item.Word("1.5"))))),
                tok("D(IS=1e-14 N=1.5)"));
    }

    @Test
    void unbalancedInputIsAnError() {
        for (String bad : List.of("a (b", "a b)", "{x", "x}", "'x", "= 3", "r=")) {
            NetlistException e = assertThrows(NetlistException.class, () -> tok(bad), bad);
            assertEquals(4, e.location().line());
        }
    }

    @Test
    void isSpaceIsCharacterIsWhitespaceForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), Tokenizer.isSpace((char) c), "char " + c);
        }
    }
}
