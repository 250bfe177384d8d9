// Merges the extractions of every article of one track into one projection: rounds, facts, people, conflicts.

import type {
  ArticleRecord,
  CitationRef,
  ConflictView,
  DelegationView,
  DurationInterval,
  FactKind,
  FactObservation,
  FactView,
  HeadEvidence,
  IsoDate,
  NamedPerson,
  PersonTitleView,
  PersonView,
  RoundObservation,
  RoundStatus,
  RoundView,
  TrackProjection,
} from '../core/types.ts';
import { FACT_KIND_ORDER } from '../core/types.ts';
import {
  countSources,
  countingSourceSet,
  DAYS_OF_TALKS,
  groupTitles,
  resolveCities,
  resolveDates,
  resolveDurations,
  resolveVenues,
  sortCitations,
  sortConflicts,
  type ArticleIndex,
  type ArticleInfo,
  type Cited,
} from './conflicts.ts';
import { NUMBER_WORDS } from './durations.ts';
import { compareStrings, factTokens, foldText, GENERIC_FACT_TOKENS, geoToken, geoTokensOf, placeKey, quoteKey, stableHash, wordTokens } from './normalize.ts';
import { findPartyMentions, isKnownCity, sameSide } from './parties.ts';
import { isMeetingEnd, isMeetingStart, MAX_SPAN_DAYS_AFTER_START, MONTH_INDEX, spanOfDateText } from './rounds.ts';
import { findCities } from './venues.ts';
import { buildPeople, type PeopleIndex, type PersonIdentity } from './people.ts';

// ---------------------------------------------------------------------------
// Articles: order, duplicates, counting sources
// ---------------------------------------------------------------------------

/** Input order must not matter: one article per id, sorted by id. */
function canonicalArticles(articles: readonly ArticleRecord[]): ArticleRecord[] {
  const byId = new Map<string, ArticleRecord>();
  const ordered = [...articles].sort(
    (a, b) =>
      compareStrings(a.id, b.id) || compareStrings(b.ingestedAt, a.ingestedAt) || compareStrings(a.sourceId, b.sourceId),
  );
  for (const a of ordered) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
}

/**
 * A repost counts for its original's source (followed through chains of reposts). When the original is
 * not in the set, the repost is the only evidence and counts for its own source.
 */
function indexArticles(articles: readonly ArticleRecord[]): ArticleIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new Map<string, ArticleInfo>();
  for (const a of articles) {
    let original = a;
    const seen = new Set<string>([a.id]);
    while (original.duplicateOf && byId.has(original.duplicateOf) && !seen.has(original.duplicateOf)) {
      original = byId.get(original.duplicateOf)!;
      seen.add(original.id);
    }
    index.set(a.id, { countingSource: original.sourceId, duplicate: a.duplicateOf !== null, ingestedAt: a.ingestedAt, publishedAt: a.publishedAt });
  }
  return index;
}

function originalArticleId(article: ArticleRecord, byId: ReadonlyMap<string, ArticleRecord>): string {
  let current = article;
  const seen = new Set<string>([article.id]);
  while (current.duplicateOf && byId.has(current.duplicateOf) && !seen.has(current.duplicateOf)) {
    current = byId.get(current.duplicateOf)!;
    seen.add(current.id);
  }
  return current.id;
}

function cite(article: ArticleRecord, quote: string): CitationRef {
  return { articleId: article.id, sourceId: article.sourceId, quote };
}

// ---------------------------------------------------------------------------
// Round identity
// ---------------------------------------------------------------------------

interface Obs {
  article: ArticleRecord;
  index: number;
  round: RoundObservation;
  dates: IsoDate[];
  /** Round number stated in the text. */
  explicit: number | null;
  /** Round number implied by a relative phrase next to a numbered round of the same article. */
  inferred: number | null;
  isAnchor: boolean;
}

interface Cluster {
  number: number;
  obs: Obs[];
  /** How many observations give each day, for matching by date without rescanning. */
  dayCounts: Map<number, number>;
  /** Days its reports say the meeting began ("opened on Monday") and ended ("wrapped up on Monday"). */
  starts: Set<number>;
  ends: Set<number>;
}

/** Most days one meeting's reported opening and another report's close of it lie apart ("began on Monday" … "ended on Monday"). */
const OPEN_TO_CLOSE_DAYS = 7;

/** An opening day and a closing day that may be one meeting's: the close after the opening, within OPEN_TO_CLOSE_DAYS. */
function opensAndCloses(first: number, last: number): boolean {
  return last > first && last - first <= OPEN_TO_CLOSE_DAYS;
}

const DAY_MS = 86_400_000;

const dayCache = new Map<string, number>();
function dayNumber(date: IsoDate): number {
  let day = dayCache.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    if (dayCache.size < 10_000) dayCache.set(date, day);
  }
  return day;
}

function hasContent(r: RoundObservation): boolean {
  return (
    r.cities.length + r.venues.length + r.durations.length + r.delegations.length + r.facts.length + r.dates.length > 0
  );
}

/** The article's own round: the one marked current, else the first unmarked one. */
function anchorIndex(rounds: readonly RoundObservation[]): number {
  const current = rounds.findIndex((r) => r.relative === 'current');
  if (current >= 0) return current;
  const held = rounds.findIndex((r) => r.relative === null && r.status === 'HELD');
  if (held >= 0) return held;
  return rounds.findIndex((r) => r.relative === null);
}

function observationsOf(articles: readonly ArticleRecord[]): Obs[] {
  const out: Obs[] = [];
  for (const article of articles) {
    const rounds = article.extraction.rounds;
    const anchor = anchorIndex(rounds);
    const anchorOrdinal = anchor >= 0 ? rounds[anchor]!.ordinal : null;
    // When only a neighbour is numbered ("the first round was on …" next to "Thursday's talks").
    let impliedAnchor: number | null = null;
    if (anchor >= 0 && anchorOrdinal === null) {
      // The latest numbered earlier round, or the soonest numbered next one: "the sixth …, the seventh round …" put the article at the eighth.
      const prev = Math.max(0, ...rounds.filter((r) => r.relative === 'previous' && r.ordinal !== null).map((r) => r.ordinal!));
      const next = Math.min(Infinity, ...rounds.filter((r) => r.relative === 'next' && r.ordinal !== null).map((r) => r.ordinal!));
      if (prev > 0) impliedAnchor = prev + 1;
      else if (Number.isFinite(next) && next > 1) impliedAnchor = next - 1;
    }
    rounds.forEach((round, index) => {
      let inferred: number | null = null;
      if (round.ordinal === null) {
        if (index === anchor) inferred = impliedAnchor;
        else if (anchorOrdinal !== null && round.relative === 'previous' && anchorOrdinal > 1) inferred = anchorOrdinal - 1;
        else if (anchorOrdinal !== null && round.relative === 'next') inferred = anchorOrdinal + 1;
      }
      const dates = [...new Set(round.dates.map((d) => d.value))].sort(compareStrings);
      out.push({ article, index, round, dates, explicit: round.ordinal, inferred, isAnchor: index === anchor });
    });
  }
  return out;
}

/** Held reports count only when they are not dated after the article reporting them. */
function reportsHeld(o: Obs): boolean {
  if (o.round.status !== 'HELD') return false;
  const published = o.article.publishedAt;
  return !published || o.dates.length === 0 || o.dates[0]! <= published;
}

function clusterStatus(c: Cluster): RoundStatus {
  return c.obs.some(reportsHeld) ? 'HELD' : 'PLANNED';
}

/** The date most observations give (earliest on ties), used to order rounds in time. */
function clusterDate(c: Cluster): IsoDate | null {
  const counts = new Map<string, number>();
  for (const o of c.obs) for (const d of o.dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  return ranked[0]?.[0] ?? null;
}

/** clusterDate from the per-day counts: same answer, no rescan of observations. */
function clusterDateFromDays(c: Cluster): IsoDate | null {
  let best: [number, number] | null = null;
  for (const [day, count] of c.dayCounts) if (!best || count > best[1] || (count === best[1] && day < best[0])) best = [day, count];
  return best ? new Date(best[0] * DAY_MS).toISOString().slice(0, 10) : null;
}

class RoundClusters {
  readonly byNumber = new Map<number, Cluster>();
  private readonly dateIndex = new Map<number, Set<Cluster>>();
  private readonly owner = new Map<Obs, number>();

  add(number: number, o: Obs): void {
    let c = this.byNumber.get(number);
    if (!c) {
      c = { number, obs: [], dayCounts: new Map(), starts: new Set(), ends: new Set() };
      this.byNumber.set(number, c);
    }
    c.obs.push(o);
    this.owner.set(o, number);
    for (const d of o.dates) {
      const day = dayNumber(d);
      c.dayCounts.set(day, (c.dayCounts.get(day) ?? 0) + 1);
      this.index(day, c);
    }
    // "Talks that began on Oct. 25", reported on Nov. 2: the round covers the days in between.
    const start = startDay(o);
    if (start !== null) for (let day = start + 1; day <= spanEnd(o, start); day++) this.index(day, c);
    // One report's opening day and another's closing day: the round covers the days between.
    if (start !== null) c.starts.add(start);
    for (const end of endDays(o)) c.ends.add(end);
    for (const first of c.starts) for (const last of c.ends) if (opensAndCloses(first, last)) for (let day = first + 1; day < last; day++) this.index(day, c);
    // "The package was hammered out Aug. 2-5": the round holds every day of a span written as one date.
    for (const d of o.round.dates) {
      const span = spanOfDateText(d.text);
      if (span === null) continue;
      const first = dayNumber(d.value);
      for (let day = first + 1; day <= first + span; day++) this.index(day, c);
    }
    for (const day of daysBefore(o)) this.index(day, c);
  }

  private index(day: number, c: Cluster): void {
    const set = this.dateIndex.get(day) ?? new Set<Cluster>();
    set.add(c);
    this.dateIndex.set(day, set);
  }

  /**
   * A numbered round sharing a date with the observation: exact day first, then a day either side
   * (multi-day rounds, time-zone and "yesterday" slips). Ties go to the round whose observations
   * give that day most often, then the lower number.
   */
  matchByDate(dates: readonly IsoDate[], o?: Obs): Cluster | null {
    for (const tolerance of [0, 1]) {
      const candidates = new Map<Cluster, number>();
      for (const d of dates) {
        const day = dayNumber(d);
        for (let delta = -tolerance; delta <= tolerance; delta++) {
          if (tolerance > 0 && delta === 0) continue;
          for (const c of this.dateIndex.get(day + delta) ?? []) {
            const support = c.dayCounts.get(day + delta) ?? 0;
            candidates.set(c, Math.max(candidates.get(c) ?? 0, support));
          }
        }
      }
      const ranked = [...candidates.entries()].sort((a, b) => b[1] - a[1] || a[0].number - b[0].number);
      if (ranked.length > 0) return ranked[0]![0];
    }
    if (!o) return null;
    // "The deal was announced on Wednesday after three days of negotiations", beside a round that opened on the Monday.
    for (const day of daysBefore(o)) {
      const found = [...(this.dateIndex.get(day) ?? [])].sort((a, b) => a.number - b.number)[0];
      if (found) return found;
    }
    // "Talks opened on Monday", beside a round that others say wrapped up a week later (or the other way round).
    const start = startDay(o);
    const ends = endDays(o);
    const clusters = [...this.byNumber.values()].sort((a, b) => a.number - b.number);
    return (
      clusters.find((c) =>
        (start !== null && [...c.ends].some((end) => opensAndCloses(start, end))) || ends.some((end) => [...c.starts].some((first) => opensAndCloses(first, end))),
      ) ?? null
    );
  }

  highestHeld(onOrBefore: IsoDate | null): number | null {
    let best: number | null = null;
    for (const c of this.byNumber.values()) {
      if (clusterStatus(c) !== 'HELD') continue;
      const date = clusterDateFromDays(c);
      if (onOrBefore && date && date > onOrBefore) continue;
      if (best === null || c.number > best) best = c.number;
    }
    return best;
  }

  /** Every round from `from` on one later, to make room for a meeting before them. */
  shiftUp(from: number): void {
    const clusters = [...this.byNumber.values()].filter((c) => c.number >= from);
    for (const c of clusters) this.byNumber.delete(c.number);
    for (const c of clusters) {
      c.number += 1;
      this.byNumber.set(c.number, c);
      for (const o of c.obs) this.owner.set(o, c.number);
    }
  }

  numberOf(o: Obs): number | null {
    return this.owner.get(o) ?? null;
  }
}

// "March 16 to March 20", "26 March to 2 April", "June 3 until 7": the day a span written out ends on.
const SPAN_END_WRITTEN = /\b(?:to|until|till|through)\s+(?:(\p{L}{3,9})\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\p{L}{3,9}))?)\b/iu;

