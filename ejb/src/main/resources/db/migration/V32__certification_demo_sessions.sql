-- The demonstration's certification sessions (db/demo, certification.application.DemoSessionDay):
-- the only sessions the start-up of a demonstration may date to today or copy for today. Every
-- session a centre plans stays FALSE, so nothing real is ever moved.
ALTER TABLE certification_session ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
