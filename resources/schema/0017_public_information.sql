-- Schema version 17: what the public privacy statement needs besides the record (Arts. 12-14, 21,
-- 77; DOMAIN-REVIEW Part H). Columns only: every table keeps its rows, the defaults say "not yet
-- said" (or, for recipientNaming, the categories of recipients that Art. 13(1)(e) allows).

-- The organisation as the statement presents it: its trade names, website, the channels for privacy
-- questions and requests, whether the DPO is named, the supervisory authority to complain to (empty:
-- the Autoriteit Persoonsgegevens for a Dutch organisation), recipients by name or by category, and
-- the language its free texts are written in (empty: not said).
ALTER TABLE organisation ADD COLUMN trade_names TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN privacy_email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN privacy_web_form TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN dpo_publish_name INTEGER NOT NULL DEFAULT 0 CHECK (dpo_publish_name IN (0, 1));
ALTER TABLE organisation ADD COLUMN supervisory_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN supervisory_authority_url TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN recipient_naming TEXT NOT NULL DEFAULT 'categories'
    CHECK (recipient_naming IN ('names', 'categories'));
ALTER TABLE organisation ADD COLUMN data_language TEXT NOT NULL DEFAULT '' CHECK (data_language IN ('', 'nl', 'en'));

-- A processing activity in the statement: whether it is published and for whom, its purpose in the
-- public's words, whether providing the data is required and what follows if it is not (Art.
-- 13(2)(e)), and whether it serves direct marketing (an absolute right to object, Art. 21(2)).
ALTER TABLE activity ADD COLUMN publish INTEGER NOT NULL DEFAULT 0 CHECK (publish IN (0, 1));
ALTER TABLE activity ADD COLUMN public_purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN provision_requirement TEXT NOT NULL DEFAULT ''
    CHECK (provision_requirement IN ('', 'statutory', 'contractual', 'contract_conclusion', 'voluntary'));
ALTER TABLE activity ADD COLUMN provision_consequence TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1));
CREATE TABLE activity_audience (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    audience    TEXT NOT NULL CHECK (audience IN ('customers', 'prospects', 'website_visitors', 'applicants',
                                                  'employees', 'suppliers')),
    PRIMARY KEY (activity_id, audience)
);

-- Processing for customers, as the statement tells their users (the customer is the controller).
ALTER TABLE processor_activity ADD COLUMN public_description TEXT NOT NULL DEFAULT '';
-- A party the statement names, in the statement's words.
ALTER TABLE party ADD COLUMN public_description TEXT NOT NULL DEFAULT '';
-- Where people obtain a copy of the safeguards of a transfer (Art. 13(1)(f)).
ALTER TABLE transfer ADD COLUMN safeguards_copy_via TEXT NOT NULL DEFAULT '';
-- A security measure in the public's words; empty keeps it internal.
ALTER TABLE security_measure ADD COLUMN public_summary TEXT NOT NULL DEFAULT '';
