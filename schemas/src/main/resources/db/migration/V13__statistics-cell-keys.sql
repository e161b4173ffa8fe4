-- The cell-key method of public statistics (docs/statistics-disclosure-control.md): every finding carries a record
-- key drawn at random once (0-255) and never changed, so a published cell's key, and with it its rounding, is the
-- same whenever the cell is asked for.
ALTER TABLE finding ADD COLUMN record_key SMALLINT NOT NULL DEFAULT 0;
UPDATE finding SET record_key = FLOOR(RAND() * 256);

-- The statistics still read this index alone.
ALTER TABLE finding DROP INDEX ix_finding_statistics,
    ADD INDEX ix_finding_statistics (published, stat_visit_date, stat_sector, stat_country, stat_year, indicator,
                                     women_under18, women18_to24, women25_and_over, men_under18, men18_to24,
                                     men25_and_over, record_key);

-- Per sex and age band, the sum of the record keys of the findings that count workers there.
ALTER TABLE finding_statistics_year
    ADD COLUMN key_women_under18    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_women18_to24     BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_women25_and_over BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_men_under18      BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_men18_to24       BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN key_men25_and_over   BIGINT NOT NULL DEFAULT 0;

UPDATE finding_statistics_year y
    JOIN (SELECT stat_sector, stat_country, stat_year, indicator,
                 SUM(IF(women_under18 > 0, record_key, 0)) AS k1, SUM(IF(women18_to24 > 0, record_key, 0)) AS k2,
                 SUM(IF(women25_and_over > 0, record_key, 0)) AS k3, SUM(IF(men_under18 > 0, record_key, 0)) AS k4,
                 SUM(IF(men18_to24 > 0, record_key, 0)) AS k5, SUM(IF(men25_and_over > 0, record_key, 0)) AS k6
          FROM finding WHERE published = TRUE
          GROUP BY stat_sector, stat_country, stat_year, indicator) f
    ON f.stat_sector = y.stat_sector AND f.stat_country = y.stat_country AND f.stat_year = y.stat_year
        AND f.indicator = y.indicator
SET y.key_women_under18 = f.k1, y.key_women18_to24 = f.k2, y.key_women25_and_over = f.k3,
    y.key_men_under18 = f.k4, y.key_men18_to24 = f.k5, y.key_men25_and_over = f.k6;
