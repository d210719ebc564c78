// `stop` in Teams, for a leerlijn in English: the channel is told who stopped it, by name. Then
// the channel has no running leerlijn to take a language or a school from, yet the stopped one's
// export offer and delete form are its own: in English, naming its school.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_TYPE } from '../../../src/adapters/teams/export.js';
import { forTeams } from '../../../src/adapters/teams/cards/common.js';
import { t } from '../../../src/i18n/index.js';
import { adaptiveCardOf, type JsonObject } from '../../fakes/bot-connector.js';
import { FORM_VERB } from '../../../src/adapters/teams/reply.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, closeCheckingCards, elements, startHarness, startHetBaken, type Harness } from './harness.js';

const [anna] = PEOPLE as [TeamsUser];
let h: Harness;
let leerlijnId: string;

beforeAll(async () => {
  h = await startHarness();
  await startHetBaken(h, { lang: 'en' });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
  leerlijnId = rows[0]!.id;
});

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
