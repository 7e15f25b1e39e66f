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

-- The demo pupil positioned herself on 1.2 (level 2) and 2.4 (level 1) ten days ago, so that her
-- dashboard shows a history, and "Retenter" and "Remettre à zéro" are available at once (the
-- delays are 4 and 7 days). Knowledge elements need no challenge: they name their skill.

INSERT INTO assessment (account_id, competence_code, state, seed, created_at, completed_at, locale, improving)
SELECT a.id, '1.2', 'COMPLETED', 1202, CURRENT_TIMESTAMP - INTERVAL '10' DAY, CURRENT_TIMESTAMP - INTERVAL '10' DAY, 'fr', FALSE
FROM account a
WHERE a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.account_id = a.id AND s.competence_code = '1.2');

INSERT INTO knowledge_element (account_id, assessment_id, competence_code, skill_name, tube_name, skill_level, status, source, created_at)
SELECT s.account_id, s.id, '1.2', v.skill_name, v.tube_name, v.skill_level, v.status, v.source, s.created_at FROM (
  SELECT '@c12fichiers1' AS skill_name, 'c12fichiers' AS tube_name, 1 AS skill_level, 'VALIDATED' AS status, 'INFERRED' AS source, 0 AS position
  UNION ALL SELECT '@c12fichiers2', 'c12fichiers', 2, 'VALIDATED', 'DIRECT', 1
  UNION ALL SELECT '@c12stockage1', 'c12stockage', 1, 'VALIDATED', 'INFERRED', 2
  UNION ALL SELECT '@c12stockage2', 'c12stockage', 2, 'VALIDATED', 'DIRECT', 3
  UNION ALL SELECT '@c12fichiers3', 'c12fichiers', 3, 'INVALIDATED', 'DIRECT', 4
  UNION ALL SELECT '@c12fichiers4', 'c12fichiers', 4, 'INVALIDATED', 'INFERRED', 5
  UNION ALL SELECT '@c12stockage3', 'c12stockage', 3, 'INVALIDATED', 'DIRECT', 6
  UNION ALL SELECT '@c12stockage4', 'c12stockage', 4, 'INVALIDATED', 'INFERRED', 7
  UNION ALL SELECT '@c12stockage5', 'c12stockage', 5, 'INVALIDATED', 'INFERRED', 8
  UNION ALL SELECT '@c12stockage6', 'c12stockage', 6, 'INVALIDATED', 'INFERRED', 9
  UNION ALL SELECT '@c12archives3', 'c12archives', 3, 'INVALIDATED', 'DIRECT', 10
  UNION ALL SELECT '@c12archives4', 'c12archives', 4, 'INVALIDATED', 'INFERRED', 11
  UNION ALL SELECT '@c12archives5', 'c12archives', 5, 'INVALIDATED', 'INFERRED', 12
  UNION ALL SELECT '@c12archives6', 'c12archives', 6, 'INVALIDATED', 'INFERRED', 13
) v
JOIN assessment s ON s.competence_code = '1.2' AND s.seed = 1202
JOIN account a ON a.id = s.account_id AND a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM knowledge_element k WHERE k.assessment_id = s.id)
ORDER BY v.position;

INSERT INTO assessment (account_id, competence_code, state, seed, created_at, completed_at, locale, improving)
SELECT a.id, '2.4', 'COMPLETED', 2402, CURRENT_TIMESTAMP - INTERVAL '10' DAY, CURRENT_TIMESTAMP - INTERVAL '10' DAY, 'fr', FALSE
FROM account a
WHERE a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.account_id = a.id AND s.competence_code = '2.4');

