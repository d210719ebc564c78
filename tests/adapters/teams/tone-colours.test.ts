// Teams draws a tone in one colour wherever it is said: a warning orange ('Warning'), a refusal red
// ('Attention'), good news green ('Good'), and a line without a tone in the card's own colour. The
// team's change lines, the confirmation of a status click and the neutral documents each chose
// their own before: a warning red in one and orange in another, a plain line green.
import { describe, expect, it } from 'vitest';
import type { TextView } from '../../../src/app/flows/surface.js';
import { getStatus } from '../../../src/app/overview.js';
import { errorCard } from '../../../src/adapters/teams/cards/common.js';
import { toAdaptiveCard } from '../../../src/adapters/teams/cards/doc.js';
import { renderReply } from '../../../src/adapters/teams/reply.js';
import { AppError } from '../../../src/app/errors.js';
import { t, tError } from '../../../src/i18n/index.js';
import { activeLeerlijnIn, ensureWorkspace } from '../../../src/store/leerlijnen.js';
import { makeDeps } from '../../support/fixtures.js';
import { CHANNEL, PEOPLE, TENANT, elements, useHetBaken } from './harness.js';

const env = useHetBaken();
const [anna, bram] = PEOPLE as [typeof PEOPLE[0], typeof PEOPLE[0]];
// Opening a personal chat with someone (every attempt our retry makes).
const NO_CHAT = { match: /^\/v3\/conversations$/, fault: { status: 412 as const, times: 4 } };

/** The colour of the line that says `words` (undefined: the card's own). */
const colourOf = (card: unknown, words: string): unknown => {
  const line = elements(card).find((e) => e.type === 'TextBlock' && String(e.text).includes(words));
  if (!line) throw new Error(`no line with ${words}`);
  return line.color;
};

const line = (key: TextView['key'], tone?: TextView['tone']): TextView => ({ type: 'text', key, ...(tone ? { tone } : {}) });

describe('the colour of a tone in Teams', () => {
  it('a document: a warning orange, a refusal red, good news green, a plain line the default', () => {
    const doc = {
      fallback: '',
      blocks: [
        { type: 'text' as const, text: 'Let op', tone: 'warning' as const },
        { type: 'text' as const, text: 'Mag niet', tone: 'attention' as const },
        { type: 'text' as const, text: 'Gelukt', tone: 'good' as const },
        { type: 'text' as const, text: 'Gewoon' },
      ],
    };
    const card = toAdaptiveCard(doc);
    expect(['Let op', 'Mag niet', 'Gelukt', 'Gewoon'].map((w) => colourOf(card, w))).toEqual(['Warning', 'Attention', 'Good', undefined]);
  });

  it('the team after a change: its warning in the orange of the document, a plain line not green', async () => {
    const workspaceId = await ensureWorkspace(env.h.db.db, 'teams', TENANT);
    const row = (await activeLeerlijnIn(env.h.db.db, workspaceId, CHANNEL.id))!;
    const { leerlijn } = await getStatus(makeDeps(env.h.db.db), { workspaceId, userId: anna.aadObjectId }, row.id);
    const change = [line('card.noteSaved', 'good'), line('round.alreadyClosed', 'warning'), line('team.unchanged')];
    const card = renderReply('nl', { type: 'team', leerlijn, canEdit: false, change }, new Map());
    expect(colourOf(card, t('nl', 'card.noteSaved'))).toBe('Good');
    expect(colourOf(card, t('nl', 'round.alreadyClosed'))).toBe('Warning');
    expect(colourOf(card, t('nl', 'team.unchanged'))).toBeUndefined();
  });

  it('the confirmation of a status click: the same orange for its warning, the default for the plain confirmation', async () => {
    env.h.connector.failNext(NO_CHAT.match, NO_CHAT.fault);
    await env.h.submit(anna, {
      form: 'plan', onderdeel: 'P2', watKanBeter: 'Meer samen doen', gewensteEindsituatie: 'Een gezamenlijke activiteit per maand',
      'actions.0.description': 'Activiteit kiezen', 'actions.0.ownerUserId': bram.aadObjectId, 'actions.0.dueDate': '2026-03-01',
    });
    const { rows } = await env.h.db.db.query<{ id: string }>(`select id from actions where description = 'Activiteit kiezen'`);
    env.h.connector.failNext(NO_CHAT.match, NO_CHAT.fault);
    const card = await env.h.invoke(bram, 'status', { actionId: rows[0]!.id, status: 'bezig' }, env.h.inPersonal(bram));
    expect(colourOf(card, 'Je zette “Activiteit kiezen” van Het Baken · JoU op Bezig.')).toBeUndefined();
    expect(colourOf(card, 'Ik kon Anna Test hier geen bericht over sturen.')).toBe('Warning');
  });

  it('a refusal stays red', () => {
    const card = errorCard('nl', new AppError('not_coordinator', {}));
    expect(colourOf(card, tError('nl', 'not_coordinator').slice(0, 20))).toBe('Attention');
  });
});
