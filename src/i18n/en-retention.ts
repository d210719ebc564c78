// English texts of the retention term, as nl-retention.ts.
import type { Catalog } from './catalog.js';
import type { nlRetention } from './nl-retention.js';

export const enRetention: Pick<Catalog, keyof typeof nlRetention> = {
  retention: {
    helpStop: '`/leerlijn stop` – stop the leerlijn: no more reminders, its data stays until you delete it, or until it is deleted automatically after {days} days; stopping tells you the day (coordinator).',
    privacy: 'A leerlijn that has stopped or finished is deleted with all its data after {days} days, on a working day; its coordinator is told on a working day, at least 14 days before.',
    statusEnded:
      'No more reminders or messages go out, and votes and actions no longer change. The data is kept until the coordinator deletes it (`/leerlijn delete`), and at the latest until {date}: then I will delete it. To keep a copy, the coordinator can export it first (`/leerlijn export`). After that a new leerlijn can start here.',
    stopWarning:
      'Once you stop the leerlijn, I send no more reminders or messages about actions, and votes and actions can no longer change. The data is kept until you delete it with `/leerlijn delete`, and at the latest until {date}: then I will delete it. To keep a copy, export it first with `/leerlijn export`. Stopping cannot be undone.',
    stopPosted:
      '{name} stopped the leerlijn. There will be no more reminders or messages about actions, and votes and actions no longer change. The data is kept until the coordinator deletes it, and at the latest until {date}: then I will delete it. The coordinator can export it with `/leerlijn export` and delete it with `/leerlijn delete`. After that a new leerlijn can start here with `/leerlijn start`.',
    stopAlready: 'This leerlijn has already been stopped. Its data is kept until the coordinator deletes it with `/leerlijn delete`, and at the latest until {date}: then I will delete it.',
    warning:
      'This leerlijn is no longer running, and on {date} I will delete its data, with everything that belongs to it. To keep a copy, export it before that date with `/leerlijn export` in the leerlijn’s channel. You can also delete it now with `/leerlijn delete`.',
  },
};
