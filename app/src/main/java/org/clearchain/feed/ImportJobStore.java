package org.clearchain.feed;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.ImportCounts;
import org.clearchain.integrations.feed.ImportJobs;
import org.clearchain.integrations.feed.ImportRequest;
import org.clearchain.integrations.feed.RejectedRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

import static org.clearchain.integrations.text.Ellipsis.cut;

/**
 * Keeps import jobs. Each call is its own short transaction, apart from the import's batches: a job's
 * progress stays visible while the file is read, and a failed batch still leaves a job that says so.
 */
@Singleton
public class ImportJobStore implements ImportJobs {

    private final JdbcOperations jdbc;
    private final Clock clock;

    ImportJobStore(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a job before its file is read, so an upload can answer with it at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long queue(String feed, String fileName, long bytes, Long organisationId, String createdBy) {
        return insert(feed, "UPLOAD", fileName, null, bytes, organisationId, createdBy, ImportJobStatus.QUEUED);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public long start(ImportRequest request) {
        if (request.queuedJobId() != null) {
            update("UPDATE import_job SET status = 'RUNNING', checksum = ?, bytes = ?, started_at = ? WHERE id = ?",
                    request.checksum(), request.bytes(), now(), request.queuedJobId());
            return request.queuedJobId();
        }
        long id = insert(request.feed(), request.source().name(), request.fileName(), request.checksum(), request.bytes(),
                request.organisationId(), "feed:" + request.feed(), ImportJobStatus.RUNNING);
        update("UPDATE import_job SET started_at = queued_at WHERE id = ?", id);
        return id;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public OptionalLong succeededWith(String feed, String checksum) {
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT MIN(id) FROM import_job WHERE feed = ? AND checksum = ? AND status = 'SUCCEEDED'")) {
            select.setString(1, feed);
            select.setString(2, checksum);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
            }
        } catch (SQLException e) {
            throw new JobStoreException(e);
        }
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void duplicate(long jobId, long earlierJobId) {
        update("UPDATE import_job SET status = 'DUPLICATE', duplicate_of = ?, finished_at = ?,"
                + " reason = CONCAT('the same file was imported by job ', ?, '; nothing was imported again') WHERE id = ?",
                earlierJobId, now(), earlierJobId, jobId);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
        writeCounts(jobId, counts, null, null);
        if (newlyRejected.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection().prepareStatement(
                "INSERT INTO import_rejection (job_id, line_number, reason, raw_text) VALUES (?, ?, ?, ?)")) {
            for (RejectedRow row : newlyRejected) {
                insert.setLong(1, jobId);
                insert.setLong(2, row.line());
                insert.setString(3, cut(row.reason(), 1000));
                insert.setString(4, row.raw());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new JobStoreException(e);
        }
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void succeeded(long jobId, ImportCounts counts) {
        writeCounts(jobId, counts, ImportJobStatus.SUCCEEDED, null);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void failed(long jobId, ImportCounts counts, String reason) {
        writeCounts(jobId, counts, ImportJobStatus.FAILED, reason);
    }

    private void writeCounts(long jobId, ImportCounts counts, ImportJobStatus finalStatus, String reason) {
        String sql = "UPDATE import_job SET rows_read = ?, rows_created = ?, rows_updated = ?, rows_unchanged = ?,"
                + " rows_rejected = ?" + (finalStatus == null ? "" : ", status = ?, reason = ?, finished_at = ?")
                + " WHERE id = ?";
        if (finalStatus == null) {
            update(sql, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(), jobId);
        } else {
            update(sql, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(),
                    finalStatus.name(), reason == null ? null : cut(reason, 2000), now(), jobId);
        }
    }

    private long insert(String feed, String source, String fileName, String checksum, long bytes, Long organisationId,
                        String createdBy, ImportJobStatus status) {
        try (PreparedStatement insert = connection().prepareStatement(
                "INSERT INTO import_job (feed, source, file_name, checksum, bytes, organisation_id, status, created_by,"
                        + " queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, feed, source, cut(fileName, 255), checksum, bytes, organisationId, status.name(), createdBy, now());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new JobStoreException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof LocalDateTime time) {
                statement.setTimestamp(i + 1, Timestamp.valueOf(time));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private Connection connection() {
        return jdbc.getConnection();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static final class JobStoreException extends RuntimeException {
        JobStoreException(SQLException cause) {
            super("import job store: " + cause.getMessage(), cause);
        }
    }
}
