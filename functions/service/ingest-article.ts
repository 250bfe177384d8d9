// Use-case: file one article under a track — extract, deduplicate, store, and re-project the track's facts.
import { BadInputError, NotFoundError } from '../core/errors.ts';
import { slugify } from '../core/text.ts';
import type { ArticleExtraction, ArticleInput, CitationRef, FactView, TrackProjection } from '../core/types.ts';
import { contentHash, DuplicateIndex, extractArticle } from '../ingest/index.ts';
import { mergeTrack } from '../ingest/merge.ts';
import { expandCitations } from '../store/citations.ts';
import { withTrackLock } from '../store/lock.ts';
import { projectionToItems, readStoredProjection, writeProjection } from '../store/projection.ts';
import type { ArticleItem, FactItem, Repository, RoundItem } from '../store/repository.ts';
import { assertSlug } from './create-track.ts';

export const UNKNOWN_SOURCE = 'Unknown outlet';

export interface IngestInput extends ArticleInput {
  track: string;
}

export interface IngestResult {
  article: ArticleItem;
  alreadyIngested: boolean;
  factsAdded: number;
  factsCorroborated: number;
  roundNumbers: number[];
}

export interface IngestOptions {
  /** Injected for tests of crash safety: called between storing the article and writing the projection. */
  beforeProjection?: () => Promise<void>;
  now?: () => Date;
}

/** Articles per batch: bounded so one request's work and payload stay reasonable. */
export const MAX_BATCH = 50;

const MAX_FIELD = { source: 200, title: 1_000, url: 2_048 } as const;

function validate(input: IngestInput, prefix = ''): void {
  assertSlug(input.track);
  if (input.url != null) {
    let url: URL | null = null;
    try {
      url = new URL(input.url);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || input.url.length > MAX_FIELD.url) {
      throw new BadInputError(prefix + '`url` must be an absolute http(s) URL of at most 2048 characters.');
    }
  }
  if (input.source != null && (input.source.trim() === '' || input.source.length > MAX_FIELD.source)) {
    throw new BadInputError(prefix + '`source` must be a non-empty outlet name of at most 200 characters.');
  }
  if (input.title != null && input.title.length > MAX_FIELD.title) {
    throw new BadInputError(prefix + '`title` must be at most 1000 characters.');
  }
}

/** The outlet: as given, else as detected in the text, else the URL's host, else unknown (never over-counted). */
function resolveSource(input: ArticleInput, extraction: ArticleExtraction): { id: string; name: string } {
  const name = input.source?.trim() || extraction.source || (input.url ? new URL(input.url).hostname.replace(/^www\./, '') : null);
  if (!name) return { id: 'unknown', name: UNKNOWN_SOURCE };
  return { id: slugify(name) || 'unknown', name };
}

/** Of two near-identical articles, the original is the earlier one, then the one whose outlet is known, then the smaller id. */
function isOriginalBefore(
  a: { publishedAt: string | null; sourceId: string; id: string },
  b: { publishedAt: string | null; sourceId: string; id: string },
): boolean {
  const da = a.publishedAt ?? '9999-12-31';
  const db = b.publishedAt ?? '9999-12-31';
  if (da !== db) return da < db;
  const ka = a.sourceId === 'unknown' ? 1 : 0;
  const kb = b.sourceId === 'unknown' ? 1 : 0;
  if (ka !== kb) return ka < kb;
  return a.id < b.id;
}

const citesArticle = (fact: Pick<FactView, 'citations'>, articleId: string) => fact.citations.some((c) => c.articleId === articleId);

export async function ingestArticle(repo: Repository, input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const [result] = await ingestArticles(repo, input.track, [input], options);
  return result!;
}

interface Prepared {
  article: ArticleItem;
  extraction: ArticleExtraction;
}

/**
 * Files several articles under one track with one lock and one re-projection: the path for bulk loads, whose cost
 * grows linearly with the number of articles. Every article is validated and extracted before anything is written,
 * so a bad one fails the whole batch without a write.
 */
