// The team form in pages (Slack's modal holds at most 100 blocks): which members a page shows,
// and what the page says, decided once in src/views/team-form.ts.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import type { MemberView } from '../../src/app/views.js';
import type { Markup } from '../../src/views/markup.js';
import { pageCount, pagedTeamForm, teamForm, teamFormPage } from '../../src/views/team-form.js';

const team = (n: number): MemberView[] =>
  Array.from({ length: n }, (_, i) => ({ userId: `U${i}`, displayName: `Lid ${i}`, side: null, level: null, isCoordinator: false, isMember: true }));

const plain: Markup = {
  t,
  commands: (v) => v,
  bold: (v) => v,
  italic: (v) => v,
  user: (v) => v,
  person: (_lang, id) => id,
  icon: (name) => `[${name}]`,
  link: (label) => label,
};

const texts = (form: ReturnType<typeof pagedTeamForm>): string[] => form.intro.flatMap((b) => (b.type === 'text' ? [b.text] : []));
const LEERLIJN_ID = '00000000-0000-4000-8000-000000000001';

describe('teamFormPage', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 31)).toBe(1);
    expect(pageCount(31, 31)).toBe(1);
    expect(pageCount(32, 31)).toBe(2);
  });

  it('shows a page’s members in the team’s order, the last page when the team has fewer now', () => {
    const members = team(40);
    const second = teamFormPage(members, 31, 1);
    expect(second).toMatchObject({ page: 1, pages: 2 });
    expect(second.ids).toEqual(members.slice(31).map((m) => m.userId));
    expect(teamFormPage(team(10), 31, 3)).toMatchObject({ page: 0, pages: 1 });
  });

  it('shows a page again with the same people at the same places, leaving out who was removed', () => {
    const members = team(5);
    const page = teamFormPage(members.filter((m) => m.userId !== 'U2'), 31, 0, ['U3', 'U2', 'U1']);
    expect(page.ids).toEqual(['U3', 'U2', 'U1']);
    expect(page.members.map((m) => m.userId)).toEqual(['U3', 'U1']);
  });
});

describe('pagedTeamForm', () => {
  const shape = { rows: false } as const;

  it('says the first of two pages leads on, with no way back', () => {
    const at = { ...teamFormPage(team(40), 31, 0), size: 31, saved: false };
    const form = pagedTeamForm(plain, 'nl', LEERLIJN_ID, at, shape, 'back');
    expect(form.submit).toBe(t('nl', 'team.submitNext'));
    expect(form.close).toBe(t('nl', 'team.close'));
    expect(texts(form).join(' ')).toContain(t('nl', 'team.page', { page: 1, pages: 2, from: 1, to: 31 }));
    expect(form.intro.some((b) => b.type === 'buttons')).toBe(false);
  });

  it('says the last page saves, that earlier pages are kept, and offers the way back', () => {
    const at = { ...teamFormPage(team(40), 31, 1), size: 31, saved: false };
    const form = pagedTeamForm(plain, 'nl', LEERLIJN_ID, at, shape, 'back');
    expect(form.submit).toBe(t('nl', 'team.submit'));
    expect(form.close).toBe(t('nl', 'team.closeSaved'));
    expect(texts(form).join(' ')).toContain(t('nl', 'team.pageSaved'));
    expect(form.intro).toContainEqual({ type: 'buttons', id: 'team_nav', buttons: [expect.objectContaining({ action: 'back', data: { page: '0' } })] });
  });

  it('names the one member of a page as one: "teamlid 32", not "teamleden 32 tot en met 32"', () => {
    const at = { ...teamFormPage(team(32), 31, 1), size: 31, saved: false };
    expect(texts(pagedTeamForm(plain, 'nl', LEERLIJN_ID, at, shape, 'back')).join(' ')).toContain('Pagina 2 van 2: teamlid 32.');
    expect(texts(pagedTeamForm(plain, 'en', LEERLIJN_ID, at, shape, 'back')).join(' ')).toContain('Page 2 of 2: team member 32.');
  });

  it('a single page says nothing of pages; once saved, closing undoes nothing; problems go on top', () => {
    const at = { ...teamFormPage(team(3), 31, 0), size: 31, saved: true };
    const form = pagedTeamForm(plain, 'en', LEERLIJN_ID, at, shape, 'back', ['a.', 'b.']);
    expect(form.close).toBe(t('en', 'team.closeSaved'));
    expect(texts(form)[0]).toBe(`[warning] ${t('en', 'team.notSaved', { problems: 'a. b.' })}`);
    expect(texts(form).some((s) => s.includes(t('en', 'team.pageSaved')))).toBe(false);
  });
});

describe('teamForm', () => {
  const hint = (lang: 'nl' | 'en') => t(lang, 'team.coordinatorsHint');
  const blockTexts = (blocks: readonly { type: string }[] = []): string[] => blocks.flatMap((b) => ('text' in b && typeof b.text === 'string' ? [b.text] : []));

  it('says what a coordinator may be beside the coordinator choices, not under the people to add (Teams)', () => {
    for (const lang of ['nl', 'en'] as const) {
      const form = teamForm(plain, lang, LEERLIJN_ID, team(3), { rows: true, canAdd: true });
      expect(hint(lang)).toMatch(lang === 'nl' ? /^Coördinator/ : /coordinator/i);
      expect(blockTexts(form.after)).not.toContain(hint(lang));
      expect(blockTexts(form.fields[0]!.before)).toContain(hint(lang));
    }
  });

  it('says it at the first coordinator choice in Slack', () => {
    const form = teamForm(plain, 'nl', LEERLIJN_ID, team(3), { rows: false });
    expect(form.fields.find((f) => f.id === 'coord.U0')?.hint).toBe(hint('nl'));
    expect(form.fields.filter((f) => f.hint !== undefined)).toHaveLength(1);
  });
});
