// Slack's start modal says what Teams' start card says: the kinds of collaboration with their
// whole explanation (an option's text holds 75 characters, so the explanation is the option's
// description), what the region is for, and the privacy promise on top.
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { toModal } from '../../../src/adapters/slack/render/form.js';
import { slackMarkup } from '../../../src/adapters/slack/render/markup.js';
import { startBlock } from '../../../src/adapters/slack/start.js';
import { startFormCard } from '../../../src/adapters/teams/cards/form.js';
import type { Lang } from '../../../src/domain/instrument.js';
import { t } from '../../../src/i18n/index.js';
import { startForm } from '../../../src/views/start-form.js';
import { blockKitViolations } from '../../support/blockkit-limits.js';

const langs: Lang[] = ['nl', 'en'];
const modalIn = (lang: Lang) => toModal(startForm(slackMarkup, lang, { card: false }, 'U1'), { channelId: 'C1', lang }, startBlock);
const inputIn = (lang: Lang, blockId: string) => modalIn(lang).blocks.find((b): b is types.InputBlock => b.type === 'input' && b.block_id === blockId);

describe.each(langs)('Slack’s start modal in %s', (lang) => {
  it('is within Block Kit’s limits', () => {
    expect(blockKitViolations(modalIn(lang), 'modal')).toEqual([]);
  });

  it('names each kind of collaboration and shows its explanation whole, not cut mid-word', () => {
    const element = inputIn(lang, 'kind')?.element as types.RadioButtons;
    const shown = element.options.map((o) => [o.text.text, o.description?.text]);
    expect(shown).toEqual([
      [t(lang, 'kind.bestaand'), t(lang, 'kind.help.bestaand')],
      [t(lang, 'kind.nieuw'), t(lang, 'kind.help.nieuw')],
    ]);
  });
});

describe.each(langs)('Slack’s start modal in %s, as Teams’ card', (lang) => {
  it('says under the region what it is for, and what happens without one', () => {
    expect(inputIn(lang, 'region')?.hint?.text).toBe(t(lang, 'start.regionHint'));
  });

  it('opens with the privacy promise: the starter reads it before naming anyone', () => {
    const first = modalIn(lang).blocks[0];
    expect(first?.type).toBe('context');
    expect(JSON.stringify(first)).toContain(JSON.stringify(t(lang, 'privacy.notice')).slice(1, 60));
  });
});

describe.each(langs)('Teams’ start card in %s', (lang) => {
  it('still names each kind of collaboration with its explanation: a choice has only its title', () => {
    const card = JSON.stringify(startFormCard(lang, [{ userId: 'u1', displayName: 'Alex' }]));
    expect(card).toContain(JSON.stringify(`${t(lang, 'kind.bestaand')}: ${t(lang, 'kind.help.bestaand')}`));
    expect(card).toContain(JSON.stringify(`${t(lang, 'kind.nieuw')}: ${t(lang, 'kind.help.nieuw')}`));
  });
});

// Someone put only under Manager was refused ('Choose for everyone you name whether they are from the
// school or from youth work'): the field itself says a manager is named under a side too.
describe.each(langs)('the start form’s Manager field in %s', (lang) => {
  const saysSideToo = (hint: string | undefined) => {
    expect(hint).toContain(t(lang, 'side.school'));
    expect(hint).toContain(t(lang, 'side.jongerenwerk'));
  };

  it('says in Slack that a manager is also put under School or Youth work', () => {
    saysSideToo(inputIn(lang, 'managers')?.hint?.text);
  });

  it('says it on Teams’ card too', () => {
    const card = JSON.stringify(startFormCard(lang, [{ userId: 'u1', displayName: 'Alex' }]));
    expect(card).toContain(JSON.stringify(t(lang, 'start.managersHint')));
    saysSideToo(t(lang, 'start.managersHint'));
  });
});
