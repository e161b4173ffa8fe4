package org.clearchain.reference;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.common.TransactionRetry;
import org.clearchain.integrations.countryrisk.CountryRiskRow;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.integrations.feed.SinkRefusedException;
import org.clearchain.integrations.goodslist.ListedGood;
import org.clearchain.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.clearchain.integrations.text.Ellipsis.cut;

/**
 * Writes reference-edition files into the database, one batch per transaction, into a pending edition that no
 * score uses; {@link #finish} makes it current — or drops it when it holds exactly the rows of the current edition
 * ("unchanged") — and announces it. Rows count as created, updated or unchanged against the edition current when the
 * file started, so a job says what the new edition changes.
 * <p>A batch's entries go in as one repository batch of {@code INSERT ... ON DUPLICATE KEY UPDATE}: a retried file
 * rewrites rows its pending edition already holds.
 */
@Singleton
class EditionBatches {

    private static final Logger LOG = LoggerFactory.getLogger(EditionBatches.class);
    static final String ILAB_SOURCE = "US DOL ILAB List of Goods";

    private final CountryRiskEntryRepository countryRiskEntries;
    private final GoodsRiskEntryRepository goodsRiskEntries;
    private final ReferenceEditionStore store;
    private final ReferenceEditionRepository editions;
    private final PendingEditionRepository pendingEditions;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ReferenceEditionLoaded> publisher;
    private final Clock clock;
    private final TransactionRetry retry;

    /** Datasets whose files name their editions (an index's edition column); the others are named by Clearchain. */
    private static final Set<String> NAMED_BY_THEIR_FILES = Set.of("country-risk");

    EditionBatches(CountryRiskEntryRepository countryRiskEntries, GoodsRiskEntryRepository goodsRiskEntries,
                   ReferenceEditionStore store, ReferenceEditionRepository editions,
                   PendingEditionRepository pendingEditions, AuditLog audit,
                   ApplicationEventPublisher<ReferenceEditionLoaded> publisher, Clock clock, TransactionRetry retry) {
        this.countryRiskEntries = countryRiskEntries;
        this.goodsRiskEntries = goodsRiskEntries;
        this.store = store;
        this.editions = editions;
        this.pendingEditions = pendingEditions;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.retry = retry;
    }

    @Transactional
    public EditionFile open(String dataset, ImportContext context) {
        Long current = store.current(dataset).map(StoredEdition::id).orElse(null);
        StoredEdition pending = editions.findPending(dataset, context.checksum()).orElse(null);
        return new EditionFile(dataset, context, current, pending);
    }

    private record Score(BigDecimal score, String region, String source, String note) { }

    @Transactional
    public BatchOutcome writeCountryRisk(EditionFile file, List<FeedLine.Accepted<CountryRiskRow>> batch) {
        retry.onRollback(file.snapshot());
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, FeedLine.Accepted<CountryRiskRow>> rows = new LinkedHashMap<>();
        for (var line : batch) {
            CountryRiskRow row = line.record();
            if (file.edition == null) {
                file.edition = row.edition();
                file.source = row.source();
                file.proxy = row.proxy();
            }
            String problem = repeated(file, row.country(), "country " + row.country(), line.line());
            if (problem == null && !row.edition().equals(file.edition)) {
                problem = "the row names edition '" + row.edition() + "', but the file is edition '" + file.edition
                        + "' (one file, one edition)";
            }
            if (problem != null) {
                rejected.add(RejectedRow.of(line, problem));
            } else {
                rows.put(row.country(), line);
            }
        }
        if (rows.isEmpty()) {
            return new BatchOutcome(0, 0, 0, rejected);
        }
        long pending = pending(file);
        Map<String, Score> current = file.currentId == null ? Map.of() : currentScores(file.currentId, rows.keySet());
        int created = 0;
        int updated = 0;
        List<CountryRiskEntryRow> entries = new ArrayList<>(rows.size());
        for (var line : rows.values()) {
            CountryRiskRow row = line.record();
            Score score = new Score(row.score() == null ? null : BigDecimal.valueOf(row.score()).setScale(6, RoundingMode.HALF_UP),
                    row.region(), row.source(), row.note());
            Score before = current.get(row.country());
            if (before == null) {
                created++;
            } else if (!sameScore(before.score(), score.score()) || !Objects.equals(before.region(), score.region())
                    || !before.source().equals(score.source()) || !Objects.equals(before.note(), score.note())) {
                updated++;
            }
            entries.add(new CountryRiskEntryRow(pending, row.country(), score.score(), row.region(), row.source(), row.note()));
        }
        countryRiskEntries.upsertAll(entries);
        return new BatchOutcome(created, updated, rows.size() - created - updated, rejected);
    }

