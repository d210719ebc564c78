// Invitations link the official documents the school configured and the team's own filled
// ones, and name the rest as before.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { invitationDocuments } from '../../src/documents/invitation-links.js';
import { verifyDocumentToken } from '../../src/documents/links.js';
import { ALL_MEETING_KINDS, documentsFor } from '../../src/domain/meetings.js';
import { NOW } from '../support/fixtures.js';

const SECRET = 'k3Jx9-vQ2mZ8pL4tW7yB1nC6dF0gH5sA_rE';
const LEERLIJN = { id: '0b9c7a52-4d3e-4f10-9a8b-1c2d3e4f5a6b', lang: 'nl' as const };

describe('documents in an invitation', () => {
  it('links the configured official documents and the filled instrument, and names the others', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://bot.school.example', DOCUMENT_LINK_SECRET: SECRET, DOCUMENT_URL_FACTSHEET: 'https://drive.example/factsheet.pdf' }).documents;
    const docs = invitationDocuments('actieplan', { 'instrument-week1': true, actieplan: false, 'evaluatie-terugkom': false }, config, LEERLIJN, NOW);
    const byCode = new Map(docs.map((d) => [d.code, d]));
    expect(byCode.get('factsheet')).toEqual({ code: 'factsheet', label: 'Factsheet', url: 'https://drive.example/factsheet.pdf' });
    expect(byCode.get('format_actieplan')!.url).toBeNull();
    const filled = byCode.get('filled_signaleringsinstrument')!;
    const token = filled.url!.split('/documents/')[1]!;
    expect(verifyDocumentToken(SECRET, token, NOW)).toMatchObject({ leerlijnId: LEERLIJN.id, kind: 'instrument-week1', lang: 'nl' });
  });

  it('leaves out filled documents that do not exist yet, and gives no link without PUBLIC_URL', () => {
    const docs = invitationDocuments('eindevaluatie', { 'instrument-week1': true, actieplan: true, 'evaluatie-terugkom': false }, loadConfig({}).documents, LEERLIJN, NOW);
    expect(docs.map((d) => d.code)).not.toContain('filled_evaluatielijst');
    expect(docs.map((d) => d.code)).toContain('filled_actieplan');
    expect(docs.every((d) => d.url === null)).toBe(true);
  });
});

describe('which filled document an invitation links', () => {
  // One rule, in the domain: a filled document's entry says whether it is the version filled at the eindevaluatie
  // (its label says so); the invitation links that version exactly then.
  const AT_EINDEVALUATIE = new Set(['instrument-week17', 'evaluatie-eind']);
  const config = loadConfig({ PUBLIC_URL: 'https://bot.school.example', DOCUMENT_LINK_SECRET: SECRET }).documents;
  const all = { 'instrument-week1': true, 'instrument-week17': true, actieplan: true, 'evaluatie-terugkom': true, 'evaluatie-eind': true };

  it.each(ALL_MEETING_KINDS)('%s: the version the domain names, under the label it names', (meeting) => {
    const linked = new Map(invitationDocuments(meeting, all, config, LEERLIJN, NOW).map((d) => [d.code, d]));
    for (const entry of documentsFor(meeting).filter((d) => d.filled && d.code !== 'filled_actieplan')) {
      const shown = linked.get(entry.code)!;
      const kind = verifyDocumentToken(SECRET, shown.url!.split('/documents/')[1]!, NOW)?.kind;
      expect(shown.label).toBe(entry.label.nl);
      expect(AT_EINDEVALUATIE.has(kind!), `${meeting} ${entry.code}: ${kind}`).toBe(entry.filledAt === 'eindevaluatie');
    }
  });

  it('only the new evaluation meeting wants what the eindevaluatie filled in', () => {
    const fromEind = ALL_MEETING_KINDS.filter((m) => documentsFor(m).some((d) => d.filledAt === 'eindevaluatie'));
    expect(fromEind).toEqual(['vervolgevaluatie']);
  });
});
