// Source: a news outlet; several articles can share one.
import type { SourceItem } from '../functions/store/repository.ts';
import { builder } from './builder.ts';

export const SourceRef = builder.objectRef<SourceItem>('Source');

builder.node(SourceRef, {
  id: { resolve: (s) => s.id },
  loadOne: (id, ctx) => ctx.loaders.source.load(id),
  fields: (t) => ({
    name: t.exposeString('name'),
    articleCount: t.exposeInt('articleCount'),
  }),
});

builder.queryField('sources', (t) =>
  t.field({
    type: [SourceRef],
    description: 'Every outlet seen, by name.',
    resolve: (_root, _args, ctx) => ctx.repo.listSources(),
  }),
);
