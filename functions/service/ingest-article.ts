// Use-case: file one article under a track — extract, deduplicate, store, and re-project the track's facts.
import { BadInputError, NotFoundError } from '../core/errors.ts';
import { slugify } from '../core/text.ts';
import type { ArticleExtraction, ArticleInput, FactView, TrackProjection } from '../core/types.ts';
import { contentHash, extractArticle, findDuplicate } from '../ingest/index.ts';
import { mergeTrack } from '../ingest/merge.ts';
import { withTrackLock } from '../store/lock.ts';
import { projectionToItems, readStoredProjection, writeProjection } from '../store/projection.ts';
import type { ArticleItem, Repository } from '../store/repository.ts';
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

const MAX_FIELD = { source: 200, title: 1_000, url: 2_048 } as const;

function validate(input: IngestInput): void {
  assertSlug(input.track);
  if (input.url != null) {
    let url: URL | null = null;
    try {
      url = new URL(input.url);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || input.url.length > MAX_FIELD.url) {
      throw new BadInputError('`url` must be an absolute http(s) URL of at most 2048 characters.');
    }
  }
  if (input.source != null && (input.source.trim() === '' || input.source.length > MAX_FIELD.source)) {
    throw new BadInputError('`source` must be a non-empty outlet name of at most 200 characters.');
  }
  if (input.title != null && input.title.length > MAX_FIELD.title) {
    throw new BadInputError('`title` must be at most 1000 characters.');
  }
}

/** The outlet: as given, else as detected in the text, else the URL's host, else unknown (never over-counted). */
function resolveSource(input: IngestInput, extraction: ArticleExtraction): { id: string; name: string } {
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
  validate(input);
  const track = await repo.getTrack(input.track);
  if (!track) throw new NotFoundError(`No track with slug "${input.track}". Create it first with createTrack.`);
  const extraction = extractArticle(input);
  const hash = contentHash(extraction.text);
  const id = hash.slice(0, 24);
  const source = resolveSource(input, extraction);
  const now = options.now ?? (() => new Date());

  return withTrackLock(repo.db, input.track, async () => {
    const earlier = await repo.listArticleTexts(input.track);
    const existing = earlier.find((a) => a.id === id);
    const article: ArticleItem = {
      id,
      slug: input.track,
      sourceId: source.id,
      sourceName: source.name,
      title: input.title?.trim() || extraction.title,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? extraction.publishedAt,
      ingestedAt: now().toISOString(),
      contentHash: hash,
      duplicateOf: null,
      text: extraction.text,
    };

    let stored = false;
    if (!existing) {
      const originals = earlier.filter((a) => !a.duplicateOf);
      const twinId = findDuplicate(extraction.text, originals);
      const repointed: string[] = [];
      if (twinId) {
        const [twin] = await repo.getArticles([{ slug: input.track, id: twinId }]);
        if (twin && isOriginalBefore(twin, article)) article.duplicateOf = twinId;
        else if (twin) repointed.push(twinId, ...earlier.filter((a) => a.duplicateOf === twinId).map((a) => a.id));
      }
      // When the newcomer is the better original, its twin and the twin's reposts point at it, atomically.
      stored = await repo.putArticle(article, extraction, repointed);
    }

    const current = await repo.getTrack(input.track);
    const stale = !current || current.projectedCount !== current.articleCount;
    const before = await readStoredProjection(repo, input.track, current?.personIds ?? []);
    if (!stored && !stale) {
      const [saved] = await repo.getArticles([{ slug: input.track, id }]);
      return {
        article: saved ?? article,
        alreadyIngested: true,
        factsAdded: 0,
        factsCorroborated: 0,
        roundNumbers: roundsCiting(before.rounds, before.facts, id),
      };
    }

    await options.beforeProjection?.();
    const records = await repo.listArticleRecords(input.track);
    const projection: TrackProjection = mergeTrack(records);
    const next = projectionToItems(input.track, projection);
    await writeProjection(repo.db, input.track, before, next);
    await repo.markProjected(input.track, {
      projectedCount: records.length,
      parties: projection.parties,
      personIds: projection.people.map((p) => p.id),
    });

    const beforeById = new Map(before.facts.map((f) => [f.id, f]));
    let factsAdded = 0;
    let factsCorroborated = 0;
    for (const fact of next.facts) {
      if (!citesArticle(fact, id)) continue;
      const previous = beforeById.get(fact.id);
      if (!previous) factsAdded++;
      else if (!citesArticle(previous, id)) factsCorroborated++;
    }
    const [saved] = await repo.getArticles([{ slug: input.track, id }]);
    return {
      article: saved ?? article,
      alreadyIngested: !stored,
      factsAdded: stored ? factsAdded : 0,
      factsCorroborated: stored ? factsCorroborated : 0,
      roundNumbers: roundsCiting(next.rounds, next.facts, id),
    };
  });
}

function roundsCiting(
  rounds: { number: number; reports: { date: { citations: { articleId: string }[] }[]; city: { citations: { articleId: string }[] }[]; venue: { citations: { articleId: string }[] }[] }; delegations: { citations: { articleId: string }[] }[]; duration: { reports: { citations: { articleId: string }[] }[] } | null }[],
  facts: { roundNumber: number; citations: { articleId: string }[] }[],
  articleId: string,
): number[] {
  const cites = (list: { citations: { articleId: string }[] }[] | undefined) => (list ?? []).some((v) => v.citations.some((c) => c.articleId === articleId));
  const numbers = new Set<number>();
  for (const fact of facts) if (fact.citations.some((c) => c.articleId === articleId)) numbers.add(fact.roundNumber);
  for (const round of rounds) {
    if (
      cites(round.reports.date) || cites(round.reports.city) || cites(round.reports.venue) ||
      cites(round.delegations) || cites(round.duration?.reports)
    ) {
      numbers.add(round.number);
    }
  }
  return [...numbers].sort((a, b) => a - b);
}
