-- When the team added an action, by the app's `now` (app/actions.ts addActions), the clock that
-- writes evaluation_entries.updated_at and action_updates.at. created_at is the database's clock, so
-- it could not say whether an action came before or after the terugkom saved its Evaluatielijst (the
-- interim list shows the actions as they stood then: app/evaluation-record.ts). Null for rows from
-- before: created_at stands in (the bot's clock and the database's agree when both run live).
alter table actions add column added_at timestamptz;
