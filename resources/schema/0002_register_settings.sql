-- Schema version 2: register-wide settings for the statutory clocks.
-- The holiday calendar that moves deadlines off non-working days (Reg. 1182/71 art. 3(4)), the
-- internal safety margin before each statutory deadline, and the extra days a member state
-- designates by decree for a single year (Algemene termijnenwet art. 3(3)).

CREATE TABLE register_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO register_setting (key, value) VALUES ('holiday_calendar', 'NL');
INSERT INTO register_setting (key, value) VALUES ('internal_margin_working_days', '5');

CREATE TABLE extra_holiday (
    id       %ID%,
    uuid     TEXT UNIQUE NOT NULL,
    calendar TEXT NOT NULL,
    -- YYYY-MM-DD text: GLOB in SQLite, the same shape as a regular expression in PostgreSQL.
-- dialect: sqlite
    day      TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
-- dialect: postgres
    day      TEXT NOT NULL CHECK (day ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$'),
-- dialect: all
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (calendar, day)
);
