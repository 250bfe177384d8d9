// Resolves relative and partial dates ("on Thursday", "February 27", "in February") against the publication date.
import * as chrono from 'chrono-node';
import type { IsoDate } from '../core/types.ts';

export type Tense = 'past' | 'future' | 'unknown';

export interface DateMention {
  /** The phrase as written ("on Thursday", "February 27"). */
  text: string;
  /** Offset of the phrase in the searched text. */
  index: number;
  /** Day-precision date, null when only a month (or nothing) can be told. */
  date: IsoDate | null;
  /** YYYY-MM when a month is known (also set for day-precision dates). */
  month: string | null;
  precision: 'day' | 'month' | 'vague';
  /** "by the end of June", "until Friday": a deadline, not when something happened. */
  deadline: boolean;
  /** Month of the year (1–12) when named, even when the year cannot be told. */
  monthOfYear: number | null;
  /** The phrase came with an explicit "next"/"last"/"this". */
  relativeWord: 'next' | 'last' | 'this' | null;
}

const DAY_MS = 86_400_000;

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function utcDate(iso: IsoDate): Date {
  return new Date(`${iso}T12:00:00Z`);
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcDate(b).getTime() - utcDate(a).getTime()) / DAY_MS);
}

/** Whole days from a to b. */
export { daysBetween };

/** Day of the week counted from Monday (1) to Sunday (7), as news weeks run. */
const mondayFirst = (weekday: number): number => (weekday === 0 ? 7 : weekday);

/**
 * The weekday (0 = Sunday) resolved against ref: past → on or before ref, before → strictly before ref ("last Thursday" in a
 * report filed on a Thursday is the week before), future → after ref.
 */
export function resolveWeekday(weekday: number, ref: IsoDate, direction: 'past' | 'before' | 'future'): IsoDate {
  const refDate = utcDate(ref);
  const refDay = refDate.getUTCDay();
  const delta = direction === 'past' ? -((refDay - weekday + 7) % 7) : direction === 'before' ? -(((refDay - weekday + 6) % 7) + 1) : ((weekday - refDay + 7) % 7) || 7;
  return toIso(new Date(refDate.getTime() + delta * DAY_MS));
}

/** A month and day without a year, placed in the year that fits the tense best. */
export function resolveMonthDay(month: number, day: number, ref: IsoDate, tense: Tense): IsoDate | null {
  const refYear = Number(ref.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1]
    .map((year) => {
      const date = new Date(Date.UTC(year, month - 1, day, 12));
      return date.getUTCMonth() === month - 1 ? toIso(date) : null;
    })
    .filter((date): date is IsoDate => date !== null);
  const allowed = candidates.filter((date) => {
    const offset = daysBetween(ref, date);
    // A day of slack: outlets in other time zones date a same-day meeting one day off.
    if (tense === 'past') return offset <= 1;
    if (tense === 'future') return offset >= 0;
    return true;
  });
  const pool = allowed.length > 0 ? allowed : candidates;
  pool.sort((a, b) => Math.abs(daysBetween(ref, a)) - Math.abs(daysBetween(ref, b)));
  return pool[0] ?? null;
}

/** A month without a day: the year that fits the tense (YYYY-MM). */
export function resolveMonth(month: number, ref: IsoDate, tense: Tense): string {
  const refYear = Number(ref.slice(0, 4));
  const refMonth = Number(ref.slice(5, 7));
  let year = refYear;
  if (tense === 'past' && month > refMonth) year -= 1;
  else if (tense === 'future' && month < refMonth) year += 1;
  else if (tense === 'unknown' && month - refMonth > 6) year -= 1;
  else if (tense === 'unknown' && refMonth - month > 6) year += 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const FUTURE = /\b(?:will|shall|'ll|is|are|was|were)\s+(?:set|scheduled|expected|due|going|slated|planned|poised)\s+to\b|\bwould\b[^.;]{0,100}?\b(?:starting|beginning)\s+(?:on\s+)?(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:agreed|agree|agrees|decided|decide|decides|planned|plan|plans|expected|set|due|scheduled|ready)\s+to\s+(?:begin|hold|meet|start|resume|convene|continue|launch|open|reconvene|return)\b|\bwill\b|\bshall\b|\bto be (?:held|hosted|resumed|convened|determined)\b|\bupcoming\b|(?<!\b(?:the|a|an|his|her|its|their|our|peace|[\w-]+-point)\s+|['’]s\s+)\bplans?\s+to\b|\bplanned\b|\bwould (?:be held|take place|meet|resume|reconvene|return to\b|be (?:formally |officially )?signed)\b|\b(?:is|are) (?:due )?to be (?:formally |officially )?signed\b|\bis to\b|\bare to\b|\b(?:is|are)\s+(?:scheduled|slated|set|planned|penciled|pencilled)\s+(?:in\s+)?for\b/i;
