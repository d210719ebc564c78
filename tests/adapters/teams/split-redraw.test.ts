// A card too big for one Teams message goes as several (cards/split.ts). Redrawn later (a form sent
// from its asker's own view redraws the card it came from), each message is to show its own part
// once: not the whole card written into the last message, which showed everyone the first part
// twice (or was refused over 100 KB, leaving the old card). The asker's own view is of the last part.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlanItem } from '../../../src/app/actions.js';
import { ONDERDEEL_CODES } from '../../../src/domain/instrument.js';
import { makeDeps } from '../../support/fixtures.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, cardText, closeCheckingCards, deletedInChannel, PEOPLE, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const long = (what: string, n: number): string => `${what} ${'Het overleg tussen school en jongerenwerk is nog te vrijblijvend; we plannen vaste momenten. '.repeat(20)}`.slice(0, n);
let h: Harness;
let leerlijnId: string;
let coordinator: { workspaceId: string; userId: string };

/** Every onderdeel written to the form's limits (texts of 1000 characters), five actions of 500 each: about 127 KB. */
async function writePlan(): Promise<void> {
  for (const code of ONDERDEEL_CODES) {
    await savePlanItem(makeDeps(h.db.db), coordinator, leerlijnId, {
      onderdeel: code, watKanBeter: long(`Beter ${code}.`, 1000), gewensteEindsituatie: long(`Doel ${code}.`, 1000),
      actions: Array.from({ length: 5 }, (_, j) => ({ description: long(`Actie ${code}.${j}.`, 500), ownerUserId: bram.aadObjectId!, dueDate: '2026-04-15' })),
    });
  }
}

/** The plan changed behind the card (as another form would change it): what it says of `codes` in `sql`'s words. */
const changePlan = (sql: string, codes: readonly string[]): Promise<unknown> => h.db.db.query(sql, [leerlijnId, [...codes]]);

/** A form sent from Anna's own view of the plan's last message: the card it came from is redrawn for everyone. */
async function sendFromOwnView(messageId: string, date: string): Promise<void> {
  const data = { form: 'move', leerlijnId, kind: 'terugkom', date, time: '15:00', ownView: { view: 'plan', leerlijnId } };
  await h.invoke(anna, FORM_VERB, data, { ...h.inChannel(anna), replyToId: messageId });
  await h.flush();
}

/** `actieplan` typed by the coordinator: the ids of the messages it went as, two (checked). */
async function postPlan(): Promise<string[]> {
  const before = new Set(h.connector.messagesIn(CHANNEL.id).map((m) => m.id));
  await h.say(anna, 'actieplan');
  await h.flush();
  const posted = h.connector.messagesIn(CHANNEL.id).filter((m) => !before.has(m.id)).map((m) => m.id);
  expect(posted).toHaveLength(2);
  return posted;
}

const count = (said: string, what: string): number => said.split(what).length - 1;
const liveCards = (ids: readonly string[]): JsonObject[] =>
  h.connector.messagesIn(CHANNEL.id).filter((m) => ids.includes(m.id)).map((m) => adaptiveCardOf(m.activity)!);

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h);
  const { rows } = await h.db.db.query<{ id: string; workspace_id: string }>(`select id, workspace_id from leerlijnen`);
  leerlijnId = rows[0]!.id;
  coordinator = { workspaceId: rows[0]!.workspace_id, userId: anna.aadObjectId! };
  await writePlan();
}, 60_000);
afterAll(() => closeCheckingCards(h));

