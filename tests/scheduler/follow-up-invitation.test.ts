// The new evaluation meeting after the eindevaluatie is about the next steps agreed there: its
// invitation links week 17's Signaleringsinstrument and the eind Evaluatielijst, once they
// exist, not week 1's instrument and the terugkom list that the eindevaluatie's own invitation links.
import { describe, expect, it } from 'vitest';
import { rescheduleMeeting } from '../../src/app/meetings.js';
import { syncLeerlijnJobs } from '../../src/app/jobs/plan-jobs.js';
import { verifyDocumentToken } from '../../src/documents/links.js';
import { upsertEvaluationEntry, type EvaluationMomentCode } from '../../src/store/evaluations.js';
import type { Db } from '../../src/store/db.js';
import { DOCUMENT_LINKS } from '../support/view-fixtures.js';
import { backends } from '../support/db.js';
import { agreedRound, EINDEVALUATIE_BEGUN, NOW } from '../support/fixtures.js';
import { scheduler, usePlannedLeerlijn } from './helpers.js';

const FOLLOW_UP_INVITE_AT = '2026-09-07T07:00:00Z'; // a week before Monday 14 September 15:30

const evaluated = (db: Db, leerlijnId: string, moment: EvaluationMomentCode) =>
  upsertEvaluationEntry(db, leerlijnId, moment, { onderdeel: 'P1', bereikt: 2, toelichting: null, ondernomen: null, updatedBy: 'U000', updatedAt: NOW });

describe.each(backends())('the new evaluation meeting\'s invitation on $name', ({ open }) => {
  const env = usePlannedLeerlijn(open);

  const invitationLinks = async () => {
    // Planned from the eindevaluatie on (its start: Monday 25 May 2026, 15.30); the jobs as planned before.
    env.deps.setNow(EINDEVALUATIE_BEGUN);
    await rescheduleMeeting(env.deps, env.s.coordinator, env.s.leerlijnId, { kind: 'vervolgevaluatie', date: '2026-09-14', time: '15:30' });
    await env.t.db.transaction((tx) => syncLeerlijnJobs(tx, env.s.leerlijnId, NOW));
    const a = scheduler(env.t.db, {}, DOCUMENT_LINKS);
    await a.tick(FOLLOW_UP_INVITE_AT);
    const invite = a.messenger.ofType('meeting_reminder').find((x) => x.notice.meeting.kind === 'vervolgevaluatie');
    const kindOf = (url: string | null) => (url ? verifyDocumentToken(DOCUMENT_LINKS.linkSecret!, url.split('/documents/')[1]!, new Date(FOLLOW_UP_INVITE_AT))?.kind : null);
    const filled = invite!.notice.links.filter((d) => d.code.startsWith('filled_'));
    return Object.assign(new Map(filled.map((d) => [d.code, kindOf(d.url)])), { labels: filled.map((d) => d.label) });
  };

  it('links week 17\'s instrument and the eind Evaluatielijst', async () => {
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week17', 3);
    await evaluated(env.t.db, env.s.leerlijnId, 'terugkom');
    await evaluated(env.t.db, env.s.leerlijnId, 'eind');
    const links = await invitationLinks();
    expect(links.get('filled_signaleringsinstrument')).toBe('instrument-week17');
    expect(links.get('filled_evaluatielijst')).toBe('evaluatie-eind');
    // Slack names them without the link: the names say which.
    expect(links.labels).toEqual(['Ingevulde Evaluatielijst (eindevaluatie)', 'Ingevuld Signaleringsinstrument (week 17)']);
  });

  it('names neither while only week 1\'s instrument and the terugkom list exist', async () => {
    await agreedRound(env.deps, env.s.coordinator, env.s.leerlijnId, 'week1', 2);
    await evaluated(env.t.db, env.s.leerlijnId, 'terugkom');
    const links = await invitationLinks();
    expect([...links.keys()]).toEqual([]);
  });
});
