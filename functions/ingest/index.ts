// Entry point of the per-article extraction: clean → identify → rounds → observations, plus duplicate detection.
import { BadInputError } from '../core/errors.ts';
import type { ArticleExtraction, ArticleInput } from '../core/types.ts';
import { cleanArticle } from './clean.ts';
import { extractRounds } from './extract.ts';
import { identifyArticle } from './identify.ts';

export { canonicalParty } from './parties.ts';
export { contentHash, DuplicateIndex, findDuplicate } from './dedupe.ts';
export { cleanArticle } from './clean.ts';

const MAX_BYTES = 204_800;

function assertUsableText(text: unknown): asserts text is string {
  if (typeof text !== 'string' || text.trim().length === 0) throw new BadInputError('Article text is empty: send the article body as text or HTML.');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BYTES) throw new BadInputError(`Article text is ${bytes} bytes; the limit is ${MAX_BYTES} bytes of UTF-8.`);
  if (text.includes('\u0000')) throw new BadInputError('Article text contains NUL bytes: it looks like a binary file, not an article.');
  let unprintable = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code < 0xa0) || code === 0xfffd) unprintable += 1;
  }
  if (unprintable > 16 && unprintable / text.length > 0.1) throw new BadInputError('Article text is mostly non-printable characters: it looks like a binary file, not an article.');
}

/** Extracts normalized, quote-backed observations of rounds of talks from one news article. */
export function extractArticle(input: ArticleInput): ArticleExtraction {
  assertUsableText(input.text);
  const cleaned = cleanArticle(input.text, input.title);
  const identity = identifyArticle(cleaned, input);
  return { title: identity.title, text: cleaned.text, source: identity.source, publishedAt: identity.publishedAt, ...extractRounds(cleaned.text, identity.publishedAt, identity.dateline) };
}
