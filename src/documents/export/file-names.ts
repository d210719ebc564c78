// One naming scheme for every exported file on both platforms:
// leerlijn-<school-slug>-<yyyy-mm-dd>-<what>.<ext>. School and date, never a uuid, so a
// coordinator can tell the files apart in a folder.
import { DateTime } from 'luxon';

const MAX_SLUG = 40;

/** 'Het Baken Collège & Co' → 'het-baken-college-co'; 'school' when nothing readable is left. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = plain.slice(0, MAX_SLUG).replace(/-+$/, '');
  return short || 'school';
}

/** The export's day where the school is, not in UTC. */
export function localDate(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate() ?? at.toISOString().slice(0, 10);
}

export function exportFileName(schoolName: string, date: string, what: string, ext: string): string {
  return `leerlijn-${slug(schoolName)}-${date}-${slug(what)}.${ext}`;
}