export async function ingestArticles(
  repo: Repository,
  slug: string,
  inputs: ArticleInput[],
  options: IngestOptions = {},
): Promise<IngestResult[]> {
  assertSlug(slug);
  if (inputs.length === 0) throw new BadInputError('Send at least one article.');
  if (inputs.length > MAX_BATCH) throw new BadInputError(`Send at most ${MAX_BATCH} articles at once.`);
  inputs.forEach((input, i) => validate({ ...input, track: slug }, inputs.length > 1 ? `Article ${i + 1}: ` : ''));
  const track = await repo.getTrack(slug);
  if (!track) throw new NotFoundError(`No track with slug "${slug}". Create it first with createTrack.`);
  const now = options.now ?? (() => new Date());
  const prepared: Prepared[] = inputs.map((input, i) => {
    let extraction: ArticleExtraction;
    try {
      extraction = extractArticle(input);
    } catch (error) {
      if (error instanceof BadInputError && inputs.length > 1) throw new BadInputError(`Article ${i + 1}: ${error.message}`, { cause: error });
      throw error;
    }
    const hash = contentHash(extraction.text);
    const source = resolveSource(input, extraction);
    return {
      extraction,
      article: {
        id: hash.slice(0, 24),
        slug,
        sourceId: source.id,
        sourceName: source.name,
        title: input.title?.trim() || extraction.title,
        url: input.url ?? null,
        publishedAt: input.publishedAt ?? extraction.publishedAt,
        ingestedAt: now().toISOString(),
        contentHash: hash,
        duplicateOf: null,
        text: extraction.text,
      },
    };
  });

  return withTrackLock(repo.db, slug, async () => {
    const earlier = await repo.listArticleTexts(slug);
    const byId = new Map(earlier.map((a) => [a.id, a]));
    // Only originals can be twins: a repost of a repost points at the first original.
    const originals = new DuplicateIndex(earlier.filter((a) => !a.duplicateOf));
    const storedIds = new Set<string>();
    for (const { article, extraction } of prepared) {
      if (byId.has(article.id)) continue;
      const twinId = originals.find(extraction.text);
      const repointed: string[] = [];
      if (twinId) {
        const [twin] = await repo.getArticles([{ slug, id: twinId }]);
        if (twin && isOriginalBefore(twin, article)) article.duplicateOf = twinId;
        else if (twin) repointed.push(twinId, ...[...byId.values()].filter((a) => a.duplicateOf === twinId).map((a) => a.id));
      }
      // When the newcomer is the better original, its twin and the twin's reposts point at it, atomically.
      if (await repo.putArticle(article, extraction, repointed)) storedIds.add(article.id);
      for (const id of repointed) {
        byId.set(id, { ...byId.get(id)!, duplicateOf: article.id });
        originals.remove(id);
      }
      byId.set(article.id, { id: article.id, text: article.text, duplicateOf: article.duplicateOf });
      if (!article.duplicateOf) originals.add(article.id, article.text);
    }

    const current = await repo.getTrack(slug);
    const stale = !current || current.projectedCount !== current.articleCount;
    const stored = await readStoredProjection(repo, slug, current?.personIds ?? []);
    const before = { rounds: expandCitations(stored.rounds, stored.quotes), facts: expandCitations(stored.facts, stored.quotes) };
    let after: { rounds: RoundItem[]; facts: FactItem[] } = before;
    if (storedIds.size > 0 || stale) {
      await options.beforeProjection?.();
      const records = await repo.listArticleRecords(slug);
      const projection: TrackProjection = mergeTrack(records);
      const next = projectionToItems(slug, projection);
      await writeProjection(repo.db, slug, stored, next);
      await repo.markProjected(slug, {
        projectedCount: records.length,
        parties: projection.parties,
        personIds: projection.people.map((p) => p.id),
      });
      after = { rounds: expandCitations(next.rounds, next.quoteTexts), facts: expandCitations(next.facts, next.quoteTexts) };
    }

    const saved = new Map((await repo.getArticles(prepared.map(({ article }) => ({ slug, id: article.id })))).map((a) => [a.id, a]));
    const beforeById = new Map(before.facts.map((f) => [f.id, f]));
    return prepared.map(({ article }) => {
      const stored = storedIds.has(article.id);
      let factsAdded = 0;
      let factsCorroborated = 0;
      if (stored) {
        for (const fact of after.facts) {
          if (!citesArticle(fact, article.id)) continue;
          const previous = beforeById.get(fact.id);
          if (!previous) factsAdded++;
          else if (!citesArticle(previous, article.id)) factsCorroborated++;
        }
      }
      return {
        article: saved.get(article.id) ?? article,
        alreadyIngested: !stored,
        factsAdded,
        factsCorroborated,
        roundNumbers: roundsCiting(after.rounds, after.facts, article.id),
      };
    });
  });
}

/** Rounds the article is cited in: by a fact, or by a reported date, place, duration or delegation. */
function roundsCiting(rounds: RoundItem[], facts: FactItem[], articleId: string): number[] {
  const cited = (values: { citations: CitationRef[] }[] | undefined) => (values ?? []).some((value) => citesArticle(value, articleId));
  const numbers = new Set<number>();
  for (const fact of facts) if (citesArticle(fact, articleId)) numbers.add(fact.roundNumber);
  for (const round of rounds) {
    const { date, city, venue } = round.reports;
    if ([date, city, venue, round.delegations, round.duration?.reports].some(cited)) numbers.add(round.number);
  }
  return [...numbers].sort((a, b) => a - b);
}
