// Single-valued fields across outlets: group compatible reports, pick the displayed value, flag conflicts.

import type { CitationRef, ConflictView, DurationInterval, DurationView, IsoDate, ReportedValue } from '../core/types.ts';
import {
  cityTokens,
  compareStrings,
  hasDiacritics,
  intersectionSize,
  oneEditApart,
  placeKey,
  stemWord,
  titleTokens,
  tokensContained,
  venueTokens,
} from './normalize.ts';

import { NUMBER_WORDS } from './durations.ts';
import { isMeetingEnd, isMeetingStart, MAX_SPAN_DAYS_AFTER_START, WEEKDAYS } from './rounds.ts';
/** How an article counts: a repost counts for its original's source and sorts after originals. */
export interface ArticleInfo {
  countingSource: string;
  duplicate: boolean;
  ingestedAt: string;
  publishedAt: string | null;
}
export type ArticleIndex = ReadonlyMap<string, ArticleInfo>;

/** One reported value with the citation that supports it. */
export interface Cited<T> {
  value: T;
  text: string;
  citation: CitationRef;
}

/** Distinct counting sources among citations: reposts count for their original's source, once. */
export function countSources(citations: readonly CitationRef[], articles: ArticleIndex): number {
  return countingSourceSet(citations, articles).size;
}

export function countingSourceSet(citations: readonly CitationRef[], articles: ArticleIndex): Set<string> {
  const out = new Set<string>();
  for (const c of citations) out.add(articles.get(c.articleId)?.countingSource ?? c.sourceId);
  return out;
}

/** Deduplicated citations, originals before reposts, then by article and quote, so output is order-free. */
export function sortCitations(citations: readonly CitationRef[], articles: ArticleIndex): CitationRef[] {
  const seen = new Map<string, CitationRef>();
  for (const c of citations) {
    const key = `${c.articleId}\u0000${c.quote}`;
    if (!seen.has(key)) seen.set(key, c);
  }
  const dup = (c: CitationRef): number => (articles.get(c.articleId)?.duplicate ? 1 : 0);
  return [...seen.values()].sort(
    (a, b) => dup(a) - dup(b) || compareStrings(a.articleId, b.articleId) || compareStrings(a.quote, b.quote),
  );
}

interface Variant {
  key: string;
  text: string;
  tokens: string[];
  citations: CitationRef[];
  sources: number;
}

interface VariantGroup {
  variants: Variant[];
  citations: CitationRef[];
  sources: number;
}

export interface FieldResolution {
  value: string | null;
  reports: ReportedValue[];
  /** Values of the conflict, one per incompatible group, or null when the reports agree. */
  conflictValues: ReportedValue[] | null;
}

/** Picks the text shown for reports that share a key: more sources, accented over plain, then code-unit order. */
function pickVariantText<T>(items: readonly Cited<T>[], articles: ArticleIndex): string {
  const byText = new Map<string, CitationRef[]>();
  for (const item of items) {
    const text = item.text.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
    const list = byText.get(text);
    if (list) list.push(item.citation);
    else byText.set(text, [item.citation]);
  }
  return [...byText.entries()]
    .map(([text, cits]) => ({ text, sources: countSources(cits, articles), accented: hasDiacritics(text) ? 1 : 0 }))
    .sort(
      (a, b) =>
        b.accented - a.accented ||
        b.sources - a.sources ||
        // Proper-noun capitalisation reads better than a lower-cased mention.
        upperCount(b.text) - upperCount(a.text) ||
        compareStrings(a.text, b.text),
    )[0]!.text;
}

function upperCount(text: string): number {
  return (text.match(/\p{Lu}/gu) ?? []).length;
}

/** Names (places, titles) display their normalized value; the phrasing stays in the quote. */
function asValueText(items: readonly Cited<string>[]): Cited<string>[] {
  return items.map((i) => ({ ...i, text: i.value }));
}

function buildVariants<T>(
  items: readonly Cited<T>[],
  keyOf: (item: Cited<T>) => string,
  tokensOf: (item: Cited<T>) => string[],
  articles: ArticleIndex,
): Variant[] {
  const byKey = new Map<string, Cited<T>[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey.entries()]
    .map(([key, group]) => {
      const citations = sortCitations(
        group.map((g) => g.citation),
        articles,
      );
      return {
        key,
        text: pickVariantText(group, articles),
        tokens: tokensOf(group[0]!),
        citations,
        sources: countSources(citations, articles),
      };
    })
    .sort((a, b) => compareStrings(a.key, b.key));
}

