-- Corrections and endings keep what was there before: every one is a revision (who, when, why, the values before and
-- after), readable as the record's history. Nothing is deleted except by erasure.

CREATE TABLE revision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity_type   VARCHAR(32)   NOT NULL,
    entity_id     BIGINT        NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    before_values JSON          NULL,
    after_values  JSON          NULL,
    reason        VARCHAR(1000) NOT NULL,
    revised_by    VARCHAR(100)  NOT NULL,
    revised_at    DATETIME(6)   NOT NULL,
    INDEX ix_revision_entity (entity_type, entity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- An agency use counts for the supplier's risk up to and including this day, not after.
ALTER TABLE agency_use ADD COLUMN ended_on DATE NULL;

-- A buyer's link that it ended: the supplier stays for its other buyers, and the link's history stays here.
CREATE TABLE ended_buyer_link (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    buyer_id           BIGINT        NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    tier               SMALLINT      NOT NULL,
    parent_supplier_id BIGINT        NULL,
    share_of_output    DECIMAL(5, 2) NULL,
    created_at         DATETIME(6)   NOT NULL,
    ended_by           VARCHAR(100)  NOT NULL,
    ended_at           DATETIME(6)   NOT NULL,
    end_reason         VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_ended_buyer_link_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
    CONSTRAINT fk_ended_buyer_link_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_ended_buyer_link_buyer (buyer_id, supplier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A buyer may withdraw an open request: WITHDRAWN, with when and why, which the supplier sees.
ALTER TABLE declaration_request
    ADD COLUMN withdrawn_at      DATETIME(6)   NULL,
    ADD COLUMN withdrawal_reason VARCHAR(1000) NULL;