// Headlines drop the verb: "second meeting set for later this month", "talks slated for Monday".
const HEADLINE_FUTURE = /\b(?:meeting|meetings|round|rounds|talks|session|summit|negotiations)\s+(?:set|scheduled|slated|planned|due)\s+(?:for|on|to)\b/i;
// Irregular past forms common in reports of meetings ("led the previous round on April 21", "sat down on May 3").
const PAST = /\b(?:was|were|had|did|held|met|took|began|said|says|left|led|sat|went|came|made|gave|brought|sought|spoke|told|wrote|struck|flew|chose|broke|won|lost)\b|[a-z]{3}ed\b/i;

/** Tense of a clause, enough to place weekdays and yearless dates. */
// "Talks that were due to begin on September 6 collapsed": a plan told in the past, whose day may lie either side of the report.
const FUTURE_IN_PAST = /\b(?:was|were|had been)\s+(?:set|scheduled|expected|due|slated|planned|poised)\s+to\s+(?:begin|start|open|be held|take place|resume|convene|meet)\b/gi;

// "…took place today, the second to be held since April": a count of meetings already held, not a plan.
const HELD_COUNT = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|only|last|latest)\s+(?:[a-z-]+\s+)?to be held\s+(?:since|so far|to date|this year)\b/gi;

/** The clause without counts of meetings held ("the second to be held since April"), whose "to be held" plans nothing. */
export function withoutHeldCount(clause: string): string {
  return clause.includes('to be held') ? clause.replace(HELD_COUNT, ' ') : clause;
}

export function detectTense(text: string): Tense {
  const clause = withoutHeldCount(text);
  const withoutPastPlans = clause.replace(FUTURE_IN_PAST, ' ');
  if (FUTURE.test(withoutPastPlans) || HEADLINE_FUTURE.test(withoutPastPlans)) return 'future';
  if (withoutPastPlans !== clause) return 'unknown';
  if (PAST.test(clause)) return 'past';
  return 'unknown';
}

// A reported "would" right after a day ("the talks on Sunday would be …").
const FUTURE_VERB_AFTER = /^\s+(?:would|will|is\s+to|are\s+to)\s+(?!have\b)/;
// A past verb right after a day ("on Monday agreed", "on Friday signed").
const PAST_VERB_AFTER = /^\s+(?:\p{Ll}{2,}ed|met|held|began|sat|spoke|took|made|gave|said|told|reached|struck|won|broke|came|went|sent|brought)\b/u;
const DATE_HINT = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|week|weekend|month|year)\b|\d{1,4}[-/.]\d{1,2}/i;
const VAGUE = /\b(?:week|weekend|month|year|decade|century|season|spring|summer|autumn|fall|winter|quarter)\b/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|ahead of)\s+(?:the\s+)?(?:end|middle|start|beginning)?\s*(?:of\s+)?$/i;

const DATE_HINTS = new RegExp(DATE_HINT.source, 'gi');
// chrono's cost grows with the text it reads; what it can find lies near a hint word, with a margin for "on the morning of",
// "from … to …" and the year after a day.
const HINT_MARGIN = 60;

interface HintedResult {
  result: chrono.ParsedResult;
  /** Where the phrase starts in the clause (the result's own index counts from its stretch). */
  index: number;
  /** The phrase as the clause writes it. */
  text: string;
}

