-- custodian: rebuilds tables
-- Schema version 10: the appropriate safeguards of Art. 46 one by one (DOMAIN-REVIEW A13). Besides
-- standard contractual clauses (2)(c) and binding corporate rules (2)(b), a transfer can rest on a
-- legally binding instrument between public authorities (2)(a), clauses adopted by a supervisory
-- authority (2)(d), an approved code of conduct (2)(e) or certification (2)(f) with binding and
-- enforceable commitments of the recipient, or, with the authorisation of the competent
-- supervisory authority, ad hoc contractual clauses (3)(a) or provisions in administrative
-- arrangements between public authorities (3)(b). That authorisation is recorded with the
-- transfer. "Other" stays for rows made before, until someone says which instrument it is.
-- dialect: postgres
ALTER TABLE transfer DROP CONSTRAINT transfer_mechanism_check;
ALTER TABLE transfer ADD CONSTRAINT transfer_mechanism_check
    CHECK (mechanism IN ('', 'adequacy', 'dpf', 'scc', 'bcr', 'public_instrument', 'sa_clauses', 'code_of_conduct',
                         'certification', 'ad_hoc_clauses', 'administrative_arrangement', 'derogation', 'other'));
ALTER TABLE transfer ADD COLUMN sa_authorisation TEXT NOT NULL DEFAULT '';
-- dialect: sqlite
-- SQLite cannot change a CHECK: the table is created anew with its columns in their order, the rows
-- copied with their ids, and the old one replaced (foreign keys are off meanwhile and checked before
-- the commit).
CREATE TABLE transfer_rebuilt (
    id                     %ID%,
    activity_id            %BIGINT% REFERENCES activity(id) ON DELETE CASCADE,
    processor_activity_id  %BIGINT% REFERENCES processor_activity(id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    country                TEXT NOT NULL DEFAULT '',
    party_id               %BIGINT% REFERENCES party(id),
    mechanism              TEXT NOT NULL DEFAULT '' CHECK (mechanism IN ('', 'adequacy', 'dpf', 'scc', 'bcr',
                               'public_instrument', 'sa_clauses', 'code_of_conduct', 'certification',
                               'ad_hoc_clauses', 'administrative_arrangement', 'derogation', 'other')),
    scc_module             TEXT NOT NULL DEFAULT '' CHECK (scc_module IN ('', 'c2c', 'c2p', 'p2p', 'p2c')),
    tia_reference          TEXT NOT NULL DEFAULT '',
    dpf_checked_on         TEXT,
    safeguards             TEXT NOT NULL DEFAULT '',
    derogation             TEXT NOT NULL DEFAULT ''
                               CHECK (derogation IN ('', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling')),
    dpf_hr_covered         INTEGER NOT NULL DEFAULT 0 CHECK (dpf_hr_covered IN (0, 1)),
    sa_authorisation       TEXT NOT NULL DEFAULT '',
    CHECK ((activity_id IS NULL) <> (processor_activity_id IS NULL))
);
INSERT INTO transfer_rebuilt (id, activity_id, processor_activity_id, position, country, party_id, mechanism,
        scc_module, tia_reference, dpf_checked_on, safeguards, derogation, dpf_hr_covered)
    SELECT id, activity_id, processor_activity_id, position, country, party_id, mechanism, scc_module,
        tia_reference, dpf_checked_on, safeguards, derogation, dpf_hr_covered
    FROM transfer;
DROP TABLE transfer;
ALTER TABLE transfer_rebuilt RENAME TO transfer;
CREATE INDEX transfer_activity ON transfer(activity_id);
CREATE INDEX transfer_processor_activity ON transfer(processor_activity_id);
