// Everyone a start form names (src/views/start-form.ts peopleSent): the start reads its team from
// it, and Teams offers them again when a refused form is shown without the roster.
import { describe, expect, it } from 'vitest';
import { peopleSent } from '../../src/views/start-form.js';

describe('peopleSent', () => {
  it('Slack: the members and the coordinators, each once', () => {
    expect(peopleSent({ members: 'U1, U2', coordinators: 'U2,U3' }, { sides: false, members: [] })).toEqual(['U1', 'U2', 'U3']);
  });

  it('Teams: both sides, the coordinators and the managers, each once', () => {
    expect(peopleSent({ school: 'a', jongerenwerk: 'b', coordinators: 'a,c', managers: 'd,b' }, { sides: true })).toEqual(['a', 'b', 'c', 'd']);
    expect(peopleSent({}, { sides: true })).toEqual([]);
  });
});
