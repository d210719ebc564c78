// Slack's own side of a leerlijn with 8 members, through the real Bolt app: the start and team
// modals, card updates at most once a second, the note modal, escaping, the agree menu and Block
// Kit limits. The programme itself, told once for both platforms, is in tests/story/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { input } from '../../fakes/slack-signing.js';
import { allViolations, CHANNEL, COORDINATOR, startHarness, USERS, type Harness } from './harness.js';
import { cardsIn, lastView, startLeerlijnInSlack, voteAll, voteOf } from './flow.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const messagesText = (): string => JSON.stringify(h.fake.messagesIn(CHANNEL));
const agreedDifferent: Record<string, 1 | 2 | 3> = { P1: 3, T3: 1 };

describe('a leerlijn in Slack with 8 members', () => {
  let roundId = '';

  it('keeps what the coordinator typed when the start form has errors', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    const view = lastView(h, COORDINATOR);
    expect(JSON.stringify(view.blocks)).toContain(USERS[7]); // members default to the channel's members
    const res = await h.submit(COORDINATOR, 'start', { school: { v: input.text('') }, youthOrg: { v: input.text('JoU') }, kind: { v: input.radio('bestaand') }, startDate: { v: input.date('2025-01-01') }, startTime: { v: input.text('25:99') }, coordinators: { v: input.users([COORDINATOR]) }, members: { v: input.users(USERS) } }, view.meta);
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { school: expect.any(String), startTime: expect.any(String) } });
    expect(h.fake.messagesIn(CHANNEL)).toEqual([]);
  });

  it('starts: the timeline is posted and the school name cannot ping the channel', async () => {
    await startLeerlijnInSlack(h, 'Het Baken <!channel> College');
    const text = messagesText();
    expect(text).toContain('Planning van de leerlijn');
    expect(text).toContain('Het Baken &lt;!channel&gt; College');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('Financiering'); // missing randvoorwaarden are warned about
  });

  it('lets the coordinator set sides and levels', async () => {
    await h.click(COORDINATOR, 'team_edit', 'x');
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
    const before = h.fake.messagesIn(CHANNEL).length;
    await h.command(COORDINATOR, 'scores');
    await h.settle();
    const round = cardsIn(h, before);
    roundId = round.roundId;
    expect(round.cards.size).toBe(10);
  });

  it('takes 8×10 votes with changes, confirms each privately and updates each card at most once per second', async () => {
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

  it('takes a note through the note modal, escaped in the channel later', async () => {
    await h.click(USERS[3]!, 'card_note', `${roundId}|P1`);
    await h.settle();
    const view = lastView(h, USERS[3]!);
    const bad = await h.submit(USERS[3]!, 'card_note', { note: { v: input.text('x'.repeat(600)) } }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { note: expect.any(String) } });
    const ok = await h.submit(USERS[3]!, 'card_note', { note: { v: input.text('Korte lijnen <!channel> met de mentoren') } }, view.meta);
    expect(ok.text).toBe('');
  });

  it('closes: the note is shown escaped beside the distribution', async () => {
    await h.command(COORDINATOR, 'sluit');
    await h.settle();
    const text = messagesText();
    expect(text).toContain('Verdeling:');
    expect(text).toContain('Korte lijnen &lt;!channel&gt; met de mentoren');
  });

  it('records two agreed scores from the select menus, the rest with agree-all, and posts the filled instrument', async () => {
    for (const [code, score] of Object.entries(agreedDifferent)) {
      await h.click(COORDINATOR, 'agree_select', `${roundId}|${code}|${score}`, { selected: true });
    }
    await h.settle();
    await h.click(COORDINATOR, 'agree_all', roundId);
    await h.settle();
    const text = messagesText();
    expect(text).toContain('Ingevuld Signaleringsinstrument');
    expect(text).toContain('voorstel was');
  });

  it('builds the actieplan: lowest scores first, a missing owner is a form error', async () => {
    await h.command(COORDINATOR, 'actieplan');
    await h.settle();
    const menu = JSON.stringify(h.fake.ephemeralsTo(COORDINATOR).at(-1));
    const first = /"value":"([0-9a-f-]{36})\|([A-Z][0-9])"/.exec(menu);
    const firstCode = first?.[2] ?? '';
    expect(menu.indexOf('Score week 1: 1')).toBeLessThan(menu.indexOf('Score week 1: 3')); // lowest first
    expect(menu.indexOf(`"plan_${firstCode}"`)).toBeLessThan(menu.indexOf('Score week 1: 3'));
    await h.click(COORDINATOR, 'plan_open', `${first?.[1]}|${firstCode}`);
    await h.settle();
    const view = lastView(h, COORDINATOR);
    const base = { watKanBeter: { v: input.text('Ruimte is te klein') }, gewensteEindsituatie: { v: input.text('Eigen ruimte naast de aula') } };
    const bad = await h.submit(COORDINATOR, 'plan_item', { ...base, a0_desc: { v: input.text('Ruimte regelen') }, a0_due: { v: input.date('2026-03-01') } }, view.meta);
    expect(bad.json).toMatchObject({ response_action: 'errors', errors: { a0_owner: expect.any(String) } });
    const ok = await h.submit(COORDINATOR, 'plan_item', {
      ...base,
      a0_desc: { v: input.text('Ruimte regelen met conciërge') }, a0_owner: { v: { type: 'users_select', selected_user: USERS[1]! } }, a0_due: { v: input.date('2026-03-01') },
      a1_desc: { v: input.text('Rooster jongerenwerk ophangen') }, a1_owner: { v: { type: 'users_select', selected_user: USERS[2]! } }, a1_due: { v: input.date('2026-03-15') },
    }, view.meta);
    expect(ok.text).toBe('');
    await h.settle();
    expect(messagesText()).toContain('Ruimte regelen met conciërge');
  });

  it('kept every payload inside Block Kit limits', () => {
    expect(allViolations(h.fake)).toEqual([]);
    expect(h.fake.calls.filter((c) => c.error)).toEqual([]);
  });
});
