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

  // Teams leaves out an entity's text for a name with '&' (botbuilder-js #2083): put last, the
  // person typed first would get the actions of the person typed second.
  it('place a mention without its text by its name, escaped as the text has it', () => {
    const activity = {
      text: '<at>Leerlijn</at> acties overdragen <at>Tom &amp; Jerry</at> <at>Chen Test</at>',
      entities: [mention('28:bot', 'Leerlijn'), mention('29:chen', 'Chen Test'), { type: 'mention', mentioned: { id: '29:tom', name: 'Tom & Jerry' } }],
    } as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(activity).map((m) => m.id)).toEqual(['28:bot', '29:tom', '29:chen']);
  });

  // Teams may send one person whose name has a space as two tags side by side, each an entity
  // with the same id (botbuilder-js #4379): one person named, not two.
  it('read one person split into side-by-side tags as one', () => {
    const activity = {
      text: '<at>Leerlijn</at> acties overdragen <at>Bram</at> <at>Test</at> <at>Chen Test</at>',
      entities: [mention('28:bot', 'Leerlijn'), mention('29:bram', 'Bram'), mention('29:bram', 'Test'), mention('29:chen', 'Chen Test')],
    } as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(activity).map((m) => m.id)).toEqual(['28:bot', '29:bram', '29:chen']);
    const typedTwice = { text: '<at>Chen</at> <at>Chen</at>', entities: [mention('29:chen', 'Chen'), mention('29:chen', 'Chen')] } as Pick<Activity, 'text' | 'entities'>;
    expect(mentionsIn(typedTwice).map((m) => m.id)).toEqual(['29:chen', '29:chen']);
  });
});
