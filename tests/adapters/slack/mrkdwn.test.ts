import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapeUserMrkdwn, safeText, truncate, typedAgain, userMention } from '../../../src/adapters/slack/mrkdwn.js';

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
  const typed = '*heel* _belangrijk_ `x` ~weg~ & <b>';

  it('draws every formatting mark as a look-alike that is no mark, so none opens or closes, and escapes the rest', () => {
    const out = escapeUserMrkdwn(typed);
    expect(out).toBe('\u2217heel\u2217 \u02CDbelangrijk\u02CD \u02CBx\u02CB \u223Cweg\u223C &amp; &lt;b&gt;');
    expect(out).not.toMatch(/[*_~`]/);
  });

  it('leaves a mark between two letters or digits as typed: it can neither open nor close', () => {
    expect(escapeUserMrkdwn('not_allowed_token 2*3 a~b')).toBe('not_allowed_token 2*3 a~b');
    expect(escapeUserMrkdwn('_a_b_ x*')).toBe('\u02CDa_b\u02CD x\u2217');
  });

  it('quotes nothing: a typed `>` that starts a line gets a soft hyphen before it', () => {
    expect(escapeUserMrkdwn('> citaat\nregel\n>> meer')).toBe('\u00AD&gt; citaat\nregel\n\u00AD&gt;&gt; meer');
  });

  it('leaves no mark when cut to a limit, and the typed text comes back for plain text', () => {
    for (let max = 1; max <= 12; max += 1) expect(safeText(' *b _c ~d `e&f', max)).not.toMatch(/[*_~`]/);
    for (let max = 2; max <= 8; max += 1) expect(safeText('a*b_c~d`e', max)).not.toMatch(/[*_~`]…$/);
    expect(typedAgain(escapeUserMrkdwn('> *a* _b_ ~c~ `d` & <e>'))).toBe('> *a* _b_ ~c~ `d` & <e>');
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
