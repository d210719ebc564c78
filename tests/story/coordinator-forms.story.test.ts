// The coordinator's own controls, pressed or sent by each kind of person, on both platforms:
// the planning's buttons and forms (move, roles, reminders), a one-click move to a working day,
// the team form and the delete and stop forms (the people and what is checked: ./forged.ts). Only the
// coordinator opens or sends them; anyone else is refused before what they typed is read, and
// the planning, the team and the leerlijn stay as they were.
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/i18n/index.js';
import type { From } from './drivers/driver.js';
import { castOf, expectRefused, press, SCHOOL, startBoth } from './forged.js';
import { PLATFORMS, sharedStory, type Person } from './story.js';

describe.each(PLATFORMS)('the coordinator’s buttons and forms by everyone, with forged ids, on %s', (platform) => {
  const story = sharedStory(platform, startBoth);

  it('the next step’s button does for whoever presses it what typing its command does', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'status');
    // The team has no sides yet: the coordinator's next step is the team, with a button.
    const label = t('nl', 'guide.button.coordinator.set_team_sides');
    for (const p of [bram, hamza]) {
      await s.d.pressShown(p, { label, shownTo: { person: anna, in: 'answer' } }, 'channel');
      const pressed = s.d.lastAnswer(p).trim();
      await s.command(p, 'team');
      expect(pressed, `${platform}: ${p.key}`).toBe(s.d.lastAnswer(p).trim());
    }
  });

  it('the planning’s buttons open the coordinator’s forms for the coordinator only', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'planning');
    // Teams shows these forms inside the planning card itself: its buttons ask nothing of the bot.
    if (s.platform === 'teams') return;
    for (const [button, inForm] of PLANNING_FORMS) {
      const open = press(s, { label: t('nl', button), shownTo: { person: anna, in: 'answer' } });
      await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, open, inForm);
      await expectRefused(s, { by: hamza, from: 'channel', says: 'not_coordinator' }, open, inForm);
      await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, open, inForm);
      await open(anna, 'channel');
      s.expectAnswered(anna, inForm);
    }
  });

  for (const [form, button, typed] of SENT_FORMS) {
    it(`the ${form} form, sent by someone else, filled in or not: refused, and the planning stays as it was`, async () => {
      const s = story();
      const { anna, bram, hamza } = castOf(s);
      await s.command(anna, 'planning');
      const before = s.d.lastAnswer(anna);
      if (s.platform === 'slack') await s.d.pressShown(anna, { label: t('nl', button), shownTo: { person: anna, in: 'answer' } }, 'channel');
      for (const values of [typed, {}]) {
        const send = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, form, from, values);
        await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, send);
        await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, send);
      }
      await s.command(anna, 'planning');
      expect(s.d.lastAnswer(anna)).toBe(before);
    });
  }

  it('the delete form, sent by someone else, with the school’s name or without: refused, and the leerlijn stays', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'verwijder');
    for (const values of [{ confirm: SCHOOL }, { confirm: 'iets anders' }]) {
      const send = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, 'delete', from, values);
      await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, send);
      await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, send);
    }
    await s.command(bram, 'status');
    s.expectAnswered(bram, t('nl', 'status.heading', { school: SCHOOL, youthOrg: 'JoU' }));
  });

  it('the stop form, sent by someone else: refused, and the leerlijn runs on', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'stop');
    const send = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, 'stop', from);
    await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, send);
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, send);
    await s.command(bram, 'status');
    s.expectAnswered(bram, t('nl', 'status.active'));
    // The first sentence of what status says of a stopped leerlijn, with or without a retention term.
    s.expectNotAnswered(bram, 'Er gaan geen herinneringen of berichten meer uit');
  });

  it('the team form: opened and saved by the coordinator only', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'team');
    const title = t('nl', 'team.title');
    if (s.platform === 'slack') {
      // Teams answers the coordinator with the form itself; Slack with a button that opens it.
      const open = press(s, { label: title, shownTo: { person: anna, in: 'answer' } });
      await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, open, t('nl', 'team.members'));
      await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, open, t('nl', 'team.members'));
      await open(anna, 'channel');
    }
    const send = (by: Person, from: From): Promise<void> => s.d.submitShown(by, anna, 'team', from);
    await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, send);
    // The form names this team's leerlijn: from hamza's own channel too.
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, send);
  });

  it('a one-click move to a working day: the coordinator’s only', async () => {
    const s = story();
    const { anna, bram, hamza } = castOf(s);
    await s.command(anna, 'planning');
    const label = 'Verplaatsen naar vr 22 mei';
    const moveTo = press(s, { label, shownTo: { person: anna, in: 'answer' } });
    await expectRefused(s, { by: bram, from: 'channel', says: 'not_coordinator' }, moveTo);
    // As `sluit` and the round's close button: a coordinator's one click, refused as such.
    await expectRefused(s, { by: hamza, from: 'elsewhere', says: 'not_coordinator' }, moveTo);
    s.expectChannelHides('vr 22 mei 2026');
    await moveTo(anna, 'channel');
    s.expectChannelShows('vr 22 mei 2026');
  });
});

/** Each planning button, and a text only its form shows. */
const PLANNING_FORMS: Array<[MessageKey, string]> = [
  ['timeline.button.move', t('nl', 'schedule.hint')], ['timeline.button.roles', t('nl', 'meeting.eindevaluatie')], ['reminders.button.open', t('nl', 'reminders.inviteDays')],
];

/** The planning's forms with what a coordinator would type in them. */
const SENT_FORMS: Array<[string, MessageKey, Record<string, string>]> = [
  ['move', 'timeline.button.move', { kind: 'actieplan', date: '2026-02-04', time: '16:00' }],
  ['roles', 'timeline.button.roles', { '0.location': 'Lokaal 12' }],
  ['reminders', 'reminders.button.open', { inviteDays: '3' }],
];