INSERT INTO knowledge_element (account_id, assessment_id, competence_code, skill_name, tube_name, skill_level, status, source, created_at)
SELECT s.account_id, s.id, '2.4', v.skill_name, v.tube_name, v.skill_level, v.status, v.source, s.created_at FROM (
  SELECT '@c24civilite1' AS skill_name, 'c24civilite' AS tube_name, 1 AS skill_level, 'VALIDATED' AS status, 'INFERRED' AS source, 0 AS position
  UNION ALL SELECT '@c24civilite2', 'c24civilite', 2, 'VALIDATED', 'DIRECT', 1
  UNION ALL SELECT '@c24identite1', 'c24identite', 1, 'VALIDATED', 'DIRECT', 2
  UNION ALL SELECT '@c24civilite3', 'c24civilite', 3, 'INVALIDATED', 'DIRECT', 3
  UNION ALL SELECT '@c24civilite4', 'c24civilite', 4, 'INVALIDATED', 'INFERRED', 4
  UNION ALL SELECT '@c24identite2', 'c24identite', 2, 'INVALIDATED', 'DIRECT', 5
  UNION ALL SELECT '@c24identite3', 'c24identite', 3, 'INVALIDATED', 'INFERRED', 6
  UNION ALL SELECT '@c24identite4', 'c24identite', 4, 'INVALIDATED', 'INFERRED', 7
  UNION ALL SELECT '@c24citoyen2', 'c24citoyen', 2, 'INVALIDATED', 'DIRECT', 8
  UNION ALL SELECT '@c24citoyen3', 'c24citoyen', 3, 'INVALIDATED', 'INFERRED', 9
  UNION ALL SELECT '@c24citoyen4', 'c24citoyen', 4, 'INVALIDATED', 'INFERRED', 10
  UNION ALL SELECT '@c24citoyen5', 'c24citoyen', 5, 'INVALIDATED', 'INFERRED', 11
  UNION ALL SELECT '@c24citoyen6', 'c24citoyen', 6, 'INVALIDATED', 'INFERRED', 12
  UNION ALL SELECT '@c24economie3', 'c24economie', 3, 'INVALIDATED', 'DIRECT', 13
  UNION ALL SELECT '@c24economie4', 'c24economie', 4, 'INVALIDATED', 'INFERRED', 14
  UNION ALL SELECT '@c24economie5', 'c24economie', 5, 'INVALIDATED', 'INFERRED', 15
  UNION ALL SELECT '@c24economie6', 'c24economie', 6, 'INVALIDATED', 'INFERRED', 16
) v
JOIN assessment s ON s.competence_code = '2.4' AND s.seed = 2402
JOIN account a ON a.id = s.account_id AND a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM knowledge_element k WHERE k.assessment_id = s.id)
ORDER BY v.position;

-- Certif part 2 (issue 15): the demo pupil can sit the demo session. A candidate needs level 1 or
-- more on 5 competences; with 1.2 and 2.4 above she also positioned herself on 3.1 (level 2), 3.3
-- (level 1) and 4.1 (level 2) nine days ago. Competences no service test plays as `eleve`
-- (PositioningIT and the others use 1.1, 1.3, 2.1, 2.3, 3.2, 3.4, 4.2, 4.3, 5.1, 5.2).

INSERT INTO assessment (account_id, competence_code, state, seed, created_at, completed_at, locale, improving)
SELECT a.id, '3.1', 'COMPLETED', 3102, CURRENT_TIMESTAMP - INTERVAL '9' DAY, CURRENT_TIMESTAMP - INTERVAL '9' DAY, 'fr', FALSE
FROM account a
WHERE a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.account_id = a.id AND s.competence_code = '3.1');

INSERT INTO knowledge_element (account_id, assessment_id, competence_code, skill_name, tube_name, skill_level, status, source, created_at)
SELECT s.account_id, s.id, '3.1', v.skill_name, v.tube_name, v.skill_level, v.status, v.source, s.created_at FROM (
  SELECT '@c31saisie1' AS skill_name, 'c31saisie' AS tube_name, 1 AS skill_level, 'VALIDATED' AS status, 'INFERRED' AS source, 0 AS position
  UNION ALL SELECT '@c31miseenpage1', 'c31miseenpage', 1, 'VALIDATED', 'INFERRED', 1
  UNION ALL SELECT '@c31saisie2', 'c31saisie', 2, 'VALIDATED', 'DIRECT', 2
  UNION ALL SELECT '@c31styles2', 'c31styles', 2, 'VALIDATED', 'DIRECT', 3
  UNION ALL SELECT '@c31formats2', 'c31formats', 2, 'VALIDATED', 'INFERRED', 4
  UNION ALL SELECT '@c31miseenpage2', 'c31miseenpage', 2, 'VALIDATED', 'DIRECT', 5
  UNION ALL SELECT '@c31saisie3', 'c31saisie', 3, 'INVALIDATED', 'DIRECT', 6
  UNION ALL SELECT '@c31styles3', 'c31styles', 3, 'INVALIDATED', 'DIRECT', 7
  UNION ALL SELECT '@c31formats3', 'c31formats', 3, 'INVALIDATED', 'INFERRED', 8
  UNION ALL SELECT '@c31miseenpage3', 'c31miseenpage', 3, 'INVALIDATED', 'INFERRED', 9
) v
JOIN assessment s ON s.competence_code = '3.1' AND s.seed = 3102
JOIN account a ON a.id = s.account_id AND a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM knowledge_element k WHERE k.assessment_id = s.id)
ORDER BY v.position;

INSERT INTO assessment (account_id, competence_code, state, seed, created_at, completed_at, locale, improving)
SELECT a.id, '3.3', 'COMPLETED', 3302, CURRENT_TIMESTAMP - INTERVAL '9' DAY, CURRENT_TIMESTAMP - INTERVAL '9' DAY, 'fr', FALSE
FROM account a
WHERE a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.account_id = a.id AND s.competence_code = '3.3');

