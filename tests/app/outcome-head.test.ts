// The round's head (Slack's round header, Teams' round card) states the total once all ten are agreed, so it is drawn
// where the outcome is: under the publish claim, from the round as read again there (ResultPublishing.latest). Two
// agreements close together must not leave the older total on the head while the outcome shows the newer one.
import { describe, expect, it } from 'vitest';
import { publishOutcomeThenDocument, type OutcomePoster, type Published, type ResultPublishing } from '../../src/app/result-publishing.js';
import type { RoundView } from '../../src/app/views.js';

const round = (total: number): RoundView => ({
  roundId: 'r1', leerlijnId: 'l1', channelId: 'C1', moment: 'week1', status: 'closed', stopped: false, kind: 'nieuw', lang: 'nl',
  cards: [], missing: [], result: { total, fase: 'opstart' } as RoundView['result'],
});

/** A publishing that, under its claim, finds the round as another agreement left it: total 14, not the 12 clicked. */
const rereads = (latest: RoundView) => ({
  latest: (_actor: unknown, _round: RoundView, publish: (r: RoundView, d: null, school: string) => Promise<Published>) => publish(latest, null, 'School'),
}) as unknown as ResultPublishing;

function poster(outcome: Published) {
  const drawn: string[] = [];
  const p: OutcomePoster = {
    outcome: async (r) => (drawn.push(`outcome ${r.result?.total}`), outcome),
    document: async () => undefined,
    head: async (r, inChannel) => void drawn.push(`head ${r.result?.total} ${inChannel ? 'points to the outcome' : 'no outcome'}`),
  };
  return { p, drawn };
}

const actor = { workspaceId: 'W1', userId: 'U1' } as Parameters<typeof publishOutcomeThenDocument>[1];

describe('the head drawn with the outcome', () => {
  it('from the round read again under the claim, after the outcome', async () => {
    const { p, drawn } = poster('posted');
    await publishOutcomeThenDocument(rereads(round(14)), actor, round(12), p, 'all');
    expect(drawn).toEqual(['outcome 14', 'head 14 points to the outcome']);
  });

  it('the outcome refused: the head states the total without pointing to it', async () => {
    const { p, drawn } = poster('refused');
    await publishOutcomeThenDocument(rereads(round(14)), actor, round(12), p, 'all');
    expect(drawn).toEqual(['outcome 14', 'head 14 no outcome']);
  });

  it('`scores` finding every message in the channel draws nothing anew, the head neither', async () => {
    const { p, drawn } = poster('inChannel');
    await publishOutcomeThenDocument(rereads(round(14)), actor, round(12), p, 'missing');
    expect(drawn).toEqual(['outcome 14']);
  });
});
