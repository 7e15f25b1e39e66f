-- Organisations as the national establishments directory (annuaire de l'éducation) describes them:
-- town (commune) and academy (its name, e.g. 'Grenoble', as the directory's Libelle_academie);
-- where each organisation came from (typed in by an administrator, or imported from the
-- directory) and when it was created and last changed.
-- Portable SQL: runs unchanged on H2 (default) and PostgreSQL (production).

ALTER TABLE organization ADD COLUMN town VARCHAR(255);
ALTER TABLE organization ADD COLUMN academy VARCHAR(64);
ALTER TABLE organization ADD COLUMN source VARCHAR(16) DEFAULT 'MANUAL' NOT NULL CHECK (source IN ('MANUAL', 'DIRECTORY'));
ALTER TABLE organization ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE organization ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- The administration lists organisations by name, a page at a time.
CREATE INDEX ix_organization_name ON organization (name);
