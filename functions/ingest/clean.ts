// Turns a raw article (plain text or HTML) into title + body paragraphs without page furniture.
import { Parser } from 'htmlparser2';

export interface CleanedArticle {
  /** Headline when the input starts with one (or an HTML <h1>/<title>), else null. */
  title: string | null;
  /** Body paragraphs separated by blank lines. */
  text: string;
  /** Removed lines that may name the outlet or the date: bylines, "Source:" and copyright lines. */
  credits: string[];
  /** Date of a leading "date YYYY-MM-DD" marker. */
  markedDate: string | null;
}

const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'nav', 'aside', 'footer', 'header', 'form', 'noscript', 'iframe', 'svg', 'button', 'select',
  'template', 'figure', 'menu', 'dialog', 'object', 'embed', 'canvas', 'video', 'audio', 'input', 'textarea', 'label',
]);
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'main', 'blockquote', 'tr',
  'table', 'dd', 'dt', 'pre', 'hr', 'title', 'body', 'html', 'time', 'address',
]);
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);
const FURNITURE_ATTR = /\b(?:share|sharing|social|related|recommend|comments?|cookie|consent|newsletter|subscri|promo|advert|ads?|banner|menu|nav|navbar|navigation|breadcrumbs?|crumbs|kicker|sidebar|popup|modal|trending|most-read|byline-share|tags?|outbrain|taboola|reading-time|read-time|support|donate|membership)\b/i;

const MARKUP_HINT = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|<!--|&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});/i;

interface MarkupText {
  text: string;
  heading: string | null;
  pageTitle: string | null;
}

/** Text content of markup: furniture elements dropped, blocks become lines, entities decoded. */
function markupToText(markup: string): MarkupText {
  const out: string[] = [];
  let skipDepth = 0;
  const stack: boolean[] = [];
  let heading: string | null = null;
  let pageTitle: string | null = null;
  let capture: 'h1' | 'title' | null = null;
  let captured = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const furniture = DROPPED_ELEMENTS.has(name) || FURNITURE_ATTR.test(`${attributes.class ?? ''} ${attributes.id ?? ''} ${attributes.role === 'navigation' ? 'menu' : ''}`);
        if (!VOID_ELEMENTS.has(name)) {
          stack.push(furniture);
          if (furniture) skipDepth += 1;
        }
        if (BLOCK_ELEMENTS.has(name)) out.push('\n');
        if (skipDepth === 0 && (name === 'h1' || name === 'title')) {
          capture = name;
          captured = '';
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (capture) captured += data;
        if (capture === 'title') return;
        out.push(data);
      },
      onclosetag(name, isImplied) {
        if (capture === name) {
          const value = captured.replace(/\s+/g, ' ').trim();
          if (name === 'h1' && !heading && value) heading = value;
          if (name === 'title' && !pageTitle && value) pageTitle = value;
          capture = null;
        }
        if (!VOID_ELEMENTS.has(name)) {
          const furniture = stack.pop();
          if (furniture) skipDepth -= 1;
        }
        if (BLOCK_ELEMENTS.has(name) && !isImplied) out.push('\n');
        else if (BLOCK_ELEMENTS.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(markup);
  parser.end();
  return { text: out.join(''), heading, pageTitle };
}

function stripControlCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/\t/g, ' ');
}

const LETTER = /\p{L}/u;

function letterCounts(line: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (const char of line) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin += 1;
    else if (code > 0x24f && LETTER.test(char)) other += 1;
  }
  return { latin, other };
}

