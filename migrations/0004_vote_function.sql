-- Casting a vote in one round trip, without writing to the round's row.
--
-- A vote and the closing of its round meet at an advisory lock keyed by the round: votes
-- take it shared, closing takes it exclusive. A FOR SHARE row lock did the same job but
-- wrote a MultiXact into the one hot round row on every concurrent vote; an advisory lock
-- lives only in the lock table. Inside this (volatile) function every statement takes a
-- new snapshot, so the status is read after the lock is held: a close that committed while
-- the vote waited is seen, and the vote is refused rather than stored unseen.
create function cast_vote(
  p_round uuid, p_workspace uuid, p_onderdeel text, p_user text, p_score smallint, p_clicked timestamptz
) returns table (
  round_id uuid, leerlijn_id uuid, moment text, status text, opened_at timestamptz, closed_at timestamptz,
  kind text, lang text, is_member boolean, member_count int, others int, written int
) language plpgsql as $$
declare
  r record;
  n int := 0;
begin
  perform pg_advisory_xact_lock_shared(hashtextextended(p_round::text, 0));
  select sr.id, sr.leerlijn_id, sr.moment, sr.status, sr.opened_at, sr.closed_at, l.kind, l.lang,
         exists (select 1 from members m where m.leerlijn_id = l.id and m.user_id = p_user and m.is_member) as is_member
    into r
    from score_rounds sr join leerlijnen l on l.id = sr.leerlijn_id
   where sr.id = p_round and l.workspace_id = p_workspace;
  if not found then
    return;
  end if;
  if r.status = 'open' and r.is_member then
    insert into votes (round_id, onderdeel, user_id, score, clicked_at)
    values (p_round, p_onderdeel, p_user, p_score, p_clicked)
    on conflict on constraint votes_pkey do update
      set score = excluded.score, clicked_at = excluded.clicked_at, updated_at = now()
      where votes.clicked_at <= excluded.clicked_at;
    get diagnostics n = row_count;
  end if;
  return query select r.id, r.leerlijn_id, r.moment, r.status, r.opened_at, r.closed_at, r.kind, r.lang, r.is_member,
    (select count(*)::int from members m where m.leerlijn_id = r.leerlijn_id and m.is_member),
    (select count(*)::int from votes o where o.round_id = p_round and o.onderdeel = p_onderdeel and o.user_id <> p_user),
    n;
end;
$$;
