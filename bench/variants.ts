// Generates distinct articles about the seed talks: paragraphs recombined across seeds, outlets, dates, numbers, names, wording varied.
import type { ArticleInput } from '../functions/core/types.ts';

/** Small deterministic PRNG (mulberry32): the same variants on every run, so runs compare. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function shuffle<T>(rng: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const OUTLET_FIRST = ['Baltic', 'Northern', 'Capital', 'Evening', 'Morning', 'Global', 'Eastern', 'Continental', 'Pacific', 'Atlantic', 'Harbor', 'Union', 'Central', 'Metro', 'Daily', 'Weekly', 'Frontier', 'Summit', 'Crescent', 'Meridian', 'Coastal', 'Highland', 'Riverside', 'Liberty', 'Federal', 'Civic', 'Lakeside', 'Granite', 'Compass', 'Beacon'];
const OUTLET_SECOND = ['Herald', 'Tribune', 'Courier', 'Gazette', 'Observer', 'Wire', 'Post', 'Chronicle', 'Dispatch', 'Monitor', 'Ledger', 'Review', 'Times', 'Bulletin', 'Sentinel', 'Journal', 'Record', 'Express', 'Standard', 'Register', 'Report', 'Digest', 'Signal', 'Press', 'Telegraph', 'Examiner', 'Leader', 'Messenger', 'Voice', 'Echo'];

// Few alternatives each, so the track sees disagreements (as real coverage has) without a new person per article.
const RUSSIAN_HEADS = ['Alexander Darchiev', 'Aleksandr Darchiev', 'Pavel Orlov', 'Nikolai Zorin'];
const US_HEADS = ['Sonata Coulter', 'Megan Hale', 'Daniel Brooks'];
const CITIES = [
  { city: 'Istanbul', country: 'Türkiye' },
  { city: 'Ankara', country: 'Türkiye' },
  { city: 'Vienna', country: 'Austria' },
];
const HOURS = ['four', 'five', 'six', 'seven'];
const EARLIER_DAYS = ['February 26', 'February 27', 'February 28'];

/** Word-level alternatives: every variant words the same paragraphs differently, which breaks shared 5-word shingles. */
const SYNONYMS: [RegExp, string[]][] = [
  [/\bconsultations\b/g, ['consultations', 'talks', 'negotiations', 'discussions']],
  [/\btalks\b/g, ['talks', 'consultations', 'negotiations', 'discussions']],
  [/\bmeeting\b/g, ['meeting', 'session', 'encounter', 'sitting']],
  [/\bembassies\b/g, ['embassies', 'diplomatic missions', 'missions abroad']],
  [/\bdelegation\b/g, ['delegation', 'team', 'side']],
  [/\blasted\b/g, ['lasted', 'went on for', 'ran for', 'took']],
  [/\bsaid\b/g, ['said', 'stated', 'noted', 'told reporters']],
  [/\bthe US\b/g, ['the US', 'the United States', 'Washington']],
  [/\bthe two\b/g, ['the two', 'both', 'the two sides\'']],
  [/\bdiplomats\b/g, ['diplomats', 'diplomatic staff', 'envoys']],
  [/\bagreed\b/g, ['agreed', 'consented', 'came to terms']],
  [/\bnormaliz(e|ing)\b/g, ['normaliz$1', 'restor$1', 'stabiliz$1']],
  [/\boperation\b/g, ['operation', 'work', 'functioning']],
  [/\bhighlights\b/g, ['highlights', 'main points', 'key takeaways']],
  [/\bissues\b/g, ['issues', 'questions', 'matters', 'problems']],
  [/\bimportant\b/g, ['important', 'significant', 'key', 'essential']],
  [/\balso\b/g, ['also', 'in addition', 'moreover', 'as well']],
  [/\baccording to\b/gi, ['according to', 'as reported by', 'citing']],
  [/\bdiplomatic\b/g, ['diplomatic', 'foreign-service', 'diplomatic']],
  [/\bbilateral\b/g, ['bilateral', 'two-way', 'mutual']],
  [/\bsides\b/g, ['sides', 'parties', 'delegations']],
  [/\bround\b/g, ['round', 'round', 'stage']],
  [/\bheld\b/g, ['held', 'conducted', 'staged']],
  [/\bnext\b/g, ['next', 'following', 'upcoming']],
  [/\bensure\b/g, ['ensure', 'guarantee', 'secure']],
  [/\bdiscussed\b/g, ['discussed', 'talked about', 'reviewed', 'considered']],
  [/\bwork\b/g, ['work', 'activity', 'operations']],
];

