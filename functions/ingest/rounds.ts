// Decides which round of talks each clause speaks of, from ordinals, relative references, dates and back-references.
import type { IsoDate, RoundStatus } from '../core/types.ts';
import { splitClauses, type Clause, type Sentence } from './sentences.ts';
import { daysBetween, detectTense, findDateMentions, type DateMention, type Tense } from './time.ts';

export const MEETING_NOUN = '(?:rounds?|meetings?|sessions?|consultations?|talks|negotiations?|discussions?|sittings?|encounters?|dialogue|summit)';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10, '11th': 11, '12th': 12,
};
const CARDINAL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Words that may sit between an ordinal and the meeting noun without changing what is counted.
const NOT_MODIFIER = '(?!(?:of|day|days|time|times|week|weeks|month|year|phase|stage|part|half|quarter|anniversary|deputy|minister|secretary|visit|trip|person|step|phone|call|batch|group|exchange|hostage|prisoner|release)\\b)';
const ORDINAL_RE = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')})((?:\\s+${NOT_MODIFIER}[\\p{L}-]+){0,2}?)\\s+${MEETING_NOUN}\\b`, 'gu');
const ROUND_NUMBER_RE = new RegExp(`\\bround\\s+(${Object.keys(CARDINAL_WORDS).join('|')}|\\d{1,2})\\b`, 'gu');
const PREVIOUS_RE = new RegExp(`\\b(?:previous|last|prior|preceding|earlier|past|initial)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MEETING_NOUN}\\b`, 'u');
const CURRENT_RE = new RegExp(`\\b(?:latest|this|today's|current|ongoing|another|new|this week's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|the day's)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MEETING_NOUN}\\b`, 'u');
const NEXT_RE = new RegExp(`\\b(?:next|upcoming|subsequent|follow-up|follow up|future)\\s+(?:[\\p{L}-]+\\s+){0,1}?${MEETING_NOUN}\\b|\\bmeet again\\b|\\breconvene\\b`, 'u');
// Only with a future verb: "will hold further talks", "to resume negotiations".
const NEXT_WEAK_RE = new RegExp(`\\b(?:further|more|fresh)\\s+(?:[\\p{L}-]+\\s+){0,1}?${MEETING_NOUN}\\b|\\bresume (?:the |their )?(?:talks|negotiations|consultations)\\b`, 'u');
// Talk of a meeting that is only wished for, proposed or discussed is not a planned round.
const HEDGE = /\b(?:discuss(?:ed|es|ing)?\s+(?:holding|plans|the possibility|a|another|the idea|when|where)|propos(?:ed|es|ing)\s+(?:to|that|holding|a)|suggest(?:ed|s|ing)?|offer(?:ed|s)? to|could|may|might|possib(?:le|ility)|consider(?:ed|ing)?|hope[sd]?|want(?:s|ed)?|ready to|willing to|as needed|if needed|invit(?:ed|ation)|no (?:date|plans?)|not (?:yet )?(?:been )?(?:scheduled|planned|agreed))\b/;
const FUTURE_HOLD = /\b(?:will|shall|is to|are to|to be held|set to|scheduled|expected to|due to|planned|agreed to (?:hold|meet)|plan to|plans to)\b/;
const BACKREF_RE = /^(?:(?:that|this|the|those|these)\s+(?:meeting|session|round|encounter|talks|consultations|negotiations)\b|it\s+(?:lasted|was held|took place|ended|began|went on|ran)\b|there\b)|\bthen\b(?!-)|\bat that (?:meeting|time|session|round)\b|\b(?:those|that) (?:talks|meeting|consultations|negotiations|session)\b/;
const CONTINUATION_RE = /^(?:additionally|moreover|furthermore|it also|also)\b|\b(?:also|further)\s+(?:said|added|noted|stated|stressed|raised|proposed|agreed|urged|called)\b|(?:,|")\s*(?:it|the (?:ministry|statement|consulate|embassy|department|readout|spokesperson)|the [\p{L} ]{0,30}statement)\s+(?:said|stated|added|detailed|noted|reported)\.?$|^the (?:ministry|statement|readout|consulate) (?:further |also )?(?:said|added|noted|stated)/u;
const MEETING_CONTEXT = /\b(?:met|meet|meets|meeting|talks|round|consultations|negotiations|held|took place|began|opened|concluded|wrapped up|session|discussions|occurred|convened|sat down|gathered|hosted)\b/i;
const SPEECH_BEFORE = /\b(?:said|says|told|announced|stated|reported|added|noted|wrote|tweeted|posted|confirmed|declared)\s*(?:on\s+)?$/i;
const RANGE_BEFORE = /\b(?:since|until|till|before|after|from|between|by|ahead of|prior to|following)\s+(?:the\s+)?$/i;
const MONTH_NOUN_RE = /^\s*(?:['’]s\s+)?(?:round|meeting|talks|session|consultations|negotiations|encounter|summit)\b/i;

export interface ClauseCues {
  ordinal: number | null;
  previous: boolean;
  current: boolean;
  next: boolean;
  hedged: boolean;
  backref: boolean;
  continuation: boolean;
  /** The clause dates a meeting ("met on 10 April", "was held on February 27"). */
  meetingDate: DateMention | null;
  /** "the February round": a month (1–12) naming a meeting; also the month of a meeting date whose year is unknown. */
  meetingMonth: number | null;
  /** "In February, he served as…": a month only, which places the clause but does not move the narrative. */
  looseMonth: number | null;
  /** Where the mention of the next meeting starts, -1 when there is none. */
  nextCueIndex: number;
}

export interface RoundClause {
  sentence: Sentence;
  clause: Clause;
  tense: Tense;
  dates: DateMention[];
  cues: ClauseCues;
  /** Round the clause's values (date, place, length, heads) belong to. */
  roundKey: string;
  /** Round the clause's facts belong to: announcing a next round is itself a next step of the round being reported. */
  factRoundKey: string;
  planned: boolean;
}

export interface RoundSlot {
  key: string;
  ordinal: number | null;
  relative: 'current' | 'previous' | 'next' | null;
  status: RoundStatus;
  /** Date the clauses give the round, used to match later references by date or month. */
  date: IsoDate | null;
  /** Month of the round (1–12), known even when its year is not. */
  monthOfYear: number | null;
}

export interface RoundPlan {
  slots: RoundSlot[];
  clauses: RoundClause[];
}

function ordinalOf(lower: string): number | null {
  ORDINAL_RE.lastIndex = 0;
  for (let match = ORDINAL_RE.exec(lower); match; match = ORDINAL_RE.exec(lower)) {
    const before = lower.slice(Math.max(0, match.index - 12), match.index);
    if (/\bfor the\s*$/.test(before) && /time/.test(match[0])) continue;
    return ORDINAL_WORDS[match[1] ?? ''] ?? null;
  }
  ROUND_NUMBER_RE.lastIndex = 0;
  const numbered = ROUND_NUMBER_RE.exec(lower);
  if (numbered?.[1]) return CARDINAL_WORDS[numbered[1]] ?? (Number(numbered[1]) || null);
  return null;
}

function meetingDateOf(text: string, dates: DateMention[]): DateMention | null {
  if (!MEETING_CONTEXT.test(text)) return null;
  for (const mention of dates) {
    if (mention.precision !== 'day' || mention.deadline) continue;
    const before = text.slice(0, mention.index);
    if (SPEECH_BEFORE.test(before) || RANGE_BEFORE.test(before)) continue;
    // "the talks, Bruce said Tuesday": the date of a remark, not of the meeting.
    if (/\b(?:said|says|told \w+|announced|stated)\s*,?\s*$/i.test(before.slice(-30))) continue;
    return mention;
  }
  return null;
}

function cuesOf(text: string, dates: DateMention[]): ClauseCues {
  const lower = text.toLowerCase();
  const meetingDate = meetingDateOf(text, dates);
  let meetingMonth: number | null = null;
  let looseMonth: number | null = null;
  for (const mention of dates) {
    if (mention.deadline || !mention.monthOfYear) continue;
    const after = text.slice(mention.index + mention.text.length);
    if (mention.precision === 'month' && MONTH_NOUN_RE.test(after)) meetingMonth ??= mention.monthOfYear;
    else if (mention.precision === 'month') looseMonth ??= mention.monthOfYear;
  }
  // A meeting date whose year cannot be told still names its month.
  if (!meetingDate && MEETING_CONTEXT.test(text)) {
    const yearless = dates.find((mention) => mention.precision !== 'month' && mention.monthOfYear && !mention.deadline && !SPEECH_BEFORE.test(text.slice(0, mention.index)));
    if (yearless) meetingMonth ??= yearless.monthOfYear;
  }
  const nextMatch = NEXT_RE.exec(lower) ?? (FUTURE_HOLD.test(lower) ? NEXT_WEAK_RE.exec(lower) : null);
  const next = nextMatch !== null;
  return {
    ordinal: ordinalOf(lower),
    previous: PREVIOUS_RE.test(lower),
    current: CURRENT_RE.test(lower),
    next,
    hedged: HEDGE.test(lower),
    backref: BACKREF_RE.test(lower.trim().replace(/^(?:while|whereas|as|but|and)\s+/, '')),
    continuation: CONTINUATION_RE.test(lower.trim()),
    meetingDate,
    meetingMonth,
    looseMonth,
    nextCueIndex: nextMatch?.index ?? -1,
  };
}

const STOPWORDS = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'that', 'their', 'its', 'was', 'were', 'is', 'are', 'by', 'as', 'at', 'it', 'be', 'been', 'had', 'has', 'have']);

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !STOPWORDS.has(word)));
}

