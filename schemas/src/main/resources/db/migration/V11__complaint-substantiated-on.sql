-- A substantiated complaint stays a fact about the agency after it is closed: the day it was substantiated is kept.
ALTER TABLE complaint ADD COLUMN substantiated_on DATE NULL;
UPDATE complaint SET substantiated_on = DATE(updated_at) WHERE status = 'SUBSTANTIATED';
ALTER TABLE complaint ADD INDEX ix_complaint_agency_substantiated (agency_id, substantiated_on);
