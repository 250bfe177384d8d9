// Tells an article's outlet, publication date and title from the caller's metadata or from the text itself.
import type { IsoDate } from '../core/types.ts';
import type { CleanedArticle } from './clean.ts';
import { canonicalParty } from './parties.ts';

/** Well-known outlets: lower-case alias → display name. */
const OUTLETS: Record<string, string> = {
  reuters: 'Reuters', 'thomson reuters': 'Reuters',
  ap: 'Associated Press', 'associated press': 'Associated Press', 'the associated press': 'Associated Press', 'ap news': 'Associated Press',
  afp: 'AFP', 'agence france-presse': 'AFP', 'agence france presse': 'AFP',
  tass: 'TASS', 'itar-tass': 'TASS', 'ria novosti': 'RIA Novosti', ria: 'RIA Novosti', interfax: 'Interfax', sputnik: 'Sputnik', rt: 'RT',
  xinhua: 'Xinhua', 'xinhua news agency': 'Xinhua', cgtn: 'CGTN', 'global times': 'Global Times', 'china daily': 'China Daily',
  aa: 'Anadolu Agency', anadolu: 'Anadolu Agency', 'anadolu agency': 'Anadolu Agency', 'anadolu ajansı': 'Anadolu Agency',
  ians: 'IANS', pti: 'PTI', ani: 'ANI', 'al jazeera': 'Al Jazeera', aljazeera: 'Al Jazeera',
  bbc: 'BBC', 'bbc news': 'BBC', cnn: 'CNN', bloomberg: 'Bloomberg', dpa: 'dpa', efe: 'EFE', ansa: 'ANSA', kyodo: 'Kyodo News',
  yonhap: 'Yonhap', irna: 'IRNA', isna: 'ISNA', tasnim: 'Tasnim News Agency', 'tasnim news agency': 'Tasnim News Agency',
  'fars news agency': 'Fars News Agency', mehr: 'Mehr News Agency', wam: 'WAM', spa: 'SPA', qna: 'QNA', mena: 'MENA',
  ukrinform: 'Ukrinform', unian: 'UNIAN', 'kyiv independent': 'Kyiv Independent', 'the kyiv independent': 'Kyiv Independent',
  'new york times': 'The New York Times', 'the new york times': 'The New York Times', 'washington post': 'The Washington Post',
  'the washington post': 'The Washington Post', 'wall street journal': 'The Wall Street Journal', 'the wall street journal': 'The Wall Street Journal',
  guardian: 'The Guardian', 'the guardian': 'The Guardian', 'financial times': 'Financial Times', 'france 24': 'France 24',
  dw: 'DW', 'deutsche welle': 'DW', euronews: 'Euronews', politico: 'Politico', axios: 'Axios', npr: 'NPR', upi: 'UPI',
  'sky news': 'Sky News', 'trt world': 'TRT World', 'daily sabah': 'Daily Sabah', 'times of israel': 'The Times of Israel',
  'the times of israel': 'The Times of Israel', haaretz: 'Haaretz', 'jerusalem post': 'The Jerusalem Post',
  'the jerusalem post': 'The Jerusalem Post', azertac: 'AZERTAC', armenpress: 'Armenpress', 'news.am': 'News.am', apa: 'APA',
  'arab news': 'Arab News', 'the national': 'The National', 'south china morning post': 'South China Morning Post', scmp: 'South China Morning Post',
};
const GENERIC_SOURCE_WORDS = new Set(['news', 'agency', 'agencies', 'officials', 'media', 'wire', 'wires', 'reports', 'staff', 'correspondent', 'correspondents', 'desk', 'sources', 'source', 'and', 'the', 'web', 'internet', 'social']);
const OUTLET_SUFFIX = /\b(?:News|Agency|Times|Post|Press|Journal|Herald|Tribune|TV|Radio|Daily|Gazette|Telegraph|Observer|Monitor|Review|Network|Media|Wire|Express|Chronicle|Standard|Independent)\b/;

/** The display name of an outlet: known aliases canonicalized, others trimmed as given. */
export function canonicalOutlet(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').replace(/^[\s,.;:()/-]+|[\s,.;:()/-]+$/g, '');
  return OUTLETS[trimmed.toLowerCase()] ?? trimmed;
}

function plausibleOutlet(name: string): string | null {
  const trimmed = name.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
  if (!trimmed || trimmed.length > 50) return null;
  const known = OUTLETS[trimmed.toLowerCase()];
  if (known) return known;
  const words = trimmed.toLowerCase().split(/[\s\-–—/]+/).filter(Boolean);
  if (words.every((word) => GENERIC_SOURCE_WORDS.has(word))) return null;
  if (!/^\p{Lu}/u.test(trimmed) || words.length > 5) return null;
  return OUTLET_SUFFIX.test(trimmed) || /^[\p{Lu}\d.&-]{2,8}$/u.test(trimmed) ? trimmed : null;
}

