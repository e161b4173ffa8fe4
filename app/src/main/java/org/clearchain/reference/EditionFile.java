package org.clearchain.reference;

import org.clearchain.integrations.feed.ImportContext;

import java.util.HashMap;
import java.util.Map;

/**
 * One feed file being written into a new edition: the edition it goes into (created with its first usable row, or
 * the pending one a failed import of the same file left), the edition current when it started (to tell what
 * changed), and the rows already seen, so a country or good listed twice is refused with the line of the first.
 */
final class EditionFile {

    final String dataset;
    final ImportContext context;
    final Long currentId;
    Long pendingId;
    String edition;
    String source;
    boolean proxy;
    final Map<String, Long> seen = new HashMap<>();

    EditionFile(String dataset, ImportContext context, Long currentId, StoredEdition pending) {
        this.dataset = dataset;
        this.context = context;
        this.currentId = currentId;
        if (pending != null) {
            this.pendingId = pending.id();
            this.edition = pending.edition();
            this.source = pending.source();
            this.proxy = pending.proxy();
        }
    }

    /**
     * Puts back what a batch changed here when its transaction rolls back: a retried batch must neither reuse a pending
     * edition that was never stored nor find its own rows in {@link #seen} and reject them as repeats.
     */
    Runnable snapshot() {
        Long pendingBefore = pendingId;
        String editionBefore = edition;
        String sourceBefore = source;
        boolean proxyBefore = proxy;
        Map<String, Long> seenBefore = new HashMap<>(seen);
        return () -> {
            pendingId = pendingBefore;
            edition = editionBefore;
            source = sourceBefore;
            proxy = proxyBefore;
            seen.clear();
            seen.putAll(seenBefore);
        };
    }
}
