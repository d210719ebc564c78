-- The leerlijn store. No table holds data about individual pupils: only team members,
-- their roles and their answers about the collaboration.

create table workspaces (
  id uuid primary key default gen_random_uuid(),
  platform text not null check (platform in ('slack', 'teams')),
  tenant_id text not null,
  name text,
  created_at timestamptz not null default now(),
  unique (platform, tenant_id)
);

create table leerlijnen (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references workspaces (id) on delete cascade,
  channel_id text not null,
  status text not null default 'active' check (status in ('active', 'finished', 'stopped')),
  kind text not null check (kind in ('bestaand', 'nieuw')),
  school_name text not null check (length(school_name) between 1 and 150),
  youth_org_name text not null check (length(youth_org_name) between 1 and 150),
  timezone text not null,
  lang text not null default 'nl' check (lang in ('nl', 'en')),
  start_date date not null,
  start_time text not null check (start_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  randvoorwaarden jsonb not null,
  reminder_offsets jsonb not null default '{"inviteDays": 7, "dayBefore": 1, "atStart": true}',
  created_by text not null,
  created_at timestamptz not null default now(),
  ended_at timestamptz
);
-- At most one active leerlijn per channel.
create unique index leerlijnen_active_channel on leerlijnen (workspace_id, channel_id) where status = 'active';

create table members (
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  user_id text not null,
  display_name text not null,
  side text check (side in ('school', 'jongerenwerk')),
  level text check (level in ('uitvoerder', 'manager')),
  is_coordinator boolean not null default false,
  -- Team members vote; a coordinator usually is one too, but need not be.
  is_member boolean not null default true,
  added_at timestamptz not null default now(),
  primary key (leerlijn_id, user_id)
);

create table meetings (
  id uuid primary key default gen_random_uuid(),
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  kind text not null check (kind in ('signalering', 'actieplan', 'terugkom', 'eindevaluatie')),
  starts_at timestamptz not null,
  duration_minutes int not null check (duration_minutes > 0),
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  notulist_user_id text,
  invuller_user_id text,
  updated_at timestamptz not null default now(),
  unique (leerlijn_id, kind)
);

create table score_rounds (
  id uuid primary key default gen_random_uuid(),
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  moment text not null check (moment in ('week1', 'week17')),
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_by text not null,
  opened_at timestamptz not null default now(),
  closed_by text,
  closed_at timestamptz,
  unique (leerlijn_id, moment)
);

create table votes (
  round_id uuid not null references score_rounds (id) on delete cascade,
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  user_id text not null,
  score smallint not null check (score between 1 and 3),
  -- When the member clicked (platform time): the latest click wins even if two
  -- requests for the same member arrive out of order.
  clicked_at timestamptz not null,
  updated_at timestamptz not null default now(),
  primary key (round_id, onderdeel, user_id)
);

create table agreed_scores (
  round_id uuid not null references score_rounds (id) on delete cascade,
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  score smallint not null check (score between 1 and 3),
  proposed smallint check (proposed between 1 and 3),
  set_by text not null,
  set_at timestamptz not null default now(),
  primary key (round_id, onderdeel)
);

create table notes (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references score_rounds (id) on delete cascade,
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  user_id text not null,
  body text not null check (length(body) between 1 and 500),
  created_at timestamptz not null default now()
);
create index notes_round on notes (round_id, onderdeel);

-- Actieplan (Bijlage 3): per onderdeel what can be better and the desired end state.
create table plan_items (
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  wat_kan_beter text not null check (length(wat_kan_beter) between 1 and 1000),
  gewenste_eindsituatie text not null check (length(gewenste_eindsituatie) between 1 and 1000),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (leerlijn_id, onderdeel)
);

create table actions (
  id uuid primary key default gen_random_uuid(),
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  description text not null check (length(description) between 1 and 500),
  owner_user_id text not null,
  due_date date not null,
  status text not null default 'open' check (status in ('open', 'bezig', 'klaar', 'loopt_vast')),
  source text not null check (source in ('actieplan', 'terugkom', 'eindevaluatie')),
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index actions_leerlijn on actions (leerlijn_id, onderdeel);
create index actions_owner on actions (owner_user_id) where status <> 'klaar';

create table action_updates (
  id bigint generated always as identity primary key,
  action_id uuid not null references actions (id) on delete cascade,
  status text not null check (status in ('open', 'bezig', 'klaar', 'loopt_vast')),
  note text check (length(note) <= 500),
  by_user text not null,
  at timestamptz not null default now()
);
create index action_updates_action on action_updates (action_id, at);

-- Evaluatielijst (Bijlage 4): interim (terugkom) and final (eind).
create table evaluation_entries (
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  moment text not null check (moment in ('terugkom', 'eind')),
  onderdeel text not null check (onderdeel in ('P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3')),
  bereikt smallint not null check (bereikt between 1 and 3),
  toelichting text check (length(toelichting) <= 1000),
  ondernomen text check (length(ondernomen) <= 1000),
  updated_by text not null,
  updated_at timestamptz not null default now(),
  primary key (leerlijn_id, moment, onderdeel)
);

-- Where to reach a channel or a person later (Teams needs the whole reference).
create table conversation_refs (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  ref_key text not null,
  reference jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (workspace_id, ref_key)
);

-- Due work, claimed with FOR UPDATE SKIP LOCKED; one row per (kind, subject, occurrence).
create table scheduled_jobs (
  id bigint generated always as identity primary key,
  kind text not null,
  subject text not null,
  occurrence text not null,
  leerlijn_id uuid references leerlijnen (id) on delete cascade,
  run_at timestamptz not null,
  payload jsonb not null default '{}',
  status text not null default 'pending' check (status in ('pending', 'done', 'failed', 'cancelled', 'dropped')),
  attempts int not null default 0,
  locked_until timestamptz,
  last_error text,
  done_at timestamptz,
  unique (kind, subject, occurrence)
);
create index scheduled_jobs_due on scheduled_jobs (run_at) where status = 'pending';

-- Who changed what, when. Detail never holds user-written text.
create table audit_log (
  id bigint generated always as identity primary key,
  workspace_id uuid references workspaces (id) on delete cascade,
  leerlijn_id uuid,
  actor text not null,
  action text not null,
  detail jsonb not null default '{}',
  at timestamptz not null default now()
);
create index audit_log_leerlijn on audit_log (leerlijn_id, at);
