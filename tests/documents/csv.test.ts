// The CSV a coordinator opens in Excel, and the names of exported files.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/documents/export/csv.js';
import { exportFileName, localDate, slug } from '../../src/documents/export/file-names.js';

describe('csv', () => {
  it('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
    const text = toCsv(['onderdeel', 'score'], [['Tweerichtingsverkeer', 2]]).toString('utf8');
    expect(text).toBe('\uFEFFonderdeel;score\r\nTweerichtingsverkeer;2\r\n');
  });

  it('quotes cells with semicolons, quotes or line breaks, and keeps ë and ’', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('coördinator’s')).toBe('coördinator’s');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text that Excel would run as a formula, but not our own numbers', () => {
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-1 punt')).toBe("'-1 punt");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('export file names', () => {
  it('names files after the school and the local date, never a uuid', () => {
    expect(slug('Het Baken Collège & Co')).toBe('het-baken-college-co');
    expect(slug('<!channel> & Co')).toBe('channel-co');
    expect(slug('***')).toBe('school');
    // 23:30 UTC on 2 March is already 3 March in Amsterdam.
    const date = localDate(new Date('2026-03-02T23:30:00Z'), 'Europe/Amsterdam');
    expect(exportFileName('Het Baken College', date, 'signalering-week 1', 'csv')).toBe('leerlijn-het-baken-college-2026-03-03-signalering-week-1.csv');
  });
});
