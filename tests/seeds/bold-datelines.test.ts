// Datelines set in bold, as Markdown copy of wire stories writes them (QA on wire copy).
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import type { SeedRecord } from '../../src/types.ts';
import { expectRecord, texts } from './helpers.ts';

const read = (name: string, content: string): SeedRecord => expectRecord(readSeed(name, new TextEncoder().encode(content)));

describe('datelines set in bold', () => {
  const markdown = (lede: string): SeedRecord => read('bold.md', `---\ntitle: Plan\ndate: 2023-12-05\n---\n\n${lede}\n\nOtro párrafo.\n`);

  it.each([
    ['**Madrid, 5 dic (EFE).-** El Gobierno aprobó hoy el plan de vivienda.', 'Madrid', 'EFE', 'El Gobierno aprobó hoy el plan de vivienda.'],
    ['**WASHINGTON** — The Senate voted on Friday to approve the bill.', 'Washington', null, 'The Senate voted on Friday to approve the bill.'],
    ['__LONDON, March 24 (Reuters)__ - Shares rose on Monday.', 'London', 'Reuters', 'Shares rose on Monday.'],
  ])('%j gives the place and source as the plain form does, in Markdown and in text', (lede, place, source, rest) => {
    const md = markdown(lede);
    expect([md.dateline, md.source, md.lede, md.summary]).toEqual([place, source, rest, rest]);
    expect(texts(md)[0] ?? '').not.toContain('<strong>');
    const text = read('bold.txt', ` date 2023-12-05\n${lede}\n\nOtro párrafo.\n`);
    expect([text.dateline, text.source, text.lede]).toEqual([place, source, rest]);
  });

  it('takes a bold dateline out once, with its source, under front matter naming the same place; keeps it under another', () => {
    const same = read('n.md', '---\ntitle: Plan\ndate: 2023-12-05\ndateline: Madrid\n---\n**Madrid, 5 dic (EFE).-** El Gobierno aprobó el plan.\n');
    expect([same.dateline, same.source, same.lede]).toEqual(['Madrid', 'EFE', 'El Gobierno aprobó el plan.']);
    expect(texts(same)[0]).not.toContain('Madrid, 5 dic');
    const other = read('o.md', '---\ntitle: Plan\ndate: 2023-12-05\ndateline: Barcelona\n---\n**Madrid, 5 dic (EFE).-** El Gobierno aprobó el plan.\n');
    expect(other.dateline).toBe('Barcelona');
    expect(texts(other)[0]).toContain('<strong>Madrid, 5 dic (EFE).-</strong>');
  });

  it('keeps bold that is no dateline, or holds more than the dateline, as written', () => {
    const md = markdown('**Important:** The Senate voted on Friday.');
    expect([md.dateline, md.lede]).toEqual([null, 'Important: The Senate voted on Friday.']);
    expect(texts(md)[0]).toContain('<strong>Important:</strong>');
    const more = markdown('**WASHINGTON — The Senate** voted on Friday.');
    expect(more.dateline).toBeNull();
    expect(read('more.txt', ' date 2023-12-05\n**WASHINGTON — The Senate** voted on Friday.\n').dateline).toBeNull();
  });
});
