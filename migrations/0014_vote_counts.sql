-- A vote can come back with its card's count (how many voted on it, how many may), for Teams,
-- whose answer to the voter is the card with that count. It used to be read in a statement of
-- its own once the vote was committed: a second trip to Postgres on every vote, behind the
-- one of the card's read already under way (bench:votes:teams: for the slowest answers, longer
-- than the vote itself). Now the writing call counts, after its write, in a statement of its own,
-- so the count holds the vote and every vote committed before it, as the read did.
--
-- Only for the votes that ask (p_counted): Slack answers a vote without a count, and counting
-- on every call halved cast_vote's throughput once (0005). cast_vote (0013) is otherwise
-- unchanged; its new argument has a default, so a process still on the old code calls it as
-- before and reads the columns it names.
drop function cast_vote(uuid, uuid, text, text, smallint, timestamptz);

create function cast_vote(
  p_round uuid, p_workspace uuid, p_onderdeel text, p_user text, p_score smallint, p_clicked timestamptz,
  p_counted boolean default false
) returns table (
  leerlijn_id uuid, moment text, status text, kind text, lang text, is_member boolean, running boolean, written int,
  voted_count int, member_count int
)
language plpgsql as $$
declare
  r record;
  n int := 0;
  voted int;
  may int;
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
    if p_counted then
      select count(*)::int into voted from votes v where v.round_id = p_round and v.onderdeel = p_onderdeel;
      select count(*)::int into may from members m where m.leerlijn_id = r.leerlijn_id and m.is_member;
    end if;
  end if;
  return query select r.leerlijn_id, r.moment, r.status, r.kind, r.lang, r.is_member, r.running, n, voted, may;
end;
$$;

-- A batch that asks goes through cast_votes_counted: cast_votes (0013) as it is, then the count
-- in a statement of its own, which sees the votes just written. Each card asked for is counted once.
-- A batch that does not ask calls cast_votes itself, which is unchanged.
create type cast_votes_outcome as (
  n int, round_id uuid, onderdeel text, leerlijn_id uuid, moment text, status text, kind text, lang text,
  is_member boolean, running boolean, written boolean
);

create function cast_votes_counted(
  p_workspaces uuid[], p_rounds uuid[], p_onderdelen text[], p_users text[], p_scores smallint[], p_clicked timestamptz[],
  p_counted boolean[]
) returns table (
  n int, leerlijn_id uuid, moment text, status text, kind text, lang text, is_member boolean, running boolean, written boolean,
  voted_count int, member_count int
)
language plpgsql as $$
declare
  outcomes cast_votes_outcome[];
begin
  select array_agg(row(w.n, p_rounds[w.n], p_onderdelen[w.n], w.leerlijn_id, w.moment, w.status, w.kind, w.lang,
                       w.is_member, w.running, w.written)::cast_votes_outcome)
    into outcomes
    from cast_votes(p_workspaces, p_rounds, p_onderdelen, p_users, p_scores, p_clicked) w;
  -- Counted: the clicks that asked and were taken (written, or stale beside a later click).
  return query
  with o as (
    select u.*, coalesce(p_counted[u.n], false) and u.status = 'open' and u.is_member and u.running as counted
      from unnest(outcomes) u
  ), k as (
    select a.round_id, a.onderdeel,
           (select count(*)::int from votes t where t.round_id = a.round_id and t.onderdeel = a.onderdeel) as voted,
           (select count(*)::int from members m where m.leerlijn_id = a.leerlijn_id and m.is_member) as may
      from (select distinct o.round_id, o.onderdeel, o.leerlijn_id from o where o.counted) a
  )
  select o.n, o.leerlijn_id, o.moment, o.status, o.kind, o.lang, o.is_member, o.running, o.written,
         case when o.counted then k.voted end, case when o.counted then k.may end
    from o left join k on o.counted and k.round_id = o.round_id and k.onderdeel = o.onderdeel;
end;
$$;
