// The planning's move form also plans the new evaluation meeting after the eindevaluatie (the
// next step's button "Nieuwe evaluatie plannen", `planning nieuw`). While that meeting is not
// planned yet the form says it plans it (its title the words of the button), not that it moves a meeting; Teams' channel line
// ("<title>: Anna vult dit formulier in.") takes the same title. One neutral form for both platforms.
import { describe, expect, it } from 'vitest';
import { formSpec, loadForm } from '../../../src/app/flows/form-registry.js';
import { rescheduleMeeting } from '../../../src/app/meetings.js';
import { slackMarkup } from '../../../src/adapters/slack/render/markup.js';
import { backends } from '../../support/db.js';
import { EINDEVALUATIE_BEGUN, useStartedLeerlijn } from '../../support/fixtures.js';

describe.each(backends())('the move form\'s title on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  it('plans the new evaluation meeting until it is planned, then moves it like the others', async () => {
    const { deps, s } = env;
    const shown = async (kind: string, lang?: 'nl' | 'en') => {
      const form = (await loadForm(deps, s.coordinator, formSpec('move'), { leerlijnId: s.leerlijnId, kind, ...(lang ? { lang } : {}) })).draw(slackMarkup);
      return [form.title, form.submit];
    };
    expect(await shown('vervolgevaluatie')).toEqual(['Nieuwe evaluatie plannen', 'Plannen']);
    expect(await shown('vervolgevaluatie', 'en')).toEqual(['Plan a new evaluation', 'Plan']);
    expect(await shown('terugkom')).toEqual(['Bijeenkomst verplaatsen', 'Verplaatsen']);
    deps.setNow(EINDEVALUATIE_BEGUN); // planned from the eindevaluatie on (Monday 25 May 2026, 15.30)
    await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-09-14', time: '15:30' });
    expect(await shown('vervolgevaluatie')).toEqual(['Bijeenkomst verplaatsen', 'Verplaatsen']);
    // A cancelled one is none: the form plans it again, and saved it is planned, not "moved".
    await env.t.db.query(`update meetings set status = 'cancelled' where leerlijn_id = $1::uuid and kind = 'vervolgevaluatie'`, [s.leerlijnId]);
    expect(await shown('vervolgevaluatie')).toEqual(['Nieuwe evaluatie plannen', 'Plannen']);
    const planned = await rescheduleMeeting(deps, s.coordinator, s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-10-05', time: '15:30' });
    expect([planned.moved, planned.meetings.at(-1)?.status]).toEqual([undefined, 'planned']);
    expect(await shown('vervolgevaluatie')).toEqual(['Bijeenkomst verplaatsen', 'Verplaatsen']);
  });
});