INSERT INTO knowledge_element (account_id, assessment_id, competence_code, skill_name, tube_name, skill_level, status, source, created_at)
SELECT s.account_id, s.id, '3.3', v.skill_name, v.tube_name, v.skill_level, v.status, v.source, s.created_at FROM (
  SELECT '@c33formats1' AS skill_name, 'c33formats' AS tube_name, 1 AS skill_level, 'VALIDATED' AS status, 'DIRECT' AS source, 0 AS position
  UNION ALL SELECT '@c33licences1', 'c33licences', 1, 'VALIDATED', 'DIRECT', 1
  UNION ALL SELECT '@c33formats2', 'c33formats', 2, 'INVALIDATED', 'DIRECT', 2
  UNION ALL SELECT '@c33structure2', 'c33structure', 2, 'INVALIDATED', 'INFERRED', 3
  UNION ALL SELECT '@c33licences2', 'c33licences', 2, 'INVALIDATED', 'DIRECT', 4
) v
JOIN assessment s ON s.competence_code = '3.3' AND s.seed = 3302
JOIN account a ON a.id = s.account_id AND a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM knowledge_element k WHERE k.assessment_id = s.id)
ORDER BY v.position;

INSERT INTO assessment (account_id, competence_code, state, seed, created_at, completed_at, locale, improving)
SELECT a.id, '4.1', 'COMPLETED', 4102, CURRENT_TIMESTAMP - INTERVAL '9' DAY, CURRENT_TIMESTAMP - INTERVAL '9' DAY, 'fr', FALSE
FROM account a
WHERE a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.account_id = a.id AND s.competence_code = '4.1');

INSERT INTO knowledge_element (account_id, assessment_id, competence_code, skill_name, tube_name, skill_level, status, source, created_at)
SELECT s.account_id, s.id, '4.1', v.skill_name, v.tube_name, v.skill_level, v.status, v.source, s.created_at FROM (
  SELECT '@c41motsdepasse1' AS skill_name, 'c41motsdepasse' AS tube_name, 1 AS skill_level, 'VALIDATED' AS status, 'INFERRED' AS source, 0 AS position
  UNION ALL SELECT '@c41menaces1', 'c41menaces', 1, 'VALIDATED', 'INFERRED', 1
  UNION ALL SELECT '@c41protection1', 'c41protection', 1, 'VALIDATED', 'INFERRED', 2
  UNION ALL SELECT '@c41motsdepasse2', 'c41motsdepasse', 2, 'VALIDATED', 'DIRECT', 3
  UNION ALL SELECT '@c41menaces2', 'c41menaces', 2, 'VALIDATED', 'DIRECT', 4
  UNION ALL SELECT '@c41protection2', 'c41protection', 2, 'VALIDATED', 'DIRECT', 5
  UNION ALL SELECT '@c41motsdepasse3', 'c41motsdepasse', 3, 'INVALIDATED', 'DIRECT', 6
  UNION ALL SELECT '@c41menaces3', 'c41menaces', 3, 'INVALIDATED', 'DIRECT', 7
  UNION ALL SELECT '@c41protection3', 'c41protection', 3, 'INVALIDATED', 'INFERRED', 8
) v
JOIN assessment s ON s.competence_code = '4.1' AND s.seed = 4102
JOIN account a ON a.id = s.account_id AND a.subject = '6f0c1c2e-0001-4a5b-9c1d-000000000001'
WHERE NOT EXISTS (SELECT 1 FROM knowledge_element k WHERE k.assessment_id = s.id)
ORDER BY v.position;

-- Collège Stendhal: the school of the demo ENT's pupils (keycloak-realm/src/main/realm/ent-demo-realm.json),
-- with their records as a SIECLE import would make them; no test imports pupils into it. They link
-- their ENT account to their record at their first ENT sign-in by typing their birthdate. Léa
-- Martin's record is already linked to her local account `eleve`: signing in through the ENT, she is
-- offered to attach the ENT to that account.
INSERT INTO organization (type, name, uai, email, archived)
SELECT 'SCO', 'Collège Stendhal', '0383777X', 'ce.0383777X@ac-grenoble.fr', FALSE
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE uai = '0383777X');

INSERT INTO pupil (organization_id, ine, family_name, first_name, sex, birthdate, division, active, account_id, created_at, updated_at)
SELECT o.id, v.ine, v.family_name, v.first_name, v.sex, v.birthdate, v.division, TRUE,
       (SELECT a.id FROM account a WHERE a.subject = v.subject), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (
  SELECT '083777001AA' AS ine, 'ROUX' AS family_name, 'Hugo' AS first_name, 'M' AS sex, DATE '2011-03-14' AS birthdate, '3A' AS division, CAST(NULL AS VARCHAR(64)) AS subject
  UNION ALL SELECT '083777002AA', 'MARTIN', 'Léa', 'F', DATE '2011-06-02', '3B', '6f0c1c2e-0001-4a5b-9c1d-000000000001'
  UNION ALL SELECT '083777003AA', 'MERCIER', 'Tom', 'M', DATE '2011-05-17', '3A', NULL
  UNION ALL SELECT '083777004AA', 'PETIT', 'Emma', 'F', DATE '2011-11-30', '3B', NULL
) v
JOIN organization o ON o.uai = '0383777X'
WHERE NOT EXISTS (SELECT 1 FROM pupil p WHERE p.organization_id = o.id AND p.ine = v.ine);

