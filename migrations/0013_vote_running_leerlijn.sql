-- A vote counts only while its leerlijn runs: once the coordinator stops it, a round it left
-- open takes no more votes (the team was told votes no longer change). cast_vote (0005) and
-- cast_votes (0007) as before, plus the leerlijn's `running`, and nothing written without it.
-- Their result gains a column, so they are made anew; a process still on the old code names
-- the columns it reads and is not bothered by the new one.
drop function cast_vote(uuid, uuid, text, text, smallint, timestamptz);

create function cast_vote(
  p_round uuid, p_workspace uuid, p_onderdeel text, p_user text, p_score smallint, p_clicked timestamptz
) returns table (leerlijn_id uuid, moment text, status text, kind text, lang text, is_member boolean, running boolean, written int)
language plpgsql as $$
declare
  r record;
  n int := 0;
begin
  perform pg_advisory_xact_lock_shared(hashtextextended(p_round::text, 0));
  select sr.leerlijn_id, sr.moment, sr.status, l.kind, l.lang, l.status = 'active' as running,
         exists (select 1 from members m where m.leerlijn_id = l.id and m.user_id = p_user and m.is_member) as is_member
    into r
    from score_rounds sr join leerlijnen l on l.id = sr.leerlijn_id
   where sr.id = p_round and l.workspace_id = p_workspace;
  if not found then
    return;
  end if;
  if r.status = 'open' and r.is_member and r.running then
    insert into votes (round_id, onderdeel, user_id, score, clicked_at)
    values (p_round, p_onderdeel, p_user, p_score, p_clicked)
    on conflict on constraint votes_pkey do update
      set score = excluded.score, clicked_at = excluded.clicked_at, updated_at = now()
      where votes.clicked_at <= excluded.clicked_at;
    get diagnostics n = row_count;
  end if;
  return query select r.leerlijn_id, r.moment, r.status, r.kind, r.lang, r.is_member, r.running, n;
end;
$$;

drop function cast_votes(uuid[], uuid[], text[], text[], smallint[], timestamptz[]);

create function cast_votes(
  p_workspaces uuid[], p_rounds uuid[], p_onderdelen text[], p_users text[], p_scores smallint[], p_clicked timestamptz[]
) returns table (n int, leerlijn_id uuid, moment text, status text, kind text, lang text, is_member boolean, running boolean, written boolean)
language plpgsql as $$
begin
  perform pg_advisory_xact_lock_shared(hashtextextended(x.r::text, 0))
     from (select distinct r from unnest(p_rounds) as r order by 1) x;
  return query
  with v as (
    select * from unnest(p_workspaces, p_rounds, p_onderdelen, p_users, p_scores, p_clicked)
      with ordinality as v(ws, round_id, onderdeel, user_id, score, clicked_at, n)
  ), c as (
    select v.*, sr.leerlijn_id, sr.moment, sr.status, l.kind, l.lang, l.status = 'active' as running,
           exists (select 1 from members m where m.leerlijn_id = l.id and m.user_id = v.user_id and m.is_member) as is_member
      from v join score_rounds sr on sr.id = v.round_id
             join leerlijnen l on l.id = sr.leerlijn_id and l.workspace_id = v.ws
  ), w as (
    insert into votes as t (round_id, onderdeel, user_id, score, clicked_at)
    select distinct on (c.round_id, c.onderdeel, c.user_id) c.round_id, c.onderdeel, c.user_id, c.score, c.clicked_at
      from c where c.status = 'open' and c.is_member and c.running
     order by c.round_id, c.onderdeel, c.user_id, c.clicked_at desc, c.n desc
    on conflict on constraint votes_pkey do update
      set score = excluded.score, clicked_at = excluded.clicked_at, updated_at = now()
      where t.clicked_at <= excluded.clicked_at
    returning t.round_id, t.onderdeel, t.user_id, t.clicked_at, t.score
  )
  select c.n::int, c.leerlijn_id, c.moment, c.status, c.kind, c.lang, c.is_member, c.running,
         exists (select 1 from w where w.round_id = c.round_id and w.onderdeel = c.onderdeel and w.user_id = c.user_id
                                   and w.clicked_at = c.clicked_at and w.score = c.score)
    from c;
end;
$$;
