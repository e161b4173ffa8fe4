-- Country-risk editions read from published data that is not itself a risk index: ILAB's assessment of a government's
-- efforts against child labour stands in for country risk (docs/scoring-methodology.md). Such an edition is marked a
-- proxy, so every explanation says so; a country it names without a figure ("No Assessment") is kept with no score,
-- so the regional mean stands in for it; and what the source said of the country (its advancement level) is kept as
-- the row's note, shown in the explanation.
ALTER TABLE reference_edition ADD COLUMN proxy BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE country_risk_entry MODIFY score DECIMAL(7, 6) NULL;
ALTER TABLE country_risk_entry ADD COLUMN note VARCHAR(100) NULL;
