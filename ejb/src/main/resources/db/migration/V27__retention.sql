-- Retention of minors' data (issue 12). Portable SQL: H2 and PostgreSQL.

-- A pupil who left (disabled by an import, e.g. with a SIECLE DATE_SORTIE) is anonymised after a
-- delay: names, INE, birth place and day, and the link to an account go; the school, class, level,
-- sex and birth year stay for statistics. When it was done:
ALTER TABLE pupil ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_pupil_left ON pupil (active, disabled_at);

-- An account anonymised on request keeps its id (its results stay, anonymous) but nothing that
-- names the person. When it was done:
ALTER TABLE account ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
