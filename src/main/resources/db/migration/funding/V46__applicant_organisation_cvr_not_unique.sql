-- Issue 14 point 2: a registration for a CVR number no longer refuses the real organisation because somebody
-- registered the number first. Every claimant has their own applicant organisation (party), so a CVR number can
-- occur more than once; which claim is confirmed is kept in organisations_claim (at most one confirmed per CVR).
alter table funding_applicant_organisation drop constraint if exists funding_applicant_organisation_cvr_key;
create index if not exists funding_applicant_organisation_cvr_idx on funding_applicant_organisation (cvr);
