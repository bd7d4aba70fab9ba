package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The level grid of the example: 2048 levels from 50 uS to 4144 uS, a 2 uS step. */
class LevelGridTest {

    private static final LevelGrid GRID = new LevelGrid(50e-6, 4144e-6, 2048);

    @Test
    void snapsToNearestLevelAndClips() {
        // exact decimal arithmetic: step = 4094 uS / 2047 = 2 uS; tolerances are a few ulps of 1e-4
        assertEquals(2e-6, GRID.step(), 1e-20);
        assertEquals(52e-6, GRID.snap(51.2e-6), 1e-18);
        assertEquals(50e-6, GRID.snap(50.9e-6), 1e-18);
        assertEquals(50e-6, GRID.snap(1e-9));
        assertEquals(4144e-6, GRID.snap(1.0));
        assertTrue(GRID.contains(GRID.snap(1234.567e-6)));
        assertFalse(GRID.contains(51e-6));
        assertFalse(GRID.contains(4146e-6));
        assertEquals(4144e-6, GRID.level(2047));
    }

    @Test
    void continuousRangeOnlyClips() {
        LevelGrid c = new LevelGrid(1e-6, 1e-4, 0);
        assertEquals(3.3e-5, c.snap(3.3e-5));
        assertEquals(1e-4, c.snap(2e-4));
        assertThrows(IllegalArgumentException.class, () -> new LevelGrid(1e-4, 1e-6, 10));
        assertThrows(IllegalArgumentException.class, () -> new LevelGrid(1e-6, 1e-4, 1));
    }

    @Test
    void randomDrawsLieOnTheGrid() {
        for (Conductances.Distribution d : Conductances.Distribution.values()) {
            assertTrue(GRID.containsAll(Conductances.random(20, 30, d, GRID, 2)), d.toString());
        }
    }
}
