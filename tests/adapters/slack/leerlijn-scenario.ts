// The whole leerlijn with 8 members as Slack users do it, from start to comparison: one list of
// steps that runs over any harness (signed HTTP requests, or Socket Mode envelopes).
import { expect, it } from 'vitest';
import { input } from '../../fakes/slack-signing.js';
import { allViolations, CHANNEL, COORDINATOR, USERS, type Harness } from './harness.js';
import { cardsIn, CODES, lastView, leerlijnIdIn, sidesOf, startLeerlijnInSlack, voteAll, voteOf } from './flow.js';

const agreedDifferent: Record<string, 1 | 2 | 3> = { P1: 3, T3: 1 };

/**
 * Worked out by hand from voteOf (8 members; the proposal is the median, the lower middle one
 * for an even count): proposals P1 2 · P2 1 · A1 1 · A2 2 · A3 2 · B1 2 · B2 1 · T1 1 · T2 2 · T3 2;
 * agreed with P1 3 and T3 1 instead: 16, Opbouwfase. Week 17 all 3s: 30, Doorontwikkelfase.
 */
const WEEK1 = { total: 16, fase: 'Opbouwfase' };
const WEEK17 = { total: 30, fase: 'Doorontwikkelfase' };

export interface ScenarioOptions {
  /** A step of its own after the votes and before the close, e.g. a forced reconnect. */
  midway?: { name: string; run(h: Harness): Promise<void> };
}

