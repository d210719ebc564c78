-- A failed send's retry waits its backoff on the database's clock, as leases do: a pass's `now`
-- (a replica's clock, a tick run by hand with --now) only decides what is due, so a pass an
-- hour ahead no longer takes a retry the moment after it failed.
alter table scheduled_jobs add column retry_not_before timestamptz;
