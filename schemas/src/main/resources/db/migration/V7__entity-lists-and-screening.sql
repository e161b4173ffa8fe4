-- Sanctions and forced-labour entity lists (OFAC SDN, UN Security Council, CBP forced labour, FollowTheMoney
-- datasets), their entries edition after edition, and the screening hits of suppliers and agencies against them
-- with the reviewer's decision. Entries are never deleted: one missing from a new edition is marked removed.
-- The word index the matcher searches is built in memory from the entries, so it has no table.

CREATE TABLE entity_list (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    -- a confirmed hit on a forced-labour list's entry sets floor R2; sanctions lists' hits are reviewed all the same
    forced_labour  BOOLEAN      NOT NULL,
    editions       INT          NOT NULL DEFAULT 0,
    -- moves with every write to the list's entries: the in-memory index is rebuilt when the sum changes
    version        BIGINT       NOT NULL DEFAULT 0,
    edition_job_id BIGINT       NULL,
    edition_file   VARCHAR(255) NULL,
    edition_at     DATETIME(6)  NULL,
    -- why the last edition did not mark missing entries removed (rows were rejected), if it did not
    edition_note   VARCHAR(500) NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_entity_list_name UNIQUE (name),
    CONSTRAINT fk_entity_list_job FOREIGN KEY (edition_job_id) REFERENCES import_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE entity_list_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id       BIGINT       NOT NULL,
    -- OFAC ent_num, UN reference number, CBP entity and country, FtM entity id
    entry_key     VARCHAR(255) NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    name          VARCHAR(500) NOT NULL,
    aliases       JSON         NOT NULL,
    countries     JSON         NOT NULL,
    identifiers   JSON         NOT NULL,
    forced_labour BOOLEAN      NOT NULL,
    programme     VARCHAR(500) NOT NULL,
    remarks       TEXT         NULL,
    -- sha256 of what a reviewer decides on; a dismissed hit is raised again only when it changes
    content_hash  CHAR(64)     NOT NULL,
    last_seen_job BIGINT       NOT NULL,
    -- the import job that created, changed or removed the entry last
    changed_job   BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    removed_at    DATETIME(6)  NULL,
    CONSTRAINT uq_entity_list_entry UNIQUE (list_id, entry_key),
    CONSTRAINT fk_entity_list_entry_list FOREIGN KEY (list_id) REFERENCES entity_list (id),
    INDEX ix_entity_list_entry_seen (list_id, last_seen_job),
    INDEX ix_entity_list_entry_changed (changed_job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE screening_hit (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type    VARCHAR(10)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    entry_id        BIGINT        NOT NULL,
    subject_name    VARCHAR(500)  NOT NULL,
    matched_name    VARCHAR(500)  NOT NULL,
    score           DECIMAL(5, 4) NOT NULL,
    reasons         JSON          NOT NULL,
    -- the entry's content hash when raised, kept current while the hit is open
    entry_hash      CHAR(64)      NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    -- 1 while OPEN, NULL once decided: at most one open hit per subject and entry (NULLs never collide)
    open_marker     TINYINT       NULL,
    decision_reason VARCHAR(2000) NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      DATETIME(6)   NULL,
    -- the entry's content hash at the decision
    decided_hash    CHAR(64)      NULL,
    raised_at       DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_screening_hit_open UNIQUE (subject_type, subject_id, entry_id, open_marker),
    CONSTRAINT fk_screening_hit_entry FOREIGN KEY (entry_id) REFERENCES entity_list_entry (id),
    INDEX ix_screening_hit_status (status, id),
    INDEX ix_screening_hit_subject (subject_type, subject_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
