import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBriefing } from '../../functions/api/briefing-route.ts';
import { SEED_TRACK } from '../../functions/local/seeds.ts';
import { createTestApi, type TestApi } from '../helpers/api.ts';
import { parsePdf } from '../helpers/pdf.ts';

describe('GET /briefings/{track}/{n}.pdf on the seeds', () => {
  let t: TestApi;
  let rounds: { number: number; status: string; date: string | null; venue: string | null }[];
  beforeAll(async () => {
    t = await createTestApi();
    await t.seed();
    const result = await t.post(`{ track(slug: "${SEED_TRACK.slug}") { rounds { number status date venue } } }`);
    rounds = result.data.track.rounds;
  }, 120_000);
  afterAll(() => t.table.drop());

  const get = (track: string | undefined, file: string | undefined, extra: { paper?: string; ifNoneMatch?: string } = {}) =>
    serveBriefing(t.repo, { track, file, paper: extra.paper ?? null, ifNoneMatch: extra.ifNoneMatch ?? null });

  it('renders every round of the seeds as a valid one-page PDF', async () => {
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    for (const round of rounds) {
      const response = await get(SEED_TRACK.slug, `${round.number}.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers?.['content-type']).toBe('application/pdf');
      expect(response.headers?.['content-disposition']).toBe(`inline; filename="${SEED_TRACK.slug}-round-${round.number}.pdf"`);
      const pdf = await parsePdf(Buffer.from(response.body!, 'base64'));
      expect(pdf.pageCount).toBe(1);
      const text = pdf.pages[0]!;
      if (round.venue) expect(text).toContain(round.venue);
    }
  });

  it('shows the date, venue, heads and an outcome of round 2', async () => {
    const response = await get(SEED_TRACK.slug, '2.pdf');
    const text = (await parsePdf(Buffer.from(response.body!, 'base64'))).pages[0]!;
    expect(text).toContain('10 April 2025');
    expect(text).toContain('Russian Consulate General');
    expect(text).toContain('Darchiev');
    expect(text).toContain('Coulter');
    expect(text).toMatch(/Outcomes/);
  });

  it('opens the planned round with the next steps that round 2’s coverage announced', async () => {
    const planned = rounds.find((round) => round.status === 'PLANNED');
    expect(planned).toBeDefined();
    const response = await get(SEED_TRACK.slug, `${planned!.number}.pdf`);
    const text = (await parsePdf(Buffer.from(response.body!, 'base64'))).pages[0]!.replace(/\s+/g, ' ');
    expect(text).toContain(`Announced in coverage of round ${planned!.number - 1}`);
    expect(text).toMatch(/follow-up meeting|next round|next meeting/);
  });

  it('gives the same bytes and ETag for the same facts, and 304 on If-None-Match', async () => {
    const first = await get(SEED_TRACK.slug, '2.pdf');
    const second = await get(SEED_TRACK.slug, '2.pdf');
    expect(second.body).toBe(first.body);
    const etag = first.headers?.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers?.['cache-control']).toMatch(/s-maxage/);
    const cached = await get(SEED_TRACK.slug, '2.pdf', { ifNoneMatch: etag });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
  });

  it('renders US Letter on ?paper=letter, with its own ETag', async () => {
    const a4 = await get(SEED_TRACK.slug, '2.pdf');
    const letter = await get(SEED_TRACK.slug, '2.pdf', { paper: 'letter' });
    const pdf = await parsePdf(Buffer.from(letter.body!, 'base64'));
    expect(pdf.pageBoxes[0]).toEqual([0, 0, 612, 792]);
    expect(letter.headers?.etag).not.toBe(a4.headers?.etag);
  });

  it('answers 404 with a clear message for an unknown track or round', async () => {
    const noTrack = await get('no-such-track', '1.pdf');
    expect(noTrack.statusCode).toBe(404);
    expect(JSON.parse(noTrack.body!).errors[0].message).toMatch(/No track/);
    const noRound = await get(SEED_TRACK.slug, '99.pdf');
    expect(noRound.statusCode).toBe(404);
    expect(JSON.parse(noRound.body!).errors[0].message).toMatch(/has no round 99/);
  });

  it('answers 400 for malformed paths, traversal attempts and unknown paper', async () => {
    for (const [track, file] of [
      ['..', '2.pdf'],
      ['%2e%2e', 'etc'],
      [SEED_TRACK.slug, '../../etc/passwd'],
      [SEED_TRACK.slug, 'two.pdf'],
      [SEED_TRACK.slug, '0.pdf'],
      ['Upper', '1.pdf'],
      [undefined, undefined],
    ] as const) {
      expect((await get(track, file)).statusCode, `${track}/${file}`).toBe(400);
    }
    expect((await get(SEED_TRACK.slug, '2.pdf', { paper: 'tabloid' })).statusCode).toBe(400);
  });
});