export interface Dateline {
  /** Offset of the paragraph the dateline opens: 0, or the second paragraph's when a standfirst comes first. */
  start: number;
  /** Characters of that paragraph taken by the dateline, separator included. */
  length: number;
  city: string | null;
  month: number | null;
  day: number | null;
  outlet: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE_RE = new RegExp(
  // "CHISINAU. Dec 12 (Interfax) -": a month and day after the city's full stop are the date, not more of the city's name.
  `^(?<city>\\p{Lu}[\\p{L}.'’-]*(?:[ -](?!${MONTH_NAME}\\s*\\d)\\p{Lu}[\\p{L}.'’-]*){0,3})` +
    '(?:,\\s*(?<region>\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?=\\s*[,(/—–-]))?' +
    `(?:,?\\s*(?:(?<month1>${MONTH_NAME})\\s+(?<day1>\\d{1,2})|(?<day2>\\d{1,2})\\s+(?<month2>${MONTH_NAME}))(?:(?:,?\\s*|\\s*/\\s*)\\d{4})?)?` +
    '\\s*\\.?\\s*(?:[(/]\\s*(?<outlet>[\\p{L}][\\p{L} .&-]{0,40}?)\\s*[)/])?' +
    '\\s*(?<sep>\\.\\s+|:\\s+|\\s*(?:--|—|–|-)\\s+|\\s+)',
  'u',
);

/** The dateline opening the first paragraph ("ISTANBUL, April 10. /TASS/. ", "Istanbul: "), if any. */
export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE_RE.exec(paragraph);
  if (!match?.groups) return null;
  const { city, region, month1, day1, day2, month2, outlet, sep } = match.groups;
  const monthName = month1 ?? month2;
  const hasDate = Boolean(monthName);
  const hasOutlet = Boolean(outlet);
  // "CHISINAU." before the date: the full stop ends the dateline's place ("D.C." keeps its own).
  const cityText = (city ?? '').replace(/^([^.]+)\.$/, '$1');
  if (!hasOutlet && !/\S/.test(sep ?? '')) return null;
  const shouting = cityText === cityText.toUpperCase() && /\p{Lu}{3}/u.test(cityText);
  // "Rimbo, Sweden - ": a place, its country and a dash open a story as any wire's dateline does.
  const placeInCountry = Boolean(region && canonicalParty(region) && /[—–-]/.test(sep ?? '') && cityText.split(' ').length <= 3 && !canonicalParty(cityText));
  if (placeInCountry && !hasDate && !hasOutlet) return { start: 0, length: match[0].length, city: cityText, month: null, day: null, outlet: null };
  // A bare "Word:" or "Word. " opens many ordinary sentences; only a known place or capitals make it a dateline.
  if (!hasDate && !hasOutlet && !shouting) {
    if (!/^:/.test((sep ?? '').trim()) || cityText.split(' ').length > 2 || !/^\p{Lu}/u.test(cityText)) return null;
    if (!/^[\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]+)?$/u.test(cityText)) return null;
  }
  if (!hasDate && !hasOutlet && shouting && !/[—–-]|:/.test(sep ?? '')) return null;
  if (region && !hasDate && !hasOutlet && !shouting) return null;
  const prettyCity = shouting ? cityText.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, letter: string) => pre + letter.toUpperCase()) : cityText;
  return {
    start: 0,
    length: match[0].length,
    city: prettyCity,
    month: monthName ? (MONTHS[monthName.toLowerCase().replace('.', '')] ?? null) : null,
    day: day1 || day2 ? Number(day1 ?? day2) : null,
    outlet: outlet ? canonicalOutlet(outlet) : null,
  };
}

export interface ArticleIdentity {
  source: string | null;
  publishedAt: IsoDate | null;
  title: string | null;
  dateline: Dateline | null;
}

export interface IdentifyInput {
  source?: string | null;
  publishedAt?: IsoDate | null;
  title?: string | null;
}

