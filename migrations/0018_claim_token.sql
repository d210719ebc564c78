-- Which claim a job is under (scheduler/job-claims.ts claimStatement): a new one at every claim,
-- cleared when the job is handed back, ended or planned anew. Finishing, holding, renewing, retrying
-- and releasing a claimed job (scheduler/jobs-store.ts) match it. They matched the attempt number,
-- which a retry after a 429, a hold or a release gives back: a claimer whose lease had run out and
-- whose job another pass had claimed and handed back so could still end it or put it back, and a
-- message could go twice or a failure go unrecorded. Null for rows from before: not under a claim.
alter table scheduled_jobs add column claim_token uuid;