/**
 * Groups variants that name the same thing. Largest token sets seed groups; a smaller variant
 * whose tokens are compatible with several groups joins the best supported one, since it
 * contradicts none of them. The result depends only on the set of variants.
 */
function groupVariants(
  variants: readonly Variant[],
  compatible: (a: readonly string[], b: readonly string[]) => boolean,
  articles: ArticleIndex,
  bySeed = false,
): VariantGroup[] {
  const ordered = [...variants].sort(
    (a, b) => b.tokens.length - a.tokens.length || b.sources - a.sources || compareStrings(a.key, b.key),
  );
  const groups: VariantGroup[] = [];
  for (const v of ordered) {
    let best: VariantGroup | null = null;
    for (const g of groups) {
      // Places: parts of the fullest name ("U.N. base", "UNIFIL base") are all that one place, though neither holds the other.
      const members = bySeed ? g.variants.slice(0, 1) : g.variants;
      if (!members.every((m) => compatible(m.tokens, v.tokens))) continue;
      if (!best || g.sources > best.sources) best = g;
    }
    if (best) {
      best.variants.push(v);
      best.citations = sortCitations([...best.citations, ...v.citations], articles);
      best.sources = countSources(best.citations, articles);
    } else {
      groups.push({ variants: [v], citations: v.citations, sources: v.sources });
    }
  }
  return groups;
}

/** Text of a group: its best supported variant, then the most specific (most tokens). */
function groupText(group: VariantGroup): string {
  return [...group.variants].sort(
    (a, b) => b.sources - a.sources || b.tokens.length - a.tokens.length || compareStrings(a.key, b.key),
  )[0]!.text;
}

function rankGroups(groups: VariantGroup[]): VariantGroup[] {
  const specificity = (g: VariantGroup): number => Math.max(...g.variants.map((v) => v.tokens.length));
  return [...groups].sort(
    (a, b) => b.sources - a.sources || specificity(b) - specificity(a) || compareStrings(groupText(a), groupText(b)),
  );
}

function toReported(v: { text: string; citations: CitationRef[] }): ReportedValue {
  return { text: v.text, citations: v.citations };
}

function resolveGrouped(
  variants: Variant[],
  compatible: (a: readonly string[], b: readonly string[]) => boolean,
  articles: ArticleIndex,
  bySeed = false,
): FieldResolution {
  if (variants.length === 0) return { value: null, reports: [], conflictValues: null };
  const groups = rankGroups(groupVariants(variants, compatible, articles, bySeed));
  const reports = [...variants]
    .sort((a, b) => b.sources - a.sources || compareStrings(a.text, b.text))
    .map(toReported);
  const conflictValues =
    groups.length > 1 ? groups.map((g) => toReported({ text: groupText(g), citations: g.citations })) : null;
  return { value: groupText(groups[0]!), reports, conflictValues };
}

const containment = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === 0 || b.length === 0 || tokensContained(a, b);

// "Jan. 28-29", "28 and 29 January", "from 13 to 15 January": one report giving several days of one meeting.
const DAY_RANGE = /\b(\d{1,2})\s*(?:-|–|and|to|through|until)\s*(\d{1,2})\b/gi;

function shiftIso(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days one article gives a multi-day meeting: the spread of its own dates, widened by any day range its sentence states. */
export const DAYS_OF_TALKS = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})\s+days\s+of\s+(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|meetings|consultations|discussions)\b/i;

// "a preliminary contact on Friday ahead of Saturday's full session": another day of the same meeting, named by its weekday
// next to a word for a sitting of the talks.
const SITTING = '(?:session|sessions|talks|meeting|meetings|round|negotiations|discussions|consultations|contacts?|sitting)';
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const WEEKDAY_SITTING = new RegExp(
  `\\b${WEEKDAY}(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}${SITTING}\\b|\\b${SITTING}\\s+(?:[\\p{L}-]+\\s+){0,2}on\\s+${WEEKDAY}\\b`,
  'giu',
);
/** How far from a dated day another day of the same meeting named by its weekday may lie. */
const SITTING_DAYS_APART = 3;

