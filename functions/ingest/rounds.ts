// Decides which round of talks each clause speaks of, from ordinals, relative references, dates and back-references.
import type { IsoDate, RoundStatus } from '../core/types.ts';
import { splitClauses, type Clause, type Sentence } from './sentences.ts';
import { NUMBER_WORDS } from './durations.ts';
import { daysBetween, detectTense, findDateMentions, withoutHeldCount, type DateMention, type Tense } from './time.ts';

export const MEETING_NOUN = '(?:rounds?|meetings?|sessions?|consultations?|talks|negotiations?|discussions?|sittings?|encounters?|dialogue|summit)';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10, '11th': 11, '12th': 12,
};
const CARDINAL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Words that may sit between an ordinal and the meeting noun without changing what is counted. A preposition or article ends
// the ordinal's phrase: "the deal, the second since the dialogue opened" counts deals, not meetings.
const NOT_MODIFIER = '(?!(?:since|after|before|during|until|in|at|on|for|from|with|by|to|of|the|a|an|this|that|two|three|four|five|six|few|several|couple|day|days|time|times|week|weeks|month|year|phase|stage|part|half|quarter|anniversary|deputy|minister|secretary|visit|trip|person|step|phone|call|batch|group|exchange|hostage|prisoner|release)\\b)';
// Numbered rounds run high in long-running formats ("the 13th round", "the 61st round"): any written ordinal counts.
const ORDINAL_ALT = `${Object.keys(ORDINAL_WORDS).join('|')}|\\d{1,3}(?:st|nd|rd|th)`;
const ORDINAL_RE = new RegExp(`\\b(${ORDINAL_ALT})((?:\\s+${NOT_MODIFIER}[\\p{L}-]+){0,2}?)\\s+${MEETING_NOUN}\\b`, 'gu');
// "The round that ended on Sunday was the fifth.": the ordinal stands alone as the predicate of a meeting noun.
const PREDICATE_ORDINAL_RE = new RegExp(`\\b(?:round|session|meeting|sitting)\\b[^;:]{0,60}?\\b(?:was|is|will be|marked|marks)\\s+(?:the|their)\\s+(${ORDINAL_ALT})\\s*(?:[.,;!]|$)`, 'u');
// "a new round of talks in Havana, the second since the dialogue resumed": an ordinal set off after the meeting it counts.
const APPOSITIVE_ORDINAL_RE = new RegExp(`\\b(?:round|meeting|session|sitting|talks|negotiations|consultations)(?:\\s+(?:of|in|at|on)\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})?,\\s+(?:the|their|its)\\s+(${ORDINAL_ALT})(?=\\s+(?:since|after|in|of|this|between|to be|so far)\\b|\\s*[,.;]|$)`, 'u');
const ROUND_NUMBER_RE = new RegExp(`\\bround\\s+(${Object.keys(CARDINAL_WORDS).join('|')}|\\d{1,2})\\b`, 'gu');
const PREVIOUS_RE = new RegExp(`\\b(?:previous|last|prior|preceding|earlier|past|initial)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MEETING_NOUN}\\b`, 'u');
// "a mechanism for ongoing talks" speaks of talks in general, not of a meeting.
const CURRENT_RE = new RegExp(`\\b(?:latest|this|today's|current|(?<!\\bfor\\s)ongoing|another|new|this week's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|the day's)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MEETING_NOUN}\\b`, 'u');
// "Talks will continue" alone, or "on Tuesday", means the round goes on; "continue next week", "in March" is another meeting.
// "…before returning to Nairobi for the next phase of the talks": a later stage of the same talks is their next meeting.
const NEXT_RE = new RegExp(`\\b(?:next|upcoming|subsequent|follow-up|follow up|future)\\s+(?:[\\p{L}-]+\\s+){0,1}?${MEETING_NOUN}\\b|\\b(?:return(?:ing)?|com(?:e|ing) back)\\s+to\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?\\s+for\\s+(?:the|a|another)\\s+(?:next|new|further|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:round|phase|session|stage)\\b|\\b(?:next|subsequent)\\s+(?:phase|stage|leg)\\s+of\\s+(?:the\\s+)?(?:talks|negotiations|dialogue|mediation|consultations|peace process)\\b|\\bmeet again\\b|\\breconvene\\b|\\b(?:will|shall|is to|are to|is due to|are due to|is scheduled to|are scheduled to)\\s+(?:next\\s+)?(?:meet|convene)\\b|\\b(?:talks|negotiations|consultations|dialogue)\\s+(?:would|will|(?:is|are)\\s+(?:to|due to|set to|scheduled to|expected to|slated to))\\s+be\\s+(?:resumed|reconvened)\\b|\\b(?:talks|negotiations|consultations|dialogue)\\s+(?:would|will|(?:is|are)\\s+(?:to|due to|set to|scheduled to|expected to|slated to))\\s+(?:resume|reconvene|continue(?=\\s+(?:next\\s+(?:week|month|year)|later|after|in\\s+(?:the\\s+(?:coming|new)|january|february|march|april|may|june|july|august|september|october|november|december))))\\b`
  // "A ministerial-level meeting will be held in Geneva on May 2", "a new session is scheduled for …": an indefinite meeting announced in the future.
  + `|\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|round|session|sitting|summit)\\s+(?:of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?)?(?:will|shall|(?:is|are)\\s+(?:to|due to|set to|scheduled to|expected to|slated to|planned to))\\s+(?:be\\s+held|be\\s+convened|take\\s+place|convene|open)\\b`
  // "Negotiations on the second phase are due to start on the 16th day": talks on a deal's next stage, still to come.
  + `|\\b(?:talks|negotiations)\\s+(?:on|over)\\s+(?:a|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:phase|stage)\\b[^.;]{0,120}?\\b(?:is|are)\\s+(?:due\\s+|set\\s+|scheduled\\s+|expected\\s+)?to\\s+(?:start|begin|open)\\b`
  // "agreed … to hold a new meeting in Brazil within three months"
  + `|\\b(?:to|will|would)\\s+hold\\s+(?:a\\s+new|another|a\\s+further|the\\s+next|their\\s+next|a\\s+(?:second|third|fourth|fifth))\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|round|session|summit)\\b`
  + `|\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|round|session|sitting)\\s+(?:is|are)\\s+(?:scheduled|slated|set|planned)\\s+for\\b|\\bcontinue (?:the |their )?(?:talks|negotiations|consultations)\\s+(?:next\\b|on\\s+(?:\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))`, 'u');
