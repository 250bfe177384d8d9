// Use-case: open a new track (one negotiation followed over time).
import { BadInputError } from '../core/errors.ts';
import type { Repository, TrackItem } from '../store/repository.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function assertSlug(slug: string): void {
  if (slug.length > 80 || !SLUG.test(slug)) {
    throw new BadInputError(
      `Track slug "${slug.slice(0, 80)}" is malformed: use lower-case words joined by hyphens, e.g. russia-us-embassy-talks (80 characters at most).`,
    );
  }
}

export async function createTrack(repo: Repository, input: { slug: string; title: string }): Promise<TrackItem> {
  assertSlug(input.slug);
  const title = input.title.trim();
  if (!title || title.length > 300) throw new BadInputError('Track title must be 1 to 300 characters.');
  const track = await repo.createTrack(input.slug, title);
  if (!track) throw new BadInputError(`Track slug "${input.slug}" is already taken.`);
  return track;
}
