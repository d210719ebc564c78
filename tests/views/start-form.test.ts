// Everyone a start form names (src/views/start-form.ts peopleSent): the start reads its team from
// it, and Teams offers them again when a refused form is shown without the roster.
import { describe, expect, it } from 'vitest';
import { peopleSent, startPeople, startPeopleAgain } from '../../src/views/start-form.js';

describe('peopleSent', () => {
  it('both sides, the coordinators and the managers, each once', () => {
    expect(peopleSent({ school: 'a', jongerenwerk: 'b', coordinators: 'a,c', managers: 'd,b' })).toEqual(['a', 'b', 'c', 'd']);
    expect(peopleSent({})).toEqual([]);
  });
});

describe('startPeople', () => {
  const p = (userId: string) => ({ userId });
  it('is the place’s people without the bot, at most 100, the starter among them', () => {
    const many = Array.from({ length: 150 }, (_, i) => p(`U${i}`));
    const offered = startPeople([p('BOT'), ...many, p('ME')], 'BOT', p('ME'));
    expect(offered).toHaveLength(100);
    expect(offered.map((o) => o.userId)).not.toContain('BOT');
    expect(offered[0]).toEqual(p('ME'));
    expect(startPeople([p('ME'), p('U1')], 'BOT', p('ME'))).toEqual([p('ME'), p('U1')]);
  });

  it('is the starter alone where the place’s people could not be read', () => {
    expect(startPeople(null, 'BOT', p('ME'))).toEqual([p('ME')]);
  });
});

describe('startPeopleAgain', () => {
  const p = (userId: string) => ({ userId });
  it('offers what the first showing offered, and keeps anyone picked who is no longer among them', () => {
    const many = Array.from({ length: 150 }, (_, i) => p(`U${i}`));
    expect(startPeopleAgain([p('BOT'), ...many], 'BOT', p('ME'), [p('U1')])).toEqual(startPeople([p('BOT'), ...many], 'BOT', p('ME')));
    const again = startPeopleAgain(many, 'BOT', p('ME'), [p('U1'), p('U140')]);
    expect(again).toHaveLength(101);
    expect(again.at(-1)).toEqual(p('U140'));
  });

  it('is the starter and who was picked where the place’s people could not be read', () => {
    expect(startPeopleAgain(null, 'BOT', p('ME'), [p('U1'), p('ME')])).toEqual([p('ME'), p('U1')]);
  });
});
