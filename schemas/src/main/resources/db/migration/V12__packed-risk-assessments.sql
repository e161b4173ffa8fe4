-- A snapshot's assessment is stored deflated with a preset dictionary (AssessmentPacking), about a seventh of its
-- JSON; rows written before keep their JSON in `assessment`. Exactly one of the two is set.
ALTER TABLE risk_snapshot
    MODIFY assessment JSON NULL,
    ADD COLUMN assessment_packed BLOB NULL AFTER assessment,
    ADD COLUMN assessment_packing VARCHAR(20) NULL AFTER assessment_packed;
