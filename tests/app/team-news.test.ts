import { describe, expect, it } from 'vitest';
import { teamNews } from '../../src/app/team-news.js';

const m = (userId: string, isCoordinator = false) => ({ userId, isCoordinator });

describe('teamNews: whom a team change is about', () => {
  it('tells who was added, made coordinator or taken off, with their open actions', () => {
    const before = [m('anna', true), m('bram'), m('chen'), m('dewi')];
    const after = [m('anna', true), m('bram', true), m('dewi'), m('eva')];
    expect(teamNews(before, after, [{ userId: 'chen', count: 2 }], 'anna')).toEqual([
      { userId: 'bram', kind: 'coordinator', openActions: 0 },
      { userId: 'eva', kind: 'added', openActions: 0 },
      { userId: 'chen', kind: 'removed', openActions: 2 },
    ]);
  });

  it('gives someone added as coordinator the coordinator news, once', () => {
    expect(teamNews([m('anna', true)], [m('anna', true), m('eva', true)], [], 'anna')).toEqual([{ userId: 'eva', kind: 'coordinator', openActions: 0 }]);
  });

  it('tells nobody about a coordinator role taken back, a side changed, or their own change', () => {
    const before = [m('anna', true), m('bram', true)];
    expect(teamNews(before, [m('anna', true), m('bram')], [], 'anna')).toEqual([]);
    // Anna makes herself coordinator again after another coordinator took it back: her own doing.
    expect(teamNews([m('anna'), m('bram', true)], [m('anna', true), m('bram', true)], [], 'anna')).toEqual([]);
    expect(teamNews(before, [m('bram', true)], [], 'anna')).toEqual([]);
  });
});
