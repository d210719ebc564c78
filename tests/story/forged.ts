// The people and the checks of the button and form sweeps (clicks.story.test.ts,
// coordinator-forms.story.test.ts): the coordinator (anna), team members (bram, chen), and
// hamza, who is not on the team but coordinates a leerlijn of his own in another channel of the
// same workspace. Ids in buttons and forms are forgeable, so people also send controls the bot
// showed only to someone else, from the team's channel, their private chat or hamza's channel.
import { expect } from 'vitest';
import { onderdeel, SCALE, type Score } from '../../src/domain/instrument.js';
import { t, type MessageKey, type Params } from '../../src/i18n/index.js';
import type { From, ShownControl } from './drivers/driver.js';
import type { Person, Story } from './story.js';

export const SCHOOL = 'De Horizon';
export const P1 = `P1 ${onderdeel('P1').label.nl}`;
export const voteLabel = (score: Score): string => t('nl', 'card.button.vote', { score, label: SCALE[score].nl });

export interface Cast { anna: Person; bram: Person; chen: Person; hamza: Person }
export const castOf = (s: Story): Cast => ({ anna: s.coordinator('anna'), bram: s.person('bram'), chen: s.person('chen'), hamza: s.outsider() });

/**
 * A person's press (or submit) and where from, and the refusal they should see: the same on both
 * platforms, as a control acts on the leerlijn it names wherever it is sent from.
 */
export interface Refused { by: Person; from: From; says: 'not_member' | 'not_on_team' | 'not_coordinator' | 'not_owner' | 'not_invuller' | 'no_leerlijn' | 'leerlijn_elsewhere'; params?: Params }

/**
 * Sends the control as the person, from where they are, and checks they were told `says` and saw
 * no form (`formTitle`); neither channel got anything but their own answer.
 */
export async function expectRefused(s: Story, r: Refused, send: (by: Person, from: From) => Promise<void>, formTitle?: string): Promise<void> {
  s.d.newInChannel();
  const elsewhere = s.d.elsewhere();
  await send(r.by, r.from);
  await s.d.settle();
  const answer = s.d.lastAnswer(r.by);
  const where = `${s.platform}: ${r.by.key} from ${r.from}`;
  expect(answer, where).toContain(s.said(`error.${r.says}` as MessageKey, r.params));
  expect(s.otherPlatformWords(answer), where).toEqual([]);
  if (formTitle) expect(answer, `${where}: a form opened`).not.toContain(formTitle);
  const fresh = s.d.newInChannel();
  // Where answers are posts (Teams), a place gets the person's answer as everyone there sees it.
  const toAll = s.d.lastAnswerToAll(r.by);
  expect(fresh === '' || (r.from === 'channel' && toAll.includes(fresh.trim())), `${where}: the channel got ${fresh.slice(0, 300)}`).toBe(true);
  const elsewhereNow = s.d.elsewhere();
  const got = elsewhereNow.slice(elsewhere.length);
  expect(got === '' || (r.from === 'elsewhere' && toAll.includes(got.trim())), `${where}: the other channel got ${got.slice(0, 300)}`).toBe(true);
}

/** Pressing this control, as whoever and from wherever. */
export const press = (s: Story, control: ShownControl) => (by: Person, from: From): Promise<void> => s.d.pressShown(by, control, from);

/** Anna's leerlijn for De Horizon with bram and chen, and hamza's own for De Ander in another channel. */
export async function startBoth(s: Story): Promise<void> {
  const { anna, hamza } = castOf(s);
  await s.start({ by: anna, school: SCHOOL, members: s.members(3) });
  await s.d.startElsewhere(hamza, 'De Ander');
}