/** The last day of a span the date's words write out, from its first day `first`; null when they write none. */
function lastDayWritten(text: string, first: IsoDate): number | null {
  const match = SPAN_END_WRITTEN.exec(text);
  if (!match) return null;
  const monthWord = (match[1] ?? match[4] ?? '').slice(0, 3).toLowerCase();
  const day = Number(match[2] ?? match[3]);
  let month = MONTH_INDEX[monthWord] ?? Number(first.slice(5, 7));
  let year = Number(first.slice(0, 4));
  // "June 28 to 3", "December 29 to January 2": the end falls in the next month, or the next year.
  if (!MONTH_INDEX[monthWord] && day < Number(first.slice(8, 10))) month += 1;
  if (MONTH_INDEX[monthWord] && month < Number(first.slice(5, 7))) year += 1;
  if (month > 12) {
    month = 1;
    year += 1;
  }
  if (!(day >= 1 && day <= 31)) return null;
  const last = dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return last > dayNumber(first) && last - dayNumber(first) <= MAX_SPAN_DAYS_AFTER_START ? last : null;
}

/**
 * Last day a round that began on `start` can reach in this report: the day of writing, within the limit, or the last later
 * day the report itself gives the round ("began on 6 October … signed on 9 October", written on the 13th, ran to the 9th).
 */
function spanEnd(o: Obs, start: number): number {
  const limit = start + MAX_SPAN_DAYS_AFTER_START;
  const written = o.article.publishedAt ? Math.min(limit, dayNumber(o.article.publishedAt)) : limit;
  const later = o.dates.map(dayNumber).filter((day) => day > start);
  const own = later.length > 0 ? Math.min(written, Math.max(...later)) : written;
  // "The previous round began on March 15 and ended on March 20": the day the same report says it ended, which the rounds
  // finder may file as an observation of its own (so every round of the article is read); "from March 16 to March 20": the
  // last day of the span it gives.
  const ended = o.article.extraction.rounds.flatMap((r) => meetingEndDays(r.dates));
  const spans = o.round.dates.flatMap((d) => {
    const span = spanOfDateText(d.text);
    const last = span === null ? lastDayWritten(d.text, d.value) : dayNumber(d.value) + span;
    return last === null ? [] : [last];
  });
  const ends = [...ended, ...spans].filter((day) => day > start && day <= own);
  return ends.length > 0 ? Math.min(...ends) : own;
}

/** The first day of the meeting when the observation gives one ("talks that began on Saturday", "opened on May 6"). */
function startDay(o: Obs): number | null {
  for (const d of o.round.dates) if (isMeetingStart(d.quote, d.text)) return dayNumber(d.value);
  return null;
}

/** "…on Wednesday after three days of negotiations": the days of the meeting before a day the observation gives. */
function daysBefore(o: Obs): number[] {
  const out: number[] = [];
  for (const d of o.round.dates) {
    const days = DAYS_OF_TALKS.exec(d.quote);
    const n = days ? (NUMBER_WORDS[days[1]!.toLowerCase()] ?? Number(days[1])) : 0;
    // The span looked back over: "after three days of …", right before the phrase.
    if (!days || n < 2 || n > 21 || !/\b(?:after|ended|concluded|wrapped up|closed|following|capping)\s+(?:(?:more than|nearly|almost|some)\s+)?$/i.test(d.quote.slice(0, days.index))) continue;
    const last = dayNumber(d.value);
    for (let day = last - n + 1; day < last; day++) out.push(day);
  }
  return out;
}

/** The last days of a meeting its dates give ("the talks ended on Monday"). */
function meetingEndDays(dates: RoundObservation['dates']): number[] {
  return dates.filter((d) => isMeetingEnd(d.quote, d.text)).map((d) => dayNumber(d.value));
}

/** The last days of the meeting the observation gives. */
function endDays(o: Obs): number[] {
  return meetingEndDays(o.round.dates);
}

