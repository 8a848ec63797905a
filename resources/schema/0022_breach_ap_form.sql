-- Schema version 22: what the AP's notification form and the Dutch breach registers ask of a breach
-- that the register lacked (the Dutch ecosystem, part 5): a short title for lists, whether a
-- notification is provisional or final, who reports it (the AP asks name, function and telephone),
-- the other organisation involved, when the DPO was told, the means by which the people affected
-- were informed, and the root cause. The code lists of incident types and data types grow in code
-- (their columns have no CHECK). Nothing is rebuilt.
ALTER TABLE breach ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE breach ADD COLUMN notification_type TEXT NOT NULL DEFAULT ''
    CHECK (notification_type IN ('', 'provisional', 'final'));
ALTER TABLE breach ADD COLUMN reporter_name TEXT NOT NULL DEFAULT '';
ALTER TABLE breach ADD COLUMN reporter_function TEXT NOT NULL DEFAULT '';
ALTER TABLE breach ADD COLUMN reporter_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE breach ADD COLUMN reporter_email TEXT NOT NULL DEFAULT '';
ALTER TABLE breach ADD COLUMN involved_party_id %BIGINT% REFERENCES party(id);
ALTER TABLE breach ADD COLUMN dpo_informed_at TEXT;
ALTER TABLE breach ADD COLUMN root_cause TEXT NOT NULL DEFAULT '';
CREATE TABLE breach_inform_medium (
    breach_id %BIGINT% NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    medium    TEXT NOT NULL CHECK (medium IN ('phone', 'letter', 'email', 'website', 'social_media', 'newspaper',
                                              'other')),
    PRIMARY KEY (breach_id, medium)
);