    private static boolean sameScore(BigDecimal before, BigDecimal now) {
        return before == null || now == null ? before == now : before.compareTo(now) == 0;
    }

    private record Flags(boolean child, boolean forced) { }

    @Transactional
    public BatchOutcome writeGoods(EditionFile file, List<FeedLine.Accepted<ListedGood>> batch) {
        retry.onRollback(file.snapshot());
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, FeedLine.Accepted<ListedGood>> rows = new LinkedHashMap<>();
        for (var line : batch) {
            ListedGood good = line.record();
            String key = goodKey(good.country(), good.good());
            String problem = repeated(file, key, good.good() + " from " + good.country(), line.line());
            if (problem != null) {
                rejected.add(RejectedRow.of(line, problem));
            } else {
                rows.put(key, line);
            }
        }
        if (rows.isEmpty()) {
            return new BatchOutcome(0, 0, 0, rejected);
        }
        if (file.edition == null) {
            file.edition = cut(file.context.fileName() + ", imported " + clock.instant().atZone(ZoneOffset.UTC).toLocalDate(), 150);
            file.source = ILAB_SOURCE;
        }
        long pending = pending(file);
        Map<String, Flags> current = file.currentId == null ? Map.of() : currentGoods(file.currentId, rows.values());
        int created = 0;
        int updated = 0;
        List<GoodsRiskEntryRow> entries = new ArrayList<>(rows.size());
        for (var entry : rows.entrySet()) {
            ListedGood good = entry.getValue().record();
            Flags before = current.get(entry.getKey());
            if (before == null) {
                created++;
            } else if (before.child() != good.childLabour() || before.forced() != good.forcedLabour()) {
                updated++;
            }
            entries.add(new GoodsRiskEntryRow(pending, good.country(), good.good(), good.childLabour(), good.forcedLabour()));
        }
        goodsRiskEntries.upsertAll(entries);
        return new BatchOutcome(created, updated, rows.size() - created - updated, rejected);
    }

