// Cursor pagination over in-memory lists in a stable order, `first` capped at 100.
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { BadInputError } from '../functions/core/errors.ts';

export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  if (first == null) return fallback;
  if (first < 0) throw new BadInputError('`first` must be zero or more.');
  return Math.min(first, MAX_PAGE);
}

export function paginate<T>(args: PageArgs, items: readonly T[]) {
  if (args.last != null && args.last < 0) throw new BadInputError('`last` must be zero or more.');
  for (const cursor of [args.after, args.before]) {
    if (cursor != null && !/^[A-Za-z0-9+/=]{1,200}$/.test(cursor)) {
      throw new BadInputError('The cursor is not one this API returned; pass a cursor from a previous page.');
    }
  }
  try {
    return connectionOf(args, items);
  } catch (error) {
    throw new BadInputError('The cursor is not one this API returned; pass a cursor from a previous page.', { cause: error });
  }
}

function connectionOf<T>(args: PageArgs, items: readonly T[]) {
  return resolveArrayConnection(
    {
      args: {
        first: args.first == null && args.last == null ? pageSize(null) : args.first == null ? null : pageSize(args.first),
        last: args.last == null ? null : Math.min(args.last, MAX_PAGE),
        after: args.after ?? null,
        before: args.before ?? null,
      },
      maxSize: MAX_PAGE,
      defaultSize: 20,
    },
    items,
  );
}
