// The flows' intents carried out in Teams, once: replies and channel posts are cards in the
// conversation, forms are cards with inputs, rounds are cards kept current, DMs go through the
// Messenger, people are named by their Teams names.
import type { ChannelView, FormView, PostRoundResult, ReplyView, Surface, TextView } from '../../app/flows/surface.js';
import type { RoundView } from '../../app/views.js';
import { t, tError } from '../../i18n/index.js';
import { adaptiveCard, heading, messageCard, submit, text, tt, warning } from './cards/common.js';
import { comparisonCard, welcomeCard } from './cards/overview.js';
import { roundResultCard } from './cards/score.js';
import { startFormCard } from './cards/start-form.js';
import { moveFormCard } from './cards/timeline.js';
import { sendExportConsent } from './export.js';
import { postStepDocument } from './documents.js';
import { candidates, displayName, reply, roster } from './forms.js';
import { renderReply } from './reply.js';
import { postRound, refreshRound } from './score-cards.js';
import type { TeamsServices } from './services.js';
import type { Turn } from './turn.js';

function deleteCard(turn: Turn) {
  const lang = turn.lang;
  return adaptiveCard(
    [
      heading(t(lang, 'export.title')),
      warning(tt(lang, 'export.confirmWarning')),
      { type: 'Input.Text', id: 'confirm', label: t(lang, 'export.confirmLabel'), maxLength: 200 },
      text(t(lang, 'privacy.notice'), { isSubtle: true, size: 'Small' }),
    ],
    [submit(t(lang, 'export.submit'), 'delete', {}, { style: 'destructive' })],
  );
}

/** The ids a reply names, with their Teams names. */
async function namesIn(svc: TeamsServices, turn: Turn, view: ReplyView): Promise<Map<string, string>> {
  const texts: TextView[] = view.type === 'text' ? [view] : view.type === 'lines' ? view.lines.filter((l): l is TextView => l.type === 'text') : view.type === 'team' ? [...(view.change ?? [])] : [];
  const ids = [...new Set(texts.flatMap((v) => Object.values(v.people ?? {}).flat()))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await displayName(svc, turn, id)] as const)));
}

export function teamsSurface(svc: TeamsServices, turn: Turn): Surface {
  return {
    async reply(view: ReplyView) {
      const [names, others] = await Promise.all([namesIn(svc, turn, view), view.type === 'team' && view.canEdit ? candidates(svc, turn, view.leerlijn.members) : []]);
      await reply(turn, renderReply(turn.lang, view, names, others));
    },
    async post(view: ChannelView) {
      if (view.type === 'welcome') return reply(turn, welcomeCard(view.lang));
      await reply(turn, comparisonCard(view.comparison));
      await postStepDocument(svc, turn, { leerlijnId: view.comparison.leerlijnId, kind: 'vergelijking', lang: view.comparison.lang });
    },
    async openForm(form: FormView) {
      if (form.type === 'delete') return reply(turn, deleteCard(turn));
      if (form.type === 'move') return reply(turn, moveFormCard(turn.lang, { kind: form.kind }));
      await reply(turn, startFormCard(turn.lang, await roster(svc, turn), {}, new Map(), turn.userId));
    },
    async postRound(round: RoundView): Promise<PostRoundResult> {
      try {
        const posted = await postRound(svc, turn, round);
        return posted === 'busy' ? { busy: true } : { posted };
      } catch (error) {
        svc.log.warn({ err: error }, 'teams: round cards not all posted');
        await reply(turn, messageCard(tError(round.lang, 'internal'), { tone: 'warning' }));
        return { failed: true };
      }
    },
    async roundClosed(round: RoundView) {
      refreshRound(svc, turn.workspaceId, round);
      await reply(turn, roundResultCard(round));
    },
    notify: (userId, notice) => svc.messenger.toUser({ workspaceId: turn.workspaceId, userId }, notice),
    people: (userIds) => Promise.all(userIds.map(async (userId) => ({ userId, name: await displayName(svc, turn, userId), isBot: false }))),
    sendExport: (file, leerlijnId) => sendExportConsent(svc, turn, file, leerlijnId),
  };
}
