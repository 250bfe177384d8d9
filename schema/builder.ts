// The Pothos builder and its plugins, nothing else.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import { BadInputError } from '../functions/core/errors.ts';
import type { GraphQLContext } from './context.ts';

/** Estimated fields resolved, list sizes multiplied in; a ten-track dashboard with 50 facts per round is ~90k. */
export const COMPLEXITY_LIMIT = 150_000;

/** A paginated field costs its page size times its selection. */
export const pagedComplexity = (args: { first?: number | null; last?: number | null }) => ({
  field: 1,
  multiplier: Math.min(args.first ?? args.last ?? 20, 100),
});

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ComplexityPlugin, RelayPlugin],
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    decodeGlobalID: (globalID: string) => {
      try {
        return decodeGlobalID(globalID);
      } catch (error) {
        throw new BadInputError(`"${globalID.slice(0, 100)}" is not an id this API returned; pass the id field of a node.`, { cause: error });
      }
    },
    // The connection field itself carries the page-size multiplier (see pagedComplexity), so edges add none.
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
  },
  complexity: {
    defaultComplexity: 1,
    // Plain lists (rounds, delegations, citations) are short in this domain; pages are priced by `first`.
    defaultListMultiplier: 5,
    limit: { complexity: COMPLEXITY_LIMIT },
  },
});
