-- When a job was last planned (made, moved or revived; store/scheduled-jobs.ts upsertJobs), by the
-- planner's `now`, the same clock run_at is judged by. A message planned at 21:00 for a time already
-- past (a meeting planned in the evening whose invitation day has gone) was not late: the bot was up.
-- The scheduler counts lateness from the later of run_at and this (app/jobs/late-sends.ts). Null for
-- rows from before and jobs not planned from a leerlijn's state: lateness counts from run_at, as before.
alter table scheduled_jobs add column planned_at timestamptz;
