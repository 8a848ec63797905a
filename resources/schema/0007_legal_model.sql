-- Schema version 7: what a Dutch DPO's review of the model found missing (DOMAIN-REVIEW.md Part A).
-- Only new columns and one new table, so no table is rebuilt and every existing row keeps its
-- meaning: the new columns start empty, and the completeness check says what to fill in.

-- A7: whether a DPO is required (Art. 37), the reasoning when none is, and the date the DPO was
-- communicated to the supervisory authority (Art. 37(7); in the Netherlands the AP's FG register).
ALTER TABLE organisation ADD COLUMN dpo_status TEXT NOT NULL DEFAULT ''
    CHECK (dpo_status IN ('', 'appointed', 'voluntary', 'not_required'));
ALTER TABLE organisation ADD COLUMN dpo_reasoning TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN dpo_registered_on TEXT;

-- A3: the controller's obligations and rights, the sixth element of Art. 28(3), first sentence.
ALTER TABLE agreement ADD COLUMN controller_rights TEXT NOT NULL DEFAULT '';
-- A8: the objection window is contractual: counted as the agreement says, from the event it names.
ALTER TABLE agreement ADD COLUMN window_counting TEXT NOT NULL DEFAULT 'calendar_days'
    CHECK (window_counting IN ('calendar_days', 'working_days', 'reg_1182_71'));
ALTER TABLE agreement ADD COLUMN window_start TEXT NOT NULL DEFAULT 'sent'
    CHECK (window_start IN ('sent', 'received'));
-- A15: the controller's prior written authorisation of this sub-processor (Art. 28(2)).
ALTER TABLE agreement ADD COLUMN authorised_on TEXT;
ALTER TABLE agreement ADD COLUMN authorisation_ref TEXT NOT NULL DEFAULT '';
-- A8: the day the processor sent the notice, from which many agreements count the window.
ALTER TABLE subprocessor_notice ADD COLUMN sent_on TEXT;

-- A12: what justifies and publishes each lawful basis: which basis covers which data subjects or
-- data; the law behind (c) and (e) (Art. 6(3)); the legitimate interests pursued under (f)
-- (Art. 13(1)(d)); where consent under (a) is recorded (Art. 7(1)) and how it is withdrawn (7(3)).
ALTER TABLE activity ADD COLUMN basis_scope TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN legal_provision TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN legitimate_interest TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN consent_record TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN consent_withdrawal TEXT NOT NULL DEFAULT '';
-- A16: an activity that discloses to no one says so.
ALTER TABLE activity ADD COLUMN no_recipients INTEGER NOT NULL DEFAULT 0 CHECK (no_recipients IN (0, 1));
-- A11: the Art. 22(2) exception, the law it rests on, and the Art. 22(3) safeguards.
ALTER TABLE activity ADD COLUMN art22_exception TEXT NOT NULL DEFAULT ''
    CHECK (art22_exception IN ('', 'contract', 'law', 'explicit_consent'));
ALTER TABLE activity ADD COLUMN art22_law_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN art22_safeguards TEXT NOT NULL DEFAULT '';
-- A10: the screening (Art. 35(3)(c), who decided and when) and the DPIA's outcome, prior
-- consultation (Art. 36) and review (Art. 35(11)).
ALTER TABLE activity ADD COLUMN public_monitoring INTEGER NOT NULL DEFAULT 0 CHECK (public_monitoring IN (0, 1));
ALTER TABLE activity ADD COLUMN dpia_screened_by TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN dpia_screened_on TEXT;
ALTER TABLE activity ADD COLUMN dpia_completed_on TEXT;
ALTER TABLE activity ADD COLUMN dpia_residual_risk TEXT NOT NULL DEFAULT ''
    CHECK (dpia_residual_risk IN ('', 'low', 'medium', 'high'));
ALTER TABLE activity ADD COLUMN prior_consultation_on TEXT;
ALTER TABLE activity ADD COLUMN prior_consultation_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN prior_consultation_outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN dpia_review_on TEXT;
-- A26: who established the activity and when; children (Art. 8, UAVG art. 5); data taken from
-- publicly accessible sources (Art. 14(2)(f)).
ALTER TABLE activity ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN approved_on TEXT;
ALTER TABLE activity ADD COLUMN children INTEGER NOT NULL DEFAULT 0 CHECK (children IN (0, 1));
ALTER TABLE activity ADD COLUMN source_public INTEGER NOT NULL DEFAULT 0 CHECK (source_public IN (0, 1));

-- A10: the nine criteria of the WP29 DPIA guidelines (WP248 rev.01); two or more usually mean a
-- DPIA is required.
CREATE TABLE activity_wp248_criterion (
    activity_id %BIGINT% NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    criterion   TEXT NOT NULL CHECK (criterion IN ('evaluation_scoring', 'automated_decisions',
        'systematic_monitoring', 'sensitive_data', 'large_scale', 'matching_datasets', 'vulnerable_subjects',
        'innovative_technology', 'prevents_rights')),
    PRIMARY KEY (activity_id, criterion)
);

-- A13: which derogation of Art. 49(1) a transfer rests on, (a) to (g) or the compelling legitimate
-- interests of its second subparagraph; and whether a Data Privacy Framework certification covers
-- HR data.
ALTER TABLE transfer ADD COLUMN derogation TEXT NOT NULL DEFAULT ''
    CHECK (derogation IN ('', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'compelling'));
ALTER TABLE transfer ADD COLUMN dpf_hr_covered INTEGER NOT NULL DEFAULT 0 CHECK (dpf_hr_covered IN (0, 1));

-- A16: a public authority receiving data in a particular inquiry is not a recipient (Art. 4(9)).
ALTER TABLE activity_recipient ADD COLUMN disclosure TEXT NOT NULL DEFAULT ''
    CHECK (disclosure IN ('', 'legal_obligation', 'inquiry'));

-- A21: whether the period is a minimum (a duty to keep), a maximum (keep no longer) or both.
ALTER TABLE retention_rule ADD COLUMN period_kind TEXT NOT NULL DEFAULT ''
    CHECK (period_kind IN ('', 'minimum', 'maximum', 'fixed'));
