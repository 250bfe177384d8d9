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
  'p.m', 'i.e', 'e.g', 'u.s.a',
]);

// A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit or opening quote.
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

/** Sentences of the text, from offset `from` on (to skip a dateline). */
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
    BOUNDARY.lastIndex = start - paraStart;
    const pieces: Array<[number, number]> = [];
    for (let match = BOUNDARY.exec(paraText); match; match = BOUNDARY.exec(paraText)) {
      const endInPara = match.index + match[0].length;
      const tokenMatch = /([\p{L}.]+)$/u.exec(paraText.slice(Math.max(0, match.index - 12), match.index));
      const token = tokenMatch?.[1]?.toLowerCase() ?? '';
      const isInitial = /^\p{Lu}$/u.test(tokenMatch?.[1] ?? '') && match[0] === '.';
      if (match[0].startsWith('.') && (ABBREVIATIONS.has(token.replace(/\.$/, '')) || isInitial)) continue;
      // A quotation of several sentences stays with its attribution ("…useful. We heard each other," Lavrov said.).
      const sofar = text.slice(start, paraStart + endInPara);
      if (insideQuotes(sofar, sofar.length) && sofar.length < 600) continue;
      pieces.push([start, paraStart + endInPara]);
      start = paraStart + endInPara;
    }
    pieces.push([start, paraEnd]);
    for (const [pieceStart, pieceEnd] of pieces) {
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
const CLAUSE_BREAK = /(?:,\s+|;\s+|\s+)(while|whereas|as|but|and)\s+(?=(?:the|a|an|its|their|his|her|concerns?|[\p{Lu}]|(?:also\s+)?(?:proposed|urged|called for|demanded|insisted|raised|rejected|agreed|warned|suggested|offered|refused|reiterated|complained)\b))/gu;

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const opened = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return straight || opened;
}

const ORDINAL_ROUND_AFTER_AND = /^,\s+and\s+(?:a|the|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|previous|latest|earlier|last)\s+(?:[\p{L}-]+\s+)?(?:round|meeting|session)\b/u;

/** Clauses of a sentence joined by "while", "whereas", "as", "but" or ", and" + a new subject. */
export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let joiner = '';
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
    if (word === 'and' && !secondPredicate && !anotherRound && !/^,\s+and\s+(?:the|its|their|[\p{Lu}])[\p{L}' -]{0,40}?\s+(?:was|were|is|are|had|has|have|said|agreed|proposed|raised|urged|called|stressed|expressed|will)\b/u.test(sentence.slice(match.index))) continue;
    if (insideQuotes(sentence, match.index)) continue;
    const piece = sentence.slice(start, match.index);
    if (piece.trim().split(/\s+/).length < 4) continue;
    clauses.push({ text: piece, offset: start, joiner });
    start = match.index + match[0].indexOf(match[1] ?? '');
    joiner = word;
  }
  clauses.push({ text: sentence.slice(start), offset: start, joiner });
  return clauses;
}
