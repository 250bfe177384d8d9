// Person: a delegation head or speaker, one identity across spellings and tracks.
import { foldForSearch } from '../functions/core/text.ts';
import type { PersonShape } from '../functions/store/loaders.ts';
import { builder, pagedComplexity } from './builder.ts';
import { PersonTitleRef } from './common.ts';
import { paginate } from './pagination.ts';
import { RoundRef } from './round.ts';

export const PersonRef = builder.objectRef<PersonShape>('Person');

builder.node(PersonRef, {
  id: { resolve: (p) => p.id },
  loadOne: async (id, ctx) => (await ctx.loaders.people()).get(id) ?? null,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name, e.g. Alexander Darchiev.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings seen, e.g. Aleksandr Darchiev.' }),
    titles: t.field({ type: [PersonTitleRef], resolve: (p) => p.titles }),
    rounds: t.field({
      type: [RoundRef],
      resolve: async (p, _args, ctx) => {
        const rounds = await Promise.all(
          p.rounds.map(async (r) => (await ctx.loaders.projection.load(r.slug)).rounds.find((x) => x.number === r.number)),
        );
        return rounds.filter((r) => r !== undefined);
      },
    }),
  }),
});

builder.queryField('people', (t) =>
  t.connection({
    type: PersonRef,
    complexity: pagedComplexity,
    description: 'People seen in any track, by name; `name` matches any spelling, accents and case ignored.',
    args: { name: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const needle = args.name ? foldForSearch(args.name) : '';
      const people = [...(await ctx.loaders.people()).values()]
        .filter((p) => !needle || [p.name, ...p.aliases].some((n) => foldForSearch(n).includes(needle)))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
      return paginate(args, people);
    },
  }, { name: 'PersonConnection' }, { name: 'PersonEdge' }),
);