describe('an actieplan posted as two messages', () => {
  let parts: string[] = [];
  it('shows its coordinator her own view of the last part, not the first part again', async () => {
    parts = await postPlan();
    const [first, last] = liveCards(parts) as [JsonObject, JsonObject];
    // Teams' refresh comes from the message it is for (replyToId), as every invoke from a card does.
    const annaSees = [cardText(first), cardText(await h.seenBy(anna, last, { ...h.inChannel(anna), replyToId: parts[1]! }))].join('\n');
    for (const code of ONDERDEEL_CODES) expect(count(annaSees, `Beter ${code}.`)).toBe(1);
  });

  it('redrawn after a change, shows each part’s new content once, in the same two messages', async () => {
    const [first, last] = [ONDERDEEL_CODES[0], ONDERDEEL_CODES.at(-1)!];
    await changePlan(`update plan_items set wat_kan_beter = replace(wat_kan_beter, 'Beter', 'Nieuw') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, [first, last]);
    await sendFromOwnView(parts.at(-1)!, '2026-03-31');
    const [one, two] = liveCards(parts).map(cardText) as [string, string];
    expect(liveCards(parts)).toHaveLength(2);
    expect(one).toContain(`Nieuw ${first}.`);
    expect(two).toContain(`Nieuw ${last}.`);
    const said = `${one}\n${two}`;
    for (const code of ONDERDEEL_CODES) {
      expect(count(said, `${code === first || code === last ? 'Nieuw' : 'Beter'} ${code}.`)).toBe(1);
      expect(count(said, `Actie ${code}.4.`)).toBe(1);
    }
  });

  it('redrawn into one part, leaves no stale second part', async () => {
    await changePlan(`update plan_items set wat_kan_beter = 'Kort ' || onderdeel || '.', gewenste_eindsituatie = 'Vast overleg.' where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await changePlan(`update actions set description = left(description, 12) where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await sendFromOwnView(parts.at(-1)!, '2026-04-07');
    const left = liveCards(parts);
    expect(left).toHaveLength(1);
    const said = cardText(left[0]!);
    for (const code of ONDERDEEL_CODES) expect(count(said, `Kort ${code}.`)).toBe(1);
    expect(said).not.toContain('Nieuw');
  });

  it('grown behind its one message, still shows its coordinator the whole plan in her own view', async () => {
    // The message went as one: no message before it shows the first onderdelen, so her view of it may not leave them out.
    const kept = h.connector.messagesIn(CHANNEL.id).find((m) => parts.includes(m.id))!.id;
    await changePlan(`update plan_items set wat_kan_beter = rpad('Groot ' || onderdeel || '.', 1000, ' vaste momenten'), gewenste_eindsituatie = rpad('Doel.', 1000, ' vast overleg') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await changePlan(`update actions set description = rpad(description, 500, ' met school') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    const annaSees = cardText(await h.seenBy(anna, liveCards([kept])[0]!, { ...h.inChannel(anna), replyToId: kept }));
    for (const code of ONDERDEEL_CODES) expect(count(annaSees, `Groot ${code}.`)).toBe(1);
  });

  it('grown again to two parts, posts the second after its first, and redraws both from the new last one', async () => {
    // The one message left of the two.
    const kept = h.connector.messagesIn(CHANNEL.id).find((m) => parts.includes(m.id))!.id;
    await changePlan(`update plan_items set wat_kan_beter = rpad('Groot ' || onderdeel || '.', 1000, ' vaste momenten'), gewenste_eindsituatie = rpad('Doel.', 1000, ' vast overleg') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await changePlan(`update actions set description = rpad(description, 500, ' met school') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    const before = new Set(h.connector.messagesIn(CHANNEL.id).map((m) => m.id));
    await sendFromOwnView(kept, '2026-04-14');
    const added = h.connector.messagesIn(CHANNEL.id).filter((m) => !before.has(m.id)).map((m) => m.id);
    const grown = [kept, ...added.filter((id) => cardText(liveCards([id])[0]!).includes('Groot'))];
    expect(grown).toHaveLength(2);
    const said = liveCards(grown).map(cardText).join('\n');
    for (const code of ONDERDEEL_CODES) expect(count(said, `Groot ${code}.`)).toBe(1);
    // Sent again from the new last message: the same two messages, nothing posted for the plan.
    await changePlan(`update plan_items set wat_kan_beter = replace(wat_kan_beter, 'Groot', 'Grote') where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await sendFromOwnView(grown[1]!, '2026-04-21');
    const again = liveCards(grown).map(cardText).join('\n');
    expect(liveCards(grown)).toHaveLength(2);
    for (const code of ONDERDEEL_CODES) expect(count(again, `Grote ${code}.`)).toBe(1);
    expect(h.connector.messagesIn(CHANNEL.id).filter((m) => cardText(adaptiveCardOf(m.activity) ?? {}).includes('Grote'))).toHaveLength(2);
  });
});

describe('an actieplan in two messages, its first deleted in the channel', () => {
  it('still redraws its last message after a change', async () => {
    const parts = await postPlan();
    await deletedInChannel(h, parts[0]!);
    const last = ONDERDEEL_CODES.at(-1)!;
    await changePlan(`update plan_items set wat_kan_beter = 'Gewist ' || onderdeel || '.' where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, [last]);
    await sendFromOwnView(parts[1]!, '2026-04-28');
    expect(cardText(liveCards([parts[1]!])[0]!)).toContain(`Gewist ${last}.`);
  });
});

describe('an actieplan in two messages, its last (with the buttons) deleted in the channel', () => {
  it('posts no part of it anew when forms are still sent from that message\'s own view', async () => {
    const parts = await postPlan();
    await deletedInChannel(h, parts[1]!);
    const sentBefore = h.connector.sentTo(CHANNEL.id).length;
    await changePlan(`update plan_items set wat_kan_beter = 'Weg ' || onderdeel || '.' where leerlijn_id = $1::uuid and onderdeel = any($2::text[])`, ONDERDEEL_CODES);
    await sendFromOwnView(parts[1]!, '2026-05-05');
    await sendFromOwnView(parts[1]!, '2026-05-12');
    const planPosted = h.connector.sentTo(CHANNEL.id).slice(sentBefore).filter((a) => cardText(adaptiveCardOf(a.activity) ?? {}).includes('Actie '));
    expect(planPosted).toEqual([]);
    // The card kept as it was: its first part, still standing, not redrawn alone with the last one gone.
    expect(cardText(liveCards([parts[0]!])[0]!)).not.toContain('Weg ');
  });
});
