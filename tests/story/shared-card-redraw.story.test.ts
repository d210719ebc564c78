// Teams: a coordinator's form in their own view of a reply everyone reads (the planning). Once
// saved, that reply shows everyone what the form changed, not what it was when it was asked for.
// (Slack answers the coordinator alone: there is no such card for the others.)
import { describe, expect } from 'vitest';
import { story, type Person } from './story.js';

describe('on teams', () => {
  story('teams', 'roles chosen in the planning: the planning card everyone reads shows them too', async (s) => {
    const anna = s.coordinator('anna');
    const [, bram, chen] = s.members(3) as [Person, Person, Person];
    await s.start({ by: anna, school: 'De Horizon', members: s.members(3) });
    await s.command(anna, 'planning');
    await s.fillRoles(anna, 'signalering', bram, chen);
    // The card 'planning' answered with, and the planning the change posted; the start's stays a post of its moment.
    expect(s.d.channel().split(`Notulist\n${s.name(bram)}`).length - 1).toBe(2);
  });
});
