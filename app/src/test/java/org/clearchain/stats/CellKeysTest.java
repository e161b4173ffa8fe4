package org.clearchain.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellKeysTest {

    private static PublishedCell publish(long count, int key) {
        return CellKeys.publish(new StatisticsCell(Map.of("sector", "01"), count, key));
    }

    @Test
    void aCountUnderFiveIsWithheldWhateverItsKey() {
        for (int count = 1; count < 5; count++) {
            for (int key = 0; key < CellKeys.KEYS; key++) {
                PublishedCell cell = publish(count, key);
                assertTrue(cell.suppressed());
                assertNull(cell.count());
            }
        }
    }

    @Test
    void everyPublishedCountIsAMultipleOfFiveWithinFourOfTheTruthAndNeverUnderFive() {
        for (long count = 5; count < 500; count++) {
            for (int key = 0; key < CellKeys.KEYS; key++) {
                long published = publish(count, key).count();
                assertEquals(0, published % 5, count + " / " + key);
                assertTrue(Math.abs(published - count) <= 4, count + " / " + key + " -> " + published);
                assertTrue(published >= 5, count + " / " + key + " -> " + published);
            }
        }
    }

    @Test
    void aMultipleOfFiveIsPublishedExactly() {
        for (int key = 0; key < CellKeys.KEYS; key++) {
            assertEquals(35L, publish(35, key).count());
        }
    }

    @Test
    void theNearerMultipleIsTakenMoreOftenAndUpAsOftenAsDownOverall() {
        int[] ups = new int[5];
        for (int remainder = 1; remainder < 5; remainder++) {
            for (int key = 0; key < CellKeys.KEYS; key++) {
                if (publish(20 + remainder, key).count() == 25) {
                    ups[remainder]++;
                }
            }
        }
        assertTrue(ups[1] < ups[2] && ups[2] < ups[3] && ups[3] < ups[4], java.util.Arrays.toString(ups));
        assertEquals(CellKeys.KEYS, ups[1] + ups[4]);
        assertEquals(CellKeys.KEYS, ups[2] + ups[3]);
    }
}
