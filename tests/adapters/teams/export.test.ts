// `export` in Teams: a file consent card in the coordinator's personal chat; on accept the
// export JSON is uploaded to the url Teams gives and a file card follows.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_CONSENT_TYPE, FILE_INFO_TYPE } from '../../../src/adapters/teams/export.js';
import type { JsonObject, RecordedActivity } from '../../fakes/bot-connector.js';
import { fileConsentInvoke, postActivity, type ActivityBase, type TeamsUser } from '../../fakes/teams-activities.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, PEOPLE, cardText, elements, lastAnswerIn, startHarness, textAfter, type Harness, closeCheckingCards } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
let h: Harness;
let leerlijnId: string;

beforeAll(async () => {
  h = await startHarness();
  await h.submit(anna, {
    form: 'start', schoolName: 'Het Baken', youthOrgName: 'JoU', kind: 'nieuw', startDate: '2026-02-02', startTime: '15:30',
    school: anna.aadObjectId, jongerenwerk: bram.aadObjectId, coordinators: anna.aadObjectId, draagvlak: 'true', financiering: 'true', facilitering: 'true',
  });
  const { rows } = await h.db.db.query<{ id: string }>(`select id from leerlijnen where channel_id = $1::text`, [CHANNEL.id]);
  leerlijnId = rows[0]!.id;
});

afterAll(() => closeCheckingCards(h));

function attachmentsOf(a: RecordedActivity): JsonObject[] {
  return Array.isArray(a.activity.attachments) ? (a.activity.attachments as JsonObject[]) : [];
}

function withType(type: string): Array<{ conversationId: string; attachment: JsonObject }> {
  return h.connector.activities.flatMap((a) => attachmentsOf(a).filter((x) => x.contentType === type).map((attachment) => ({ conversationId: a.conversationId, attachment })));
}

/** Anna's 1:1 chat as the bot created it, addressed the way Teams sends activities from it. */
function annaChat(user: TeamsUser = anna): ActivityBase {
  const chat = h.connector.createdConversations.find((c) => JSON.stringify(c.request.members).includes(anna.id));
  if (!chat) throw new Error('no personal chat with anna');
  return { ...h.inPersonal(user), conversation: { id: chat.id, conversationType: 'personal', tenantId: CHANNEL.tenantId } };
}

/** Teams opens an upload session for each accept: a fresh upload url unless one is given. */
let sessions = 0;
async function answer(user: TeamsUser, action: 'accept' | 'decline', consent: JsonObject, uploadUrl = h.connector.uploadUrl(`${++sessions}-${String(consent.name)}`)) {
  const content = consent.content as { acceptContext: unknown; declineContext: unknown };
  const uploadInfo = { uploadUrl, contentUrl: 'https://contoso.sharepoint.com/personal/anna/export.json', name: String(consent.name), uniqueId: 'file-1', fileType: 'json' };
  const activity = fileConsentInvoke({ ...annaChat(user), action, context: action === 'accept' ? content.acceptContext : content.declineContext, uploadInfo });
  return postActivity(h.url, activity);
}

