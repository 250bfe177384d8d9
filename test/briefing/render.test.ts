// Behaviour of the one-page briefing as a reader sees it: one page, the right facts, stable bytes.

import { describe, expect, it } from 'vitest';
import { toBriefingData } from '../../functions/briefing/data.ts';
import { composeBriefing, renderBriefing } from '../../functions/briefing/render.ts';
import {
  istanbulBriefing,
  istanbulRound2,
  plannedBriefing,
  plannedRound3,
  round2BeforePlanned,
  SOURCE_NAMES,
  stressBriefing,
  TRACK,
  unicodeBriefing,
} from '../helpers/briefing-fixtures.ts';
import { flatText, parsePdf } from '../helpers/pdf.ts';

describe('renderBriefing', () => {
  it('puts the Istanbul round on one page with date, venue, heads and outcomes', async () => {
    const bytes = await renderBriefing(istanbulBriefing(), {});

    const pdf = await parsePdf(bytes);
    const text = flatText(pdf);
    expect(pdf.pageCount).toBe(1);
    expect(text).toContain('Russia–US consultations on embassy operations');
    expect(text).toContain('10 April 2025');
    expect(text).toContain('Russian Consulate General');
    expect(text).toContain('Alexander Darchiev');
    expect(text).toContain('Sonata Coulter');
    expect(text).toContain('uninterrupted banking services');
    expect(text).toContain('roadmap on the return of six Russian diplomatic properties');
  });

  it('embeds fonts that carry Latin Extended and Cyrillic, so the names extract as written', async () => {
    const text = flatText(await parsePdf(await renderBriefing(unicodeBriefing(), {})));

    expect(text).toContain('Çırağan');
    expect(text).toContain('Türkiye');
    expect(text).toContain('Дарчиев');
  });

  it('shows each proposal or concern with its side and each line with its outlet count', async () => {
    const text = flatText(await parsePdf(await renderBriefing(istanbulBriefing(), {})));

    expect(text).toMatch(/Russia proposal Russia proposed resuming direct air service/);
    expect(text).toMatch(/United States concern The United States raised concerns/);
    expect(text).toMatch(/direct air service between the two countries\. 4 outlets/);
  });

  it('flags the disputed duration and lists each reported value with its outlets', async () => {
    const text = flatText(await parsePdf(await renderBriefing(istanbulBriefing(), {})));

    expect(text).toContain('sources differ');
    expect(text).toMatch(/5 1\/2 hours TASS/);
    expect(text).toMatch(/over five hours TROIB News/);
    expect(text).toMatch(/Title of head \(United States\)/);
  });

  it('counts outlets without reposts and dates the data from the round, not the clock', async () => {
    const pdf = await parsePdf(await renderBriefing(istanbulBriefing(), {}));
    const text = flatText(pdf);

    expect(text).toContain('Generated from 4 sources');
    expect(text).not.toContain('Unknown blog');
    expect(text).toContain('Data as of 2025-04-11 08:00 UTC');
    expect(pdf.info.CreationDate).toBe('D:20250411080000Z');
    expect(pdf.info.ModDate).toBe('D:20250411080000Z');
  });

  it('gives byte-identical PDFs for the same data', async () => {
    const first = await renderBriefing(istanbulBriefing(), {});
    const second = await renderBriefing(structuredClone(istanbulBriefing()), {});

    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('fits 60 long facts and 10 outlets on one page and says how many facts are left out', async () => {
    const data = stressBriefing();

    const { doc, plan } = composeBriefing(data, {});
    const pagesInPdfkit = doc.bufferedPageRange().count;
    doc.end();
    const pdf = await parsePdf(await renderBriefing(data, {}));
    const text = flatText(pdf);

    expect(pagesInPdfkit).toBe(1);
    expect(pdf.pageCount).toBe(1);
    expect(plan.hiddenFacts).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`\\+${plan.hiddenFacts} more facts\\b.* in the API`));
    expect(text).toContain('Generated from 10 sources');
    expect(text).toContain('Дарчиев');
  });

  it('keeps the most widely reported facts when space runs out', async () => {
    const text = flatText(await parsePdf(await renderBriefing(stressBriefing(), {})));

    const shownCounts = [...text.matchAll(/(\d+) outlets?/g)].map((m) => Number(m[1]));
    expect(text).toContain('Fact 1:'); // reported by all ten outlets
    expect(text).not.toContain('Fact 60:'); // reported by one
    expect(Math.min(...shownCounts)).toBeGreaterThanOrEqual(9);
  });

  it('uses A4 by default and a 612×792 MediaBox for US Letter', async () => {
    const a4 = await parsePdf(await renderBriefing(istanbulBriefing(), {}));
    const letter = await parsePdf(await renderBriefing(istanbulBriefing(), { paper: 'LETTER' }));

    expect(a4.pageBoxes[0]).toEqual([0, 0, 595.28, 841.89]);
    expect(letter.pageBoxes[0]).toEqual([0, 0, 612, 792]);
    expect(letter.pageCount).toBe(1);
  });

  it('renders a planned round as a short upcoming briefing with what is expected and next steps', async () => {
    const pdf = await parsePdf(await renderBriefing(plannedBriefing(), {}));
    const text = flatText(pdf);

    expect(pdf.pageCount).toBe(1);
    expect(text).toContain('UPCOMING');
    expect(text).toContain('not taken place yet');
    expect(text).toContain('What is expected');
    expect(text).toContain('The timing of the next round is under coordination.');
  });

  it('opens an upcoming round with what the coverage of the round before it announced', async () => {
    const data = toBriefingData(TRACK, plannedRound3(), SOURCE_NAMES, round2BeforePlanned());
    const { doc, plan } = composeBriefing(data, {});
    doc.end();
    const text = flatText(await parsePdf(await renderBriefing(data, {})));

    expect(plan.shownAnnounced).toBe(1);
    expect(text).toContain('Announced in coverage of round 2');
    expect(text).toContain('representation are to be determined');
    expect(text.indexOf('Announced in coverage of round 2')).toBeLessThan(text.indexOf('What is expected'));
  });

  it('says plainly when an upcoming round has nothing reported beyond its announcement', async () => {
    const round = plannedRound3();
    round.facts = [];
    const text = flatText(await parsePdf(await renderBriefing(toBriefingData(TRACK, round, SOURCE_NAMES), {})));

    expect(text).toContain('no more about it than that it is planned');
    expect(text).not.toContain('Below is what outlets have reported');
  });

  it('rejects data whose timestamp is not an instant instead of falling back to the clock', async () => {
    const data = istanbulBriefing();
    data.round.updatedAt = 'yesterday';

    await expect(renderBriefing(data, {})).rejects.toThrow(/updatedAt/);
  });
});

describe('a head no outlet says led the side', () => {
  it('is shown with what the page names them on, and a head an outlet reports is shown without it', async () => {
    const round = istanbulRound2();
    round.delegations[1] = { ...round.delegations[1]!, headEvidence: 'ROLE' };
    const text = flatText(await parsePdf(await renderBriefing(toBriefingData(TRACK, round, SOURCE_NAMES), {})));
    expect(text).toContain('named by role; no outlet says who led');
    expect(flatText(await parsePdf(await renderBriefing(istanbulBriefing(), {})))).not.toContain('no outlet says who led');
  });
});
