// A form refused after Teams was told "still working" is told in the sender's own chat with the bot
// (late-refusal.test.ts). Its reasons can name people as typed (Anna_B), escaped for Markdown as
// Anna\_B. It went as a text-only message, whose Markdown Microsoft calls "a subset" and for which
// nothing promises backslash escapes: the person could read "Anna\_B". It goes as a card now, as
// everything else the bot says, whose TextBlock reads the escapes (markdown.test.ts).
import { describe, expect, it } from 'vitest';
import { lateRefusalActivity } from '../../../src/adapters/teams/own-view-invokes.js';
import type { ErrorView } from '../../../src/app/flows/surface.js';
import { t } from '../../../src/i18n/index.js';

/** What a CommonMark renderer (a card's TextBlock) shows for backslash escapes. */
const shown = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The TextBlocks of the activity's Adaptive Card, as Teams draws them; none for a text-only message. */
function cardWords(activity: { attachments?: Array<{ contentType?: string; content?: unknown }> }): string {
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as { body?: Array<{ type: string; text?: string }> } | undefined;
  return (card?.body ?? []).filter((e) => e.type === 'TextBlock').map((e) => shown(e.text ?? '')).join('\n');
}

const refusedNaming = (names: string): ErrorView => ({ type: 'error', code: 'invalid_input', fields: [{ field: 'add', message: 'side_everyone', params: { names } }] });

describe.each(['nl', 'en'] as const)('a late form refusal in %s', (lang) => {
  it('shows a name with Markdown characters as typed, no backslash', () => {
    const words = cardWords(lateRefusalActivity(lang, refusedNaming('Anna_B, *Jan*')));
    expect(words).toContain('Anna_B, *Jan*');
    expect(words).not.toContain('\\');
    expect(words).toContain(t(lang, 'form.refusedLate', { reasons: '' }).split(':')[0]);
  });
});