describe('export as a file in Teams', () => {
  it('refuses a non-coordinator with a card and offers no file', async () => {
    await h.say(bram, 'export');
    expect(cardText(h.connector.lastCardIn(CHANNEL.id))).toContain('Dit mag alleen de coördinator');
    expect(withType(FILE_CONSENT_TYPE)).toEqual([]);
  });

  it('offers the coordinator the file in a personal chat, with name, size and what to upload', async () => {
    await h.say(anna, 'export');
    expect(cardText(h.connector.lastCardIn(CHANNEL.id))).toContain('persoonlijke chat');
    const offers = withType(FILE_CONSENT_TYPE);
    expect(offers).toHaveLength(1);
    const { conversationId, attachment } = offers[0]!;
    expect(conversationId).toBe(annaChat().conversation.id);
    expect(attachment.name).toMatch(/^leerlijn-het-baken-\d{4}-\d{2}-\d{2}-.+\.zip$/);
    const content = attachment.content as { sizeInBytes: number; description: string; acceptContext: unknown };
    expect(content.sizeInBytes).toBeGreaterThan(100);
    expect(content.description).toContain('Het Baken');
    expect(content.acceptContext).toEqual({ leerlijnId });
    // What Teams' feed and a phone's notification say of it, rather than "Card".
    const offer = h.connector.activities.find((a) => attachmentsOf(a).some((x) => x.contentType === FILE_CONSENT_TYPE));
    expect(offer?.activity.summary).toBe(content.description);
  });

  it('on decline uploads nothing and says the file was not sent', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    const result = await answer(anna, 'decline', consent);
    expect(result.status).toBe(200);
    expect(h.connector.uploads).toEqual([]);
    expect(cardText(h.connector.lastCardIn(annaChat().conversation.id))).toContain('De export is niet verstuurd');
  });

  it('takes the data again on accept: someone else answering the card gets a refusal and nothing is uploaded', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    const result = await answer(bram, 'accept', consent);
    expect(result.status).toBe(200);
    expect(h.connector.uploads).toEqual([]);
    expect(cardText(h.connector.lastCardIn(annaChat().conversation.id))).toContain('Dit mag alleen de coördinator');
  });

  it('never uploads to a url outside this machine while auth is off', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    await answer(anna, 'accept', consent, 'https://attacker.example/upload');
    expect(h.connector.uploads).toEqual([]);
    expect(cardText(h.connector.lastCardIn(annaChat().conversation.id))).toContain('kon niet worden geüpload');
  });

  it('answers a consent reply that is not one (no action, a made-up leerlijn id) with a card, and uploads nothing', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    const uploadInfo = { uploadUrl: h.connector.uploadUrl(String(consent.name)), contentUrl: 'https://contoso.sharepoint.com/x.json', name: 'x.json', uniqueId: 'file-1', fileType: 'json' };
    for (const value of [{ context: { leerlijnId }, uploadInfo }, { action: 'accept', context: { leerlijnId: 'not-a-uuid' }, uploadInfo }]) {
      const activity = { ...fileConsentInvoke({ ...annaChat(), action: 'accept', context: {}, uploadInfo }), value };
      const result = await postActivity(h.url, activity);
      expect(result.status).toBe(200);
      expect(h.connector.uploads).toEqual([]);
      expect(cardText(h.connector.lastCardIn(annaChat().conversation.id))).toContain('kon niet worden geüpload');
    }
  });

  it('on accept uploads the export ZIP of this leerlijn in one ranged PUT and shows the file card', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    const result = await answer(anna, 'accept', consent);
    expect(result.status).toBe(200);
    expect(h.connector.uploads).toHaveLength(1);
    const upload = h.connector.uploads[0]!;
    expect(upload.contentRange).toBe(`bytes 0-${upload.body.length - 1}/${upload.body.length}`);
    const entries = unzipSync(new Uint8Array(upload.body));
    const json = Object.keys(entries).find((n) => n.endsWith('.json'))!;
    const data = JSON.parse(Buffer.from(entries[json]!).toString('utf8')) as { formatVersion: number; leerlijn: { id: string; school_name?: string }; members: unknown[] };
    expect(data.formatVersion).toBe(2);
    expect(data.leerlijn.id).toBe(leerlijnId);
    expect(data.members).toHaveLength(2);
    const chat = h.connector.sentTo(annaChat().conversation.id);
    const info = attachmentsOf(chat.at(-1)!)[0]!;
    expect(info.contentType).toBe(FILE_INFO_TYPE);
    expect(chat.at(-1)!.activity.summary).toBe(consent.name);
    expect(info).toMatchObject({ contentUrl: 'https://contoso.sharepoint.com/personal/anna/export.json', name: consent.name, content: { uniqueId: 'file-1', fileType: 'json' } });
  });

  it('says in the channel, in the leerlijn’s words and tone, whether the offer reached the personal chat', async () => {
    const said = () => elements(h.connector.lastCardIn(CHANNEL.id)!).filter((e) => e.type === 'TextBlock').map((e) => [e.text, e.color]);
    await h.say(anna, 'export');
    expect(said()).toEqual([[t('nl', 'teams.exportInChat'), 'Good']]);
    const offers = withType(FILE_CONSENT_TYPE).length;
    // Refused in the chat as it is, and again in the one the bot then opens afresh.
    h.connector.failNext(new RegExp(`/v3/conversations/${annaChat().conversation.id}/activities(/[^/]+)?$`), { status: 403, times: 2 });
    await h.say(anna, 'export');
    expect(said()).toEqual([[t('nl', 'teams.exportNoChat'), 'Attention']]);
    expect(withType(FILE_CONSENT_TYPE)).toHaveLength(offers);
  });

  it('answers a wrong school name with the delete form again, the reason beside the name, and deletes nothing', async () => {
    await h.submit(anna, { form: 'delete', confirm: 'Het Bakken' });
    const form = lastAnswerIn(h.connector, CHANNEL.id);
    expect(elements(form).some((e) => e.type === 'Input.Text' && e.id === 'confirm')).toBe(true);
    expect(textAfter(form, 'confirm')).toBe(t('nl', 'field.confirm_mismatch'));
    const { rows } = await h.db.db.query(`select id from leerlijnen where id = $1::uuid`, [leerlijnId]);
    expect(rows).toHaveLength(1);
  });

  it('says the leerlijn is gone when an old consent card is accepted after the leerlijn was deleted', async () => {
    const consent = withType(FILE_CONSENT_TYPE)[0]!.attachment;
    await h.submit(anna, { form: 'delete', confirm: 'Het Baken' });
    const uploads = h.connector.uploads.length;
    const result = await answer(anna, 'accept', consent);
    expect(result.status).toBe(200);
    expect(h.connector.uploads).toHaveLength(uploads);
    const said = cardText(h.connector.lastCardIn(annaChat().conversation.id));
    expect(said).toContain('bestaat niet meer');
    expect(said).not.toContain('In dit kanaal');
  });
});
