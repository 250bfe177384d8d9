import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../functions/ingest/clean.ts';

describe('cleanArticle', () => {
  it('keeps paragraphs separated by blank lines', () => {
    const cleaned = cleanArticle('First paragraph of the story is here.\nSecond paragraph follows right after it.');
    expect(cleaned.text).toBe('First paragraph of the story is here.\n\nSecond paragraph follows right after it.');
  });

  it('takes a leading "date YYYY-MM-DD" marker out of the text', () => {
    const cleaned = cleanArticle(' date 2025-04-10 ISTANBUL, April 10. /TASS/. Russia and the US met.');
    expect(cleaned.markedDate).toBe('2025-04-10');
    expect(cleaned.text.startsWith('ISTANBUL, April 10.')).toBe(true);
  });

  it('takes a first line without final punctuation as the headline', () => {
    const cleaned = cleanArticle('Iran and US hold talks in Oman\n\nIran and the United States held talks in Muscat on Saturday, officials said, and agreed to meet again.');
    expect(cleaned.title).toBe('Iran and US hold talks in Oman');
    expect(cleaned.text).not.toContain('Iran and US hold talks in Oman\n');
  });

  it('drops UI lines written in another script', () => {
    const cleaned = cleanArticle('The meeting lasted five hours, the ministry said in a statement today.\nالبحث\n1كيلو بايت');
    expect(cleaned.text).toBe('The meeting lasted five hours, the ministry said in a statement today.');
  });

  it('drops lone numbers and share counters', () => {
    const cleaned = cleanArticle('The delegations met for a second round of talks in Geneva on Monday.\n0\nLike\n12 shares');
    expect(cleaned.text).toBe('The delegations met for a second round of talks in Geneva on Monday.');
  });

  it('cuts everything after a "Read more" list once the body has started', () => {
    const body = 'The delegations met for a second round of talks in Geneva on Monday and agreed on a roadmap. '.repeat(3);
    const cleaned = cleanArticle(`${body}\nRead more\nAnother story about something else entirely.`);
    expect(cleaned.text).not.toContain('Another story');
  });

  it('moves bylines, source and copyright lines to credits', () => {
    const cleaned = cleanArticle('The talks ended on Friday with an agreement on prisoners, officials said.\nAarav Patel for TROIB News\nSources: News Agency - officials\n© 2025 Example Wire');
    expect(cleaned.text).toBe('The talks ended on Friday with an agreement on prisoners, officials said.');
    expect(cleaned.credits).toEqual(['Aarav Patel for TROIB News', 'Sources: News Agency - officials', '© 2025 Example Wire']);
  });

  it('drops cookie banners', () => {
    const cleaned = cleanArticle('We use cookies to improve your experience. Accept all\nThe envoys met in Doha for talks on a ceasefire on Sunday.');
    expect(cleaned.text).toBe('The envoys met in Doha for talks on a ceasefire on Sunday.');
  });

  it('keeps headline and paragraphs of an HTML page and drops scripts, menus and asides', () => {
    const html = '<html><head><title>Page</title><script>alert(1)</script></head><body><nav>Home | World</nav><h1>Talks end in Rome</h1><p>The fifth round of talks ended in Rome on Friday after two hours.</p><aside>Related: other news</aside><footer>© 2025 X</footer></body></html>';
    const cleaned = cleanArticle(html);
    expect(cleaned.title).toBe('Talks end in Rome');
    expect(cleaned.text).toBe('The fifth round of talks ended in Rome on Friday after two hours.');
  });

  it('stores tags inside plain text as text, decoding entities and never keeping scripts', () => {
    const cleaned = cleanArticle('The sides met in Rome &amp; agreed to talk again. <script>steal()</script><b>Bold</b> claims followed.');
    expect(cleaned.text).toBe('The sides met in Rome & agreed to talk again. Bold claims followed.');
  });

  it('strips control characters', () => {
    const cleaned = cleanArticle('The sides\u0007 met in Rome\u200B on Friday for talks.');
    expect(cleaned.text).toBe('The sides met in Rome on Friday for talks.');
  });

  it('drops a teaser that the body repeats in full', () => {
    const cleaned = cleanArticle('Headline about the talks in Istanbul\nThe delegations concentrated on restoring the work of their missions...\nDuring the talks the delegations concentrated on restoring the work of their missions, both sides said.');
    expect(cleaned.text).toBe('During the talks the delegations concentrated on restoring the work of their missions, both sides said.');
  });

  it('moves a header strip of outlet, date and wire to credits', () => {
    const cleaned = cleanArticle('Envoys meet in Geneva for talks\n\nDaily Courier | Monday, March 3, 2025 | Example Wire\n\nGENEVA (EW) — The envoys of both countries met in Geneva on Monday for a second round of talks.');
    expect(cleaned.text.startsWith('GENEVA (EW) —')).toBe(true);
    expect(cleaned.credits).toContain('Daily Courier | Monday, March 3, 2025 | Example Wire');
  });

  it('moves date-only lines, labelled writers, bylines and bracketed reporting credits to credits', () => {
    const cleaned = cleanArticle('Talks end in Geneva without a deal\n\nTuesday, 4 March 2025\nWRITER: Example Wire\nBy JANE DOE and JOHN ROE, Example Press\n\nThe envoys ended two days of talks in Geneva on Tuesday without an agreement, officials said.\n\n(Reporting by Jane Doe in Geneva; Editing by John Roe)');
    expect(cleaned.text).toBe('The envoys ended two days of talks in Geneva on Tuesday without an agreement, officials said.');
    expect(cleaned.credits).toEqual(['Tuesday, 4 March 2025', 'WRITER: Example Wire', 'By JANE DOE and JOHN ROE, Example Press', '(Reporting by Jane Doe in Geneva; Editing by John Roe)']);
  });

  it('drops breadcrumbs, section labels, tag lines, counters and codes without words', () => {
    const cleaned = cleanArticle('Home > World > Europe\nSECTION: World\nThe delegations met in Vienna on Friday for a third round of talks on the dispute.\nLike 40 | Share\n77**301\nTags: Vienna, talks, diplomacy');
    expect(cleaned.text).toBe('The delegations met in Vienna on Friday for a third round of talks on the dispute.');
  });

  it('cuts a "More from …:" list of other stories', () => {
    const body = 'The delegations met for a second round of talks in Geneva on Monday and agreed on a roadmap. '.repeat(3);
    const cleaned = cleanArticle(`${body}\nMORE FROM THE COURIER: Storm hits the coast | More regional news`);
    expect(cleaned.text).not.toContain('MORE FROM');
  });

  it('keeps real sentences and bulleted points that resemble furniture', () => {
    const text = 'Finland applied to become a member of the alliance after the talks in May.\n• Ceasefire from midnight\nBy Monday, the two sides had agreed on a timetable.';
    expect(cleanArticle(text).text).toBe('Finland applied to become a member of the alliance after the talks in May.\n\n• Ceasefire from midnight\n\nBy Monday, the two sides had agreed on a timetable.');
  });

  it('drops the site header of a web page before its <h1> headline, keeping credit lines', () => {
    const html = '<body><div class="breadcrumbs">Home › World</div><span class="kicker">DIPLOMACY</span><p>Top story</p><p class="date">June 3, 2025</p><h1>Envoys agree to meet again</h1><p>The envoys met in Oslo on Tuesday and agreed to hold another round of talks next month.</p></body>';
    const cleaned = cleanArticle(html);
    expect(cleaned.title).toBe('Envoys agree to meet again');
    expect(cleaned.text).toBe('The envoys met in Oslo on Tuesday and agreed to hold another round of talks next month.');
    expect(cleaned.credits).toEqual(['June 3, 2025']);
  });
});