/** Days within SITTING_DAYS_APART of `date` that the quote names as sittings of the talks by their weekday. */
function namedSittingDays(quote: string, date: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  for (const match of quote.matchAll(WEEKDAY_SITTING)) {
    const named = WEEKDAYS.indexOf((match[1] ?? match[2])!.toLowerCase());
    const ahead = (named - weekday + 7) % 7;
    if (ahead === 0) continue;
    // The nearer of the two days with that weekday, if near enough to be the same meeting.
    const offset = ahead <= SITTING_DAYS_APART ? ahead : ahead - 7 >= -SITTING_DAYS_APART ? ahead - 7 : null;
    if (offset !== null) days.push(shiftIso(date, offset));
  }
  return days;
}

// How many days before a round's reported last day other reports may date it: a week of sittings.
const ENDED_ROUND_DAYS_BEFORE = 7;

function articleSpans(items: readonly Cited<IsoDate>[], articles: ArticleIndex): Array<[IsoDate, IsoDate]> {
  const byArticle = new Map<string, [IsoDate, IsoDate]>();
  const widen = (id: string, lo: IsoDate, hi: IsoDate): void => {
    const span = byArticle.get(id);
    byArticle.set(id, span ? [lo < span[0] ? lo : span[0], hi > span[1] ? hi : span[1]] : [lo, hi]);
  };
  for (const item of items) {
    widen(item.citation.articleId, item.value, item.value);
    for (const day of namedSittingDays(item.citation.quote, item.value)) widen(item.citation.articleId, day, day);
    // "after two days of talks", "began two days of talks on Monday": the meeting spans that many days.
    const days = DAYS_OF_TALKS.exec(item.citation.quote);
    if (days) {
      const n = NUMBER_WORDS[days[1]!.toLowerCase()] ?? Number(days[1]);
      if (n > 1 && n <= 21) {
        const ended = /\b(?:after|ended|concluded|wrapped up|closed|following|capping)\b/i.test(item.citation.quote.slice(0, days.index));
        if (ended) widen(item.citation.articleId, shiftIso(item.value, 1 - n), item.value);
        else widen(item.citation.articleId, item.value, shiftIso(item.value, n - 1));
      }
    }
    // "A round that ended on Saturday": it may have run for days before, as other reports of it tell.
    if (isMeetingEnd(item.citation.quote, item.text)) widen(item.citation.articleId, shiftIso(item.value, -ENDED_ROUND_DAYS_BEFORE), item.value);
    // "Talks that began on Saturday", reported later: the meeting runs from then to the day of writing.
    if (isMeetingStart(item.citation.quote, item.text)) {
      const published = articles.get(item.citation.articleId)?.publishedAt ?? null;
      const limit = shiftIso(item.value, MAX_SPAN_DAYS_AFTER_START);
      widen(item.citation.articleId, item.value, published && published > item.value && published < limit ? published : limit);
    }
    const day = Number(item.value.slice(8, 10));
    DAY_RANGE.lastIndex = 0;
    for (let match = DAY_RANGE.exec(item.citation.quote); match; match = DAY_RANGE.exec(item.citation.quote)) {
      const from = Number(match[1]);
      const to = Number(match[2]);
      if (!(from < to && to - from <= 7 && (day === from || day === to))) continue;
      widen(item.citation.articleId, shiftIso(item.value, from - day), shiftIso(item.value, to - day));
    }
  }
  return [...byArticle.values()];
}

/**
 * Dates: every distinct day is its own value; the best supported (then earliest) is shown. Days that one
 * report gives as parts of the same meeting ("began Monday … ended Wednesday", "28 and 29 January") do not conflict.
 */
