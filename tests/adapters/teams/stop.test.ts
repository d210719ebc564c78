// `stop` in Teams, for a leerlijn in English: the channel is told who stopped it, by name, and the
// open round's cards no longer offer their buttons, also where Teams fetches a voter's own view. Then
// the channel has no running leerlijn to take a language or a school from, yet the stopped one's
// export offer and delete form are its own: in English, naming its school.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_TYPE } from '../../../src/adapters/teams/export.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import { cardKey, resultKey } from '../../../src/app/posted.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, closeCheckingCards, elements, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;
let leerlijnId: string;
let roundId: string;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h, { lang: 'en' });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
  leerlijnId = rows[0]!.id;
  await h.say(anna, 'scores');
  roundId = (await h.db.db.query<{ id: string }>(`select id from score_rounds`)).rows[0]!.id;
  await h.invoke(bram, 'vote', { roundId, onderdeel: 'P1', score: 3 });
  await h.flush();
});

/** The card posted under `key` (a score card, the round's result card), as the channel shows it now. */
async function posted(key: string): Promise<JsonObject> {
  const { rows } = await h.db.db.query<{ message_id: string }>(`select message_id from posted_messages where key = $1::text`, [key]);
  return adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).find((m) => m.id === rows[0]!.message_id)!.activity)!;
}

const buttons = (card: JsonObject): unknown[] => elements(card).filter((e) => e.type === 'Action.Execute');

afterAll(() => closeCheckingCards(h));

/** The cards posted in the channel from activity `from` on, as their text. */
const channelSince = (from: number): string => h.connector.activities.slice(from).filter((a) => a.conversationId === CHANNEL.id).map((a) => cardText(a.activity)).join('\n');

describe('stopping an English leerlijn in Teams', () => {
  it('tells the channel who stopped it, by their Teams name', async () => {
    const from = h.connector.activities.length;
    await h.submit(anna, { form: 'stop', leerlijnId });
    await h.flush();
    expect(channelSince(from)).toContain(`${anna.name} stopped the leerlijn`);
  });

  it('draws the open round without buttons, and a voter who looks again gets no buttons either', async () => {
    const card = await posted(cardKey(roundId, 'P1'));
    expect(buttons(card)).toEqual([]);
    expect(card.refresh).toBeUndefined();
    expect(cardText(card)).toContain(t('en', 'round.stopped'));
    const result = await posted(resultKey(roundId));
    expect(buttons(result)).toEqual([]);
    expect(cardText(result)).toContain(t('en', 'round.stopped'));
    // A screen that still holds the card from before the stop asks Teams for bram's own view.
    const own = await h.invoke(bram, 'refreshCard', { roundId, onderdeel: 'P1' });
    expect(buttons(own)).toEqual([]);
    expect(own.refresh).toBeUndefined();
    expect(cardText(own)).toContain(t('en', 'round.stopped'));
  });

  it('answers help and a word it does not know in the stopped leerlijn’s English, not the Dutch the typer uses Teams in', async () => {
    const inDutchTeams = { ...h.inChannel(bram), locale: 'nl-NL' };
    const answer = (): string => cardText(adaptiveCardOf(h.connector.messagesIn(CHANNEL.id).at(-1)!.activity));
    await h.say(bram, 'help', inDutchTeams);
    expect(answer()).toContain(forTeams(t('en', 'command.help.intro')));
    await h.say(bram, 'wafel', inDutchTeams);
    expect(answer()).toContain(forTeams(t('en', 'command.unknown', { command: '“wafel”' })));
  });

  it('offers the stopped leerlijn’s export naming its school, and opens its delete form, in English', async () => {
    await h.say(anna, 'export');
    const offer = h.connector.activities.flatMap((a) => (Array.isArray(a.activity.attachments) ? (a.activity.attachments as JsonObject[]) : [])).find((x) => x.contentType === FILE_CONSENT_TYPE);
    expect((offer?.content as { description?: string } | undefined)?.description).toBe(t('en', 'teams.exportDescription', { school: 'Het Baken' }));
    await h.say(anna, 'verwijder');
    const opened = h.connector.messagesIn(CHANNEL.id).at(-1)!;
    const form = await h.seenBy(anna, adaptiveCardOf(opened.activity)!);
    expect(cardText(form)).toContain(t('en', 'export.confirmLabel'));

    // Sent from the form its opener sees: the channel hears it in English, and the form's message says it is filled in.
    const send = elements(form).find((e) => e.type === 'Action.Execute' && e.verb === FORM_VERB) as { data: Record<string, unknown> };
    const from = h.connector.activities.length;
    const answer = await h.invoke(anna, FORM_VERB, { ...send.data, confirm: 'Het Baken' }, { ...h.inChannel(anna), replyToId: opened.id });
    expect(channelSince(from)).toContain(forTeams(t('en', 'export.deleted', { name: anna.name })));
    expect(cardText(answer)).toContain(forTeams(t('en', 'form.filledBy', { title: t('en', 'export.title'), name: anna.name })));
  });
});
