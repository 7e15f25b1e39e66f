-- Files shipped inside content packs (challenge attachments and illustrations), stored once per
-- content: the SHA-256 of the bytes is the key, so re-importing an unchanged file adds nothing and a
-- changed file is a new row. Rows are never deleted: a retired challenge may still point to one.
-- BYTEA is PostgreSQL's binary type and an H2 alias of BINARY VARYING; files are at most 10 MB.

CREATE TABLE content_file (
    sha256      VARCHAR(64)  NOT NULL PRIMARY KEY,
    media_type  VARCHAR(100) NOT NULL,
    byte_size   BIGINT       NOT NULL CHECK (byte_size >= 0),
    file_bytes  BYTEA        NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A challenge's attachment or illustration is at attachment_url / illustration_url (an absolute
-- address) or in a stored file: its hash, the name the pack gave it, its size (shown to learners).
ALTER TABLE challenge ADD COLUMN attachment_file_sha256 VARCHAR(64);
ALTER TABLE challenge ADD COLUMN attachment_file_name VARCHAR(255);
ALTER TABLE challenge ADD COLUMN attachment_file_size BIGINT;
ALTER TABLE challenge ADD COLUMN illustration_file_sha256 VARCHAR(64);
ALTER TABLE challenge ADD COLUMN illustration_file_name VARCHAR(255);
ALTER TABLE challenge ADD COLUMN illustration_file_size BIGINT;
ALTER TABLE challenge ADD CONSTRAINT fk_challenge_attachment_file
    FOREIGN KEY (attachment_file_sha256) REFERENCES content_file (sha256);
ALTER TABLE challenge ADD CONSTRAINT fk_challenge_illustration_file
    FOREIGN KEY (illustration_file_sha256) REFERENCES content_file (sha256);
