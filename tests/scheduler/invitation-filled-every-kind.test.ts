// Each meeting's invitation names the team's filled documents that exist by then, as the
// scheduler reads them at send time: for every meeting kind, none while nothing was filled in (except week 1's
// instrument where the meeting builds on it: named without a link, as not filled in yet), and each one (by the document its signed link opens) once all of them were.
import { describe, expect, it } from 'vitest';
import { rescheduleMeeting } from '../../src/app/meetings.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { verifyDocumentToken } from '../../src/documents/links.js';
import { noticeFor } from '../../src/scheduler/notices-for.js';
import type { JobKind } from '../../src/scheduler/jobs-store.js';
import { upsertPlanItem } from '../../src/store/actions.js';
import { upsertEvaluationEntry, type EvaluationMomentCode } from '../../src/store/evaluations.js';
import { DOCUMENT_LINKS } from '../support/view-fixtures.js';
import { backends } from '../support/db.js';
import { agreedRound, EINDEVALUATIE_BEGUN, NOW } from '../support/fixtures.js';
import { jobsOf, usePlannedLeerlijn } from './helpers.js';

describe.each(backends())('the filled documents in every invitation on $name', ({ open }) => {
  const env = usePlannedLeerlijn(open);

  const evaluated = (moment: EvaluationMomentCode) =>
    upsertEvaluationEntry(env.t.db, env.s.leerlijnId, moment, { onderdeel: 'P1', bereikt: 2, toelichting: null, ondernomen: null, updatedBy: 'U000', updatedAt: NOW });

  /** Per meeting kind, each filled document its invitation names and the document its link opens. */
  const filledByMeeting = async (): Promise<Record<string, Array<[string, string | null]>>> => {
    // The new evaluation meeting is planned too (from the eindevaluatie on), so every kind has an invitation.
    env.deps.setNow(EINDEVALUATIE_BEGUN);
    await rescheduleMeeting(env.deps, env.s.coordinator, env.s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-09-14', time: '15:30' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const invites = (await jobsOf(env.t.db, env.s.leerlijnId)).filter((j) => j.kind === 'meeting_invite');
    const byMeeting: Record<string, Array<[string, string | null]>> = {};
    for (const job of invites) {
      const runAt = new Date(job.runAt);
      const due = { ...job, kind: job.kind as JobKind, leerlijnId: env.s.leerlijnId, runAt, payload: {}, attempts: 0 };
      const built = await noticeFor(env.t.db, due, runAt, DOCUMENT_LINKS);
      if (built.outcome !== 'send' || built.notice.type !== 'meeting_reminder') throw new Error(`no invitation for ${job.subject}`);
      const kindOf = (url: string | null) => (url ? verifyDocumentToken(DOCUMENT_LINKS.linkSecret!, url.split('/documents/')[1]!, runAt)?.kind ?? null : null);
      byMeeting[built.notice.meeting.kind] = built.notice.links.filter((d) => d.code.startsWith('filled_')).map((d) => [d.code, kindOf(d.url)]);
    }
    return byMeeting;
  };

  it('names none of them while nothing was filled in, but week 1’s instrument (no link) where the meeting builds on it', async () => {
    const week1NotYet: Array<[string, string | null]> = [['filled_signaleringsinstrument', null]];
    expect(await filledByMeeting()).toEqual({ signalering: [], actieplan: week1NotYet, terugkom: [], eindevaluatie: week1NotYet, vervolgevaluatie: [] });
  });

  it('names each one once all were filled in: both instruments, the actieplan and both Evaluatielijsten', async () => {
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week17', 3);
    await upsertPlanItem(env.t.db, env.s.leerlijnId, { onderdeel: 'P1', watKanBeter: 'Overleg', gewensteEindsituatie: 'Wekelijks', updatedBy: 'U000', updatedAt: NOW });
    await evaluated('terugkom');
    await evaluated('eind');
    expect(await filledByMeeting()).toEqual({
      signalering: [],
      actieplan: [['filled_signaleringsinstrument', 'instrument-week1']],
      terugkom: [['filled_actieplan', 'actieplan']],
      eindevaluatie: [
        ['filled_signaleringsinstrument', 'instrument-week1'],
        ['filled_actieplan', 'actieplan'],
        ['filled_evaluatielijst', 'evaluatie-terugkom'],
      ],
      vervolgevaluatie: [
        ['filled_evaluatielijst', 'evaluatie-eind'],
        ['filled_signaleringsinstrument', 'instrument-week17'],
        ['filled_actieplan', 'actieplan'],
      ],
    });
  });
});
