// Slack's start form speaks the deployment's language (Dutch by default): Slack says nothing of
// the typer's language on a command, and its user locale cannot tell an English reader from a
// Dutch one (Slack has no Dutch, so Dutch people use it in English; app/places.ts placeLang).
// The person says it in the form: choosing English as the leerlijn's language redraws the form in
// English at once, as Teams draws it in its typer's language; choosing Dutch draws it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.js';
import { input } from '../../fakes/slack-signing.js';
import { lastView } from './flow.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The start form's title and the label of its school field, as the person sees them now. */
function shownWords(): string {
  return JSON.stringify(lastView(h, COORDINATOR).blocks) + String((h.fake.lastView(COORDINATOR)?.view.title as { text?: string } | undefined)?.text);
}

/** The person picks `lang` as the leerlijn's language in the start form they have open. */
async function chooseLang(lang: 'nl' | 'en'): Promise<void> {
  const shown = h.fake.lastView(COORDINATOR)!;
  const { meta } = lastView(h, COORDINATOR);
  const blocks = lastView(h, COORDINATOR).blocks as Array<{ block_id?: string; element?: { action_id?: string } }>;
  const action = blocks.find((b) => b.block_id === 'lang')?.element?.action_id ?? '';
  await h.clickInView(COORDINATOR, action, lang, { id: shown.id, hash: shown.hash, callbackId: 'start', privateMetadata: meta, values: { lang: { [action]: input.radio(lang) } } });
  await h.settle();
}

describe('slack: the start form in the language chosen in it', () => {
  it('opens in the deployment’s language, and is drawn in English once English is chosen, and back', async () => {
    await h.command(COORDINATOR, 'start');
    await h.settle();
    expect(shownWords()).toContain(t('nl', 'start.school'));

    await chooseLang('en');
    const english = shownWords();
    expect(english).toContain(t('en', 'start.school'));
    expect(english).toContain(t('en', 'start.title'));
    expect(english).not.toContain(t('nl', 'start.school'));

    await chooseLang('nl');
    expect(shownWords()).toContain(t('nl', 'start.school'));
  });
});