export function resolveDates(items: readonly Cited<IsoDate>[], articles: ArticleIndex): FieldResolution {
  const variants = buildVariants(items, (i) => i.value, () => [], articles).map((v) => ({ ...v, text: v.key }));
  if (variants.length === 0) return { value: null, reports: [], conflictValues: null };
  const ranked = [...variants].sort((a, b) => b.sources - a.sources || compareStrings(a.key, b.key));
  const spans = articleSpans(items, articles);
  const days = ranked.map((v) => v.key);
  // "Today" and "tonight" mean the writer's day, in the writer's time zone: for talks that ran late, a day either
  // side of a date other outlets give is the same meeting, not a disagreement.
  const clockRelative = (day: IsoDate) => items.filter((i) => i.value === day).every((i) => /^(?:today|tonight|yesterday|last night|this (?:morning|evening|afternoon))\b/i.test(i.text.trim()));
  const adjacent = (a: IsoDate, b: IsoDate) => Math.abs(Date.parse(a) - Date.parse(b)) <= 86_400_000;
  const sameMeeting = days.every((a) =>
    days.every((b) => a === b || spans.some(([lo, hi]) => lo <= a && a <= hi && lo <= b && b <= hi) || (adjacent(a, b) && (clockRelative(a) || clockRelative(b)))),
  );
  return {
    value: ranked[0]!.key,
    reports: ranked.map(toReported),
    conflictValues: ranked.length > 1 && !sameMeeting ? ranked.map(toReported) : null,
  };
}

/**
 * Rival values only some report gives alone. A report that names the leading city too ("held in Bratislava …, he said at a
 * press conference in Chisinau", "two months after a round in London") names a second place for something else, where the
 * round met elsewhere or a speaker spoke; it does not disagree with the others, so it raises no conflict by itself.
 */
function rivalsReportedAlone(conflictValues: ReportedValue[] | null): ReportedValue[] | null {
  if (!conflictValues) return null;
  const [leading, ...rest] = conflictValues;
  const leadingArticles = new Set(leading!.citations.map((c) => c.articleId));
  const rivals = rest.filter((value) => value.citations.some((c) => !leadingArticles.has(c.articleId)));
  return rivals.length > 0 ? [leading!, ...rivals] : null;
}

/** Cities: folded keys ("Türkiye" = "Turkiye"); "Istanbul, Türkiye" contains "Istanbul" and agrees with it. */
export function resolveCities(items: readonly Cited<string>[], articles: ArticleIndex): FieldResolution {
  const variants = buildVariants(asValueText(items), (i) => placeKey(i.value), (i) => cityTokens(i.value), articles);
  const resolved = resolveGrouped(variants, containment, articles);
  return { ...resolved, conflictValues: rivalsReportedAlone(resolved.conflictValues) };
}

// "U.N." and "UN", "U.S." and "US": house styles of one abbreviation.
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;
function undotAcronyms(text: string): string {
  return text.replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, ''));
}

// "the Benjamin Franklin Room of the State Department": a room is told apart by the building that holds it.
const ROOM_OF = /^.+?\b(?:Room|Hall|Suite|Salon|Chamber|Lounge)\s+(?:of|at|in)\s+(?:the\s+)?(.+)$/iu;

// "the US Permanent Mission" = "the U.S. diplomatic mission" = "the U.S. mission": words that rank or describe a mission or
// embassy without naming another building.
const MISSION_QUALIFIERS = new Set(['permanent', 'diplomatic', 'official'].map(stemWord));
const MISSION_NOUN = /\b(?:mission|embassy|consulate|residence)\b/i;
// In Geneva "the U.N.'s European headquarters" and "the UN offices" are the Palais des Nations.
const UN_GENEVA_SEAT = /^(?:the\s+)?(?:UN|United Nations)(?:['’]s?)?\s+(?:European\s+)?(?:headquarters|offices?)$/i;

// One ministry under the names outlets give it: "Egypt's foreign ministry" = "the Ministry of Foreign Affairs" = "the Foreign Office".
const FOREIGN_MINISTRY = /\b(?:ministry\s+of\s+foreign\s+affairs|foreign\s+affairs\s+ministry|foreign\s+ministry|foreign\s+office)\b/giu;

/** Tokens a venue is compared by: a room's building, other venues as named. */
function venueCompareTokens(value: string, cityTokenSet: ReadonlySet<string>): string[] {
  const text = undotAcronyms(value).replace(FOREIGN_MINISTRY, 'foreignministry');
  const building = ROOM_OF.exec(text)?.[1] ?? text;
  const named = cityTokenSet.has('geneva') && UN_GENEVA_SEAT.test(building.trim()) ? 'Palais des Nations' : building;
  const tokens = venueTokens(named, cityTokenSet);
  return MISSION_NOUN.test(named) ? tokens.filter((token) => !MISSION_QUALIFIERS.has(token)) : tokens;
}

// Letters that transliterations of one name add, drop or swap ("Koenigstedt"/"Königstedt", "Belovezhskaya"/"Bilovezka").
const SPELLING_DROPPED = /[aeiouyhw]/g;
/** Shortest consonant skeleton compared with a letter of slack: shorter words are told apart by every letter. */
const SPELLING_MIN = 5;

/** A name's consonant skeleton: first letter, then its consonants but h, w and y, doubled letters once ("Pushcha" → "pscs"). */
function spellingKey(token: string): string {
  return (token[0]! + token.slice(1).replace(SPELLING_DROPPED, '')).replace(/(.)\1+/g, '$1');
}


/** Two spellings of one name: same skeleton, or long skeletons one letter apart with the same first letter. */
function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || a.length < 6 || b.length < 6) return false;
  const ka = spellingKey(a);
  const kb = spellingKey(b);
  return ka === kb || (Math.min(ka.length, kb.length) >= SPELLING_MIN && oneEditApart(ka, kb));
}

