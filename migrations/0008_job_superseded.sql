-- After an outage an action's follow-ups come due together (before, due day, overdue weeks).
-- The owner gets the most recent one only; the older ones are recorded as superseded and are
-- never sent later (src/scheduler/jobs-store.ts claimStatement).
alter table scheduled_jobs drop constraint scheduled_jobs_status_check;
alter table scheduled_jobs add constraint scheduled_jobs_status_check
  check (status in ('pending', 'done', 'failed', 'cancelled', 'dropped', 'superseded'));

-- Whether a follow-up of an action has a later one of the same action that is due at `at`
-- (waiting or already handled): then this one has nothing to add. The one rule, used by the
-- pass that records it and by `tick --dry-run` that only shows it.
create function follow_up_superseded(job_kind text, job_subject text, job_run_at timestamptz, at timestamptz)
returns boolean
language sql stable as $$
  select job_kind in ('action_before', 'action_due', 'action_overdue') and exists (
    select 1 from scheduled_jobs n
    where n.kind in ('action_before', 'action_due', 'action_overdue') and n.subject = job_subject
      and n.run_at > job_run_at and n.run_at <= at and n.status in ('pending', 'done'))
$$;
