// At the end of the actieplan meeting the channel gets the filled Actieplan as a PDF, made from
// the database then, once: a meeting moved after it ended plans a new job, and that job must
// not post the document a second time. Nothing filled in: nothing to post. Filled in only after
// the meeting: half an hour after the last save, with everything saved till then.
import { describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { updateMeeting } from '../../src/store/leerlijnen.js';
import { pdfText } from '../documents/pdf-text.js';
import { backends } from '../support/db.js';
import { makeDeps, useStartedLeerlijn } from '../support/fixtures.js';
import { DOCUMENT_LINKS } from '../support/view-fixtures.js';
import { jobsOf, scheduler } from './helpers.js';

const ACTIEPLAN_END = '2026-02-16T17:30:00Z'; // 15:30–18:30 Amsterdam time
const MOVED_START = '2026-02-18T14:30:00Z';
const MOVED_END = '2026-02-18T17:30:00Z';

describe.each(backends())('the actieplan PDF at the meeting\'s end, on $name', ({ open }) => {
  const env = useStartedLeerlijn(open);

  const fillPlan = () =>
    savePlanItem(makeDeps(env.t.db), env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'B1', watKanBeter: 'Jongeren kennen de jongerenwerkers niet', gewensteEindsituatie: 'Elke klas kent twee jongerenwerkers',
      actions: [{ description: 'Voorstelronde in alle klassen', ownerUserId: env.s.members[1]!.userId, dueDate: '2026-03-06' }],
    });

  it('posts nothing while the meeting runs, then the filled plan once, with its link, however often the scheduler passes', async () => {
    await fillPlan();
    const a = scheduler(env.t.db, {}, DOCUMENT_LINKS);
    await a.tick(new Date(Date.parse(ACTIEPLAN_END) - 60_000));
    expect(a.messenger.ofType('step_document')).toEqual([]);

    await a.tick(ACTIEPLAN_END);
    const [posted, ...more] = a.messenger.ofType('step_document');
    expect(more).toEqual([]);
    expect(posted).toMatchObject({ to: 'channel', target: 'C_TEAM', notice: { document: 'actieplan' } });
    expect(posted!.notice.link).toMatch(new RegExp(`^${DOCUMENT_LINKS.publicUrl}/documents/`));
    const { text } = await pdfText(posted!.notice.file.bytes);
    expect(text).toContain('Jongeren kennen de jongerenwerkers niet');
    expect(text).toContain('Voorstelronde in alle klassen');
    expect(text).toContain('vrijdag 6 maart 2026');

    await a.tick(ACTIEPLAN_END);
    expect(a.messenger.ofType('step_document')).toHaveLength(1);
  });

  it('does not post it again when the meeting is moved after it ended and a new job comes due', async () => {
    await fillPlan();
    const a = scheduler(env.t.db);
    await a.tick(ACTIEPLAN_END);
    expect(a.messenger.ofType('step_document')).toHaveLength(1);

    await updateMeeting(env.t.db, env.s.leerlijnId, 'actieplan', { startsAt: new Date(MOVED_START) });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, new Date(ACTIEPLAN_END)));
    const pending = await jobsOf(env.t.db, env.s.leerlijnId, 'pending');
    expect(pending.filter((j) => j.kind === 'meeting_document' && j.runAt === MOVED_END)).toHaveLength(1);
    expect(await a.tick(MOVED_END)).toMatchObject({ failed: 0, retried: 0 });
    expect(a.messenger.ofType('step_document')).toHaveLength(1);
  });

  it('filled in after the meeting, posts it half an hour after the last save, with each onderdeel saved till then', async () => {
    const a = scheduler(env.t.db);
    await a.tick(ACTIEPLAN_END);
    const late = (iso: string) => makeDeps(env.t.db, new Date(iso));
    const owner = env.s.members[1]!.userId;
    await savePlanItem(late('2026-02-17T08:00:00Z'), env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'B1', watKanBeter: 'Jongeren kennen de jongerenwerkers niet', gewensteEindsituatie: 'Elke klas kent twee jongerenwerkers',
      actions: [{ description: 'Voorstelronde in alle klassen', ownerUserId: owner, dueDate: '2026-03-06' }],
    });
    await savePlanItem(late('2026-02-17T08:20:00Z'), env.s.coordinator, env.s.leerlijnId, {
      onderdeel: 'T1', watKanBeter: 'Te weinig overleg', gewensteEindsituatie: 'Elke maand overleg',
      actions: [{ description: 'Overleg plannen', ownerUserId: owner, dueDate: '2026-03-06' }],
    });
    await a.tick('2026-02-17T08:40:00Z');
    expect(a.messenger.ofType('step_document')).toEqual([]);
    await a.tick('2026-02-17T08:50:00Z');
    const [posted, ...more] = a.messenger.ofType('step_document');
    expect(more).toEqual([]);
    const { text } = await pdfText(posted!.notice.file.bytes);
    expect(text).toContain('Voorstelronde in alle klassen');
    expect(text).toContain('Overleg plannen');
  });

  it('posts nothing when nothing of the plan was filled in', async () => {
    const a = scheduler(env.t.db);
    expect(await a.tick(ACTIEPLAN_END)).toMatchObject({ failed: 0 });
    expect(a.messenger.ofType('step_document')).toEqual([]);
    const done = await env.t.db.query<{ payload: { outcome?: string } }>(`select payload from scheduled_jobs where kind = 'meeting_document' and status = 'done'`);
    expect(done.rows.map((r) => r.payload.outcome)).toEqual(['skipped:nothing_filled']);
  });
});
