-- Platform bookkeeping shared by the adapters.

-- Where a posted message lives, so it can be updated later (a score card, the timeline).
-- message_id is a Slack ts or a Teams activity id; key names what the message shows,
-- e.g. 'card:<round id>:P1'.
create table posted_messages (
  workspace_id uuid not null references workspaces (id) on delete cascade,
  leerlijn_id uuid references leerlijnen (id) on delete cascade,
  key text not null,
  channel_id text not null,
  message_id text not null,
  updated_at timestamptz not null default now(),
  primary key (workspace_id, key)
);

-- Slack retries events it thinks were not acknowledged; handle each event_id once.
create table processed_events (
  platform text not null,
  event_id text not null,
  at timestamptz not null default now(),
  primary key (platform, event_id)
);

-- Slack OAuth installations (many-workspace mode). Holds bot tokens: never logged.
create table slack_installations (
  install_key text primary key,
  team_id text,
  enterprise_id text,
  installation jsonb not null,
  installed_at timestamptz not null default now()
);
