// The served schema: every type file registers itself on the builder; this module assembles them.
import { builder } from './builder.ts';
import './scalars.ts';
import './source.ts';
import './article.ts';
import './person.ts';
import './common.ts';
import './fact.ts';
import './round.ts';
import './track.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema();