// "The accord is to be signed in Helsinki on August 15": a signing set for a later day brings the sides together again.
const SIGNING_AHEAD_RE = /\b(?:(?:is|are)\s+(?:due\s+)?to\s+be|(?:will|would|shall)\s+be)\s+(?:formally\s+|officially\s+)?signed\b/;
// "Negotiations between the two delegations will continue online on Friday": the talks, named first, go on at a later sitting.
const TALKS_GO_ON_RE = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+)?(?:talks|negotiations|consultations|dialogue)\b[^.;:]{0,80}?\b(?:will|would|are to|is to)\s+(?:continue|resume|reconvene|go on)\s+(?:online\s+|virtually\s+|by video(?: ?link)?\s+|via video(?: ?link)?\s+)?on\s+/u;
// Only with a future verb: "will hold further talks", "to resume negotiations".
const NEXT_WEAK_RE = new RegExp(`\\b(?:further|more|fresh)\\s+(?:[\\p{L}-]+\\s+){0,1}?${MEETING_NOUN}\\b|^(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:meeting|round|session)\\s+of\\b|\\bresume (?:the |their )?(?:talks|negotiations|consultations)\\b`, 'u');
// Talk of a meeting that is only wished for, proposed or discussed is not a planned round.
// "dismissing a proposal for the two sides to meet again": a meeting proposed, or turned down, is not planned either.
// "…misleading the public as if the two sides had agreed to meet again": a plan one side says is a fiction.
// "No date was set for a further meeting": a meeting only spoken of as unscheduled is hedged too.
// "…beyond the stated will of both sides to meet again": a wish to meet, no meeting set.
const HEDGE = /\b(?:(?:stated|expressed|declared) (?:will|willingness|wish|desire|readiness) (?:of [^,.;]{1,30}? )?to meet|as if|no date (?:was|has been|had been|is) (?:yet )?(?:set|fixed|given|announced) for|as though|proposals?\s+(?:for|to|that)|(?:dismiss|reject|rebuff)(?:ed|es|ing|s)?\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:proposal|offer|invitation|plan|call)|discuss(?:ed|es|ing)?\s+(?:holding|plans|the possibility|a|another|the idea|when|where)|propos(?:ed|es|ing)\s+(?:to|that|holding|a)|suggest(?:ed|s|ing)?|offer(?:ed|s)? to|could|may|might|possib(?:le|ility)|consider(?:ed|ing)?|hope[sd]?|want(?:s|ed)?|ready to|willing to|as needed|if needed|invit(?:ed|ation)|no plans?|not (?:yet )?(?:been )?(?:scheduled|planned|agreed))\b/;
const SUBGROUP_SUBJECT = /\b(?:commanders?|experts?|technical (?:teams?|experts?|delegations?|groups?)|working groups?|contact groups?|specialists|engineers|military (?:chiefs|officers|officials|delegations?))\b(?:\s+[\p{L}-]+){0,10}\s*$/u;
// "…said the fourth session would be held in Thailand": a plan in reported speech.
const FUTURE_HOLD = /\b(?:will|shall|is to|are to|to be held|would (?:be held|take place|be convened|convene)|set to|set for|slated for|scheduled|expected to|due to|planned|agreed to (?:hold|meet)|plan to|plans to)\b/;
// "In that declaration, both sides agreed …": a text named by a back-reference was adopted at the meeting told before.
// "The talks come as …": the present tense speaks of the talks being reported, not of the meeting told just before.
const BACKREF_RE = /^(?:(?:in|under|by)\s+(?:that|the same)\s+(?:declaration|agreement|accord|deal|document|arrangement|understanding|communiqu[eé]|joint statement)\b|(?:that|this|the|those|these)\s+(?:meeting|session|round|encounter|talks|consultations|negotiations)\b(?!\s+(?:comes?|coming)\b)|it\s+(?:lasted|was held|took place|ended|began|went on|ran)\b|there\b)|\b(?:talks|meeting|session|negotiations|discussions)\s+there\b|\bthen\b(?!-)|\bat that (?:meeting|time|session|round)\b|\b(?:those|that) (?:talks|meeting|consultations|negotiations|session)\b/;
// "The declaration also provides for …": more of the text the clause before spoke of.
// "…, the statement said": a report closed by the document it comes from goes on with that document.
const DOCUMENT_SAID_RE = /(?:,|")\s*(?:it|the (?:ministry|statement|consulate|embassy|department|readout|spokesperson)|the [\p{L} ]{0,30}statement)\s+(?:said|stated|added|detailed|noted|reported)\.?$/u;
// A clause's own words saying it goes on with what came before: "also", "further said", "the agreement also …".
const CONTINUATION_OWN_RE = /^(?:additionally|moreover|furthermore|it also|also)\b|^(?:the|that|this)\s+(?:declaration|agreement|accord|deal|document|communiqu[eé])\s+also\b|\b(?:also|further)\s+(?:said|added|noted|stated|stressed|raised|proposed|agreed|urged|called)\b|^the (?:ministry|statement|readout|consulate) (?:further |also )?(?:said|added|noted|stated)/u;
const CONTINUATION_RE = new RegExp(`${CONTINUATION_OWN_RE.source}|${DOCUMENT_SAID_RE.source}`, 'u');

/** The clause continues only because a document closes it ("…, the statement said"), with no "also" or "further" of its own. */
function documentSaid(clause: string): boolean {
  const lower = clause.toLowerCase().trim();
  return DOCUMENT_SAID_RE.test(lower) && !CONTINUATION_OWN_RE.test(lower);
}
// "On March 14, the delegations switched to a videoconference format": talks held by video are meetings too.
const MEETING_CONTEXT = /\b(?:agreed|negotiating|negotiated|signed(?!\s+(?:an?|the|his|her)\s+(?:executive\s+)?(?:order|decree|law|bill))|signing|met|meet|meets|meeting|reconvene|resume|convene|talks|round|consultations|negotiations|held|took place|began|opened|concluded|wrapped up|session|discussions|occurred|convened|sat down|gathered|hosted|videoconference|video conference|video link|videoconferencing)\b/i;
const SPEECH_BEFORE = /\b(?:said|says|told|announced|stated|reported|added|noted|wrote|tweeted|posted|confirmed|declared|issued|released|published|revealed|disclosed|affirmed|stressed|insisted|reiterated|emphasi[sz]ed|warned|acknowledged|admitted|denied|complained)\s*(?:(?:in|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|briefing|press conference|news conference|post|readout)\s+)?(?:on\s+)?$|^\s*(?:speaking|talking)\s+(?:to\s+[^,;]{1,40}?\s+)?(?:on\s+)?$/i;
const RANGE_BEFORE = /\b(?:since|until|till|before|after|from|between|by|ahead of|prior to|following)\s+(?:the\s+)?$/i;
// "A further round in Cairo …", "Another meeting in May …": an indefinite further meeting opening the clause is one not told yet.
const FURTHER_MEETING_RE = /^\s*(?:(?:but|and|then)\s+)?(?:a\s+(?:further|subsequent|follow-up)|another)\s+(?:round|meeting|session)\b/i;
// "…where the constitutional conference opened on September 10": a conference's own opening, however long it then sat.
const CONFERENCE_OPENED_RE = /\b(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?conference\b[^.;]{0,60}?\b(?:opened|began|started|convened)\b|\bconference\s+since\s+it\s+(?:opened|began|started|convened)\b/iu;
/** Longest a conference is taken to have sat, from the day it opened to the day a report tells its end (Lancaster House: 15 weeks). */
const MAX_CONFERENCE_DAYS = 120;
// "The round", "this session": one sitting named as the one in hand, not the talks as a whole.
const THE_ROUND_RE = /^\s*(?:the|this)\s+(?:round|session|sitting)\b/i;
const RESUMED_RE = /\b(?:talks|negotiations|dialogue|consultations)\s+(?:had\s+)?resumed\b/i;
const OPENING_RE = /\b(?:began|begun|opened|started|kicked off|got under way|got underway|commenced|launched)\b/i;
// How reports say a process began, and the part of a month they may name ("in early June").
const BEGAN = String.raw`(?:began|started|opened|got under\s?way|were launched|was launched)`;
const MONTH_PART = String.raw`(?:(?:early|mid|late)[\s-]+)?`;
const SINCE_BEFORE_MONTH = new RegExp(String.raw`\bsince\s+(?:[\p{L}-]+\s+){0,4}?${BEGAN}\s+(?:(?:in|on)\s+)?${MONTH_PART}$`, 'iu');
const PROCESS_BEGAN_RE = new RegExp(String.raw`^\s*(?:the\s+)?(?:talks|negotiations|peace talks|peace process|process|dialogue|mediation)\s+(?:first\s+)?${BEGAN}\s+in\s+${MONTH_PART}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`, 'i');
// "the delegation that landed in Riyadh on Thursday", told as the visit ends: the visiting side's first day of the round.
const ARRIVAL_RE = /\b(?:arrived|landed|arriving|arrival)\b/i;
// "signed at the conclusion of the first phase, which opened on May 9": the clause spans the whole round, up to two weeks.
// "concluded a draft after talks that opened on Tuesday": the talks that opened then are the ones just concluded.
const CONCLUSION_RE = /\b(?:at|on|with)\s+the\s+(?:conclusion|close|end)\s+of\b|\b(?:concluded|wrapped up|capped|ended|closed)\b[^.;]{0,80}?\bafter\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|negotiations|sessions?|rounds?)\s+(?:that|which)\s+(?:had\s+)?(?:opened|began|started)\b/iu;
const ASIDE_RE = /^(?:separately|in a separate development|in separate news|in other news|elsewhere)\b/i;
// "The fourth round of those talks took place in Muscat": rounds of talks the clause before named, another track than these.
// "followed the donor meeting held in Oslo on November 25": a gathering of donors or investors is no round of the talks.
const OTHER_TALKS_RE = /\b(?:rounds?|sessions?|meetings?)\s+of\s+(?:those|the other)\s+(?:talks|negotiations|discussions|consultations)\b|\b(?:donors?['’]?|pledging|investors?['’]?)\s+(?:meeting|conference|summit|forum)\b/i;
// "…will meet NATO ambassadors at the NATO-Russia Council", "the Political Dialogue Forum, which holds a first meeting on
// Monday": a meeting still to come in another body's frame is that body's, not a round of these talks.
const OTHER_BODY_GATE = /Council|Forum|Assembly/;
const OTHER_BODY_RE = /\b(?:at|in)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Council|Forum|Assembly)\b|\b(?:Council|Forum|Assembly)\s*,\s*(?:which|that)\s+(?:is|are|will|would|holds?|meets?)\b/u;
// "…runs alongside a separate agreement signed in Washington": another track's deal, whose day and place are not these talks'.
const SEPARATE_TRACK_RE = /\b(?:a|the|their|its)\s+separate\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|accord|treaty|track|process)\b/iu;
/** Round key of clauses that speak of something else; they feed no round. */
export const ASIDE_KEY = 'aside';
// "the August deal": a deal named by its month was struck at the meeting of that month.
const MONTH_NOUN_RE = /^\s*(?:['’]s\s+)?(?:round|meeting|talks|session|consultations|negotiations|encounter|summit|deal|agreement|accord|declaration)\b/i;
// "talks in Stockholm in late July", "a round in Doha in mid-August": the month follows the meeting it dates.
// "negotiations at Mont Pelerin, Switzerland, in November 2016": a place and its country may stand between them.
const NOUN_THEN_MONTH_RE = /\b(?:talks|round|meeting|session|negotiations|consultations|summit|conference)\b(?:[^,.;:"“”]|,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,){0,60}?\bin\s+(?:(?:early|mid|late)[\s-]+)?$/iu;
// "In London in June, they agreed …": a place and a month open a look back at what was agreed there.
const PLACE_THEN_MONTH_RE = /^\s*[Ii]n\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+in\s+(?:(?:early|mid|late)[\s-]+)?$/u;
// "In July, they signed a declaration there": a clause opened by a month tells what happened then.
const MONTH_OPENER_RE = /^\s*[Ii]n\s+(?:(?:early|mid|late)[\s-]+)?$/;
// "that month", "later that month": the month the text named last.
const THAT_MONTH_RE = /\bthat month\b/i;
const MONTH_NAME_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

// "…met in July, and again in late September, when they agreed to …", "since May, when formal talks resumed": what the sides
// or their talks did then happened in the month just named ("in May, when fighting resumed" tells of something else).
const WHEN_AFTER_MONTH_RE = /^\s*(?:\d{4}\s*)?,?\s*(?:when|where|at which)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:they|both|the two|the sides|the parties|delegations|negotiators|envoys|ministers|leaders|talks|negotiations|rounds?|meetings?)\b/iu;
// The talks themselves, named before the month or in the "when" clause; "the dispute erupted in January, when X signed a deal
// with Y" dates another event.
const TALKS_AROUND_MONTH_RE = /\b(?:met|meet|meeting|talks|rounds?|sessions?|negotiations|consultations|dialogue|table|convened|reconvened)\b/i;

/** Months from a held meeting's month to publication: the year as written, else the latest such month not after publication. */
function heldMonthsBack(mention: DateMention, publishedAt: IsoDate): number {
  if (mention.month && /\b\d{4}\b/.test(mention.text)) return monthsBefore(mention.month, publishedAt);
  return (Number(publishedAt.slice(5, 7)) - (mention.monthOfYear ?? 0) + 12) % 12;
}

/**
 * Months back to a month-only mention within the past year, else null: "…was in March 2022", a meeting years back, is
 * background to these talks, not one of their rounds.
 */
function recentMonthsBack(mention: DateMention, publishedAt: IsoDate | null): number | null {
  if (mention.precision !== 'month' || !publishedAt || !mention.month) return null;
  const back = heldMonthsBack(mention, publishedAt);
  return back >= 1 && back <= 12 ? back : null;
}

/** A recent month-only mention that dates a meeting named before it. */
function monthAfterMeeting(text: string, mention: DateMention): boolean {
  const before = text.slice(0, mention.index);
  return NOUN_THEN_MONTH_RE.test(before) || ((PLACE_THEN_MONTH_RE.test(before) || MONTH_OPENER_RE.test(before)) && MEETING_CONTEXT.test(text));
}

export interface ClauseCues {
  /** Round number stated for a round already held ("the second round"). */
  ordinal: number | null;
  /** Round number stated for a round still to come ("a third round will be held"). */
  plannedOrdinal: number | null;
  previous: boolean;
  current: boolean;
  hedged: boolean;
  backref: boolean;
  continuation: boolean;
  /** The clause dates a held meeting ("met on 10 April", "was held on February 27"). */
  meetingDate: DateMention | null;
  /** The date the clause gives a planned meeting ("will meet again on Saturday"). */
  plannedDate: DateMention | null;
  /** "the February round": a month (1–12) naming a meeting; also the month of a meeting date whose year is unknown. */
  meetingMonth: number | null;
  /** "In February, he served as…": a month only, which places the clause but does not move the narrative. */
  looseMonth: number | null;
  /** Where talk of a planned meeting starts; values after it describe that meeting. -1 when the clause plans none. */
  nextCueIndex: number;
  /** A held round the clause also names, besides the one its day dates ("the fifth round comes … after the fourth, held on …"). */
  alsoNamed?: number | null;
  /** Earlier meetings the clause lists with their days; empty when it lists none. */
  listed: ListedMeeting[];
  /** The meeting month comes from a month written after the meeting and is the month before publication. */
  lastMonthMeeting?: boolean;
  /** "In 2016 the two sides sat down in Maputo": the year of an earlier meeting the clause dates by its year alone. */
  meetingYear?: string | null;
  /** "The weekend session followed a first round earlier this month": the ordinal names a round before the one reported. */
  followsOrdinal?: boolean;
}

export interface RoundClause {
  sentence: Sentence;
  clause: Clause;
  tense: Tense;
  dates: DateMention[];
  cues: ClauseCues;
  /** Round the clause reports on: its values (date, place, length, heads) and facts belong there. */
  roundKey: string;
  /** Round a planned-meeting mention creates; values after `cues.nextCueIndex` belong there. */
  plannedKey: string | null;
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
  /** Year and month (YYYY-MM) of a round known only by its month, when the text gives the year; orders it among dated rounds. */
  month?: string | null;
}

export interface RoundPlan {
  slots: RoundSlot[];
  clauses: RoundClause[];
}

// "the first talks since the summit", "their first meeting in months", "the first face-to-face meeting since fighting in
// April": first after a break, which says nothing about how many rounds the track has held.
// "…since Monday", "since May 3": how long a meeting has run, not a break before it.
// "the first high-level meeting under President X", "the first talks of the new administration": first of a leader's time,
// counted from when the leader took office. "The first meeting at the new site": first at a place, not of the talks.
const FIRST_SINCE_RE = /^(?:\s+[\p{L}\p{N}'’+-]+){0,12}?\s+(?:since(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|this\s+(?:morning|week)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|in\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)?\s*(?:months?|years?|decades?|weeks?)\b|for\s+(?:(?:more\s+than|over|nearly|almost)\s+)?(?:a|an|\d+|two|three|four|five|six|several|many)\s+(?:months?|years?|decades?)|under\s+(?:the\s+)?(?:new\s+)?(?:president|prime\s+minister|premier|chancellor|king|emir|(?:[\p{L}-]+\s+){1,2}(?:administration|government|presidency|leadership))\b|(?:of|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,2}(?:administration|presidency)\b|(?:at|in)\s+(?:the|its|their|this)\s+new\s+(?:site|venue|location|place|building|premises|tent)\b)/u;

/** "first … since X", "first … in N months/years": the words after the ordinal's meeting noun put a break before it. */
function firstSinceBreak(after: string): boolean {
  return FIRST_SINCE_RE.test(after.slice(0, 120).split(/[,;:.]/)[0] ?? '');
}

/** The clause calls a meeting the first after a break ("the first formal talks in months"). */
function namesFirstAfterBreak(lower: string): boolean {
  if (!/\b(?:first|1st)\b/.test(lower)) return false;
  ORDINAL_RE.lastIndex = 0;
  for (let match = ORDINAL_RE.exec(lower); match; match = ORDINAL_RE.exec(lower)) {
    // "paved the way for the first meeting in years between the ministers": another meeting, which this one led to.
    if (/\b(?:for|to|towards?|ahead of|before|after)\s+(?:the|a|their|its)\s+$/.test(lower.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (ordinalValue(match[1] ?? '') === 1 && firstSinceBreak(lower.slice(match.index + match[0].length))) return true;
  }
  return false;
}

const WITHIN_ROUND_RE = new RegExp(`^\\s+of\\s+(?:the|this|their)\\s+(?:${Object.keys(ORDINAL_WORDS).join('|')})\\s+(?:[\\p{L}-]+\\s+)?round\\b`, 'u');

// What places a sitting within one day: "later on Thursday", "that afternoon", "in the evening".
const SAME_DAY_SITTING_RE = /^\s+(?:(?:later|earlier)\s+(?:on\s+|that\s+|in\s+the\s+|the\s+same\s+)?(?:day|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:that|this|in\s+the|on\s+the\s+same)\s+(?:morning|afternoon|evening|day))\b/u;

// "the second round of sanctions", "a third round of prisoner exchanges": rounds of something other than talks.
const OTHER_ROUND_OF_RE = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:sanctions|elections?|voting|votes?|polls?|tariffs?|strikes|airstrikes|air strikes|attacks|shelling|fighting|protests|vaccinations?|exchanges?|swaps?|releases?|deliveries|evacuations?|withdrawals?|layoffs|tests?|testing|bidding|auctions?|funding|aid|cuts|hikes|inspections)\b/u;

/** The number an ordinal written in words or figures stands for ("fifth", "13th"). */
export function ordinalValue(written: string): number {
  return ORDINAL_WORDS[written] ?? Number.parseInt(written, 10);
}

// The verb right after an ordinal with no noun, or after an aside between commas ("the first, from 3 to 8 February, ended").
const ELLIPTIC_VERB_RE = /^(?:,[^,;]{1,40},)?\s+(?:opened|began|started|ended|concluded|closed|convened|lasted|was held|took place|wrapped up|broke up)\b/;

const PAIRED_ORDINALS_RE = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')})\\s+and\\s+(?:the\\s+)?(${Object.keys(ORDINAL_WORDS).join('|')})\\s+(?:[\\p{L}-]+\\s+)?(?:rounds|meetings|sessions)\\b`, 'u');

/** "The second and third rounds were held … on March 3 and March 7": the two rounds a clause lists with their days, in order. */
export function pairedOrdinals(lower: string): [number, number] | null {
  const match = /\band\b/.test(lower) ? PAIRED_ORDINALS_RE.exec(lower) : null;
  return match?.[1] && match[2] ? [ordinalValue(match[1]), ordinalValue(match[2])] : null;
}

// "…the second round of the revived negotiations, which Barak and al-Sharaa opened at Blair House in Washington last month":
// what follows the verb, in a clause on who began the process, is where and when it began, not the round's place or day ("the
// round of talks, which opened at the Palais on Monday", with no one opening it, is the round itself).
export const PROCESS_BEGUN_BEFORE = /\b(?:negotiations|talks|dialogue|process|contacts|consultations)\s*,\s*(?:which|that)\s+[^,;.]{1,60}?\s(?:opened|began|started|launched|resumed|revived|kicked off)\b[^,;.]{0,80}$/u;

// "came two months after a", "comes about seven months after the": what follows, a span of time back, is the earlier event
// the talks follow ("the deal came after the fifth round" names no span: the round may be the one that made the deal).
const CAME_AFTER = String.raw`\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|some\s+|more than\s+)?(?:[\p{L}\d]+\s+)?(?:days?|weeks?|months?|years?)\s+after`;
const CAME_AFTER_BEFORE = new RegExp(`${CAME_AFTER}\\s+(?:the|a|an|their)\\s+$`, 'u');
const CAME_AFTER_RE = new RegExp(CAME_AFTER, 'iu');

function ordinalOf(lower: string, countSummits = true): { value: number; index: number } | null {
  ORDINAL_RE.lastIndex = 0;
  for (let match = ORDINAL_RE.exec(lower); match; match = ORDINAL_RE.exec(lower)) {
    const value = ordinalValue(match[1] ?? '');
    // "the second summit between the two leaders", in coverage of their envoys' talks: summits are counted apart.
    if (!countSummits && match[0].endsWith('summit')) continue;
    if (numbersSeries(lower, match)) continue;
    // "the first meeting of the joint commission" the talks set up, "on the sidelines of the 15th meeting of the trade committee":
    // a body's sittings, not rounds of these talks ("the 23rd meeting of the consultation mechanism" is the round itself).
    if ((value === 1 || /\bsidelines\s+of\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, match.index - 20), match.index))) && /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?(?:mechanism|commission|committee|working group|council|format|group|forum|board)\b/u.test(lower.slice(match.index + match[0].length))) continue;
    if (value === 1 && firstSinceBreak(lower.slice(match.index + match[0].length))) continue;
    // "their first face-to-face contact since the third round": the round a break is counted from is an earlier one.
    if (/\bsince\s+(?:the|their)\s+$/.test(lower.slice(Math.max(0, match.index - 16), match.index))) continue;
    // "The talks, held on Tuesday, came two months after a fifth round in London": the round the talks follow is an earlier one.
    if (CAME_AFTER_BEFORE.test(lower.slice(Math.max(0, match.index - 60), match.index))) continue;
    if (OTHER_ROUND_OF_RE.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    const sitting = /(?:session|sitting)$/.test(match[0]);
    // "a second session later on Thursday", "the third sitting that afternoon": a sitting within the day's meeting.
    if (sitting && SAME_DAY_SITTING_RE.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    // "met the Hamas delegation before the first session": the opening sitting of the meeting reported.
    if (sitting && value === 1 && /\b(?:before|ahead of|prior to)\s+(?:the|their)\s+$/.test(lower.slice(Math.max(0, match.index - 20), match.index))) continue;
    // "the first joint meeting of the second round": a sitting within a round; the round's own ordinal follows.
    if (!/round$/.test(match[0]) && WITHIN_ROUND_RE.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 50))) continue;
    if (value) return { value, index: match.index };
  }
  ROUND_NUMBER_RE.lastIndex = 0;
  const numbered = ROUND_NUMBER_RE.exec(lower);
  if (numbered?.[1]) {
    const value = CARDINAL_WORDS[numbered[1]] ?? Number(numbered[1]);
    if (value) return { value, index: numbered.index };
  }
  // "The second opened on 18 February", after a sentence about the first two rounds: the noun is left out, the verb says a meeting.
  const elliptic = /^\s*the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/.exec(lower);
  if (elliptic?.[1] && ELLIPTIC_VERB_RE.test(lower.slice(elliptic[0].length))) return { value: ordinalValue(elliptic[1]), index: elliptic.index };
  const predicate = PREDICATE_ORDINAL_RE.exec(lower);
  if (predicate?.[1]) {
    const value = ordinalValue(predicate[1]);
    if (value) return { value, index: predicate.index };
  }
  const appositive = APPOSITIVE_ORDINAL_RE.exec(lower);
  if (appositive?.[1]) {
    const value = ordinalValue(appositive[1]);
    // "the meeting, the first in five years": a break, as with the ordinal before the noun.
    if (value && !(value === 1 && firstSinceBreak(lower.slice(appositive.index + appositive[0].length)))) return { value, index: appositive.index };
  }
  return null;
}

/**
 * "The fifth round comes seven months after the fourth round, which was held on September 21": of several ordinals in a
 * clause, the one nearest before the meeting's day is the round that day dates.
 */
function ordinalBefore(lower: string, index: number): number | null {
  let found: number | null = null;
  ORDINAL_RE.lastIndex = 0;
  for (let match = ORDINAL_RE.exec(lower); match && match.index < index; match = ORDINAL_RE.exec(lower)) {
    if (numbersSeries(lower, match)) continue;
    found = ordinalValue(match[1] ?? '') || found;
  }
  return found;
}

/**
 * "the first round of the 11th SMA negotiations": an ordinal of talks after "round of the" numbers the series the rounds belong
 * to ("the first session of the third round" still numbers the round).
 */
function numbersSeries(lower: string, match: RegExpExecArray): boolean {
  return !/\b(?:rounds?|sessions?|sittings?)$/.test(match[0]) && /\b(?:round|rounds|session|sessions|sitting)\s+of\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, match.index - 30), match.index));
}

