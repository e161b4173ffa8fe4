-- Labour inspections of sites: findings (ILO forced-labour indicators or labour-standards breaches), referrals of
-- suspected victims to assistance (counts only, never a name), corrective actions, and addenda to completed
-- inspections. Worker counts are kept by sex and age band: under 18, 18-24, 25 and over.

CREATE TABLE inspection (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id             BIGINT       NOT NULL,
    supplier_id         BIGINT       NOT NULL,
    inspectorate_id     BIGINT       NOT NULL,
    visit_date          DATE         NOT NULL,
    type                VARCHAR(16)  NOT NULL,
    announced           BOOLEAN      NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    workers_present     JSON         NULL,
    workers_interviewed JSON         NULL,
    planned_by          VARCHAR(100) NOT NULL,
    completed_by        VARCHAR(100) NULL,
    completed_at        DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT fk_inspection_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_inspection_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_inspection_inspectorate FOREIGN KEY (inspectorate_id) REFERENCES organisation (id),
    INDEX ix_inspection_inspectorate (inspectorate_id, visit_date),
    INDEX ix_inspection_supplier (supplier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE inspection_addendum (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id BIGINT       NOT NULL,
    text          TEXT         NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_addendum_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- stat_* copy the dimensions statistics group by (the site's ISIC division, its country, the visit's date and year),
-- and published turns true when the inspection is completed: the statistics read this table alone, from
-- ix_finding_statistics, which covers every column they group, filter or sum.
CREATE TABLE finding (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id        BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    indicator            VARCHAR(40)   NOT NULL,
    description          VARCHAR(5000) NOT NULL,
    evidence_source      VARCHAR(32)   NOT NULL,
    agency_id            BIGINT        NULL,
    women_under18        INT           NOT NULL DEFAULT 0,
    women18_to24         INT           NOT NULL DEFAULT 0,
    women25_and_over     INT           NOT NULL DEFAULT 0,
    men_under18          INT           NOT NULL DEFAULT 0,
    men18_to24           INT           NOT NULL DEFAULT 0,
    men25_and_over       INT           NOT NULL DEFAULT 0,
    stat_sector          VARCHAR(4)    NOT NULL,
    stat_country         CHAR(2)       NOT NULL,
    stat_year            SMALLINT      NOT NULL,
    stat_visit_date      DATE          NOT NULL,
    published            BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by          VARCHAR(100)  NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_finding_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_finding_inspection (inspection_id),
    INDEX ix_finding_statistics (published, stat_visit_date, stat_sector, stat_country, stat_year, indicator,
                                 women_under18, women18_to24, women25_and_over, men_under18, men18_to24, men25_and_over)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Never a name, never a document number: counts, nationality, the service, and for a child the guardian service.
CREATE TABLE referral (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id     BIGINT       NOT NULL,
    inspectorate_id   BIGINT       NOT NULL,
    women_under18     INT          NOT NULL DEFAULT 0,
    women18_to24      INT          NOT NULL DEFAULT 0,
    women25_and_over  INT          NOT NULL DEFAULT 0,
    men_under18       INT          NOT NULL DEFAULT 0,
    men18_to24        INT          NOT NULL DEFAULT 0,
    men25_and_over    INT          NOT NULL DEFAULT 0,
    nationality       CHAR(2)      NOT NULL,
    service           VARCHAR(32)  NOT NULL,
    service_name      VARCHAR(255) NULL,
    guardian_service  VARCHAR(255) NULL,
    urgent            BOOLEAN      NOT NULL,
    referred_on       DATE         NOT NULL,
    referred_by       VARCHAR(100) NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_referral_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    INDEX ix_referral_inspection (inspection_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE corrective_action (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    finding_id         BIGINT        NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    due_date           DATE          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    evidence           VARCHAR(5000) NULL,
    done_by            VARCHAR(100)  NULL,
    done_at            DATETIME(6)   NULL,
    verified_by        VARCHAR(100)  NULL,
    verified_at        DATETIME(6)   NULL,
    verification_inspection_id BIGINT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_corrective_action_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_corrective_action_verification FOREIGN KEY (verification_inspection_id) REFERENCES inspection (id),
    INDEX ix_corrective_action_finding (finding_id),
    INDEX ix_corrective_action_status_due (status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Workers affected per sector, country, year and indicator, added to when an inspection is completed (its findings
-- never change after that). Whole-year statistics read these few rows instead of every finding.
CREATE TABLE finding_statistics_year (
    stat_sector       VARCHAR(4)  NOT NULL,
    stat_country      CHAR(2)     NOT NULL,
    stat_year         SMALLINT    NOT NULL,
    indicator         VARCHAR(40) NOT NULL,
    women_under18     BIGINT      NOT NULL,
    women18_to24      BIGINT      NOT NULL,
    women25_and_over  BIGINT      NOT NULL,
    men_under18       BIGINT      NOT NULL,
    men18_to24        BIGINT      NOT NULL,
    men25_and_over    BIGINT      NOT NULL,
    PRIMARY KEY (stat_sector, stat_country, stat_year, indicator)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
