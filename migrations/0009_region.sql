-- The school's region (noord, midden, zuid) for the school holidays; null when not given, then
-- only weekends and public holidays count as days off.
alter table leerlijnen add column region text check (region in ('noord', 'midden', 'zuid'));
