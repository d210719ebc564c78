// The page a document link answers when it leads nowhere (expired, forged, or its leerlijn deleted): a
// teacher opened it in a browser, so words, not JSON. The link's language is inside the token it failed to
// verify, so the page says it in Dutch and English both; nothing of the link is said back.
import type { ServerResponse } from 'node:http';
import { t, type Lang } from '../i18n/index.js';

/** Export, the one way to every document again, as each platform has it typed (Teams' bot mention: adapters/teams BOT_MENTION). */
const EXPORT_TYPED = { teams: '@Leerlijn export', slack: '/leerlijn export' } as const;

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function section(lang: Lang): string {
  const said = (words: string): string => `<p>${escapeHtml(words)}</p>`;
  return `<section lang="${lang}"><h1>${escapeHtml(t(lang, 'documents.link.goneHeading'))}</h1>`
    + `${said(t(lang, 'documents.link.gone'))}${said(t(lang, 'documents.link.goneAgain', EXPORT_TYPED))}</section>`;
}

export function linkGonePage(): string {
  const title = escapeHtml(`${t('nl', 'documents.link.goneHeading')} · ${t('en', 'documents.link.goneHeading')}`);
  return '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<meta name="robots" content="noindex"><title>${title}</title></head><body>${section('nl')}<hr>${section('en')}</body></html>\n`;
}

/** 404 kept (the link is gone), never cached: the same link may not be kept as a page either. */
export function sendLinkGone(res: ServerResponse): void {
  res.writeHead(404, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'",
  });
  res.end(linkGonePage());
}
