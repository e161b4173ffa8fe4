-- Recruiters named by complaints, agency uses and declarations that are not in the register (issue 16). A name is
-- gathered by its normalised spelling (case, accents, punctuation and spacing ignored) and country: one record per
-- pair. A merged record points to the one it was merged into; a linked one to the registered agency it turned out to be.
CREATE TABLE unlicensed_recruiter (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(255)  NOT NULL,
    normalised_name  VARCHAR(255)  NOT NULL,
    country          CHAR(2)       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    merged_into_id   BIGINT        NULL,
    linked_agency_id BIGINT        NULL,
    review_note      VARCHAR(2000) NULL,
    reviewed_by      VARCHAR(100)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_unlicensed_recruiter_name UNIQUE (normalised_name, country),
    CONSTRAINT fk_unlicensed_recruiter_merged FOREIGN KEY (merged_into_id) REFERENCES unlicensed_recruiter (id),
    CONSTRAINT fk_unlicensed_recruiter_agency FOREIGN KEY (linked_agency_id) REFERENCES agency (id),
    INDEX ix_unlicensed_recruiter_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A complaint names a registered agency, an unlicensed recruiter, or both once the recruiter is linked to an agency.
ALTER TABLE complaint MODIFY agency_id BIGINT NULL;
ALTER TABLE complaint ADD COLUMN recruiter_id BIGINT NULL,
    ADD CONSTRAINT fk_complaint_recruiter FOREIGN KEY (recruiter_id) REFERENCES unlicensed_recruiter (id);
-- each complaint's fixed random key for the cell-key rounding of published complaint statistics
ALTER TABLE complaint ADD COLUMN record_key SMALLINT NOT NULL DEFAULT 0;
UPDATE complaint SET record_key = FLOOR(RAND() * 256);

ALTER TABLE agency_use ADD COLUMN recruiter_id BIGINT NULL,
    ADD CONSTRAINT fk_agency_use_recruiter FOREIGN KEY (recruiter_id) REFERENCES unlicensed_recruiter (id);

-- A declared agency is checked by its licence number, else by its name and country.
ALTER TABLE declaration_licence_check MODIFY licence_number VARCHAR(40) NULL;
ALTER TABLE declaration_licence_check ADD COLUMN agency_name VARCHAR(255) NULL,
    ADD COLUMN agency_country CHAR(2) NULL,
    ADD COLUMN recruiter_id BIGINT NULL,
    ADD CONSTRAINT fk_declaration_check_recruiter FOREIGN KEY (recruiter_id) REFERENCES unlicensed_recruiter (id);
