// A click in the App Home or in a modal: Slack names no channel for it and sends no response_url, so
// what the bot had to say to the person who clicked (a refusal, "try again" while the database does
// not answer) went nowhere and they heard nothing. It is said in their DM with the bot now, the
// app's Messages tab, where the App Home's other answers (a status confirmed) already go.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { tError } from '../../../src/i18n/index.js';
import { databaseDown } from '../../support/outage.js';
import { useSlackLeerlijn } from './flow.js';
import { startHarness, USERS } from './harness.js';

const env = useSlackLeerlijn('De Brug');
const dmOf = (user: string): string => `D${user.slice(1)}`;

/** Everything the bot said to `user` in their DM with it from now on: messages, and ephemerals there. */
function heardInDm(user: string): () => string {
  const messages = (): unknown[] => env.h.fake.messagesIn(dmOf(user));
  const ephemerals = (): unknown[] => env.h.fake.ephemeralsTo(user).filter((e) => e.channel === dmOf(user));
  const [m, e] = [messages().length, ephemerals().length];
  return () => JSON.stringify([...messages().slice(m), ...ephemerals().slice(e)]);
}

it('a note button in the App Home for an action that is gone: "not found" in their DM', async () => {
  const person = USERS[2]!;
  const heard = heardInDm(person);
  await env.h.clickInView(person, 'action_note', randomUUID(), { id: 'V0HOMEGONE', type: 'home' });
  await env.h.settle();
  expect(heard()).toContain(tError('nl', 'not_found'));
});

it('a status click in the App Home while the database does not answer: "try again" in their DM', async () => {
  // A process that has not read this workspace yet: the click's workspace is what cannot be read.
  const fresh = await startHarness();
  try {
    const person = USERS[3]!;
    const restore = databaseDown(fresh.testDb.db);
    try {
      await fresh.clickInView(person, 'action_status_klaar', `${randomUUID()}|klaar`, { id: 'V0HOMEDOWN', type: 'home' });
      await fresh.settle();
    } finally {
      restore();
    }
    expect(JSON.stringify(fresh.fake.messagesIn(dmOf(person)))).toContain(tError('nl', 'internal'));
  } finally {
    await fresh.close();
  }
});
