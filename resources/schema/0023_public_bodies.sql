-- Schema version 23: what public bodies record (the Dutch ecosystem, part 4). The organisation's and
-- a party's government identifier (OIN) and the organisation's RSIN; a party can be an administrative
-- body (bestuursorgaan) of the organisation, and an activity names the bodies that are its
-- controller; an activity's category, the model it is based on and the DPO's notes; a retention
-- rule's selection list and category, how the data is destroyed and when the rule was last tested;
-- a request answered by a public body is a decision under the Awb, with the body that decided and
-- the objection (bezwaar), appeal and complaint that followed. Nothing is rebuilt.
ALTER TABLE organisation ADD COLUMN oin TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN rsin TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN registration_number TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN oin TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN own_body INTEGER NOT NULL DEFAULT 0 CHECK (own_body IN (0, 1));
ALTER TABLE activity ADD COLUMN category TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN based_on TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN dpo_notes TEXT NOT NULL DEFAULT '';
CREATE TABLE activity_controller_body (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    party_id    %BIGINT% NOT NULL REFERENCES party(id),
    PRIMARY KEY (activity_id, party_id)
);
ALTER TABLE retention_rule ADD COLUMN selection_list TEXT NOT NULL DEFAULT '';
ALTER TABLE retention_rule ADD COLUMN selection_list_category TEXT NOT NULL DEFAULT '';
ALTER TABLE retention_rule ADD COLUMN destruction_method TEXT NOT NULL DEFAULT '';
ALTER TABLE retention_rule ADD COLUMN last_tested_on TEXT;
ALTER TABLE request_case ADD COLUMN awb_decision INTEGER NOT NULL DEFAULT 0 CHECK (awb_decision IN (0, 1));
-- A public body's letters named the objection before: its cases stay decisions under the Awb.
UPDATE request_case SET awb_decision = COALESCE((SELECT public_body FROM organisation WHERE id = 1), 0);
ALTER TABLE request_case ADD COLUMN deciding_body_party_id %BIGINT% REFERENCES party(id);
ALTER TABLE request_case ADD COLUMN objection_received_on TEXT;
ALTER TABLE request_case ADD COLUMN objection_decided_on TEXT;
ALTER TABLE request_case ADD COLUMN objection_outcome TEXT NOT NULL DEFAULT ''
    CHECK (objection_outcome IN ('', 'pending', 'upheld', 'partly_upheld', 'rejected', 'inadmissible', 'withdrawn'));
ALTER TABLE request_case ADD COLUMN appeal_lodged_on TEXT;
ALTER TABLE request_case ADD COLUMN ap_complaint_on TEXT;