/** A clause that says again what the previous one said (a paraphrase of a quote) speaks of the same round. */
function restates(text: string, previous: string): boolean {
  const mine = contentWords(text);
  const theirs = contentWords(previous);
  if (mine.size < 6 || theirs.size < 6) return false;
  let shared = 0;
  for (const word of mine) if (theirs.has(word)) shared += 1;
  return shared / Math.min(mine.size, theirs.size) >= 0.5;
}

function isPlanned(cues: ClauseCues, text: string, tense: Tense): boolean {
  const lower = text.toLowerCase();
  if (cues.hedged) return false;
  if (cues.next) return true;
  if (cues.ordinal !== null && tense === 'future' && FUTURE_HOLD.test(lower)) return true;
  if (cues.current && /\b(?:another|new)\b/.test(lower) && tense === 'future' && FUTURE_HOLD.test(lower)) return true;
  return false;
}

/** Assigns every clause of the article to a round and lists the rounds the article speaks of. */
export function findRounds(sentences: Sentence[], publishedAt: IsoDate | null): RoundPlan {
  const pending: Array<Omit<RoundClause, 'roundKey' | 'factRoundKey'>> = [];
  for (const sentence of sentences) {
    for (const clause of splitClauses(sentence.text)) {
      const tense = detectTense(clause.text);
      const dates = findDateMentions(clause.text, publishedAt, tense);
      const cues = cuesOf(clause.text, dates);
      pending.push({ sentence, clause, tense, dates, cues, planned: isPlanned(cues, clause.text, tense) });
    }
  }

  // The round the article reports: the highest ordinal spoken of as held.
  const heldOrdinals = pending.filter((item) => item.cues.ordinal !== null && !item.planned).map((item) => item.cues.ordinal ?? 0);
  const currentOrdinal = heldOrdinals.length > 0 ? Math.max(...heldOrdinals) : null;

  const slots = new Map<string, RoundSlot & { planned: boolean }>();
  const slot = (key: string): RoundSlot & { planned: boolean } => {
    let existing = slots.get(key);
    if (!existing) {
      existing = { key, ordinal: null, relative: null, status: 'HELD', date: null, monthOfYear: null, planned: false };
      slots.set(key, existing);
    }
    return existing;
  };
  const ordinalKey = (ordinal: number): string => (ordinal === currentOrdinal ? 'current' : `n:${ordinal}`);
  const previousKey = (): string => (currentOrdinal !== null && currentOrdinal > 1 ? ordinalKey(currentOrdinal - 1) : 'prev');
  const nextKey = (ordinal: number | null): string => (ordinal !== null ? `n:${ordinal}` : currentOrdinal !== null ? `n:${currentOrdinal + 1}` : 'next');

  // Dates stated together with an ordinal or "previous" anchor those rounds before anything refers to them by date or month.
  for (const item of pending) {
    const date = item.cues.meetingDate?.date ?? null;
    const month = date ? Number(date.slice(5, 7)) : item.cues.meetingMonth;
    if ((!date && !month) || item.planned) continue;
    let key: string | null = null;
    if (item.cues.ordinal !== null) key = ordinalKey(item.cues.ordinal);
    else if (item.cues.previous) key = previousKey();
    else if (item.cues.current) key = 'current';
    if (!key) continue;
    const anchored = slot(key);
    if (date) anchored.date ??= date;
    anchored.monthOfYear ??= month;
  }
  let currentDate = slots.get('current')?.date ?? null;
  if (!currentDate) {
    const recent = pending.find((item) => {
      const date = item.cues.meetingDate?.date;
      if (!date || item.planned || item.cues.previous || item.cues.ordinal !== null) return false;
      return !publishedAt || (daysBetween(date, publishedAt) >= -1 && daysBetween(date, publishedAt) <= 7);
    });
    currentDate = recent?.cues.meetingDate?.date ?? null;
    if (currentDate) slot('current').date = currentDate;
  }

  const byDate = (date: IsoDate): string | null => {
    for (const candidate of slots.values()) if (candidate.date && Math.abs(daysBetween(candidate.date, date)) <= 1) return candidate.key;
    return null;
  };
  const byMonth = (month: number): string | null => {
    const current = slots.get('current');
    if (current?.monthOfYear === month || (currentDate && Number(currentDate.slice(5, 7)) === month)) return 'current';
    for (const candidate of slots.values()) if (candidate.monthOfYear === month) return candidate.key;
    return null;
  };

  const clauses: RoundClause[] = [];
  let context = 'current';
  let previousItem: (typeof pending)[number] | null = null;
  for (const item of pending) {
    const { cues } = item;
    let key: string;
    let moves = true;
    const date = cues.meetingDate?.date ?? null;
    if (item.sentence.isHeading) {
      key = 'current';
    } else if (item.planned) {
      key = nextKey(cues.ordinal);
      slot(key).planned = true;
      moves = false;
    } else if (cues.ordinal !== null) {
      key = ordinalKey(cues.ordinal);
    } else if (cues.previous) {
      key = previousKey();
    } else if (cues.current) {
      key = 'current';
    } else if (date) {
      key = byDate(date) ?? (currentDate === null && (!publishedAt || daysBetween(date, publishedAt) <= 7) ? 'current' : `d:${date}`);
      if (key === 'current' && !currentDate) currentDate = date;
    } else if (cues.meetingMonth) {
      key = byMonth(cues.meetingMonth) ?? `m:${cues.meetingMonth}`;
    } else if (cues.backref || cues.continuation || (previousItem && restates(item.clause.text, previousItem.clause.text))) {
      key = context;
    } else if (cues.looseMonth) {
      key = byMonth(cues.looseMonth) ?? 'current';
      moves = false;
    } else {
      key = 'current';
    }
    const target = slot(key);
    if (date) target.date ??= date;
    target.monthOfYear ??= date ? Number(date.slice(5, 7)) : cues.meetingMonth;
    // Facts of a clause announcing the next round are next steps of the round being reported.
    const factRoundKey = item.planned ? context : key;
    clauses.push({ ...item, roundKey: key, factRoundKey });
    if (moves && !item.sentence.isHeading) context = key;
    if (item.sentence.isHeading) context = 'current';
    previousItem = item;
  }

  const resultSlots: RoundSlot[] = [];
  for (const candidate of slots.values()) {
    const { key } = candidate;
    let ordinal: number | null = null;
    let relative: RoundSlot['relative'] = null;
    let status: RoundStatus = 'HELD';
    if (key === 'current') {
      ordinal = currentOrdinal;
      relative = 'current';
    } else if (key.startsWith('n:')) {
      ordinal = Number(key.slice(2));
      const planned = candidate.planned && (currentOrdinal === null || ordinal > currentOrdinal);
      status = planned ? 'PLANNED' : 'HELD';
      relative = currentOrdinal === null ? (planned ? 'next' : 'previous') : ordinal < currentOrdinal ? 'previous' : 'next';
    } else if (key === 'prev') {
      relative = 'previous';
    } else if (key === 'next') {
      relative = 'next';
      status = 'PLANNED';
    } else {
      // Rounds known only by a date or a month: earlier than the reported round unless the text says otherwise.
      if (candidate.date && currentDate) relative = candidate.date < currentDate ? 'previous' : 'next';
      else relative = 'previous';
    }
    resultSlots.push({ key, ordinal, relative, status, date: candidate.date, monthOfYear: candidate.monthOfYear });
  }
  return { slots: resultSlots, clauses };
}
