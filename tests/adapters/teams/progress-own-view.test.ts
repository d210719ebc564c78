// `status` and `help` in a Teams channel: everyone reads the reply, so the asker's own next action
// ("Wat nu?", with their open and overdue actions) is theirs alone, in their own view of the card.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../fakes/bot-connector.js';
import type { TeamsUser } from '../../fakes/teams-activities.js';
import { CHANNEL, PEOPLE, cardText, lastAnswerIn, useHetBaken } from './harness.js';

const [anna, bram] = PEOPLE as [TeamsUser, TeamsUser];
const env = useHetBaken();

const lastCard = (): JsonObject => lastAnswerIn(env.h.connector, CHANNEL.id)!;

describe.each(['status', 'help'])('`%s` typed in a Teams channel', (command) => {
  it('shows everyone the four steps, and the asker alone their next action', async () => {
    await env.h.say(bram, command);
    const shared = lastCard();
    expect(cardText(shared)).toContain('Stap 1: In beeld brengen huidige of gewenste samenwerking');
    expect(cardText(shared)).not.toContain('Wat nu?');
    expect(cardText(await env.h.seenBy(bram, shared))).toContain('Wat nu?');
    // Anyone else who looks sees what everyone sees, not bram's next action.
    expect(cardText(await env.h.seenBy(anna, shared))).not.toContain('Wat nu?');
  });

  it('answers whoever asks for that view with their own next action, not the asker’s', async () => {
    await env.h.say(bram, command);
    const refresh = lastCard().refresh as { action: { verb: string; data: Record<string, unknown> } };
    const brams = cardText(await env.h.invoke(bram, refresh.action.verb, refresh.action.data));
    const annas = cardText(await env.h.invoke(anna, refresh.action.verb, refresh.action.data));
    expect(annas).toContain('Wat nu?');
    expect(annas).not.toEqual(brams);
  });
});
