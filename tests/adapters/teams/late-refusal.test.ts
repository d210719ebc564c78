// Real Postgres only: a form sent from someone's own view whose answer comes after Teams was told
// "still working". That answer, which only its sender would have seen, is lost; a refusal's
// reasons go to their own chat with the bot instead. A second connection holds the meetings
// table, so the form's flow cannot finish before the (shortened) deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { t } from '../../../src/i18n/index.js';
import { describeIfPostgres, postgresTestDb, type TestDb } from '../../support/db.js';
import { secondConnection } from '../../support/locks.js';
import { CHANNEL, hetBakenEindevaluatieHeld, PEOPLE, cardText, elements, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
const DEADLINE_MS = 300;

describe.runIf(describeIfPostgres()).each(['nl', 'en'] as const)('a form whose answer comes after "still working", in a leerlijn in %s', (lang) => {
  let testDb: TestDb;
  let h: Harness;

  beforeAll(async () => {
    testDb = await postgresTestDb(4);
    h = await startHarness({ db: testDb, invokeDeadlineMs: DEADLINE_MS });
    await startHetBaken(h, { lang });
  });
  afterAll(async () => {
    await h.close();
    await testDb.drop();
  });

  /** Anna's new-meeting form, opened in the channel: what sending it as shown sends, and from where. */
  async function annasMoveForm(): Promise<{ data: Record<string, unknown>; from: ReturnType<Harness['inChannel']> & { replyToId: string } }> {
    await hetBakenEindevaluatieHeld(h);
    await h.say(anna, lang === 'en' ? 'schedule new' : 'planning nieuw');
    const opened = h.connector.messagesIn(CHANNEL.id).at(-1)!;
    const form = await h.seenBy(anna, adaptiveCardOf(opened.activity)!);
    const send = elements(form).find((e) => e.verb === FORM_VERB && (e.data as { form?: unknown }).form === 'move')!;
    const shown = Object.fromEntries(elements(form).filter((e) => typeof e.id === 'string' && e.value !== undefined).map((e) => [e.id, e.value]));
    return { data: { ...(send.data as JsonObject), ...shown, time: '15:00' }, from: { ...h.inChannel(anna), replyToId: opened.id } };
  }

  /** Sends the form while the meetings are held: answered when the deadline passes, the flow let go afterwards. */
  async function sendHeld(data: Record<string, unknown>, from: ReturnType<Harness['inChannel']>): Promise<unknown> {
    const holder = await secondConnection(testDb.db);
    await holder.query('begin');
    await holder.query('lock table meetings in access exclusive mode');
    try {
      return await h.invoke(anna, FORM_VERB, data, from);
    } finally {
      await holder.query('commit');
      await holder.end();
    }
  }

  /** What the bot said to anna outside the team's channel since `index`. */
  const toAnnaAlone = (index: number): string[] =>
    h.connector.activities.slice(index).filter((a) => a.method === 'POST' && a.conversationId !== CHANNEL.id).map((a) => cardText(adaptiveCardOf(a.activity)));

  it('refused: its sender is told why in their own chat with the bot once the flow ends', async () => {
    const { data, from } = await annasMoveForm();
    const before = h.connector.activities.length;
    const answer = await sendHeld({ ...data, date: '2026-04-06' }, from);
    // Said in the leerlijn's language, also where the deployment's is Dutch.
    expect(answer).toBe(t(lang, 'card.stillWorking'));
    await h.connector.until(() => toAnnaAlone(before).length > 0);
    const [told] = toAnnaAlone(before);
    expect(told).toContain(t(lang, 'form.refusedLate', { reasons: '' }).split(':')[0]);
    expect(told).toMatch(lang === 'en' ? /final evaluation/i : /eindevaluatie/i);
  });

  it('saved: nothing more is said to its sender, and the channel shows what was saved', async () => {
    const { data, from } = await annasMoveForm();
    const before = h.connector.activities.length;
    expect(await sendHeld({ ...data, date: '2026-09-14' }, from)).toBe(t(lang, 'card.stillWorking'));
    const saved = lang === 'en' ? 'Mon 14 Sep 2026, 15:00' : 'ma 14 sep 2026, 15.00 uur';
    await h.connector.until(() => h.connector.messagesIn(CHANNEL.id).some((m) => JSON.stringify(m.activity).includes(saved)));
    await h.teams.idle();
    expect(toAnnaAlone(before)).toEqual([]);
  });

  it('sent from their own chat with the bot: "still working" is said in the leerlijn\'s language there too', async () => {
    const { data } = await annasMoveForm();
    // A personal chat has no leerlijn of its own: the form names the one it acts on.
    expect(await sendHeld({ ...data, date: '2026-09-21' }, h.inPersonal(anna))).toBe(t(lang, 'card.stillWorking'));
    await h.teams.idle();
  });
});