/** Containment of venue token sets, a token of the smaller one matching any spelling of it in the larger. */
const venueContainment = (a: readonly string[], b: readonly string[]): boolean => {
  if (containment(a, b)) return true;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.some((y) => sameSpelling(x, y)) || writtenApart(x, large)) || large.every((x) => writtenApart(x, small) || small.includes(x));
};

/** A name one outlet writes as one word and another as two: "Greentree" and "Green Tree". */
function writtenApart(joined: string, tokens: readonly string[]): boolean {
  if (joined.length < 6) return false;
  // Stems cut a joined word's ending as they cut the second word's ("greentree" stems to "greentr"): a letter or two of slack.
  const spelled = (whole: string) => whole.startsWith(joined) && whole.length - joined.length <= 2;
  return tokens.some((first) => joined.startsWith(first) && joined.length > first.length && tokens.some((second) => second !== first && spelled(first + second)));
}

/**
 * Venues: folded keys, then token containment after dropping generic words and the round's city,
 * so "Russian consulate" and "Russian Consulate General in Istanbul" are one venue; names spelt two ways are one name.
 */
export function resolveVenues(
  items: readonly Cited<string>[],
  cityTokenSet: ReadonlySet<string>,
  articles: ArticleIndex,
): FieldResolution {
  const variants = buildVariants(
    asValueText(items),
    (i) => placeKey(undotAcronyms(i.value)),
    (i) => venueCompareTokens(i.value, cityTokenSet),
    articles,
  );
  return resolveGrouped(variants, venueContainment, articles, true);
}

/**
 * Titles are the same post when one token set contains the other after optional words are dropped
 * ("… Secretary of State for X" = "… Secretary for X"), or when they are near-identical (Jaccard ≥ 0.8).
 */
// A military rank ("Major General", "Lt Gen") is worn together with a post ("commander of the … District"), never instead of it.
const RANK_TOKENS = new Set(
  ['lt', 'lieutenant', 'gen', 'general', 'maj', 'major', 'col', 'colonel', 'brig', 'brigadier', 'adm', 'admiral', 'rear', 'capt', 'captain', 'marshal', 'field', 'senior'].map(stemWord),
);
const rankOnly = (tokens: readonly string[]): boolean => tokens.every((token) => RANK_TOKENS.has(token));
// A role in these talks ("chief negotiator", "head of the delegation", "representative") is held together with a post, never
// instead of it: "chief negotiator" and "Foreign Minister" of one person are not two reports that disagree.
const ROLE_TOKENS = new Set(
  // "envoy": what a career ambassador sent to the talks is called in them, beside his rank ("Ambassador", "Ambassador X, Athens' envoy").
  // "delegate", "plenipotentiary", "emissary": what a side's chief at the table is called, beside the post held ("Deputy Foreign Minister").
  ['negotiator', 'negotiators', 'negotiating', 'leader', 'delegation', 'team', 'panel', 'representative', 'government', 'rebel', 'side', 'envoy', 'delegate', 'plenipotentiary', 'emissary'].map(stemWord),
);
const roleOnly = (tokens: readonly string[]): boolean => tokens.every((token) => ROLE_TOKENS.has(token));

