// GET /briefings/{track}/{n}.pdf: load the round, render it, and answer with cache headers and ETag/304.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { toBriefingData } from '../briefing/data.ts';
import { renderBriefing } from '../briefing/render.ts';
import { canonicalJson } from '../store/projection.ts';
import type { Repository } from '../store/repository.ts';
import { jsonError } from './lambda-http.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE = /^([1-9]\d{0,3})\.pdf$/;

export interface BriefingRequest {
  track: string | undefined;
  file: string | undefined;
  paper: string | null;
  ifNoneMatch: string | null;
}

export async function serveBriefing(repo: Repository, request: BriefingRequest): Promise<APIGatewayProxyStructuredResultV2> {
  const { track, file } = request;
  const number = file ? FILE.exec(file)?.[1] : undefined;
  if (!track || track.length > 80 || !SLUG.test(track) || !number) {
    return jsonError(400, 'Briefing URLs look like /briefings/<track-slug>/<round-number>.pdf, e.g. /briefings/russia-us-embassy-talks/2.pdf.', 'BAD_REQUEST');
  }
  const paper = request.paper === null || request.paper === 'a4' ? 'A4' : request.paper === 'letter' ? 'LETTER' : null;
  if (!paper) return jsonError(400, 'paper must be "a4" (the default) or "letter".', 'BAD_REQUEST');

  const trackItem = await repo.getTrack(track);
  if (!trackItem) return jsonError(404, `No track with slug "${track}".`, 'NOT_FOUND');
  const projection = await repo.getTrackProjection(track);
  const round = projection.rounds.find((r) => r.number === Number(number));
  if (!round) {
    const known = projection.rounds.map((r) => r.number).sort((a, b) => a - b).join(', ') || 'none yet';
    return jsonError(404, `Track "${track}" has no round ${number} (rounds: ${known}).`, 'NOT_FOUND');
  }
  const facts = projection.facts.filter((f) => f.roundNumber === round.number);
  // An upcoming round is announced in the coverage of the round before it: its next steps go on the page too.
  const before = round.status === 'PLANNED' ? projection.rounds.filter((r) => r.number < round.number).sort((a, b) => b.number - a.number)[0] : undefined;
  const previous = before
    ? { number: before.number, sourceIds: before.sourceIds, facts: projection.facts.filter((f) => f.roundNumber === before.number && f.kind === 'NEXT_STEP') }
    : null;
  const shownFacts = [...facts, ...(previous?.facts ?? [])];
  const sourceIds = [...new Set([...round.sourceIds, ...shownFacts.flatMap((f) => f.citations.map((c) => c.sourceId))])];
  const sources = await repo.getSources(sourceIds);
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));

  // The ETag is the version of everything the page shows, so it changes exactly when the PDF would.
  const etag = `"${createHash('sha256')
    .update(canonicalJson({ v: 2, paper, title: trackItem.title, round, facts, previous, sources: [...sourceNames].sort() }))
    .digest('base64url')
    .slice(0, 27)}"`;
  const headers = {
    etag,
    'cache-control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
    vary: 'accept-encoding',
  };
  if (request.ifNoneMatch && request.ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return { statusCode: 304, headers, body: '', isBase64Encoded: false };
  }
  const data = toBriefingData({ slug: trackItem.slug, title: trackItem.title }, { ...round, facts }, sourceNames, previous);
  const pdf = await renderBriefing(data, { paper });
  return {
    statusCode: 200,
    headers: {
      ...headers,
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${track}-round-${number}.pdf"`,
      'content-length': String(pdf.byteLength),
    },
    body: Buffer.from(pdf).toString('base64'),
    isBase64Encoded: true,
  };
}
