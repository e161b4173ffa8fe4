package org.clearchain.feed;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Reads jobs for the API. A job is visible to the admin and to the organisation it imported for. */
@Singleton
public class ImportJobReader {

    private static final String COLUMNS = "id, feed, source, file_name, checksum, bytes, status, rows_read, rows_created,"
            + " rows_updated, rows_unchanged, rows_rejected, reason, duplicate_of, queued_at, started_at, finished_at,"
            + " organisation_id";

    private final JdbcOperations jdbc;

    ImportJobReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A job the actor may see, with the organisation it imports for (a retry keeps it). */
    @Transactional(readOnly = true)
    public Optional<OwnedJob> findOwned(Actor actor, long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", select -> {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && visible(actor, rs) ? Optional.of(owned(rs)) : Optional.<OwnedJob>empty();
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<ImportJobView> find(Actor actor, long id, int rejectionLimit) {
        return findOwned(actor, id).map(owned -> owned.job().withRejections(rejections(id, rejectionLimit)));
    }

    /** The newest jobs of a feed that the actor may see. */
    @Transactional(readOnly = true)
    public List<ImportJobView> recent(Actor actor, String feed, int limit) {
        boolean admin = actor.is(Role.ADMIN);
        String sql = "SELECT " + COLUMNS + " FROM import_job WHERE feed = ?"
                + (admin ? "" : " AND organisation_id = ?") + " ORDER BY id DESC LIMIT " + limit;
        return jdbc.prepareStatement(sql, select -> {
            select.setString(1, feed);
            if (!admin) {
                select.setObject(2, actor.organisationId());
            }
            List<ImportJobView> jobs = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    jobs.add(view(rs));
                }
            }
            return jobs;
        });
    }

    /** A job and the organisation it imports for. */
    public record OwnedJob(ImportJobView job, Long organisationId) {

        /** Its counts tell everyone how healthy the feed is; the job itself is its organisation's (and the admin's). */
        public boolean visibleTo(Actor actor) {
            return ImportJobReader.visible(actor, organisationId);
        }
    }

    /** The newest job of a feed, whoever it was for: the feed's health, not its contents. */
    @Transactional(readOnly = true)
    public Optional<OwnedJob> last(String feed) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM import_job WHERE feed = ? ORDER BY id DESC LIMIT 1", select -> {
            select.setString(1, feed);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<OwnedJob>empty();
                }
                return Optional.of(owned(rs));
            }
        });
    }

    /** Of the given jobs, those that failed before {@code cutoff}, or no longer exist. */
    @Transactional(readOnly = true)
    public Set<Long> failedBefore(Collection<Long> ids, Instant cutoff) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> expired = new HashSet<>(ids);
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        jdbc.prepareStatement("SELECT id FROM import_job WHERE id IN (" + marks + ")"
                + " AND NOT (status = 'FAILED' AND finished_at < ?)", select -> {
            int i = 1;
            for (long id : ids) {
                select.setLong(i++, id);
            }
            select.setTimestamp(i, Timestamp.valueOf(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    expired.remove(rs.getLong(1));
                }
            }
            return null;
        });
        return expired;
    }

    private List<ImportJobView.Rejection> rejections(long jobId, int limit) {
        return jdbc.prepareStatement("SELECT line_number, reason, raw_text FROM import_rejection WHERE job_id = ?"
                + " ORDER BY line_number, id LIMIT " + limit, select -> {
            select.setLong(1, jobId);
            List<ImportJobView.Rejection> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportJobView.Rejection(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        });
    }

    private static OwnedJob owned(ResultSet rs) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        return new OwnedJob(view(rs), rs.wasNull() ? null : organisation);
    }

    private static boolean visible(Actor actor, ResultSet rs) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        return visible(actor, rs.wasNull() ? null : organisation);
    }

    static boolean visible(Actor actor, Long organisationId) {
        return actor.is(Role.ADMIN) || (organisationId != null && actor.belongsTo(organisationId));
    }

    private static ImportJobView view(ResultSet rs) throws SQLException {
        Instant started = instant(rs.getTimestamp("started_at"));
        Instant finished = instant(rs.getTimestamp("finished_at"));
        long duplicateOf = rs.getLong("duplicate_of");
        Long duplicate = rs.wasNull() ? null : duplicateOf;
        return new ImportJobView(rs.getLong("id"), rs.getString("feed"), rs.getString("source"), rs.getString("file_name"),
                rs.getString("checksum"), rs.getLong("bytes"), ImportJobStatus.valueOf(rs.getString("status")),
                new ImportJobView.Counts(rs.getLong("rows_read"), rs.getLong("rows_created"), rs.getLong("rows_updated"),
                        rs.getLong("rows_unchanged"), rs.getLong("rows_rejected")),
                rs.getString("reason"), duplicate, instant(rs.getTimestamp("queued_at")), started, finished,
                started != null && finished != null ? Duration.between(started, finished).toMillis() : null, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
