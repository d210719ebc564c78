-- Where a meeting takes place (a room, a school, an address), optional; shown in the invitation.
alter table meetings add column location text check (length(location) <= 200);
