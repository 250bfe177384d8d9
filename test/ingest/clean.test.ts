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
});
