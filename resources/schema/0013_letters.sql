-- Schema version 13: letters. The letters of a request case or a breach are kept inside the
-- encrypted register with their case, as edited (HTML); a case's purge removes its letters, which
-- hold the requester's details. A register may replace a built-in letter template
-- (resources/letters/) with its own text, checked before it is stored. A public body's decisions on
-- requests are open to objection under the Awb, which its letters name as the remedy.
ALTER TABLE organisation ADD COLUMN public_body INTEGER NOT NULL DEFAULT 0 CHECK (public_body IN (0, 1));

CREATE TABLE letter (
    id          %ID%,
    uuid        TEXT UNIQUE NOT NULL,
    request_id  %BIGINT% REFERENCES request_case(id) ON DELETE CASCADE,
    breach_id   %BIGINT% REFERENCES breach(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (length(kind) > 0),
    language    TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    party_uuid  TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((request_id IS NULL AND breach_id IS NOT NULL) OR (request_id IS NOT NULL AND breach_id IS NULL))
);
CREATE INDEX letter_request ON letter(request_id);
CREATE INDEX letter_breach ON letter(breach_id);

CREATE TABLE letter_template (
    name        TEXT NOT NULL CHECK (length(name) > 0),
    language    TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (name, language)
);