// A deputy is a different post from the office it deputizes for: "Deputy Foreign Minister" against "Foreign Minister" disagree.
const SUBORDINATE_TOKENS = ['vice', 'assistant', 'under'].map(stemWord);
const subordinateOnlyInOne = (a: readonly string[], b: readonly string[]): boolean =>
  SUBORDINATE_TOKENS.some((token) => a.includes(token) !== b.includes(token));

// The dash between two posts one person holds together.
const HELD_TOGETHER = /\s+[-–—]\s+/;

export function titlesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (rankOnly(a) || rankOnly(b) || roleOnly(a) || roleOnly(b)) return true;
  if (subordinateOnlyInOne(a, b)) return false;
  if (tokensContained(a, b)) return true;
  const inter = intersectionSize(a, b);
  return inter / (a.length + b.length - inter) >= 0.8;
}

export interface TitleGroup {
  title: string;
  citations: CitationRef[];
  sources: number;
}

/** Groups titles of one head in one round; best supported first. */
export function groupTitles(
  items: readonly Cited<string>[],
  partyGeo: ReadonlySet<string>,
  articles: ArticleIndex,
): TitleGroup[] {
  // "Deputy Chairman of the Cabinet - Chairman of the State Committee": two posts held at once, each its own title.
  const postsOf = new Map<string, string[][]>();
  const variants = buildVariants(
    asValueText(items),
    (i) => titleTokens(i.value, partyGeo).join(' ') || placeKey(i.value),
    (i) => {
      const tokens = titleTokens(i.value, partyGeo);
      const posts = i.value.split(HELD_TOGETHER).map((post) => titleTokens(post, partyGeo));
      if (posts.length > 1) postsOf.set(tokens.join(' '), posts.filter((post) => post.length > 0 && !rankOnly(post) && !roleOnly(post)));
      return tokens;
    },
    articles,
  );
  const posts = (tokens: readonly string[]) => postsOf.get(tokens.join(' ')) ?? [tokens];
  const compatible = (a: readonly string[], b: readonly string[]) =>
    titlesCompatible(a, b) || posts(a).some((left) => posts(b).some((right) => (left !== a || right !== b) && titlesCompatible(left, right)));
  return rankGroups(groupVariants(variants, compatible, articles)).map((g) => ({
    title: groupText(g),
    citations: g.citations,
    sources: g.sources,
  }));
}

// ---------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------

export function intervalsOverlap(a: DurationInterval, b: DurationInterval): boolean {
  return a.minMinutes <= (b.maxMinutes ?? Infinity) && b.minMinutes <= (a.maxMinutes ?? Infinity);
}

const APPROXIMATE = /\b(about|approximately|approx|around|roughly|some|nearly|almost|close to|circa|or so)\b|~/i;

