// A form sent in a Teams group chat (a leerlijn's place, as a channel is): its refusals that speak
// of the place speak of "this chat", as a typed command's do (run.ts speakingOfChat).
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/app/errors.js';
import { submitted } from '../../../src/app/flows/forms.js';
import type { ErrorView, FormSurface, Place } from '../../../src/app/flows/surface.js';
import { surfaceFake } from '../../support/surface-fake.js';

const CHANNEL: Place = { channelId: 'C_TEAM', personal: false, repliesSeenByAll: false };
const GROUP_CHAT: Place = { ...CHANNEL, channelId: '19:group-chat@thread.v2', groupChat: { botAdded: true } };

/** The refusal a form sent from this place shows when its use case refuses with this code. */
async function refusedIn(place: Place, code: 'leerlijn_exists' | 'no_leerlijn'): Promise<ErrorView[]> {
  const refused: ErrorView[] = [];
  const surface: FormSurface = { ...surfaceFake({ post: async () => undefined, people: async () => [] }), formAccepted: async () => undefined, formRefused: async (view) => void refused.push(view) };
  await submitted({ log: pino({ level: 'silent' }), surface, place }, 'start_form', () => Promise.reject(new AppError(code)));
  return refused;
}

describe('a form’s refusal in a group chat', () => {
  it('speaks of the chat there, of the channel in a channel', async () => {
    for (const code of ['leerlijn_exists', 'no_leerlijn'] as const) {
      expect(await refusedIn(GROUP_CHAT, code), code).toEqual([expect.objectContaining({ code, inChat: true })]);
      expect(await refusedIn(CHANNEL, code), code).toEqual([expect.not.objectContaining({ inChat: true })]);
    }
  });
});