/** The clause names round `value` anywhere ("…held today, a day after the second round took place"). */
function namesOrdinal(lower: string, value: number): boolean {
  ORDINAL_RE.lastIndex = 0;
  for (let match = ORDINAL_RE.exec(lower); match; match = ORDINAL_RE.exec(lower)) {
    if (ordinalValue(match[1] ?? '') === value) return true;
  }
  return false;
}

// "On Wednesday, the North tested a missile … ahead of the talks": talks named only to time another event do not date it.
const TALKS_AS_TIME_RE = /\b(?:ahead of|before|prior to|in the run-up to|on the eve of|in the lead-up to)\s+(?:the|these|this|their|its|next|planned)\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|negotiations|round|session|summit|consultations)\b/giu;

// "Two more rounds followed in Minsk on March 3 and March 7": rounds the clause is about, with their days.
const ROUNDS_SUBJECT_RE = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}rounds\b(?!\s+of\s+(?:sanctions|strikes|shelling|fighting|tariffs|voting|elections?|protests))/iu;

/** Day-precision dates of meetings in a clause: not deadlines, not the day something was said, not range ends. */
export function meetingDatesOf(text: string, dates: DateMention[], publishedAt: IsoDate | null = null, planned = false): DateMention[] {
  if (dates.length === 0 || !(MEETING_CONTEXT.test(text.replace(TALKS_AS_TIME_RE, ' ')) || ROUNDS_SUBJECT_RE.test(text))) return [];
  // "The documents were signed late on Sunday …, shortly after the leaders flew back from Camp David": a day the clause gives
  // its signing or meeting before the journey it then tells is the meeting's.
  const travelAt = isTravelClause(text) ? text.search(TRAVEL_CLAUSE) : -1;
  return dates.filter((mention) => {
    if (travelAt >= 0 && !(mention.index < travelAt && DEED_BEFORE_TRAVEL.test(text.slice(0, mention.index)))) return false;
    if (mention.precision !== 'day' || mention.deadline || !mention.date) return false;
    const before = text.slice(0, mention.index);
    if (SPEECH_BEFORE.test(before)) return false;
    // "BEIJING, Jan. 12 (Xinhua) --", "BEIJING/BANGKOK, Jan 12 (Reuters) -": the day the story was filed.
    if (/^\s*\p{Lu}[\p{Lu}\p{M} /.'-]+,\s*$/u.test(before)) return false;
    // "Prishtina, 19 March – …", "Moscow, 16 May (TASS) —": a place, the day, then the dash or agency of a dateline.
    // "Tehran, April 23, IRNA -- …": the agency named after the day; "San Jose, Jul 14 (EFE).- …" with a stop before the dash.
    // "Geneva (Switzerland), 23 March 2019 (SPS) -", "OSLO, Norway, June 14 (Reuters) -": the country may follow the place.
    if (/^\s*\p{Lu}[\p{L}\p{M} /.'-]*(?:\(\p{Lu}[\p{L} .'-]{1,30}\)\s*|,\s*\p{Lu}[\p{L}\p{M} .'-]{1,30})?,\s*$/u.test(before) && /^\s*(?:\([^)]{1,30}\)\s*|,\s*\p{Lu}[\p{Lu}\p{L}.]{1,12}\s*)?(?:\.?\s*[-–—]|\/|\.\s*\/)/u.test(text.slice(mention.index + mention.text.length))) return false;
    // "will take place from Sept. 24 to Sept. 27": a meeting's range starts on its first day.
    // "were held in Istanbul from Oct. 25 to 30": likewise for a held meeting's span.
    const rangeStart = /\bfrom\s+(?:the\s+)?$/i.test(before) && (/^\s*(?:to|until|till|through|thru|-|–)\s*\S/i.test(text.slice(mention.index + mention.text.length)) || /\s(?:to|until|till|through)\s|\d\s*[-–]\s*\d/i.test(mention.text));
    // "delegations have been negotiating since December 6": the first day of a meeting still going on.
    const ongoingSince = /\b(?:negotiating|talking|meeting|deliberating|in talks|under\s?way|in session)\s+since\s+(?:the\s+)?$/i.test(before);
    // "The first, from 3 to 8 February, ended without a deal": the verb after the span says it was a meeting's.
    const heldSpan = () => /\b(?:held|took place|met|ran|lasted|talks|round|session|convened|sat|gathered|opened|began)\b/i.test(before) || /^[^.;]{0,30}?\b(?:ended|concluded|closed|took place|was held)\b/i.test(text.slice(mention.index + mention.text.length));
    if (RANGE_BEFORE.test(before) && !ongoingSince && !(rangeStart && (planned || heldSpan()))) return false;
    // A meeting held by the time of writing cannot be dated after it.
    if (!planned && publishedAt && daysBetween(publishedAt, mention.date) > 1) return false;
    // "the talks, Bruce said Tuesday": the date of a remark, not of the meeting.
    if (/\b(?:said|says|told \w+|announced|stated)\s*,?\s*$/i.test(before.slice(-30))) return false;
    // "surprised Tehran on Monday by announcing talks": the day of the announcement.
    const after = text.slice(mention.index + mention.text.length);
    // …unless the meeting's own end or start is what the day dates: "ended four days of talks on Friday saying they had agreed".
    if (/^\s*,?\s*(?:by\s+)?(?:announcing|saying|declaring|telling|posting|writing|tweeting)\b/i.test(after) && !/\b(?:ended|concluded|wrapped up|closed|finished|began|opened|started)\b(?:[^.;]|\.(?=\S)){0,60}$/i.test(before)) return false;
    // "Baghaei, who announced the Istanbul meeting on Monday": the day the meeting was made known, not held.
    if (ANNOUNCED_MEETING_BEFORE.test(before.slice(-80))) return false;
    // "faces a Sept. 17 deadline", "the March 3 election": the day of something else.
    // "Türkiye's May 14 presidential and parliamentary elections": the kind of election may come between.
    // "a June 23 radio speech", "the Oct. 7 attack": a speech, broadcast or attack of that day.
    if (/^\s*(?:[\p{L}-]+\s+){0,3}?(?:deadline|election|elections|vote|referendum|poll|polls|ultimatum|inauguration|speech|broadcast|address|interview)\b|^\s*(?:attack|attacks)\b/iu.test(after)) return false;
    // "a round initially pencilled in for May 3 … took place on May 11": a held round's old schedule is not its date.
    if (!planned && PLANNED_FOR_BEFORE.test(before)) return false;
    // "the referendum of December 3", "their phone call on June 5": the date of another event the clause mentions.
    if (OTHER_EVENT_BEFORE.test(before)) return false;
    // "On December 4, Foreign Minister X announced that fruitful discussions had taken place": the day of the announcement.
    // ("On Tuesday, the delegations met for five hours and said that …": a meeting said first is the day's.)
    if (/^\s*On\s+$/i.test(before) && /^\s*,\s+(?:(?!\b(?:met|held|signed|agreed|ended|opened|began|concluded|talks)\b)[^;]){0,100}?\b(?:announced|said|stated|declared|told\s+[\p{L}]+|confirmed|revealed)\s+(?:that|on)\b/iu.test(after)) return false;
    // "when militants attacked southern Israel on Oct. 7, 2023", "after troops seized the town on May 2": the day of an act of war.
    if (VIOLENCE_BEFORE.test(before.slice(-90))) return false;
    // "agreed that the plan should start to be implemented on November 1", "the truce takes effect on Sunday", "that the
    // implementation of the resolution begin on November 1": the day a measure starts, not a meeting's.
    if (MEASURE_STARTS_BEFORE.test(before.slice(-50)) || /\bimplement\w*\b[^.;]{0,100}?\b(?:begin|start|commence)s?\s+(?:on|from)\s+$/i.test(before.slice(-140))) return false;
    // "The resumption comes days after a bomb killed 63 on Saturday": the day of the event the talks follow.
    if (followsOtherEvent(before)) return false;
    // "The president met his national security team on Friday": a side conferring with its own people, not the talks.
    if (OWN_SIDE_MEETING_BEFORE.test(before)) return false;
    // "proposed holding another meeting between June 20 and June 30": a meeting only proposed has no date yet.
    if (PROPOSED_BEFORE.test(before) || /\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$/i.test(before)) return false;
    // "said the talks might resume as early as Wednesday": a day only hoped for dates no meeting held.
    if (!planned && MAYBE_BEFORE_DAY.test(before.slice(-60))) return false;
    return true;
  });
}

// Lower case only: "May" is also a month ("on 10-11 May and in Rome on 9-10 June").
const MAYBE_BEFORE_DAY = /\b(?:could|might|may)\s+(?:not\s+)?(?:[\p{L}-]+\s+){1,3}?(?:on\s+|as\s+early\s+as\s+|as\s+soon\s+as\s+)?$/u;

/** Longest run of days an unnumbered round is taken to span from its stated first day. */
export const MAX_SPAN_DAYS_AFTER_START = 14;
// The verb, at most four words, then the date: "began in Jeddah on Saturday", "started on May 6".
// "which sat from Tuesday to Friday", "talks held from 2 to 5 August": the first day of a span the meeting ran.
const START_BEFORE =
  /\b(?:began|begun|begin|started|opened|commenced|kicked off|got under\s?way|convened|opening|starting|beginning|resumed)\b(?:\s+[\p{L}\d,'’.-]+){0,4}?\s+(?:on\s+|last\s+)?$|\b(?:sat|met|held|ran|took place|talks|negotiations|round|session)\b(?:\s+[\p{L}\d,'’.-]+){0,4}?\s+from\s+$|\b(?:negotiating|talking|meeting|deliberating|in talks|under\s?way|in session)\s+since\s+(?:the\s+)?$/iu;

/** The 60 characters before the date as written in the quote match `lead`. */
function dateLedBy(quote: string, dateText: string, lead: RegExp): boolean {
  const at = quote.indexOf(dateText);
  return at >= 0 && lead.test(quote.slice(Math.max(0, at - 60), at));
}

// "… flew to the town on Monday to launch a new round": the errand a journey's day is given for opens the meeting ("agreed on
// Monday to begin talks in June" is no journey).
const START_AFTER = /^\s*,?\s*to\s+(?:launch|open|begin|start|kick\s+off)\b/i;
const JOURNEY_BEFORE = /\b(?:flew|flown|travel+ed|arrived|came)\b[^.;]{0,80}$/i;

/** The date (as written in the quote) is the first day of the meeting: "talks that began on Saturday". */
export function isMeetingStart(quote: string, dateText: string): boolean {
  if (dateLedBy(quote, dateText, START_BEFORE)) return true;
  const at = quote.indexOf(dateText);
  return at >= 0 && START_AFTER.test(quote.slice(at + dateText.length, at + dateText.length + 30)) && JOURNEY_BEFORE.test(quote.slice(0, at));
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Days a span written as one date runs past its first ("Aug. 2-5" → 3, "Tuesday to Friday" → 3); null for a single day. */
export function spanOfDateText(dateText: string): number | null {
  const days = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b/.exec(dateText);
  if (days) {
    const span = Number(days[2]) - Number(days[1]);
    return span > 0 && span < 31 ? span : null;
  }
  const weekdays = /\b((?:sun|mon|tues|wednes|thurs|fri|satur)day)\s+(?:to|until|till|through|-|–)\s+((?:sun|mon|tues|wednes|thurs|fri|satur)day)\b/i.exec(dateText);
  if (!weekdays) return null;
  const from = WEEKDAYS.indexOf(weekdays[1]!.toLowerCase());
  const to = WEEKDAYS.indexOf(weekdays[2]!.toLowerCase());
  return ((to - from + 7) % 7) || null;
}

// "talks that ended on Saturday", "the round concluded Friday": the day is the meeting's last.
const END_BEFORE = /\b(?:ended|concluded|closed|wrapped up|drew to a close|broke up|came to an end|adjourned)\b(?:\s+[\p{L}\d,'’.-]+){0,4}?\s+(?:on\s+|late\s+)?$/iu;

/** The date (as written in the quote) is the last day of the meeting: "talks that ended on Saturday". */
export function isMeetingEnd(quote: string, dateText: string): boolean {
  return dateLedBy(quote, dateText, END_BEFORE);
}

const ANNOUNCED_MEETING_BEFORE = /\b(?:announced|confirmed|disclosed|revealed|unveiled)\s+(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|talks|round|session|visit)\s+(?:on\s+)?$/iu;
const COMES_AFTER_BEFORE = /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:a\s+)?(?:few|two|three|several)?\s*(?:days?|weeks?|hours?)\s+)?after\b/i;
const OWN_SIDE_MEETING_BEFORE = /\bmet\s+(?:with\s+)?(?:his|her|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?(?:team|advisers|advisors|aides|cabinet|council|generals|commanders)\b[^.;]{0,40}$/iu;
/** "comes days after a bomb killed 63 on": the day of what the talks follow, unless that was itself a meeting ("after they met on"). */
function followsOtherEvent(before: string): boolean {
  const match = COMES_AFTER_BEFORE.exec(before);
  return match !== null && !/\b(?:met|meet|meeting|talks|round|session|negotiations|held)\b/i.test(before.slice(match.index + match[0].length));
}

// "should start to be implemented on November 1", "takes effect on Sunday": the day a measure starts.
const MEASURE_STARTS_BEFORE = /\b(?:implemented|implementation|take[sn]?\s+effect|taking\s+effect|took\s+effect|(?:come|comes|came|coming|enter|enters|entered|entering)\s+into\s+(?:force|effect)|withdraw(?:n|al)?|pull(?:ed)?\s+out|expire[sd]?|lifted|reopen(?:ed)?)\s+(?:\p{Ll}+\s+){0,3}?(?:on|from|by|as\s+of)\s+$/u;
// "elections in Turkey on May 14": a vote named with its country before the day.
const OTHER_EVENT_BEFORE = /\b(?:referendum|election|elections|vote|poll|attack|attacks|invasion|offensive|coup|strikes?|war|clashes|bombing|shelling|incident|announcement|speech|broadcast|(?:phone|telephone|video) (?:call|conversation)|call|visit|deadline|inauguration|ceasefire|truce)\s+(?:(?:held\s+)?(?:of|on|in)\s+)?(?:the\s+)?$|\b(?:referendum|elections?|vote|polls?)\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on\s+)?$/iu;
// "after meetings in Geneva on 10-11 May and at Lancaster House in London on 9-10 June", "the previous two rounds, held
// in Istanbul on May 16 and June 2": earlier meetings listed in one clause, each with its own day and place.
// "held their first meeting in Moscow on Jan. 14 and met again in Vienna on Feb. 24": two meetings, each with its day.
const LISTED_MEETINGS = /\b(?:meetings|rounds|sessions|encounters)\b|\b(?:meeting|met)\b(?=[^;]{0,100}?\b(?:met|meeting|convened|sat down|gathered)\s+again\b)|\b(?:after|following|followed|follows|previous|earlier|prior)\s+(?:[\p{L}-]+\s+){0,2}?talks\b/iu;

export interface ListedMeeting {
  date: DateMention;
  /** Span of the clause that leads up to this meeting's day ("and at Lancaster House in London on 9-10 June"). */
  from: number;
  to: number;
  /** End of the words after the day, up to the next meeting's ("on May 16 in Istanbul"). */
  after: number;
}

/** A month and year, before the report, that dates a meeting named just before it ("talks at Mont Pelerin in November 2016"). */
function listedMonth(text: string, mention: DateMention, publishedAt: IsoDate): boolean {
  if (mention.precision !== 'month' || mention.deadline || !mention.month || !/\b\d{4}\b/.test(mention.text)) return false;
  return monthsBefore(mention.month, publishedAt) >= 1 && NOUN_THEN_MONTH_RE.test(text.slice(0, mention.index));
}

/**
 * Two or more earlier meetings listed with their days (or a month and year) in one clause; empty when the clause lists none.
 * `meetingDates` is the clause's `meetingDatesOf`, when the caller has read it already.
 */
export function listedMeetings(text: string, dates: DateMention[], publishedAt: IsoDate | null, meetingDates?: DateMention[]): ListedMeeting[] {
  // A list needs two dates, and its days are drawn from the clause's dates.
  if (dates.length < 2) return [];
  const cue = LISTED_MEETINGS.exec(text);
  if (!cue) return [];
  // "…held a third round in Oslo on Monday, after meetings in Vienna on May 10 and Rome on June 9": a day before the
  // listing dates the clause's own round.
  const dayMentions = (meetingDates ?? meetingDatesOf(text, dates, publishedAt)).filter((mention) => mention.date !== null && mention.index > cue.index);
  // "…followed talks at Mont Pelerin in November 2016 and the conference in Geneva on January 12": a meeting the list
  // gives only a month and year is one of them too.
  const months = dayMentions.length > 0 && publishedAt ? dates.filter((mention) => mention.index > cue.index && listedMonth(text, mention, publishedAt)) : [];
  const days = [...dayMentions, ...months].sort((a, b) => a.index - b.index);
  // "after talks in Kunming on Wednesday and Thursday": consecutive days are one meeting's, unless the clause counts
  // meetings ("further rounds were held on October 28 and 29").
  const apart = /^(?:meetings|rounds|sessions|encounters)$/i.test(cue[0]) ? 0 : 1;
  const distinct = days.filter((mention, i) => mention.date === null || days.findIndex((other) => other.date !== null && Math.abs(daysBetween(other.date, mention.date!)) <= apart) === i);
  if (distinct.length < 2) return [];
  const end = (mention: DateMention) => mention.index + mention.text.length;
  return distinct.map((date, i) => ({
    date,
    from: i === 0 ? cue.index : end(distinct[i - 1]!),
    to: end(date),
    after: i + 1 < distinct.length ? distinct[i + 1]!.index : text.length,
  }));
}

// "…and the delegations returned there in February, April and late May": after a numbered round, each month listed with a
// verb of coming back is one more round, in order.
const RETURNED_RE = /\b(?:returned|came back|met again|reconvened|convened again|sat down again|were back)\b(\s+there\b)?(?:\s+to\s+(?:the\s+)?(?:table|talks))?\s+in\s+/iu;
const MONTH_LIST_GAP_RE = /^\s*(?:(?:,|and|in|the|early|mid-?|late)\s*)*$/i;

export interface ReturnedMonths {
  months: DateMention[];
  /** "returned there": the later rounds met where the numbered one did. */
  there: boolean;
}

/** Months listed after a verb of coming back in a clause that numbers a round; null when the clause lists none. */
export function returnedMonths(text: string, dates: readonly DateMention[]): ReturnedMonths | null {
  const cue = RETURNED_RE.exec(text);
  if (!cue) return null;
  const months: DateMention[] = [];
  let from = cue.index + cue[0].length - 3;
  for (const mention of dates) {
    if (mention.index < from) continue;
    if (mention.precision !== 'month' || !mention.monthOfYear || !MONTH_LIST_GAP_RE.test(text.slice(from, mention.index))) break;
    months.push(mention);
    from = mention.index + mention.text.length;
  }
  return months.length > 0 ? { months, there: cue[1] !== undefined } : null;
}

const HELD_AFTER_ALL = /\b(?:took place|was held|were held|eventually|finally|went ahead|resumed)\b/;
/** A meeting put off or called off ("the third round was postponed"). */
export const POSTPONED = /\b(?:postponed|put off|called off|cancel+ed|delayed|rescheduled)\b/i;

/** A month-only mention the text marks as past ("last August"), or whose month is before the report's. */
function pastMonth(mention: DateMention, publishedAt: IsoDate | null): boolean {
  if (mention.precision === 'day') return false;
  return mention.relativeWord === 'last' || (publishedAt !== null && mention.month !== null && mention.month < publishedAt.slice(0, 7));
}

/** A planned meeting's day, written without a year, lies ahead of the report ("the next round was set for Oct. 28"). */
function aheadOf(mention: DateMention, publishedAt: IsoDate | null): DateMention {
  if (!mention.date || !publishedAt || /\b\d{4}\b/.test(mention.text) || daysBetween(publishedAt, mention.date) >= -1) return mention;
  const next = `${Number(mention.date.slice(0, 4)) + 1}${mention.date.slice(4)}`;
  return daysBetween(publishedAt, next) >= -1 && daysBetween(publishedAt, next) <= 366 ? { ...mention, date: next, month: next.slice(0, 7) } : mention;
}

const PROPOSED_BEFORE = /\b(?:propos(?:ed|es|ing)|suggest(?:ed|s|ing)|offer(?:ed|s|ing)|call(?:ed|s|ing) for|invit(?:ed|es|ing))\b[^.;]*$/i;
const PLANNED_FOR_BEFORE = /\b(?:set|scheduled|planned|pencil+ed in|slated|due|expected|foreseen|earmarked)\s+(?:for|on)\s+(?:the\s+)?$/i;
// An act of war and what it struck, right before a day: the day is the act's.
const VIOLENCE_BEFORE = /\b(?:attacked|invaded|seized|captured|bombed|shelled|raided|stormed|overran|annexed|launched\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:attack|offensive|invasion|assault|incursion|war|strikes?))\b[^,;.]{0,50}?\s(?:on|in)\s+$/iu;
// The meeting's own verb, before a day and a journey told after it.
// ("Witkoff met Putin in St Petersburg on Friday before flying to Muscat": a meeting on the way is the journey's.)
const DEED_BEFORE_TRAVEL = /\b(?:signed|held|opened|ended|concluded|began|initial(?:l)?ed)\b[^,;]{0,40}$/i;
// "flew to Muscat after meeting Putin in St Petersburg on Friday": where and when the envoy travelled, not the talks.
export const TRAVEL_CLAUSE = /\b(?:(?:after|before)\s+(?:meeting|talks with|visiting|travel+ing|flying|heading|leaving|stopping)|(?:flew|flown|travel+ed|headed|stopped over)\s+(?:to|from|on to|back)|en route|on (?:his|her|their) way)\b/i;
// "Nyusi travelled to the Gorongosa mountains for his first meeting with Dhlakama": the journey ends where the meeting was.
// "travelled to the remote Gorongosa mountains in the centre of the country, the group's stronghold, for the signing": a
// description of the place may come between it and the errand, and a signing or ceremony is the meeting too.
const TRAVELLED_FOR_MEETING = /\b(?:flew|flown|travel+ed|headed)\s+to\s+(?:the\s+)?(?:(?:remote|northern|southern|eastern|western|central)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:mountains|region|province|area)\b)?(?:[^.;:]{0,90}?[\s,])?for\s+(?:[\p{L}'’-]+\s+){0,4}?(?:talks|meeting|negotiations|consultations|signing|ceremony)\b/u;
// "flew to this small college town on Monday to launch a new round of talks": a journey made to open or attend the talks.
const TRAVELLED_TO_OPEN = /\b(?:flew|flown|travel+ed|headed)\s+(?:to|in)\s+[^.;:]{1,80}?\s+to\s+(?:launch|open|attend|join|begin|start|kick\s+off|host|chair|resume)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:talks|meeting|negotiations|consultations|round|signing|ceremony)\b/u;
const TRAVEL_STOPOVER = /\b(?:(?:after|before)\s+(?:meeting|talks with|visiting|travel+ing|flying|heading|leaving|stopping)|flew\s+(?:from|back)|stopped over|en route|on (?:his|her|their) way)\b/i;

/** A clause about a journey, whose places and days are not a meeting's; one whose journey is to the meeting is not. */
export function isTravelClause(text: string): boolean {
  if (!TRAVEL_CLAUSE.test(text)) return false;
  return TRAVEL_STOPOVER.test(text) || !(TRAVELLED_FOR_MEETING.test(text) || TRAVELLED_TO_OPEN.test(text));
}

// "…after the second round", "since the third meeting": an ordinal that names a round before the one planned.
const EARLIER_ORDINAL_BEFORE = /\b(?:after|since|following|like|as (?:in|at))\s+(?:the|their|a)\s+$/;

// "The weekend session followed a first round earlier this month": the ordinal after "followed" is an earlier round.
const FOLLOWED_BEFORE = /\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:on\s+from\s+)?(?:a|an|the|their)\s+$/;
// In a clause about the future, a round something is "to hold" is still to come: "sides agree to hold second round on Sept. 2",
// "agreed to continue the process and to hold the second round".
const PLAN_BEFORE_ORDINAL = /\bto\s+(?:hold|convene|host)\s+(?:(?:the|a|their|its)\s+)?$/;
const AHEAD_OF_ORDINAL = /\b(?:before|ahead of|prior to|in preparation for|in the run-up to)\s+(?:the|a|their)\s+$/;

// "will hold his first meeting", "would meet for a third round", "could be reached in the third round": a meeting verb under a
// modal right before the ordinal puts that round ahead, whatever the tense of the clause that reports it.
const MODAL_BEFORE_ORDINAL = /\b(?:will|would|could|shall|is to|are to)\s+(?:hold|host|convene|meet|attend|be (?:reached|held|signed|struck|finali[sz]ed|concluded))(?:\s+(?:for|in|at|during|on))?\s+(?:the|a|an|his|her|their|its)\s+$/;
// "…said that the date and venue of the second meeting would be decided": the round whose day is still to be set.
// "…that a second session could be held within days": a round that may be held is still to come.
const MODAL_AFTER_ORDINAL = /^\S+(?:\s+\S+){0,3}?\s+(?:would|will|is to|are to|could|might|may|should)\s+be\s+(?:decided|agreed|set|determined|announced|fixed|scheduled|held|convened|hosted)\b/;

/** The ordinal's round is put ahead by a modal right around it. */
function modalAroundOrdinal(lower: string, ordinalIndex: number): boolean {
  return MODAL_BEFORE_ORDINAL.test(lower.slice(Math.max(0, ordinalIndex - 50), ordinalIndex)) || MODAL_AFTER_ORDINAL.test(lower.slice(ordinalIndex, ordinalIndex + 80));
}

const HELD_VERB_RE = /\b(?:held|met|ended|concluded|wrapped up|opened|began|took place|closed)\b/;

/** "will meet in Vienna on May 3 for a third round": an ordinal after the words that plan a meeting numbers that meeting. */
function orderedAfterCue(lower: string, ordinalIndex: number, nextCueIndex: number): boolean {
  if (nextCueIndex < 0 || ordinalIndex <= nextCueIndex || EARLIER_ORDINAL_BEFORE.test(lower.slice(Math.max(0, ordinalIndex - 30), ordinalIndex))) return false;
  // "The sides, which will meet again on Friday, held a third round on Tuesday": a held verb between them dates that round.
  return !HELD_VERB_RE.test(lower.slice(nextCueIndex, ordinalIndex));
}

const COUNTED_ROUNDS_RE = new RegExp(`\\b(${Object.keys(CARDINAL_WORDS).join('|')}|\\d{1,2})\\s+(?:[\\p{L}-]+\\s+)?rounds\\b`, 'u');

/** "had held five rounds of talks": the number of rounds a clause counts, null when it counts none. */
export function roundsCounted(lower: string): number | null {
  const written = COUNTED_ROUNDS_RE.exec(lower)?.[1];
  if (!written) return null;
  return CARDINAL_WORDS[written] ?? Number(written);
}

/** A signing the clause sets for a given day ahead; undated signings ("will be signed by parliament") plan no meeting. */
function signingAhead(lower: string, dates: readonly DateMention[]): RegExpExecArray | null {
  const match = SIGNING_AHEAD_RE.exec(lower);
  return match && dates.some((mention) => mention.index > match.index && mention.precision === 'day' && !mention.deadline) ? match : null;
}

/** "said the latest round was better than previous sessions": an earlier round named after the clause's own is a comparison. */
function previousFirst(held: string): boolean {
  const previous = PREVIOUS_RE.exec(held);
  if (!previous) return false;
  const current = CURRENT_RE.exec(held);
  return !current || current.index > previous.index;
}

/** A meeting day more than a month before publication. */
function longAgo(mention: DateMention | null, publishedAt: IsoDate | null): boolean {
  return mention?.date != null && publishedAt !== null && daysBetween(mention.date, publishedAt) > 31;
}

const OPEN_QUESTION_RE = /\b(?:unclear|uncertain|not clear|not known|undecided|no word on|did not say|didn['’]t say|would not say|wouldn['’]t say|declined to say|neither side said|nor did (?:they|either side) say|(?:neither|no)\s+(?:side|government|party|delegation|official|one)\s+(?:has\s+|had\s+)?(?:said|announced|indicated))\s+(?:when|whether|if)\b|\bwhen,? or whether\b/;

// "In 2016 the two sides sat down in Maputo", "the talks in Maputo in 2016": a meeting years back, dated by its year alone.
const YEAR_GATE = /\b(?:19|20)\d\d\b/;
const YEAR_RE = /\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d\d)\b(?!\s*[-–,]?\s*\d)/;
const YEAR_MEETING_RE = /\b(?:met|sat down|held (?:\w+\s+){0,2}?(?:talks|negotiations|rounds?|meetings?|sessions?)|(?:talks|negotiations|meetings?|rounds?) (?:were |was )?(?:held )?(?:in|at) \p{Lu})/u;

/** The year (YYYY) of an earlier meeting the clause dates by its year alone; null when it gives a day or month, or no year. */
function yearOfMeeting(text: string, dates: readonly DateMention[], publishedAt: IsoDate | null): string | null {
  if (!publishedAt || !YEAR_GATE.test(text)) return null;
  if (dates.length > 0) return monthOfOldMeeting(text, dates, publishedAt);
  const found = YEAR_RE.exec(text);
  const year = found?.[1];
  if (!found || !year || year >= publishedAt.slice(0, 4) || !YEAR_MEETING_RE.test(text)) return null;
  // "the highest-level contact since the start of Syria's civil war in 2011": the year a break is counted from.
  if (/\bsince\b[^,;]{0,60}$/i.test(text.slice(0, found.index))) return null;
  return year;
}

// "went to meet him in the mountains in August 2017", "a meeting between the two men in Maputo in May 2016".
const OLD_MEETING_RE = /\b(?:met|meet|meeting|sat down|held (?:\w+\s+){0,2}?(?:talks|negotiations|rounds?|meetings?|sessions?))\b/;

/**
 * The month (YYYY-MM) of an earlier meeting the clause dates by a month and year more than a year before the report, its only
 * date: a meeting of its own, not the reported round, though it may be told as the first in years.
 */
function monthOfOldMeeting(text: string, dates: readonly DateMention[], publishedAt: IsoDate): string | null {
  const only = dates.length === 1 ? dates[0]! : null;
  if (!only || only.precision !== 'month' || !only.month || only.deadline || !YEAR_GATE.test(only.text)) return null;
  return monthsBefore(only.month, publishedAt) > 12 && OLD_MEETING_RE.test(text) ? only.month : null;
}

const MODAL_BEFORE_MONTH = /\b(?:could|would|might|may|will|shall)\s+(?:not\s+)?(?:[\p{L}-]+\s+){1,3}?(?:in|by|before|until)\s+$/iu;

function cuesOf(text: string, dates: DateMention[], tense: Tense, publishedAt: IsoDate | null, countSummits = true): ClauseCues {
  const lower = text.toLowerCase();
  // "May 3" is a date, not a hedge.
  // "Neither side said when, or whether, they would meet again": a meeting nobody has set is no planned round.
  const hedged = (/\b(?:whether|when)\b/.test(lower) && OPEN_QUESTION_RE.test(lower)) || HEDGE.test(lower.includes('may') ? lower.replace(/\bmay\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+may\b|\b(?:since|in|until|till|by|from|of|last|next|early|late|mid-?|this|before|after)\s+may\b/g, '') : lower);
  const ordinal = ordinalOf(lower, countSummits);
  const modalOrdinal = ordinal !== null && modalAroundOrdinal(lower, ordinal.index);
  // "The meeting was the first formal talks since the summit": the reported meeting, whatever its number.
  const breakBeforeMeeting = ordinal === null && tense !== 'future' && namesFirstAfterBreak(lower);
  let nextMatch = NEXT_RE.exec(lower) ?? (FUTURE_HOLD.test(withoutHeldCount(lower)) ? NEXT_WEAK_RE.exec(lower) : null) ?? signingAhead(lower, dates) ?? (tense === 'future' ? TALKS_GO_ON_RE.exec(lower) : null);
  // "Commanders of both sides will meet within five days": a working level the talks set up, not their next round.
  if (nextMatch && SUBGROUP_SUBJECT.test(lower.slice(Math.max(0, nextMatch.index - 80), nextMatch.index))) nextMatch = null;
  let nextCueIndex = -1;
  let plannedOrdinal: number | null = null;
  let heldOrdinal: number | null = ordinal?.value ?? null;
  // "…was postponed and eventually took place in Muscat on May 11": held after all.
  const stillPostponed = POSTPONED.test(lower) && !HELD_AFTER_ALL.test(lower);
  if (!hedged) {
    if (nextMatch) nextCueIndex = nextMatch.index;
    else if (tense === 'future') nextCueIndex = headlinePlanIndex(text);
    // "A third round will be held in Oman": the ordinal names the planned round.
    // "…will be the fourth such round": the ordinal numbers the meeting to come.
    const futureOrdinal =
      modalOrdinal ||
      (ordinal !== null &&
      tense === 'future' &&
      (FUTURE_HOLD.test(lower.slice(ordinal.index)) ||
        /\b(?:will|would|is to)\s+be\s+(?:the|their)\s+$/.test(lower.slice(0, ordinal.index)) ||
        orderedAfterCue(lower, ordinal.index, nextCueIndex) ||
        // "…would meet to discuss a truce before the fourth round": a round something is to happen before is still to come.
        AHEAD_OF_ORDINAL.test(lower.slice(Math.max(0, ordinal.index - 30), ordinal.index)) ||
        // "sides agree to hold second round in Ankara on Sept. 2": the round a plan is to hold is still to come.
        PLAN_BEFORE_ORDINAL.test(lower.slice(Math.max(0, ordinal.index - 40), ordinal.index))));
    if (ordinal && futureOrdinal && (nextCueIndex < 0 || ordinal.index >= nextCueIndex)) {
      plannedOrdinal = ordinal.value;
      heldOrdinal = null;
      if (nextCueIndex < 0) nextCueIndex = ordinal.index;
    } else if (ordinal && stillPostponed) {
      // "A fifth round, which had been due on Wednesday, has been postponed": still to come, and its day no longer holds.
      plannedOrdinal = ordinal.value;
      heldOrdinal = null;
      nextCueIndex = ordinal.index;
    } else if (nextCueIndex < 0 && CURRENT_RE.test(lower) && /\b(?:another|new)\b/.test(lower) && tense === 'future' && FUTURE_HOLD.test(lower)) {
      nextCueIndex = lower.search(/\b(?:another|new)\b/);
    }
  }
  // "…would meet to discuss a truce before the fourth round", "…hoped a final agreement could be reached in the third round",
  // however hedged: a round still to come is not one held.
  if (hedged && ordinal && (modalOrdinal || (tense === 'future' && AHEAD_OF_ORDINAL.test(lower.slice(Math.max(0, ordinal.index - 30), ordinal.index))))) heldOrdinal = null;
  const postponed = plannedOrdinal !== null && stillPostponed;
  // A clause listing earlier meetings ("the third round, after meetings in Geneva on 10-11 May and London on 9-10 June")
  // dates those meetings, not its own round.
  // The clause's meeting days, read once for the listing and for its own round.
  const meetingDates = meetingDatesOf(text, dates, publishedAt);
  const listed = listedMeetings(text, dates, publishedAt, meetingDates);
  // "the first meeting since Israel launched its strikes on June 13": the day after "since" dates the break, not the meeting.
  const sinceIndex = breakBeforeMeeting ? lower.search(/\bsince\b/) : -1;
  // "…said the talks would now break into committees, starting on Wednesday": a day still ahead, in a clause about what is to
  // come, dates no meeting held.
  const ahead = (mention: DateMention): boolean => tense === 'future' && publishedAt !== null && mention.date !== null && mention.date > publishedAt;
  const heldDates = meetingDates.filter((mention) => (nextCueIndex < 0 || mention.index < nextCueIndex) && (listed.length === 0 || mention.index < listed[0]!.from) && (sinceIndex < 0 || mention.index < sinceIndex) && !ahead(mention));
  // "announced the deal on Thursday …, where delegations have been negotiating since December 6": the first day says more, it spans the rest.
  const meetingDate = heldDates.find((mention) => START_BEFORE.test(text.slice(Math.max(0, mention.index - 60), mention.index))) ?? heldDates[0] ?? null;
  // Only the first date after the mention of the next meeting is its date ("…in the week of May 5, ahead of the summit on May 19").
  // "The fifth round of talks on last August's war will be held on May 18-19": a month already past dates something else.
  const firstAfterCue = nextCueIndex >= 0 ? dates.find((mention) => mention.index > nextCueIndex && !pastMonth(mention, publishedAt)) : undefined;
  const plannedDate = !postponed && firstAfterCue && meetingDatesOf(text, [firstAfterCue], publishedAt, true).length > 0 ? aheadOf(firstAfterCue, publishedAt) : null;
  let meetingMonth: number | null = null;
  let looseMonth: number | null = null;
  let lastMonthMeeting = false;
  // "The fourth round came two months after the December session": a month after "came … after" dates the earlier meeting.
  const cameAfter = ordinal ? CAME_AFTER_RE.exec(text.slice(ordinal.index)) : null;
  const followedFrom = ordinal && cameAfter ? ordinal.index + cameAfter.index : -1;
  // "…first met in July, and again in late September, when they agreed …": the month a "when" clause about the talks follows.
  const talksAround = TALKS_AROUND_MONTH_RE.test(text);
  for (const mention of dates) {
    if (mention.deadline || !mention.monthOfYear || (nextCueIndex >= 0 && mention.index > nextCueIndex)) continue;
    if (followedFrom >= 0 && mention.index > followedFrom) continue;
    // A month inside a list of earlier meetings dates one of them, not the clause's own round.
    if (listed.length > 0 && mention.index >= listed[0]!.from) continue;
    // "…, dimming hopes that talks on a trade deal could begin in October": the month of something hoped for, not of a meeting held.
    // "It was the third round of talks since formal negotiations began in June": when the process began, not when the clause's
    // meeting met.
    const lead = text.slice(Math.max(0, mention.index - 60), mention.index);
    if (MODAL_BEFORE_MONTH.test(lead) || SINCE_BEFORE_MONTH.test(lead) || PROCESS_BEGUN_BEFORE.test(text.slice(0, mention.index))) continue;
    const after = text.slice(mention.index + mention.text.length);
    const back = recentMonthsBack(mention, publishedAt);
    if (mention.precision === 'month' && MONTH_NOUN_RE.test(after)) meetingMonth ??= mention.monthOfYear;
    else if (back !== null && talksAround && WHEN_AFTER_MONTH_RE.test(after)) {
      // The month a "when" clause hangs on dates what the clause tells, over any month named before it.
      meetingMonth = mention.monthOfYear;
      lastMonthMeeting = back === 1;
    } else if (meetingMonth === null && back !== null && monthAfterMeeting(text, mention)) {
      meetingMonth = mention.monthOfYear;
      lastMonthMeeting = back === 1;
    }
    // "Steinitz said last month that …": the month of a remark, not of a meeting.
    else if (mention.precision === 'month' && !SPEECH_BEFORE.test(text.slice(0, mention.index))) looseMonth ??= mention.monthOfYear;
  }
  // A meeting date whose year cannot be told still names its month.
  if (!meetingDate && MEETING_CONTEXT.test(text)) {
    const yearless = dates.find((mention) => mention.precision !== 'month' && mention.date === null && mention.monthOfYear && !mention.deadline && !SPEECH_BEFORE.test(text.slice(0, mention.index)) && (nextCueIndex < 0 || mention.index < nextCueIndex));
    if (yearless) meetingMonth ??= yearless.monthOfYear;
  }
  const held = nextCueIndex >= 0 ? lower.slice(0, nextCueIndex) : lower;
  const datedOrdinal = heldOrdinal !== null && meetingDate ? ordinalBefore(lower, meetingDate.index) : null;
  return {
    ordinal: datedOrdinal ?? heldOrdinal,
    alsoNamed: datedOrdinal !== null && datedOrdinal !== heldOrdinal ? heldOrdinal : null,
    plannedOrdinal,
    previous: previousFirst(held),
    // "On 6 August 2017 … his first face-to-face meeting in over two years": a break ended long before the report, not its round.
    current: CURRENT_RE.test(held) || (breakBeforeMeeting && !longAgo(meetingDate, publishedAt) && !(publishedAt && monthOfOldMeeting(text, dates, publishedAt))),
    hedged,
    backref: BACKREF_RE.test(lower.trim().replace(/^(?:while|whereas|as|but|and)\s+/, '')),
    continuation: CONTINUATION_RE.test(lower.trim()),
    meetingDate,
    plannedDate,
    meetingMonth,
    looseMonth,
    nextCueIndex,
    listed,
    lastMonthMeeting,
    meetingYear: ordinal === null && nextCueIndex < 0 && tense !== 'future' ? yearOfMeeting(text, dates, publishedAt) : null,
    followsOrdinal: ordinal !== null && FOLLOWED_BEFORE.test(lower.slice(Math.max(0, ordinal.index - 30), ordinal.index)),
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

type MutableSlot = RoundSlot & { planned: boolean };

// "yesterday's session", "Monday's meeting": one day's sitting, named by its day.
const DAY_SITTING_RE = /\b(?:yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:session|meeting|round|sitting)\b/i;
// "two days of talks", "a two-day round": a meeting that spans several days.
const MULTI_DAY_RE = /\b(?:two|three|four|five|2|3|4|5)[- ]days?\b(?!\s+(?:after|before|later|earlier|ago))|\bdays of (?:talks|negotiations|meetings|discussions)\b/i;

/** Calendar months from a month-only mention to publication. */
function monthsBefore(month: string, publishedAt: IsoDate): number {
  return (Number(publishedAt.slice(0, 4)) - Number(month.slice(0, 4))) * 12 + Number(publishedAt.slice(5, 7)) - Number(month.slice(5, 7));
}

/** "at the second round in late October", in a report of December: a round two or more months back is not the one reported. */
function monthsAgo(item: { dates: DateMention[]; cues: ClauseCues }, publishedAt: IsoDate | null): boolean {
  if (!publishedAt || item.cues.meetingDate || item.cues.meetingMonth === null) return false;
  const mention = item.dates.find((candidate) => candidate.precision === 'month' && candidate.monthOfYear === item.cues.meetingMonth && candidate.month);
  return mention?.month !== undefined && mention.month !== null && monthsBefore(mention.month, publishedAt) >= 2;
}

/** "In Geneva that month, the two countries agreed …": a held meeting in the month the text named last. */
function resolveThatMonth(items: ReadonlyArray<{ clause: Clause; dates: DateMention[]; cues: ClauseCues }>): void {
  let lastMonth: number | null = null;
  for (const item of items) {
    const own = item.dates.filter((mention) => mention.monthOfYear !== null && !mention.deadline && MONTH_NAME_RE.test(mention.text));
    const months = own.filter((mention) => mention.precision === 'month');
    if (own.length === 0 && lastMonth !== null && THAT_MONTH_RE.test(item.clause.text) && !item.cues.meetingDate && item.cues.nextCueIndex < 0) {
      if (MEETING_CONTEXT.test(item.clause.text)) item.cues.meetingMonth ??= lastMonth;
      else item.cues.looseMonth ??= lastMonth;
    }
    // Only a month named without its day is what "that month" points back to.
    const latest = months.at(-1);
    if (latest) lastMonth = latest.monthOfYear;
    else if (own.length > 0) lastMonth = null;
  }
}

/**
 * "The ninth round will kick off in Doha on Thursday", as the lede of a report that dates no meeting in the past week: the
 * article previews that round, so its untagged clauses (the run-up, the background) are that round's. Returns its number.
 */
function previewedOrdinal(pending: ReadonlyArray<{ sentence: Sentence; cues: ClauseCues; dates: DateMention[] }>, publishedAt: IsoDate | null, heldMax: number | null): number | null {
  const lede = pending.find((item) => !item.sentence.isHeading);
  const planned = lede?.cues.plannedOrdinal ?? null;
  if (!lede || !publishedAt || planned === null || lede.cues.hedged || lede.cues.ordinal !== null || lede.cues.meetingDate) return null;
  if (heldMax !== null && planned <= heldMax) return null;
  const recent = pending.some((item) => {
    const date = item.cues.meetingDate?.date;
    if (date != null && daysBetween(date, publishedAt) <= 7) return true;
    // "…made progress in a second round of talks, Fidan said on Tuesday": the latest held round, told as news of the day.
    return item.cues.ordinal === heldMax && heldMax !== null && item.dates.some((mention) => mention.date !== null && Math.abs(daysBetween(mention.date, publishedAt)) <= 1);
  });
  return recent ? null : planned;
}

// Headlines drop "will": "Turkey, Armenia to hold third round of talks", "Envoys to meet in Vienna on May 3".
// Only a run of names opens such a clause: prose would say "decided to hold".
const HEADLINE_INFINITIVE = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:,|\s+and|\s+&)?\s+){1,6}(?:envoys\s+|negotiators\s+|delegations\s+|leaders\s+|talks\s+|negotiations\s+)?to\s+(?:hold|meet|resume|begin|start|open|convene|reconvene|launch|continue)\b/u;

/** Where a headline's "to hold …" plans a meeting; -1 when it does not. */
function headlinePlanIndex(text: string): number {
  const match = HEADLINE_INFINITIVE.exec(text);
  return match ? match.index + match[0].search(/\bto\s/) : -1;
}

/** The clause's tense, reading a headline's bare infinitive as the future it stands for. */
function headlineTense(text: string): Tense {
  const tense = detectTense(text);
  return tense === 'unknown' && HEADLINE_INFINITIVE.test(text) ? 'future' : tense;
}

/**
 * "The talks resumed on Aug. 22", beside "the second round, held on Oct. 6" and the third round reported: a dated meeting
 * with numbered rounds dated on both sides of it and room for just one round between them has that number.
 */
function ordinalBetween(date: IsoDate, numbered: ReadonlyArray<{ ordinal: number; date: IsoDate }>): number | null {
  let below = 0;
  let above: number | null = null;
  for (const round of numbered) {
    if (Math.abs(daysBetween(round.date, date)) <= 1) return null;
    if (round.date < date) below = Math.max(below, round.ordinal);
    else above = above === null ? round.ordinal : Math.min(above, round.ordinal);
  }
  return above !== null && above - below === 2 ? below + 1 : null;
}

const RANGE_END_RE = /\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|through|until|till)\s*(?:([a-z]{3,9})\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i;
export const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** "held Jan. 19 to 25", reported with the round that closed on the 25th: a span whose last day is the reported round's. */
function endsOn(mention: DateMention, day: IsoDate): boolean {
  const match = RANGE_END_RE.exec(mention.text);
  if (!match || !mention.date) return false;
  const month = match[1] ? MONTH_INDEX[match[1].slice(0, 3).toLowerCase()] : Number(mention.date.slice(5, 7));
  if (!month) return false;
  const year = Number(mention.date.slice(0, 4)) + (month < Number(mention.date.slice(5, 7)) ? 1 : 0);
  const end = `${year}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
  return end > mention.date && Math.abs(daysBetween(end, day)) <= 1;
}

// Words that name a meeting of heads of state or government.
const LEADERS_REPORTED_RE = /\b(?:summit|presidents|heads of state|heads of government|prime ministers|leaders)\b/i;
const LEADER_TITLE_RE = /\b(?:President|Prime Minister|Premier|[Ll]eader|King|Emir|Chancellor|Crown Prince)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
const LEADERS_MET_RE = /\b(?:met|meet|meets|hosted|hosts|welcomed|received|signed|signs|sat down|shook hands)\b/i;
const TALKS_NOUN_RE = /\b(?:working-level|talks|negotiations?|rounds?|consultations|envoys?|negotiators?|delegations?)\b/i;
// "since a February summit in Hanoi", "after the summit collapsed": a summit recalled inside a phrase of time.
const RECALLED_SUMMIT_RE = /\b(?:since|after|before|ahead of|following|for|to)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?summits?\b/giu;

// "working-level talks", "the chief nuclear negotiator", "special envoys": talks below the heads of state.
const BELOW_LEADERS_RE = /\b(?:working-level|envoys?|negotiators?|negotiating teams?|delegations?|deputy|vice|technical|experts?|officials|ministers?|special representatives?|diplomats)\b/i;

/**
 * The article's opening (headline and lede) reports talks below the leaders ("the chief negotiator said the working-level
 * talks collapsed"), and not a meeting of leaders: only then are summits and leaders' meetings it recalls no rounds of them.
 */
function reportsBelowLeaders(sentences: readonly Sentence[]): boolean {
  const opening = sentences.slice(0, 2);
  return !reportsLeaders(opening) && opening.some((sentence) => BELOW_LEADERS_RE.test(sentence.text));
}

/** The article's opening (headline and lede) reports a meeting of leaders, so summits are its rounds. */
function reportsLeaders(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 2).some((sentence) => {
    const text = sentence.text.replace(RECALLED_SUMMIT_RE, ' ');
    LEADER_TITLE_RE.lastIndex = 0;
    // "President Ana Silva met Prime Minister Tomas Berg on Sunday": a lede whose meeting has a head of state in it.
    return LEADERS_REPORTED_RE.test(text) || (LEADER_TITLE_RE.test(text) && LEADERS_MET_RE.test(text));
  });
}

/** Every word of the names the article gives a head of state or government ("President Donald Trump", "leader Kim Jong Un"). */
function leaderWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    LEADER_TITLE_RE.lastIndex = 0;
    for (let match = LEADER_TITLE_RE.exec(sentence.text); match; match = LEADER_TITLE_RE.exec(sentence.text)) for (const word of match[1]!.split(/\s+/)) words.add(word);
  }
  return words;
}

/**
 * "Trump and Kim met briefly at the border on June 30", "A February summit in Hanoi collapsed": a clause whose meeting is
 * one of the leaders, not of the people whose talks the article reports.
 */
function leadersMeeting(text: string, leaders: ReadonlySet<string>): boolean {
  const pair = /^\s*(?:[^,]{0,40},\s*)?(\p{Lu}[\p{L}'’-]+)\s+and\s+(\p{Lu}[\p{L}'’-]+)\s+(?:(?:also|then|later|first|briefly)\s+)?(?:met|meet|held|sat down|shook hands)\b/u.exec(text);
  if (pair && leaders.has(pair[1]!) && leaders.has(pair[2]!)) return true;
  if (!/\bsummits?\b/i.test(text)) return false;
  const rest = text.replace(RECALLED_SUMMIT_RE, ' ');
  return /\bsummits?\b/i.test(rest) && !TALKS_NOUN_RE.test(rest);
}

/** "in November 2016": the year and month of the clause's month mention, when its year is written. */
function yearOfMonth(dates: readonly DateMention[], monthOfYear: number | null): string | null {
  const mention = dates.find((candidate) => candidate.monthOfYear === monthOfYear && candidate.month && /\b\d{4}\b/.test(candidate.text));
  return mention?.month ?? null;
}

const DEAL_BACKREF_RE = /^(?:(?:while|whereas|as|but|and)\s+)?(?:in|under|by)\s+(?:that|the same)\s+(?:agreement|accord|deal|arrangement|understanding|framework)\b/i;

/** The month a deal the clause refers back to was struck in, as the clause before dated it; null when another or none. */
function earlierTermsMonth(text: string, before: ClauseCues, currentDate: IsoDate | null): number | null {
  const month = before.looseMonth;
  if (month === null || !DEAL_BACKREF_RE.test(text.trim()) || before.meetingDate || before.meetingMonth !== null) return null;
  return currentDate && Number(currentDate.slice(5, 7)) === month ? null : month;
}

// Day counts written out, two to twenty-one.
const SPAN_NUMBER: Readonly<Record<string, number>> = { ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, n]) => Number.isInteger(n) && n >= 2 && n <= 20)), 'twenty-one': 21 };
const SPAN_WORD = `(\\d{1,2}|${Object.keys(SPAN_NUMBER).join('|')})`;
const STATED_DAYS = new RegExp(`\\b(?:after|following|ending|ended|concluding|capping)\\s+(?:more than\\s+|nearly\\s+|almost\\s+|some\\s+)?${SPAN_WORD}\\s+days\\s+of\\s+(?:talks|negotiations|meetings|deliberations|consultations|discussions|haggling|bargaining)\\b|\\b${SPAN_WORD}-day\\s+(?:summit|talks|negotiations|conference|round|session|meeting)\\b|\\b(two|three)[- ]weeks?\\s+(?:of\\s+)?(?:summit|talks|negotiations|conference)\\b`, 'iu');

const DAY_OR_WEEK = /day|week/i;

/** Days the clause says the meeting ran (0 when it says none), up to three weeks. */
function statedDays(text: string): number {
  const match = DAY_OR_WEEK.test(text) ? STATED_DAYS.exec(text) : null;
  if (!match) return 0;
  const written = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
  const count = SPAN_NUMBER[written] ?? Number(written);
  const days = match[3] ? count * 7 : count;
  return days > 1 && days <= 21 ? days : 0;
}

/** Assigns every clause of the article to a round and lists the rounds the article speaks of. */
export function findRounds(sentences: Sentence[], publishedAt: IsoDate | null): RoundPlan {
  const pending: Array<Omit<RoundClause, 'roundKey' | 'plannedKey'>> = [];
  // Coverage of envoys' or ministers' talks recalls their leaders' summits in passing; those are no rounds of these talks.
  const summitsCount = !reportsBelowLeaders(sentences);
  const leaders = summitsCount ? new Set<string>() : leaderWords(sentences);
  const leadersAside = new Set<Clause>();
  let otherCount: number | null = null;
  for (const sentence of sentences) {
    for (const clause of splitClauses(sentence.text)) {
      const tense = headlineTense(clause.text);
      const lower = clause.text.toLowerCase();
      // "Separately, A and B had held five rounds … A sixth round was called off": the next of another track's counted rounds.
      const countedOn: boolean = otherCount !== null && ordinalOf(lower)?.value === otherCount + 1;
      const otherBody = tense === 'future' && OTHER_BODY_GATE.test(clause.text) && OTHER_BODY_RE.test(clause.text);
      const otherTalks: boolean = !sentence.isHeading && (OTHER_TALKS_RE.test(clause.text) || countedOn || otherBody);
      const aside = otherTalks || (!summitsCount && !sentence.isHeading && leadersMeeting(clause.text, leaders));
      const dates = aside ? [] : findDateMentions(clause.text, publishedAt, tense);
      if (aside) leadersAside.add(clause);
      const cues = cuesOf(clause.text, dates, tense, publishedAt, summitsCount);
      // Another track's rounds neither number nor date these talks.
      if (otherTalks) Object.assign(cues, { ordinal: null, alsoNamed: null, plannedOrdinal: null, nextCueIndex: -1 });
      pending.push({ sentence, clause, tense, dates, cues });
      const asideTrack: boolean = !sentence.isHeading && (ASIDE_RE.test(clause.text.trim()) || SEPARATE_TRACK_RE.test(clause.text) || otherTalks);
      otherCount = asideTrack ? roundsCounted(lower) : null;
    }
  }
  resolveThatMonth(pending);

  // The round the article reports: the highest ordinal spoken of as held.
  // An ordinal whose meeting is dated weeks before publication, when a recent meeting is also dated, counts an earlier round.
  const recentMeeting = publishedAt !== null && pending.some((item) => {
    const date = item.cues.meetingDate?.date;
    return date !== undefined && date !== null && item.cues.ordinal === null && !item.cues.previous && daysBetween(date, publishedAt) <= 7;
  });
  // A report filed a week or two after the meeting it covers: its latest unnumbered held meeting is the reported one.
  const latestRecent = publishedAt === null ? null : pending.reduce<IsoDate | null>((latest, item) => {
    const date = item.cues.meetingDate?.date;
    if (!date || item.cues.ordinal !== null || item.cues.previous || daysBetween(date, publishedAt) < -1 || daysBetween(date, publishedAt) > 14) return latest;
    return latest === null || date > latest ? date : latest;
  }, null);
  // "The second opened on 18 February", in a report of talks that ended in October: a round months before the reported one.
  // Days in a list of earlier meetings ("the third round, after meetings in Geneva on 10-11 May …") date those, not the ordinal's.
  const monthsBeforeRecent = (item: (typeof pending)[number]): boolean => {
    if (latestRecent === null) return false;
    const own = item.dates.filter((mention) => item.cues.listed.length === 0 || mention.index < item.cues.listed[0]!.from);
    return own.length > 0 && own.every((mention) => (mention.date ? daysBetween(mention.date, latestRecent) > 30 : mention.month !== null && monthsBefore(mention.month, latestRecent) >= 2));
  };
  // "The second and third rounds were held on March 3 and March 7", beside a meeting this week: the pair are earlier rounds.
  const pairedEarlier = (item: (typeof pending)[number]): boolean => {
    if (!recentMeeting || !publishedAt || pairedOrdinals(item.clause.text.toLowerCase()) === null) return false;
    const days = item.dates.filter((mention) => mention.date);
    return days.length > 0 && days.every((mention) => daysBetween(mention.date!, publishedAt) > 7);
  };
  // Likewise an ordinal in a clause set in another month ("China said in December, after a first round of talks …").
  const recentMonths = new Set(
    pending.flatMap((item) => (item.cues.meetingDate?.date && publishedAt && daysBetween(item.cues.meetingDate.date, publishedAt) <= 7 ? [Number(item.cues.meetingDate.date.slice(5, 7))] : [])),
  );
  // "talks in Geneva in late June" in a report of early July: another meeting only when the report dates a recent one.
  if (recentMonths.size === 0) {
    for (const item of pending) {
      if (!item.cues.lastMonthMeeting) continue;
      item.cues.looseMonth ??= item.cues.meetingMonth;
      item.cues.meetingMonth = null;
    }
  }
  const otherMonth = (item: (typeof pending)[number]) => {
    const month = item.cues.meetingMonth ?? item.cues.looseMonth;
    return recentMonths.size > 0 && !item.cues.meetingDate && month !== null && !recentMonths.has(month);
  };
  const heldOrdinals = pending
    .filter((item) => !item.cues.followsOrdinal && !(recentMeeting && publishedAt && item.cues.meetingDate?.date && daysBetween(item.cues.meetingDate.date, publishedAt) > 7) && !otherMonth(item) && !monthsAgo(item, publishedAt) && !monthsBeforeRecent(item) && !pairedEarlier(item))
    .map((item) => item.cues.ordinal)
    .concat(pending.map((item) => item.cues.alsoNamed ?? null))
    .filter((ordinal): ordinal is number => ordinal !== null);
  const heldMax = heldOrdinals.length > 0 ? Math.max(...heldOrdinals) : null;
  const preview = previewedOrdinal(pending, publishedAt, heldMax);
  // In a preview the round the article reports is the one still to come.
  const currentOrdinal = preview ?? heldMax;

  const slots = new Map<string, MutableSlot>();
  const slot = (key: string): MutableSlot => {
    let existing = slots.get(key);
    if (!existing) {
      existing = { key, ordinal: null, relative: null, status: 'HELD', date: null, monthOfYear: null, planned: false };
      slots.set(key, existing);
    }
    return existing;
  };
  const ordinalKey = (ordinal: number): string => (ordinal === currentOrdinal ? 'current' : `n:${ordinal}`);
  const previousKey = (): string => (currentOrdinal !== null && currentOrdinal > 1 ? ordinalKey(currentOrdinal - 1) : 'prev');
  const nextKey = (ordinal: number | null): string => {
    if (preview !== null && (ordinal === null || ordinal === preview)) return 'current';
    return ordinal !== null ? `n:${ordinal}` : currentOrdinal !== null ? `n:${currentOrdinal + 1}` : 'next';
  };

  // Dates stated together with an ordinal or "previous" anchor those rounds before anything refers to them by date or month.
  for (const item of pending) {
    const date = item.cues.meetingDate?.date ?? null;
    const month = date ? Number(date.slice(5, 7)) : item.cues.meetingMonth;
    if (!date && !month) continue;
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
  // How many days the reported meeting ran, as the article states it ("after 15 days of talks", "the two-week summit").
  const currentSpan = Math.max(0, ...pending.map((item) => statedDays(item.clause.text)));
  if (!currentDate) {
    const recent = pending.find((item) => {
      const date = item.cues.meetingDate?.date;
      if (!date || item.cues.previous || item.cues.ordinal !== null) return false;
      return !publishedAt || (daysBetween(date, publishedAt) >= -1 && daysBetween(date, publishedAt) <= 7);
    });
    currentDate = recent?.cues.meetingDate?.date ?? latestRecent;
    if (currentDate) {
      slot('current').date = currentDate;
      slot('current').monthOfYear ??= Number(currentDate.slice(5, 7));
    }
  }

  const byDate = (date: IsoDate): string | null => {
    for (const candidate of slots.values()) if (candidate.date && Math.abs(daysBetween(candidate.date, date)) <= 1) return candidate.key;
    return null;
  };
  // Numbered rounds on consecutive days ("the third round was held today, a day after the second"): "yesterday's session"
  // is the round before, when that round is spoken of without a day and nothing makes the reported round last days.
  const multiDay = pending.some((item) => MULTI_DAY_RE.test(item.clause.text));
  const previousSitting = (text: string, date: IsoDate): boolean => {
    if (multiDay || currentOrdinal === null || currentOrdinal < 2 || !currentDate || daysBetween(date, currentDate) !== 1 || !DAY_SITTING_RE.test(text)) return false;
    const before = slots.get(previousKey());
    return pending.some((item) => namesOrdinal(item.clause.text.toLowerCase(), currentOrdinal - 1)) && !before?.date && !before?.monthOfYear;
  };
  const byMonth = (month: number): string | null => {
    if (slots.get('current')?.monthOfYear === month) return 'current';
    for (const candidate of slots.values()) if (candidate.monthOfYear === month && !candidate.planned) return candidate.key;
    return null;
  };

  const clauses: RoundClause[] = [];
  // The lede tells the reported round, however it words it.
  const lede = pending.find((item) => !item.sentence.isHeading);
  let context = 'current';
  let previousItem: (typeof pending)[number] | null = null;
  for (const item of pending) {
    const { cues } = item;
    let key: string;
    let moves = true;
    const date = cues.meetingDate?.date ?? null;
    const planning = cues.nextCueIndex >= 0;
    if (!item.sentence.isHeading && (ASIDE_RE.test(item.clause.text.trim()) || SEPARATE_TRACK_RE.test(item.clause.text) || leadersAside.has(item.clause))) {
      // "Separately, …": another story told in passing; nothing in it describes these talks.
      clauses.push({ ...item, roundKey: ASIDE_KEY, plannedKey: null });
      previousItem = item;
      continue;
    }
    if (item.sentence.isHeading) {
      key = 'current';
    } else if (cues.ordinal !== null) {
      key = ordinalKey(cues.ordinal);
    } else if (cues.previous) {
      key = previousKey();
    } else if (cues.current) {
      key = 'current';
    } else if (date && previousSitting(item.clause.text, date)) {
      key = previousKey();
      moves = false;
    } else if (date) {
      // "…three days of talks, which began Monday": the opening day of the reported round, not an earlier round.
      // "The round opened on June 29", said of a round that ended on July 9: the definite round is the reported one, which may
      // have run up to two weeks ("the talks began …" may be the whole process starting).
      // "The talks resumed last Thursday after a four-month hiatus": a session after a break, which runs a week or so.
      const resumed = RESUMED_RE.test(item.clause.text);
      // "…where the constitutional conference opened on September 10", "…has chaired the conference since it opened": a
      // conference sits for weeks or months, and its opening day is the first of the meeting that ends with the report.
      const openingSpan = CONFERENCE_OPENED_RE.test(item.clause.text) ? MAX_CONFERENCE_DAYS : THE_ROUND_RE.test(item.clause.text) || CONCLUSION_RE.test(item.clause.text) ? MAX_SPAN_DAYS_AFTER_START : ARRIVAL_RE.test(item.clause.text) || resumed ? 7 : 4;
      // "…ended on Tuesday after 15 days of talks": a day within the reported meeting's stated length is one of its days.
      const gap = currentDate !== null ? daysBetween(date, currentDate) : null;
      const withinCurrent = gap !== null && currentSpan > 1 && gap > 0 && gap < currentSpan;
      const opening =
        currentDate !== null &&
        (withinCurrent || ((OPENING_RE.test(item.clause.text) || ARRIVAL_RE.test(item.clause.text) || resumed) && gap! >= 0 && gap! <= openingSpan) || endsOn(cues.meetingDate!, currentDate));
      key = byDate(date) ?? (opening ? 'current' : null) ?? (currentDate === null && (!publishedAt || daysBetween(date, publishedAt) <= 7) ? 'current' : `d:${date}`);
      if (key === 'current' && !currentDate) currentDate = date;
    } else if (cues.meetingMonth && currentOrdinal !== null && currentOrdinal > 1 && PROCESS_BEGAN_RE.test(item.clause.text) && byMonth(cues.meetingMonth) === null) {
      // "The talks began in January", in a report of a later numbered round: the month of the first round.
      key = ordinalKey(1);
    } else if (cues.meetingMonth) {
      key = byMonth(cues.meetingMonth) ?? `m:${cues.meetingMonth}`;
    } else if (cues.meetingYear && item.sentence !== lede?.sentence) {
      // "In 2016 the two sides sat down in Maputo": an earlier meeting of its own, known by its year.
      key = `y:${cues.meetingYear}`;
    } else if (!planning && item.tense === 'past' && item.sentence !== lede?.sentence && FURTHER_MEETING_RE.test(item.clause.text)) {
      // "A further round in Cairo later that month ended without agreement": one more meeting, told in passing, of its own.
      key = `further:${clauses.length}`;
    } else if (planning && !cues.backref && (!cues.continuation || documentSaid(item.clause.text)) && context !== 'current' && !slots.get(context)?.planned && slots.get(context)?.date == null) {
      // Announcing the next round is news of the reported round, even right after a look back at an earlier one, and even
      // when "the statement said" closes it: the statement that announces the next round is the reported round's.
      key = 'current';
    } else if (cues.backref && previousItem && earlierTermsMonth(item.clause.text, previousItem.cues, currentDate) !== null) {
      // "…under the terms agreed in Addis Ababa in early August. Under that arrangement, Juba agreed to pay fees": the terms
      // the clause before dated to another month were set at the meeting of that month.
      const month = earlierTermsMonth(item.clause.text, previousItem.cues, currentDate)!;
      key = byMonth(month) ?? `m:${month}`;
      moves = false;
    } else if (cues.backref || cues.continuation || planning || (previousItem && restates(item.clause.text, previousItem.clause.text))) {
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
    if (key.startsWith('m:')) target.month ??= yearOfMonth(item.dates, cues.meetingMonth);
    if (key.startsWith('y:')) target.month ??= key.slice(2);

    let plannedKey: string | null = null;
    // "The first round took place on July 28, 2021, after which the sides agreed to reconvene in September": a plan made at a
    // round long before the report, for a day not after it, has been kept or has lapsed; it announces no round to come.
    const lapsed = planning && longAgo(cues.meetingDate, publishedAt) && !(cues.plannedDate?.date && publishedAt && cues.plannedDate.date > publishedAt);
    if (planning && !lapsed) {
      plannedKey = nextKey(cues.plannedOrdinal);
      const planned = slot(plannedKey);
      planned.planned = true;
      if (cues.plannedDate?.date) planned.date ??= cues.plannedDate.date;
    }
    clauses.push({ ...item, roundKey: key, plannedKey });
    if (item.sentence.isHeading) context = 'current';
    else if (moves) context = key;
    previousItem = item;
  }

  // "…will meet in Madrid on Sunday for another round" and "The Madrid meeting will be the fourth such round": one next
  // meeting, announced once without a number and once with one, unless their days differ.
  const numberedPlanned = [...slots.values()].filter((candidate) => candidate.planned && candidate.key.startsWith('n:') && (currentOrdinal === null || Number(candidate.key.slice(2)) > currentOrdinal));
  const unnumbered = slots.get('next');
  if (unnumbered && numberedPlanned.length === 1) {
    const target = numberedPlanned[0]!;
    if (!unnumbered.date || !target.date || unnumbered.date === target.date) {
      target.date ??= unnumbered.date;
      target.monthOfYear ??= unnumbered.monthOfYear;
      slots.delete('next');
      for (const clause of clauses) {
        if (clause.roundKey === 'next') clause.roundKey = target.key;
        if (clause.plannedKey === 'next') clause.plannedKey = target.key;
      }
    }
  }

  const numberedDates = [...slots.values()].flatMap((candidate) => {
    const ordinal = candidate.key === 'current' ? currentOrdinal : candidate.key.startsWith('n:') ? Number(candidate.key.slice(2)) : null;
    return ordinal !== null && candidate.date ? [{ ordinal, date: candidate.date }] : [];
  });
  // "The second and third rounds were held on March 3 and March 7": the listed days number those rounds too.
  for (const item of pending) {
    const pair = item.cues.listed.length === 2 ? pairedOrdinals(item.clause.text.toLowerCase()) : null;
    if (!pair) continue;
    item.cues.listed.forEach((meeting, i) => {
      if (meeting.date.date) numberedDates.push({ ordinal: pair[i]!, date: meeting.date.date });
    });
  }
  // "The third round was held on March 7. On March 14, the delegations switched to video": earlier rounds dated after the last
  // numbered one, and before the reported one, continue the count in date order.
  const lastNumbered = numberedDates.reduce<{ ordinal: number; date: IsoDate } | null>((last, round) => (last === null || round.ordinal > last.ordinal ? round : last), null);
  const continued = [...slots.values()]
    .filter((candidate) => candidate.key.startsWith('d:') && !candidate.planned && candidate.date && currentDate && lastNumbered && candidate.date < currentDate && daysBetween(lastNumbered.date, candidate.date) > 1 && numberedDates.every((round) => round.date < candidate.date!))
    .map((candidate) => candidate.key)
    .sort();
  const continuedOrdinal = (key: string): number | null => (lastNumbered && continued.includes(key) && currentOrdinal === null ? lastNumbered.ordinal + continued.indexOf(key) + 1 : null);
  const resultSlots: RoundSlot[] = [];
  for (const candidate of slots.values()) {
    const { key } = candidate;
    let ordinal: number | null = null;
    let relative: RoundSlot['relative'] = null;
    let status: RoundStatus = 'HELD';
    if (key === 'current') {
      ordinal = currentOrdinal;
      relative = 'current';
      if (preview !== null) status = 'PLANNED';
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
    } else if (candidate.date && currentDate) {
      // Rounds known only by a date or a month: earlier than the reported round unless the text says otherwise.
      relative = candidate.date < currentDate ? 'previous' : 'next';
      if (!candidate.planned) ordinal = ordinalBetween(candidate.date, numberedDates) ?? continuedOrdinal(key);
    } else {
      relative = 'previous';
    }
    resultSlots.push({ key, ordinal, relative, status, date: candidate.date, monthOfYear: candidate.monthOfYear, month: candidate.month ?? null });
  }
  return { slots: resultSlots, clauses };
}
