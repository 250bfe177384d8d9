// Parses reported meeting lengths ("5 1/2 hours", "more than six hours") into intervals in minutes.
import type { DurationInterval } from '../core/types.ts';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90, half: 0.5,
};
const NUM_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
// "5", "5.5", "5½", "5 1/2", "five", "five and a half", "one-and-a-half", "an hour and a half" (via the half tail)
const QUANTITY = `(?:\\d+(?:\\.\\d+)?(?:\\s*(?:½|1/2|¼|1/4|¾|3/4))?|½|(?:${NUM_WORD})(?:[\\s-]+and[\\s-]+a[\\s-]+(?:half|quarter))?)`;
const UNIT = '(?:hours?|hrs?|minutes?|mins?)';
const APPROX = '(?:about|approximately|approx\\.?|roughly|some|around|nearly|almost|close to|an estimated|circa|just about)';
const LOWER = '(?:more than|over|just over|well over|in excess of|upwards of|at least|longer than|no less than|a little over|slightly more than)';
const UPPER = '(?:less than|under|just under|fewer than|up to|no more than|at most|shy of|a little under|slightly less than)';

const DURATION_RE = new RegExp(
  `(?:(?<qual>${APPROX}|${LOWER}|${UPPER})\\s+)?` +
    `(?<first>${QUANTITY})(?:\\s*(?:or|to|-|–)\\s*(?<second>${QUANTITY}))?[\\s-]*(?<unit>${UNIT})\\b` +
    `(?:(?:,?\\s+and|\\s+)\\s*(?<extra>${QUANTITY})[\\s-]*(?<extraUnit>minutes?|mins?)|\\s+and\\s+a\\s+(?<tailHalf>half|quarter))?`,
  'giu',
);

function quantityValue(raw: string): number | null {
  const text = raw.toLowerCase().trim().replace(/-/g, ' ');
  const fractionMatch = /^(\d+(?:\.\d+)?)\s*(½|1\/2|¼|1\/4|¾|3\/4)?$/.exec(text);
  if (fractionMatch) {
    const fraction = fractionMatch[2];
    const extra = fraction === '½' || fraction === '1/2' ? 0.5 : fraction === '¼' || fraction === '1/4' ? 0.25 : fraction === '¾' || fraction === '3/4' ? 0.75 : 0;
    return Number(fractionMatch[1]) + extra;
  }
  if (text === '½') return 0.5;
  const words = /^([a-z]+(?: [a-z]+)?)(?: and a (half|quarter))?$/.exec(text);
  if (!words?.[1]) return null;
  const base = NUMBER_WORDS[words[1]] ?? NUMBER_WORDS[words[1].replace(' ', '-')];
  if (base === undefined) return null;
  return base + (words[2] === 'half' ? 0.5 : words[2] === 'quarter' ? 0.25 : 0);
}

function minutesOf(quantity: number, unit: string): number {
  return /^h/i.test(unit) ? quantity * 60 : quantity;
}

export interface DurationMention {
  interval: DurationInterval;
  /** The phrase as written ("5 1/2 hours", "more than six hours"). */
  text: string;
  index: number;
}

/** One duration phrase → interval in minutes; null when it is not a definite length ("several hours"). */
export function parseDuration(phrase: string): DurationInterval | null {
  DURATION_RE.lastIndex = 0;
  const match = DURATION_RE.exec(phrase);
  return match ? intervalOf(match) : null;
}

function intervalOf(match: RegExpExecArray): DurationInterval | null {
  const groups = match.groups ?? {};
  const first = quantityValue(groups.first ?? '');
  if (first === null) return null;
  let minutes = minutesOf(first, groups.unit ?? 'hours');
  if (groups.tailHalf) minutes += minutesOf(groups.tailHalf === 'half' ? 0.5 : 0.25, groups.unit ?? 'hours');
  if (groups.extra) minutes += quantityValue(groups.extra) ?? 0;
  const qualifier = (groups.qual ?? '').toLowerCase();
  if (groups.second) {
    const second = quantityValue(groups.second);
    if (second === null) return null;
    return { minMinutes: Math.round(minutes), maxMinutes: Math.round(minutesOf(second, groups.unit ?? 'hours')) };
  }
  if (!qualifier) return { minMinutes: Math.round(minutes), maxMinutes: Math.round(minutes) };
  if (new RegExp(`^${APPROX}$`, 'i').test(qualifier)) return { minMinutes: Math.round(minutes * 0.95), maxMinutes: Math.round(minutes * 1.05) };
  if (new RegExp(`^${LOWER}$`, 'i').test(qualifier)) return { minMinutes: Math.round(minutes), maxMinutes: null };
  return { minMinutes: 0, maxMinutes: Math.round(minutes) };
}

// No length without a unit: a cheap test before the long pattern is tried at every position.
const UNIT_WORD = new RegExp(`${UNIT}\\b`, 'i');
// What a reported meeting length needs around it: the meeting itself, or "lasted".
// "They talked for some two and a half hours": a conversation's length is the meeting's ("spoke for four hours" may be a speech).
const MEETING_CONTEXT = /\b(?:last(?:ed|ing|s)?|long|talks?|meetings?|consultations?|negotiations?|discussions?|sessions?|round|met|closed-door|behind closed doors|deliberations|(?:talked|conferred|negotiated)\s+for)\b/i;
// Forecasts and plans are not what happened.
// Case-sensitive: "May 11" is a date.
const FORECAST = /\b(?:may|might|could|would|will|should|expected|expect|set to|scheduled|planned|likely|predicted|due to|supposed|forecast|anticipated|to last|is to)\b[^.;]*$/;
const NOT_MEETING_LENGTH = /^(?:\s*(?:ago|later|earlier|before|after|into|of (?:fighting|shelling|strikes|flights?|travel|driving|daylight|notice|delay))\b|[\s-]*(?:long )?(?:ceasefire|truce|pause|deadline|window|curfew|flight|drive|journey|trip)\b)/i;
const NOT_MEETING_BEFORE = /\b(?:within|every|per|for the next|for the past|in the past|in the next|before|hours? before|ahead of|deadline of)\s*$/i;

/** Reported meeting lengths in a clause; forecasts ("may last four or five hours") and other spans are skipped. */
export function findDurations(clause: string): DurationMention[] {
  if (!UNIT_WORD.test(clause) || !MEETING_CONTEXT.test(clause)) return [];
  const mentions: DurationMention[] = [];
  DURATION_RE.lastIndex = 0;
  for (let match = DURATION_RE.exec(clause); match; match = DURATION_RE.exec(clause)) {
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (/[\p{L}\d]$/u.test(before) && !/\s$/.test(before)) continue;
    if (FORECAST.test(before.slice(-80)) || NOT_MEETING_BEFORE.test(before)) continue;
    if (NOT_MEETING_LENGTH.test(after)) continue;
    if (/^\s*(?:a|an)$/i.test(match.groups?.first ?? '') && !match.groups?.qual && !/^\s*(?:and a half)/.test(after) && !match.groups?.tailHalf && !/\b(?:lasted|for|of)\s+(?:about\s+)?$/i.test(before)) continue;
    const interval = intervalOf(match);
    if (!interval || interval.minMinutes > 48 * 60) continue;
    mentions.push({ interval, text: match[0].trim(), index: match.index });
  }
  return mentions;
}
