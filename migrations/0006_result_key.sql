-- One key for a round's posted result message on both platforms: Teams stored it as
-- `round:<id>`, Slack as `result:<id>`. Slack never wrote `round:` keys, so only Teams rows move.
update posted_messages p
   set key = 'result:' || substr(p.key, length('round:') + 1)
 where p.key like 'round:%'
   and not exists (select 1 from posted_messages q where q.workspace_id = p.workspace_id and q.key = 'result:' || substr(p.key, length('round:') + 1));
