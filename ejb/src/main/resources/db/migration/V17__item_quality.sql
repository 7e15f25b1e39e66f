-- Item quality (issue 18): whether a challenge's proposals are shown in an order of each learner's
-- own (the default), or in the pack's order (ordered scales and the like: "shuffle: false").
ALTER TABLE challenge ADD COLUMN shuffle BOOLEAN DEFAULT TRUE NOT NULL;
