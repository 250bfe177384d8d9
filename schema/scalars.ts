// Date and DateTime scalars: strict ISO formats, a clear message for anything else.
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const date = match ? new Date(`${value as string}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, e.g. 2025-04-10; got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value as string;
}

builder.scalarType('Date', {
  description: 'Calendar date, YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('DateTime', {
  description: 'Instant in ISO-8601, UTC.',
  serialize: (value) => new Date(value).toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw new GraphQLError('DateTime must be an ISO-8601 instant, e.g. 2025-04-10T12:00:00Z.', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return date.toISOString();
  },
});