function hoursNumber(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** "90 minutes", "1 hour", "5.5 hours". */
export function formatMinutes(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  if (minutes < 120 || minutes % 15 !== 0) return `${minutes} minutes`;
  return `${hoursNumber(minutes)} hours`;
}

function formatRange(lo: number, hi: number): string {
  if (lo === hi) return formatMinutes(lo);
  if (hi < 120 && (lo % 60 !== 0 || hi % 60 !== 0)) return `${lo}–${hi} minutes`;
  return `${hoursNumber(lo)}–${hoursNumber(hi)} hours`;
}

export interface DurationResolution {
  view: DurationView | null;
  conflictValues: ReportedValue[] | null;
}

/**
 * Reports with equal intervals form one value. Two values conflict when their intervals do not overlap.
 *
 * Displayed range (documented rule): minMinutes is the lowest lower bound; maxMinutes is the highest
 * upper bound among bounded reports, and null only when some open report ("over six hours") is not
 * satisfied by any bounded report (its lower bound exceeds every upper bound) — an open bound that a
 * precise report satisfies adds no uncertainty. The text reads approximate reports as their stated
 * value ("approximately five hours" → 5), so "5 1/2 hours" + "approximately five" shows "5–5.5 hours"
 * while minMinutes/maxMinutes keep the full 285–330 hull.
 */
export function resolveDurations(items: readonly Cited<DurationInterval>[], articles: ArticleIndex): DurationResolution {
  if (items.length === 0) return { view: null, conflictValues: null };
  const byInterval = new Map<string, Cited<DurationInterval>[]>();
  for (const item of items) {
    const key = `${item.value.minMinutes}:${item.value.maxMinutes ?? 'open'}`;
    const list = byInterval.get(key);
    if (list) list.push(item);
    else byInterval.set(key, [item]);
  }
  const groups = [...byInterval.values()].map((group) => {
    const citations = sortCitations(
      group.map((g) => g.citation),
      articles,
    );
    const texts = new Map<string, CitationRef[]>();
    for (const g of group) {
      const list = texts.get(g.text.trim());
      if (list) list.push(g.citation);
      else texts.set(g.text.trim(), [g.citation]);
    }
    const text = [...texts.entries()].sort(
      (a, b) =>
        countSources(b[1], articles) - countSources(a[1], articles) ||
        a[0].length - b[0].length ||
        compareStrings(a[0], b[0]),
    )[0]![0];
    const approximate = group.some((g) => APPROXIMATE.test(g.text));
    return { interval: group[0]!.value, text, citations, sources: countSources(citations, articles), approximate };
  });
  groups.sort(
    (a, b) =>
      b.sources - a.sources ||
      a.interval.minMinutes - b.interval.minMinutes ||
      (a.interval.maxMinutes ?? Infinity) - (b.interval.maxMinutes ?? Infinity),
  );

  let conflicting = false;
  for (let i = 0; i < groups.length && !conflicting; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      if (!intervalsOverlap(groups[i]!.interval, groups[j]!.interval)) {
        conflicting = true;
        break;
      }
    }
  }

  const bounded = groups.filter((g) => g.interval.maxMinutes !== null);
  const open = groups.filter((g) => g.interval.maxMinutes === null);
  const highestMax = bounded.length > 0 ? Math.max(...bounded.map((g) => g.interval.maxMinutes!)) : null;
  const unsatisfiedOpen = open.filter((g) => highestMax === null || g.interval.minMinutes > highestMax);
  const minMinutes = Math.min(...groups.map((g) => g.interval.minMinutes));
  const maxMinutes = unsatisfiedOpen.length > 0 ? null : highestMax;

  let text: string;
  if (maxMinutes === null) {
    text = `over ${formatMinutes(minMinutes)}`;
  } else {
    const points: number[] = [];
    let allApproximate = true;
    // "Less than two hours" (0–120) says nothing a figure inside it does not; it only speaks when alone.
    const upperOnly = bounded.filter((g) => g.interval.minMinutes === 0);
    const informative = upperOnly.length < bounded.length ? bounded.filter((g) => g.interval.minMinutes > 0) : bounded;
    for (const g of informative) {
      const { minMinutes: lo, maxMinutes: hi } = g.interval;
      if (lo === 0 && hi !== null) {
        points.push(hi);
        allApproximate = false;
        continue;
      }
      if (lo === hi) {
        points.push(lo);
        allApproximate = false;
      } else if (g.approximate) {
        // "About" figures are round numbers; snap the midpoint back to one.
        points.push(Math.round((lo + hi!) / 2 / 5) * 5);
      } else {
        points.push(lo, hi!);
        allApproximate = false;
      }
    }
    const lo = Math.min(...points);
    const hi = Math.max(...points);
    if (informative.every((g) => g.interval.minMinutes === 0)) text = `under ${formatMinutes(hi)}`;
    else text = lo === hi && allApproximate ? `about ${formatMinutes(lo)}` : formatRange(lo, hi);
  }

  const reports = groups.map((g) => toReported(g));
  const view: DurationView = { minMinutes, maxMinutes, text, reports };
  return { view, conflictValues: conflicting ? reports : null };
}

const FIELD_ORDER = ['DATE', 'CITY', 'VENUE', 'DURATION', 'HEAD', 'HEAD_TITLE'];

/** Conflicts in a fixed field order, then by party, so rounds compare deep-equal. */
export function sortConflicts(conflicts: ConflictView[]): ConflictView[] {
  return [...conflicts].sort(
    (a, b) =>
      FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || compareStrings(a.party ?? '', b.party ?? ''),
  );
}
