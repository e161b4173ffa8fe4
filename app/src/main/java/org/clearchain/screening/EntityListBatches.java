package org.clearchain.screening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.audit.AuditLog;
import org.clearchain.integrations.entitylist.ListedEntry;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.ImportContext;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.security.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes entity-list entries, a batch per transaction, keyed by list and entry key: a new key is created, a known
 * one whose content hash differs (or that had been removed) is updated, and every one seen is marked as seen by the
 * job, so the edition can tell at the end which entries the file no longer holds.
 */
@Singleton
public class EntityListBatches {

    private final EntityListRepository lists;
    private final EntityListEntryRepository entries;
    private final ScreeningHitRepository hits;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ScreeningDecided> decisions;
    private final Clock clock;

    EntityListBatches(EntityListRepository lists, EntityListEntryRepository entries, ScreeningHitRepository hits,
                      JsonMapper json, AuditLog audit, ApplicationEventPublisher<ScreeningDecided> decisions, Clock clock) {
        this.lists = lists;
        this.entries = entries;
        this.hits = hits;
        this.json = json;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public BatchOutcome write(ImportContext context, List<FeedLine.Accepted<ListedEntry>> batch) {
        Instant now = now();
        long jobId = context.jobId();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Map<String, FeedLine.Accepted<ListedEntry>>> byList = new LinkedHashMap<>();
        for (var line : batch) {
            ListedEntry entry = line.record();
            String problem = problemWith(entry);
            Map<String, FeedLine.Accepted<ListedEntry>> listed = byList.computeIfAbsent(entry.listName(), k -> new LinkedHashMap<>());
            if (problem == null && listed.containsKey(entry.entryKey())) {
                problem = "entry " + entry.entryKey() + " of " + entry.listName() + " appears again (line "
                        + listed.get(entry.entryKey()).line() + ")";
            }
            if (problem != null) {
                rejected.add(RejectedRow.of(line, problem));
            } else {
                listed.put(entry.entryKey(), line);
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var list : byList.entrySet()) {
            if (list.getValue().isEmpty()) {
                continue;
            }
            boolean forcedLabour = list.getValue().values().stream().anyMatch(l -> l.record().forcedLabour());
            long listId = listId(list.getKey(), forcedLabour, now);
            Map<String, EntityListEntry> stored = new HashMap<>();
            for (EntityListEntry known : entries.lockByListIdAndEntryKeys(listId, list.getValue().keySet())) {
                stored.put(known.entryKey(), known);
            }
            List<EntityListEntry> inserts = new ArrayList<>();
            List<EntityListEntry> updates = new ArrayList<>();
            List<Long> seen = new ArrayList<>();
            for (var line : list.getValue().values()) {
                ListedEntry entry = line.record();
                EntityListEntry known = stored.get(entry.entryKey());
                if (known == null) {
                    inserts.add(entry(null, listId, entry, jobId, now, now));
                } else if (known.removedAt() != null || !known.contentHash().equals(entry.contentHash())) {
                    updates.add(entry(known.id(), listId, entry, jobId, known.createdAt(), now));
                } else {
                    seen.add(known.id());
                }
            }
            if (!inserts.isEmpty()) {
                entries.saveAll(inserts);
            }
            if (!updates.isEmpty()) {
                entries.updateAll(updates);
            }
            if (!seen.isEmpty()) {
                entries.markSeen(seen, jobId);
            }
            if (!inserts.isEmpty() || !updates.isEmpty()) {
                lists.bumpVersion(listId);
            }
            created += inserts.size();
            updated += updates.size();
            unchanged += seen.size();
        }
        if (created + updated > 0) {
            audit.append(actor(context), "feed.entity-list.batch", "import_job", jobId, null,
                    Map.of("lists", byList.keySet(), "created", created, "updated", updated, "unchanged", unchanged,
                            "rejected", rejected.size()));
        }
        return new BatchOutcome(created, updated, unchanged, rejected);
    }

    /**
     * Closes the edition of each list the file held: entries the file did not hold are marked removed — unless rows
     * were rejected, since a rejected row may be an entry still listed — and suppliers whose confirmed hits rest on
     * an entry this job changed or removed are rescored.
     */
    @Transactional
    public void publishEdition(ImportContext context, List<String> names, ImportCounts counts) {
        Instant now = now();
        Map<String, Integer> removed = new LinkedHashMap<>();
        String note = counts.rejected() == 0 ? null : counts.rejected() + " row(s) were rejected, so no entry was marked"
                + " removed from this edition; correct them and import the list again";
        String file = context.fileName().length() > 255 ? context.fileName().substring(0, 255) : context.fileName();
        for (String name : names) {
            long listId = listId(name, false, now);
            int gone = note == null ? (int) entries.markUnseenRemoved(listId, context.jobId(), now) : 0;
            removed.put(name, gone);
            lists.closeEdition(listId, gone > 0 ? 1 : 0, context.jobId(), file, now, note);
        }
        audit.append(actor(context), "entity-list.edition", "import_job", context.jobId(), null,
                Map.of("lists", names, "removed", removed, "complete", note == null));
        List<Long> affected = hits.confirmedSupplierIdsOnEntriesChangedBy(context.jobId());
        if (!affected.isEmpty()) {
            decisions.publishEvent(new ScreeningDecided(affected, "entity list " + String.join(", ", names) + " changed"));
        }
    }

    private static String problemWith(ListedEntry entry) {
        if (entry.listName().length() > 100) {
            return "the list name '" + entry.listName().substring(0, 100) + "…' is longer than 100 characters";
        }
        if (entry.entryKey().length() > 255) {
            return "the entry key is longer than 255 characters";
        }
        if (entry.name().length() > 500) {
            return "the name is longer than 500 characters";
        }
        return null;
    }

    private long listId(String name, boolean forcedLabour, Instant now) {
        Optional<EntityList> known = lists.findByName(name);
        if (known.isEmpty()) {
            return lists.save(EntityList.created(name, forcedLabour, now)).id();
        }
        if (forcedLabour && !known.get().forcedLabour()) {
            lists.markForcedLabour(known.get().id());
        }
        return known.get().id();
    }

    /** The entry as the feed lists it now, seen and changed by this job. */
    private EntityListEntry entry(Long id, long listId, ListedEntry entry, long jobId, Instant createdAt, Instant now) {
        return new EntityListEntry(id, listId, entry.entryKey(), entry.kind().name(), entry.name(), json(entry.aliases()),
                json(entry.countries()),
                json(entry.identifiers().stream().map(i -> Map.of("type", i.type(), "value", i.value())).toList()),
                entry.forcedLabour(), entry.programme().length() > 500 ? entry.programme().substring(0, 500) : entry.programme(),
                entry.remarks(), entry.contentHash(), jobId, jobId, createdAt, now, null);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Actor actor(ImportContext context) {
        return new Actor("feed:entity-list (job " + context.jobId() + ")", null, context.organisationId());
    }
}
