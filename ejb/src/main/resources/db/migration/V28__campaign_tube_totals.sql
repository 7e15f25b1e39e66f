-- A campaign's shared results added up per tube as each participant shares (docs/campaigns.md,
-- "Figures"): the collective results and the analysis read a few dozen rows whatever the number of
-- participants. A row per targeted tube is made with the campaign (zeros); sharing adds to it.

CREATE TABLE campaign_tube_total (
    campaign_id       BIGINT       NOT NULL REFERENCES campaign (id),
    tube_name         VARCHAR(64)  NOT NULL,
    competence_code   VARCHAR(8)   NOT NULL,
    participants      INTEGER      DEFAULT 0 NOT NULL,
    targeted_skills   BIGINT       DEFAULT 0 NOT NULL,
    validated_skills  BIGINT       DEFAULT 0 NOT NULL,
    reached_levels    BIGINT       DEFAULT 0 NOT NULL,
    PRIMARY KEY (campaign_id, tube_name)
);