/** Defines the steps as `it`s inside the caller's describe; `harness()` is read when each runs. */
export function wholeLeerlijnSteps(harness: () => Harness, opts: ScenarioOptions = {}): void {
  const messagesText = (): string => JSON.stringify(harness().fake.messagesIn(CHANNEL));
  let roundId = '';
  let firstCode = '';

  it('keeps what the coordinator typed when the start form has errors', async () => {
    const h = harness();
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const res = await h.submit(COORDINATOR, 'start', { school: { v: input.text('') }, youthOrg: { v: input.text('JoU') }, kind: { v: input.radio('bestaand') }, startDate: { v: input.date('2025-01-01') }, startTime: { v: input.text('25:99') }, coordinators: { v: input.users([COORDINATOR]) }, ...sidesOf(USERS) }, view.meta);
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { school: expect.any(String), startTime: expect.any(String) } });
    expect(h.fake.messagesIn(CHANNEL)).toEqual([]);
  });

  it('starts: the timeline is posted and the school name cannot ping the channel', async () => {
    const h = harness();
    await startLeerlijnInSlack(h, 'Het Baken <!channel> College');
    const text = messagesText();
    expect(text).toContain('Planning van de leerlijn');
    expect(text).toContain('Het Baken &lt;!channel&gt; College');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('Financiering'); // missing randvoorwaarden are warned about
  });

  it('lets the coordinator set sides and levels', async () => {
    const h = harness();
    await h.click(COORDINATOR, 'team_edit', await leerlijnIdIn(h));
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(view.callbackId).toBe('team');
    const values = Object.fromEntries(USERS.flatMap((_, i) => [
      [`side_${i}`, { v: input.select(i % 2 === 0 ? 'school' : 'jongerenwerk') }],
      [`level_${i}`, { v: input.select(i < 2 ? 'manager' : 'uitvoerder') }],
    ]));
    const res = await h.submit(COORDINATOR, 'team', values, view.meta);
    expect(res.text).toBe('');
    await h.settle();
    expect(messagesText()).toContain('Jongerenwerk · Manager');
  });

  it('opens the week 1 round: a header and ten cards in its thread', async () => {
    const h = harness();
    const before = h.fake.messagesIn(CHANNEL).length;
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const round = cardsIn(h, before);
    roundId = round.roundId;
    expect(round.cards.size).toBe(10);
  });

  it('takes 8×10 votes with changes, confirms each privately and updates each card at most once per second', async () => {
    const h = harness();
    const { cards } = cardsIn(h);
    await voteAll(h, roundId, cards, (i, j) => ((voteOf(i, j) % 3) + 1) as 1 | 2 | 3); // first opinions
    await voteAll(h, roundId, cards, voteOf); // everyone changes their mind
    const updates = h.fake.callsTo('chat.update');
    const perCard = new Map<string, number>();
    for (const u of updates) perCard.set(String(u.body.ts), (perCard.get(String(u.body.ts)) ?? 0) + 1);
    expect(Math.max(...perCard.values())).toBe(1); // the clock has not moved: one update per card
    h.clock.advance(1000);
    await h.settle();
    const card = h.fake.messagesIn(CHANNEL).find((m) => m.ts === cards.get('P1')?.ts);
    expect(JSON.stringify(card?.blocks)).toContain('8 van 8 gestemd');
    expect(JSON.stringify(card?.blocks)).not.toContain(USERS[1]); // never who voted
    const mine = h.fake.ephemeralsTo(USERS[2]!).map((e) => String(e.body.text));
    expect(mine.filter((t) => t.includes('Je stem'))).toHaveLength(20);
  });

  it('refuses a non-member vote with an explanation and stores nothing', async () => {
    const h = harness();
    const { cards } = cardsIn(h);
    await h.click('U0STRANGER', 'vote_3', `${roundId}|P1|3`, { ts: cards.get('P1')?.ts });
    await h.settle();
    expect(JSON.stringify(h.fake.ephemeralsTo('U0STRANGER'))).toContain('Alleen teamleden');
    const { rows } = await h.testDb.db.query<{ n: number }>(`select count(*)::int as n from votes where user_id = 'U0STRANGER'`);
    expect(rows[0]?.n).toBe(0);
  });

  it('takes a note through the note modal, escaped in the channel later', async () => {
    const h = harness();
    await h.click(USERS[3]!, 'card_note', `${roundId}|P1`);
    await h.settle();
    const view = lastView(h, USERS[3]!);
    const bad = await h.submit(USERS[3]!, 'card_note', { note: { v: input.text('x'.repeat(600)) } }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { note: expect.any(String) } });
    const ok = await h.submit(USERS[3]!, 'card_note', { note: { v: input.text('Korte lijnen <!channel> met de mentoren') } }, view.meta);
    expect(ok.text).toBe('');
  });

  if (opts.midway) {
    const { name, run } = opts.midway;
    it(name, () => run(harness()));
  }

  it('closes: cards show distribution, proposal and bespreekpunt; late votes are refused', async () => {
    const h = harness();
    await h.command(COORDINATOR, 'sluit');
    await h.settle();
    const text = messagesText();
    expect(text).toContain('Verdeling:');
    expect(text).toContain('Voorstel:');
    expect(text).toContain('Bespreekpunt');
    expect(text).toContain('Korte lijnen &lt;!channel&gt; met de mentoren');
    const { cards } = cardsIn(h);
    const votesBefore = await h.testDb.db.query<{ n: number }>('select count(*)::int as n from votes');
    await h.click(USERS[4]!, 'vote_1', `${roundId}|A1|1`, { ts: cards.get('A1')?.ts });
    await h.settle();
    expect(JSON.stringify(h.fake.ephemeralsTo(USERS[4]!).at(-1))).toContain('gesloten');
    const votesAfter = await h.testDb.db.query<{ n: number }>('select count(*)::int as n from votes');
    expect(votesAfter.rows[0]?.n).toBe(votesBefore.rows[0]?.n);
    expect(votesAfter.rows[0]?.n).toBe(80);
  });

  it('agrees all ten (two differing) and posts total, fase and the filled instrument', async () => {
    const h = harness();
    for (const [code, score] of Object.entries(agreedDifferent)) {
      await h.click(COORDINATOR, 'agree_select', `${roundId}|${code}|${score}`, { selected: true });
    }
    await h.settle();
    await h.click(COORDINATOR, 'agree_all', roundId);
    await h.settle();
    const text = messagesText();
    expect(text).toContain(`Totaalscore ${WEEK1.total} van 30`);
    expect(text).toContain(WEEK1.fase);
    expect(text).toContain('Ingevuld Signaleringsinstrument');
    expect(text).toContain('voorstel was');
    // The filled instrument names its school (escaped, as everywhere).
    const instrument = harness().fake.messagesIn(CHANNEL).map((m) => JSON.stringify(m)).find((m) => m.includes('"text":"Ingevuld Signaleringsinstrument –'));
    expect(instrument).toContain('Het Baken &lt;!channel&gt; College');
  });

  it('builds the actieplan: lowest scores first, form errors kept, owners get a DM', async () => {
    const h = harness();
    await h.command(COORDINATOR, 'actieplan');
    await h.settle();
    const menu = JSON.stringify(h.fake.ephemeralsTo(COORDINATOR).at(-1));
    const first = /"value":"([0-9a-f-]{36})\|([A-Z][0-9])"/.exec(menu);
    firstCode = first?.[2] ?? '';
    expect(menu.indexOf('Score week 1: 1')).toBeLessThan(menu.indexOf('Score week 1: 3')); // lowest first
    expect(menu.indexOf(`"plan_${firstCode}"`)).toBeLessThan(menu.indexOf('Score week 1: 3'));
    await h.click(COORDINATOR, 'plan_open', `${first?.[1]}|${firstCode}`);
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const base = { watKanBeter: { v: input.text('Ruimte is te klein') }, gewensteEindsituatie: { v: input.text('Eigen ruimte naast de aula') } };
    const bad = await h.submit(COORDINATOR, 'plan', { ...base, 'actions.0.description': { v: input.text('Ruimte regelen') }, 'actions.0.dueDate': { v: input.date('2026-03-01') } }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { 'actions.0.ownerUserId': expect.any(String) } });
    const ok = await h.submit(COORDINATOR, 'plan', {
      ...base,
      'actions.0.description': { v: input.text('Ruimte regelen met conciërge') }, 'actions.0.ownerUserId': { v: { type: 'users_select', selected_user: USERS[1]! } }, 'actions.0.dueDate': { v: input.date('2026-03-01') },
      'actions.1.description': { v: input.text('Rooster jongerenwerk ophangen') }, 'actions.1.ownerUserId': { v: { type: 'users_select', selected_user: USERS[2]! } }, 'actions.1.dueDate': { v: input.date('2026-03-15') },
    }, view.meta);
    expect(ok.text).toBe('');
    await h.settle();
    expect(messagesText()).toContain('Ruimte regelen met conciërge');
    expect(JSON.stringify(h.fake.messagesIn(`D${USERS[1]!.slice(1)}`))).toContain('Ruimte regelen met conciërge');
  });

  it('lets an owner mark an action klaar from the DM; the coordinator is told', async () => {
    const h = harness();
    const dm = `D${USERS[1]!.slice(1)}`;
    const message = h.fake.messagesIn(dm).find((m) => /"value":"[0-9a-f-]{36}\|klaar"/.test(JSON.stringify(m.blocks)));
    const actionId = /"value":"([0-9a-f-]{36})\|klaar"/.exec(JSON.stringify(message?.blocks))?.[1];
    expect(actionId).toBeDefined();
    await h.click(USERS[1]!, 'action_status_klaar', `${actionId}|klaar`, { channel: dm, ts: message!.ts });
    await h.settle();
    const coordinatorDm = JSON.stringify(h.fake.messagesIn(`D${COORDINATOR.slice(1)}`));
    expect(coordinatorDm).toContain('Klaar');
    expect(coordinatorDm).toContain('Ruimte regelen met conciërge');
  });

  it('fills the terugkom evaluation, prefilled with the actions marked klaar', async () => {
    const h = harness();
    await h.command(COORDINATOR, 'evaluatie terugkom');
    await h.settle();
    const menu = JSON.stringify(h.fake.ephemeralsTo(COORDINATOR).at(-1));
    const value = new RegExp(`"value":"([0-9a-f-]{36}\\|terugkom\\|${firstCode})"`).exec(menu)?.[1];
    await h.click(COORDINATOR, 'evaluation_open', value ?? '');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(JSON.stringify(view.blocks)).toContain('Ruimte regelen met conciërge');
    const res = await h.submit(COORDINATOR, 'evaluation', { bereikt: { v: input.radio('2') }, ondernomen: { v: input.text('Ruimte geregeld') } }, view.meta);
    expect(res.text).toBe('');
    await h.settle();
    expect(messagesText()).toContain('Tussenevaluatie');
  });

  it('runs the week 17 round (confirmed, months before its meeting) and posts the comparison', async () => {
    const h = harness();
    const before = h.fake.messagesIn(CHANNEL).length;
    await h.command(COORDINATOR, 'scores eind nu');
    await h.settle();
    const round = cardsIn(h, before);
    expect(round.cards.size).toBe(10);
    await voteAll(h, round.roundId, round.cards, () => 3);
    await h.command(COORDINATOR, 'close');
    await h.settle();
    await h.click(COORDINATOR, 'agree_all', round.roundId);
    await h.settle();
    await h.command(COORDINATOR, 'vergelijk');
    await h.settle();
    const text = messagesText();
    expect(text).toContain('Vergelijking week 1 en week 17');
    expect(text).toContain(`Totaal: van ${WEEK1.total} naar ${WEEK17.total}`);
    expect(text).toContain(WEEK17.fase);
    // With its chart: a PNG (drawn by the bot itself) in the team's channel.
    const inChannel = h.fake.uploads().filter((u) => u.channel === CHANNEL && u.completed);
    const chart = inChannel.find((u) => u.filename.endsWith('.png'));
    expect(chart?.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // And what the team filled in, as PDFs: both instruments at their results, then the comparison.
    expect(inChannel.filter((u) => u.filename.endsWith('.pdf')).map((u) => u.filename.replace(/^.*\d{4}-\d{2}-\d{2}-/, ''))).toEqual(['signalering-week-1.pdf', 'signalering-week-17.pdf', 'vergelijking.pdf']);
    expect(CODES).toHaveLength(10);
  });

  it('kept every payload inside Block Kit limits', () => {
    const h = harness();
    expect(allViolations(h.fake)).toEqual([]);
    expect(h.fake.calls.filter((c) => c.error)).toEqual([]);
  });
}
