-- The cell-key method of public statistics (docs/statistics-disclosure-control.md): every finding carries a record
-- key drawn at random once (0-255) and never changed, so a published cell's key, and with it its rounding, is the
-- same whenever the cell is asked for.
ALTER TABLE finding ADD COLUMN record_key SMALLINT NOT NULL DEFAULT 0;
UPDATE finding SET record_key = FLOOR(RAND() * 256);

-- The public asks for whole quarters, so the rollup of completed inspections' findings goes by quarter instead of
-- by year, and keeps beside each count the sum of the record keys of the findings counted in it.
DROP TABLE finding_statistics_year;
CREATE TABLE finding_statistics_quarter (
    stat_sector          VARCHAR(4)  NOT NULL,
    stat_country         CHAR(2)     NOT NULL,
    stat_year            SMALLINT    NOT NULL,
    stat_quarter         TINYINT     NOT NULL,
    indicator            VARCHAR(40) NOT NULL,
    women_under18        BIGINT      NOT NULL,
    women18_to24         BIGINT      NOT NULL,
    women25_and_over     BIGINT      NOT NULL,
    men_under18          BIGINT      NOT NULL,
    men18_to24           BIGINT      NOT NULL,
    men25_and_over       BIGINT      NOT NULL,
    key_women_under18    BIGINT      NOT NULL,
    key_women18_to24     BIGINT      NOT NULL,
    key_women25_and_over BIGINT      NOT NULL,
    key_men_under18      BIGINT      NOT NULL,
    key_men18_to24       BIGINT      NOT NULL,
    key_men25_and_over   BIGINT      NOT NULL,
    PRIMARY KEY (stat_year, stat_quarter, stat_sector, stat_country, indicator)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO finding_statistics_quarter
SELECT stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator,
       SUM(women_under18), SUM(women18_to24), SUM(women25_and_over), SUM(men_under18), SUM(men18_to24), SUM(men25_and_over),
       SUM(IF(women_under18 > 0, record_key, 0)), SUM(IF(women18_to24 > 0, record_key, 0)),
       SUM(IF(women25_and_over > 0, record_key, 0)), SUM(IF(men_under18 > 0, record_key, 0)),
       SUM(IF(men18_to24 > 0, record_key, 0)), SUM(IF(men25_and_over > 0, record_key, 0))
FROM finding WHERE published = TRUE
GROUP BY stat_sector, stat_country, stat_year, QUARTER(stat_visit_date), indicator;
