-- Schema version 18: the cookies and similar techniques a website or app places or reads on a
-- visitor's device (Telecommunicatiewet art. 11.7a; ePrivacy Art. 5(3)), for the cookie section of the
-- privacy statement and the check that what needs consent rests on it. A cookie names its provider
-- (a party; none: our own), the processing activity it serves, and where its data goes outside the EEA.
CREATE TABLE cookie (
    id             %ID%,
    uuid           TEXT UNIQUE NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    technique      TEXT NOT NULL DEFAULT 'cookie'
                       CHECK (technique IN ('cookie', 'local_storage', 'pixel', 'script')),
    category       TEXT NOT NULL DEFAULT 'necessary'
                       CHECK (category IN ('necessary', 'preferences', 'analytics_exempt', 'analytics', 'marketing')),
    purpose        TEXT NOT NULL DEFAULT '',
    party_id       %BIGINT% REFERENCES party(id),
    domain         TEXT NOT NULL DEFAULT '',
    session_only   INTEGER NOT NULL DEFAULT 0 CHECK (session_only IN (0, 1)),
    lifetime_count INTEGER NOT NULL DEFAULT 0 CHECK (lifetime_count >= 0),
    lifetime_unit  TEXT NOT NULL DEFAULT '' CHECK (lifetime_unit IN ('', 'days', 'weeks', 'months', 'years')),
    country        TEXT NOT NULL DEFAULT '',
    activity_id    %BIGINT% REFERENCES activity(id),
    retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cookie_party ON cookie(party_id);
CREATE INDEX cookie_activity ON cookie(activity_id);
