-- Schema version 14: the significance and the envisaged consequences of automated decisions for the
-- people concerned, which the privacy statement and the answer to an access request must give
-- besides the logic (GDPR Arts. 13(2)(f), 14(2)(g) and 15(1)(h)).
ALTER TABLE activity ADD COLUMN automated_consequences TEXT NOT NULL DEFAULT '';
