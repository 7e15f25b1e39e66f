-- Improve and reset (domain.md §3), timed challenges and the learner's language.
--  * An assessment remembers the language its challenges are drawn in, whether it improves an
--    earlier result (validated skills kept, the others asked again), and when the question being
--    asked was first shown: the timer of a timed challenge runs from then, even across a reload.
--  * An answer records the time spent on it.
--  * A reset writes RESET knowledge elements that belong to no assessment or answer.

ALTER TABLE assessment ADD COLUMN locale VARCHAR(16) DEFAULT 'fr' NOT NULL;
ALTER TABLE assessment ADD COLUMN improving BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE assessment ADD COLUMN asked_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE answer ADD COLUMN time_spent_seconds INTEGER;

ALTER TABLE knowledge_element ALTER COLUMN assessment_id DROP NOT NULL;
ALTER TABLE knowledge_element ALTER COLUMN answer_id DROP NOT NULL;
