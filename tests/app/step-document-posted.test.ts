// A platform's post of a step's document: asked for, it is posted every time; a failure is
// logged (the step is done and shown already) and never thrown at the flow. The once-only
// path (deliverOnce) is covered with a database by the adapters' result and replica tests.
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../src/app/context.js';
import { postStepDocumentLogged, type StepDocument } from '../../src/app/step-documents.js';
import type { Logger } from '../../src/logger.js';

const doc: StepDocument = { leerlijnId: '00000000-0000-4000-8000-000000000001', kind: 'vergelijking', lang: 'nl', once: false };
const at = { workspaceId: 'w', channelId: 'C1' };

function by() {
  const warned: Array<{ fields: unknown; msg: string }> = [];
  const log = { warn: (fields: unknown, msg: string) => warned.push({ fields, msg }) } as unknown as Logger;
  // Where each was posted is kept (for its leerlijn's deletion): the statements' parameters, without a database.
  const kept: unknown[][] = [];
  const db = { query: async (_sql: string, params: unknown[]) => (kept.push(params), { rows: [], rowCount: 1 }) };
  const deps = { db, now: () => new Date() } as unknown as Pick<Deps, 'db' | 'now'>;
  return { by: { deps, log }, warned, kept };
}

describe('postStepDocumentLogged', () => {
  it('posts every time it is asked, a document not posted once', async () => {
    const { by: b, warned, kept } = by();
    let posted = 0;
    await postStepDocumentLogged(b, 'slack', doc, async () => `F${++posted}`, at);
    await postStepDocumentLogged(b, 'slack', doc, async () => `F${++posted}`, at);
    expect(posted).toBe(2);
    expect(warned).toEqual([]);
    expect(kept.map((params) => params[2])).toEqual([`document:vergelijking:${doc.leerlijnId}:F1`, `document:vergelijking:${doc.leerlijnId}:F2`]);
  });

  it('logs a failed post under its platform and document, and does not throw', async () => {
    const { by: b, warned } = by();
    const error = new Error('upload refused');
    await expect(postStepDocumentLogged(b, 'teams', doc, () => Promise.reject(error), at)).resolves.toBeUndefined();
    expect(warned).toEqual([{ fields: { err: error, document: 'vergelijking' }, msg: 'teams: step document not posted' }]);
  });
});
