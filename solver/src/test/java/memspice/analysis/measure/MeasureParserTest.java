package memspice.analysis.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import memspice.analysis.measure.MeasureSpec.Direction;
import memspice.analysis.measure.MeasureSpec.Kind;
import memspice.netlist.Diagnostic;
import memspice.netlist.NetlistException;
import memspice.testing.Netlists;

/** Parsing of .measure cards: every form, and a file:line message for each kind of mistake. */
class MeasureParserTest {

    private static final String HEAD = "m\nV1 a 0 1\nR1 a 0 1\n.param lvl=0.25\n.tran 1u 1m\n";

    private static List<MeasureSpec> parse(String card) throws NetlistException {
        return Measures.prepare(Netlists.parse(HEAD + card + "\n"), new ArrayList<>()).specs();
    }

    @Test
    void readsEveryForm() throws NetlistException {
        MeasureSpec tt = parse(".MEASURE TRAN Tr TRIG v(a) VAL=0.1 TD=1u RISE=2 TARG v(a,0) VAL={lvl*2} FALL=LAST").get(0);
        assertEquals("tr", tt.name());
        assertEquals(Kind.TRIG_TARG, tt.kind());
        assertEquals(Direction.RISE, tt.trig().direction());
        assertEquals(2, tt.trig().count());
        assertEquals(1e-6, tt.trig().delay(), 0);
        assertEquals(0.5, tt.targ().level(), 0);
        assertEquals(MeasureSpec.Crossing.LAST, tt.targ().count());
        assertEquals("v(a,0)", tt.targ().signal().toString());
        MeasureSpec w = parse(".meas tran t1 when v(a)=lvl cross=3").get(0);
        assertEquals(Kind.WHEN, w.kind());
        assertEquals(0.25, w.targ().level(), 0);
        assertEquals(Direction.CROSS, w.targ().direction());
        MeasureSpec ws = parse(".meas tran t2 when v(a) = v(b) rise=1").get(0);
        assertEquals("v(b)", ws.targ().levelSignal().toString());
        assertEquals(Kind.FIND_AT, parse(".meas tran f find i(v1) at=2u").get(0).kind());
        assertEquals(Kind.FIND_WHEN, parse(".meas tran f find v(a) when v(a)=0.5").get(0).kind());
        assertEquals(Kind.DERIV_AT, parse(".meas tran f deriv v(a) at=2u").get(0).kind());
        assertEquals(Kind.DERIV_WHEN, parse(".meas tran f derivative v(a) when v(a)=0.5 fall=1").get(0).kind());
        MeasureSpec avg = parse(".meas tran av avg v(a) from=1u to=2u").get(0);
        assertEquals(1e-6, avg.from(), 0);
        assertEquals(2e-6, avg.to(), 0);
        assertEquals(Kind.INTEG, parse(".meas tran q integ i(v1)").get(0).kind());
        assertTrue(Double.isNaN(parse(".meas tran q rms v(a)").get(0).from()));
        MeasureSpec at = parse(".meas tran d trig at=1u targ v(a) val=1").get(0);
        assertEquals(1e-6, at.trigAt(), 0);
        assertEquals(Direction.CROSS, at.targ().direction());
    }

    @Test
    void otherAnalysesAreSkippedWithAWarning() throws NetlistException {
        List<Diagnostic> warnings = new ArrayList<>();
        Measures m = Measures.prepare(Netlists.parse(HEAD + ".meas dc x max v(a)\n"), warnings);
        assertTrue(m.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).toString().contains("test.cir:6"), warnings.get(0).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".measure | analysis type",
        ".measure foo x max v(a) | analysis type first",
        ".measure tran | result name",
        ".measure tran x | measurement kind",
        ".measure tran x median v(a) | unknown .measure kind 'median'",
        ".measure tran x max | needs a signal",
        ".measure tran x max a | needs a signal",
        ".measure tran x max v(a) from=2u to=1u | must be before",
        ".measure tran x max v(a) at=1u | unexpected 'at=1u'",
        ".measure tran x trig v(a) rise=1 targ v(a) val=1 | TRIG v(a) needs VAL=",
        ".measure tran x trig v(a) val=1 | TARG after the trigger",
        ".measure tran x trig v(a) val=1 when v(a) val=1 | expected TARG",
        ".measure tran x trig v(a) val=1 rise=1 fall=1 targ v(a) val=1 | one of RISE=, FALL=, CROSS=",
        ".measure tran x when v(a)=1 rise=0 | whole number >= 1 or LAST",
        ".measure tran x when v(a)=1 rise=1.5 | whole number >= 1 or LAST",
        ".measure tran x when v(a) | WHEN needs a condition",
        ".measure tran x when v(a)=1 val=2 | VAL= belongs to TRIG/TARG",
        ".measure tran x when v(a)=nosuch | nosuch",
        ".measure tran x find v(a) | .measure ends where WHEN or AT=",
        ".measure tran x find v(a) from=1u | expected WHEN or AT=",
        ".measure tran x when v(a)=1 extra | unexpected 'extra' at the end",
    })
    void malformedCardsNameFileAndLine(String card, String message) {
        NetlistException e = assertThrows(NetlistException.class, () -> parse(card));
        assertTrue(e.getMessage().startsWith("test.cir:6: "), e.getMessage());
        assertTrue(e.getMessage().contains(message.strip()), e.getMessage());
    }

    @Test
    void aNameUsedTwiceIsAnError() {
        NetlistException e = assertThrows(NetlistException.class,
                () -> parse(".meas tran x max v(a)\n.meas tran X min v(a)"));
        assertEquals("test.cir:7: .measure name 'x' is used twice", e.getMessage());
    }
}
