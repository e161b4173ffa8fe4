-- Suppliers (shared between the buyers that link them), their sites, the agencies they use, and the
-- declarations buyers request from them. A buyer sees a supplier only through a buyer_link of its own.

CREATE TABLE supplier (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                     VARCHAR(255) NOT NULL,
    -- name without case, accents, punctuation and legal-form words: finds "ACME Ltd." for "Acme Limited"
    name_key                 VARCHAR(255) NOT NULL,
    country                  CHAR(2)      NOT NULL,
    registration_number      VARCHAR(100) NULL,
    open_supply_hub_id       VARCHAR(50)  NULL,
    sectors                  JSON         NOT NULL,
    goods                    JSON         NOT NULL,
    supplier_organisation_id BIGINT       NULL,
    -- an agency the supplier uses is not validly licensed today; kept by LicenceProblems on every change
    licence_problem          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at               DATETIME(6)  NOT NULL,
    updated_at               DATETIME(6)  NOT NULL,
    CONSTRAINT fk_supplier_organisation FOREIGN KEY (supplier_organisation_id) REFERENCES organisation (id),
    INDEX ix_supplier_name_key_country (name_key, country),
    INDEX ix_supplier_licence_problem_name (licence_problem, name),
    INDEX ix_supplier_country (country),
    INDEX ix_supplier_organisation (supplier_organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE site (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id   BIGINT        NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    address       VARCHAR(500)  NULL,
    country       CHAR(2)       NOT NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    sector        VARCHAR(4)    NULL,
    workers       INT           NULL,
    migrant_share DECIMAL(5, 2) NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_site_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_site_supplier (supplier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- tier 1: the buyer's direct supplier; tier n > 1: reached through parent_supplier_id, itself linked to the buyer.
CREATE TABLE buyer_link (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    buyer_id           BIGINT        NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    tier               SMALLINT      NOT NULL,
    parent_supplier_id BIGINT        NULL,
    share_of_output    DECIMAL(5, 2) NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_buyer_link UNIQUE (buyer_id, supplier_id),
    CONSTRAINT fk_buyer_link_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
    CONSTRAINT fk_buyer_link_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_buyer_link_parent FOREIGN KEY (parent_supplier_id) REFERENCES supplier (id),
    INDEX ix_buyer_link_supplier (supplier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A supplier's use of a recruitment agency: a registered one (agency_id, and the licence number used), or an
-- unregistered one known only by name and country.
CREATE TABLE agency_use (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id         BIGINT        NOT NULL,
    agency_id           BIGINT        NULL,
    licence_number      VARCHAR(20)   NULL,
    agency_name         VARCHAR(255)  NOT NULL,
    agency_country      CHAR(2)       NOT NULL,
    workforce_share     DECIMAL(5, 2) NULL,
    last_placement_date DATE          NULL,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_agency_use_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_agency_use_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_agency_use_supplier (supplier_id),
    INDEX ix_agency_use_agency (agency_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE declaration_request (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    buyer_id              BIGINT       NOT NULL,
    supplier_id           BIGINT       NOT NULL,
    questionnaire_version INT          NOT NULL,
    due_date              DATE         NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    requested_by          VARCHAR(100) NOT NULL,
    requested_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_declaration_request_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id),
    CONSTRAINT fk_declaration_request_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_declaration_request_buyer (buyer_id, status, due_date),
    INDEX ix_declaration_request_supplier (supplier_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Immutable: a later declaration for the same buyer and supplier supersedes (superseded_by), never overwrites.
CREATE TABLE declaration (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id            BIGINT       NOT NULL,
    buyer_id              BIGINT       NOT NULL,
    supplier_id           BIGINT       NOT NULL,
    questionnaire_version INT          NOT NULL,
    answers               JSON         NOT NULL,
    attested_name         VARCHAR(255) NOT NULL,
    attested_role         VARCHAR(255) NOT NULL,
    attested_on           DATE         NOT NULL,
    submitted_by          VARCHAR(100) NOT NULL,
    submitted_at          DATETIME(6)  NOT NULL,
    superseded_by         BIGINT       NULL,
    CONSTRAINT fk_declaration_request FOREIGN KEY (request_id) REFERENCES declaration_request (id),
    CONSTRAINT fk_declaration_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_declaration_buyer_supplier (buyer_id, supplier_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The register's answer for each licence number a declaration names, as it was on submission.
CREATE TABLE declaration_licence_check (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    declaration_id BIGINT      NOT NULL,
    licence_number VARCHAR(40) NOT NULL,
    result         VARCHAR(16) NOT NULL,
    agency_id      BIGINT      NULL,
    CONSTRAINT fk_declaration_licence_check FOREIGN KEY (declaration_id) REFERENCES declaration (id),
    INDEX ix_declaration_licence_check (declaration_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
