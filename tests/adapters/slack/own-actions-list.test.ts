// "Mijn acties" in Slack: the list is the reader's own, so each action names no owner. It
// @-mentioned the reader on every line, a ping about yourself (found living the Dutch leerlijn).
// Teams' own-action card names no owner either; the team's list still says who.
import { describe, expect, it } from 'vitest';
import type { ActionView } from '../../../src/app/views.js';
import { toBlockKit } from '../../../src/adapters/slack/render/doc.js';
import { slackMarkup } from '../../../src/adapters/slack/render/markup.js';
import { ownActionsDoc } from '../../../src/views/home.js';
import { actionListDoc } from '../../../src/views/plan.js';
import { blockKitViolations } from '../../support/blockkit-limits.js';

const action: ActionView = {
  id: 'a1', leerlijnId: 'l1', onderdeel: 'P1', description: 'Overleg plannen', ownerUserId: 'U0OWNER', dueDate: '2026-03-20',
  status: 'bezig', source: 'actieplan', overdue: false, lastNote: null,
};

describe('Mijn acties in Slack', () => {
  it('mentions no one: the actions are the reader’s own', () => {
    const said = JSON.stringify(toBlockKit(ownActionsDoc(slackMarkup, 'nl', [action])));
    expect(said).toContain('Overleg plannen');
    expect(said).toContain('Bezig');
    expect(said).not.toContain('<@U0OWNER>');
  });

  it('over five leerlijnen, each named above its actions, the list still fits one message and says how many more there are', () => {
    const many = Array.from({ length: 30 }, (_, i): ActionView => ({
      ...action, id: `a${i}`, leerlijnId: `l${i % 5}`, description: `Actie ${i}`, leerlijnName: { schoolName: `School ${i % 5}`, youthOrgName: 'JoU' },
    }));
    const blocks = toBlockKit(ownActionsDoc(slackMarkup, 'nl', many));
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    const said = JSON.stringify(blocks);
    const listed = many.filter((a) => said.includes(`${a.description} `)).length;
    expect(said).toContain(`En nog ${30 - listed} acties`);
  });

  it('the team’s list still says whose each action is', () => {
    expect(JSON.stringify(toBlockKit(actionListDoc(slackMarkup, 'nl', [action])))).toContain('<@U0OWNER>');
  });
});
