-- A pass takes the due jobs bound to a meeting first, soonest meeting first (scheduler/job-claims.ts
-- CLAIM_ORDER): after a night of held messages the 07:30 pass would otherwise leave the reminder of a
-- 07:35 meeting to a later pass, which finds the meeting begun. This index finds those that are due
-- without reading the rest of the due backlog: the claim sorts only them (few, as they are sent when
-- due), then takes the others by run_at as before (scheduled_jobs_due).
create index scheduled_jobs_meeting_bound on scheduled_jobs (run_at)
  where status = 'pending' and kind = any('{meeting_invite,meeting_day_before,meeting_start,prompt_assign_roles}'::text[]);
