// Merge input for tests: a text extracted and filed as its own outlet's original report.
import type { ArticleRecord } from '../../functions/core/types.ts';
import { extractArticle } from '../../functions/ingest/index.ts';

/** The text as the article `id`, from the outlet `id`, published and ingested on `publishedAt`. */
export function record(id: string, publishedAt: string, text: string): ArticleRecord {
  return { id, sourceId: id, sourceName: id, publishedAt, ingestedAt: `${publishedAt}T12:00:00.000Z`, duplicateOf: null, extraction: extractArticle({ text, source: id, publishedAt }) };
}
