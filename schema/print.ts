// Prints the served schema, sorted, to schema/schema.graphql (committed, so schema changes show in review).
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schema } from './index.ts';

export const SDL_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SDL_PATH, printSortedSchema());
  console.log(`Wrote ${SDL_PATH}`);
}