interface Paragraph {
  text: string;
  lead: boolean;
}

function paragraphsOf(seeds: readonly { text: string }[]): Paragraph[] {
  const seen = new Set<string>();
  const pool: Paragraph[] = [];
  for (const { text } of seeds) {
    let lead = true;
    for (const raw of text.split(/\n\s*\n/)) {
      // Strip the scraper's "date YYYY-MM-DD" prefix: each variant writes its own dateline.
      const paragraph = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').trim();
      const lines = paragraph.split('\n');
      // Page furniture scraped with the seeds (menus, "related" lists, another script) ends an article for the cleaner.
      const furniture = /[\u0600-\u06ff]/.test(paragraph) || (lines.length > 2 && paragraph.length / lines.length < 80);
      if (paragraph.length < 40 || !/[a-z]{3}/.test(paragraph) || furniture || seen.has(paragraph)) continue;
      seen.add(paragraph);
      pool.push({ text: paragraph, lead });
      lead = false;
    }
  }
  return pool;
}

/** Sentence ends: terminal punctuation (maybe inside a closing quote) before a capital or an opening quote. */
function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s*\n\s*/g, ' ')
    .split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30);
}

function reword(rng: () => number, text: string, names: { ru: string; us: string; city: string; country: string; hours: string; earlier: string; halfHours: number }): string {
  let out = text
    .replace(/\b(Alexander|Aleksandr) Darchiev\b/g, names.ru)
    .replace(/\bDarchiev\b/g, names.ru.split(' ').at(-1)!)
    .replace(/\bSonata Coulter\b/g, names.us)
    .replace(/\bCoulter\b/g, names.us.split(' ').at(-1)!)
    .replace(/\bIstanbul\b/g, names.city)
    .replace(/\bTürkiye\b/g, names.country)
    .replace(/\b5 1\/2 hours\b/g, `${names.halfHours} 1/2 hours`)
    .replace(/\b(six|five) hours\b/g, `${names.hours} hours`)
    .replace(/\bFebruary 27\b/g, names.earlier)
    .replace(/\bTASS\b/g, 'the agency');
  for (const [pattern, options] of SYNONYMS) out = out.replace(pattern, (...match) => {
    const choice = pick(rng, options);
    // Back-references ($1) in an option refer to the matched group.
    return choice.replace('$1', String(match[1] ?? ''));
  });
  return out;
}

/**
 * `count` articles, each a lead paragraph plus 10–16 sentences drawn from the whole seed pool in random order,
 * with its own outlet, publication date, dateline, durations, heads' names, city and wording.
 */
export function generateVariants(seeds: readonly { text: string }[], count: number, seed = 20250410): ArticleInput[] {
  const pool = paragraphsOf(seeds);
  const leads = pool.filter((p) => p.lead);
  const sentences = [...new Set(pool.filter((p) => !p.lead).flatMap((p) => splitSentences(p.text)))];
  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const rng = prng(seed + i * 7919);
    const place = pick(rng, CITIES);
    const names = {
      ru: pick(rng, RUSSIAN_HEADS),
      us: pick(rng, US_HEADS),
      city: place.city,
      country: place.country,
      hours: pick(rng, HOURS),
      earlier: pick(rng, EARLIER_DAYS),
      halfHours: 4 + Math.floor(rng() * 3),
    };
    const day = 10 + Math.floor(rng() * 4);
    const publishedAt = `2025-04-${String(day).padStart(2, '0')}`;
    const combos = OUTLET_FIRST.length * OUTLET_SECOND.length;
    const outlet = `${OUTLET_FIRST[i % OUTLET_FIRST.length]} ${OUTLET_SECOND[Math.floor(i / OUTLET_FIRST.length) % OUTLET_SECOND.length]}${i >= combos ? ` ${Math.floor(i / combos) + 1}` : ''}`;
    // Sentences, not paragraphs, drawn from the pool: two articles then share a sentence or two, not whole paragraphs.
    const chosen = shuffle(rng, [...sentences]).slice(0, 10 + Math.floor(rng() * 7));
    const grouped: string[] = [];
    for (let s = 0; s < chosen.length; s += 3) grouped.push(chosen.slice(s, s + 3).join(' '));
    const paragraphs = [pick(rng, leads).text, ...grouped].map((p) => reword(rng, p, names));
    const dateline = `${names.city.toUpperCase()}, April ${day} (${outlet}) —`;
    articles.push({
      text: `${dateline} ${paragraphs.join('\n\n')}`,
      source: outlet,
      publishedAt,
      title: `${outlet}: ${names.city} round of Russia–US embassy talks`,
    });
  }
  return articles;
}
