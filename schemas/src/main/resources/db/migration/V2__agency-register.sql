-- The licensing authority's register: agencies, their licences with every lifecycle event,
-- the per-year counter behind licence numbers, and complaints against agencies.

CREATE TABLE agency (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_id        BIGINT       NOT NULL,
    legal_name          VARCHAR(255) NOT NULL,
    registration_number VARCHAR(100) NOT NULL,
    country             CHAR(2)      NOT NULL,
    address             VARCHAR(500) NULL,
    contact_email       VARCHAR(255) NULL,
    contact_phone       VARCHAR(50)  NULL,
    sectors             JSON         NOT NULL,
    corridors           JSON         NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_agency_registration UNIQUE (authority_id, country, registration_number),
    CONSTRAINT fk_agency_authority FOREIGN KEY (authority_id) REFERENCES organisation (id),
    INDEX ix_agency_legal_name (legal_name),
    INDEX ix_agency_country (country),
    INDEX ix_agency_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE licence (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number       VARCHAR(20)   NOT NULL,
    agency_id    BIGINT        NOT NULL,
    authority_id BIGINT        NOT NULL,
    scope        VARCHAR(1000) NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_until  DATE          NOT NULL,
    conditions   TEXT          NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_licence_number UNIQUE (number),
    CONSTRAINT fk_licence_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_licence_authority FOREIGN KEY (authority_id) REFERENCES organisation (id),
    INDEX ix_licence_status_valid_until (status, valid_until),
    -- public verification's memory reloads what changed since its last look (PublicLicenceLookup)
    INDEX ix_licence_updated_at (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Numbers are CC-YYYY-NNNNNN; this row per year hands out NNNNNN atomically (see LicenceNumbers).
CREATE TABLE licence_number_sequence (
    year       SMALLINT NOT NULL PRIMARY KEY,
    last_value INT      NOT NULL
) ENGINE = InnoDB;

CREATE TABLE licence_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    licence_id  BIGINT        NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    from_status VARCHAR(16)   NULL,
    to_status   VARCHAR(16)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    reason      VARCHAR(2000) NULL,
    valid_until DATE          NULL,
    CONSTRAINT fk_licence_event_licence FOREIGN KEY (licence_id) REFERENCES licence (id),
    INDEX ix_licence_event_licence (licence_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE complaint (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_code VARCHAR(20)  NOT NULL,
    agency_id     BIGINT       NOT NULL,
    category      VARCHAR(32)  NOT NULL,
    description   TEXT         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    contact       VARCHAR(255) NULL,
    filed_by      VARCHAR(100) NULL,
    filed_at      DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_complaint_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_complaint_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_complaint_agency_status (agency_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
