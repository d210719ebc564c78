// A flow's Surface where every method not given fails the test, so a method added to Surface is added here once.
import type { Surface } from '../../src/app/flows/surface.js';

/** A surface method the test did not expect the flow to call: it rejects, naming itself. */
export const unexpected = (name: string) => async (): Promise<never> => {
  throw new Error(`unexpected ${name}`);
};

export function surfaceFake(overrides: Partial<Surface> = {}): Surface {
  const fake: Surface = {
    reply: unexpected('reply'),
    post: unexpected('post'),
    openForm: unexpected('openForm'),
    postRound: unexpected('postRound'),
    roundClosed: unexpected('roundClosed'),
    publishOutcome: unexpected('publishOutcome'),
    recount: unexpected('recount'),
    notify: unexpected('notify'),
    messenger: { platform: 'slack', toChannel: unexpected('messenger.toChannel'), toUser: unexpected('messenger.toUser') },
    sendPrivateFile: unexpected('sendPrivateFile'),
    people: unexpected('people'),
  };
  return { ...fake, ...overrides };
}
