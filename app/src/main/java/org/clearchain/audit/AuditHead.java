package org.clearchain.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The end of the chain: the last sequence number and hash, in one row that only the sealer locks. */
@MappedEntity("audit_head")
record AuditHead(@Id short id, long lastSeq, String lastHash) {
}
