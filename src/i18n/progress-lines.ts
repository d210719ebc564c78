// The four steps with the current one marked, and the asker's next action, as plain lines both
// platforms show under `status` and `help`.
import type { Progress } from '../domain/progress.js';
import { nextActionText, stepLine } from './progress-text.js';
import { t, type Lang, type MessageKey } from './index.js';

export function progressLines(lang: Lang, progress: Progress, timezone: string): { steps: string[]; next: string } {
  return {
    steps: progress.steps.map((s) => `${s.state === 'current' ? '▶' : s.state === 'done' ? '✓' : '·'} ${stepLine(lang, s)}`),
    next: `${t(lang, 'guide.nextHeading')} ${nextActionText(lang, progress.next, timezone)}`,
  };
}

/** The words on the next action's button (the command it runs comes from the flows). */
export function nextButtonLabel(lang: Lang, next: Progress['next']): string {
  return t(lang, `guide.button.${next.role}.${next.code}` as MessageKey);
}
