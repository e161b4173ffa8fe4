package org.clearchain.integrations.feed;

/** The running totals of one import job. */
public record ImportCounts(long read, long created, long updated, long unchanged, long rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    ImportCounts plus(BatchOutcome outcome, int refusedByFormat, int read) {
        return new ImportCounts(this.read + read, created + outcome.created(), updated + outcome.updated(),
                unchanged + outcome.unchanged(), rejected + refusedByFormat + outcome.rejected().size());
    }
}
