-- Someone taken off the team stays the owner of their actions until the coordinator gives them
-- to another: the team's lists and the Monday digest say who that was, on Teams as on Slack
-- (where a mention still shows the name). The name they went by is kept here when they leave,
-- and goes with the leerlijn; someone added again is a member, not a former one.
create table former_members (
  leerlijn_id uuid not null references leerlijnen (id) on delete cascade,
  user_id text not null,
  display_name text not null,
  left_at timestamptz not null,
  primary key (leerlijn_id, user_id)
);
