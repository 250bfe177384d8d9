import { buildSchema, findBreakingChanges } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.ts';
import { SDL_PATH, printSortedSchema } from '../../schema/print.ts';

describe('served schema', () => {
  it('contains the whole public contract (no breaking change against it)', () => {
    const contract = buildSchema(readFileSync(new URL('../../schema/contract/contract.graphql', import.meta.url), 'utf8'));
    expect(findBreakingChanges(contract, schema)).toEqual([]);
  });

  it('matches the committed SDL in schema/schema.graphql (run `npm run print-schema` after a change)', () => {
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(printSortedSchema());
  });
});
