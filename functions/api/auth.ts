// Bearer-token check in constant time; the token itself is never logged or echoed.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function hasValidToken(authorization: string | null, token: string | null): boolean {
  if (!token || !authorization) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  // Comparing fixed-length digests keeps the time independent of where the strings differ and of their lengths.
  return timingSafeEqual(digest(match[1]!), digest(token));
}
