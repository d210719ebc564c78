import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeUserMrkdwn, safeText, truncate, userMention } from '../../../src/adapters/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('stops a team member from pinging the whole channel or hiding a link', () => {
    expect(escapeMrkdwn('<!channel> kijk <http://evil.example|hier> en <@U123>')).toBe(
      '&lt;!channel&gt; kijk &lt;http://evil.example|hier&gt; en &lt;@U123&gt;',
    );
  });

  it('escapes & first so existing entities are shown literally', () => {
    expect(escapeMrkdwn('school & wijk &lt;')).toBe('school &amp; wijk &amp;lt;');
  });

  it('leaves ordinary Dutch text alone', () => {
    expect(escapeMrkdwn('Onderdeel 3: één gesprek per week *samen*')).toBe('Onderdeel 3: één gesprek per week *samen*');
  });
});

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('kort', 4)).toBe('kort');
  });

  it('cuts long text to the limit ending in an ellipsis', () => {
    const out = truncate('Actiepunt: huisbezoeken plannen', 10);
    expect(out).toBe('Actiepunt…');
    expect(out.length).toBeLessThanOrEqual(10);
  });

  it('never splits an emoji into a broken character', () => {
    const out = truncate('ab😀cdef', 4);
    expect(out).toBe('ab…');
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out); // a lone surrogate would become U+FFFD
  });

  it('never leaves half an escape sequence that would show as raw text', () => {
    const escaped = escapeMrkdwn('jongerenwerk & school');
    for (let max = 1; max <= escaped.length; max += 1) {
      const out = truncate(escaped, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/&/);
    }
  });

  it('does not cut a mention in half', () => {
    expect(truncate(`Trekker: ${userMention('U0123ABCD')} en meer`, 15)).toBe('Trekker:…');
  });

  it('returns nothing when not even the ellipsis fits', () => {
    expect(truncate('tekst', 0)).toBe('');
  });
});

describe('safeText', () => {
  it('escapes user text and respects the limit after escaping', () => {
    const out = safeText('<<<<<<', 10);
    expect(out).toBe('&lt;&lt;…');
    expect(out.length).toBeLessThanOrEqual(10);
  });
});

describe('escapeUserMrkdwn', () => {
  const WJ = '\u2060';
  const typed = '*heel* _belangrijk_ `x` ~weg~ & <b>';

  it('puts a word joiner on both sides of every formatting mark, so none opens or closes, and shows every character', () => {
    const out = escapeUserMrkdwn(typed);
    expect(out).toBe(`${WJ}*${WJ}heel${WJ}*${WJ} ${WJ}_${WJ}belangrijk${WJ}_${WJ} ${WJ}\`${WJ}x${WJ}\`${WJ} ${WJ}~${WJ}weg${WJ}~${WJ} &amp; &lt;b&gt;`);
    expect(out.replaceAll(WJ, '')).toBe(escapeMrkdwn(typed));
  });

  it('adds no second joiner to marks joined before', () => {
    expect(escapeUserMrkdwn(escapeUserMrkdwn('**a**_b_'))).toBe(escapeUserMrkdwn('**a**_b_'));
  });

  it('never cuts a joined mark in half when cut to a limit', () => {
    const escaped = escapeUserMrkdwn('a*b_c~d`e');
    for (let max = 1; max <= escaped.length; max += 1) {
      const out = safeText('a*b_c~d`e', max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.replace(/\u2060[*_~`]\u2060/g, '')).not.toMatch(/[\u2060*_~`]/);
    }
  });
});

describe('userMention', () => {
  it('mentions real user ids', () => {
    expect(userMention('U0123ABCD')).toBe('<@U0123ABCD>');
    expect(userMention('W0123ABCD')).toBe('<@W0123ABCD>');
  });

  it('shows anything else as plain text instead of markup', () => {
    expect(userMention('!channel')).toBe('!channel');
    expect(userMention('U1>|<!here')).toBe('U1&gt;|&lt;!here');
    expect(userMention('u0123abcd')).toBe('u0123abcd');
  });
});
