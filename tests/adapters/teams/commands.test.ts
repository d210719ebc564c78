// Typed commands in Teams read the same registry and run the same flows as Slack: the Dutch
// alias `hulp`, `team toevoegen @naam` with Teams mentions, coordinator-only commands that
// refuse before any form, `scores` on a closed round, `start` where a leerlijn runs.
import { describe, expect, it } from 'vitest';
import { messageActivity, postActivity, type TeamsUser } from '../../fakes/teams-activities.js';
import type { JsonObject } from '../../fakes/bot-connector.js';
import { t } from '../../../src/i18n/index.js';
import { CHANNEL, PEOPLE, cardText, elements, isNextStepHint, useHetBaken } from './harness.js';

const [anna, bram, chen, dewi] = PEOPLE as [TeamsUser, TeamsUser, TeamsUser, TeamsUser];
const env = useHetBaken();

const lastCard = (): JsonObject => env.h.connector.lastCardIn(CHANNEL.id)!;
const inputs = (card: unknown) => elements(card).filter((e) => typeof e.type === 'string' && e.type.startsWith('Input.'));

/** A channel message naming people the way Teams sends it: `<at>` in the text, a mention entity each (Teams ids, no Entra id). */
function sayWithMentions(user: TeamsUser, words: string, named: readonly TeamsUser[]) {
  const text = `${words} ${named.map((p) => `<at>${p.name}</at>`).join(' ')}`;
  const entities = named.map((p) => ({ type: 'mention' as const, text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } }));
  return postActivity(env.h.url, messageActivity({ ...env.h.inChannel(user), text, entities }));
}

async function memberIds(): Promise<string[]> {
  const { rows } = await env.h.db.db.query<{ userId: string }>(`select user_id as "userId" from members order by user_id`);
  return rows.map((r) => r.userId);
}

