// A refusal said where the bot answers a click (Slack: an ephemeral's mrkdwn; Teams: a card's
// Markdown) may carry what people typed or are called: the coordinator's display name ("Dat is …")
// and the leerlijn's school and youth organisation. It shows as typed: a name `<!channel>` pings
// nobody and links nowhere; on Teams a school `*Horizon* [klik](http://evil)` is neither bold nor a link.
import { describe, expect, it } from 'vitest';
import { errorText, type SlackCtx } from '../../src/adapters/slack/context.js';
import { errorCard } from '../../src/adapters/teams/cards/common.js';
import { AppError } from '../../src/app/errors.js';
import { t, tError } from '../../src/i18n/index.js';

const NAME = '<!channel> <@U999> <http://evil|klik> *Dewi*';
const SCHOOL = '*Horizon* [klik](http://evil)';
const ORG = '_JoU_ # 1. ~x~ `y` & <b>';
const notCoordinator = (): AppError => new AppError('not_coordinator', { coordinators: NAME }, { lang: 'nl' });
const notActive = (): AppError => new AppError('leerlijn_not_active', { leerlijn: `${SCHOOL} · ${ORG}` }, { lang: 'nl' });
const silent = { log: { error: () => undefined, warn: () => undefined } } as unknown as SlackCtx;

/** What a Teams card's TextBlocks say, as the person reads them (escapes are not shown). */
const cardText = (card: unknown): string => JSON.stringify(card);

describe('Slack: a refusal beside a click shows names and schools as typed', () => {
  it('a coordinator called <!channel> pings nobody and links nowhere', () => {
    const said = errorText(silent, 'nl', notCoordinator(), 'test');
    expect(said).not.toMatch(/<!channel>|<@U999>|<http/);
    expect(said).toContain('&lt;!channel&gt; &lt;@U999&gt; &lt;http://evil|klik&gt;');
    expect(said.startsWith(tError('nl', 'not_coordinator'))).toBe(true);
  });

  it('a school with a tag in its name shows it as typed', () => {
    const said = errorText(silent, 'nl', notActive(), 'test');
    expect(said).not.toContain('<b>');
    expect(said).toContain('&lt;b&gt;');
  });
});

describe('Teams: a refusal card shows names and schools as typed', () => {
  it('a coordinator name with stars and links is no markup', () => {
    const said = cardText(errorCard('nl', notCoordinator()));
    expect(said).toContain(t('nl', 'refusal.coordinatorIs', { coordinators: '' }).slice(0, 6));
    expect(said).not.toContain(' *Dewi*');
    expect(said).toContain('\\\\*Dewi\\\\*');
  });

  it('a school named *Horizon* [klik](http://evil) is neither bold nor a link', () => {
    const said = cardText(errorCard('nl', notActive()));
    expect(said).not.toContain('[klik](http://evil)');
    expect(said).toContain('\\\\*Horizon\\\\* \\\\[klik\\\\](http://evil)');
    expect(said).toContain('\\\\_JoU\\\\_');
  });
});
