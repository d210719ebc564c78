-- An answer to a Teams file consent card is claimed here before its ZIP is built, so a second
-- delivery builds nothing. `pending`: claimed, not answered yet. A pending claim older than a
-- lease (`at`, by the claiming bot's clock) was left by a process that died mid-build, and the
-- next delivery takes it over; once answered, or for any other event id, a row stays handled.
alter table processed_events add column pending boolean not null default false;