function outletFromCredits(credits: string[], text: string): string | null {
  for (const line of credits) {
    const byline = /\s(?:for|of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}&.'’ -]{1,40})$/u.exec(line);
    if (byline?.[1]) {
      const outlet = plausibleOutlet(byline[1]);
      if (outlet) return outlet;
    }
    const source = /^sources?\s*:\s*(.+)$/i.exec(line);
    if (source?.[1]) {
      for (const part of source[1].split(/[,;]|\s[-–—]\s/)) {
        const outlet = plausibleOutlet(part);
        if (outlet) return outlet;
      }
    }
    const copyright = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(.+?)(?:\.|,|\s+all rights reserved.*)?$/i.exec(line);
    if (copyright?.[1]) {
      const outlet = plausibleOutlet(copyright[1]);
      if (outlet) return outlet;
    }
    const byOutlet = /^by\s+[^,|]+[,|]\s*(.+)$/i.exec(line);
    if (byOutlet?.[1]) {
      const outlet = plausibleOutlet(byOutlet[1]);
      if (outlet) return outlet;
    }
  }
  // Wire credits inside the body: "(Reuters) -", "— AP" at the end.
  const wire = /\((Reuters|AP|AFP|AA|IANS|Xinhua|TASS|dpa|UPI|PTI|ANI)\)/.exec(text.slice(0, 400));
  if (wire?.[1]) return canonicalOutlet(wire[1]);
  const endCredit = /(?:^|\n)\s*(?:—|–|-{1,2})\s*(\p{Lu}[\p{L}. ]{1,30})\s*$/u.exec(text.slice(-80));
  if (endCredit?.[1]) {
    const outlet = plausibleOutlet(endCredit[1]);
    if (outlet) return outlet;
  }
  return null;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function dateFromCredits(credits: string[]): IsoDate | null {
  for (const line of credits) {
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const md = new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i').exec(line);
    if (md?.[1]) {
      const month = MONTHS[md[1].toLowerCase().replace('.', '')];
      if (month) return validDate(Number(md[3]), month, Number(md[2]));
    }
    const dm = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})\\s+(\\d{4})`, 'i').exec(line);
    if (dm?.[2]) {
      const month = MONTHS[dm[2].toLowerCase().replace('.', '')];
      if (month) return validDate(Number(dm[3]), month, Number(dm[1]));
    }
  }
  return null;
}

/** A year for a dateline without one: the latest year written with a full date in the text. */
function yearFromText(text: string, month: number, day: number): number | null {
  const fullDates = [...text.matchAll(new RegExp(`${MONTH_NAME}\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})|\\d{1,2}\\s+${MONTH_NAME}\\s+((?:19|20)\\d{2})`, 'gi'))];
  // Only years written with a full date: "since 2022" says nothing about when the article was filed.
  const candidates = fullDates.map((m) => Number(m[1] ?? m[2])).filter(Boolean);
  if (candidates.length === 0) return null;
  const year = Math.max(...candidates);
  return validDate(year, month, day) ? year : null;
}

// A standfirst (one short summary paragraph) may sit above the dateline on web pages.
const STANDFIRST_MAX = 300;

/** "UN chief announces truce …\n\nRimbo, Sweden - Yemen's government …": the dateline of the paragraph after a standfirst. */
function datelineAfterStandfirst(text: string, firstParagraph: string): Dateline | null {
  if (firstParagraph.length > STANDFIRST_MAX || firstParagraph.length === text.length) return null;
  const start = firstParagraph.length + 2;
  const second = text.slice(start).split('\n\n', 1)[0] ?? '';
  const dateline = parseDateline(second);
  // Only the surest forms: a date, a wire, or a place with its country.
  if (!dateline || (!dateline.day && !dateline.outlet && !/,/.test(second.slice(0, dateline.length)))) return null;
  return { ...dateline, start };
}

/** Outlet, publication date and title: the caller's values first, then what the text tells. */
export function identifyArticle(cleaned: CleanedArticle, input: IdentifyInput = {}): ArticleIdentity {
  const firstParagraph = cleaned.text.split('\n\n', 1)[0] ?? '';
  const dateline = parseDateline(firstParagraph) ?? datelineAfterStandfirst(cleaned.text, firstParagraph);
  const givenSource = input.source?.trim();
  // A known wire in the dateline is the surest credit; an unknown abbreviation there ("GWN") loses to a byline spelling the outlet out.
  const knownWire = dateline?.outlet && Object.values(OUTLETS).includes(dateline.outlet) ? dateline.outlet : null;
  const source = givenSource ? canonicalOutlet(givenSource) : (knownWire ?? outletFromCredits(cleaned.credits, cleaned.text) ?? dateline?.outlet ?? null);

  let publishedAt: IsoDate | null = input.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt) ? input.publishedAt : null;
  publishedAt ??= cleaned.markedDate;
  if (!publishedAt && dateline?.month && dateline.day) {
    const year = yearFromText(cleaned.text, dateline.month, dateline.day);
    if (year) publishedAt = validDate(year, dateline.month, dateline.day);
  }
  publishedAt ??= dateFromCredits(cleaned.credits);
  // "LONDON, June 10 (Xinhua)" with "(c) Xinhua News Agency 2025" below: the credit line's year completes the dateline.
  if (!publishedAt && dateline?.month && dateline.day) {
    const creditYear = cleaned.credits.map((line) => /\b((?:19|20)\d{2})\b/.exec(line)?.[1]).find(Boolean);
    if (creditYear) publishedAt = validDate(Number(creditYear), dateline.month, dateline.day);
  }

  const title = input.title?.trim() || cleaned.title;
  return { source, publishedAt, title: title ?? null, dateline };
}
