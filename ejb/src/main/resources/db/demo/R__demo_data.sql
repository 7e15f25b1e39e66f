-- Demo data for the run and test commands (never applied in production: see SchemaMigration).
-- Idempotent: each row is added only when missing, so it can run again on an existing database.
-- Subjects are the fixed ids of the demo users of keycloak-realm/src/main/realm/opencrcn-realm.json.

INSERT INTO account (subject, username, first_name, last_name, email)
SELECT v.subject, v.username, v.first_name, v.last_name, v.email FROM (
  SELECT '6f0c1c2e-0001-4a5b-9c1d-000000000001' AS subject, 'eleve' AS username, 'Léa' AS first_name, 'Martin' AS last_name, 'eleve@demo.opencrcn.fr' AS email
  UNION ALL SELECT '6f0c1c2e-0002-4a5b-9c1d-000000000002', 'enseignant', 'Thomas', 'Bernard', 'enseignant@demo.opencrcn.fr'
  UNION ALL SELECT '6f0c1c2e-0003-4a5b-9c1d-000000000003', 'directrice', 'Claire', 'Dubois', 'directrice@demo.opencrcn.fr'
  UNION ALL SELECT '6f0c1c2e-0004-4a5b-9c1d-000000000004', 'centre', 'Karim', 'Haddad', 'centre@demo.opencrcn.fr'
  UNION ALL SELECT '6f0c1c2e-0005-4a5b-9c1d-000000000005', 'admin', 'Sophie', 'Lefèvre', 'admin@demo.opencrcn.fr'
) v
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.subject = v.subject);

INSERT INTO organization (type, name, uai, email, archived)
SELECT 'SCO', 'Collège Jean Moulin', '0381999Z', 'ce.0381999Z@ac-grenoble.fr', FALSE
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE uai = '0381999Z');

INSERT INTO organization (type, name, uai, email, archived)
SELECT 'SCO', 'Lycée Champollion', '0382888Y', 'ce.0382888Y@ac-grenoble.fr', FALSE
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE uai = '0382888Y');

INSERT INTO organization_membership (organization_id, account_id, role)
SELECT o.id, a.id, v.role FROM (
  SELECT '0381999Z' AS uai, '6f0c1c2e-0003-4a5b-9c1d-000000000003' AS subject, 'ADMIN' AS role
  UNION ALL SELECT '0381999Z', '6f0c1c2e-0002-4a5b-9c1d-000000000002', 'MEMBER'
) v
JOIN organization o ON o.uai = v.uai
JOIN account a ON a.subject = v.subject
WHERE NOT EXISTS (
  SELECT 1 FROM organization_membership m WHERE m.organization_id = o.id AND m.account_id = a.id);

INSERT INTO certification_centre (name, type, organization_id)
SELECT 'Collège Jean Moulin', 'SCO', o.id FROM organization o
WHERE o.uai = '0381999Z'
  AND NOT EXISTS (SELECT 1 FROM certification_centre c WHERE c.organization_id = o.id);

INSERT INTO certification_centre_membership (centre_id, account_id)
SELECT c.id, a.id FROM certification_centre c
JOIN organization o ON o.id = c.organization_id AND o.uai = '0381999Z'
JOIN account a ON a.subject = '6f0c1c2e-0004-4a5b-9c1d-000000000004'
WHERE NOT EXISTS (
  SELECT 1 FROM certification_centre_membership m WHERE m.centre_id = c.id AND m.account_id = a.id);
