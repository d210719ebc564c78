// Slack's side of replacing an outdated result document (app/step-documents.ts): every file of the posted message is
// deleted; one already gone (deleted in the channel, or by an earlier try) counts as deleted, and a refused one does not
// keep the others from going: the refusal is thrown after, for the app to log.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { deleteFiles, uploadFiles } from '../../../src/adapters/slack/documents.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';

const TOKEN = 'xoxb-test-token';
let fake: FakeSlack;
let client: WebClient;

beforeEach(async () => {
  fake = await startFakeSlack({ tokens: [TOKEN], members: { C0TEAM: ['U1'] }, users: [] });
  client = new WebClient(TOKEN, { slackApiUrl: fake.url, retryConfig: { retries: 0 } });
});
afterEach(() => fake.close());

const files = [{ name: 'grafiek.png', bytes: Buffer.from('png'), contentType: 'image/png' }, { name: 'instrument.pdf', bytes: Buffer.from('pdf'), contentType: 'application/pdf' }];
const left = (): string[] => fake.uploads().filter((u) => !u.deleted).map((u) => u.filename);

it('deletes the PDF too when the chart was deleted in the channel already', async () => {
  const ids = await uploadFiles(client, 'C0TEAM', 'Het ingevulde instrument', files);
  await client.files.delete({ file: ids.split(' ')[0]! });
  await deleteFiles(client)({ channelId: 'C0TEAM', messageId: ids });
  expect(left()).toEqual([]);
});

it('deletes the PDF when the chart is refused, then throws the refusal', async () => {
  const ids = await uploadFiles(client, 'C0TEAM', 'Het ingevulde instrument', files);
  fake.failNext('files.delete', { error: 'cant_delete_file' });
  await expect(deleteFiles(client)({ channelId: 'C0TEAM', messageId: ids })).rejects.toThrow('cant_delete_file');
  expect(left()).toEqual(['grafiek.png']);
});