    /**
     * After the file's last row: the pending edition becomes current, unless it is the current one again. Both
     * happen in one transaction, so a score never sees half an edition. Edition names stay unique within a dataset,
     * since explanations and snapshots name editions: a name the file gave (country-risk's edition column) that a
     * loaded edition already has refuses the file, and it is discarded (committed, though refused); a name Clearchain
     * made (goods-list: the file's name and the day) gets " (2)", " (3)"….
     */
    @Transactional(noRollbackFor = SinkRefusedException.class)
    public void finish(EditionFile file, ImportCounts counts) {
        retry.onRollback(file.snapshot());
        if (file.pendingId == null) {
            throw new SinkRefusedException("no row of the file could be used (see the rejected rows): no " + file.dataset
                    + " edition was loaded, and the current one stays in force");
        }
        int rows = entries(file.dataset, file.pendingId);
        if (file.currentId != null && counts.created() == 0 && counts.updated() == 0
                && rows == entries(file.dataset, file.currentId)) {
            discard(file);
            LOG.info("{} file {} (job {}) holds the rows of the current edition: unchanged, no new edition", file.dataset,
                    file.context.fileName(), file.context.jobId());
            return;
        }
        if (nameTaken(file.dataset, file.edition, file.pendingId)) {
            if (NAMED_BY_THEIR_FILES.contains(file.dataset)) {
                discard(file);
                throw new SinkRefusedException(file.dataset + " edition '" + file.edition + "' is already loaded, with other"
                        + " figures: a loaded edition is never changed, so a corrected file needs an edition name of its own"
                        + " (e.g. '" + file.edition + " rev. 2'); nothing was loaded, and the current edition stays in force");
            }
            file.edition = freeName(file.dataset, file.edition, file.pendingId);
            editions.rename(file.pendingId, file.edition);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        editions.markLoaded(file.pendingId, now, rows, file.context.jobId());
        audit.append(new Actor("feed:" + file.dataset + " (job " + file.context.jobId() + ")", null,
                        file.context.organisationId()), "reference.edition.loaded", "reference_edition", file.pendingId, null,
                Map.of("dataset", file.dataset, "edition", file.edition, "source", file.source, "rows", rows,
                        "created", counts.created(), "updated", counts.updated(), "unchanged", counts.unchanged()));
        publisher.publishEvent(new ReferenceEditionLoaded(file.pendingId, file.dataset, file.edition, file.source,
                file.context.jobId()));
    }

    /** The pending edition and its rows, gone. */
    private void discard(EditionFile file) {
        switch (file.dataset) {
            case ReferenceEditionStore.COUNTRY_RISK -> editions.deleteCountryRiskEntries(file.pendingId);
            case ReferenceEditionStore.GOODS_LIST -> editions.deleteGoodsRiskEntries(file.pendingId);
            default -> throw noSuchDataset(file.dataset);
        }
        editions.deletePending(file.pendingId);
    }

    private boolean nameTaken(String dataset, String edition, long except) {
        return editions.countLoadedNamed(dataset, edition, except) > 0;
    }

    private String freeName(String dataset, String taken, long except) {
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String candidate = cut(taken, 150 - suffix.length()) + suffix;
            if (!nameTaken(dataset, candidate, except)) {
                return candidate;
            }
        }
    }

    private static String repeated(EditionFile file, String key, String what, long line) {
        Long first = file.seen.putIfAbsent(key, line);
        return first == null ? null : what + " appears again (line " + first + ")";
    }

    /** The pending edition of this file: the one a failed import of the same file left, or a new one. */
    private long pending(EditionFile file) {
        if (file.pendingId == null) {
            file.pendingId = pendingEditions.save(new PendingEdition(null, file.dataset, cut(file.edition, 150),
                    cut(file.source, 255), true, file.context.checksum(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                    file.proxy)).id();
        }
        return file.pendingId;
    }

    private Map<String, Score> currentScores(long edition, Set<String> countries) {
        Map<String, Score> found = new HashMap<>();
        for (var entry : editions.findCountryRiskEntries(edition, countries)) {
            found.put(entry.country(), new Score(entry.score(), entry.region(), entry.source(), entry.note()));
        }
        return found;
    }

    private Map<String, Flags> currentGoods(long edition, Collection<FeedLine.Accepted<ListedGood>> rows) {
        Map<String, Flags> found = new HashMap<>();
        List<String> countries = rows.stream().map(r -> r.record().country()).distinct().toList();
        for (var entry : editions.findGoodsRiskEntries(edition, countries)) {
            found.put(goodKey(entry.country(), entry.good()), new Flags(entry.childLabour(), entry.forcedLabour()));
        }
        return found;
    }

    private int entries(String dataset, long edition) {
        return switch (dataset) {
            case ReferenceEditionStore.COUNTRY_RISK -> editions.countCountryRiskEntries(edition);
            case ReferenceEditionStore.GOODS_LIST -> editions.countGoodsRiskEntries(edition);
            default -> throw noSuchDataset(dataset);
        };
    }

    private static IllegalArgumentException noSuchDataset(String dataset) {
        return new IllegalArgumentException("no such reference dataset: " + dataset);
    }

    /** The same good whatever its case, accents or spaces — as the database's collation and the engine compare. */
    static String goodKey(String country, String good) {
        String plain = Normalizer.normalize(good, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return country + "|" + plain.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
