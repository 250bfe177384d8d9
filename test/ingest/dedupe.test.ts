import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../functions/ingest/clean.ts';
import { contentHash, findDuplicate } from '../../functions/ingest/dedupe.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seed = (prefix: string) => cleanArticle(readFileSync(join(SEEDS, readSeedName(prefix)), 'utf8')).text;
function readSeedName(prefix: string): string {
  const names: Record<string, string> = {
    '000': '000_75aa78eab0767a16.txt', '001': '001_2a9e12c3e8735825.txt', '002': '002_8335d9ada4dc1494.txt',
    '003': '003_34ec746e2f2d8626.txt', '004': '004_42ba185ec1be3caf.txt',
  };
  return names[prefix] ?? '';
}

describe('findDuplicate', () => {
  it('marks a repost with page junk as duplicate of the original', () => {
    expect(findDuplicate(seed('001'), [{ id: 'a0', text: seed('000') }])).toBe('a0');
  });

  it('matches the raw repost too, junk and all', () => {
    const raw = readFileSync(join(SEEDS, readSeedName('001')), 'utf8');
    expect(findDuplicate(raw, [{ id: 'a0', text: seed('000') }])).toBe('a0');
  });

  it.each(['002', '003', '004'])('does not mark another outlet’s report of the same meeting (%s) as duplicate', (prefix) => {
    expect(findDuplicate(seed(prefix), [{ id: 'a0', text: seed('000') }])).toBeNull();
  });

  it('returns null when there is nothing earlier', () => {
    expect(findDuplicate(seed('000'), [])).toBeNull();
  });
});

describe('contentHash', () => {
  it('is the same for texts that differ only in whitespace', () => {
    expect(contentHash('Talks  ended\n\nin Rome.')).toBe(contentHash('Talks ended in Rome.'));
  });

  it('is a sha256 hex digest', () => {
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
