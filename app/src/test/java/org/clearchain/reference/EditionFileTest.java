package org.clearchain.reference;

import org.clearchain.integrations.feed.ImportContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A batch that rolls back leaves the file as it found it, so its retry is refused nothing it would not have been. */
class EditionFileTest {

    @Test
    void theSnapshotPutsBackWhatABatchChanged() {
        EditionFile file = new EditionFile("country-risk", new ImportContext(7, "country-risk", "index.csv", "abc", null),
                null, null);
        file.seen.put("FR", 2L);
        Runnable undo = file.snapshot();

        file.pendingId = 41L;
        file.edition = "2026";
        file.source = "Index";
        file.proxy = true;
        file.seen.put("DE", 3L);
        undo.run();

        assertNull(file.pendingId, "a pending edition created by the rolled-back batch was never stored");
        assertNull(file.edition);
        assertNull(file.source);
        assertFalse(file.proxy);
        assertEquals(Map.of("FR", 2L), file.seen, "the batch's own rows are not seen twice");
    }
}
