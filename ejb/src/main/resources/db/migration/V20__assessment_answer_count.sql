-- The number of answers of a positioning test, kept on the test (issue 17, docs/performance.md):
-- each answer says whether a checkpoint is due (every 5 answers) without counting the test's
-- answers again. Tests already there get their count from their answers.

ALTER TABLE assessment ADD COLUMN answer_count INTEGER DEFAULT 0 NOT NULL;
UPDATE assessment SET answer_count = (SELECT COUNT(*) FROM answer WHERE answer.assessment_id = assessment.id);
