// The language a new leerlijn is offered in its start form: the deployment's, which the whole team reads in, not the
// starter's own (Teams says a person's, Slack none). Decided once here, so the two platforms cannot offer different ones.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startFlow } from '../../../src/app/flows/data.js';
import { ownView } from '../../../src/app/flows/own-view.js';
import type { FlowCtx, FormView } from '../../../src/app/flows/surface.js';
import { backends } from '../../support/db.js';
import { useStartedLeerlijn } from '../../support/fixtures.js';
import { surfaceFake } from '../../support/surface-fake.js';

describe.each(backends())('the start form’s language for the team, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open, 2);
  /** An English deployment, so the starter's own Dutch is told apart from it. */
  const english = () => ({ ...env.deps, defaultLang: 'en' as const });

  it('is the deployment’s when `start` is typed, whatever language the starter reads in', async () => {
    const opened: FormView[] = [];
    const surface = surfaceFake({ openForm: async (form) => void opened.push(form) });
    const place = { channelId: 'C_NO_LEERLIJN_YET', personal: false, repliesSeenByAll: true };
    const ctx: FlowCtx = { deps: english(), log: pino({ level: 'silent' }), actor: env.s.coordinator, place, leerlijn: null, lang: 'nl', surface };
    await startFlow(ctx);
    expect(opened).toEqual([{ type: 'start', teamLang: 'en' }]);
  });

  it('is the deployment’s in the opener’s own view of a shared start form', async () => {
    const own = await ownView(english(), env.s.coordinator, { view: 'start', by: env.s.coordinator.userId });
    expect(own).toMatchObject({ start: { teamLang: 'en' } });
  });
});
