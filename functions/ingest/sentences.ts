// Splits cleaned article text into sentences and clauses that keep their offsets in the text.

export interface Sentence {
  /** Verbatim sentence, a substring of the text at [start, end). */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** A short line without final punctuation: a section heading ("US comments"). */
  isHeading: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'vs',
  'etc', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co',
  'corp', 'dept', 'est', 'approx', 'fig', 'pres', 'amb', 'maj', 'hon', 'rev', 'mt', 'ft', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m',
  'p.m', 'i.e', 'e.g', 'u.s.a', 'brig', 'lieut', 'cdr', 'cpl', 'pte', 'pvt', 'fr',
]);

// A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit or opening quote.
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

// Words that open a sentence but never follow a person's initial ("J. Smith"): determiners, pronouns, conjunctions, prepositions.
const SENTENCE_OPENER = /^(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|There|Both|Neither|Either|Each|No|But|And|Yet|So|Or|In|On|At|After|Before|During|While|When|As|If|Although|Though|However|Meanwhile|Earlier|Later|Then|Separately|According|Asked|Speaking)\b/;
// "wrote on X.": the platform X, not an initial.
const PLATFORM_X = /\b(?:on|via)\s+(?:(?:his|her|its|their|the)\s+)?X$/;

/** A one-letter word before "." ends the sentence when a quotation, a sentence opener or a platform name rules out an initial. */
function endsOnLetter(paragraph: string, dotIndex: number, afterBoundary: number): boolean {
  const next = paragraph.slice(afterBoundary).trimStart();
  // Initials are followed by a name, never by a new quotation.
  if (/^["“‘]/.test(next)) return true;
  if (SENTENCE_OPENER.test(next)) return true;
  return PLATFORM_X.test(paragraph.slice(Math.max(0, dotIndex - 30), dotIndex));
}

/** Sentences of the text, from offset `from` on (to skip a dateline). */
/** Longest stretch read as one sentence: prose sentences are far shorter; longer ones are lists, tables or lost markup. */
export const MAX_SENTENCE = 1_000;

/** A too-long piece cut at the last space before each MAX_SENTENCE boundary, so no rule ever reads more than that at once. */
function capped(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', from + MAX_SENTENCE);
    const cut = space > from + MAX_SENTENCE / 2 ? space : from + MAX_SENTENCE;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphRe = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  let paragraph = 0;
  for (let para = paragraphRe.exec(text); para; para = paragraphRe.exec(text)) {
    const paraStart = para.index;
    const paraText = para[0];
    const paraEnd = paraStart + paraText.length;
    if (paraEnd <= from) continue;
    let start = Math.max(paraStart, from);
    // A quotation running on over several paragraphs opens each with a quote mark and closes only in the last: a paragraph
    // whose quote never closes holds no attribution to keep its sentences with.
    const runsOn = insideQuotes(paraText, paraText.length);
    BOUNDARY.lastIndex = start - paraStart;
    const pieces: Array<[number, number]> = [];
    for (let match = BOUNDARY.exec(paraText); match; match = BOUNDARY.exec(paraText)) {
      const endInPara = match.index + match[0].length;
      const tokenMatch = /([\p{L}.]+)$/u.exec(paraText.slice(Math.max(0, match.index - 12), match.index));
      const token = tokenMatch?.[1]?.toLowerCase() ?? '';
      // "J. Smith", and "P.G.K. Menon": initials, dotted or not, run on into the name.
      const isInitial = /^(?:\p{Lu}\.)*\p{Lu}$/u.test(tokenMatch?.[1] ?? '') && match[0] === '.' && !endsOnLetter(paraText, match.index, endInPara);
      // "…signed in the U.S. The next round…": a dotted abbreviation ends the sentence when a sentence opener follows.
      const dottedEnd = /^(?:\p{L}\.)+\p{L}$/u.test(token) && endsOnLetter(paraText, match.index, endInPara);
      if (match[0].startsWith('.') && !dottedEnd && (ABBREVIATIONS.has(token.replace(/\.$/, '')) || isInitial)) continue;
      // A quotation of several sentences stays with its attribution ("…useful. We heard each other," Lavrov said.).
      const sofar = text.slice(start, paraStart + endInPara);
      if (!runsOn && insideQuotes(sofar, sofar.length) && sofar.length < 600) continue;
      pieces.push([start, paraStart + endInPara]);
      start = paraStart + endInPara;
    }
    pieces.push([start, paraEnd]);
    for (const [pieceStart, pieceEnd] of pieces.flatMap(([a, b]) => capped(text, a, b))) {
      const raw = text.slice(pieceStart, pieceEnd);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const sentenceStart = pieceStart + lead;
      sentences.push({
        text: trimmed,
        start: sentenceStart,
        end: sentenceStart + trimmed.length,
        paragraph,
        isHeading: pieces.length === 1 && !/[.!?:"”’]$/.test(trimmed) && trimmed.split(/\s+/).length <= 8,
      });
    }
    paragraph += 1;
  }
  return sentences;
}

export interface Clause {
  /** Verbatim clause text (a substring of its sentence). */
  text: string;
  /** Offset of the clause inside its sentence. */
  offset: number;
  /** The conjunction that opened the clause ("while", "as"), empty for the first. */
  joiner: string;
}

// Coordinated clauses that often report different sides or different rounds in one sentence.
// "…agreed in Geneva to a truce, and in London they agreed a framework": a place opening the second clause starts another event.
const CLAUSE_BREAK = /(?:,\s+|;\s+|\s+)(while|whereas|as|but|and)\s+(?=(?:the|a|an|its|their|his|her|concerns?|in\s+\p{Lu}[\p{L}-]+\s+(?:they|the|it|he|she|both|\p{Lu})|[\p{Lu}]|(?:also\s+)?(?:proposed|urged|called for|demanded|insisted|raised|rejected|agreed|warned|suggested|offered|refused|reiterated|complained)\b))/gu;

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const opened = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return straight || opened;
}

const PLACE_AFTER_AND = /^,\s+and\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,?\s+(?:they|the|it|he|she|both|\p{Lu})/u;
const ORDINAL_ROUND_AFTER_AND = /^,\s+and\s+(?:a|the|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|previous|latest|earlier|last)\s+(?:[\p{L}-]+\s+)?(?:round|meeting|session)\b/u;

// A finite verb, early after ";": what makes the words on each side a clause of their own rather than a list item.
const CLAUSE_VERB = '(?:said|says|told|called|described|added|noted|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|met|held|took|made|gave|began|ended|left|went|came|sent|led|spoke|wrote|agreed|signed|remained|remains|insisted|rejected|proposed|warned|urged|announced|confirmed|denied|accused|welcomed|hailed|offered|refused|demanded|pledged|lasted)';
const VERB_EARLY = new RegExp(`^(?:[^\\s;]+\\s+){0,9}?${CLAUSE_VERB}\\b`);
const VERB_ANYWHERE = new RegExp(`\\b${CLAUSE_VERB}\\b`);
const POINTS_BACK = /^(?:[^\s;]+\s+){0,12}?(?:it|them|(?:this|that|these|those) (?:meetings?|sessions?|rounds?|talks|encounters?|negotiations))\b/i;
const LIST_LEAD = /^(?:and|or|as well as|including|plus)\b/i;

interface ClauseCut {
  /** Where the previous clause ends. */
  at: number;
  /** Where the next clause starts. */
  next: number;
  joiner: string;
}

/** ";" between two full clauses, each with a verb of its own, outside quotes and brackets. */
const SEMICOLON_LOOKAHEAD = 300;

function semicolonCuts(sentence: string): ClauseCut[] {
  const cuts: ClauseCut[] = [];
  // Quote and bracket depth counted as the scan moves on, and the text after each ";" looked at only as far as the
  // tests need, so a sentence with many semicolons costs linear time.
  let scanned = 0;
  let straight = 0;
  let opened = 0;
  let brackets = 0;
  for (let index = sentence.indexOf(';'); index >= 0; index = sentence.indexOf(';', index + 1)) {
    for (; scanned < index; scanned++) {
      const ch = sentence[scanned];
      if (ch === '"') straight++;
      else if (ch === '“') opened++;
      else if (ch === '”') opened--;
      else if (ch === '(') brackets++;
      else if (ch === ')') brackets--;
    }
    const from = cuts.at(-1)?.next ?? 0;
    // The piece since the last cut, its ends only when it is long (a verb in a long piece is near one end or the other).
    const before = index - from > 2 * SEMICOLON_LOOKAHEAD ? `${sentence.slice(from, from + SEMICOLON_LOOKAHEAD)} ${sentence.slice(index - SEMICOLON_LOOKAHEAD, index)}` : sentence.slice(from, index);
    const rest = sentence.slice(index + 1, index + 1 + SEMICOLON_LOOKAHEAD);
    const after = rest.trimStart();
    if (straight % 2 === 1 || opened > 0 || brackets > 0) continue;
    // "; and …", "; but …" are cut by the conjunction rules.
    if (/^(?:while|whereas|as|but|and)\b/i.test(after) || LIST_LEAD.test(after)) continue;
    const lastPiece = before;
    if (lastPiece.trim().split(/\s+/).length < 4 || after.split(/\s+/).length < 4) continue;
    if (!VERB_EARLY.test(after) || !VERB_ANYWHERE.test(lastPiece)) continue;
    // "…took place on May 11; the spokesman called it useful": a clause that points back stays with what it points to.
    if (POINTS_BACK.test(after)) continue;
    cuts.push({ at: index, next: index + 1 + (rest.length - after.length), joiner: ';' });
  }
  return cuts;
}

/** Clauses of a sentence joined by "while", "whereas", "as", "but" or ", and" + a new subject, or by ";". */
export function splitClauses(sentence: string): Clause[] {
  const cuts = [...conjunctionCuts(sentence), ...semicolonCuts(sentence)].sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let start = 0;
  let joiner = '';
  for (const cut of cuts) {
    if (cut.at < start) continue;
    const piece = sentence.slice(start, cut.at);
    if (piece.trim().split(/\s+/).length < 4) continue;
    clauses.push({ text: piece, offset: start, joiner });
    start = cut.next;
    joiner = cut.joiner;
  }
  clauses.push({ text: sentence.slice(start), offset: start, joiner });
  return clauses;
}

/** Cuts before "while", "whereas", ", as the …", ", but", ", and" + a new subject, and second predicates. */
function conjunctionCuts(sentence: string): ClauseCut[] {
  const cuts: ClauseCut[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence); match; match = CLAUSE_BREAK.exec(sentence)) {
    const word = (match[1] ?? '').toLowerCase();
    const commaOrSemicolon = /^[,;]/.test(match[0]);
    // "rejected the demand and proposed…": a second predicate of the same subject reports a second fact.
    const secondPredicate = word === 'and' && /^\s*(?:also\s+)?(?:proposed|urged|called for|demanded|insisted|raised|rejected|agreed|warned|suggested|offered|refused|reiterated|complained)\b/.test(sentence.slice(match.index + match[0].length));
    if ((word === 'and' || word === 'as' || word === 'but') && !commaOrSemicolon && !secondPredicate) continue;
    if (word === 'as' && !/^,\s+as\s+(?:the|a|an|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:was|were|is|are|had|has)\b/u.test(sentence.slice(match.index))) continue;
    // ", and a third round … followed in Muscat": another round, with its own date and place.
    const anotherRound = word === 'and' && ORDINAL_ROUND_AFTER_AND.test(sentence.slice(match.index));
    // "…agreed in Geneva to a truce, and in London they agreed a framework": a place opening the clause starts another event.
    const anotherPlace = word === 'and' && PLACE_AFTER_AND.test(sentence.slice(match.index));
    if (word === 'and' && !secondPredicate && !anotherRound && !anotherPlace && !/^,\s+and\s+(?:the|its|their|[\p{Lu}])[\p{L}' -]{0,40}?\s+(?:was|were|is|are|had|has|have|said|agreed|proposed|raised|urged|called|stressed|expressed|will)\b/u.test(sentence.slice(match.index))) continue;
    if (insideQuotes(sentence, match.index)) continue;
    cuts.push({ at: match.index, next: match.index + match[0].indexOf(match[1] ?? ''), joiner: word });
  }
  return cuts;
}
