-- The scheduler syncs and cancels the jobs of one leerlijn at a time, and deleting a
-- leerlijn cascades to its jobs: both look jobs up by leerlijn, which 0001 did not index.
create index scheduled_jobs_leerlijn on scheduled_jobs (leerlijn_id, status);