// Lines that end an article's body: everything after them is lists of other stories or comments.
const TAIL_MARKERS = [
  /^(?:related(?: (?:articles?|stories|news|content|coverage|posts))?|read (?:more|also|next)|more (?:from|on|stories|news)|see also|trending(?: now)?|most (?:read|popular|viewed)|popular(?: now| stories)?|recommended(?: for you)?|you (?:may|might) also like|also read|latest (?:news|stories)|top stories|more in [\w &]+|comments?|\d+ comments?|leave a (?:comment|reply)|add a comment|post a comment|join the (?:conversation|discussion)|show comments|view comments)\s*[:.…]*$/i,
  /^(?:إقرأ المزيد|اقرأ المزيد|اقرأ أيضا|اقرأ أيضاً|ذات صلة|الأكثر قراءة|Читайте также|Lesen Sie auch|Lire aussi|Leer más|Leia também)\s*:?$/u,
];
// "MORE FROM THE OBSERVER: …", "Read also | …": a list of other stories that starts on the marker's own line.
const TAIL_PREFIX = /^(?:read more|read also|related(?: (?:articles?|stories|news|coverage))?|also read|see also|more from(?: [\p{L}&.' ]{1,40})?|more on this(?: story)?)\s*[:|»>-]\s/iu;

const BANNER = /\b(?:cookies?|we use cookies|accept all|privacy policy|terms of (?:use|service)|subscribe(?: now| to| for)|sign up (?:for|to) (?:our|the)|newsletter|log ?in|sign in|advertisement|sponsored|skip to (?:main )?content|click here|enable javascript|download (?:our|the) app|follow us|share (?:this|on)|whatsapp|telegram channel|all rights reserved|support (?:our|independent|quality) journalism|independent newsroom|become a (?:subscriber|patron)|donate (?:now|today))\b/i;
const UI_WORDS = /^(?:like|likes|share|shares|tweet|reply|print|email|e-mail|save|follow|comment|comments|views?|home|menu|search|close|next|previous|back to top|top|more|loading|advertisement|ad|listen|watch|video|photo|gallery|press release|news release|for immediate release|copy link|\d+\s*(?:likes?|shares?|comments?|views?|min read|minutes? read)|(?:likes?|shares?|comments?|views?)\s*\d+)$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
const SOURCE_LINE = /^sources?\s*:/i;
const BYLINE_FOR = /^(?:by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+(?:for|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}$/u;
// "By MATTHEW LEE and SAMY MAGDY, Associated Press", "by The Kyiv Independent news desk": names, an outlet, a desk.
const BYLINE_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|news|desk|staff|bureau|agencies|wires?|correspondents?|reporters?|writers?)`;
const BYLINE_BY = new RegExp(String.raw`^[Bb]y\s+${BYLINE_WORD}(?:(?:\s+|\s*,\s*|\s+and\s+|\s*[|/·•–—-]\s*)(?:${BYLINE_WORD}|in)){0,9}(?:\s*(?:,|\||-|–|—)\s*[\p{L}.'’ ]{1,40})?\s*[|·•]?$`, 'u');
const REPORTING_BY = /^\(?(?:reporting by|additional reporting by|writing by|editing by|compiled by|edited by)\b/i;
// "WRITER: Reuters", "NEWSPAPER SECTION: World", "News ID: 123": labelled page metadata.
const AUTHOR_LABEL = /^(?:writer|author|authors|reporter|byline|correspondent|editor)\s*:\s*\S/i;
const META_LABEL = /^(?:(?:newspaper )?section|category|categories|tags?|topics?|keywords|filed under|news id|story id|article id|photo|image|file photo|caption|credit|photo credit|image credit)\s*:\s*\S/i;
// A line that is only a date, maybe with weekday, time and zone ("Friday, January 26, 2024", "28 July 2025 14:52 CEST").
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const CLOCK = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?`;
const DATE_ONLY = new RegExp(String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?${DAY_DATE}${CLOCK}\s*$`, 'i');
const HAS_DATE = new RegExp(DAY_DATE, 'i');
// Segments of a header or footer strip: "Jamaica Observer | Friday, January 26, 2024 | Associated Press", "The Local/AFP ·".
const STRIP_SEPARATOR = /\s*(?:\||·|•)\s*/;
const PUBLISHED_LINE = /^(?:published|updated|posted|last updated|first published)\b[^.]{0,60}\d{4}/i;
const SEPARATOR = /^[\s*_=~#·•|\-–—.]+$/;
const MENU_LINE = /^(?:[\p{L}&' ]{1,20}\s*(?:\||•|·|»|\/)\s*){2,}[\p{L}&' ]{1,20}$/u;
// "Home > World > Africa", "Home › News": a breadcrumb trail.
const BREADCRUMB = /^(?:[\p{L}&' -]{1,25}\s*(?:>|›|»)\s*)+[\p{L}&' -]{1,25}$/u;
const MARKED_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

function isHeadline(line: string, rest: string[]): boolean {
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 25) return false;
  if (/[.!?:;,"”’]$/.test(line)) return false;
  return rest.some((other) => other.length > 80);
}

/** A header or footer strip of short segments ("Outlet | date | wire", "By Outlet |", "| 12 Comments"), or null. */
function stripVerdict(line: string): 'drop' | 'credit' | null {
  // "• Ceasefire from midnight": a bulleted list item, not a strip.
  if (/^[·•]/.test(line)) return null;
  const parts = line.split(STRIP_SEPARATOR);
  if (parts.length < 2) return null;
  const segments = parts.map((part) => part.trim()).filter(Boolean);
  // Every segment a label, a name, a date or a counter: never a sentence.
  const short = (segment: string) => segment.split(/\s+/).length <= 6 && segment.length <= 45 && !/[!?]$|[\p{Ll}]{2}\.$/u.test(segment);
  if (segments.length === 0 || !segments.every((segment) => short(segment) || HAS_DATE.test(segment))) return null;
  if (segments.every((segment) => UI_WORDS.test(segment))) return 'drop';
  return 'credit';
}

function isBoilerplate(line: string, documentIsLatin: boolean): 'drop' | 'credit' | 'keep' {
  const trimmed = line.trim();
  if (!trimmed) return 'keep';
  if (SEPARATOR.test(trimmed)) return 'drop';
  if (/^[\d\s.,:%+()kKmMbB]*$/.test(trimmed)) return 'drop';
  // "1448**2068": an internal code with no word in it.
  if (!LETTER.test(trimmed) && !/[.!?…]["”’)]*$/.test(trimmed)) return 'drop';
  if (UI_WORDS.test(trimmed)) return 'drop';
  if (COPYRIGHT.test(trimmed) || SOURCE_LINE.test(trimmed) || REPORTING_BY.test(trimmed) || PUBLISHED_LINE.test(trimmed)) return 'credit';
  if (trimmed.length < 80 && !/[.!?]$/.test(trimmed) && (BYLINE_FOR.test(trimmed) || BYLINE_BY.test(trimmed))) return 'credit';
  if (AUTHOR_LABEL.test(trimmed) && trimmed.length < 80) return 'credit';
  if (DATE_ONLY.test(trimmed)) return 'credit';
  if (MENU_LINE.test(trimmed) || (trimmed.length < 120 && BREADCRUMB.test(trimmed))) return 'drop';
  if (META_LABEL.test(trimmed) && trimmed.length < 160) return 'drop';
  const strip = stripVerdict(trimmed);
  if (strip) return strip;
  if (BANNER.test(trimmed) && trimmed.length < 160) return 'drop';
  const { latin, other } = letterCounts(trimmed);
  // UI text in another script inside an article in Latin script, or the reverse.
  if (documentIsLatin ? other > latin : latin > other * 2 && other > 0) return 'drop';
  return 'keep';
}

/**
 * Lines of a web page from its <h1> headline on: what comes before it is the site's header (kicker, breadcrumbs, date bar),
 * of which only credit lines are kept. Left alone when the headline comes after body text (an <h1> used for a section).
 */
function dropBeforeHeadline(lines: string[], heading: string, credits: string[]): string[] {
  const headline = heading.replace(/\s+/g, ' ').trim();
  const index = lines.findIndex((line) => line === headline);
  if (index <= 0 || lines.slice(0, index).some((line) => line.length >= 200)) return lines;
  for (const line of lines.slice(0, index)) if (line && isBoilerplate(line, true) === 'credit') credits.push(line);
  return lines.slice(index);
}

/** Cleans one article; `givenTitle` (from the caller) is removed from the body when the body repeats it. */
export function cleanArticle(raw: string, givenTitle?: string | null): CleanedArticle {
  let text = stripControlCharacters(raw);
  let markupTitle: string | null = null;
  let markupHeading: string | null = null;
  if (MARKUP_HINT.test(text)) {
    const markup = markupToText(text);
    text = stripControlCharacters(markup.text);
    markupHeading = markup.heading;
    markupTitle = markup.heading ?? markup.pageTitle;
  }
  let lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());

  let markedDate: string | null = null;
  const firstIndex = lines.findIndex((line) => line.length > 0);
  if (firstIndex >= 0) {
    const marker = MARKED_DATE.exec(lines[firstIndex] ?? '');
    if (marker) {
      markedDate = marker[1] ?? null;
      lines[firstIndex] = (lines[firstIndex] ?? '').slice(marker[0].length).trim();
    }
  }

  const credits: string[] = [];
  if (markupHeading) lines = dropBeforeHeadline(lines, markupHeading, credits);

  const allLetters = letterCounts(lines.join(' '));
  const documentIsLatin = allLetters.latin >= allLetters.other;
  const kept: string[] = [];
  let bodyChars = 0;
  for (const line of lines) {
    if (TAIL_MARKERS.some((marker) => marker.test(line)) || TAIL_PREFIX.test(line)) {
      if (bodyChars > 200) break;
      continue;
    }
    const verdict = isBoilerplate(line, documentIsLatin);
    if (verdict === 'credit') credits.push(line);
    if (verdict !== 'keep') {
      kept.push('');
      continue;
    }
    kept.push(line);
    bodyChars += line.length;
  }
  lines = kept;

  // Hard-wrapped plain text: a line that stops mid-sentence continues on the next one.
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    if (current && !/[.!?:"”’)\]]$/.test(current) && /^[\p{Ll}(]/u.test(line)) current += ` ${line}`;
    else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);

  // Teasers: a summary cut off with an ellipsis that the body then repeats in full.
  const joined = paragraphs.join('\n');
  const body = paragraphs.filter((paragraph) => {
    const teaser = /(?:\.\.\.|…)$/.exec(paragraph);
    if (!teaser) return true;
    const tail = paragraph.slice(0, teaser.index).slice(-40);
    return joined.indexOf(tail) === joined.lastIndexOf(tail);
  });

  let title: string | null = null;
  const given = givenTitle?.trim() || null;
  if (body.length > 0 && given && body[0] === given) body.shift();
  else if (body.length > 1 && isHeadline(body[0] ?? '', body.slice(1))) title = body.shift() ?? null;
  if (!title && markupTitle) {
    title = markupTitle;
    if (body[0] === markupTitle) body.shift();
  }
  return { title, text: body.join('\n\n'), credits, markedDate };
}