describe('typed commands in Teams', () => {
  it('knows the Dutch alias hulp, in Teams syntax', async () => {
    await env.h.say(bram, 'hulp');
    const help = cardText(lastCard());
    expect(help).toContain('**@Leerlijn start**');
    expect(help).not.toContain('/leerlijn');
    // Not the help for a word it does not know.
    expect(help).not.toContain('ken ik niet');
  });

  it('takes a command typed in a personal chat with `@Leerlijn` before it, as the channel’s help writes it', async () => {
    // There is no one to mention in a 1:1 chat: the bot's name arrives as plain text.
    const chat = env.h.inPersonal(bram);
    await postActivity(env.h.url, messageActivity({ ...chat, text: '@Leerlijn mijn-acties', mentionBot: false }));
    const answer = cardText(env.h.connector.lastCardIn(chat.conversation.id));
    expect(answer).toContain(t('nl', 'home.myActions'));
    expect(answer).not.toContain('ken ik niet');
  });

  // No one is mentioned in a 1:1 chat: what is typed there is the command alone.
  it('writes what works in a personal chat as typed there, and the channel’s commands with the mention', async () => {
    const chat = env.h.inPersonal(bram);
    await env.h.say(bram, 'help', chat);
    const help = cardText(env.h.connector.lastCardIn(chat.conversation.id));
    expect(help).toContain('**mijn-acties**');
    expect(help).toContain('**@Leerlijn planning**');
    expect(help).not.toMatch(/@Leerlijn (help|status|mijn-acties|mijn-gegevens)/);
    await env.h.say(bram, 'blabla', chat);
    const unknown = cardText(env.h.connector.lastCardIn(chat.conversation.id));
    // The unknown command is said, and the help under it; no pointer to the help it already shows.
    expect(unknown).toContain(t('nl', 'command.unknown', { command: '“blabla”' }));
    expect(unknown).toContain('**help**');
    expect(unknown).not.toContain('voor een overzicht');
    expect(unknown).not.toMatch(/@Leerlijn (help|status|mijn-acties|mijn-gegevens)/);
    await env.h.say(bram, 'acties', chat);
    expect(cardText(env.h.connector.lastCardIn(chat.conversation.id))).toContain('**@Leerlijn acties**');
  });

  it('tells someone in a channel what to type in their personal chat without the mention', async () => {
    await env.h.say(bram, 'mijn-gegevens');
    const answer = cardText(lastCard());
    expect(answer).toContain('**mijn-gegevens**');
    expect(answer).not.toContain('@Leerlijn');
  });

  it('adds the people named in `team toevoegen @naam` and says who', async () => {
    expect(await memberIds()).not.toContain(chen.aadObjectId);
    const from = env.h.connector.activities.length;
    await sayWithMentions(anna, 'team toevoegen', [chen, dewi]);
    expect(await memberIds()).toEqual(expect.arrayContaining([chen.aadObjectId, dewi.aadObjectId]));
    expect(env.h.cardsSince(from).map(cardText).join('\n')).toContain(t('nl', 'team.addedMany', { names: 'Chen Test en Dewi Test' }));
  });

  it('does not add a bot named in `team toevoegen`, and says so, as Slack does', async () => {
    const before = await memberIds();
    // Teams names a bot '28:' + its app id, with no Entra id, and its roster has no such member.
    const text = 'team toevoegen <at>Polly</at>';
    const entities = [{ type: 'mention' as const, text: '<at>Polly</at>', mentioned: { id: '28:0a1b2c3d-polly', name: 'Polly' } }];
    await postActivity(env.h.url, messageActivity({ ...env.h.inChannel(anna), text, entities }));
    expect(cardText(lastCard())).toContain('Niet toegevoegd: Polly. Een bot of app kan niet stemmen');
    expect(await memberIds()).toEqual(before);
  });

  it('removes with `team verwijder @naam`, and refuses a non-coordinator without changing the team', async () => {
    await sayWithMentions(bram, 'team verwijder', [dewi]);
    expect(await memberIds()).toContain(dewi.aadObjectId);
    await sayWithMentions(anna, 'team verwijder', [dewi]);
    expect(await memberIds()).not.toContain(dewi.aadObjectId);
  });

  it('refuses `verwijder` to a non-coordinator before any form opens', async () => {
    await env.h.say(bram, 'verwijder');
    const card = lastCard();
    expect(cardText(card)).toContain('Dit mag alleen de coördinator');
    expect(inputs(card)).toEqual([]);
    await env.h.say(anna, 'verwijder');
    // The channel sees whose form it is; anna sees the form (her own view of the card).
    expect(inputs(lastCard())).toEqual([]);
    expect(cardText(lastCard())).toContain('Anna Test vult dit formulier in');
    expect(inputs(await env.h.seenBy(anna, lastCard())).map((i) => i.id)).toEqual(['confirm']);
    // Bram refreshing the card by hand (Teams offers that to everyone) sees what everyone sees.
    const refresh = lastCard().refresh as { action: { verb: string; data: Record<string, unknown> } };
    const byHand = await env.h.invoke(bram, refresh.action.verb, refresh.action.data);
    expect(cardText(byHand)).toContain('Anna Test vult dit formulier in');
    expect(inputs(byHand)).toEqual([]);
    // Its data naming him as the opener, he is refused, as the command was.
    const forged = await env.h.invoke(bram, refresh.action.verb, { ...refresh.action.data, by: bram.aadObjectId });
    expect(cardText(forged)).toContain('Dit mag alleen de coördinator');
    expect(inputs(forged)).toEqual([]);
  });

  it('does not offer a start form where a leerlijn already runs', async () => {
    await env.h.say(anna, 'start');
    expect(cardText(lastCard())).toContain('In dit kanaal loopt al een leerlijn');
    expect(inputs(lastCard())).toEqual([]);
  });

  it('does not resume a closed round: `scores` posts no missing card of it, says it is closed and what is next', async () => {
    await env.h.say(anna, 'scores');
    await env.h.say(anna, 'sluit');
    await env.h.flush();
    // As if the round had been posted only halfway before it was closed.
    const { rowCount } = await env.h.db.db.query(`delete from posted_messages where key like 'card:%:T%'`);
    expect(rowCount).toBe(3);
    const before = env.h.connector.activities.length;
    await env.h.say(anna, 'scores');
    const posted = env.h.connector.activities.slice(before).filter((a) => a.method === 'POST');
    expect(posted).toHaveLength(2);
    const [closed, next] = env.h.cardsSince(before);
    expect(cardText(closed)).toContain(t('nl', 'round.closedAlready', { moment: t('nl', 'moment.week1') }));
    expect(isNextStepHint(next)).toBe(true);
  });
});
