-- The inspectorate's directory of assistance services (issue 16, finding 13). A referral names its service by an entry
-- of its own inspectorate's directory, never by free text: free text let a person's name into a record that must
-- never hold one. Entries are ended, never deleted, so that every referral keeps the service it named.
CREATE TABLE assistance_service (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspectorate_id  BIGINT        NOT NULL,
    name             VARCHAR(255)  NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    country          CHAR(2)       NOT NULL,
    region           VARCHAR(255)  NULL,
    contact          VARCHAR(500)  NULL,
    ended_on         DATE          NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_assistance_service_inspectorate FOREIGN KEY (inspectorate_id) REFERENCES organisation (id),
    INDEX ix_assistance_service_inspectorate (inspectorate_id, ended_on, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Referrals made before the directory keep their free text, renamed as legacy so that nothing reads it as a
-- directory entry and nothing writes it again; there is no safe way to turn a text that may name a person into an
-- entry. New referrals carry service_id (and guardian_service_id for a child).
ALTER TABLE referral
    CHANGE COLUMN service_name legacy_service_name VARCHAR(255) NULL,
    CHANGE COLUMN guardian_service legacy_guardian_service VARCHAR(255) NULL,
    ADD COLUMN service_id BIGINT NULL AFTER service,
    ADD COLUMN guardian_service_id BIGINT NULL AFTER legacy_service_name,
    ADD CONSTRAINT fk_referral_service FOREIGN KEY (service_id) REFERENCES assistance_service (id),
    ADD CONSTRAINT fk_referral_guardian_service FOREIGN KEY (guardian_service_id) REFERENCES assistance_service (id);
