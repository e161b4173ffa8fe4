-- Writers no longer chain their own entry (that locked audit_head in every write transaction, so two writes through
-- two Galera nodes failed certification and one server serialised every write). A writer now only inserts its entry,
-- numbered by AUTO_INCREMENT, with seq, prev_hash and hash left NULL; the sealer (audit.AuditSealer) later gives
-- committed entries their seq and hashes, in id order, under the audit_head lock that only it takes. The chain's order
-- is the seal order.
--
-- Entries written before keep id = seq, so their chain verifies as before: the hashed form is unchanged.
ALTER TABLE audit_entry ADD COLUMN id BIGINT NULL FIRST;

UPDATE audit_entry SET id = seq;

-- uk_audit_entry_seq also finds the unsealed entries: their NULL seqs sort first in it, by id (InnoDB keeps the primary
-- key in every secondary index), so "seq IS NULL ORDER BY id LIMIT n" reads them without sorting. NULLs never collide.
ALTER TABLE audit_entry
    DROP PRIMARY KEY,
    MODIFY id BIGINT NOT NULL AUTO_INCREMENT,
    ADD CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    MODIFY seq BIGINT NULL,
    MODIFY prev_hash CHAR(64) NULL,
    MODIFY hash CHAR(64) NULL,
    ADD CONSTRAINT uk_audit_entry_seq UNIQUE (seq);
