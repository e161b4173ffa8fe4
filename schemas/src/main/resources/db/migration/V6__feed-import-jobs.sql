-- Feeds: every import of a file is a job with its counts and rejected rows; the last pull of each feed's URL
-- keeps the validators (ETag, Last-Modified) that let an unchanged source be skipped.

CREATE TABLE import_job (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    feed            VARCHAR(40)   NOT NULL,
    source          VARCHAR(10)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    checksum        CHAR(64)      NULL,
    bytes           BIGINT        NOT NULL,
    organisation_id BIGINT        NULL,
    status          VARCHAR(12)   NOT NULL,
    rows_read       BIGINT        NOT NULL DEFAULT 0,
    rows_created    BIGINT        NOT NULL DEFAULT 0,
    rows_updated    BIGINT        NOT NULL DEFAULT 0,
    rows_unchanged  BIGINT        NOT NULL DEFAULT 0,
    rows_rejected   BIGINT        NOT NULL DEFAULT 0,
    reason          VARCHAR(2000) NULL,
    duplicate_of    BIGINT        NULL,
    created_by      VARCHAR(100)  NULL,
    queued_at       DATETIME(6)   NOT NULL,
    started_at      DATETIME(6)   NULL,
    finished_at     DATETIME(6)   NULL,
    CONSTRAINT fk_import_job_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_import_job_feed (feed, id),
    INDEX ix_import_job_checksum (feed, checksum, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE import_rejection (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id      BIGINT        NOT NULL,
    line_number BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    raw_text    TEXT          NULL,
    CONSTRAINT fk_import_rejection_job FOREIGN KEY (job_id) REFERENCES import_job (id),
    INDEX ix_import_rejection_job (job_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE feed_pull (
    feed          VARCHAR(40)  NOT NULL PRIMARY KEY,
    etag          VARCHAR(500) NULL,
    last_modified VARCHAR(100) NULL,
    pulled_at     DATETIME(6)  NOT NULL,
    outcome       VARCHAR(500) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The agency-register feed looks agencies up by registration number within an authority, a batch at a time.
ALTER TABLE agency ADD INDEX ix_agency_authority_registration (authority_id, registration_number);
