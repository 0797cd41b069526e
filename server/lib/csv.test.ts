import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('round-trips quotes, commas, new lines and non-Latin text', () => {
    const rows = [
      ['state', 'name', 'notes'],
      ['FR', 'Bureau de l’entraide "pénale", Paris', 'line one\nline two'],
      ['CN', '司法部', ''],
      ['SA', 'وزارة العدل', 'x'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('accepts LF or CRLF and skips blank lines', () => {
    expect(parseCsv('a,b\n1,2\r\n\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