-- Certif (issue 14): the demo centre officer `centre` also runs the certification centre of Collège
-- Stendhal, the school with demo pupils (Collège Jean Moulin's pupils are left to the import tests),
-- where a session is planned with the two pupils of 3A and the demo pupil Léa Martin (`eleve`, 3B)
-- enrolled. The codes are fixed here, from the generators' alphabets, so that the demo reads the
-- same every time. It is a demo session (`demo`, V32): at each start, and at midnight, the
-- application moves it to today (Paris) while nobody has joined it, or copies it for today with a
-- new access code once someone has (certification.application.DemoCertificationDay), and logs the
-- line ./run.sh prints.
INSERT INTO certification_centre (name, type, organization_id)
SELECT 'Collège Stendhal', 'SCO', o.id FROM organization o
WHERE o.uai = '0383777X'
  AND NOT EXISTS (SELECT 1 FROM certification_centre c WHERE c.organization_id = o.id);

INSERT INTO certification_centre_membership (centre_id, account_id)
SELECT c.id, a.id FROM certification_centre c
JOIN organization o ON o.id = c.organization_id AND o.uai = '0383777X'
JOIN account a ON a.subject = '6f0c1c2e-0004-4a5b-9c1d-000000000004'
WHERE NOT EXISTS (
  SELECT 1 FROM certification_centre_membership m WHERE m.centre_id = c.id AND m.account_id = a.id);

INSERT INTO certification_session (centre_id, name, site, room, session_date, start_time, supervisor,
                                   observation, access_code, supervisor_password, status, created_at, demo)
SELECT c.id, '3e A', 'Collège Stendhal, bâtiment B', 'Salle informatique 2',
       CURRENT_DATE, TIME '09:30:00', 'Mme Nathalie Girard', NULL,
       'KDMB47', 'dmkx7*', 'CREATED', CURRENT_TIMESTAMP, TRUE
FROM certification_centre c
JOIN organization o ON o.id = c.organization_id AND o.uai = '0383777X'
WHERE NOT EXISTS (SELECT 1 FROM certification_session s WHERE s.centre_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM certification_session s WHERE s.access_code = 'KDMB47');

-- A database made before V32 has the session already: it is the demo's.
UPDATE certification_session SET demo = TRUE
WHERE access_code = 'KDMB47' AND supervisor = 'Mme Nathalie Girard' AND demo = FALSE
  AND centre_id IN (SELECT c.id FROM certification_centre c
                    JOIN organization o ON o.id = c.organization_id AND o.uai = '0383777X');

INSERT INTO certification_candidate (session_id, pupil_id, account_id, family_name, first_name, sex,
                                     birthdate, external_id, extra_time_percent)
SELECT s.id, p.id, p.account_id, p.family_name, p.first_name, p.sex, p.birthdate, p.division, 0
FROM certification_session s
JOIN pupil p ON p.organization_id = (SELECT c.organization_id FROM certification_centre c WHERE c.id = s.centre_id)
WHERE s.access_code = 'KDMB47' AND p.active = TRUE
  AND (p.division = '3A' OR p.ine = '083777002AA')
  AND NOT EXISTS (SELECT 1 FROM certification_candidate k WHERE k.session_id = s.id AND k.pupil_id = p.id);

-- Campaigns (issue 13): the four pupils of Collège Jean Moulin who took part in the demo teacher's
-- campaign RENTRE234. Accounts only, with no Keycloak login (their subjects name no Keycloak user):
-- the campaign and its results are made at start-up by campaign.application.DemoCampaign, since its
-- target profile comes from the content imported after the migrations.
INSERT INTO account (subject, username, first_name, last_name, email)
SELECT v.subject, v.username, v.first_name, v.last_name, NULL FROM (
  SELECT 'demo-campagne-0001' AS subject, 'demo-campagne-camille' AS username, 'Camille' AS first_name, 'Petit' AS last_name
  UNION ALL SELECT 'demo-campagne-0002', 'demo-campagne-yanis', 'Yanis', 'Moreau'
  UNION ALL SELECT 'demo-campagne-0003', 'demo-campagne-jade', 'Jade', 'Lambert'
  UNION ALL SELECT 'demo-campagne-0004', 'demo-campagne-nathan', 'Nathan', 'Girard'
) v
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.subject = v.subject);