/** Groups undated-by-round observations whose days touch (same day or adjacent), as one meeting. */
function groupByDays(list: readonly Obs[]): Obs[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const o of list) for (const d of o.dates) if (!parent.has(dayNumber(d))) parent.set(dayNumber(d), dayNumber(d));
  for (const o of list) for (const d of o.dates.slice(1)) union(dayNumber(o.dates[0]!), dayNumber(d));
  const days = [...parent.keys()].sort((a, b) => a - b);
  for (let i = 1; i < days.length; i++) if (days[i]! - days[i - 1]! <= 1) union(days[i]!, days[i - 1]!);
  // "…on Wednesday after three days of negotiations": the days it looks back over are its meeting's.
  for (const o of list) for (const day of daysBefore(o)) if (parent.has(day)) union(day, dayNumber(o.dates[0]!));
  // "Talks that began on Saturday", reported on the Friday after: one meeting from its first day to the day of writing,
  // so another outlet's "signed on Thursday" is the same round.
  // "Talks that began on Monday" and another report's "the talks ended on Monday" a week later: one meeting, its first day
  // to its last, though the first report was written on the opening day.
  const ends = list.flatMap((o) => endDays(o));
  for (const o of list) {
    const start = startDay(o);
    if (start === null) continue;
    const last = Math.max(spanEnd(o, start), ...ends.filter((end) => opensAndCloses(start, end)));
    // A day its own article gives another of its meetings ("the talks that began on October 6" beside that report's summit
    // of the 13th) is that other meeting's.
    const ownOther = new Set(list.filter((x) => x.article.id === o.article.id && x.round.relative !== o.round.relative).flatMap((x) => x.dates.map(dayNumber)));
    const others = new Set(list.filter((x) => x.article.id !== o.article.id || x.round.relative === o.round.relative).flatMap((x) => x.dates.map(dayNumber)));
    for (const day of days) if (day > start && day <= last && !(ownOther.has(day) && !others.has(day))) union(start, day);
  }
  const groups = new Map<number, Obs[]>();
  for (const o of list) {
    const root = find(dayNumber(o.dates[0]!));
    const list = groups.get(root);
    if (list) list.push(o);
    else groups.set(root, [o]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/**
 * Clusters round observations into rounds. Stated ordinals decide first; then dates; then what
 * undated mentions imply relative to the article's own round. Observations are visited in a
 * fixed order, so the result depends only on the set of articles.
 */
function clusterRounds(observations: readonly Obs[]): Cluster[] {
  const rounds = new RoundClusters();
  const explicit = observations.filter((o) => o.explicit !== null && o.explicit > 0);
  for (const o of explicit) rounds.add(o.explicit!, o);

  for (const o of observations.filter((x) => x.explicit === null && x.inferred !== null && x.inferred > 0)) {
    const byDate = o.dates.length > 0 ? rounds.matchByDate(o.dates, o) : null;
    rounds.add(byDate?.number ?? o.inferred!, o);
  }

  const pendingDated: Obs[] = [];
  const placed = new Set<Obs>();
  for (const o of observations.filter((x) => x.explicit === null && x.inferred === null && x.dates.length > 0)) {
    const byDate = rounds.matchByDate(o.dates, o);
    if (byDate) rounds.add(byDate.number, o);
    else pendingDated.push(o);
  }
  // An undated report of a meeting held by the day of writing, when every round known so far is dated after that day:
  // it is an earlier meeting, not the latest one. Its publication date places it in time (for ordering only).
  const earliestKnown = [...pendingDated.flatMap((o) => o.dates), ...[...rounds.byNumber.values()].map(clusterDate).filter((d): d is IsoDate => d !== null)].sort(compareStrings)[0];
  for (const o of observations) {
    const published = o.article.publishedAt;
    if (o.explicit !== null || o.inferred !== null || o.dates.length > 0 || !published || !earliestKnown || published >= earliestKnown) continue;
    if (o.round.status !== 'HELD' || o.round.relative === 'previous' || o.round.relative === 'next' || !hasContent(o.round)) continue;
    pendingDated.push({ ...o, dates: [published] });
    placed.add(o);
  }
  // "Talks at Mont Pelerin in November 2016": an earlier meeting known by its place and month takes its place in date order,
  // unless a meeting dated to the day in that month may be the same one.
  const knownDates = [...pendingDated.flatMap((o) => o.dates), ...[...rounds.byNumber.values()].flatMap((c) => c.obs.flatMap((o) => o.dates))];
  const knownMonths = new Set(knownDates.map((d) => d.slice(0, 7)));
  const knownYears = new Set(knownDates.map((d) => d.slice(0, 4)));
  for (const o of observations) {
    if (o.explicit !== null || o.inferred !== null || o.dates.length > 0 || placed.has(o) || o.round.relative !== 'previous' || o.round.status !== 'HELD') continue;
    // The month or year extraction read for the round ("In 2016 the two sides sat down in Maputo"), else the one after its place.
    const month = o.round.month ?? monthAfterPlace(o);
    if (!month || !/^\d{4}(?:-\d{2})?$/.test(month)) continue;
    // A year alone may be any meeting of that year: only a year no dated round falls in places it.
    const known = month.length === 4 ? knownYears.has(month) : knownMonths.has(month);
    if (known || (o.article.publishedAt && month >= o.article.publishedAt.slice(0, month.length))) continue;
    pendingDated.push({ ...o, dates: [month.length === 4 ? `${month}-01-01` : `${month}-01`] });
    placed.add(o);
  }
  // Unnumbered meetings get numbers from date order among all rounds.
  for (const group of groupByDays(pendingDated)) {
    const day = group[0]!.dates[0]!;
    let number = 1;
    for (const c of rounds.byNumber.values()) {
      const date = clusterDate(c);
      if (date && date < day) number = Math.max(number, c.number + 1);
    }
    const allPlanned = group.every((o) => o.round.status === 'PLANNED');
    const taken = rounds.byNumber.get(number);
    // A planned date that collides with a known round is that round, rescheduled; a dated meeting whose place in time is
    // a numbered round nobody dated ("the first round, in Washington last April" beside "April 21 in Washington") is that round.
    if (!(allPlanned && taken) && !(taken && undatedSameMeeting(taken, group))) while (rounds.byNumber.has(number)) number++;
    for (const o of group) rounds.add(number, o);
  }

  const undated = observations.filter((o) => o.explicit === null && o.inferred === null && o.dates.length === 0 && !placed.has(o));
  const numberedByDateOnly = explicit.length === 0 && observations.every((o) => o.inferred === null);
  const anchors = new Map(observations.filter((o) => o.isAnchor).map((o) => [o.article.id, o]));
  // The article's own round, held but undated: the latest held round it could be reporting.
  for (const o of undated.filter((x) => x.round.status === 'HELD' && x.round.relative !== 'previous' && x.round.relative !== 'next')) {
    if (!hasContent(o.round)) continue;
    const target =
      rounds.highestHeld(o.article.publishedAt) ??
      rounds.highestHeld(null) ??
      Math.min(...[...rounds.byNumber.keys()].filter((n) => rounds.byNumber.get(n)!.obs.length > 0), Infinity);
    rounds.add(Number.isFinite(target) ? target : 1, o);
  }
  for (const o of undated.filter((x) => !(x.round.status === 'HELD' && x.round.relative !== 'previous' && x.round.relative !== 'next'))) {
    const article = o.article;
    const anchorObs = anchors.get(article.id);
    const anchorNumber =
      (anchorObs && anchorObs !== o ? rounds.numberOf(anchorObs) : null) ?? rounds.highestHeld(article.publishedAt) ?? rounds.highestHeld(null) ?? 0;
    if (o.round.relative === 'previous') {
      // "In London in June, they agreed …": an earlier meeting placed in a city is the held round met there, when just one did.
      // An anchor placed without a date of its own may stand for the round this look back names, when no earlier one was met there.
      const sameCity =
        heldRoundInCity(rounds, o, anchorNumber) ??
        (anchorObs && anchorObs.dates.length === 0 && heldRoundInCity(rounds, o, anchorNumber + 1) === anchorNumber ? anchorNumber : null);
      if (sameCity !== null) {
        rounds.add(sameCity, o);
        continue;
      }
      const target = anchorNumber - 1;
      // "Qatar first brought the two sides together in April", beside a report of the first round the track dates: a meeting
      // before every known one; "a further round in Cairo", when the round before was met elsewhere: a meeting between them.
      // Rounds numbered only by date order make room for it; numbered ones cannot.
      const elsewhere = target >= 1 && metElsewhere(rounds.byNumber.get(target), o);
      if (target < 1 || elsewhere) {
        if (numberedByDateOnly && o.round.status === 'HELD' && hasContent(o.round)) {
          const room = Math.max(1, target + 1);
          rounds.shiftUp(room);
          rounds.add(room, o);
          continue;
        }
        if (target < 1) continue;
      }
      if (!rounds.byNumber.has(target) && !hasContent(o.round)) continue;
      rounds.add(target, o);
    } else {
      // "next", or a planned round with nothing to place it by: the round after the article's own.
      // "Ali and Maduro will meet again in Brazil", told beside a held round of their ministers: other people heading a
      // side make it another meeting, the one after.
      let target = anchorNumber + 1;
      while (otherHeads(rounds.byNumber.get(target), o)) target++;
      rounds.add(target, o);
    }
  }

  return [...rounds.byNumber.values()].filter((c) => c.obs.length > 0);
}

/**
 * A round with no date of its own that a dated group of held reports may be: held, in the group's city or in none, naming
 * no month but the group's, and told by none of the articles that tell the group (one article's two meetings are two).
 */
function undatedSameMeeting(c: Cluster, group: readonly Obs[]): boolean {
  if (c.obs.length === 0 || c.dayCounts.size > 0 || clusterStatus(c) !== 'HELD' || group.some((o) => !reportsHeld(o))) return false;
  const articles = new Set(group.map((o) => o.article.id));
  if (c.obs.some((o) => articles.has(o.article.id))) return false;
  const city = clusterCity(c);
  const groupCities = new Set(group.flatMap((o) => [...obsCities(o)]));
  if (city !== null && groupCities.size > 0 && !groupCities.has(city)) return false;
  const month = MONTHS[Number(group[0]!.dates[0]!.slice(5, 7)) - 1]!;
  const named = new Set(c.obs.flatMap((o) => o.round.cities.flatMap((x) => monthsNamed(x.quote))));
  return named.size === 0 || named.has(month);
}

/** The months a quote names, as three-letter keys. */
function monthsNamed(quote: string): string[] {
  // Lower-case "may" is the verb.
  return [...quote.matchAll(MONTH_WORD)].filter((m) => m[1] !== 'may').map((m) => m[1]!.slice(0, 3).toLowerCase());
}

const MONTH_YEAR_AFTER_PLACE = /^[^.;:]{0,30}?\bin\s+(?:(?:early|mid|late)[\s-]+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b/i;

/** "at Mont Pelerin in November 2016": the year and month the quote gives right after the observation's one city (YYYY-MM). */
function monthAfterPlace(o: Obs): string | null {
  const months = new Set<string>();
  for (const city of o.round.cities) {
    const at = city.quote.indexOf(city.text);
    const match = at >= 0 ? MONTH_YEAR_AFTER_PLACE.exec(city.quote.slice(at + city.text.length)) : null;
    if (!match) return null;
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    months.add(`${match[2]}-${String(month).padStart(2, '0')}`);
  }
  return months.size === 1 ? [...months][0]! : null;
}

/** The cities an observation gives, folded. */
function obsCities(o: Obs): Set<string> {
  return new Set(o.round.cities.map((city) => placeKey(city.value)));
}

/** The held round was placed in one city and the undated observation in another. */
function metElsewhere(c: Cluster | undefined, o: Obs): boolean {
  const cities = obsCities(o);
  const own = c ? clusterCity(c) : null;
  return c !== undefined && own !== null && cities.size === 1 && !cities.has(own);
}

/** Family name of a head, folded, for telling two heads of one side apart. */
function headSurname(head: string): string {
  return placeKey(head.trim().split(/\s+/).at(-1) ?? head);
}

/** A held round where a side the planned observation names a head for was led by someone else, and never by that head. */
function otherHeads(c: Cluster | undefined, o: Obs): boolean {
  if (!c || clusterStatus(c) !== 'HELD' || o.round.status !== 'PLANNED') return false;
  const held = c.obs.flatMap((x) => x.round.delegations).filter((d) => d.head);
  return o.round.delegations.some((planned) => {
    if (!planned.head) return false;
    const side = held.filter((d) => d.party === planned.party).map((d) => headSurname(d.head!));
    return side.length > 0 && !side.includes(headSurname(planned.head));
  });
}

/** The one held round numbered below `before` whose city is the one city an undated observation gives; null when none or several. */
function heldRoundInCity(rounds: RoundClusters, o: Obs, before: number): number | null {
  const cities = obsCities(o);
  if (cities.size !== 1) return null;
  const [city] = cities;
  const matches = [...rounds.byNumber.values()].filter((c) => c.number < before && c.obs.length > 0 && clusterStatus(c) === 'HELD' && clusterCity(c) === city);
  return matches.length === 1 ? matches[0]!.number : null;
}

/** The city most of a round's observations give, folded; null when none does. */
function clusterCity(c: Cluster): string | null {
  const counts = new Map<string, number>();
  for (const o of c.obs) for (const city of new Set(o.round.cities.map((x) => placeKey(x.value)))) counts.set(city, (counts.get(city) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * Outcomes told in a later round's report but placed at an earlier meeting ("At talks in London in June, the two sides
 * reached a framework"): a fact naming another held round's city, and not its own round's, belongs to that round.
 * Returns the observations whose facts each round merges, when any fact moved.
 */
function placeFactsByCity(clusters: readonly Cluster[]): Map<Cluster, Obs[]> {
  const cities = new Map(clusters.map((c) => [c, clusterCity(c)]));
  const byCity = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const city = cities.get(c);
    if (city && clusterStatus(c) === 'HELD') byCity.set(city, [...(byCity.get(city) ?? []), c]);
  }
  if (byCity.size < 2) return new Map();
  const moved = new Map<Cluster, Obs[]>();
  const kept = new Map<Cluster, Obs[]>();
  for (const c of clusters) {
    const own = cities.get(c);
    for (const o of c.obs) {
      const stay: FactObservation[] = [];
      for (const fact of o.round.facts) {
        const target = own && fact.kind !== 'NEXT_STEP' ? factCityRound(fact.quote, own, byCity) : null;
        if (target && target !== c) moved.set(target, [...(moved.get(target) ?? []), { ...o, round: { ...o.round, facts: [fact] } }]);
        else stay.push(fact);
      }
      kept.set(c, [...(kept.get(c) ?? []), stay.length === o.round.facts.length ? o : { ...o, round: { ...o.round, facts: stay } }]);
    }
  }
  if (moved.size === 0) return new Map();
  return new Map(clusters.map((c) => [c, [...(kept.get(c) ?? []), ...(moved.get(c) ?? [])]]));
}

/** The one other held round whose city the sentence places its event in, unless it also names the round's own city. */
function factCityRound(quote: string, own: string, byCity: ReadonlyMap<string, Cluster[]>): Cluster | null {
  const named = new Set(findCities(quote, [], true).map((city) => placeKey(city.value)));
  if (named.size === 0 || named.has(own)) return null;
  const targets = [...named].flatMap((city) => byCity.get(city) ?? []);
  return targets.length === 1 ? targets[0]! : null;
}

// ---------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------


/** Outlets label the same fact differently; a plain STATEMENT can be any of them, agreements often read as next steps. */
function kindsCompatible(a: FactKind, b: FactKind): boolean {
  if (a === b) return true;
  // "No deal was reached on the airport" is what "X said the other side had blocked a deal on the airport" reports too.
  if (a === 'STATEMENT' || b === 'STATEMENT') return true;
  if (a === 'CONTEXT' || b === 'CONTEXT') return false;
  return (a === 'AGREEMENT' && b === 'NEXT_STEP') || (a === 'NEXT_STEP' && b === 'AGREEMENT');
}

/**
 * Same fact when the weighted token sets are close: weighted Jaccard ≥ 0.4, or the smaller set is
 * largely (≥ 0.4 of its weight) inside the other with at least 3 shared tokens. Weights (tokenWeights) come from each
 * article's own facts, so words every fact of a report uses ("Tigray", "talks") count little.
 * Tuned on the multi-outlet fixtures in test/fixtures/merge and test/fixtures/heldout; two different sentences of one
 * report never join one fact.
 */
export const FACT_JACCARD = 0.4;
export const FACT_OVERLAP = 0.4;
export const FACT_MIN_SHARED = 3;
// A report's own restatement of a fact must hold most of it: far more than two outlets' wordings need to share.
const RESTATED_OVERLAP = 0.75;
const RESTATED_MIN_SHARED = 4;
/** Overlap enough for two statements of one speaker that share FACT_MIN_SHARED words. */
export const SPEAKER_OVERLAP = 0.2;
/** Least weight of the specific words two reports' versions of one speaker's remark must share (see sameRemark). */
export const SPEAKER_POINT_WEIGHT = 1.5;
/** Weight factor of generic diplomatic vocabulary (GENERIC_FACT_TOKENS) in fact similarity. */
export const GENERIC_WEIGHT = 0.35;
/** Weight factor of figures in fact similarity. */
export const NUMBER_WEIGHT = 2;
// Only long quotes identify a fact by themselves; "They agreed." could be anything.
const QUOTE_KEY_MIN = 40;
const MAX_SIGNATURES = 12;

interface FactItem {
  article: ArticleRecord;
  order: number;
  fact: FactObservation;
  tokens: string[];
  quoteKey: string;
  /** Set when the fact announces the next meeting: where and when, as far as it says. */
  meeting: MeetingAnnouncement | null;
  /** The sides agreed to keep negotiating: outlets word it every way, with no other content to compare. */
  continues: boolean;
  /** The deal still awaits ratification: one step per round, however outlets word who ratifies it and how. */
  ratifies: boolean;
  /** Specific words of what an agreement commits to ("a temporary ceasefire"), when the fact is an agreement. */
  object: string[] | null;
  /** The speaker's own words the fact quotes, folded, four words or more each. */
  quoted: string[];
  /** How often a body the talks set up meets ("weekly"), when the fact gives its schedule. */
  recurs: string | null;
  /** Who made a statement, folded to the last word of the name ("Getachew" = "Getachew Reda" by "reda"). */
  speaker: string | null;
  /** The statement has a speaker who is a person, not a party ("Sri Lanka said"): a party speaks through many voices in one report. */
  personal: boolean;
}

interface FactCluster {
  items: FactItem[];
  kinds: Set<FactKind>;
  signatures: Set<string>;
}

// ---------------------------------------------------------------------------
// Announcements of the next meeting
// ---------------------------------------------------------------------------

/**
 * "The two sides will meet again in Mexico", "talks are set to resume in Mexico City in the new year", "the
 * second round will be held in Mexico": outlets word the one announcement of the next meeting in ways that
 * share almost no content words, so similarity alone splits them. Within one round such announcements are
 * the same fact when they agree on, or leave out, the place and the date.
 */
export interface MeetingAnnouncement {
  /** Folded words of the place named after "in"/"at" (the capitalised run), empty when none. */
  places: Set<string>;
  /** Three-letter month names given. */
  months: Set<string>;
  /** Day-of-month numbers given. */
  days: Set<string>;
  /** Weekdays given. */
  weekdays: Set<string>;
}

const NEXT_MEETING =
  /\b(?:meet(?:ing)? again|(?:to |will |would |set to |expected to |agreed to )resume|resum(?:e|ption of) (?:the |their )?(?:talks|negotiations|consultations|dialogue)|reconvene|next (?:round|meeting|session|cycle)|follow-up (?:meeting|talks|round|session)|(?:another|a new|a further|further|new) round|(?:meeting|talks|round|session|consultations|negotiations) (?:will|would|is to|are to|is expected to|are expected to|is set to|are set to) (?:be held|take place|resume|continue|be hosted)|will (?:meet|hold (?:talks|another|a new|the next|their next))|(?:is|are) (?:to|expected to|due to|set to|scheduled to) meet\b|next (?:step|stage|phase)\b[^.;]{0,50}\bmeeting\b|there (?:will|would) be (?:further|more|new|another round of) (?:talks|negotiations|meetings|consultations|rounds?)|when (?:the )?(?:talks|negotiations|consultations) resume|(?:return|come back) (?:to the (?:table|talks) )?(?:in|within) (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?)|invitation to (?:return|meet again|resume)|\b(?:to|will|would|shall)\s+hold\s+(?:a|an|another|the|their)\s+(?:next|new|further|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:round|meeting|session)s?\b)/i;
// "still have to be ratified by the parliaments", "will be referred to the assembly for ratification".
const RATIFY = /\bratif(?:y|ied|ication)\b/i;
const CONTINUE_TALKS = /\b(?:agreed|agree|agrees|decided|pledged|committed|would|will)\s+(?:to\s+)?(?:continue|keep)\s+(?:the\s+|their\s+)?(?:negotiations|negotiating|talks|talking|dialogue|consultations|discussions|contacts)\b/i;
// "They will meet weekly": a body that meets on a schedule, not the next round; one schedule per round is one fact.
const RECURRENCE = /\b(weekly|monthly|fortnightly|bi-?weekly|daily|regularly|every (?:[a-z\d]+ )?(?:days?|weeks?|months?)|once a (?:week|month))\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;
const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
// "in Mexico City", "at the Humboldt Hotel", "in the Turkish capital Ankara": the capitalised run after the preposition.
const PLACE_AFTER = /\b(?:in|at|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/gu;

export function meetingAnnouncement(kind: FactKind, text: string): MeetingAnnouncement | null {
  if (kind !== 'NEXT_STEP' && kind !== 'AGREEMENT') return null;
  // "work on the proposals by the next meeting" sets a deadline; it does not announce the meeting.
  const announcing = text.replace(/\b(?:by|before|until|ahead of|at|during|prior to|in time for)\s+(?:the|their|its|a)\s+(?:next|follow-up|upcoming)\s+\w+/gi, ' ');
  if (!NEXT_MEETING.test(announcing) || RECURRENCE.test(text)) return null;
  const months = new Set<string>();
  for (const m of text.matchAll(MONTH_WORD)) {
    const word = m[1]!.toLowerCase();
    // "may" is a month only with a day number next to it.
    if (word === 'may' && !/^may\s+\d|\d\s+may$/i.test(text.slice(Math.max(0, m.index! - 3), m.index! + 6).trim())) continue;
    months.add(word.slice(0, 3));
  }
  const weekdays = new Set([...text.matchAll(WEEKDAY_WORD)].map((m) => m[1]!.toLowerCase()));
  const days = new Set<string>();
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\b/g)) {
    const around = text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 12);
    MONTH_WORD.lastIndex = 0;
    if (MONTH_WORD.test(around)) days.add(String(Number(m[1])));
    MONTH_WORD.lastIndex = 0;
  }
  const places = new Set<string>();
  for (const m of text.matchAll(PLACE_AFTER)) {
    for (const word of wordTokens(m[1]!)) {
      if (MONTHS.includes(word.slice(0, 3)) && (MONTHS.includes(word) || /^(?:january|february|march|april|june|july|august|september|october|november|december)$/.test(word))) continue;
      if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)$/.test(word)) continue;
      places.add(geoToken(word) ?? word);
    }
  }
  return { places, months, days, weekdays };
}

// What follows an undertaking verb, up to the end of its clause: "agreed on Thursday to a temporary ceasefire, but …".
const UNDERTAKING_OBJECT = /\b(?:agreed|agree|agrees|committed|pledged|promised|vowed|undertook)\b(?:\s+(?:not|on|to|that|upon|\p{Lu}\p{Ll}+day))*(\s+[^,;:–—]+)/u;
const OBJECT_END = /\s+(?:but|while|whereas|although|according|after|before|as|in order|which|who)\b.*$/i;
/** How many words after the verb state what an agreement commits to. */
const OBJECT_WORDS = 10;
/** Share of the shorter object's words the other must state too ("one another" and "neither" come and go). */
const OBJECT_SHARE = 0.6;
/** Least specific words two agreements must state alike in what they commit to. */
const OBJECT_MIN = 2;

// "X and Y signed a permanent ceasefire across the country on Friday": what was signed, up to where, when or how.
const SIGNED_OBJECT = /\b(?:signed|signs|initial(?:l)?ed|inked)\s+((?:an?|the|two|three|several|\d+)\s+[^,;:–—]+)/u;
const SIGNED_OBJECT_END = /\s+(?:at|in|across|during|on|after|before|under|with|between|by|in front of|witnessed)\b.*$/i;

/** What a signing fact says was signed ("a permanent ceasefire"), cut before the place, day and circumstances. */
function signedObject(text: string): string | undefined {
  return SIGNED_OBJECT.exec(text)?.[1]?.replace(OBJECT_END, '').replace(SIGNED_OBJECT_END, '');
}

/** The specific words of what an agreement commits to; null when it names too little to tell agreements apart. */
function agreedObject(kind: FactKind, text: string, drop: { has(token: string): boolean }): string[] | null {
  if (kind !== 'AGREEMENT') return null;
  // Its first words say what it commits to; the rest of a long clause tells where, why and against whom.
  const clause = (UNDERTAKING_OBJECT.exec(text)?.[1]?.replace(OBJECT_END, '') ?? signedObject(text))?.trim().split(/\s+/).slice(0, OBJECT_WORDS).join(' ');
  if (!clause) return null;
  const tokens = factTokens(clause, drop).filter((t) => !GENERIC_FACT_TOKENS.has(t) && !/^\d+$/.test(t));
  return tokens.length >= OBJECT_MIN && tokens.length <= 8 ? tokens : null;
}

/** Two agreements commit to the same thing: most of one object's words are in the other's, at least OBJECT_MIN of them. */
function sameObject(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const shared = small.filter((t) => large.includes(t)).length;
  return shared >= OBJECT_MIN && shared >= Math.ceil(small.length * OBJECT_SHARE);
}

// A quoted stretch in a fact's text, and how many words make it someone's own wording rather than a stock phrase.
const QUOTED_WORDS = /["“]([^"”]{12,})["”]/g;
const QUOTE_MIN_WORDS = 4;

/** The quoted stretches of a fact's text, folded, of QUOTE_MIN_WORDS words or more. */
function quotedWords(text: string): string[] {
  return [...text.matchAll(QUOTED_WORDS)].map((m) => quoteKey(m[1]!)).filter((key) => key.split(' ').length >= QUOTE_MIN_WORDS);
}

/** Whether one fact quotes words another quotes too: one stretch inside the other. */
function sharesQuote(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
}

/** The schedule a next step or agreement sets for meetings ("weekly"), folded; null when it sets none. */
function recurrence(kind: FactKind, text: string): string | null {
  if (kind !== 'NEXT_STEP' && kind !== 'AGREEMENT') return null;
  const match = RECURRENCE.exec(text);
  return match && /\b(?:meet|meets|meetings?|convene|held|sessions?)\b/i.test(text) ? match[1]!.toLowerCase().replace(/-/g, '') : null;
}

function overlapsOrMissing(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Two announcements of the next meeting can be the same one: no place, month, day or weekday contradicts. */
export function sameMeeting(a: MeetingAnnouncement, b: MeetingAnnouncement): boolean {
  return (
    overlapsOrMissing(a.places, b.places) &&
    overlapsOrMissing(a.months, b.months) &&
    overlapsOrMissing(a.days, b.days) &&
    overlapsOrMissing(a.weekdays, b.weekdays)
  );
}

/**
 * One sentence of a report restating another: nearly all of the shorter one's words, at least four. Counted, not
 * weighted: within one report the words a restatement repeats are the ones its other facts share too, so they weigh little.
 */
function restates(sizeA: number, sizeB: number, shared: number): boolean {
  return shared >= RESTATED_MIN_SHARED && shared >= RESTATED_OVERLAP * Math.min(sizeA, sizeB);
}

function similarity(weightA: number, weightB: number, sharedWeight: number, shared: number, minShared = FACT_MIN_SHARED, minOverlap = FACT_OVERLAP): number {
  if (weightA <= 0 || weightB <= 0) return 0;
  const jaccard = sharedWeight / (weightA + weightB - sharedWeight);
  const overlap = sharedWeight / Math.min(weightA, weightB);
  if (jaccard >= FACT_JACCARD) return jaccard + overlap;
  if (overlap >= minOverlap && shared >= minShared) return jaccard + overlap;
  return 0;
}

/**
 * How much a shared word says that two facts are the same: its specificity inside each article. A word most of an
 * article's facts use ("Tigray", "talks") names the story, not a fact; a word one or two of its facts use
 * ("cessation", "prisoners") marks a fact. Frequency across articles would do the opposite: the more outlets
 * report a fact, the more common its own words would look. Each article's distinct token sets count once, so
 * reposts and repeated sentences do not skew the weights; a word's weight is its mean over the articles using it.
 */
function tokenWeights(items: readonly { article: { id: string }; tokens: readonly string[] }[]): (token: string) => number {
  const perArticle = new Map<string, Map<string, readonly string[]>>();
  for (const item of items) {
    const sets = perArticle.get(item.article.id) ?? new Map<string, string[]>();
    sets.set(item.tokens.join(' '), item.tokens);
    perArticle.set(item.article.id, sets);
  }
  const sums = new Map<string, { total: number; articles: number }>();
  for (const sets of perArticle.values()) {
    const df = new Map<string, number>();
    for (const tokens of sets.values()) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) {
      const sum = sums.get(t) ?? { total: 0, articles: 0 };
      sum.total += Math.log(1 + sets.size / n);
      sum.articles += 1;
      sums.set(t, sum);
    }
  }
  const weights = new Map<string, number>();
  // Figures ("1,200", "10 days", "90-day") are what outlets copy most faithfully: a shared number says more than a shared word.
  for (const [t, { total, articles }] of sums) weights.set(t, (total / articles) * (GENERIC_FACT_TOKENS.has(t) ? GENERIC_WEIGHT : /\d/.test(t) ? NUMBER_WEIGHT : 1));
  return (t) => weights.get(t) ?? 0;
}

/** The last word of a speaker's name, folded: outlets give the full name or the surname. */
function surnameKey(speaker: string | null | undefined): string | null {
  const words = speaker ? wordTokens(speaker) : [];
  return words.length > 0 ? words[words.length - 1]! : null;
}

/** No member of the cluster has a speaker other than the item's: two people's words are two remarks. */
function speakersAgree(cluster: FactCluster, item: FactItem): boolean {
  return cluster.items.every((x) => x.speaker === null || item.speaker === null || x.speaker === item.speaker);
}

/** Where a person's remark sits: its report and its speaker. */
function remarkKey(item: FactItem): string {
  return `${item.article.id}\u0000${item.speaker}`;
}

/** A person's statements in each report, by article and speaker key; a party ("Sri Lanka said") speaks through many voices. */
function remarksByReport(items: readonly FactItem[]): Map<string, FactItem[]> {
  const byKey = new Map<string, FactItem[]>();
  for (const item of items) {
    if (!item.personal) continue;
    const key = remarkKey(item);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return byKey;
}

/**
 * Greedy clustering in a fixed order, with an inverted token index over distinct token signatures so a
 * fact is compared only with facts sharing a token. A fact joins the most similar kind-compatible cluster.
 */
function clusterFacts(items: readonly FactItem[]): FactCluster[] {
  const weight = tokenWeights(items);
  const weightOf = (tokens: readonly string[]): number => tokens.reduce((sum, t) => sum + weight(t), 0);

  const clusters: FactCluster[] = [];
  const entries: { cluster: number; weight: number; speaker: string | null; short: boolean; article: string; size: number }[] = [];
  /** Phrasings (signature entries) each cluster holds. */
  const clusterEntries: number[] = [];
  /** How many of each cluster's phrasings use each token. */
  const clusterTokens: Map<string, number>[] = [];
  const postings = new Map<string, number[]>();
  const byQuote = new Map<string, number[]>();

  const remarks = remarksByReport(items);
  // The weight of the specific words two token lists share.
  const specificShared = (a: readonly string[], b: readonly string[]): number =>
    a.reduce((sum, t) => (!GENERIC_FACT_TOKENS.has(t) && b.includes(t) ? sum + weight(t) : sum), 0);
  // Of its speaker's remarks in its report, `remark` alone shares a specific word with `other`.
  const sharesSpecific = (a: readonly string[], b: readonly string[]): boolean => a.some((t) => !GENERIC_FACT_TOKENS.has(t) && b.includes(t));
  const onlyMatch = (remark: FactItem, other: FactItem): boolean =>
    remarks.get(remarkKey(remark))!.every((x) => x.quoteKey === remark.quoteKey || !sharesSpecific(x.tokens, other.tokens));
  /**
   * Two reports' versions of one person's remark share its point, often in one word ("war", "progress", "ceasefire"), and
   * little else, each wording the rest its own way. They are one remark when they share that word and, in each report, no
   * other remark of the speaker shares a word with the other version: then nothing else he said there can be meant.
   */
  const sameRemark = (a: FactItem, b: FactItem): boolean =>
    a.personal && b.personal && a.speaker === b.speaker &&
    specificShared(a.tokens, b.tokens) >= SPEAKER_POINT_WEIGHT && onlyMatch(a, b) && onlyMatch(b, a);

  const bySignature = new Map<string, number>();
  for (const item of items) {
    const signature = item.tokens.join(' ');
    const same = bySignature.get(signature);
    if (same !== undefined && item.tokens.length > 0) {
      // Identical content tokens: the same fact, with no need to score.
      const cluster = clusters[same]!;
      // …unless two different people said the same words: two remarks.
      if ([...cluster.kinds].every((k) => kindsCompatible(k, item.fact.kind)) && speakersAgree(cluster, item)) {
        cluster.items.push(item);
        cluster.kinds.add(item.fact.kind);
        continue;
      }
    }
    const itemWeight = weightOf(item.tokens);
    const itemShort = shortRemark(item.tokens);
    const shared = new Map<number, { n: number; w: number }>();
    for (const t of item.tokens) {
      const w = weight(t);
      for (const e of postings.get(t) ?? []) {
        const s = shared.get(e) ?? { n: 0, w: 0 };
        s.n++;
        s.w += w;
        shared.set(e, s);
      }
    }
    const compatible = (ci: number): boolean => [...clusters[ci]!.kinds].every((k) => kindsCompatible(k, item.fact.kind));
    // Not single link: a fact joins a cluster only when it is close to two of the cluster's phrasings or to a third
    // of them, and the best cluster is the one it is closest to on average over its phrasings, so one sentence that mentions two things ("banking services … and UN contributions") cannot
    // chain a fact about the second thing onto a cluster about the first.
    const votes = new Map<number, { passes: number; total: number; within: boolean; restated: boolean }>();
    for (const [e, s] of shared) {
      const entry = entries[e]!;
      // One speaker's statements quoted by two outlets share their speaker, whom the tokens leave out: one word fewer will do.
      const sameSpeaker = item.speaker !== null && item.speaker === entry.speaker;
      // Or, paraphrased rather than quoted, three shared words with a smaller overlap: one person's remark on one round.
      // Or one outlet quotes a short remark ("This is a milestone") whose every word another outlet's account of it holds.
      const within = sameSpeaker && itemShort !== entry.short && s.w >= Math.min(itemWeight, entry.weight) - 1e-9;
      const score =
        similarity(itemWeight, entry.weight, s.w, s.n, sameSpeaker ? FACT_MIN_SHARED - 1 : FACT_MIN_SHARED) ||
        (sameSpeaker ? similarity(itemWeight, entry.weight, s.w, s.n, FACT_MIN_SHARED, SPEAKER_OVERLAP) : 0) ||
        (within ? 1 : 0);
      if (score <= 0) continue;
      const vote = votes.get(entry.cluster) ?? { passes: 0, total: 0, within: false, restated: false };
      vote.passes += 1;
      vote.total += score;
      vote.within ||= within;
      vote.restated ||= entry.article === item.article.id && restates(item.tokens.length, entry.size, s.n);
      votes.set(entry.cluster, vote);
    }
    let best = -1;
    let bestScore = 0;
    for (const [ci, vote] of votes) {
      if (!compatible(ci) || (vote.passes * 3 < clusterEntries[ci]! && vote.passes < 2)) continue;
      // Two different sentences of one report are two facts (an outlet rarely says the same thing twice in a row), unless
      // one nearly holds the other: a lede that a quote and a paraphrase further down restate.
      if (!vote.restated && clusters[ci]!.items.some((x) => x.article.id === item.article.id && x.quoteKey !== item.quoteKey)) continue;
      // …and one sentence the report's extraction split in two ("accused X of …, and demanded …") is two facts.
      if (clusters[ci]!.items.some((x) => x.article.id === item.article.id && x.quoteKey === item.quoteKey && x.fact.text !== item.fact.text)) continue;
      // …and it must share at least two specific words with the cluster's core (words at least half its phrasings use).
      const counts = clusterTokens[ci]!;
      let core = 0;
      for (const t of item.tokens) if (!GENERIC_FACT_TOKENS.has(t) && (counts.get(t) ?? 0) * 2 >= clusterEntries[ci]!) core += 1;
      if (core < 2 && !vote.within) continue;
      const score = vote.total / clusterEntries[ci]!;
      if (score > bestScore || (score === bestScore && ci < best)) {
        best = ci;
        bestScore = score;
      }
    }
    if (best < 0 && item.meeting) {
      // One announcement of the next meeting per round, however worded; complete link, so an announcement naming
      // no place cannot join "in Ankara" to "in Athens".
      const meeting = item.meeting;
      for (let ci = 0; ci < clusters.length; ci++) {
        const members = clusters[ci]!.items;
        if (!compatible(ci) || !members.every((x) => x.meeting && sameMeeting(x.meeting, meeting))) continue;
        // As above: one report's two sentences are two facts, even when both look ahead to the next meeting.
        if (members.some((x) => x.article.id === item.article.id && x.quoteKey !== item.quoteKey)) continue;
        best = ci;
        break;
      }
    }
    // The first compatible cluster that passes `test` and holds nothing of this item's article.
    const fromOtherArticle = (test: (cluster: FactCluster) => boolean): number =>
      clusters.findIndex((c, ci) => compatible(ci) && !c.items.some((x) => x.article.id === item.article.id) && test(c));
    if (best < 0 && item.object) {
      // "Both sides had agreed to a temporary ceasefire" = "X and Y agreed to a temporary ceasefire, but fighting went on":
      // one undertaking, however much else the sentences tell. Complete link over the members that state an object.
      const object = item.object;
      best = fromOtherArticle((c) => c.items.some((x) => x.object) && c.items.every((x) => !x.object || sameObject(x.object, object)));
    }
    if (best < 0 && item.quoted.length > 0) {
      // Two outlets quoting the same words ("a peace agreement, not a withdrawal agreement") report one remark.
      best = fromOtherArticle((c) => c.items.some((x) => sharesQuote(x.quoted, item.quoted)));
    }
    if (best < 0 && item.recurs) {
      // "They will meet weekly" = "meetings are to be held on a weekly basis": one schedule, however worded.
      best = fromOtherArticle((c) => c.items.every((x) => x.recurs === item.recurs));
    }
    if (best < 0 && item.continues) {
      // "The sides agreed to continue the negotiations on the articles where differences remain" = "… to continue
      // negotiations on the issues that remain open": one undertaking per round.
      best = fromOtherArticle((c) => c.items.every((x) => x.continues));
    }
    if (best < 0 && item.ratifies) {
      // "The accords still have to be ratified by both parliaments" = "…will be referred to the assembly to be ratified".
      best = fromOtherArticle((c) => c.items.every((x) => x.ratifies));
    }
    if (best < 0 && item.personal) {
      // One person's remark on one point in two reports, however differently paraphrased.
      best = fromOtherArticle((c) => speakersAgree(c, item) && c.items.some((x) => sameRemark(x, item)));
    }
    if (best < 0 && item.quoteKey.length >= QUOTE_KEY_MIN) {
      // The same sentence in another article is the same fact even when extraction phrased it differently.
      const sameQuote = (byQuote.get(item.quoteKey) ?? []).filter(
        // Another article's copy of the sentence, not this article's other fact from it ("…, and that …" split in two).
        (ci) => compatible(ci) && clusters[ci]!.items.some((x) => x.article.id !== item.article.id && x.quoteKey === item.quoteKey),
      );
      best = sameQuote[0] ?? -1;
    }
    if (best < 0) {
      best = clusters.length;
      clusters.push({ items: [], kinds: new Set(), signatures: new Set() });
    }
    const cluster = clusters[best]!;
    cluster.items.push(item);
    cluster.kinds.add(item.fact.kind);
    if (!bySignature.has(signature)) bySignature.set(signature, best);
    // A handful of phrasings represent a cluster well; more only make lookups slower.
    if (!cluster.signatures.has(signature) && cluster.signatures.size < MAX_SIGNATURES) {
      cluster.signatures.add(signature);
      const e = entries.length;
      entries.push({ cluster: best, weight: itemWeight, speaker: item.speaker, short: itemShort, article: item.article.id, size: item.tokens.length });
      clusterEntries[best] = (clusterEntries[best] ?? 0) + 1;
      const counts = (clusterTokens[best] ??= new Map());
      for (const t of item.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const t of item.tokens) {
        const list = postings.get(t);
        if (list) list.push(e);
        else postings.set(t, [e]);
      }
    }
    const quoteClusters = byQuote.get(item.quoteKey) ?? [];
    if (!quoteClusters.includes(best)) byQuote.set(item.quoteKey, [...quoteClusters, best]);
  }
  return clusters;
}

/** A remark of one or two specific words ("This is a milestone"): too short to compare by similarity. */
function shortRemark(tokens: readonly string[]): boolean {
  return tokens.filter((t) => !GENERIC_FACT_TOKENS.has(t)).length <= 2;
}

/** Specific words two clusters alone share in a round before they are one fact. */
export const EXCLUSIVE_SHARED_MIN = 2;

/**
 * Outlets word one fact their own way, so two phrasings may share too few words to pass the similarity test; but when
 * two clusters from different outlets are the only ones in the round to use two specific words ("Utrecht" and
 * "committees", "land" and "fund"), they report the same thing. Clusters join only when their outlets are disjoint
 * and their kinds alike, so one report's two sentences never become one fact.
 */
function joinByExclusiveWords(clusters: FactCluster[]): FactCluster[] {
  // A cluster's words are those at least half its outlets use: a sentence that reports two things lends it no second topic.
  const wordsOf = clusters.map((cluster) => {
    const byOutlet = new Map<string, Set<string>>();
    for (const item of cluster.items) {
      const words = byOutlet.get(item.article.id) ?? new Set<string>();
      for (const token of item.tokens) if (!GENERIC_FACT_TOKENS.has(token)) words.add(token);
      byOutlet.set(item.article.id, words);
    }
    const counts = new Map<string, number>();
    for (const words of byOutlet.values()) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n * 2 >= byOutlet.size).map(([word]) => word));
  });
  const holders = new Map<string, number[]>();
  wordsOf.forEach((words, ci) => {
    for (const word of words) holders.set(word, [...(holders.get(word) ?? []), ci]);
  });
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    if (list.length !== 2) continue;
    const key = `${list[0]}:${list[1]}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  const parent = clusters.map((_, ci) => ci);
  const find = (ci: number): number => (parent[ci] === ci ? ci : (parent[ci] = find(parent[ci]!)));
  const outlets = clusters.map((cluster) => new Set(cluster.items.map((item) => item.article.id)));
  const kinds = clusters.map((cluster) => new Set(cluster.kinds));
  const pairs = [...shared.entries()].filter(([, n]) => n >= EXCLUSIVE_SHARED_MIN).sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  for (const [key] of pairs) {
    const [a, b] = key.split(':').map((n) => find(Number(n))) as [number, number];
    if (a === b || [...outlets[a]!].some((id) => outlets[b]!.has(id))) continue;
    // Words alone do not tell a speaker's remark from the deal it remarks on: only like kinds join here.
    if (![...kinds[a]!].every((x) => [...kinds[b]!].every((y) => x === y || (x !== 'STATEMENT' && y !== 'STATEMENT' && kindsCompatible(x, y))))) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    parent[drop] = keep;
    for (const id of outlets[drop]!) outlets[keep]!.add(id);
    for (const kind of kinds[drop]!) kinds[keep]!.add(kind);
  }
  const joined = new Map<number, FactCluster>();
  clusters.forEach((cluster, ci) => {
    const root = find(ci);
    const target = joined.get(root);
    if (!target) joined.set(root, { items: [...cluster.items], kinds: new Set(cluster.kinds), signatures: new Set(cluster.signatures) });
    else {
      target.items.push(...cluster.items);
      for (const kind of cluster.kinds) target.kinds.add(kind);
      for (const signature of cluster.signatures) target.signatures.add(signature);
    }
  });
  return [...joined.values()];
}

/**
 * A round's rival date or city that is the leading one of another round of the track is that round's, told in a report of
 * this one ("…, two months after talks in Vienna"), not a report that disagrees: outlets do not misplace a meeting in exactly
 * the city another round met in. Such values are dropped when a value no other round leads with remains, as widely
 * reported. A round whose every value leads another round keeps them all (rounds that met alike, or alternate).
 */
function withoutOtherRounds<T extends string>(items: readonly Cited<T>[], key: (value: T) => string, otherRounds: ReadonlySet<string>, articles: ArticleIndex): readonly Cited<T>[] {
  const byKey = new Map<string, Cited<T>[]>();
  for (const item of items) {
    const k = key(item.value);
    const list = byKey.get(k);
    if (list) list.push(item);
    else byKey.set(k, [item]);
  }
  const sources = (list: readonly Cited<T>[]) => countSources(list.map((item) => item.citation), articles);
  const own = [...byKey].filter(([k]) => !otherRounds.has(k));
  if (own.length === 0) return items;
  const widest = Math.max(...own.map(([, list]) => sources(list)));
  const dropped = new Set([...byKey].filter(([k, list]) => otherRounds.has(k) && sources(list) <= widest).map(([k]) => k));
  // Nothing dropped: the same list, so the caller can keep what it resolved from it.
  return dropped.size === 0 ? items : items.filter((item) => !dropped.has(key(item.value)));
}

/** Core size from which a supporting sentence may miss one core word (see supportingItems). */
const SUPPORT_LOOSE_CORE = 5;

/**
 * Sentences that report two things ("agreed on a committee for Taiz and confirmed a prisoner exchange") join the cluster of
 * one of them; they support the other too. A cluster that two or more outlets already report has a core: the specific
 * words every one of its phrasings uses (at least two of them). A sentence of another outlet that holds the whole core,
 * with a compatible kind, is cited for that fact as well. Single-outlet facts have no core to match against.
 */
function supportingItems(clusters: readonly FactCluster[], items: readonly FactItem[]): Map<number, FactItem[]> {
  const support = new Map<number, FactItem[]>();
  clusters.forEach((cluster, ci) => {
    const outlets = new Set(cluster.items.map((i) => i.article.id));
    if (outlets.size < 2) return;
    const phrasings = cluster.items.map((i) => new Set(i.tokens.filter((t) => !GENERIC_FACT_TOKENS.has(t))));
    const core = phrasings.slice(1).reduce((shared, own) => new Set([...shared].filter((t) => own.has(t))), phrasings[0]!);
    if (core.size < 2) return;
    // A core of five words or more comes from near-identical phrasings (a wire and its copy): one of its words may be said
    // otherwise ("troops" for "forces") by an outlet that reports the rest.
    const allowedMissing = core.size >= SUPPORT_LOOSE_CORE ? 1 : 0;
    const added = new Set<string>();
    for (const item of items) {
      if (outlets.has(item.article.id) || added.has(item.article.id)) continue;
      if (![...cluster.kinds].every((k) => kindsCompatible(k, item.fact.kind))) continue;
      const tokens = new Set(item.tokens);
      if ([...core].filter((t) => !tokens.has(t)).length > allowedMissing) continue;
      added.add(item.article.id);
      support.set(ci, [...(support.get(ci) ?? []), item]);
    }
  });
  return support;
}

/** A clause of a report that states no fact the rules know (RoundObservation.loose), with its content tokens. */
interface LooseItem {
  article: ArticleRecord;
  tokens: string[];
  /** Every word of the clause, folded: names a speaker key can be found among. */
  words: Set<string>;
  /** The kind of the fact the clause is, when it is another outlet's fact. */
  kind?: FactKind;
  quote: string;
}

function looseClauses(obs: readonly Obs[], drop: { has(token: string): boolean }): LooseItem[] {
  const out: LooseItem[] = [];
  for (const o of obs) {
    const text = o.article.extraction.text;
    for (const clause of o.round.loose ?? []) {
      const written = text.slice(clause.start, clause.end);
      const tokens = factTokens(written, drop);
      if (tokens.filter((t) => !GENERIC_FACT_TOKENS.has(t)).length >= 2) out.push({ article: o.article, tokens, words: new Set(wordTokens(written)), quote: text.slice(clause.sentenceStart, clause.sentenceEnd) });
    }
  }
  return out;
}

/** Words a loose clause must share with a fact's phrasing: one more than two facts need, since the clause has no kind to agree. */
const LOOSE_MIN_SHARED = FACT_MIN_SHARED + 1;
/** How much closer a loose clause must be to the fact it corroborates than to any other fact of the round. */
const LOOSE_MARGIN = 1.25;

/**
 * A report may carry another outlet's fact in a sentence the rules give no kind ("A Transition Commission … will draft the
 * Basic Law" beside "Under the framework, a Transition Commission will draft a basic law"), or give a kind the fact cannot
 * join. Such a clause is cited for the fact, and counts its outlet, when it is close to one of the fact's phrasings by the
 * weighted similarity two facts are joined by, sharing one word more (LOOSE_MIN_SHARED) and two specific words. A clause
 * corroborates one fact at most: the one it is clearly closest to (LOOSE_MARGIN).
 */
function corroboratingClauses(
  clusters: readonly FactCluster[],
  support: ReadonlyMap<number, FactItem[]>,
  items: readonly FactItem[],
  loose: readonly LooseItem[],
  others: readonly LooseItem[],
  articles: ArticleIndex,
): Map<number, CitationRef[]> {
  const out = new Map<number, CitationRef[]>();
  if (loose.length === 0 && others.length === 0) return out;
  // Other kinds' facts are among `items` already: their words weigh what they weigh there.
  const weight = tokenWeights([...items, ...loose]);
  const weightOf = (tokens: readonly string[]): number => tokens.reduce((sum, t) => sum + weight(t), 0);
  const sourceOf = (article: ArticleRecord): string => articles.get(article.id)?.countingSource ?? article.sourceId;
  const sources = clusters.map((cluster, ci) => new Set([...cluster.items, ...(support.get(ci) ?? [])].map((i) => sourceOf(i.article))));
  const kinds = clusters.map((cluster) => [...cluster.kinds]);
  // A person's remark is that person's: another report carries it only where it names them.
  const speakers = clusters.map((cluster) => [...new Set(cluster.items.filter((member) => member.personal).map((member) => member.speaker!))]);
  // Each phrasing once, indexed by its specific words: a clause is compared only with the phrasings it shares two of.
  const phrasings: { ci: number; weight: number; tokens: ReadonlySet<string> }[] = [];
  const postings = new Map<string, number[]>();
  clusters.forEach((cluster, ci) => {
    const bySignature = new Map(cluster.items.map((member) => [member.tokens.join(' '), member.tokens]));
    for (const tokens of bySignature.values()) {
      const p = phrasings.length;
      phrasings.push({ ci, weight: weightOf(tokens), tokens: new Set(tokens) });
      for (const t of tokens) {
        if (GENERIC_FACT_TOKENS.has(t)) continue;
        const list = postings.get(t);
        if (list) list.push(p);
        else postings.set(t, [p]);
      }
    }
  });
  const best = new Map<string, { ci: number; score: number; item: LooseItem }>();
  for (const item of [...loose, ...others]) {
    const source = sourceOf(item.article);
    const itemWeight = weightOf(item.tokens);
    const specific = new Map<number, number>();
    for (const t of item.tokens) for (const p of postings.get(t) ?? []) specific.set(p, (specific.get(p) ?? 0) + 1);
    const shared = new Map<number, { n: number; weight: number }>();
    for (const [p, count] of specific) {
      if (count < 2) continue;
      const s = { n: 0, weight: 0 };
      for (const t of item.tokens) {
        if (!phrasings[p]!.tokens.has(t)) continue;
        s.n += 1;
        s.weight += weight(t);
      }
      shared.set(p, s);
    }
    const open = new Map<number, boolean>();
    // A fact of a kind that could have joined this one did not: only the other kinds' facts corroborate it.
    const opensTo = (ci: number): boolean =>
      !sources[ci]!.has(source) && (!item.kind || !kinds[ci]!.some((kind) => kindsCompatible(kind, item.kind!))) && speakers[ci]!.every((speaker) => item.words.has(speaker));
    const scores = new Map<number, number>();
    for (const [p, s] of shared) {
      const { ci, weight: phrasingWeight } = phrasings[p]!;
      if (s.n < LOOSE_MIN_SHARED) continue;
      let allowed = open.get(ci);
      if (allowed === undefined) open.set(ci, (allowed = opensTo(ci)));
      if (!allowed) continue;
      const score = similarity(phrasingWeight, itemWeight, s.weight, s.n);
      if (score > (scores.get(ci) ?? 0)) scores.set(ci, score);
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    // A clause about as close to two facts says neither.
    if (ranked.length === 0 || ranked[0]![1] < LOOSE_MARGIN * (ranked[1]?.[1] ?? 0)) continue;
    const [ci, score] = ranked[0]!;
    const key = `${ci}\u0000${source}`;
    const held = best.get(key);
    if (!held || score > held.score) best.set(key, { ci, score, item });
  }
  for (const { ci, item } of best.values()) out.set(ci, [...(out.get(ci) ?? []), cite(item.article, item.quote)]);
  return out;
}

/**
 * The displayed wording: the phrasing most sources used; among equals, the most central one (the member whose
 * words the other members share most, so the key terms of the cluster survive), then the shorter, then by text.
 */
function pickFactText(items: readonly FactItem[], articles: ArticleIndex): string {
  const byText = new Map<string, CitationRef[]>();
  for (const i of items) {
    const text = i.fact.text.replace(/\s+/g, ' ').trim();
    const list = byText.get(text);
    if (list) list.push(cite(i.article, i.fact.quote));
    else byText.set(text, [cite(i.article, i.fact.quote)]);
  }
  // Centrality = how many (other phrasing, word) pairs share a word with this one = Σ over its words of (df − 1).
  const tokens = new Map([...byText.keys()].map((text) => [text, new Set(factTokens(text, NO_DROP))]));
  const df = new Map<string, number>();
  for (const set of tokens.values()) for (const token of set) df.set(token, (df.get(token) ?? 0) + 1);
  const centralityOf = new Map([...tokens].map(([text, set]) => [text, [...set].reduce((sum, token) => sum + df.get(token)! - 1, 0)]));
  const centrality = (text: string) => centralityOf.get(text)!;
  return [...byText.entries()].sort(
    (a, b) =>
      countSources(b[1], articles) - countSources(a[1], articles) ||
      centrality(b[0]) - centrality(a[0]) ||
      a[0].length - b[0].length ||
      compareStrings(a[0], b[0]),
  )[0]![0];
}

const NO_DROP: ReadonlySet<string> = new Set();

function pickKind(items: readonly FactItem[], articles: ArticleIndex): FactKind {
  const byKind = new Map<FactKind, CitationRef[]>();
  for (const i of items) {
    const list = byKind.get(i.fact.kind);
    if (list) list.push(cite(i.article, i.fact.quote));
    else byKind.set(i.fact.kind, [cite(i.article, i.fact.quote)]);
  }
  // "The two leaders agreed to meet again in Brazil": when outlets split between agreement and next step on an
  // announcement of the next meeting, it is the next step.
  const announces = items.some((i) => i.meeting !== null);
  const rank = (kind: FactKind) => (announces && kind === 'NEXT_STEP' ? -1 : FACT_KIND_ORDER.indexOf(kind));
  return [...byKind.entries()].sort((a, b) => countSources(b[1], articles) - countSources(a[1], articles) || rank(a[0]) - rank(b[0]))[0]![0];
}

/** "Abbas Araqchi said: …" under the name the track displays for him ("Abbas Araghchi said: …"). */
function canonicalSpeaker(text: string, people: PeopleIndex): string {
  const speaker = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}) said: /u.exec(text);
  if (!speaker) return text;
  const name = people.resolve(speaker[1]!)?.name;
  return name && name !== speaker[1] ? `${name}${text.slice(speaker[1]!.length)}` : text;
}

function normalizeActors(actors: Iterable<string>, people: PeopleIndex, parties: ReadonlySet<string>): string[] {
  const out = new Map<string, string>();
  for (const actor of actors) {
    const trimmed = actor.trim();
    if (!trimmed) continue;
    const name = parties.has(trimmed) ? trimmed : (people.resolve(trimmed)?.name ?? trimmed);
    const key = foldText(name);
    if (!out.has(key)) out.set(key, name);
  }
  return [...out.values()].sort(compareStrings);
}

/**
 * Fact id = hash of round number, the first-ingested member's kind and its content-token key. Later
 * citations never change which member was ingested first, so the id survives re-merges as coverage
 * grows; it changes only when the round is renumbered or an older article is backfilled into the cluster.
 */
function factId(round: number, items: readonly FactItem[]): string {
  const first = [...items].sort(
    (a, b) => compareStrings(a.article.ingestedAt, b.article.ingestedAt) || compareStrings(a.article.id, b.article.id) || a.order - b.order,
  )[0]!;
  const key = first.tokens.join(' ') || quoteKey(first.fact.quote);
  return `f${stableHash(`${round}|${first.fact.kind}|${key}`)}`;
}

// Any state's or city's name says where or who, which actors and round fields carry; in fact text it only blurs
// similarity ("talks in Venezuela" = "talks in Caracas"). Looked up once per word.
const geoWords = new Map<string, boolean>();
function isGeoWord(token: string): boolean {
  let known = geoWords.get(token);
  if (known === undefined) {
    const word = token.charAt(0).toUpperCase() + token.slice(1);
    known = token.length > 2 && (isKnownCity(word) || findPartyMentions(word).some((mention) => mention.index === 0 && mention.text.length === word.length));
    if (geoWords.size < 50_000) geoWords.set(token, known);
  }
  return known;
}

function dropping(words: ReadonlySet<string>): { has(token: string): boolean } {
  return { has: (token) => words.has(token) || isGeoWord(token) };
}

function mergeFacts(
  round: number,
  obs: readonly Obs[],
  drop: { has(token: string): boolean },
  articles: ArticleIndex,
  people: PeopleIndex,
  parties: ReadonlySet<string>,
): FactView[] {
  const items: FactItem[] = [];
  // Reposts and wire copies repeat sentences verbatim; normalize each distinct string once.
  const tokenCache = new Map<string, string[]>();
  const quoteCache = new Map<string, string>();
  for (const o of obs) {
    o.round.facts.forEach((fact, i) => {
      const source = fact.text || fact.quote;
      // Who said or did it is carried by the speaker and actors; outlets name them differently ("Al-Yamani", "the foreign minister").
      const named = [fact.speaker ?? '', ...fact.actors].filter((name) => name && !parties.has(name));
      const cacheKey = named.length > 0 ? `${source}\u0000${named.join('\u0000')}` : source;
      let tokens = tokenCache.get(cacheKey);
      if (!tokens) {
        const own = new Set(named.flatMap((name) => wordTokens(name)));
        const dropNamed = own.size > 0 ? { has: (token: string) => own.has(token) || drop.has(token) } : drop;
        tokens = factTokens(source, dropNamed);
        // Dropping parties and places must not leave nothing to compare: keep them when fewer than two specific words remain.
        // A statement's speaker is compared by its speaker key, so the speaker's own name stays out even then.
        if (tokens.filter((t) => !GENERIC_FACT_TOKENS.has(t)).length < 2) tokens = factTokens(source, fact.kind === 'STATEMENT' && own.size > 0 ? own : NO_DROP);
        tokenCache.set(cacheKey, tokens);
      }
      let qk = quoteCache.get(fact.quote);
      if (qk === undefined) {
        qk = quoteKey(fact.quote);
        quoteCache.set(fact.quote, qk);
      }
      const speaker = fact.kind === 'STATEMENT' ? surnameKey(fact.speaker ? (people.resolve(fact.speaker)?.name ?? fact.speaker) : null) : null;
      items.push({ article: o.article, order: o.index * 10_000 + i, fact, tokens, quoteKey: qk, meeting: meetingAnnouncement(fact.kind, source), continues: (fact.kind === 'AGREEMENT' || fact.kind === 'NEXT_STEP') && CONTINUE_TALKS.test(source), ratifies: fact.kind === 'NEXT_STEP' && RATIFY.test(source), recurs: recurrence(fact.kind, source), quoted: quotedWords(source), object: agreedObject(fact.kind, source, drop), speaker, personal: speaker !== null && !parties.has(fact.speaker!) });
    });
  }
  const clusters = joinByExclusiveWords(clusterFacts(items));
  const support = supportingItems(clusters, items);
  // Another outlet's fact given a kind this one's cannot join ("agreed to …" against "… will …" as background) still reports it.
  // A statement joins facts of any kind, so it corroborates none across kinds.
  const wordsOf = new Map<string, Set<string>>();
  const otherKinds: LooseItem[] = clusters
    .flatMap((cluster) => cluster.items.filter((item) => item.fact.kind !== 'STATEMENT'))
    .map((item) => {
      let words = wordsOf.get(item.fact.quote);
      if (!words) wordsOf.set(item.fact.quote, (words = new Set(wordTokens(item.fact.quote))));
      return { article: item.article, tokens: item.tokens, words, quote: item.fact.quote, kind: item.fact.kind };
    });
  const corroboration = corroboratingClauses(clusters, support, items, looseClauses(obs, drop), otherKinds, articles);
  const views: FactView[] = clusters.map((cluster, ci) => {
    const citations = sortCitations(
      [...[...cluster.items, ...(support.get(ci) ?? [])].map((i) => cite(i.article, i.fact.quote)), ...(corroboration.get(ci) ?? [])],
      articles,
    );
    return {
      id: factId(round, cluster.items),
      kind: pickKind(cluster.items, articles),
      text: canonicalSpeaker(pickFactText(cluster.items, articles), people),
      actors: normalizeActors(
        cluster.items.flatMap((i) => i.fact.actors),
        people,
        parties,
      ),
      citations,
      sourceCount: countSources(citations, articles),
    };
  });
  // Ids must be unique even if two clusters start from identical text.
  const seen = new Map<string, number>();
  for (const v of [...views].sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.text, b.text))) {
    const n = seen.get(v.id) ?? 0;
    seen.set(v.id, n + 1);
    if (n > 0) v.id = `${v.id}-${n + 1}`;
  }
  return views.sort(
    (a, b) =>
      b.sourceCount - a.sourceCount ||
      FACT_KIND_ORDER.indexOf(a.kind) - FACT_KIND_ORDER.indexOf(b.kind) ||
      compareStrings(a.text, b.text) ||
      compareStrings(a.id, b.id),
  );
}

// ---------------------------------------------------------------------------
// Delegations and people
// ---------------------------------------------------------------------------

interface HeadReport {
  person: PersonIdentity | null;
  title: string | null;
  citation: CitationRef;
  /** What says this person led the side: REPORTED outright, or weaker evidence (see HeadEvidence). */
  basis: HeadEvidence;
}

interface RoundDelegations {
  views: DelegationView[];
  conflicts: ConflictView[];
  /** person id → titles reported for them in this round. */
  titles: Map<string, PersonTitleView[]>;
}

/**
 * Heads disagree when one source names a person another source leaves out and the other way round. One report naming two
 * people for a side (a bloc's three ministers, co-leaders) and another naming one of them is no disagreement between sources.
 */
function sourcesDisagree(sourceSets: readonly Set<string>[]): boolean {
  const within = (a: Set<string>, b: Set<string>) => [...a].every((source) => b.has(source));
  return sourceSets.some((a, i) => sourceSets.some((b, j) => j > i && !within(a, b) && !within(b, a)));
}

/**
 * The people some report names outright as a side's head in some round of the track, by side: who may have led the side in
 * a round whose reports name them without saying so.
 */
function headsByParty(clusters: readonly Cluster[], people: PeopleIndex): Map<string, Set<string>> {
  const heads = new Map<string, Set<string>>();
  for (const o of clusters.flatMap((c) => c.obs)) {
    for (const d of o.round.delegations) {
      const party = d.party.trim();
      const person = party && d.head && !d.weak ? people.resolve(d.head) : null;
      if (!person) continue;
      const set = heads.get(party) ?? new Set<string>();
      set.add(person.id);
      heads.set(party, set);
    }
  }
  return heads;
}

/**
 * The one person the round's sentences name whom `accept` resolves, as weak head reports (no conflict, no rival to an
 * outright report) cited with the sentences that name them; the most widely named, and none when two are named alike.
 */
function namedHead(obs: readonly Obs[], basis: HeadEvidence, accept: (named: NamedPerson) => PersonIdentity | null, articles: ArticleIndex): HeadReport[] {
  const byPerson = new Map<string, HeadReport[]>();
  for (const o of obs) {
    for (const named of o.round.named ?? []) {
      if (named.absent) continue;
      const person = accept(named);
      if (!person) continue;
      const list = byPerson.get(person.id);
      const report: HeadReport = { person, title: named.title, citation: cite(o.article, named.quote), basis };
      if (list) list.push(report);
      else byPerson.set(person.id, [report]);
    }
  }
  const ranked = [...byPerson.values()]
    .map((reports) => ({ reports, sources: countSources(reports.map((r) => r.citation), articles) }))
    .sort((a, b) => b.sources - a.sources);
  if (ranked.length > 1 && ranked[0]!.sources === ranked[1]!.sources) return [];
  return ranked[0]?.reports ?? [];
}

// A head of state or government named in coverage of talks is most often speaking about them from afar, not at the table.
const LEADER_POST_NAMED = /^(?!.*\b(?:vice|deputy|first deputy)\b).*\b(?:president|prime minister|premier|king|queen|emir|sultan|chancellor|supreme leader|crown prince|secretary-general|secretary general)\b/i;

/** Who may stand for a side no report of a round names a head of (see mergeDelegations). */
interface WeakHeadSources {
  /** People some report names outright as each side's head in some round of the track. */
  trackHeads: ReadonlyMap<string, ReadonlySet<string>>;
  /** Officials the track's rounds name with a side and a post. */
  officials: PeopleIndex;
  /** The sides most of the track's reports negotiate between. */
  mainSides: readonly string[];
}

function mergeDelegations(
  round: number,
  obs: readonly Obs[],
  people: PeopleIndex,
  partyGeo: ReadonlySet<string>,
  articles: ArticleIndex,
  weak: WeakHeadSources,
): RoundDelegations {
  const byParty = new Map<string, HeadReport[]>();
  for (const o of obs) {
    for (const d of o.round.delegations) {
      const party = d.party.trim();
      if (!party) continue;
      const report: HeadReport = {
        person: d.head ? people.resolve(d.head) : null,
        title: d.headTitle?.trim() || null,
        citation: cite(o.article, d.quote),
        basis: d.weak === true ? 'ROLE' : 'REPORTED',
      };
      const list = byParty.get(party);
      if (list) list.push(report);
      else byParty.set(party, [report]);
    }
  }
  // One person leads one side: where most reports put a person at the head of one side, a report that puts him at the head of
  // another misreads whose delegation he led ("…, led by A, signed with the delegation of the B/M, led by C": C is B's).
  // A repost counts as its original's outlet, but an original report outweighs a repost's edit ("the Albanian delegation" in
  // a trimmed repost, "the Kosovo Albanian delegation" in the original it trims).
  const sidesOf = new Map<string, Map<string, { sources: Set<string>; original: boolean }>>();
  for (const [party, list] of byParty) {
    for (const r of list) {
      if (!r.person) continue;
      const sides = sidesOf.get(r.person.id) ?? new Map<string, { sources: Set<string>; original: boolean }>();
      const support = sides.get(party) ?? { sources: new Set<string>(), original: false };
      const info = articles.get(r.citation.articleId);
      support.sources.add(info?.countingSource ?? r.citation.articleId);
      if (!info?.duplicate) support.original = true;
      sides.set(party, support);
      sidesOf.set(r.person.id, sides);
    }
  }
  for (const [id, sides] of sidesOf) {
    if (sides.size < 2) continue;
    const most = Math.max(...[...sides.values()].map((support) => support.sources.size));
    const original = [...sides.values()].some((support) => support.original);
    for (const [party, support] of sides) {
      if (support.sources.size < most || (original && !support.original)) byParty.set(party, byParty.get(party)!.filter((r) => r.person?.id !== id));
    }
  }
  // The weak head of a side no report of the round names a head of, unless the round's reports name that person for another side.
  const adopt = (party: string, named: HeadReport[]) => {
    const id = named[0]?.person?.id;
    if (id === undefined || [...byParty].some(([other, list]) => other !== party && list.some((r) => r.person?.id === id))) return;
    byParty.set(party, [...(byParty.get(party) ?? []), ...named]);
  };
  const headless = (party: string) => !(byParty.get(party) ?? []).some((r) => r.person);
  // "Chiang and Chen first met in Beijing in June": the person who headed the side in another round of the track, named here.
  for (const [party, heads] of weak.trackHeads) {
    if (!headless(party)) continue;
    adopt(party, namedHead(obs, 'ANOTHER_ROUND', (named) => {
      const person = people.resolve(named.value);
      return person && heads.has(person.id) ? person : null;
    }, articles));
  }
  // "Russian Defence Minister Sergei Shoigu signed…": failing that, the side's official with a post whom the round names, no
  // head of state or government.
  for (const party of weak.mainSides) {
    if (!headless(party)) continue;
    adopt(party, namedHead(obs, 'OFFICIAL', (named) => (named.party === party && named.title && !LEADER_POST_NAMED.test(named.title) ? weak.officials.resolve(named.value) : null), articles));
  }
  const views: DelegationView[] = [];
  const conflicts: ConflictView[] = [];
  const titles = new Map<string, PersonTitleView[]>();
  for (const party of [...byParty.keys()].sort(compareStrings)) {
    const all = byParty.get(party)!;
    // A head some report names outright outranks people other reports name only by a role ("US negotiator X"): a deputy
    // or a spokesman speaks for a side too. With no such report, the role is what outlets offer, and their picks are no
    // disagreement between sources.
    const outright = all.some((r) => r.person && r.basis === 'REPORTED');
    const reports = outright ? all.filter((r) => r.basis === 'REPORTED') : all;
    const byPerson = new Map<string, { person: PersonIdentity; citations: CitationRef[] }>();
    for (const r of reports) {
      if (!r.person) continue;
      const entry = byPerson.get(r.person.id) ?? { person: r.person, citations: [] };
      entry.citations.push(r.citation);
      byPerson.set(r.person.id, entry);
    }
    const heads = [...byPerson.values()]
      .map((h) => ({ ...h, citations: sortCitations(h.citations, articles) }))
      .sort(
        (a, b) =>
          countSources(b.citations, articles) - countSources(a.citations, articles) ||
          compareStrings(a.person.name, b.person.name),
      );
    if (outright && heads.length > 1 && sourcesDisagree(heads.map((h) => countingSourceSet(h.citations, articles)))) {
      conflicts.push({ field: 'HEAD', party, values: heads.map((h) => ({ text: h.person.name, citations: h.citations })) });
    }
    const shown = heads[0]?.person ?? null;
    let shownTitle: string | null = null;
    for (const head of heads) {
      // Untitled-by-name reports ("the US team was led by a deputy assistant secretary") describe the shown head.
      const titled = reports.filter(
        (r) => r.title && (r.person?.id === head.person.id || (r.person === null && head.person === shown)),
      );
      const groups = groupTitles(
        titled.map((r): Cited<string> => ({ value: r.title!, text: r.title!, citation: r.citation })),
        partyGeo,
        articles,
      );
      titles.set(
        head.person.id,
        groups.map((g) => ({ title: g.title, roundNumber: round, citations: g.citations })),
      );
      if (head.person === shown) {
        shownTitle = groups[0]?.title ?? null;
        // A weak head's titles are the posts its reports give the person anywhere, not reports of this round to disagree.
        if (groups.length > 1 && outright) {
          conflicts.push({ field: 'HEAD_TITLE', party, values: groups.map((g) => ({ text: g.title, citations: g.citations })) });
        }
      }
    }
    // "Kabbah led the government side", the report having introduced "President Ahmad Tejan Kabbah": with no title in the
    // reports that name the head, the post the round's reports give the person where they name them.
    if (shown && shownTitle === null) {
      const posts = obs.flatMap((o) => (o.round.named ?? []).filter((n) => !n.absent && n.title && !/\b(?:of|for|to|and|the)$/i.test(n.title) && people.resolve(n.value)?.id === shown.id).map((n): Cited<string> => ({ value: n.title!, text: n.title!, citation: cite(o.article, n.quote) })));
      shownTitle = groupTitles(posts, partyGeo, articles)[0]?.title ?? null;
    }
    if (!shown) {
      const groups = groupTitles(
        reports.filter((r) => r.title).map((r): Cited<string> => ({ value: r.title!, text: r.title!, citation: r.citation })),
        partyGeo,
        articles,
      );
      shownTitle = groups[0]?.title ?? null;
      if (groups.length > 1) {
        conflicts.push({ field: 'HEAD_TITLE', party, values: groups.map((g) => ({ text: g.title, citations: g.citations })) });
      }
    }
    views.push({
      party,
      headId: shown?.id ?? null,
      headName: shown?.name ?? null,
      headTitle: shownTitle,
      // Outright reports were kept alone when there were any; otherwise every report of the head has one weak basis.
      headEvidence: shown ? (reports.find((r) => r.person?.id === shown.id)?.basis ?? 'REPORTED') : null,
      citations: sortCitations(
        reports.map((r) => r.citation),
        articles,
      ),
    });
  }
  return { views, conflicts, titles };
}

// ---------------------------------------------------------------------------
// Entry
// ---------------------------------------------------------------------------

function maxInstant(values: Iterable<string>): string {
  let best = '';
  let bestMs = -Infinity;
  for (const v of values) {
    const ms = Date.parse(v);
    const key = Number.isNaN(ms) ? -Infinity : ms;
    if (key > bestMs || (key === bestMs && compareStrings(v, best) > 0)) {
      best = v;
      bestMs = key;
    }
  }
  return best;
}

/**
 * Parties of the track, most reported first, with the names outlets give one side joined ("RSF" = "Rapid Support
 * Forces", "Brotherhood Alliance" = "Three Brotherhood Alliance"): each group goes by the name most articles use,
 * the full name over initials on a tie. Returns the ranked names and every name's group name.
 */
function trackParties(articles: readonly ArticleRecord[]): { names: string[]; canonical: Map<string, string> } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const mentions = new Map<string, Set<string>>();
  for (const a of articles) {
    const counted = originalArticleId(a, byId);
    const names = [
      ...a.extraction.parties,
      ...a.extraction.rounds.flatMap((r) => r.delegations.map((d) => d.party)),
    ];
    for (const raw of names) {
      const name = raw.trim();
      if (!name) continue;
      const set = mentions.get(name) ?? new Set<string>();
      set.add(counted);
      mentions.set(name, set);
    }
  }
  const ranked = [...mentions.entries()].sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || compareStrings(a[0], b[0]));
  const groups: { name: string; members: string[]; articles: Set<string> }[] = [];
  for (const [name, ids] of ranked) {
    const group = groups.find((g) => g.members.some((member) => sameSide(member, name)));
    if (group) {
      group.members.push(name);
      for (const id of ids) group.articles.add(id);
    } else {
      groups.push({ name, members: [name], articles: new Set(ids) });
    }
  }
  // "Unitary Platform", known to one report as "the Venezuelan opposition": the side others name only so is that one, and
  // goes by its own name.
  for (const a of articles) {
    for (const [name, others] of Object.entries(a.extraction.partyAliases ?? {})) {
      const own = groups.find((g) => g.members.includes(name));
      if (!own) continue;
      for (const other of others) {
        const alias = groups.find((g) => g !== own && g.members.some((member) => sameSide(member, other)));
        if (!alias) continue;
        own.members.push(...alias.members);
        for (const id of alias.articles) own.articles.add(id);
        groups.splice(groups.indexOf(alias), 1);
      }
    }
  }
  const canonical = new Map(groups.flatMap((g) => g.members.map((member) => [member, g.name] as const)));
  const names = groups.sort((a, b) => b.articles.size - a.articles.size || compareStrings(a.name, b.name)).map((g) => g.name);
  return { names, canonical };
}

/** The article with every party name replaced by its group's name, in its parties, delegations and fact actors. */
function withCanonicalParties(article: ArticleRecord, canonical: ReadonlyMap<string, string>): ArticleRecord {
  const rename = (name: string) => canonical.get(name.trim()) ?? name;
  const { extraction } = article;
  const named = extraction.rounds.flatMap((r) => (r.named ?? []).flatMap((n) => (n.party ? [n.party] : [])));
  if (![...extraction.parties, ...extraction.rounds.flatMap((r) => r.delegations.map((d) => d.party)), ...named].some((name) => rename(name) !== name)) return article;
  return {
    ...article,
    extraction: {
      ...extraction,
      parties: [...new Set(extraction.parties.map(rename))],
      rounds: extraction.rounds.map((round) => ({
        ...round,
        delegations: round.delegations.map((d) => ({ ...d, party: rename(d.party) })),
        facts: round.facts.map((fact) => ({ ...fact, actors: fact.actors.map(rename) })),
        ...(round.named ? { named: round.named.map((n) => (n.party ? { ...n, party: rename(n.party) } : n)) } : {}),
      })),
    },
  };
}

/** How far apart two rounds may be for a head reported at one to be carried to the other. */
const CARRY_MAX_DAYS = 365;

/**
 * A main side no report of a round names anyone for ("the first round, in May", a planned round): the head the nearest round
 * within a year reports outright, the earlier on a tie, as weak evidence (ADJACENT_ROUND) cited with that round's sentences.
 * Not when that person heads another side of the round.
 */
function carryHeads(rounds: RoundView[], mainSides: readonly string[], absentWords: ReadonlyMap<RoundView, ReadonlySet<string>>): void {
  // Views built here always say their evidence: outright reports are REPORTED.
  const reported = rounds.map((round) => ({ round, heads: round.delegations.filter((d) => d.headEvidence === 'REPORTED') }));
  for (const round of rounds) {
    // A head of years before or after held another post, or none, at this round.
    const near = reported.filter((other) => other.round !== round && !(other.round.date && round.date && Math.abs(dayNumber(other.round.date) - dayNumber(round.date)) > CARRY_MAX_DAYS));
    for (const party of mainSides) {
      if (round.delegations.some((d) => d.party === party && d.headId !== null)) continue;
      const nearest = near
        .flatMap((other) => other.heads.filter((d) => d.party === party).map((d) => ({ number: other.round.number, d })))
        .sort((a, b) => Math.abs(a.number - round.number) - Math.abs(b.number - round.number) || a.number - b.number)[0];
      if (!nearest || round.delegations.some((d) => d.headId === nearest.d.headId)) continue;
      // "Foreign Minister X did not attend": the round's reports say the person was not there.
      const surname = wordTokens(nearest.d.headName ?? '').at(-1);
      if (surname && absentWords.get(round)?.has(surname)) continue;
      round.delegations = [...round.delegations.filter((d) => d.party !== party), { ...nearest.d, headEvidence: 'ADJACENT_ROUND' as const }].sort((a, b) => compareStrings(a.party, b.party));
    }
  }
}

/** Merges every stored article of one track into its projection. Pure and independent of input order. */
export function mergeTrack(input: ArticleRecord[]): TrackProjection {
  const ordered = canonicalArticles(input);
  const track = trackParties(ordered);
  const articles = ordered.map((article) => withCanonicalParties(article, track.canonical));
  const index = indexArticles(articles);
  const parties = track.names;
  const partySet = new Set(parties);
  const partyGeo = geoTokensOf(parties);

  // The names each report's rounds give, as people mentions for buildPeople.
  const mentionsOf = (namesOf: (round: RoundObservation) => string[]) =>
    articles.flatMap((a) => a.extraction.rounds.flatMap((r) => namesOf(r).map((name) => ({ name, countingSource: index.get(a.id)!.countingSource, duplicate: a.duplicateOf !== null }))));
  const people = buildPeople(mentionsOf((r) => r.delegations.flatMap((d) => (d.head ? [d.head] : []))));

  // Parties, people and the round's city are carried by actors and round fields; in fact text they only blur similarity.
  const factDrop = new Set([
    ...partyGeo,
    ...people.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => wordTokens(n))),
  ]);

  const clusters = clusterRounds(observationsOf(articles));
  const trackHeads = headsByParty(clusters, people);
  // The sides most of the track's reports negotiate between: a state one report drags in is no side to give a head.
  const originals = articles.filter((a) => a.duplicateOf === null);
  const mainSides = parties.filter((party) => originals.filter((a) => a.extraction.parties.includes(party)).length * 2 > originals.length);
  // Officials the rounds' sentences name with a side and a post: who may stand for a side no report names a head of.
  const officials = buildPeople(mentionsOf((r) => (r.named ?? []).filter((n) => n.party && n.title && !n.absent).map((n) => n.value)));
  const factObs = placeFactsByCity(clusters);
  const personTitles = new Map<string, PersonTitleView[]>();
  const personRounds = new Map<string, Set<number>>();

  const dateItemsOf = (cluster: Cluster): Cited<IsoDate>[] => {
    // Once a round is reported held, dates it was only planned for are not reports of when it happened.
    const heldDated = cluster.obs.filter((o) => reportsHeld(o) && o.dates.length > 0);
    const dateObs = clusterStatus(cluster) === 'HELD' && heldDated.length > 0 ? heldDated : cluster.obs;
    return dateObs.flatMap((o) => o.round.dates.map((d) => ({ value: d.value, text: d.text, citation: cite(o.article, d.quote) })));
  };
  const cityItemsOf = (cluster: Cluster): Cited<string>[] =>
    cluster.obs.flatMap((o) => o.round.cities.map((c) => ({ value: c.value, text: c.value, citation: cite(o.article, c.quote) })));
  // Each round's dates and cities, resolved before any other round is considered (see withoutOtherRounds).
  const dateItems = clusters.map(dateItemsOf);
  const cityItemsAll = clusters.map(cityItemsOf);
  const firstDates = dateItems.map((items) => resolveDates(items, index));
  const firstCities = cityItemsAll.map((items) => resolveCities(items, index));
  const leadingDates = firstDates.map((resolved) => resolved.value);
  const leadingCities = firstCities.map((resolved) => (resolved.value === null ? null : placeKey(resolved.value)));
  const others = (values: readonly (string | null)[], at: number) => new Set(values.filter((value, i): value is string => i !== at && value !== null));

  const rounds: RoundView[] = clusters.map((cluster, at) => {
    const status = clusterStatus(cluster);
    const obs = cluster.obs;
    const keptDates = withoutOtherRounds(dateItems[at]!, (d) => d, others(leadingDates, at), index);
    const dates = keptDates === dateItems[at] ? firstDates[at]! : resolveDates(keptDates, index);
    const cityItems = withoutOtherRounds(cityItemsAll[at]!, (c) => placeKey(c), others(leadingCities, at), index);
    const cities = cityItems === cityItemsAll[at] ? firstCities[at]! : resolveCities(cityItems, index);
    const cityTokenSet = new Set(cityItems.flatMap((c) => wordTokens(c.value)));
    const venues = resolveVenues(
      obs.flatMap((o) => o.round.venues.map((v) => ({ value: v.value, text: v.value, citation: cite(o.article, v.quote) }))),
      cityTokenSet,
      index,
    );
    const durations = resolveDurations(
      obs.flatMap((o) =>
        o.round.durations.map(
          (d): Cited<DurationInterval> => ({ value: d.value, text: d.text, citation: cite(o.article, d.quote) }),
        ),
      ),
      index,
    );
    const delegations = mergeDelegations(cluster.number, obs, people, partyGeo, index, { trackHeads, officials, mainSides });
    for (const [personId, titles] of delegations.titles) {
      const list = personTitles.get(personId);
      if (list) list.push(...titles);
      else personTitles.set(personId, [...titles]);
      const set = personRounds.get(personId) ?? new Set<number>();
      set.add(cluster.number);
      personRounds.set(personId, set);
    }

    const conflicts: ConflictView[] = [];
    if (dates.conflictValues) conflicts.push({ field: 'DATE', party: null, values: dates.conflictValues });
    if (cities.conflictValues) conflicts.push({ field: 'CITY', party: null, values: cities.conflictValues });
    if (venues.conflictValues) conflicts.push({ field: 'VENUE', party: null, values: venues.conflictValues });
    if (durations.conflictValues) conflicts.push({ field: 'DURATION', party: null, values: durations.conflictValues });
    conflicts.push(...delegations.conflicts);

    const contributing = [...new Set(obs.map((o) => o.article.id))].sort(compareStrings);
    const sourceIds = [
      ...countingSourceSet(
        contributing.map((id) => ({ articleId: id, sourceId: '', quote: '' })),
        index,
      ),
    ].sort(compareStrings);

    return {
      number: cluster.number,
      status,
      date: dates.value,
      city: cities.value,
      venue: venues.value,
      duration: durations.view,
      reports: { date: dates.reports, city: cities.reports, venue: venues.reports },
      delegations: delegations.views,
      conflicts: sortConflicts(conflicts),
      sourceIds,
      facts: mergeFacts(cluster.number, factObs.get(cluster) ?? obs, dropping(new Set([...factDrop, ...cityTokenSet])), index, people, partySet),
      updatedAt: maxInstant(contributing.map((id) => index.get(id)!.ingestedAt)),
    };
  });

  // A head is not carried into a round whose reports say that person was not there.
  const absentWords = new Map(rounds.map((round, at) => [round, new Set(clusters[at]!.obs.flatMap((o) => (o.round.named ?? []).filter((n) => n.absent).flatMap((n) => wordTokens(n.value))))]));
  rounds.sort((a, b) => (a.status === b.status ? a.number - b.number : a.status === 'HELD' ? -1 : 1));
  carryHeads(rounds, mainSides, absentWords);

  const known = new Set(people.people.map((p) => p.id));
  const peopleViews: PersonView[] = [...people.people, ...officials.people.filter((p) => !known.has(p.id))]
    .filter((p) => personRounds.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      titles: (personTitles.get(p.id) ?? []).sort(
        (a, b) => a.roundNumber - b.roundNumber || compareStrings(a.title, b.title),
      ),
      roundNumbers: [...personRounds.get(p.id)!].sort((a, b) => a - b),
    }));

  return { parties, rounds, people: peopleViews };
}
