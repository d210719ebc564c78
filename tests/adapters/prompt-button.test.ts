// A coordinator's prompt offers one planning form. Whether its button stands out is the view's
// (views/notices.ts promptForm), drawn alike by both platforms: Slack used to make the roles
// prompt's button green on its own, while Teams drew every prompt's button plain.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../src/app/notices.js';
import { renderNotice } from '../../src/adapters/slack/render/reply.js';
import { noticeCard } from '../../src/adapters/teams/cards/notices.js';
import { t } from '../../src/i18n/index.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';

type Prompt = Extract<Notice, { type: 'coordinator_prompt' }>;
type Looks = { slack: 'highlighted' | 'plain'; teams: 'highlighted' | 'plain' };

/** How the prompt's one button is drawn on each platform, found by its label. */
function promptButtonLooks(n: Prompt, label: string): Looks {
  const slackButton = JSON.stringify(renderNotice(n).blocks).match(new RegExp(`"text":"${label}"[^}]*}[^}]*}`))?.[0] ?? '';
  const teamsAction = ((noticeCard(n).actions ?? []) as Array<{ title?: string; style?: string }>).find((a) => a.title === label);
  if (!slackButton || !teamsAction) throw new Error(`no button "${label}"`);
  return {
    slack: slackButton.includes('"style":"primary"') ? 'highlighted' : 'plain',
    teams: teamsAction.style === 'positive' ? 'highlighted' : 'plain',
  };
}

describe('the button of a coordinator prompt', () => {
  let f: ViewFixtures;
  const prompt = (kind: Prompt['prompt']): Prompt => f.notices.find((n): n is Prompt => n.type === 'coordinator_prompt' && n.prompt === kind)!;
  beforeAll(async () => {
    f = await buildViewFixtures('nl');
  }, 60_000);

  it('stands out on both platforms when it asks for the notulist and invuller a meeting still lacks', () => {
    expect(promptButtonLooks(prompt('assign_roles'), t('nl', 'guide.button.coordinator.assign_roles'))).toEqual({ slack: 'highlighted', teams: 'highlighted' });
  });

  it('is plain on both platforms when it only offers to move the terugkom earlier', () => {
    expect(promptButtonLooks(prompt('plan_going'), t('nl', 'reminder.button.moveTerugkom'))).toEqual({ slack: 'plain', teams: 'plain' });
  });
});
