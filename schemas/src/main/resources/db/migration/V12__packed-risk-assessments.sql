-- A snapshot's assessment is stored deflated with a preset dictionary (AssessmentPacking), about an eighth of its
-- JSON; rows written before keep their JSON in `assessment`. Exactly one of the two is set. MEDIUMBLOB: a supplier
-- with thousands of findings packs to more than the 64 KiB of a BLOB.
ALTER TABLE risk_snapshot
    MODIFY assessment JSON NULL,
    ADD COLUMN assessment_packed MEDIUMBLOB NULL AFTER assessment,
    ADD COLUMN assessment_packing VARCHAR(20) NULL AFTER assessment_packed;
