import { describe, expect, it } from 'vitest';
import { teamNews } from '../../src/app/team-news.js';

const m = (userId: string, isCoordinator = false, isMember = true) => ({ userId, isCoordinator, isMember });

describe('teamNews: whom a team change is about', () => {
  it('tells who was added, made coordinator or taken off, with their open actions', () => {
    const before = [m('anna', true), m('bram'), m('chen'), m('dewi')];
    const after = [m('anna', true), m('bram', true), m('dewi'), m('eva')];
    expect(teamNews(before, after, [{ userId: 'chen', count: 2 }], 'anna')).toEqual([
      { userId: 'bram', kind: 'coordinator', openActions: 0 },
      { userId: 'eva', kind: 'added', openActions: 0 },
      { userId: 'chen', kind: 'removed', openActions: 2, wasVoting: true, wasCoordinator: false },
    ]);
  });

  // Taken off earlier with open actions, added again: they heard the reminders stop, now they come again.
  it('tells someone added back how many open actions are still theirs; a count for someone who stays is not news', () => {
    const counts = [{ userId: 'bram', count: 1 }, { userId: 'chen', count: 3 }];
    expect(teamNews([m('anna', true), m('chen')], [m('anna', true), m('bram'), m('chen')], counts, 'anna')).toEqual([
      { userId: 'bram', kind: 'added', openActions: 1 },
    ]);
  });

  it('gives someone added as coordinator the coordinator news, once', () => {
    expect(teamNews([m('anna', true)], [m('anna', true), m('eva', true)], [], 'anna')).toEqual([{ userId: 'eva', kind: 'coordinator', openActions: 0 }]);
  });

  // A round open as they join: whoever is added and votes can vote in it now, a coordinator who votes too; one who only coordinates cannot.
  it('tells whoever is added and votes that a round is open, coordinator or not', () => {
    const after = [m('anna', true), m('bram'), m('eva', true), m('gijs', true, false)];
    expect(teamNews([m('anna', true)], after, [], 'anna', true)).toEqual([
      { userId: 'bram', kind: 'added', openActions: 0, roundOpen: true },
      { userId: 'eva', kind: 'coordinator', openActions: 0, roundOpen: true },
      { userId: 'gijs', kind: 'coordinator', openActions: 0 },
    ]);
  });

  it('tells a coordinator who stays on the team that they no longer are one', () => {
    const before = [m('anna', true), m('bram', true)];
    expect(teamNews(before, [m('anna', true), m('bram')], [], 'anna')).toEqual([{ userId: 'bram', kind: 'no_longer_coordinator', openActions: 0 }]);
  });

  // Coordinators vote like anyone on the team (isMember), unless set to only coordinate: the news
  // says "no longer votes" only to someone who did, and tells a coordinator they no longer are one.
  it('says what someone taken off stops doing: voting, coordinating', () => {
    const before = [m('anna', true), m('bram', true), m('chen', true, false), m('dewi')];
    expect(teamNews(before, [m('anna', true)], [], 'anna')).toEqual([
      { userId: 'bram', kind: 'removed', openActions: 0, wasVoting: true, wasCoordinator: true },
      { userId: 'chen', kind: 'removed', openActions: 0, wasVoting: false, wasCoordinator: true },
      { userId: 'dewi', kind: 'removed', openActions: 0, wasVoting: true, wasCoordinator: false },
    ]);
  });

  it('tells nobody about a side changed, or their own change', () => {
    const before = [m('anna', true), m('bram', true)];
    // Anna makes herself coordinator again after another coordinator took it back: her own doing.
    expect(teamNews([m('anna'), m('bram', true)], [m('anna', true), m('bram', true)], [], 'anna')).toEqual([]);
    expect(teamNews(before, [m('bram', true)], [], 'anna')).toEqual([]);
  });
});
