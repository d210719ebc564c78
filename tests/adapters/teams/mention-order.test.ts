// `acties overdragen @van @naar` reads who is who from the order the names were typed. Teams sends
// the mentions as entities, and nothing in its documentation promises their order: the bot reads
// them in the order their `<at>` tags stand in the text.
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { mentionsIn } from '../../../src/adapters/teams/turn.js';

const mention = (id: string, name: string) => ({ type: 'mention', text: `<at>${name}</at>`, mentioned: { id, name } });

describe('the people a Teams message names', () => {
  it('come in the order they were typed, whatever the order of the entities', () => {
    const activity = {
      text: '<at>Leerlijn</at> acties overdragen <at>Bram Test</at> <at>Chen Test</at>',
      entities: [mention('28:bot', 'Leerlijn'), mention('29:chen', 'Chen Test'), { type: 'clientInfo' }, mention('29:bram', 'Bram Test')],
    } as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(activity).map((m) => m.id)).toEqual(['28:bot', '29:bram', '29:chen']);
  });

  it('keep the entities’ order where the text does not say (no text, or the same tag twice)', () => {
    const twice = { text: '<at>Sam</at> en <at>Sam</at>', entities: [mention('29:b', 'Sam'), mention('29:a', 'Sam')] } as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(twice).map((m) => m.id)).toEqual(['29:b', '29:a']);
    const untyped = { entities: [mention('29:b', 'B'), mention('29:a', 'A')] } as unknown as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(untyped).map((m) => m.id)).toEqual(['29:b', '29:a']);
  });
});
