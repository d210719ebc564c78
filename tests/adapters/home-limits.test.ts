// Limits of views written once. A person's home with many actions in several leerlijnen: Slack's App Home holds 100 blocks,
// so the home shows a budget of actions with their buttons and says how many it leaves out,
// on both platforms, and never ends on an action cut from its buttons or without its privacy promise.
import { beforeAll, describe, expect, it } from 'vitest';
import { errorTextOf, renderHome, renderReply } from '../../src/adapters/slack/render/reply.js';
import { teamsMarkup, toAdaptiveCard } from '../../src/adapters/teams/cards/doc.js';
import { homeDoc } from '../../src/views/home.js';
import type { HomeView } from '../../src/app/views.js';
import { countText } from '../../src/i18n/counts.js';
import { t } from '../../src/i18n/index.js';
import { forTeams } from '../../src/adapters/teams/cards/common.js';
import { blockKitViolations } from '../support/blockkit-limits.js';
import { adaptiveCardProblems } from '../support/adaptive-cards.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

let f: ViewFixtures;
beforeAll(async () => {
  f = await buildViewFixtures('nl');
}, 120_000);

/** `perLeerlijn[i]` open actions in leerlijn i, each with its own description. */
function homeWith(perLeerlijn: readonly number[]): HomeView {
  const item = f.home.leerlijnen[0]!;
  const action = f.ownerActions[0]!;
  return {
    ...f.home,
    leerlijnen: perLeerlijn.map((n, i) => ({
      ...item,
      leerlijn: { ...item.leerlijn, id: `${item.leerlijn.id.slice(0, -1)}${i}` },
      myActions: Array.from({ length: n }, (_, j) => ({ ...action, id: `${action.id.slice(0, -4)}${String(i * 100 + j).padStart(4, '0')}`, description: `Actie ${i}.${j}` })),
    })),
  };
}

const more = (n: number): string => t('nl', 'action.more', { actions: countText('nl', 'actie', n) });

describe('the home with many actions', () => {
  it('Slack: three leerlijnen of 16 actions fit the App Home, the rest named, the privacy promise last', () => {
    const home = renderHome(homeWith([16, 16, 16]));
    expect(blockKitViolations(home, 'home')).toEqual([]);
    const text = JSON.stringify(home.blocks);
    expect(text).toContain('Actie 1.15');
    expect(text).toContain('Actie 2.7');
    expect(text).not.toContain('Actie 2.8'); // 40 shown in all
    expect(text).toContain(more(8));
    expect(JSON.stringify(home.blocks.at(-1))).toContain(t('nl', 'privacy.notice').slice(0, 40));
    // Every action shown has its status buttons under it.
    expect((text.match(/action_status_klaar/g) ?? []).length).toBe(40);
  });

  it('Teams: the same actions shown, the same count left out', () => {
    const card = toAdaptiveCard(homeDoc(teamsMarkup([]), homeWith([16, 16, 16])));
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Actie 2.7');
    expect(text).not.toContain('Actie 2.8');
    expect(text).toContain(JSON.stringify(forTeams(more(8))).slice(1, -1));
  });

  it('Slack: actions kept from teams they left share the budget; six leerlijnen and those still fit, the privacy promise last', () => {
    const base = homeWith([6, 6, 6, 6, 6, 5]);
    const action = f.ownerActions[0]!;
    const keptActions = Array.from({ length: 9 }, (_, j) => ({
      ...action, id: `${action.id.slice(0, -4)}${String(900 + j).padStart(4, '0')}`, leerlijnId: `left-${j % 3}`, description: `Behouden ${j}`,
      leerlijnName: { schoolName: `School ${j % 3}`, youthOrgName: 'JoU' },
    })).sort((a, b) => a.leerlijnId.localeCompare(b.leerlijnId));
    const home = renderHome({ ...base, keptActions });
    expect(blockKitViolations(home, 'home')).toEqual([]);
    expect(JSON.stringify(home.blocks)).toContain(t('nl', 'owners.stillYours').slice(0, 30));
    expect(JSON.stringify(home.blocks.at(-1))).toContain(t('nl', 'privacy.notice').slice(0, 40));
  });

  it('one leerlijn of 30 actions shows them all', () => {
    const text = JSON.stringify(renderHome(homeWith([30])).blocks);
    expect(text).toContain('Actie 0.29');
    expect(text).not.toContain(more(1).split(' ').slice(0, 2).join(' '));
  });
});

describe('a refusal that names people', () => {
  it('keeps names inert in Slack mrkdwn, and as typed in a form error (plain text)', () => {
    const refusal = { type: 'error' as const, code: 'invalid_input' as const, fields: [{ field: 'members', message: 'side_everyone', params: { names: 'Kim <!channel>' } }] };
    const reply = JSON.stringify(renderReply('nl', refusal).blocks);
    expect(reply).toContain('Kim &lt;!channel&gt;');
    expect(reply).not.toContain('<!channel>');
    expect(errorTextOf('nl', refusal)).toContain('Kim <!channel>'); // a modal's error is plain text: shown as typed
  });
});
