-- Security of the organisation and identity side (issue 12). Portable SQL: H2 and PostgreSQL.

-- The functions an ENT asserts per establishment (ENTPersonFonctions, kept as UAI$CODE): they tie a
-- profile to its school, so a director of one school listed at another is not its director.
ALTER TABLE account ADD COLUMN ent_functions VARCHAR(1000);

-- How a member got their role: an ADMIN right gained through the ENT or an activation link is
-- checked again against the ENT at each ENT sign-in. Memberships made before: unknown.
ALTER TABLE organization_membership ADD COLUMN role_origin VARCHAR(12) DEFAULT 'UNKNOWN' NOT NULL;

-- Invitations keep only the SHA-256 of their token and expire; sending again makes a new link. The
-- links mailed before this version no longer work (their token is erased): send them again.
ALTER TABLE organization_invitation ADD COLUMN token_hash VARCHAR(64);
ALTER TABLE organization_invitation ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization_invitation ALTER COLUMN token DROP NOT NULL;
UPDATE organization_invitation SET token = NULL, expires_at = CURRENT_TIMESTAMP;
CREATE UNIQUE INDEX ux_organization_invitation_token_hash ON organization_invitation (token_hash);

-- The public activation form is limited per requesting address and over the whole platform.
ALTER TABLE organization_activation ADD COLUMN requested_from VARCHAR(64);
CREATE INDEX ix_organization_activation_requested_at ON organization_activation (requested_at);
CREATE INDEX ix_organization_activation_requested_from ON organization_activation (requested_from, requested_at);

-- An attachment of an ENT identity is tied to the browser that started it (SHA-256 of a secret that
-- browser keeps).
ALTER TABLE identity_attachment ADD COLUMN browser_hash VARCHAR(64);