/** chrono's results over the stretches of the clause around its hint words. */
function parseNearHints(text: string, instant: Date): HintedResult[] {
  const windows: Array<{ from: number; to: number }> = [];
  DATE_HINTS.lastIndex = 0;
  for (let match = DATE_HINTS.exec(text); match; match = DATE_HINTS.exec(text)) {
    const from = wordStart(text, Math.max(0, match.index - HINT_MARGIN));
    const to = wordEnd(text, Math.min(text.length, match.index + match[0].length + HINT_MARGIN));
    const last = windows.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows.flatMap(({ from, to }) =>
    chrono.en.parse(spanReadable(text.slice(from, to)), { instant, timezone: 0 }).map((result) => ({
      result,
      index: result.index + from,
      text: text.slice(result.index + from, result.index + from + result.text.length),
    })),
  );
}

// chrono misreads a span of days after "from" or "between" when no year follows ("from 17 to 20 July": July, no day) and
// keeps only the last of two days joined by "and" ("on 17 and 18 July": the 18th).
const SPAN_LEAD = /\b(?:from|between)(?=\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\b)/gu;
const DAYS_AND = /(?<=\b\d{1,2}(?:st|nd|rd|th)?) and (?=\d{1,2}(?:st|nd|rd|th)?\b)/g;

/** The words chrono misreads around a span of days blanked out, every offset kept: "      17 to 20 July", "17  -  18 July". */
function spanReadable(text: string): string {
  return text.replace(SPAN_LEAD, (word) => ' '.repeat(word.length)).replace(DAYS_AND, '  -  ');
}

function wordStart(text: string, index: number): number {
  while (index > 0 && !/\s/.test(text[index - 1]!)) index--;
  return index;
}

function wordEnd(text: string, index: number): number {
  while (index < text.length && !/\s/.test(text[index]!)) index++;
  return index;
}

/** Dates mentioned in a clause, resolved against the publication date with the clause's tense. */
export function findDateMentions(text: string, publishedAt: IsoDate | null, tense: Tense = detectTense(text)): DateMention[] {
  // chrono is the slow part of extraction; most clauses name no day, month or weekday at all.
  if (!DATE_HINT.test(text)) return [];
  const instant = publishedAt ? utcDate(publishedAt) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = parseNearHints(text, instant);
  const mentions: DateMention[] = [];
  for (const { result, index, text: phrase } of results) {
    if (/^\d+\/\d+$/.test(phrase.trim())) continue; // "5 1/2 hours" is a fraction, not January 2
    if (/^\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(phrase.trim())) continue;
    // Prose spells weekdays out: "sat down", "Sun" or "Wed" alone are words or names, not days.
    if (/^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/i.test(phrase.trim())) continue;
    // "now ambassador", "for several hours", "earlier in the day": no calendar day is named.
    if (/^(?:now|right now|this time|at the time)$/i.test(phrase.trim()) || (/\bday\b/i.test(phrase) && !/\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(phrase)) || /\b(?:hours?|minutes?|seconds?)\b/i.test(phrase)) continue;
    if (!publishedAt && /^(?:yesterday|today|tonight|tomorrow|this\b|last\b|next\b)/i.test(phrase.trim())) continue;
    const start = result.start;
    const knows = (part: 'day' | 'month' | 'year' | 'weekday') => start.isCertain(part);
    if (!knows('day') && !knows('month') && !knows('weekday')) continue;
    const before = text.slice(Math.max(0, index - 30), index);
    const weekOf = /\b(?:week|weekend|days?) of\s*$|\b(?:around|about|circa|approximately)\s*$/i.test(before);
    const deadline = DEADLINE_BEFORE.test(before) || /^(?:the\s+)?(?:end|middle|beginning|start) of\b/i.test(phrase) || /\b(?:by|until)\s*$/i.test(before);
    const relativeMatch = /\b(next|last|this|coming|past)\s*$/i.exec(before) ?? /^(?:on\s+)?(next|last|this|coming|past)\b/i.exec(phrase);
    const relativeRaw = relativeMatch?.[1]?.toLowerCase();
    const relativeWord = relativeRaw === 'next' || relativeRaw === 'coming' ? 'next' : relativeRaw === 'last' || relativeRaw === 'past' ? 'last' : relativeRaw === 'this' ? 'this' : null;
    // "The rivals on Monday agreed on measures, and will now take on …": the verb right after the day is the day's tense.
    const ownTense =
      tense === 'future' && PAST_VERB_AFTER.test(text.slice(index + phrase.length, index + phrase.length + 24)) && !FUTURE.test(text.slice(0, index))
        ? 'past'
        : // "said the talks on Sunday would be at expert level": a day a reported "would" follows is still to come.
          tense === 'past' && relativeWord !== 'last' && FUTURE_VERB_AFTER.test(text.slice(index + phrase.length, index + phrase.length + 16))
          ? 'future'
          : tense;
    const direction: 'past' | 'future' = relativeWord === 'next' ? 'future' : relativeWord === 'last' ? 'past' : ownTense === 'future' ? 'future' : 'past';
    const mention: DateMention = { text: phrase, index, date: null, month: null, monthOfYear: null, precision: 'vague', deadline, relativeWord };
    const monthKnown = knows('month');
    const dayKnown = knows('day');
    if (monthKnown && !/\b(?:week|year)\b/i.test(phrase) && !/^(?:yesterday|today|tonight|tomorrow)$/i.test(phrase.trim())) mention.monthOfYear = start.get('month') ?? null;
    if (VAGUE.test(phrase) || weekOf || /\b(?:end|middle|beginning|start) of\b/i.test(phrase)) {
      if (monthKnown && !/\b(?:week|year)\b/i.test(phrase)) {
        const month = start.get('month') ?? 0;
        mention.month = knows('year') ? `${start.get('year')}-${String(month).padStart(2, '0')}` : publishedAt ? resolveMonth(month, publishedAt, direction) : null;
        mention.precision = 'month';
      }
      mentions.push(mention);
      continue;
    }
    if (dayKnown && monthKnown) {
      const month = start.get('month') ?? 1;
      const day = start.get('day') ?? 1;
      const yearWord = publishedAt && !knows('year') ? yearNamedAfter(text.slice(index + phrase.length), publishedAt) : null;
      if (knows('year')) mention.date = `${start.get('year')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      else if (yearWord !== null) mention.date = `${yearWord}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      else if (publishedAt) mention.date = resolveMonthDay(month, day, publishedAt, ownTense);
      if (/^(?:yesterday|today|tomorrow|tonight)$/i.test(phrase.trim()) && !publishedAt) mention.date = null;
      mention.precision = mention.date ? 'day' : 'vague';
      mention.month = mention.date ? mention.date.slice(0, 7) : null;
    } else if (knows('weekday') && !dayKnown) {
      if (publishedAt) {
        const weekday = start.get('weekday') ?? 0;
        // "this Saturday" in a Tuesday report is the Saturday of the week under way, however the clause is told.
        const thisWeek = relativeWord === 'this' ? (mondayFirst(weekday) > mondayFirst(instant.getUTCDay()) ? 'future' : 'past') : null;
        mention.date = resolveWeekday(weekday, publishedAt, relativeWord === 'last' ? 'before' : (thisWeek ?? direction));
        mention.month = mention.date.slice(0, 7);
        mention.monthOfYear = Number(mention.date.slice(5, 7));
        mention.precision = 'day';
      }
    } else if (monthKnown) {
      const month = start.get('month') ?? 1;
      if (knows('year')) mention.month = `${start.get('year')}-${String(month).padStart(2, '0')}`;
      else if (publishedAt) mention.month = resolveMonth(month, publishedAt, direction);
      mention.precision = 'month';
    }
    mentions.push(mention);
  }
  addBareMay(text, publishedAt, tense, mentions);
  return mentions;
}

/** "on April 9 last year", "Aug. 22 to 26 last year": the year the words right after a day name, relative to publication. */
function yearNamedAfter(after: string, publishedAt: IsoDate): number | null {
  const match = /^(?:\s*(?:to|-|–|through|until)\s*\d{1,2})?\s*,?\s*(?:of\s+)?(last|this|next)\s+year\b/i.exec(after);
  if (!match) return null;
  const year = Number(publishedAt.slice(0, 4));
  return match[1]!.toLowerCase() === 'last' ? year - 1 : match[1]!.toLowerCase() === 'next' ? year + 1 : year;
}

// chrono leaves "May" alone after most words, for it is also a verb; after these it can only be the month.
const BARE_MAY_RE = /\b(?:since|early|mid-?|late|until|till|before|after|from|of|throughout|during)\s+(May)\b(?!\s+\d)/g;

/** "since May", "in early May": the month chrono does not read. */
function addBareMay(text: string, publishedAt: IsoDate | null, tense: Tense, mentions: DateMention[]): void {
  BARE_MAY_RE.lastIndex = 0;
  for (let match = BARE_MAY_RE.exec(text); match; match = BARE_MAY_RE.exec(text)) {
    const index = match.index + match[0].length - 3;
    if (mentions.some((mention) => index >= mention.index && index < mention.index + mention.text.length)) continue;
    const before = text.slice(Math.max(0, index - 30), index);
    const deadline = DEADLINE_BEFORE.test(before) || /\b(?:until|till)\s*$/i.test(before);
    const month = publishedAt ? resolveMonth(5, publishedAt, tense === 'future' ? 'future' : 'past') : null;
    mentions.push({ text: 'May', index, date: null, month, monthOfYear: 5, precision: 'month', deadline, relativeWord: null });
  }
  mentions.sort((a, b) => a.index - b.index);
}
