// Finds who led each side ("led by Moscow's Ambassador to Washington, Alexander Darchiev") with the title as reported.
import { activeSidesKey, canonicalParty, findPartyMentions, stateOfCapital } from './parties.ts';
import { landmarkCity } from './venues.ts';
import { articleMemo } from './memo.ts';

export interface HeadMention {
  party: string | null;
  head: string;
  title: string | null;
  /** Offset of the name in the clause. */
  index: number;
  /** With no side of its own: the side this head sat across from ("X and his Venezuelan counterpart Y"), for the article to resolve. */
  opposite?: string;
}

const TITLE_WORDS = new Set([
  'minister', 'ministers', 'secretary', 'ambassador', 'envoy', 'director', 'director-general', 'chief', 'head', 'aide', 'adviser',
  'advisor', 'negotiator', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'vice', 'deputy', 'assistant',
  'undersecretary', 'under-secretary', 'under', 'commissioner', 'chancellor', 'premier', 'governor', 'general', 'official',
  'diplomat', 'counselor', 'counsellor', 'consul', 'chairman', 'chairwoman', 'chair', 'co-chair', 'co-chairman', 'coordinator', 'commander', 'lieutenant',
  'colonel', 'lawmaker', 'senator', 'member', 'leader', 'officer', 'administrator', 'sherpa', 'emissary', 'delegate', 'foreign',
  'defence', 'defense', 'trade', 'treasury', 'special', 'senior', 'presidential', 'prime', 'first', 'top', 'acting', 'state',
  'intelligence', 'security', 'national', 'political', 'bureau', 'office', 'department', 'affairs', 'economy', 'economic',
  'finance', 'commerce', 'ministry', 'cabinet', 'parliament', 'speaker', 'mayor', 'sheikh', 'prince', 'king', 'emir', 'sultan',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'adm', 'then', 'former', 'newly', 'appointed', 'new', 'executive', 'principal',
  'permanent', 'plenipotentiary', 'extraordinary', 'staff', 'army', 'military', 'armed', 'forces', 'navy', 'intelligence', 'agency',
  'envoys', 'negotiators', 'ambassadors', 'delegates', 'representatives', 'team', 'delegation', 'european', 'eurasian', 'middle', 'east', 'ceo', 'investment', 'fund', 'sovereign',
  'brig', 'brigadier', 'maj', 'major', 'capt', 'captain', 'admiral', 'marshal', 'rear', 'lieut', 'sgt', 'sergeant',
  // Clergy who lead sides: "Bishop Abel Muzorewa", "Ayatollah X", "Archbishop Y".
  // ("Mullah" and "Imam" stay part of the name, as Taliban and other leaders are named and known by them.)
  'bishop', 'archbishop', 'cardinal', 'reverend', 'rev', 'ayatollah', 'patriarch', 'rabbi', 'pastor',
]);
const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'in', 'at', "'s", 'de', 'des', 'du']);
// A surname's particles ("al-", "bin", "van"), with a second one where languages use two ("de la Calle", "von der Leyen").
const NAME_PARTICLE = String.raw`(?:(?:al|el|bin|ibn|de|da|del|dos|das|van|von|abu)[-\s](?:(?:la|las|los|der|den)\s)?)?`;
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'di', 'du', 'la', 'le', 'abu', 'bint', 'ben']);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'state', 'department', 'ministry', 'foreign', 'affairs', 'house', 'white', 'kremlin', 'moscow', 'washington', 'and',
  // "Minister of Foreign Affairs and International Cooperation": the remit a post is of ends it, it is never a name.
  'cooperation', 'co-operation', 'development', 'relations', 'integration', 'planning', 'reconciliation', 'communities',
  'expatriates', 'abroad', 'industry', 'energy', 'agriculture', 'education', 'health', 'environment', 'tourism', 'culture',
  'information', 'communications', 'infrastructure', 'transport', 'interior', 'emigrants', 'diaspora', 'solidarity',
  // "Water Resources and Irrigation Minister X", "Commissioner for Indus Waters, Mr. X", "Minister of Unification X".
  'water', 'waters', 'resources', 'irrigation', 'fisheries', 'petroleum', 'mines', 'mining', 'labour', 'labor', 'youth',
  'housing', 'justice', 'unification', 'reunification', 'reintegration',
  // "Taiwan's Straits Exchange Foundation", "the Political Bureau": a body's name ends in what kind of body it is.
  'foundation', 'association', 'council', 'committee', 'commission', 'institute', 'organization', 'organisation',
  'authority', 'assembly', 'congress', 'tribunal', 'corporation', 'secretariat',
  // "at the Kleber International Conference Center, four members of …": a building where the talks met is no one.
  'center', 'centre', 'palace', 'hotel', 'building', 'airport', 'chateau', 'château', 'castle', 'headquarters',
]);

const SHORT_TITLE_CASE = /^\p{Lu}\p{Ll}{1,2}$/u;

function isCapitalized(token: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(token);
}

// Words that make a title only inside a hyphenated compound ("Solicitor-General", "Ambassador-at-Large").
const COMPOUND_TITLE_PARTS = new Set(['solicitor', 'attorney', 'large', 'in', 'at', 'of']);

function isTitleToken(token: string): boolean {
  const lower = token.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  return TITLE_WORDS.has(lower) || isCompoundTitle(lower);
}

// "Solicitor-General", "Vice-Premier", "Ambassador-at-Large": a hyphenated post is a title, not the first word of the name.
function isCompoundTitle(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.some((part) => TITLE_WORDS.has(part)) && parts.every((part) => TITLE_WORDS.has(part) || COMPOUND_TITLE_PARTS.has(part));
}

function isNameToken(token: string): boolean {
  // "al-Hayya", "bin-Salman": a lower-case particle joined to a capitalized name.
  if (/^(?:al|el|bin|ibn|abu|ben|de|da|van|von)-\p{Lu}/u.test(token)) return true;
  if (!isCapitalized(token)) return false;
  const lower = token.toLowerCase().replace(/['’]s$/, '');
  if (NOT_NAMES.has(lower) || isTitleToken(token)) return false;
  // "Kim Jong Un": a short word in title case is a name, not the initials of a side written in capitals ("UN", "US").
  if (canonicalParty(token) && !SHORT_TITLE_CASE.test(token)) return false;
  return token.replace(/[^\p{L}]/gu, '').length >= 2;
}

export interface TitledName {
  title: string | null;
  name: string;
  /** Offsets of the name within the parsed span. */
  nameStart: number;
  nameEnd: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  for (let match = re.exec(text); match; match = re.exec(text)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

// Both passes over an article's clauses (before and after its people are known) split the same spans.
const SPLIT_MEMO = articleMemo<TitledName | null>();

/** "Deputy Assistant Secretary of State for Russia and Central Europe Sonata Coulter" → title + name. */
export function splitTitleAndName(span: string): TitledName | null {
  // Whether a word is a name or a side depends on the sides the article settled.
  const key = `${activeSidesKey()}\u0000${span}`;
  const cached = SPLIT_MEMO.get(key);
  if (cached !== undefined) return cached && { ...cached };
  const split = readTitleAndName(span);
  SPLIT_MEMO.set(key, split);
  return split && { ...split };
}

// "Humberto de la Calle", "Ursula von der Leyen": particles run two deep ("der" only ever follows another), after a given name.
function particleRunAfterName(tokens: readonly Token[], index: number): boolean {
  let at = index;
  while (at > 0 && NAME_PARTICLES.has((tokens[at]?.text ?? '').toLowerCase()) && index - at < 2) at -= 1;
  return at < index && isNameToken(tokens[at]?.text ?? '') && /^\p{Ll}/u.test(tokens[index]?.text ?? '');
}

function readTitleAndName(span: string): TitledName | null {
  const tokens = tokenize(span);
  if (tokens.length === 0) return null;
  // The name is the last run of name-like tokens; when the run follows "of/for/and/to" it may still carry the title's object.
  let end = tokens.length;
  while (end > 0 && !isNameToken(tokens[end - 1]?.text ?? '') ) end -= 1;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const previous = tokens[start - 1]?.text ?? '';
    // "Guyana's Irfaan Ali": a possessive before a name says whose, it is not part of the name.
    if (/['’]s$/.test(previous)) break;
    // "Silvestre H. Bello": a middle initial between two parts of a name belongs to it.
    const initial = /^\p{Lu}$/u.test(previous) && /^\.\s/.test(span.slice(tokens[start - 1]!.end, tokens[start]!.start));
    // "V. S. Semyonov", "Deputy Minister G. Smith": initials for the given names open the name.
    if (isNameToken(previous) || initial || (NAME_PARTICLES.has(previous.toLowerCase()) && start - 2 >= 0 && isNameToken(tokens[start - 2]?.text ?? ''))) start -= 1;
    else if (NAME_PARTICLES.has(previous.toLowerCase()) && particleRunAfterName(tokens, start - 1)) start -= 1;
    else break;
  }
  const before = start > 0 ? (tokens[start - 1]?.text ?? '').toLowerCase() : '';
  // "Special Envoy for Afghanistan Peace Zalmay Khalilzad": after "for <place>", the first capital still names the remit.
  const remit = start > 1 && canonicalParty(tokens[start - 1]?.text ?? '') !== null && CONNECTORS.has((tokens[start - 2]?.text ?? '').toLowerCase());
  // "ambassador to Yemen Mohammed Al Jaber": a particle opening the last two words joins the given name before it.
  const joined = end - 2 > start && (NAME_PARTICLES.has((tokens[end - 2]?.text ?? '').toLowerCase()) || /^(?:abdul|abdel|abu)$/i.test(tokens[end - 2]?.text ?? '')) ? 3 : 2;
  if ((CONNECTORS.has(before) || remit) && end - start > joined) start = end - joined;
  // "Tamim bin Hamad Al Thani", "Fahd bin Mahmoud Al Said": a name built with "bin" runs longer than most ("Ben" is a given name).
  const lineage = tokens.slice(start, end).some((token) => /^(?:bin|ibn|bint)$/.test(token.text));
  if (end - start > (lineage ? 6 : 4)) start = end - 3;
  if (end - start < 2) return null;
  const nameStart = tokens[start]?.start ?? 0;
  const nameEnd = tokens[end - 1]?.end ?? 0;
  const name = span.slice(nameStart, nameEnd).replace(/['’]s$/, '');
  // "a Russian envoy and Heidi Tagliavini": a post cut off by "and" is someone else's; the name stands untitled.
  if (/^(?:and|&)$/i.test(start > 0 ? (tokens[start - 1]?.text ?? '') : '')) return { title: null, name, nameStart, nameEnd };
  const titleText = span.slice(titleStart(span, tokens, start), nameStart).trim();
  return { title: cleanTitle(titleText), name, nameStart, nameEnd };
}

// Words that end a title read backwards from a name: the sentence's own verbs and links, not the post.
const TITLE_BREAKS = new Set([
  'said', 'says', 'told', 'agreed', 'agree', 'that', 'which', 'who', 'when', 'while', 'where', 'after', 'before', 'with', 'was', 'were',
  'is', 'are', 'has', 'have', 'had', 'will', 'would', 'during', 'between', 'since', 'because', 'but', 'by', 'from', 'as', 'than',
  // "Moscow sent presidential aide X to lead…": whoever sent or chose the person is not part of the post.
  'sent', 'dispatched', 'tapped', 'chose', 'picked', 'asked', 'designated',
]);

function isPostWord(token: string): boolean {
  return isTitleToken(token) || isCapitalized(token) || CONNECTORS.has(token.toLowerCase());
}

/**
 * Where the title before a name starts: after the last word that belongs to the sentence rather than the post, and after
 * a comma unless what precedes it is itself part of a post ("Minister of Water, Irrigation and Energy Seleshi Bekele").
 */
function titleStart(span: string, tokens: Token[], nameToken: number): number {
  let index = nameToken;
  while (index > 0) {
    const previous = tokens[index - 1]!;
    const gap = span.slice(previous.end, tokens[index]!.start);
    if (/[;:()"“”]/.test(gap) || TITLE_BREAKS.has(previous.text.toLowerCase())) break;
    if (gap.includes(',') && !postBeforeComma(span, tokens, index - 1)) break;
    index -= 1;
  }
  return index === nameToken ? (tokens[nameToken]?.start ?? 0) : tokens[index]!.start;
}

/** The words before a comma inside a title are a post of their own: only post words, one of them a title word. */
function postBeforeComma(span: string, tokens: Token[], last: number): boolean {
  let titled = false;
  for (let index = last; index >= 0; index -= 1) {
    const token = tokens[index]!.text;
    if (!isPostWord(token)) return titled && !CONNECTORS.has(tokens[index + 1]?.text.toLowerCase() ?? '');
    if (isTitleToken(token) && /^\p{Lu}/u.test(token)) titled = true;
    const gap = index > 0 ? span.slice(tokens[index - 1]!.end, tokens[index]!.start) : '';
    if (/[,;:()"“”]/.test(gap)) return titled;
  }
  return titled;
}

const BACKER_PREFIX = /^(?:\p{Lu}[\p{L}.]*[-\s])+(?:backed|aligned|allied|supported|sponsored)\s+/u;
const FORMER_POST_AFTER = /,?\s+(?:and|&)\s+(?:(?:a|an|the)\s+)?(?:former|ex-|one-time|onetime|erstwhile)\b.*$/i;
// "Emir Sheikh Tamim", "Secretary-General of the Ministry of Foreign Affairs Dr. X": the form of address ends no post.
const TRAILING_ADDRESS = /(?<=\b(?:Minister|Secretary|President|Premier|Envoy|Representative|Chairman|Director|Negotiator|minister|secretary|envoy|representative|Emir|Amir|King|Prince|Affairs|General|Ruler|ruler))(?:\s+(?:Dr|Prof|Mr|Mrs|Ms|H\.?\s?E|Ambassador|Amb|Sheikh|Sheik|Sir)\.?)+$/u;
const HONORIFIC_ONLY = /^(?:(?:mr|mrs|ms|dr|prof|he|h\.\s?e|sir|dame|sheikh|sheik|(?:his|her|your)\s+excellency|excellency)\.?\s*)+$/i;
// "Mr Veloso and Mr": a form of address before a name that is no post opens a name, not a title.
const ADDRESSED_NAME = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)/u;
// "the 83-year-old ambassador-at-large": an age describes the person, not the post.
const AGE_LEAD = /^\d{1,3}-year-old\s+/;

/** Title as reported, without the side's name, articles and time words ("Moscow's newly appointed ambassador" → "ambassador"). */
export function cleanTitle(raw: string): string | null {
  let title = raw.replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  for (let i = 0; i < 4; i += 1) {
    const before = title;
    title = title.replace(/^(?:the|a|an|his|her|its|their|who is|who was|who serves as|serving as|now|currently|newly appointed|newly named|recently appointed|newly|new|then|also|as|by)\s+/i, '').replace(AGE_LEAD, '');
    // "the group's chief negotiator", "the bloc's envoy": a possessive that stands for the side itself.
    title = title.replace(/^(?:(?:militant|armed|Palestinian|rebel)\s+)?(?:group|movement|bloc|country|kingdom|republic|organi[sz]ation|government|administration|ministry|side)['’]s\s+/i, '');
    // "President Donald Trump's special envoy": whose envoy is not part of the title.
    title = title.replace(/^(?:(?:President|Prime Minister|Premier|Chancellor|King|Emir|Leader)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}['’]s\s+(?=\p{Ll})/u, '');
    // "the Iran-backed Houthis' negotiator": who backs a side is no part of the post.
    title = title.replace(BACKER_PREFIX, '');
    // "the government delegation of Justice Minister X": whose delegation it is, then the post.
    title = title.replace(/^(?:(?:government|rebel|official)\s+)?(?:delegation|team|negotiating team|panel)\s+(?:of|led by|headed by)\s+/i, '');
    const lead = findPartyMentions(title)[0];
    if (lead && lead.index === 0 && !lead.isPlace) title = title.slice(lead.text.length).replace(/^['’]s?(?=\s)/, '').trim();
    if (title === before) break;
  }
  // "senior adviser and a former defence minister": a post the person once held is history, not the title now.
  title = title.replace(FORMER_POST_AFTER, '');
  // "the Houthi spokesman who heads …": the relative pronoun opens what the person does, not the post.
  title = title.replace(/\s+(?:who|which|that|whom|whose)$/i, '').replace(/^[-–,\s]+|[-–,\s]+$/g, '');
  title = withoutOwnSide(title);
  // "Foreign Minister Dr Tandi Dorji", "Foreign Minister Ambassador Taye": a form of address between post and name is no part
  // of the post.
  title = title.replace(TRAILING_ADDRESS, '');
  // "Dr. Khalil al-Hayyah", "Mr. X": a form of address says nothing of the post.
  if (!title || HONORIFIC_ONLY.test(title) || !title.split(/\s+/).some((word) => isTitleToken(word))) return null;
  const addressed = ADDRESSED_NAME.exec(title);
  if (addressed && !isTitleToken(addressed[1]!)) return null;
  return title;
}

/** "Foreign Minister of Armenia" → "Foreign Minister": the side a post is of is recorded as the side, not in the title. */
function withoutOwnSide(title: string): string {
  // "President of the Republic": a state's own agency names its president by the state's form of government alone.
  const bare = /\s+of\s+the\s+(?:Republic|Kingdom|State|Federation|Union|Nation)$/.exec(title);
  if (bare && bare.index > 0) return title.slice(0, bare.index);
  const last = findPartyMentions(title).at(-1);
  if (!last || last.index + last.text.length !== title.length) return title;
  // "leader of the former rebel movement Renamo": lower-case words describing the side belong with it.
  const of = /\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u.exec(title.slice(0, last.index));
  return of && of.index > 0 ? title.slice(0, of.index) : title;
}

// "led at the talks by", "represented in the negotiations by": where the side is led may stand before "by".
// "headed respectively by A and B": the adverb may stand between the verb and "by".
// "The Peruvian team, under Foreign Minister X,": a delegation "under" its head is led by it.
const LED_BY = /\b(?:led|headed|chaired|represented|fronted)\s+(?:respectively\s+)?(?:on\s+the\s+([\p{L}'’ .-]{2,30}?)\s+side\s+|(?:at|in)\s+the\s+(?:talks|negotiations|meeting|dialogue)\s+)?by\s+|\band\s+on\s+the\s+([\p{L}'’ .-]{2,30}?)\s+side\s+by\s+|(?<=\b(?:delegation|team|negotiators|panel),?\s)under\s+(?=(?:the\s+)?[A-Z](?![\p{L}'’.-]*['’]s\b)(?![\p{L}'’ .-]{0,40}['’]s\s))/giu;
const RANK_ONLY = /^(?:(?:Lt|Lieut|Lieutenant|Gen|General|Maj|Major|Col|Colonel|Brig|Brigadier|Adm|Admiral|Rear|Vice|Capt|Captain|Senior|Field|Marshal)\.?[\s-]*)+$/i;
// "…, and the opposition by Y": a side named by its common noun is elided the same way.
// "…, and the Tigray People's Liberation Front (TPLF) team by Y": a side named in full with its initials and a delegation noun.
// "Turkey was represented by A, Syria by B": the side's name alone (its party is checked where the match is used).
const ELIDED_SIDE = /^\s*[,;]?\s*(?:and\s+|while\s+)?(?:((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=['’])|(?:the\s+)?(?:government|opposition|rebels))(?:['’]s?)?(?:\s+(?:delegation|team|side|negotiators))?|(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(?:\s*\(\p{Lu}[\p{Lu}\p{N}-]{1,7}\))?\s+(?:delegation|team|side|negotiators)|(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))\s+by\s+/u;
const TEAM_NOT_DELEGATION = /\b(?:technical|expert|experts|expert-level|working|legal|military|security|advance|negotiating sub)\s*$/i;
// "is leading", "will head", "is expected to lead": the verb in any tense, the head named before it.
// "at the head of the Russian delegation", "headed a 10-member delegation": the side, or the delegation's size.
// "headed to Geneva with the delegation" is travel, not leading.
const HEADS_OF = /\b(?:led|headed|leads|heads|leading|heading|(?:will|would|shall|to)\s+(?:again\s+|also\s+)?(?:lead|head)|chaired|chairs|represented|(?:at\s+)?(?:the\s+)?(?:head|leader|chief)\s+of)(?!\s+(?:to|for|into|back|home|out|off)\b)\s+(?:the\s+)?(?!on\b|by\b)([\p{L}\p{N}'’ .-]{2,40}?)\s*(?:delegation|team|side|negotiators|negotiating team|panel)\b/giu;
// "the negotiating panel", "the peace panel": a side's panel of negotiators; a panel named by neither a side nor these words
// ("the panel of experts") is some other body.
const NEGOTIATING_PANEL = /^(?:negotiating|peace)\s*$/i;
// "Heading the Ukrainian delegation was X", "Leading the Russian side, X said": the side's head put after the post.
const HEADING_WAS = /\b(?:Heading|Leading)\s+(?:the\s+)?([\p{L}'’ .-]{2,40}?)\s*(?:delegation|team|side|negotiators|negotiating team)(?:\s+(?:was|is|were|will be)\s+|\s*,\s+)|\b(?:Leading|Heading)\s+the\s+(?:talks|negotiations|delegation|team)\s+(?:for|on behalf of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:was|is|were|will be)\s+|\bRepresenting\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:was|is|were|will be)\s+|\s*,\s+)/gu;
// "X led the talks for Ukraine", "Y heads the negotiating team for the government": the side after "for".
const LED_TALKS_FOR = /\b(?:led|headed|leads|heads|leading|heading)\s+(?:the\s+)?(?:talks|negotiations|delegation|team|negotiating team)\s+(?:for|on behalf of)\s+(?:the\s+)?()(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|government|opposition|rebels)\b/gu;
// "X, who has led every round of the talks", "Y headed all three sessions": the head's own side, in each round.
const LED_EVERY_ROUND = /\b(?:led|headed|leads|heads|leading|heading)\s+()(?:every|each|all(?:\s+the)?(?:\s+[\p{L}\p{N}-]+)?|both)\s+(?:rounds?|sessions|meetings)(?:\s+of\s+(?:the\s+)?(?:talks|negotiations))?\b/giu;
// "on the Ukrainian side", "for the Russian side" right after a name: whose side that person led.
// "led by A for the government and B for the opposition": the side after "for" without the word "side".
const SIDE_AFTER_NAME = /^\s+(?:on|for)\s+the\s+([\p{L}'’ .-]{2,30}?)\s+side\b|^\s+for\s+(?:the\s+)?(government|opposition|rebels|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?=\s*(?:[,.;]|$|\s+and\b))/u;

function sideAfterName(rest: string): { party: string; length: number } | null {
  const match = SIDE_AFTER_NAME.exec(rest);
  const side = match?.[1] ?? match?.[2];
  const party = side ? (canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace)?.party ?? null) : null;
  return match && party ? { party, length: match[0].length } : null;
}
// "<person> represented Washington": the side named without a delegation noun.
// "…, while Ana Quispe led the Peruvians": a people named as a whole at the talks is that side.
// Only in a clause about the talks: "Netanyahu, who led the Israelis during the 2014 war" led no delegation.
const TALKS_CONTEXT = /\b(?:talks|negotiations|delegations?|round|meeting|consultations|summit|table)\b/i;
const LED_PEOPLE = /\b(?:led|headed|leads|heads)\s+the\s+()(\p{Lu}[\p{L}'’-]+(?:ns|ese|is|ers))(?=\s*(?:[,.;]|$|\s+(?:at|in|during|while|and|into)\b))/gu;
const REPRESENTS_SIDE = /\brepresent(?:ed|s)\s+(?:the\s+)?()(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?=\s*(?:[,.;]|$|\s+(?:at|in|on|during|while|and)\b))/gu;
const SIDE_NOUN = /\b(?:delegation|delegations|team|teams|side|negotiators|negotiating team)\b/i;
// A full stop ends the phrase, but not the one of an abbreviated rank or an initial ("Brig. Gen. Bassam Haddad", "U.S. envoy").
// "headed by Ambassador X to Jeddah": a place the person went to, named alone after "to", ends the phrase too.
const APPOSITIVE_STOP = /,|\s+(?:while|whereas|and the|who|which|in|at|on|during|met|said|told|arrived)\b|\s+(?:to|from)\s+(?=\p{Lu}[\p{L}-]+(?:\s*[,.;]|\s+\p{Ll}|$))|;|(?<!\b(?:Brig|Gen|Lt|Lieut|Col|Maj|Capt|Adm|Sgt|Cmdr|Dr|Mr|Mrs|Ms|Prof|Amb|Sen|Rep|Gov|Rev|St|\p{Lu}))\.|$/u;

/**
 * "Lt Gen PGK Menon, commander of the 14 Corps": news names an officer by rank and by post, and either is how other outlets
 * call him, so the title keeps both ("Lt Gen, commander of the 14 Corps"); a civilian post stands alone.
 */
function rankAndPost(rank: string | null, post: string | null): string | null {
  // "Iran's top diplomat, Foreign Minister X": a capitalized post right before the name is the office; the words before the
  // comma describe it.
  if (rank && !RANK_ONLY.test(rank) && /^\p{Lu}/u.test(rank) && post && /^\p{Ll}/u.test(post)) return rank;
  if (!rank || !RANK_ONLY.test(rank)) return post ?? rank;
  if (!post || RANK_ONLY.test(post)) return rank;
  return `${rank}, ${post}`;
}

/** "… Minister Sergei Lavrov" ends with a name; "… Minister of State for Foreign Affairs" ends with the post's own words. */
function endsWithName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.slice(-2).every((word) => isNameToken(word));
}

/** "X's envoy A B and the head of the Y delegation": a full name before "and" ends a person, so what follows is no title of the next. */
function nameBeforeAnd(text: string): boolean {
  for (const joint of text.matchAll(/\s+and\s+/g)) if (endsWithName(text.slice(0, joint.index))) return true;
  return false;
}

// ", as well as with the Israeli delegation", ", along with X": the sentence adds someone else, it does not give a post;
// ", who heads the delegation": what the person does, not the post (", who is the foreign minister" still is one).
const ADDS_ANOTHER = /^(?:as well as|along with|together with|alongside|with|including|plus|and)\b|^(?:who|which|whose|whom|that)\b(?!\s+(?:is|was|serves as)\b)/i;

// "Led by X, the Russian delegation arrived": a side's delegation after the comma opens the clause's subject, it is no post.
const SIDE_AS_SUBJECT = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:delegation|team|side|negotiators|negotiating team)\b(?!['’]s)/u;

// Verbs a sentence goes on with after naming its subject.
const VERB_AFTER_NAME = /^\s*(?:respectively|said|says|told|agreed|agree|met|meet|signed|held|hold|arrived|announced|insisted|stressed|reached|discussed|negotiated|concluded|accepted|rejected|would|will|had|has|have|was|were|is|are)\b/;

/** ", the deputy minister", ", Kenya's envoy", ", deputy speaker": a post set off after a name opens so; ", wants a truce" goes on with a verb. */
function postOpening(appositive: string): boolean {
  const first = appositive.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(first) || /^(?:the|a|an|his|her|its|their|who)$/i.test(first) || isTitleToken(first);
}

/**
 * Where the phrase naming a person ends. "state minister at the presidency X": a preposition met before any name is still
 * inside the post, so the phrase runs on to the next stop.
 */
function appositiveEnd(text: string): number {
  let from = 0;
  for (let turn = 0; turn < 3; turn += 1) {
    const stop = APPOSITIVE_STOP.exec(text.slice(from));
    if (!stop) return text.length;
    const end = from + stop.index;
    const inPost = /^\s+(?:in|at|on)$/.test(stop[0]) && NAME_RUN_AT_END.exec(text.slice(0, end).trim()) === null && /^\s+(?:the\s+)?\p{Ll}/u.test(text.slice(end + stop[0].length, end + stop[0].length + 30));
    if (!inPost) return end;
    from = end + stop[0].length;
  }
  return from;
}

// "and included", "and comprised", "and arrived": a verb after "and" goes on with the sentence's predicate.
const AND_THEN_VERB = /\s+and\s+(?:also\s+)?(?:included|includes|including|comprised|comprises|consisted|featured|arrived|met|held|said|told|was|were|is|are|has|had|will|would)\b/;

// "Moscow's Ambassador to Washington, Alexander Darchiev": a post, a comma, then the name.
const TITLE_FIRST = new RegExp(String.raw`^([^,]{2,140}?),\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,5})(?=\s*(?:[,.;]|\s+(?:while|whereas|and|who|in|at|on|to|said|met)\b|$))`, 'u');
/** Parses "<title> <Name>, <title>" or "<title>, <Name>" at the start of `span`. */
export function parsePersonSpan(span: string): (TitledName & { length: number }) | null {
  const trimmed = span.replace(/^\s+/, '');
  const lead = span.length - trimmed.length;
  // "Moscow's Ambassador to Washington, Alexander Darchiev"
  const titleFirst = TITLE_FIRST.exec(trimmed);
  if (titleFirst?.[1] && titleFirst[2] && !endsWithName(titleFirst[1]) && !nameBeforeAnd(titleFirst[1]) && cleanTitle(titleFirst[1])) {
    const nameStart = lead + titleFirst[1].length + (titleFirst[0].length - titleFirst[1].length - titleFirst[2].length);
    // "the Deputy Chief of Staff, Brigadier General Bassam Haddad": a rank before the name belongs to the title, not the name.
    const ranked = splitTitleAndName(titleFirst[2]);
    const rank = ranked?.title && ranked.nameEnd === titleFirst[2].length ? ranked : null;
    const name = rank ? rank.name : titleFirst[2];
    const start = nameStart + (rank?.nameStart ?? 0);
    // "the head of the M23 delegation, X": the role names X's side (the caller reads it from the lead), not a post X holds.
    const post = cleanTitle(titleFirst[1]);
    return { title: rankAndPost(rank?.title ?? null, post && DELEGATION_ROLE.test(post) ? null : post), name, nameStart: start, nameEnd: start + name.length, length: lead + titleFirst[0].length };
  }
  let head = trimmed.slice(0, appositiveEnd(trimmed));
  // "Jorge Rodriguez for the government and …": the side said right after a full name ends the person.
  for (const joint of head.matchAll(/\s+(?:on|for)\s+/g)) {
    const before = head.slice(0, joint.index);
    if (endsWithName(before) && sideAfterName(head.slice(joint.index))) {
      head = before;
      break;
    }
  }
  // "headed by X and included Y": "and" before a verb goes on with the sentence; what follows is no part of the person.
  const verbJoint = AND_THEN_VERB.exec(head);
  if (verbJoint) head = head.slice(0, verbJoint.index);
  // "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff": stop at the first complete name.
  for (const joint of head.matchAll(/\s+and\s+/g)) {
    const before = head.slice(0, joint.index);
    const candidate = splitTitleAndName(before);
    if (candidate && candidate.nameEnd === before.length) {
      head = before;
      break;
    }
  }
  const parsed = splitTitleAndName(head);
  if (!parsed) return null;
  // "led by an Exxon Mobil consortium": capitalized words before a common noun name a thing, not a person.
  // "…and Sudan's Idris Abdel Gadir agreed": a verb after the name ends the person, it is no noun the capitals describe.
  // "Pyongyang's Kim Myong Gil lasted…": a side's possessive before the name says it is a person.
  const sidePossessive = /['’]s\s+$/.test(head.slice(0, parsed.nameStart)) && findPartyMentions(head.slice(0, parsed.nameStart)).some((mention) => !mention.isPlace);
  if (/^\s*\p{Ll}/u.test(head.slice(parsed.nameEnd)) && !parsed.title && !VERB_AFTER_NAME.test(head.slice(parsed.nameEnd)) && !sidePossessive) return null;
  let title = parsed.title;
  let length = lead + parsed.nameEnd;
  const rest = trimmed.slice(parsed.nameEnd);
  // "…, special representative for U.S. affairs": the full stop of an initialism before a lower-case word is inside the post.
  const appositive = /^,\s+([^,;.]*(?:(?:\.[^\s,;]|(?<=\b\p{Lu})\.(?=\s+\p{Ll}))[^,;.]*)*?)(?=\s*(?:,|;|(?<!\b\p{Lu})\.(?:\s|$)|(?<=\b\p{Lu})\.(?:\s+(?!\p{Ll})|$)|$|\s+(?:while|whereas)\b))/u.exec(rest);
  // ", Ethiopia's by …" opens the next side of an elided list, not an appositive title.
  // ", met Yemen's delegation in Riyadh": the sentence goes on with a verb, not with a title.
  if (appositive?.[1] && postOpening(appositive[1]) && !ELIDED_SIDE.test(rest) && !SIDE_AS_SUBJECT.test(appositive[1]) && !/^(?:met|meets|held|holds|said|says|told|arrived|signed|agreed|began|left|returned|visited|led|headed|attended|joined)\b/.test(appositive[1]) && !ADDS_ANOTHER.test(appositive[1])) {
    const candidate = cleanTitle(appositive[1].replace(/^(?:who is|who was|who serves as)\s+/i, ''));
    if (candidate) {
      if (!title) title = candidate;
      else if (RANK_ONLY.test(title) && !RANK_ONLY.test(candidate)) title = rankAndPost(title, candidate);
      length = lead + parsed.nameEnd + appositive[0].length;
    }
  }
  return { ...parsed, title, nameStart: lead + parsed.nameStart, nameEnd: lead + parsed.nameEnd, length };
}

function partyBefore(clause: string, index: number): string | null {
  const before = clause.slice(0, index);
  const mentions = findPartyMentions(before).filter((mention) => !mention.isPlace);
  // "The Egyptian delegation to the negotiations on a peace treaty with Israel, headed by X": the side whose delegation the
  // appositive follows, not the last side its phrase names.
  const delegation = DELEGATION_THEN_PHRASE.exec(before);
  if (delegation) {
    const own = mentions.find((mention) => mention.index >= delegation.index && mention.index < delegation.index + delegation[1]!.length);
    if (own) return own.party;
  }
  return mentions[mentions.length - 1]?.party ?? null;
}
// "<side> delegation to the talks with <other side>, ": a delegation word, then a phrase (to/at/for … with …) without a comma.
const DELEGATION_THEN_PHRASE = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:delegation|team|negotiating team|negotiators)\s+(?:to|at|in|for)\s+[^,;]*\bwith\b[^,;]*,\s*$/u;

// "X, the facilitator, was represented by": the subject of "led by" is set off as the host or mediator of the talks.
const HOST_SUBJECT = /,\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}(?:facilitator|mediator|host|guarantor|broker|co-chair)s?\s*,\s*(?:(?:was|were|is|are|has been|had been)\s+)?$/iu;
// "A team of mediators from the African Union, led by X", "OSCE monitors, led by Y": the body led is a third party's
// (mediators, observers, guarantors), not a side's delegation; only the phrase right before "led by" is read.
// "mediators shuttled between the Israeli delegation, led by X", "the mediators met a Kosovo delegation headed by Y": a side
// named after the third party's word is what is led.
const THIRD_PARTY_BODY = /\b(?:mediat\w*|observers?|monitor(?:s|ing)|guarantors?|facilitat\w*)\b(?:\s+(?:team|panel|mission|group)s?\b)?(?:(?!\b(?:delegations?|teams?|sides?|negotiators|between|with|met|meet|and)\b)[^,;.]){0,60},?\s*$/i;
// Mediators and hosts are not heads of a side.
const MEDIATOR_NEAR = /\b(?:mediat\w*|host\w*|broker\w*|facilitat\w*|shuttl\w*)\b/i;

/** A person the article introduced with a side and a title ("Kremlin aide Vladimir Medinsky"). */
export interface KnownPerson {
  name: string;
  party: string | null;
  title: string | null;
}

/** The person the article introduced under a name as written in a clause (often a bare surname), or null. */
export type PersonLookup = (name: string) => KnownPerson | null;

const NAME_RUN = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){0,3}`, 'u');
const NAME_RUN_AT_START = new RegExp(`^${NAME_RUN.source}`, 'u');
const NAME_RUN_AT_END = new RegExp(`${NAME_RUN.source}$`, 'u');

// Surnames that are also pronouns ("He Lifeng"): a name only where a pronoun cannot stand ("led by Bessent and He").
const PRONOUNS = new Set(['he', 'she', 'it', 'we', 'they', 'i', 'you']);

/**
 * "Medinsky and Umerov, lasted…": a person the article introduced, named (often by surname only) at the start of `span`.
 * `midSentence`: the span follows "and"/"by", where a capitalized pronoun-like word is a name.
 */
function knownPersonAt(span: string, lookup: PersonLookup | undefined, midSentence = false): (TitledName & { length: number; party: string | null }) | null {
  if (!lookup) return null;
  const trimmed = span.replace(/^\s+/, '');
  const lead = span.length - trimmed.length;
  const run = NAME_RUN_AT_START.exec(trimmed)?.[0];
  if (!run || (!midSentence && PRONOUNS.has(run.split(/\s/)[0]!.toLowerCase()))) return null;
  const tokens = tokenize(run);
  // "President Vucic", "Prime Minister Kurti": a person named again by post and surname; the post is the title.
  let first = 0;
  while (first < tokens.length - 1 && isTitleToken(tokens[first]!.text)) first += 1;
  const post = first > 0 ? cleanTitle(run.slice(0, tokens[first]!.start)) : null;
  for (let count = tokens.length; count > first; count -= 1) {
    // "Kim Myong Gil" is not the "Kim Jong Un" the article introduced: a known name must not stop before more of a name.
    if (count < tokens.length && isNameToken(tokens[count]!.text)) continue;
    const end = tokens[count - 1]!.end;
    const known = lookup(run.slice(tokens[first]!.start, end).replace(/['’]s$/, ''));
    if (known) return { title: post ?? known.title, name: known.name, party: known.party, nameStart: lead + tokens[first]!.start, nameEnd: lead + end, length: lead + end };
  }
  return null;
}

/** "Medinsky also led…": a person the article introduced, named at the end of a subject. */
function knownPersonAtEnd(subject: string, lookup: PersonLookup | undefined): TitledName | null {
  if (!lookup) return null;
  const trimmed = subject.replace(/\s+$/, '');
  const run = NAME_RUN_AT_END.exec(trimmed);
  if (!run) return null;
  const tokens = tokenize(run[0]);
  for (let from = 0; from < tokens.length; from += 1) {
    if (PRONOUNS.has(tokens[from]!.text.toLowerCase())) continue;
    const known = lookup(run[0].slice(tokens[from]!.start).replace(/['’]s$/, ''));
    if (known) return { title: null, name: known.name, nameStart: run.index + tokens[from]!.start, nameEnd: trimmed.length };
  }
  return null;
}

function lastActor(text: string): string | null {
  const mentions = findPartyMentions(text).filter((mention) => !mention.isPlace);
  return mentions[mentions.length - 1]?.party ?? null;
}

/** "the President of the Cooperative Republic of Guyana": the country a post is of (not one it is "to"). */
function postOf(title: string): string | null {
  const mention = findPartyMentions(title).find((candidate) => /\bof\s+(?:the\s+)?$/i.test(title.slice(0, candidate.index)));
  // "Secretary of State Mike Pompeo": the one state's post that news writes without the state.
  return mention?.party ?? (US_SECRETARY_OF_STATE.test(title.trim()) ? 'United States' : null);
}
const US_SECRETARY_OF_STATE = /^(?:then[-\s])?Secretary of State$/;

// Words that may stand before a name in a subject: the post, whose it is, and articles ("his Rwandan counterpart").
function isLeadWord(written: string): boolean {
  // "Turkish Republic of Northern Cyprus (TRNC) President": a side's initials in brackets are part of its name.
  const word = written.replace(/^\((\p{Lu}[\p{Lu}\p{N}-]{1,7})\)$/u, '$1');
  // "chief rebel negotiator X", "the government's envoy X": a common noun for a side says whose post it is.
  // "M23 envoy X": a side's name with digits is a side all the same.
  return isTitleToken(word) || CONNECTORS.has(word.toLowerCase()) || isCapitalized(word) || SIDE_WORD.test(word) || /^(?:his|her|their|its|the|counterparts?)$/i.test(word) || canonicalParty(word) !== null;
}

// "Deputy Foreign Minister A (Peru)": a side in brackets after the name.
const NAME_BRACKETED_SIDE = /^(.*[\p{L}.])\s*\(([^()]{2,40})\)$/u;

/** A state's name in brackets ("(Peru)"), not an organisation's initials ("Barisan Revolusi Nasional (BRN)"): its side. */
function bracketedSide(inner: string): string | null {
  return /\p{Ll}/u.test(inner) ? canonicalParty(inner.trim()) : null;
}

/** A whole phrase naming one person: "<side> <post> <Name>", "<Side>'s <Name>", or a name the article introduced. */
function personPhrase(text: string, lookup: PersonLookup | undefined, appositive: string | null = null, midSentence = false): HeadMention | null {
  const trimmed = text.trim();
  const bracketed = NAME_BRACKETED_SIDE.exec(trimmed);
  const bracketSide = bracketed ? bracketedSide(bracketed[2]!) : null;
  if (bracketed && bracketSide) {
    const person = personPhrase(bracketed[1]!, lookup, appositive, midSentence);
    if (person) return { ...person, party: bracketSide, index: text.indexOf(trimmed) + person.index };
  }
  const offset = text.indexOf(trimmed);
  const parsed = splitTitleAndName(trimmed);
  let person: { name: string; title: string | null; nameStart: number } | null = null;
  let lead = '';
  // "the President of the Cooperative Republic of Guyana, Mohamed Irfaan Ali": the post first, set off by a comma.
  const titleFirst = trimmed.includes(',') ? parsePersonSpan(trimmed) : null;
  if (titleFirst && titleFirst.length === trimmed.length && titleFirst.title) {
    lead = trimmed.slice(0, titleFirst.nameStart);
    person = titleFirst;
  } else if (parsed && parsed.nameEnd === trimmed.length) {
    lead = trimmed.slice(0, parsed.nameStart);
    if (!lead.split(/\s+/).filter(Boolean).every(isLeadWord)) return null;
    person = parsed;
  } else {
    const known = NAME_RUN_AT_START.exec(trimmed)?.[0] === trimmed ? knownPersonAt(trimmed, lookup, midSentence) : null;
    if (known && known.length === trimmed.length) person = { name: known.name, title: null, nameStart: 0 };
  }
  if (!person) return null;
  const appositiveParty = appositive ? (findPartyMentions(appositive).find((mention) => !mention.isPlace)?.party ?? null) : null;
  const known = lookup?.(person.name) ?? null;
  return {
    party: lastActor(lead) ?? postOf(lead) ?? appositiveParty ?? known?.party ?? null,
    head: person.name,
    title: person.title ?? (appositive ? cleanTitle(appositive) : null) ?? known?.title ?? null,
    index: offset + person.nameStart,
  };
}

// What two sides' heads do together: "A and B met", "sat in separate rooms", "held closed-door talks", "headed the delegations".
const PAIR_PREDICATE = /\s+(?:(?:also|again|then|have|has|had|been|will|would|were|are|later|first|jointly|both|briefly|directly|personally|finally|formally|officially|previously|earlier|already|today|yesterday|tonight|expected|due|scheduled|(?<=\b(?:are|is|were|was|expected|due|scheduled)\s+)to|on\s+\p{Lu}\p{Ll}+day)\s+)*(?:met|meet|meets|negotiating|holding\s+(?:[\p{L}-]+\s+){0,2}?talks|(?<=\b(?:been|were)\s+)meeting|sat|sit|held|hold|holds|negotiated|negotiate|talked|spoke|conferred|signed|sign|agreed|pledged|shook|exchanged|communicated|discussed|led|headed|lead|head|opened|began|resumed|concluded|reached|adopted|initialled|initialed|co-chaired|gave|accepted|approved|endorsed|reaffirmed|committed|failed)\b/gu;
// Where a subject starts inside a clause: after punctuation or a subordinating word ("…, where A and B met").
const SUBJECT_BOUNDARY = /(?:[,;:()—–]|\b(?:where|when|while|as|after|before|that|because|since|but|and then|said|says|added|announced)\b)\s*/giu;

function subjectStart(written: string): number {
  // "… Northern Cyprus (TRNC) President X": brackets around a side's initials do not open a new subject.
  // "A (Peru) and B (Chile)": a side in brackets after a name does not either.
  const text = written.replace(/\((\p{Lu}[\p{Lu}\p{N}-]{1,7})\)/gu, ' $1 ').replace(/\(([^()]{2,40})\)/gu, (whole, inner: string) => (bracketedSide(inner) ? ' '.repeat(whole.length) : whole));
  let start = 0;
  SUBJECT_BOUNDARY.lastIndex = 0;
  for (let match = SUBJECT_BOUNDARY.exec(text); match; match = SUBJECT_BOUNDARY.exec(text)) start = match.index + match[0].length;
  return start;
}

// "the delegation", "the rebel delegation", "the government team": the side left to the head's own.
// "a 10-member delegation", "a high-level team": an indefinite delegation said by its size or rank is the head's own.
// "his country's delegation": the head's own country.
const GENERIC_SIDE = /^\s*(?:(?:the|its|their)(?:\s+|$)|(?:his|her|their)\s+(?:country|government)['’]s?(?:\s+|$)|(?:a|an)\s+(?=[\p{L}\p{N}]+-(?:member|strong|person|level|ranking)\b|(?:high|senior|top)\b))?(?:(?:[\p{L}\p{N}]+-(?:member|strong|person|level|ranking)|high|senior|top)(?:\s+|$))*(?:(?:group|movement|rebels|militia|alliance|insurgents)['’]s?|(?:[\p{Ll}-]+\s+){0,2}?(?:rebel|government|opposition|militant|insurgent|guerrilla|official|national)(?:['’]s)?)?\s*$/iu;

// "The head of the South Ossetian delegation, <post> <Name>": the role of these talks named first, its holder set off after it.
const ROLE_THEN_NAME = /\b(?:head|leader|chief)\s+of\s+(?:the\s+|its\s+|their\s+)?([\p{L}\p{N}'’ .-]{0,40}?)\s*(?:delegation|negotiating team|team|negotiators)\s*,?\s+/giu;
// "Russia's delegation chief, Vladimir Medinsky", "Ukrainian delegation head Rustem Umerov": the side named before the role.
const SIDE_ROLE_THEN_NAME = /\b(?:delegation|negotiating team)\s+(?:head|chief|leader)\s*,?\s+/giu;
// "the deputy head of the delegation", "a former chief of the team": someone beside or before the head.
const NOT_THE_HEAD_BEFORE = /\b(?:deputy|vice|assistant|former|ex|second|one-time|onetime|then)[\s-]*$/i;

/** The person a role phrase ("the head of the X delegation,") introduces, with the side the role or the person names. */
function roleHolder(clause: string, match: RegExpExecArray, sideBefore: boolean, lookup: PersonLookup | undefined): HeadMention | null {
  const before = tailBefore(clause, match.index, 80);
  if (NOT_THE_HEAD_BEFORE.test(before) || TECHNICAL_BEFORE.test(before)) return null;
  const side = sideBefore ? (/(\S+(?:\s+\S+){0,3})\s*$/.exec(before)?.[1] ?? '') : (match[1] ?? '');
  if (TEAM_NOT_DELEGATION.test(side) || NOT_THE_HEAD_BEFORE.test(side)) return null;
  const mentions = findPartyMentions(side).filter((mention) => !mention.isPlace && !mention.isMediator);
  // Before the role only the side itself may stand ("Russia's", "the Ukrainian"), not a side named earlier in the sentence.
  const own = sideBefore ? mentions.filter((mention) => /^(?:['’]s)?\s*$/.test(side.slice(mention.index + mention.text.length))) : mentions;
  const spanStart = match.index + match[0].length;
  const span = clause.slice(spanStart);
  // The holder's post or name opens with a capital ("…delegation, and B" goes on with another person).
  if (!/^\p{Lu}/u.test(span)) return null;
  const person = parsePersonSpan(span) ?? knownOrNamedAt(span, lookup);
  // The holder follows the role directly: a post and a name, nothing of the sentence between.
  if (!person || /[,;:]/.test(span.slice(0, person.nameStart))) return null;
  const party = own.at(-1)?.party ?? (GENERIC_SIDE.test(side) ? ownSide(span.slice(0, person.nameStart), person.name, lookup) : null);
  if (!party) return null;
  return { party, head: person.name, title: person.title ?? lookup?.(person.name)?.title ?? null, index: spanStart + person.nameStart };
}

// ", the Russian delegation", ", Ukraine's team": the side a clause-opening "Led by X" phrase is about.
const SIDE_LED_AFTER = /^\s*,\s+(?:the\s+)?([\p{L}'’ .-]{2,40}?)\s*(?:delegation|team|side|negotiators|negotiating team)\b/u;

function sideLedAfter(rest: string): string | null {
  const side = SIDE_LED_AFTER.exec(rest)?.[1];
  return side ? (canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace && !mention.isMediator)?.party ?? null) : null;
}

// "X has been", "X is expected to", "X will also": the auxiliaries between a head and the verb of leading.
// "X was appointed to head", "X has been named to lead": the appointment is said with the verb, the head is still X.
const AUXILIARY_TAIL = /(?:[\s,]+(?:is|was|are|were|has|have|had|been|be|will|would|shall|expected|set|due|slated|poised|appointed|named|chosen|picked|tapped|designated|to|also|again|currently|now|still|then|later|once|first|previously|personally))+[\s,]*$/i;
// "X, who arrived in Doha on Friday, is leading …": an aside about the head between the name and the verb.
const RELATIVE_ASIDE_TAIL = /,\s+(?:who|whose)\s+[^,]+,\s*$/i;

/** The subject of a verb of leading without what stands between it and the verb: auxiliaries and a relative aside. */
function subjectBeforeVerb(subject: string): string {
  const bare = subject.replace(AUXILIARY_TAIL, ' ');
  const aside = RELATIVE_ASIDE_TAIL.exec(bare);
  return (aside ? bare.slice(0, aside.index) : bare).replace(/,\s*$/, '');
}

// "…, who led Ukraine's delegation and was recently appointed secretary of …": the post the head holds now.
const LATER_POST = /^\s*,?\s*and\s+(?:is|was|has been|had been)\s+(?:(?:recently|newly|just|also)\s+)?(?:appointed|named|made)\s+(?:as\s+)?([^,.;]+)/i;

function laterPost(rest: string): string | null {
  const match = LATER_POST.exec(rest);
  return match?.[1] ? cleanTitle(match[1]) : null;
}

/** "Treasury Secretary A and Trade Representative B represented Washington": the first named of a pair leads the side. */
function firstOfPair(subject: string, second: TitledName, lookup: PersonLookup | undefined): HeadMention | null {
  const joint = subject.lastIndexOf(' and ', second.nameStart);
  if (joint < 0) return null;
  // The words between "and" and the second name must be that person's own post, not another clause.
  const rest = splitTitleAndName(subject.slice(joint + 5, second.nameEnd));
  if (rest?.name !== second.name) return null;
  const start = subjectStart(subject.slice(0, joint));
  const first = personPhrase(subject.slice(start, joint), lookup);
  if (!first) return null;
  return { ...first, index: start + first.index };
}

/** "Iranian Foreign Minister A and U.S. envoy B" ending `subject`: the heads of two different sides. */
const SUBJECT_WINDOW = 400;

function subjectPair(subject: string, lookup: PersonLookup | undefined): [HeadMention, HeadMention] | null {
  // A verb's subject is the last few hundred characters before it; a long clause must not cost more per verb.
  const offset = Math.max(0, subject.length - SUBJECT_WINDOW);
  let text = subject.slice(offset).replace(/[\s,]+$/, '');
  // "…and Steve Witkoff, the U.S. Mideast envoy,": the second person's post set off by commas.
  let appositive: string | null = null;
  const set = /^(.*\p{L}),\s+([^,]{3,60})$/u.exec(text);
  if (set?.[1] && set[2] && !/\band\b/.test(set[2]) && cleanTitle(set[2])) {
    text = set[1];
    appositive = set[2];
  }
  const joint = text.lastIndexOf(' and ');
  if (joint < 0) return null;
  let leftStart = subjectStart(text.slice(0, joint));
  let left = personPhrase(text.slice(leftStart, joint), lookup);
  // "Ana Silva, head of the Brazilian delegation, and B met": the first person's post or role set off by commas.
  const leftPost = left ? null : /,\s+([^,;:]{3,80}?),?\s*$/u.exec(text.slice(0, joint));
  if (leftPost?.[1] && (cleanTitle(leftPost[1]) || DELEGATION_ROLE.test(leftPost[1].trim()))) {
    leftStart = subjectStart(text.slice(0, leftPost.index));
    left = personPhrase(text.slice(leftStart, leftPost.index), lookup, leftPost[1]);
  }
  // "Peru's foreign minister, A, and B met": the first person's post set off before the name.
  if (!left) {
    const written = text.slice(0, joint).replace(/,\s*$/, '');
    const comma = written.lastIndexOf(', ');
    // The part after the comma is the name alone ("Ana Quispe"), not a post ("Yemen's foreign minister").
    const named = comma > 0 ? splitTitleAndName(written.slice(comma + 2)) : null;
    if (named && named.title === null && named.nameStart === 0 && named.nameEnd === written.length - comma - 2) {
      const postStart = subjectStart(written.slice(0, comma));
      const phrase = personPhrase(written.slice(postStart), lookup);
      if (phrase?.party && phrase.title) {
        leftStart = postStart;
        left = phrase;
      }
    }
  }
  // "Cypriot President A, who represents the island's Greek Cypriots, and B met": the aside says whom A speaks for.
  const speaksFor = left ? null : SPEAKS_FOR_ASIDE.exec(text.slice(0, joint));
  const spokenFor = speaksFor?.[1] ? findPartyMentions(speaksFor[1]).filter((mention) => !mention.isPlace && !mention.isMediator).at(-1)?.party ?? null : null;
  if (speaksFor && spokenFor) {
    leftStart = subjectStart(text.slice(0, speaksFor.index));
    const person = personPhrase(text.slice(leftStart, speaksFor.index), lookup);
    left = person ? { ...person, party: spokenFor } : null;
  }
  let right = personPhrase(text.slice(joint + 5), lookup, appositive, true);
  if (left && right) [left, right] = [leaderFacingGroup(left, right), leaderFacingGroup(right, left)];
  // "Foreign Minister A and his Greek counterpart B": A sits across from the counterpart's side, which the article resolves.
  if (left && !left.party && right?.party && COUNTERPART.test(text.slice(joint + 5).trim())) {
    return [{ ...left, index: offset + leftStart + left.index, opposite: right.party }, { ...right, title: right.title ?? left.title, index: offset + joint + 5 + right.index }];
  }
  if (!left?.party || !right?.party || left.party === right.party) return postFirstPair(subject.slice(offset).replace(/[\s,]+$/, ''), lookup, offset);
  // "Armenian Foreign Minister X and his Azerbaijani counterpart Y": a counterpart holds the same post on the other side.
  if (right.title === null && left.title !== null && COUNTERPART.test(text.slice(joint + 5).trim())) right = { ...right, title: left.title };
  return [{ ...left, index: offset + leftStart + left.index }, { ...right, index: offset + joint + 5 + right.index }];
}

// A head of state or government by post alone ("President X"), with no side of its own.
const BARE_LEADER_POST = /^(?:President|Prime Minister|Premier)$/;

/**
 * "President X and Renamo leader Y signed": paired with the leader of the one armed group an article sets against a government,
 * a president named without a country is that government's.
 */
function leaderFacingGroup(person: HeadMention, other: HeadMention): HeadMention {
  if (person.party || !person.title || !BARE_LEADER_POST.test(person.title) || !other.party) return person;
  const government = canonicalParty('government');
  return government && government !== other.party && canonicalParty('rebels') === other.party ? { ...person, party: government } : person;
}

// ", who represents the Greek Cypriots,", ", who speaks for the rebels,": a relative aside naming the side a person stands for.
const SPEAKS_FOR_ASIDE = /,\s+who\s+(?:represents|represented|speaks\s+for|spoke\s+for|leads|led|heads|headed)\s+([^,;]{3,80}?),?\s*$/;
// A comma-free boundary before a subject: what opens it when each person is written "<post>, <Name>".
const SUBJECT_OPENING = /(?:[;:()—–]|\b(?:where|when|while|after|before|that|because|since|but|said|says|added|announced)\b)\s*/giu;

function openingStart(text: string): number {
  let start = 0;
  SUBJECT_OPENING.lastIndex = 0;
  for (let match = SUBJECT_OPENING.exec(text); match; match = SUBJECT_OPENING.exec(text)) start = match.index + match[0].length;
  return start;
}

/** Longest phrase read as one post-first person ("the President of the Republic of South Sudan, Salva Kiir Mayardit"). */
const POST_FIRST_MAX = 160;

/**
 * "The President of the Republic, Field Marshal X, and the President of the Republic of South Sudan, Y, signed": two people
 * each written post first, set off by commas. A post with no side ("of the Republic", as a state's own agency writes it)
 * faces the side of the other when both hold the same post.
 */
function postFirstPair(text: string, lookup: PersonLookup | undefined, offset: number): [HeadMention, HeadMention] | null {
  // "…, and the leader of Renamo, Y": a post in lower case may open the second person too.
  const joint = /,?\s+and\s+(?=(?:the\s+)?\p{Lu}|the\s+\p{Ll}+\s+of\s)/gu;
  const start = openingStart(text);
  for (const match of text.slice(start).matchAll(joint)) {
    const split = start + match.index;
    const leftText = text.slice(start, split);
    const rightText = text.slice(split + match[0].length);
    // A post, its country and a name make a short phrase; longer runs are no such pair and must not cost a parse per "and".
    if (leftText.length > POST_FIRST_MAX) break;
    if (rightText.length > POST_FIRST_MAX || !leftText.includes(',') || !rightText.includes(',')) continue;
    const left = personPhrase(leftText, lookup) ?? roleThenPerson(leftText);
    const right = personPhrase(rightText, lookup, null, true) ?? roleThenPerson(rightText);
    if (!left?.title || !right?.title || left.party === right.party) continue;
    // "Field Marshal, President" holds the post "President": a rank before the post does not make another post.
    const post = (title: string) => title.split(/,\s*/).at(-1)!.toLowerCase();
    const sameTitle = post(left.title) === post(right.title);
    const pair: Array<HeadMention | null> = [left, right].map((person, index) => {
      const other = index === 0 ? right : left;
      if (person.party) return person;
      return sameTitle && other.party ? { ...person, opposite: other.party } : null;
    });
    if (!pair[0] || !pair[1]) return null;
    return [{ ...pair[0], index: offset + start + pair[0].index }, { ...pair[1], index: offset + split + match[0].length + pair[1].index }];
  }
  return null;
}

/**
 * "Turkey's envoy, former ambassador to Washington X": a side's role in the talks, then the post and name of who holds it.
 * The post is the title; the role gives the side.
 */
function roleThenPerson(text: string): HeadMention | null {
  const parts = /^\s*([^,]{3,60}),\s+([^,]{3,120}?)\s*$/.exec(text);
  if (!parts?.[1] || !parts[2]) return null;
  const role = parts[1];
  const person = splitTitleAndName(parts[2]);
  if (!person?.title || person.nameEnd !== parts[2].length || !role.split(/\s+/).some(isTitleToken)) return null;
  const side = findPartyMentions(role).filter((mention) => !mention.isPlace && !mention.isMediator);
  if (side.length !== 1 || findPartyMentions(parts[2].slice(0, person.nameStart)).some((mention) => !mention.isPlace)) return null;
  // "former ambassador X" held that post once; the role is what the person is now.
  const title = /^(?:former|ex-?)\b/i.test(person.title) ? (cleanTitle(role) ?? person.title) : person.title;
  return { party: side[0]!.party, head: person.name, title, index: text.indexOf(parts[2]) + person.nameStart };
}

// Leaders agreeing by phone are not delegations meeting.
const PHONE_CALL = /\b(?:phone|telephone)\b/i;
/** The words just before `end`: what end-anchored patterns look at, bounded so a long clause costs no more than a short one. */
function tailBefore(text: string, end: number, length = 240): string {
  return text.slice(Math.max(0, end - length), end);
}

// "the first talks since the summit between X and Y": the meeting measured from is an earlier one, whose heads (often leaders
// above the negotiators) did not sit at the talks reported.
const EARLIER_MEETING_BEFORE = /\bsince\s+(?:the|a|an|their|last)\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/iu;
// The same, read back from a person named in the list after "between".
const EARLIER_MEETING_SPAN = /\bsince\s+(?:the|a|an|their|last)\s+[^,;.]{0,60}?\b(?:summit|meeting|talks|negotiations|round)\b[^,;.]{0,40}?\bbetween\s+[^,;]{0,120}$/iu;
// "have not met since 2019", "never sat down", "refused to meet": a meeting denied names no heads.
const NEGATED_BEFORE = /\b(?:not|never|n['’]t|yet\s+to|refused\s+to|declined\s+to|no\s+longer)\s+(?:(?:have|has|had|been|yet|ever|to|be|once|even)\s+)*$/i;
// A meeting talked of as possible, proposed or sought is not the one being reported.
const HYPOTHETICAL_MEETING = /\b(?:propos\w*|call\w*\s+for|possible|potential|prospect\w*|eventual|future|could|might|may|hope\w*|seek\w*|wants?)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|summit|talks|meet)\s+(?:between\s+|with\s+)?(?:[\p{L}.-]+\s+and\s+)?$/iu;
// "who led the mediation together with former Kenyan President X and …": partners of a mediator mediate too.
const CO_MEDIATOR_BEFORE = /\b(?:mediat\w*|facilitat\w*|host\w*)\s+(?:[\p{L}-]+\s+){0,2}?(?:together\s+with|alongside|along\s+with|jointly\s+with)\s+[^;]*$/iu;
// Experts and working groups meet alongside the heads; whoever leads them is not the head of the delegation.
const TECHNICAL_BEFORE = /\b(?:(?:technical|expert|experts|expert-level|working-level)(?:[\s-]+level)?\s+(?:talks|teams?|groups?|delegations?|negotiations|meetings?|consultations|discussions|track)|working\s+groups?|sub-?groups?)\b[^.;]*$/i;

// "the dialogue that Presidents X and Y launched", "a format which the two leaders set up": who founded the framework the talks
// run in (often at a summit of their own) did not lead the talks.
const FOUNDERS_BEFORE = /\b(?:dialogue|format|framework|process|mechanism|channel|initiative|track|forum|commission)\s+(?:that|which)\s+(?:[^,;.]*\s)?$/i;
// A meeting the clause tells of, by the words reports use for one.
const MEETING_WORD = /\b(?:meeting|meetings|met|talks|round|session|negotiations|consultations|signed|initialled|initialed)\b/i;
const KNOWN_PAIR_JOINT = /\s+and\s+/g;
const NEGATED_AFTER = /^\s+(?:(?:have|has|had|did|do|does|would|will|could|were|are)\s+)?(?:not|never|n['’]t|yet\s+to)\b/i;
// "mediated by A and B", "the mediators A and B": a pair that mediates or hosts is no pair of sides.
const MEDIATORS_BEFORE = /\b(?:mediat\w*|host\w*|broker\w*|facilitat\w*|co-chair\w*)\s+(?:by\s+)?(?:the\s+)?$/i;

/**
 * "At their previous meeting, in New York, the mediator handed Vassilakis and Naumovski a list": two people the article
 * introduced as heads of two different sides, named as a pair in a clause about a meeting, led their sides at it.
 */
function knownPairHeads(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  if (!lookup || !MEETING_WORD.test(clause) || PHONE_CALL.test(clause)) return [];
  for (const joint of clause.matchAll(KNOWN_PAIR_JOINT)) {
    const before = clause.slice(Math.max(0, joint.index - 60), joint.index);
    const left = NAME_RUN_AT_END.exec(before);
    if (!left) continue;
    const leftStart = joint.index - before.length + left.index;
    const first = knownPersonAt(clause.slice(leftStart, joint.index), lookup);
    const second = knownPersonAt(clause.slice(joint.index + joint[0].length), lookup, true);
    if (!first?.party || !second?.party || first.party === second.party || first.length !== joint.index - leftStart) continue;
    // "A and B have never met": a meeting denied after the pair.
    if (NEGATED_AFTER.test(clause.slice(joint.index + joint[0].length + second.length, joint.index + joint[0].length + second.length + 30))) continue;
    const tail = tailBefore(clause, leftStart, 120);
    if (FOUNDERS_BEFORE.test(tail) || HYPOTHETICAL_MEETING.test(tail) || NEGATED_BEFORE.test(tail) || EARLIER_MEETING_SPAN.test(tail) || MEDIATORS_BEFORE.test(tailBefore(clause, leftStart, 40))) continue;
    return [
      { party: first.party, head: first.name, title: first.title, index: leftStart + first.nameStart },
      { party: second.party, head: second.name, title: second.title, index: joint.index + joint[0].length + second.nameStart },
    ];
  }
  return [];
}

// "a dissident faction, led by X", "the self-styled Military Junta, led by Y": who leads a split from a side heads no side at the talks.
const SPLINTER_BEFORE = /\b(?:dissident|splinter|breakaway|break-away|self-styled|self-proclaimed|renegade)\b[^.;]*$/i;

const PLURAL_DELEGATIONS_BEFORE = /\b(?:delegations|teams)\s*,?\s*(?:(?:were|are|have been|had been)\s+)?$/i;
const THEN_BEFORE_POST = /\bthen-(?=\p{Lu})/gu;
const FACILITATOR_BEFORE = /\b(?:facilitator|mediator|moderator)\s+(?:(?:Sir|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?$/i;
const UNDER_LEADER_BEFORE = /\b(?:delegation|delegations|team|teams|negotiators|panel|side|mission)\s*$/i;

/** Heads of delegations named in one clause; `lookup` resolves people the article introduced elsewhere. */
export function findHeads(written: string, lookup?: PersonLookup): HeadMention[] {
  // "then-Secretary of State Mike Pompeo": the post held at the time is the post; the blank keeps every offset.
  const clause = written.includes('then-') ? written.replace(THEN_BEFORE_POST, (word) => ' '.repeat(word.length)) : written;
  const heads: HeadMention[] = [];
  const add = (mention: HeadMention) => {
    // "the first meeting between Washington and Beijing under President Joe Biden": whose time it is, not who led a side; "the
    // delegation under Minister X" is led by X.
    if (/^under\b/i.test(mention.title ?? '') && !UNDER_LEADER_BEFORE.test(clause.slice(Math.max(0, mention.index - 40), mention.index))) return;
    // "…returned to Damascus from the United States, where he headed the Syrian delegation": a side's name is no person.
    if (canonicalParty(mention.head) !== null) return;
    // "The talks, led by facilitator Sir Ketumile Masire, a former president of Botswana": who runs the talks heads no side.
    if (FACILITATOR_BEFORE.test(clause.slice(Math.max(0, mention.index - 30), mention.index))) return;
    const known = lookup?.(mention.head) ?? null;
    // A bare surname stands for the person the article introduced; that introduction also gives side and post.
    const head = known && !/\s/.test(mention.head.trim()) ? known.name : mention.head;
    const party = mention.party ?? known?.party ?? null;
    if (!party) {
      // Across the table from a named side: the article knows which side that leaves.
      if (mention.opposite && !heads.some((existing) => existing.head === head)) heads.push({ party: null, head, title: mention.title ?? known?.title ?? null, index: mention.index, opposite: mention.opposite });
      return;
    }
    // A role in these talks ("chief rebel negotiator", "head of the M23 delegation") is no post: other reports give the post,
    // and the role would stand as a rival title to it.
    const post = (title: string | null | undefined) => (title && !ROLE_TITLE.test(title) ? title : null);
    // …but when no report gives a post, the role is the title as reported (titlesCompatible lets a role stand beside a post).
    const title = post(mention.title) ?? post(known?.title) ?? mention.title ?? known?.title ?? null;
    // The same head found again by a phrase that also gives the post: the post completes the first finding (a role in these
    // talks, "head of the government delegation", is no post).
    const same = heads.find((existing) => existing.head === head && existing.party === party);
    if (same && same.title === null && title !== null) same.title = title;
    // One head per side: the first named ("Bessent and Greer" → Bessent leads, Greer accompanies).
    if (heads.some((existing) => existing.head === head || existing.party === party)) return;
    heads.push({ party, head, title, index: mention.index });
  };

  // "…alongside Azerbaijan's President X and Armenia's Prime Minister Y, who headed their countries' delegations": the pair
  // the relative clause is about heads the two sides, whoever else the clause names.
  for (const head of pairWhoHeaded(clause, lookup)) add(head);

  // "<side> was led by <person>", "<side>, headed by <person>,"
  LED_BY.lastIndex = 0;
  for (let match = LED_BY.exec(clause); match; match = LED_BY.exec(clause)) {
    let spanStart = match.index + match[0].length;
    const before = clause.slice(0, match.index);
    if (TECHNICAL_BEFORE.test(before) || SPLINTER_BEFORE.test(tailBefore(before, before.length, 100))) continue;
    // "The talks were chaired by UN envoy X": who chairs the talks, rather than a delegation, is the host.
    // "Co-chaired by" the sides' own officials is how a bilateral mechanism's meeting names both heads.
    const coChaired = /\bco-$/i.test(before);
    if (/^chaired\b/i.test(match[0]) && !coChaired && !SIDE_NOUN.test(tailBefore(before, before.length, 60))) continue;
    const respective = respectiveHeads(before, clause.slice(spanStart));
    if (respective) {
      for (const head of respective) add({ ...head, index: spanStart + head.index });
      continue;
    }
    const namedSide = match[1] ?? match[2];
    const sideOfMatch = namedSide ? (canonicalParty(namedSide) ?? findPartyMentions(namedSide)[0]?.party ?? null) : null;
    // "led by Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff": one head per side.
    let elidedSide: string | null = null;
    let previousTitle: string | null = null;
    let unsided: HeadMention | null = null;
    for (let turn = 0; turn < 4; turn += 1) {
      const span = clause.slice(spanStart);
      const person = parsePersonSpan(span) ?? knownPersonAt(span, lookup, true);
      if (!person) break;
      const ownParty = findPartyMentions(clause.slice(spanStart, spanStart + person.nameStart)).find((mention) => !mention.isPlace && mention.index === 0)?.party ?? null;
      const knownParty = lookup?.(person.name)?.party ?? null;
      const sideParty = SIDE_NOUN.test(before.slice(-60)) || /,\s*$/.test(before) ? partyBefore(clause, match.index) : null;
      // "headed by the foreign ministers X and Y": a plural post names both sides' heads, so the side named last before is not X's.
      const plural = person.title !== null && PLURAL_TITLE_WORD.test(person.title);
      // "…commissions co-chaired by A and his Azerbaijani counterpart B": co-chairs sit for both sides named before.
      // "welcomed the two delegations, headed by A, director of the U.S. agency, and B": delegations of several sides; each
      // head's own post says whose.
      const severalSides = PLURAL_DELEGATIONS_BEFORE.test(before);
      const sideBefore = turn === 0 && !plural && !coChaired && !severalSides ? (sideParty ?? partyBefore(clause, match.index)) : null;
      // "led by A on the Ukrainian side and B on the Russian side": the side said right after the name.
      const sideAfter = sideAfterName(clause.slice(spanStart + person.length));
      // "Led by X, the Russian delegation arrived": a clause that opens with the phrase names the side led right after it.
      const ledSide = turn === 0 && before.trim() === '' ? sideLedAfter(clause.slice(spanStart + person.nameEnd)) : null;
      // "the Yugoslav delegation, headed by Serbian Deputy Prime Minister X": the delegation's side, named right before, is
      // the side X heads; the adjective in X's post says where the post is held.
      const delegationSide = sideBefore !== null && /\b(?:delegation|team)\s*,?\s*(?:(?:was|is|were|are)\s+)?(?:again\s+)?$/i.test(before) && findPartyMentions(tailBefore(before, before.length, 40)).some((mention) => mention.party === sideBefore && !mention.isPlace) ? sideBefore : null;
      const party = sideAfter?.party ?? elidedSide ?? (turn === 0 ? sideOfMatch : null) ?? ledSide ?? delegationSide ?? ownParty ?? knownParty ?? sideBefore ?? (severalSides && person.title ? postOf(person.title) : null);
      // "led by A's chief negotiator X and B's Y": the role said once is elided for the parallel side (a post is not: a
      // side's head may hold another office than the first head's).
      const elidedRole = turn > 0 && person.title === null && ownParty !== null && previousTitle !== null && ROLE_TITLE.test(previousTitle) ? previousTitle : null;
      const title = plural && person.title ? singularTitle(person.title) : (person.title ?? elidedRole);
      previousTitle = person.title;
      // "Norway, the third-party facilitator, was represented by its envoy X": whoever speaks for the host is no side's head.
      const hostOnly = /\b(?:mediat\w*|hosted|brokered|facilitated)\s*,?\s*$/i.test(before) || HOST_SUBJECT.test(tailBefore(before, before.length, 80)) || THIRD_PARTY_BODY.test(tailBefore(before, before.length, 80));
      if (!hostOnly) {
        // "Delegations led by Interior Minister A and LRA delegation leader B": a first head with no side named leads the side
        // across the table from the second's.
        if (party === null && turn === 0) unsided = { party: null, head: person.name, title, index: spanStart + person.nameStart };
        else if (party !== null && unsided) add({ ...unsided, opposite: party });
        add({ party, head: person.name, title, index: spanStart + person.nameStart });
        if (party !== null) unsided = null;
      }
      const length = person.length + (sideAfter?.length ?? 0);
      const rest = clause.slice(spanStart + length);
      // "Egypt's delegation was led by A, Ethiopia's by B and Sudan's by C": the verb is left out after the first side.
      const elided = ELIDED_SIDE.exec(rest);
      const elidedName = elided?.[1] ?? elided?.[2] ?? elided?.[3];
      const elidedParty = elidedName ? (canonicalParty(elidedName) ?? findPartyMentions(elidedName).find((mention) => !mention.isPlace && mention.index === 0)?.party ?? null) : null;
      if (elided && elidedParty) {
        elidedSide = elidedParty;
        spanStart += length + elided[0].length;
        continue;
      }
      elidedSide = null;
      const more = /^\s*,?\s+and\s+(?!on\s+the\b)/.exec(rest);
      if (!more) break;
      const next = spanStart + length + more[0].length;
      // The next name heads another side when its side is named, or when the article introduced it with one.
      const nextPerson = sideAfter ? (parsePersonSpan(clause.slice(next)) ?? knownPersonAt(clause.slice(next), lookup, true)) : null;
      const nextSideAfter = nextPerson ? sideAfterName(clause.slice(next + nextPerson.length)) : null;
      // "…and the United States' Jane Doe": the article before a side's name is no part of the next person's span.
      const article = /^the\s+(?=\p{Lu})/u.exec(clause.slice(next))?.[0].length ?? 0;
      const nextSide = findPartyMentions(clause.slice(next + article, next + article + 30)).find((mention) => mention.index === 0 && !mention.isPlace);
      if (!nextSideAfter && !nextSide && !knownPersonAt(clause.slice(next), lookup, true)?.party) break;
      spanStart = nextSide ? next + article : next;
      // "…and the United States' Jane Doe": a plural possessive the name parser does not read; the side is said, the person follows.
      const pluralPossessive = nextSide ? /^['’]\s+/.exec(clause.slice(spanStart + nextSide.text.length)) : null;
      if (nextSide && pluralPossessive) {
        elidedSide = nextSide.party;
        spanStart += nextSide.text.length + pluralPossessive[0].length;
      }
    }
  }

  // "Heading the Ukrainian delegation was Defence Minister X": the post and the side put first.
  HEADING_WAS.lastIndex = 0;
  for (let match = HEADING_WAS.exec(clause); match; match = HEADING_WAS.exec(clause)) {
    const side = match[1] ?? match[2] ?? match[3] ?? '';
    const party = canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace)?.party ?? null;
    const spanStart = match.index + match[0].length;
    const person = parsePersonSpan(clause.slice(spanStart)) ?? knownPersonAt(clause.slice(spanStart), lookup, true);
    if (party && person && !TEAM_NOT_DELEGATION.test(side)) add({ party, head: person.name, title: person.title, index: spanStart + person.nameStart });
  }

  // "<person> led the <side> delegation", "<person>, head of the <side> delegation,"
  for (const match of [...clause.matchAll(HEADS_OF), ...clause.matchAll(REPRESENTS_SIDE), ...clause.matchAll(LED_TALKS_FOR), ...clause.matchAll(LED_EVERY_ROUND), ...(TALKS_CONTEXT.test(clause) ? clause.matchAll(LED_PEOPLE) : [])]) {
    let side = match[1] || match[2] || '';
    // "X, deputy head of the delegation": beside the head, not the head ("then led the delegation" is still the head).
    const role = /^(?:at\s+)?(?:the\s+)?(?:head|leader|chief)\b/i.test(match[0]);
    if (TEAM_NOT_DELEGATION.test(side) || (role && NOT_THE_HEAD_BEFORE.test(tailBefore(clause, match.index, 30)))) continue;
    // "heads the negotiating panel of the NDF": the side named after the body.
    const ofSide = /^\s+of\s+(?:the\s+)?/.exec(clause.slice(match.index + match[0].length));
    const ofParty = ofSide ? findPartyMentions(clause.slice(match.index + match[0].length + ofSide[0].length, match.index + match[0].length + ofSide[0].length + 60)).find((mention) => mention.index === 0 && !mention.isPlace && !mention.isMediator)?.party ?? null : null;
    if (/panel$/i.test(match[0])) {
      if (NEGOTIATING_PANEL.test(side)) side = '';
      else if (!canonicalParty(side) && !findPartyMentions(side).some((mention) => !mention.isPlace)) continue;
      if (!side && !ofParty && !NEGOTIATING_PANEL.test(match[1] ?? '')) continue;
    }
    const namedParty = canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace)?.party ?? ofParty;
    // "Russian presidential aide X, who heads the delegation": with no side named, the head's own side.
    // "X led a delegation to Sanaa": an unnamed delegation is the head's own side's, like "the delegation".
    // "a delegation of businessmen" is some other body.
    const bareDelegation = /^\s*an?\s*$/i.test(side) && !/^\s+of\b/.test(clause.slice(match.index + match[0].length));
    if (!namedParty && !GENERIC_SIDE.test(side) && !bareDelegation) continue;
    let subject = clause.slice(0, match.index).replace(/^\s*(?:while|whereas|as|but|and|meanwhile,?)\s+/i, '');
    subject = subject.replace(/,\s*$/, '');
    // "X, whose ministry leads the delegation": what leads is the ministry (or office, team), not X.
    if (/\bwhose\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/u.test(subject)) continue;
    subject = subjectBeforeVerb(subject);
    // "Rustem Umerov, Ukraine's defence minister, led…": the appositive holds the title.
    const withAppositive = /^(.*?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+([^,]+)$/u.exec(subject);
    let person: TitledName | null = null;
    if (withAppositive?.[1] && withAppositive[2]) {
      person = splitTitleAndName(withAppositive[1]);
      if (person && !person.title) person = { ...person, title: cleanTitle(withAppositive[2]) };
    } else {
      person = splitTitleAndName(subject) ?? knownPersonAtEnd(subject.replace(/(?:[\s,]+(?:also|again|who))+[\s,]*$/i, ''), lookup);
    }
    // The head is the subject right before the verb, not a name somewhere earlier in the clause.
    if (!person || !/^[\s,]*(?:also|again|who)?[\s,]*$/.test(subject.slice(person.nameEnd).replace(/,[^,]*$/, withAppositive ? '' : '$&'))) continue;
    // "X, the Houthi spokesman who heads the group's negotiating team": the appositive names the side.
    const party = namedParty ?? (withAppositive?.[2] ? lastActor(withAppositive[2]) : null) ?? lastActor(subject.slice(0, person.nameStart)) ?? lookup?.(person.name)?.party ?? null;
    if (!party) continue;
    const title = person.title ?? laterPost(clause.slice(match.index + match[0].length));
    const first = firstOfPair(subject, person, lookup);
    add(first && (first.party ?? party) === party ? { ...first, party } : { party, head: person.name, title, index: person.nameStart });
  }

  // "Iranian Foreign Minister A and U.S. envoy B sat in separate rooms", "Araghchi and Witkoff again headed the delegations"
  PAIR_PREDICATE.lastIndex = 0;
  for (let match = PAIR_PREDICATE.exec(clause); match; match = PAIR_PREDICATE.exec(clause)) {
    if (NEGATED_BEFORE.test(clause.slice(0, match.index) + match[0].replace(/\S+$/, ''))) continue;
    const pair = subjectPair(clause.slice(0, match.index), lookup);
    if (!pair || MEDIATOR_NEAR.test(clause.slice(0, match.index)) || PHONE_CALL.test(clause)) continue;
    if (FOUNDERS_BEFORE.test(tailBefore(clause, pair[0].index, 120))) continue;
    for (const head of pair) add(head);
  }

  // "talks held in Berlin between the Foreign Minister of A, X, and B's Y", "after hosting A's X and B's Y": heads of two sides.
  for (const pattern of [BETWEEN_HEADS, HOSTED_HEADS, SIGNED_BY]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      const spanStart = match.index + match[0].length;
      if (HYPOTHETICAL_MEETING.test(tailBefore(clause, spanStart)) || PHONE_CALL.test(clause) || TECHNICAL_BEFORE.test(tailBefore(clause, spanStart))) continue;
      if (EARLIER_MEETING_BEFORE.test(tailBefore(clause, match.index, 80))) continue;
      const listed = listedHeads(clause.slice(spanStart), lookup);
      const single = sidesOf(listed) < 2 && pattern === BETWEEN_HEADS && !TALKS_IN_DOUBT.test(clause.slice(spanStart)) ? headAgainstSide(clause.slice(spanStart), lookup) : null;
      if (single) add({ ...single, index: spanStart + single.index });
      if (sidesOf(listed) < 2) continue;
      for (const head of listed) add({ ...head, index: spanStart + head.index });
    }
  }

  // "agreed by the chief negotiators, A's X and B's Y": the people a plural role introduces head their sides.
  PLURAL_ROLE_LIST.lastIndex = 0;
  const pluralRole = /negotiators|delegation/i.test(clause);
  for (let match = pluralRole ? PLURAL_ROLE_LIST.exec(clause) : null; match; match = PLURAL_ROLE_LIST.exec(clause)) {
    const spanStart = match.index + match[0].length;
    if (FORMER_BEFORE.test(tailBefore(clause, match.index, 20))) continue;
    // The role says each holder heads a side: each person listed is taken when the sentence or the article gives a side.
    for (const head of listedHeads(clause.slice(spanStart), lookup)) add({ ...head, index: spanStart + head.index });
  }

  // "Talks in Doha on August 15, attended by CIA Director X and Y": the officials a list says attended the talks lead their sides.
  ATTENDED_HEADS.lastIndex = 0;
  for (let match = ATTENDED_HEADS.exec(clause); match; match = ATTENDED_HEADS.exec(clause)) {
    const spanStart = match.index + match[0].length;
    const span = clause.slice(spanStart);
    if (HYPOTHETICAL_MEETING.test(tailBefore(clause, match.index)) || TECHNICAL_BEFORE.test(tailBefore(clause, spanStart))) continue;
    // "…attended by A, Emir of Qatar, B, Emir of Kuwait, and C": a list whose posts name two sides or more is the table too.
    const attendees = listedHeads(span, lookup);
    if (!ATTENDEE_PAIR.test(span) && sidesOf(attendees) < 2) continue;
    for (const head of attendees) add({ ...head, index: spanStart + head.index });
  }

  // "The head of the Ukrainian delegation, Defence Minister X, said", "Russia's delegation chief, X,": the role, then its holder.
  for (const pattern of [ROLE_THEN_NAME, SIDE_ROLE_THEN_NAME]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      const head = roleHolder(clause, match, pattern === SIDE_ROLE_THEN_NAME, lookup);
      if (head) add(head);
    }
  }

  for (const head of respectivePostHeads(clause)) add(head);
  for (const head of signedAlongsideHeads(clause, lookup)) add(head);
  for (const head of talksWithHeads(clause, lookup)) add(head);
  for (const head of acrossTheTableHeads(clause, lookup)) add(head);
  for (const head of meetingHeads(clause)) add(head);
  for (const head of negotiatorHeads(clause, lookup)) add(head);
  if (heads.length === 0) for (const head of knownPairHeads(clause, lookup)) add(head);
  if (heads.length === 0) for (const head of headsMeetingSide(clause, lookup)) add(head);
  if (heads.length === 1) for (const head of acrossFromOne(clause, heads[0]!, lookup)) add(head);
  return heads;
}

// "A, Peru's top negotiator, met B, Chile's deputy foreign minister": the person met across from the one head a clause names.
const MET_ACROSS = /\b(?:(?:met|meets)(?:\s+with)?|held\s+(?:[\p{L}-]+\s+){0,3}?talks\s+with|sat\s+down\s+with|negotiated\s+with|conferred\s+with)\s+/u;

/**
 * One head found in a clause about meeting someone: a person the article introduced with another side, named as whom that
 * head met ("A met B, Chile's envoy"), led that side.
 */
function acrossFromOne(clause: string, found: HeadMention, lookup: PersonLookup | undefined): HeadMention[] {
  if (!lookup || !found.party || PHONE_CALL.test(clause)) return [];
  const met = MET_ACROSS.exec(clause);
  if (!met || HYPOTHETICAL_MEETING.test(tailBefore(clause, met.index)) || NEGATED_BEFORE.test(tailBefore(clause, met.index))) return [];
  const start = met.index + met[0].length;
  const other = knownPersonAt(clause.slice(start), lookup, true);
  if (!other?.party || other.party === found.party || found.index > met.index) return [];
  if (MEDIATOR_NEAR.test(clause.slice(start, start + other.length + 40))) return [];
  return [{ party: other.party, head: other.name, title: other.title ?? lookup(other.name)?.title ?? null, index: start + other.nameStart }];
}

// "X met", "X held talks with", "X sat down with": the subject meets whoever the object names.
const MEETS_OBJECT = /^\s+(?:(?:also\s+)?(?:met|meets)(?:\s+with)?|held\s+(?:(?:[\p{L}-]+\s+){0,3})?(?:talks|negotiations)\s+with|sat\s+down\s+with|negotiated\s+with|conferred\s+with)\s+/u;
// The object phrase ends where the sentence turns to something else ("…, where", "to discuss").
const OBJECT_END = /[;:]|,\s+(?:where|which|who|when|after|before|as|while|and\s+(?:said|told))\b|\s+(?:to|and)\s+(?:discuss|said|told)\b|\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
const TIME_LEAD = /^(?:On|In|Earlier|Later|Last|This|Since|After|Before)\b[^,;]{0,40},\s+(?:\p{Ll}[^,;]{0,60},\s+)?(?=\p{Lu})/u;
const DATELINE_LEAD = /^\p{Lu}[\p{L}.' ]{1,30},\s*[\p{L}\p{N}. ]{1,30}?(?:\s*\([^)]{1,20}\))?\s*[–—-]{1,2}\s+/u;
// "Iranian Deputy Foreign Ministers A and B met …": a plural post over two names of one side; the first named heads it.
const PLURAL_PAIR_OPENING = /^((?:(?:\p{Lu}[\p{L}'’.-]*|of|for|the)\s+){0,6}(?:Ministers|ministers|Envoys|envoys|Negotiators|negotiators|Ambassadors|ambassadors|Representatives|representatives|Secretaries|secretaries|Ministers of [\p{L} ]{3,30}?))\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]+\p{Lu}[\p{L}'’-]+){1,3})\s+and\s+\p{Lu}[\p{L}'’-]+(?:[\s-]+\p{Lu}[\p{L}'’-]+){1,3}(?=\s)/u;

// The verbs MEETS_OBJECT reads, as a word test that spares most clauses the opening parse.
const MEETS_WORD = /\b(?:met|meets|held|sat|negotiated|conferred)\b/;

/**
 * "Iranian Deputy Foreign Minister X met political directors of the E3", "Kenya's envoy Y held talks with the Sudanese
 * delegation": a person whose side and post the clause gives, meeting another side named by its people or its name, heads
 * the own side. Only the subject is taken: the other side is named without a person.
 */
function headsMeetingSide(whole: string, lookup: PersonLookup | undefined): HeadMention[] {
  if (!MEETS_WORD.test(whole) || PHONE_CALL.test(whole)) return [];
  // "Istanbul, IRNA – Iran's …": the dateline before the subject.
  const datelineEnd = DATELINE_LEAD.exec(whole)?.[0].length ?? 0;
  // "On June 20, a week into the war, Foreign Minister X met …": a time phrase set off before the subject.
  const dateline = datelineEnd + (TIME_LEAD.exec(whole.slice(datelineEnd))?.[0].length ?? 0);
  const clause = whole.slice(dateline);
  const pair = PLURAL_PAIR_OPENING.exec(clause);
  const opening = pair ? `${singularTitle(pair[1]!)} ${pair[2]!}` : CAPITALIZED_OPENING.exec(clause)?.[0];
  if (!opening) return [];
  const openingEnd = pair ? pair[0].length : opening.length;
  if (!pair && /^\s+and\s/.test(clause.slice(openingEnd))) return [];
  const subject = splitTitleAndName(opening);
  if (!subject || subject.nameEnd !== opening.length || !subject.title) return [];
  const verb = MEETS_OBJECT.exec(clause.slice(openingEnd));
  if (!verb) return [];
  const objectStart = openingEnd + verb[0].length;
  const rest = clause.slice(objectStart, objectStart + 120);
  const object = rest.slice(0, OBJECT_END.exec(rest)?.index ?? rest.length);
  if (MEDIATOR_NEAR.test(object) || HYPOTHETICAL_MEETING.test(clause.slice(0, objectStart))) return [];
  const index = dateline + (pair ? clause.indexOf(pair[2]!, pair[1]!.length) : subject.nameStart);
  const party = ownSide(opening.slice(0, subject.nameStart), subject.name, lookup);
  // "Foreign Minister X met his British, French and German counterparts A, B and C": the counterparts' one side is across
  // the table from X, and the first of them heads it with X's post.
  const counterpart = COUNTERPART.exec(object);
  const counterpartSide = counterpart?.[1] ? counterpartSideOf(counterpart[1]) : null;
  if (counterpart && counterpartSide && counterpartSide !== party) {
    const first = knownOrNamedAt(object.slice(counterpart[0].length), lookup);
    const own: HeadMention = party ? { party, head: subject.name, title: subject.title, index } : { party: null, head: subject.name, title: subject.title, index, opposite: counterpartSide };
    const other: HeadMention[] = first ? [{ party: counterpartSide, head: first.name, title: first.title ?? subject.title, index: dateline + objectStart + counterpart[0].length + first.nameStart }] : [];
    return [own, ...other];
  }
  if (!party) return [];
  const across = findPartyMentions(object).find((mention) => !mention.isPlace && !mention.isMediator && mention.party !== party);
  if (!across) return [];
  return [{ party, head: subject.name, title: subject.title, index }];
}

// "chief negotiator", "top Hamas negotiator", "lead rebel negotiator": the post of the one who speaks for a side at the table.
// "NDFP panel chair X", "the government peace panel head": whoever chairs a side's panel of negotiators speaks for it too.
const CHIEF_NEGOTIATOR = /\b(?:chief|lead|top|head|main|principal)\s+(?:([\p{L}-]+)\s+)?negotiator\b|\b(?:(?:negotiating|peace)\s+)?panel\s+(?:chair(?:man|woman|person)?|head)\b/giu;
// The words that may say whose negotiator it is: a side's name or adjective, a possessive, an article.
const NEGOTIATOR_LEAD = /(?:^|[,;:(—–]\s*|\b(?:and|while|as|but|said|says)\s+)((?:(?:the|its|their|\p{Lu}[\p{L}.'’-]*|[\p{L}-]+['’]s?)\s+){0,4})$/u;
// Roles in the talks rather than posts: "chief negotiator", "head of the government delegation".
const ROLE_TITLE = /^(?:(?:chief|lead|top|head|main|principal|senior)\s+)?(?:[\p{L}-]+\s+)?negotiator$|^(?:the\s+)?(?:head|leader|chief)\s+of\s+(?:the\s+)?[\p{L}\p{N}'’ -]*\b(?:delegation|team|negotiators)$/iu;
const SIDE_WORD = /^(?:rebel|government|opposition|militant|insurgent|guerrilla|group)['’]?s?$/i;
const FORMER_BEFORE = /\b(?:former|ex-|then|previous|onetime|one-time)\s*$/i;
// "Mohammed Abdulsalam, the Houthis' chief negotiator": a full name set off before the post.
const NAME_BEFORE_POST = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:the\s+|a\s+)?(?:[\p{L}.'’-]+\s+){0,3})$`, 'u');

/**
 * "Houthi chief negotiator Mohammed Abdulsalam said", "The government's chief negotiator, X,", "X, Hamas's top negotiator,":
 * whoever a report calls a side's chief negotiator heads that side at the table, whatever the clause's verb.
 */
function negotiatorHeads(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  const found: HeadMention[] = [];
  // Most clauses name no negotiator nor panel: a plain test spares the pattern.
  if (!/negotiator|panel/i.test(clause)) return found;
  CHIEF_NEGOTIATOR.lastIndex = 0;
  for (let match = CHIEF_NEGOTIATOR.exec(clause); match; match = CHIEF_NEGOTIATOR.exec(clause)) {
    const before = tailBefore(clause, match.index, 120);
    const end = match.index + match[0].length;
    const lead = NEGOTIATOR_LEAD.exec(before)?.[1] ?? '';
    if (FORMER_BEFORE.test(before) || /\b(?:former|ex|then)\b/i.test(`${lead}${match[0]}`)) continue;
    // "X, chief negotiator of the DPRK delegation": the side may follow the role.
    const sideAfterRole = /^\s+(?:of|for)\s+(?:the\s+)?/.exec(clause.slice(end));
    const roleOf = sideAfterRole ? findPartyMentions(clause.slice(end + sideAfterRole[0].length, end + sideAfterRole[0].length + 60)).find((mention) => mention.index === 0 && !mention.isPlace && !mention.isMediator)?.party ?? null : null;
    const side = findPartyMentions(`${lead}${match[0]}`).filter((mention) => !mention.isPlace && !mention.isMediator).at(-1)?.party ?? roleOf;
    // "top ELN negotiator", "chief rebel negotiator": the word between says whose; "top trade negotiator" names a standing post
    // that a deputy holds while a minister leads the round.
    const middle = match[1] ?? '';
    if (middle && !SIDE_WORD.test(middle) && findPartyMentions(middle).length === 0) continue;
    // A side's panel chair is a post of its own, by which other reports name the person too.
    const panel = /panel/i.test(match[0]);
    // "GRP panel chair and Labor Secretary X": the post the person holds besides the role, written between them.
    const gap = /^(?:,\s+|\s+and\s+(?=\p{Lu})|\s+)/u.exec(clause.slice(end));
    const after = gap ? clause.slice(end + gap[0].length) : '';
    const besidePost = gap && /\band\s+$/.test(gap[0]) ? parsePersonSpan(after) : null;
    const named = besidePost?.title ? besidePost : /\band\s+$/.test(gap?.[0] ?? '') ? null : knownOrNamedAt(after, lookup);
    if (named && gap) {
      const party = side ?? lookup?.(named.name)?.party ?? null;
      // ", the President's labour secretary,": a post set off after the name is the person's. Failing one, the role stands as
      // reported ("chief negotiator"); a post the article gives the person elsewhere outranks it (findHeads' add).
      const post = besidePost?.title ?? postSetOffAfter(after.slice(named.nameEnd)) ?? (panel ? match[0] : match[0].toLowerCase());
      if (party) found.push({ party, head: named.name, title: post, index: end + gap[0].length + named.nameStart });
      continue;
    }
    const appositive = NAME_BEFORE_POST.exec(before);
    if (!appositive?.[1]) continue;
    const person = splitTitleAndName(appositive[1]);
    if (!person || person.nameStart !== 0) continue;
    const party = side ?? lookup?.(person.name)?.party ?? null;
    const index = match.index - before.length + appositive.index;
    // "X, the government's lead negotiator and national security adviser,": the post named beside the role.
    const beside = /^\s+and\s+([^,;.()]{3,60}?)(?=\s*[,;.)]|$)/.exec(clause.slice(end))?.[1];
    const post = beside ? cleanTitle(beside) : null;
    if (party) found.push({ party, head: person.name, title: post && !ROLE_TITLE.test(post) ? post : match[0].toLowerCase(), index });
  }
  return found;
}

/** ", the President's labour secretary,": a post set off by commas right after a name, or null. */
function postSetOffAfter(afterName: string): string | null {
  const setOff = /^,\s+([^,;()"“”]{3,60}?),/.exec(afterName);
  return setOff?.[1] && !ADDS_ANOTHER.test(setOff[1]) ? cleanTitle(setOff[1]) : null;
}

// "US negotiator X", "South Korea's chief delegate, Deputy Foreign Minister Y", "Russian representative Z": a side's
// representative at the talks, by a role word rather than "led" or "head of delegation". Plural roles are left to the list rules.
const ROLE_RANKS = String.raw`(?:(?:chief|lead|top|head|main|principal|senior|special|personal|presidential)\s+)*`;
const SIDE_ROLE = new RegExp(String.raw`\b${ROLE_RANKS}(?:plenipotentiary\s+representative|negotiator|delegate|envoy|representative|plenipotentiary|emissary)\b(?!['’-])`, 'giu');
// Words before a role that make it someone else's than the side's head: a deputy, a past holder, a member of a team.
const NOT_HEAD_ROLE_BEFORE = new RegExp(String.raw`\b(?:deputy|vice|assistant|former|ex|then|previous|onetime|one-time|another|other|a\s+second|junior|alternate|fellow|technical|trade|economic|military|humanitarian|climate|nuclear|security)[\s-]*${ROLE_RANKS}$`, 'i');
// The role names a standing post elsewhere ("envoy to Moscow", "representative for Afghanistan", "envoy on climate"), not the talks.
const ROLE_ELSEWHERE_AFTER = /^\s+(?:to|for|on|at|in)\s+/i;

// "Mohammed Abdulsalam, the Houthis' ", "Deinego, the LPR ": a name (a surname will do) set off before a side's role.
const NAME_BEFORE_ROLE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){0,3}),\s+((?:the\s+|a\s+)?(?:[\p{L}.'’-]+\s+){0,3})$`, 'u');

/**
 * Weaker evidence of who led a side: a person a report names by a role that speaks for a side at the talks ("US negotiator
 * X", "Japan's chief delegate, Y", "the Houthis' envoy, Z"), whatever the clause's verb. A deputy or a post elsewhere is no
 * such role. Used only where no report names the side's head outright (see the merge): there it is what outlets offer.
 */
export function roleHeads(clause: string, lookup?: PersonLookup): HeadMention[] {
  const found: HeadMention[] = [];
  if (!/negotiator|delegate|envoy|representative|plenipotentiary|emissary/i.test(clause)) return found;
  SIDE_ROLE.lastIndex = 0;
  for (let match = SIDE_ROLE.exec(clause); match; match = SIDE_ROLE.exec(clause)) {
    const before = tailBefore(clause, match.index, 120);
    const end = match.index + match[0].length;
    const rest = clause.slice(end);
    if (NOT_HEAD_ROLE_BEFORE.test(before) || ROLE_ELSEWHERE_AFTER.test(rest)) continue;
    // "Deinego, the LPR plenipotentiary representative, said": the name set off before the role.
    const nameBefore = /^\s*(?:[,.;)]|$)/.test(rest) ? NAME_BEFORE_ROLE.exec(before) : null;
    const lead = nameBefore ? nameBefore[2]! : (NEGOTIATOR_LEAD.exec(before)?.[1] ?? '');
    // Only the side's own words may stand between a side and its role ("the Russian envoy"; not "a Russian trade envoy").
    if (!lead.trim().split(/\s+/).filter(Boolean).every((word) => isLeadWord(word) && !isTitleToken(word))) continue;
    const side = findPartyMentions(`${lead}${match[0]}`).filter((mention) => !mention.isPlace && !mention.isMediator).at(-1)?.party ?? null;
    const role = match[0].toLowerCase();
    if (nameBefore) {
      const name = lookup?.(nameBefore[1]!)?.name ?? nameBefore[1]!;
      const known = lookup?.(name) ?? null;
      const party = side ?? known?.party ?? null;
      // A post the article gives the person, else the role as reported.
      if (party) found.push({ party, head: name, title: known?.title ?? role, index: match.index - before.length + nameBefore.index + nameBefore[0].indexOf(nameBefore[1]!) });
      continue;
    }
    const gap = /^(?:,\s+|\s+)/.exec(rest);
    if (!gap) continue;
    const after = clause.slice(end + gap[0].length);
    // "Personal Envoy of the UN Secretary-General for Western Sahara, X": whose envoy follows the role, and it is not the side's.
    if (!/^\p{Lu}/u.test(after)) continue;
    const named = parsePersonSpan(after) ?? knownOrNamedAt(after, lookup);
    if (!named || named.nameStart !== 0 && named.title === null) continue;
    // The name must end the phrase: "…envoy Mikhail Zurabov, Moscow's ambassador" still does, "envoy Kim's team" does not.
    if (/^['’]s\b/.test(after.slice(named.nameEnd))) continue;
    const known = lookup?.(named.name) ?? null;
    const party = side ?? known?.party ?? null;
    if (!party) continue;
    // "US negotiator X, an assistant secretary of state,": a post set off after the name is the person's.
    const post = named.title ?? postSetOffAfter(after.slice(named.nameEnd)) ?? known?.title ?? null;
    found.push({ party, head: named.name, title: post ?? role, index: end + gap[0].length + named.nameStart });
  }
  return found;
}

// The capitalized words a clause opens with: a subject's side, post and name ("Serbian President Aleksandar Vucic said…").
// "Qatar's Emir Sheikh Tamim bin Hamad al-Thani": a name's particles ("bin", "al-") are lower-case inside it.
const CAPITALIZED_OPENING = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|the|bin|ibn|bint|(?:al|el)-\p{Lu}[\p{L}'’-]*)\s+)*(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}'’-]*/u;

/** The person a clause opens with, named in full with side and post or as the article introduced them, or null. */
function subjectPerson(clause: string, lookup: PersonLookup | undefined): TitledName | null {
  // "On 6 August, X travelled … for a meeting with Y": a time phrase set off before the subject.
  const lead = TIME_LEAD.exec(clause)?.[0].length ?? 0;
  const opening = CAPITALIZED_OPENING.exec(clause.slice(lead))?.[0];
  // "A and B met with C": a pair opens the clause, not one person.
  if (!opening || /^\s+and\s/.test(clause.slice(lead + opening.length))) return null;
  const person = splitTitleAndName(opening) ?? knownPersonAtEnd(opening, lookup);
  return person && person.nameEnd === opening.length ? { ...person, nameStart: lead + person.nameStart, nameEnd: lead + person.nameEnd } : null;
}

// "Bosnian President X signed the constitutional principles", "Chancellor X then signed the treaty": a side's leader who puts
// his name to what the talks produced stood for his side there.
const SIGNED_TEXT = /^\s+(?:(?:also|then|later|finally|formally|personally|duly|had|has|have|himself|herself)\s+)*(?:signed|initial(?:l)?ed|put (?:his|her) (?:name|signature) to)\s+(?:(?:the|a|an|all|both|its|his|her|their|three|two|four|five|several|each)\s+)*(?:(?!(?:executive|order|orders|decree|decrees|law|laws|bill|bills|legislation)\b)[\p{L}-]+(?<!ing)\s+){0,4}?(?:documents?|declarations?|agreements?|accords?|communiqu[eé]s?|treat(?:y|ies)|deal|texts?|plan|principles|package|protocols?|memorand(?:um|a)|map|ceasefire|truce|charter|settlement)\b/iu;

/** The person a clause opens with, as a head of the side the words before the name (or the article) give; null without one. */
function subjectWithSide(clause: string, lookup: PersonLookup | undefined): { head: HeadMention; nameEnd: number } | null {
  const subject = subjectPerson(clause, lookup);
  if (!subject) return null;
  const party = ownSide(clause.slice(0, subject.nameStart), subject.name, lookup);
  if (!party) return null;
  return { head: { party, head: subject.name, title: subject.title ?? lookup?.(subject.name)?.title ?? null, index: subject.nameStart }, nameEnd: subject.nameEnd };
}

/** The clause's subject, a person with a side, who signed a text of the talks: that side's leader there (weak evidence). */
export function signerHeads(clause: string, lookup?: PersonLookup): HeadMention[] {
  if (!/\b(?:signed|initial(?:l)?ed|put (?:his|her) (?:name|signature))\b/i.test(clause)) return [];
  const subject = subjectWithSide(clause, lookup);
  return subject && SIGNED_TEXT.test(clause.slice(subject.nameEnd)) ? [subject.head] : [];
}

// "Qatar's Emir X signed the document alongside the UAE's vice president Y, Bahrain's Crown Prince Z and …".
const SIGNED_ALONGSIDE = /\bsigned\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:document|declaration|agreement|accord|communiqu[eé]|treaty|deal|text)\s+(?:alongside|together with)\s+/iu;

/** The subject who signed a text alongside others, and those others, each of a side the sentence gives: the sides' heads. */
function signedAlongsideHeads(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  const match = SIGNED_ALONGSIDE.exec(clause);
  if (!match) return [];
  const subject = subjectWithSide(clause, lookup);
  if (!subject || subject.nameEnd > match.index) return [];
  const spanStart = match.index + match[0].length;
  const listed = listedHeads(clause.slice(spanStart), lookup).filter((head) => head.party !== null && head.party !== subject.head.party);
  if (listed.length === 0) return [];
  return [subject.head, ...listed.map((head) => ({ ...head, index: spanStart + head.index }))];
}

// "…, after talks in Ohrid with X", "held talks with his counterpart X": the person met across the table.
// "the talks held in Vienna with X": a participle between the talks and where they were held.
const TALKS_WITH = /\b(?:talks|negotiations|meeting|met|meets)(?:\s+(?:held|being held|taking place|that took place))?(?:\s+(?:in|at|on)\s+[^,;]{1,40}?)?\s+with\s+/giu;

/**
 * "Serbian President X said, after talks with the prime minister of Y, Z, that…": the clause's subject and the person
 * it held talks with head two sides, when each names a different side and neither is the host or mediator.
 */
function talksWithHeads(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  TALKS_WITH.lastIndex = 0;
  const first = TALKS_WITH.exec(clause);
  if (!first || PHONE_CALL.test(clause) || HYPOTHETICAL_MEETING.test(tailBefore(clause, first.index + first[0].length))) return [];
  // "X held negotiations with the North in Pyongyang, when he met Y, then Pyongyang's envoy": in a sentence about negotiating,
  // the person met is across the table.
  MET_PERSON.lastIndex = first.index;
  const met = /^(?:talks|negotiations)\b/i.test(first[0]) ? MET_PERSON.exec(clause) : null;
  const withPerson = parsePersonSpan(clause.slice(first.index + first[0].length)) ?? knownPersonAt(clause.slice(first.index + first[0].length), lookup, true);
  const match = !withPerson && met ? met : first;
  const spanStart = match.index + match[0].length;
  const span = clause.slice(spanStart);
  // "X held a trilateral meeting with A's Y and B's Z": talks with two sides at once make X the host, and Y and Z the heads.
  const listed = listedHeads(span, lookup);
  if (sidesOf(listed) >= 2) return listed.map((head) => ({ ...head, index: spanStart + head.index }));
  const subject = subjectPerson(clause, lookup);
  if (!subject || subject.nameEnd > match.index) return [];
  // "A and B met with C": with two in the subject, C is the host (the pair rule reads A and B).
  if (/\band\b/.test(clause.slice(subject.nameEnd, match.index))) return [];
  const other = parsePersonSpan(span) ?? knownPersonAt(span, lookup, true);
  if (!other || MEDIATOR_NEAR.test(span.slice(0, other.length))) return [];
  const subjectParty = ownSide(clause.slice(0, subject.nameStart), subject.name, lookup);
  // ", then Pyongyang's special representative": the post set off after the name may give the side.
  const otherParty = ownSide(span.slice(0, other.nameStart), other.name, lookup) ?? (other.length > other.nameEnd ? postSide(span.slice(other.nameEnd, other.length)) : null) ?? hostSide(clause, subjectParty, other.title);
  if (!subjectParty || !otherParty || subjectParty === otherParty) return [];
  return [
    { party: subjectParty, head: subject.name, title: subject.title ?? lookup?.(subject.name)?.title ?? null, index: subject.nameStart },
    { party: otherParty, head: other.name, title: other.title ?? lookup?.(other.name)?.title ?? null, index: spanStart + other.nameStart },
  ];
}

// The posts of whoever receives a visiting negotiator at home: a head of state or government, or a minister.
const HOST_POST = /^(?:the\s+)?(?:president|prime minister|premier|chancellor|king|emir|crown prince|foreign secretary|(?:[\p{L}-]+\s+){0,2}minister)\b/iu;

/**
 * "Haig held talks with Prime Minister Thatcher at 10 Downing Street": a head of government or minister named without a side,
 * met in the capital (or a landmark of the capital) of one side other than the visitor's, is that side's.
 */
function hostSide(clause: string, visitor: string | null, title: string | null): string | null {
  if (!visitor || !title || !HOST_POST.test(title)) return null;
  // "…in Lima": a capital after "in" or "at" is where they met.
  const places = [...clause.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/gu)].map((match) => stateOfCapital(match[1]!)).filter((party): party is string => party !== null);
  // "at 10 Downing Street": a landmark of a capital (the Palais des Nations stands in Geneva, no side's capital).
  const city = landmarkCity(clause);
  const landmarkParty = city ? stateOfCapital(city) : null;
  if (landmarkParty) places.push(landmarkParty);
  const hosts = new Set(places.filter((party) => party !== visitor));
  return hosts.size === 1 ? [...hosts][0]! : null;
}

// "…, when he met Kim Hyok Chol": a person met, named right after the verb.
const MET_PERSON = /\b(?:he|she|they)\s+(?:also\s+|first\s+)?(?:met|meets)\s+(?=\p{Lu})/gu;

// "A faced B across the table", "A sat across from B": verbs that put two people on opposite sides of a negotiating table.
const ACROSS_FROM = /\s+(?:faced|faces|sat\s+(?:down\s+)?(?:across\s+(?:the\s+(?:negotiating\s+)?table\s+)?from|opposite)|came\s+face\s+to\s+face\s+with)\s+/giu;

/** The longest phrase naming one person (side, post, name) that ends `text` ("… at which Taliban co-founder Baradar"), with its offset. */
function personEndingAt(text: string, lookup: PersonLookup | undefined, appositive: string | null = null): { offset: number; person: HeadMention } | null {
  const tail = tailBefore(text, text.length, 120);
  const starts = [...tail.matchAll(/\S+/g)].slice(-7).map((word) => word.index ?? 0);
  for (const start of starts) {
    const person = personPhrase(tail.slice(start), lookup, appositive, true);
    if (person) return { offset: text.length - tail.length + start, person };
  }
  return null;
}

/** ", a Kremlin aide,": the side a post set off after a name gives. */
function postSide(appositive: string): string | null {
  return findPartyMentions(appositive).find((mention) => !mention.isPlace && !mention.isMediator)?.party ?? null;
}

/** "the first round at which Baradar faced Khalilzad across the table": the two people so placed head the two sides. */
function acrossTheTableHeads(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  ACROSS_FROM.lastIndex = 0;
  for (let match = ACROSS_FROM.exec(clause); match; match = ACROSS_FROM.exec(clause)) {
    const before = clause.slice(0, match.index);
    // "Umerov, then Ukraine's defence minister, faced Medinsky": the first person's post set off by commas.
    const aside = /,\s+([^,;]{3,80}),\s*$/.exec(before);
    const first = (aside ? personEndingAt(before.slice(0, aside.index), lookup, aside[1]!) : null) ?? personEndingAt(before, lookup);
    const spanStart = match.index + match[0].length;
    const span = clause.slice(spanStart);
    const second = parsePersonSpan(span) ?? knownPersonAt(span, lookup, true);
    const secondParty = second ? (ownSide(span.slice(0, second.nameStart), second.name, lookup) ?? postSide(span.slice(second.nameEnd, second.length))) : null;
    if (!first?.person.party || !second || !secondParty || first.person.party === secondParty || MEDIATOR_NEAR.test(clause)) continue;
    return [
      { ...first.person, index: first.offset + first.person.index },
      { party: secondParty, head: second.name, title: second.title ?? lookup?.(second.name)?.title ?? null, index: spanStart + second.nameStart },
    ];
  }
  return [];
}

// "the chief negotiators, A's X and B's Y", "the two heads of delegation, X and Y": a plural role, then its holders.
const PLURAL_ROLE_LIST = /\b(?:chief|lead|top|head|main)\s+negotiators\s*,\s+|\b(?:heads|leaders)\s+of\s+(?:the\s+)?(?:two\s+)?delegations?\s*,\s+|\bdelegation\s+(?:heads|leaders|chiefs)\s*,\s+/giu;
// "talks between", "the next meeting between", "negotiations held in Berlin between": the people listed next are the two sides.
// "the mediator shuttled between X and Y": whom a go-between carries messages between are the heads of the two sides.
const BETWEEN_HEADS = /\b(?:talks|negotiations|meetings?|dialogue|consultations|summit|round)(?:\s+(?:held|being held|to be held|that took place|taking place))?(?:\s+(?:in|at|on)\s+[^,;]{1,40}?)?\s+between\s+|\bshuttl\w*(?:\s+back\s+and\s+forth)?\s+between\s+/giu;
// "talks in Doha on August 15 and 16, attended by X and Y": the people at the table; a signing ceremony's guests are not listed so.
const ATTENDED_HEADS = /\b(?:talks|negotiations|meetings?|round|session|consultations|summit)\b[^.;]{0,60}?\battended\s+by\s+(?:the\s+)?/giu;
// At least two people named before the list ends: one dignitary attending is a guest, not a side of the talks.
const ATTENDEE_PAIR = /^[^,;]{3,80}?\s+and\s+\p{Lu}/u;
// "after hosting X and Y", "received X and Y": whom a host brings together are the sides ("hosted by X" names the host instead).
// "The declaration was signed in Doha by A, head of …, and B, …": the signatories of the two sides.
const SIGNED_BY = /\b(?:signed|initialled|initialed)\s+(?:[^.;,]{0,50}?\s)?by\s+(?:the\s+)?/giu;
const HOSTED_HEADS = /\b(?:hosting|hosted|hosts|received|receiving|welcomed|welcoming|brought together|bringing together|convened|convening)\s+(?!by\b|on\b|in\b|at\b|the\s+(?:talks|meeting|negotiations|round)\b)/giu;

// "Talks between X and Ukraine are possible": talks spoken of as in doubt name no head.
const TALKS_IN_DOUBT = /\b(?:possible|unlikely|could|might|may|would)\b/;
// What may follow a side's name before "and": "the Taliban's negotiators", "Ukrainian officials".
const SIDE_WORDS_AFTER = /^(?:['’]s)?(?:\s+(?:delegation|delegations|negotiators|negotiating team|team|representatives|officials|government|leaders|leadership))?/;
const AND_NEXT = /^\s*,?\s+and\s+(?:the\s+)?/;
// "talks between Iran and the administration of President X": a side named by its leader's government; the leader sat at no table.
const PRINCIPAL_OF = /^(?:the\s+)?(?:administration|government|regime|cabinet|office|forces|army|envoys?|representatives|negotiators|team|aides|officials)\s+of\b/i;

/**
 * "talks between U.S. envoy X and the Taliban", "talks between the Taliban and U.S. envoy X": one side named by the person who
 * sat at the table for it, the other by its name; the person heads the first.
 */
function headAgainstSide(span: string, lookup: PersonLookup | undefined): HeadMention | null {
  const mentions = findPartyMentions(span.slice(0, 160)).filter((mention) => !mention.isPlace && !mention.isMediator);
  const person = parsePersonSpan(span) ?? knownPersonAt(span, lookup, true);
  const party = person ? ownSide(span.slice(0, person.nameStart), person.name, lookup) : null;
  const joint = person ? AND_NEXT.exec(span.slice(person.length)) : null;
  if (person && party && joint) {
    if (PRINCIPAL_OF.test(span.slice(0, person.nameStart))) return null;
    const otherStart = person.length + joint[0].length;
    const other = mentions.find((mention) => mention.index === otherStart);
    return other && other.party !== party ? { party, head: person.name, title: person.title, index: person.nameStart } : null;
  }
  const side = mentions.find((mention) => /^(?:the\s+)?$/i.test(span.slice(0, mention.index)));
  if (!side) return null;
  const after = span.slice(side.index + side.text.length);
  const words = SIDE_WORDS_AFTER.exec(after)![0].length;
  const and = AND_NEXT.exec(after.slice(words));
  if (!and) return null;
  const start = span.length - after.length + words + and[0].length;
  const second = parsePersonSpan(span.slice(start)) ?? knownPersonAt(span.slice(start), lookup, true);
  const secondParty = second ? ownSide(span.slice(start, start + second.nameStart), second.name, lookup) : null;
  if (second && PRINCIPAL_OF.test(span.slice(start, start + second.nameStart))) return null;
  return second && secondParty && secondParty !== side.party ? { party: secondParty, head: second.name, title: second.title, index: start + second.nameStart } : null;
}

/** The side a person phrase names itself: "Serbian President X", "the Foreign Minister of A X", or the article's introduction. */
function ownSide(lead: string, name: string, lookup: PersonLookup | undefined): string | null {
  // Places and sides are written with and without their diacritics ("Priština", "Pristina"); the letters stay where they are.
  const plain = lead.normalize('NFD').replace(/\p{M}/gu, '');
  const folded = plain !== lead && plain.length === lead.length ? findPartyMentions(plain) : [];
  const mentions = [...findPartyMentions(lead), ...folded].sort((a, b) => a.index - b.index);
  const own = mentions.find((mention) => !mention.isPlace && /^(?:the\s+|his\s+|her\s+|their\s+)?$/i.test(lead.slice(0, mention.index)))?.party ?? null;
  // "the prime minister of the institutions in Pristina, X": the seat a post is held in names its side.
  const seat = mentions.find((mention) => mention.isPlace && /\b(?:government|institutions|authorities|administration)\s+(?:based\s+)?in\s+$/i.test(plain.slice(0, mention.index)))?.party ?? null;
  return own ?? postOf(lead) ?? lookup?.(name)?.party ?? seat;
}

/** How many sides a list of heads stands for: their own, or the one across from a named side. */
function sidesOf(listed: readonly HeadMention[]): number {
  const named = new Set(listed.map((head) => head.party).filter((party) => party !== null));
  const across = listed.some((head) => head.party === null && head.opposite !== undefined && named.has(head.opposite));
  return named.size + (across ? 1 : 0);
}

// "his Venezuelan counterpart, Y": the person across the table, on the side the adjective names.
// "his British, French and German counterparts": several adjectives count only when they all name one side (a bloc).
const COUNTERPART = /^(?:his|her|their)\s+((?:\p{Lu}[\p{L}'’-]*(?:,|\s+and)?\s+){1,4})counterparts?\s*,?\s+/u;

/** The one side every adjective before "counterparts" names, or null ("British, French and German" → the bloc, if one). */
function counterpartSideOf(adjectives: string): string | null {
  const words = adjectives.replace(/,|\band\b/g, ' ').trim().split(/\s+/);
  const whole = canonicalParty(adjectives.trim());
  if (whole) return whole;
  const sides = new Set(words.map((word) => canonicalParty(word)));
  return sides.size === 1 ? ([...sides][0] ?? null) : null;
}

const WHO_HEADED_DELEGATIONS = /,\s+who\s+(?:headed|led|head|lead)\s+(?:their|the)\s+(?:(?:two|respective)\s+)?(?:(?:countries|nations|sides|states)['’]\s+)?delegations\b/iu;

/** The two people of two sides listed right before ", who headed their delegations". */
function pairWhoHeaded(clause: string, lookup: PersonLookup | undefined): HeadMention[] {
  const match = WHO_HEADED_DELEGATIONS.exec(clause);
  if (!match) return [];
  const before = clause.slice(0, match.index);
  const tail = tailBefore(before, before.length, 160);
  const starts = [...tail.matchAll(/(?:^|\s)(?=\S)/g)].map((word) => before.length - tail.length + (word.index ?? 0) + word[0].length);
  // The nearest start that lists two sides: the list, and nothing of the clause before it.
  for (const start of starts.reverse()) {
    const listed = listedHeads(before.slice(start), lookup).filter((head) => head.party !== null);
    if (listed.length === 2 && new Set(listed.map((head) => head.party)).size === 2) return listed.map((head) => ({ ...head, index: start + head.index }));
  }
  return [];
}

/** "A's X, B's Y and C's Z", "X and his B counterpart Y": people listed at the start of `span`, each with the side it names. */
function listedHeads(span: string, lookup: PersonLookup | undefined): HeadMention[] {
  const listed: HeadMention[] = [];
  let start = 0;
  for (let turn = 0; turn < 6; turn += 1) {
    // "His Highness Sheikh X", "His Excellency Y": a form of address before a listed name.
    const address = HIGHNESS_LEAD.exec(span.slice(start))?.[0].length ?? 0;
    start += address;
    const rest = span.slice(start);
    const counterpart = COUNTERPART.exec(rest);
    const counterpartSide = counterpart?.[1] ? counterpartSideOf(counterpart[1]) : null;
    const offset = counterpart && counterpartSide ? counterpart[0].length : 0;
    const person = offset > 0 ? knownOrNamedAt(rest.slice(offset), lookup) : (parsePersonSpan(rest) ?? knownPersonAt(rest, lookup, true) ?? surnameBeforeCounterpart(rest));
    if (!person) break;
    // "Sumbu Sita Mambu, head of the Congolese government delegation, and Benjamin Mbonimpa, executive secretary of M23": the
    // appositive after each name gives its side and post; ", and B" goes on with the list, it is no appositive.
    const consumed = person.length > person.nameEnd;
    // ", according to a source close to the SDF" says who told it, not whose the person is.
    const appositive = consumed ? null : /^,\s+(?!(?:at|in|on|during|with|after|before|who|which|where|and|according|said|says|told|sources?|officials?)\b)([^,;()"“”]{3,90}?)(?=,|\s+(?:at|in|on|during)\s|$)/u.exec(rest.slice(offset + person.length));
    // "A, who heads the Brazilian delegation, and B": the relative clause is about A and may say A's side; the list goes on after it.
    const relative = appositive ? null : RELATIVE_ASIDE.exec(rest.slice(offset + person.length));
    const appositiveText = consumed ? rest.slice(offset + person.nameEnd, offset + person.length) : (appositive?.[1] ?? relative?.[0] ?? null);
    const appositiveSide = appositiveText ? (findPartyMentions(appositiveText).find((mention) => !mention.isPlace && !mention.isMediator)?.party ?? null) : null;
    // "a Russian envoy and Heidi Tagliavini": what stands before "and" is someone else.
    const lead = rest.slice(0, offset + person.nameStart).replace(/^.*\band\s+$/s, '');
    // What the sentence says beside the name outweighs what the article said of the person elsewhere.
    const party = counterpartSide ?? (appositiveSide ? (ownSide(lead, person.name, undefined) ?? appositiveSide) : ownSide(lead, person.name, lookup));
    // "head of the Congolese government delegation" is the post these talks gave the person, kept as reported.
    const appositiveTitle = appositive?.[1] ? (cleanTitle(appositive[1]) ?? (/^(?:the\s+)?(?:head|chief|leader)\s+of\s+(?:the\s+)?[^,]*\b(?:delegation|team)$/i.test(appositive[1].trim()) ? appositive[1].trim() : null)) : null;
    const previous = listed[listed.length - 1];
    // "X and his Venezuelan counterpart, Y": the counterpart holds X's post on the other side.
    const counterpartTitle = counterpartSide && previous ? previous.title : null;
    listed.push({ party, head: person.name, title: person.title ?? lookup?.(person.name)?.title ?? appositiveTitle ?? counterpartTitle, index: start + offset + person.nameStart });
    // "X and his Venezuelan counterpart": X sits across from that side.
    if (counterpartSide && previous && previous.party === null) previous.opposite = counterpartSide;
    const after = offset + person.length + (appositive && appositiveSide ? appositive[0].length : 0) + (relative?.[0].length ?? 0);
    // "A, Emir of Qatar; B, Emir of Kuwait; and C": a list goes on after a comma or semicolon too, once each name has its post.
    const more = /^\s*,?\s+and\s+/.exec(rest.slice(after)) ?? (appositiveSide && turn < 5 ? /^\s*[,;]\s*(?:and\s+)?(?=(?:His|Her)\s|\p{Lu})/u.exec(rest.slice(after)) : null);
    if (!more) break;
    start += after + more[0].length;
  }
  return listed.filter((head) => head.party !== null || head.opposite !== undefined);
}

const RELATIVE_ASIDE = /^,\s+(?:who|whose)\s[^,;()]{3,90}(?=,)/;
const HIGHNESS_LEAD = /^\s*(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)|H\.\s?E\.|H\.\s?H\.|H\.\s?R\.\s?H\.)\s+/u;

/** "Todd and his Venezuelan counterpart": a bare surname is a person when a counterpart follows it. */
function surnameBeforeCounterpart(span: string): (TitledName & { length: number }) | null {
  const match = /^(\p{Lu}[\p{L}'’-]+)\s+and\s+(?=(?:his|her|their)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}counterparts?\b)/u.exec(span);
  if (!match?.[1] || !isNameToken(match[1])) return null;
  return { title: null, name: match[1], nameStart: 0, nameEnd: match[1].length, length: match[1].length };
}

/** A full name, or a person the article introduced, at the start of `span`. */
function knownOrNamedAt(span: string, lookup: PersonLookup | undefined): (TitledName & { length: number }) | null {
  const known = knownPersonAt(span, lookup, true);
  if (known) return known;
  const run = NAME_RUN_AT_START.exec(span)?.[0];
  const named = run ? splitTitleAndName(run) : null;
  return named && named.nameStart === 0 ? { ...named, length: named.nameEnd } : null;
}

// The post words news puts in the plural over two names, one from each side ("the foreign ministers A and B").
const PLURAL_TITLE_WORD = /\b(ministers|presidents|premiers|negotiators|envoys|leaders|secretaries|representatives|chiefs|ambassadors|deputies|advisers|advisors|heads|generals|commanders|officials|diplomats)\b/i;

/** "Ministers of Foreign Affairs" → "Minister of Foreign Affairs": the post each of the named people holds. */
export function singularTitle(title: string): string {
  return title.replace(PLURAL_TITLE_WORD, (word) => word.replace(/ies$/i, 'y').replace(/s$/i, ''));
}

/** The last two sides named as a list at the end of `text` ("the delegations of A and B", "A's and B's teams"), in order. */
function listedSidesAtEnd(text: string): [string, string] | null {
  const mentions = findPartyMentions(text).filter((mention) => !mention.isPlace);
  const [first, second] = mentions.slice(-2);
  if (!first || !second || first.party === second.party) return null;
  const between = text.slice(first.index + first.text.length, second.index);
  const after = text.slice(second.index + second.text.length);
  if (!/^\s*(?:,|and|&)\s+(?:the\s+)?$/i.test(between)) return null;
  // Only the side noun, punctuation and the verb's auxiliary may follow the list before "led by".
  if (!/^(?:['’]s)?\s*(?:delegations?|teams?|sides?|negotiators|negotiating teams?|panels?)?\s*,?\s*(?:(?:were|was|are|is|have been|had been|will be)\s+)?(?:(?:respectively|also|again)\s+)?$/i.test(after)) return null;
  return [first.party, second.party];
}

/**
 * "The delegations of A and B, headed by the Ministers of Foreign Affairs X and Y": a plural post over two names pairs the
 * names with the sides just listed, in order; each holds the post in the singular.
 */
function respectiveHeads(before: string, span: string): HeadMention[] | null {
  const sides = listedSidesAtEnd(before);
  if (!sides) return null;
  const first = parsePersonSpan(span);
  if (first && !(first.title && PLURAL_TITLE_WORD.test(first.title))) return headsInListedOrder(sides, span, first);
  if (!first?.title || !PLURAL_TITLE_WORD.test(first.title) || findPartyMentions(first.title).some((mention) => !mention.isPlace)) return null;
  const joint = /^\s*,?\s+and\s+/.exec(span.slice(first.nameEnd));
  if (!joint) return null;
  const secondStart = first.nameEnd + joint[0].length;
  const second = NAME_RUN_AT_START.exec(span.slice(secondStart))?.[0];
  const named = second ? splitTitleAndName(second) : null;
  if (!named || named.nameStart !== 0 || named.title) return null;
  const title = singularTitle(first.title);
  return [
    { party: sides[0], head: first.name, title, index: first.nameStart },
    { party: sides[1], head: named.name, title, index: secondStart },
  ];
}

/**
 * "The Ethiopian and Egyptian delegations were headed by A and B, respectively": two sides listed before "led by", two people
 * after it; each person heads the side named in the same place of its list, unless the person's own words name the side.
 * With two sides listed and the people not told apart, none is taken: the side named last is not the first person's.
 */
function headsInListedOrder(sides: [string, string], span: string, first: TitledName & { length: number }): HeadMention[] {
  const joint = /^\s*,?\s+and\s+/.exec(span.slice(first.length));
  const secondStart = joint ? first.length + joint[0].length : -1;
  const second = joint ? parsePersonSpan(span.slice(secondStart)) : null;
  const own = (lead: string) => findPartyMentions(lead).find((mention) => !mention.isPlace && !mention.isMediator)?.party ?? null;
  const ownFirst = own(span.slice(0, first.nameStart));
  // One person who names a side of the list heads that side.
  if (!joint || !second || second.nameStart > 60) return ownFirst && sides.includes(ownFirst) ? [{ party: ownFirst, head: first.name, title: first.title, index: first.nameStart }] : [];
  const ownSecond = own(span.slice(secondStart, secondStart + second.nameStart));
  const firstParty = ownFirst ?? (ownSecond ? sides.find((side) => side !== ownSecond)! : sides[0]);
  const secondParty = ownSecond ?? sides.find((side) => side !== firstParty)!;
  if (firstParty === secondParty || !sides.includes(firstParty) || !sides.includes(secondParty)) return [];
  return [
    { party: firstParty, head: first.name, title: first.title, index: first.nameStart },
    { party: secondParty, head: second.name, title: second.title, index: secondStart + second.nameStart },
  ];
}

/**
 * "Treasury Secretary A and U.S. Trade Representative B will meet Chinese Vice Premier C": a titled person coordinated with
 * one of a side's people, with no side of their own, is on that side, and named first.
 */
function untaggedPartner(before: string, party: string): HeadMention | null {
  const joint = /\s+and\s+$/.exec(before);
  if (!joint) return null;
  const start = subjectStart(before.slice(0, joint.index));
  const partner = personPhrase(before.slice(start, joint.index), undefined);
  if (!partner || partner.party || !partner.title) return null;
  return { ...partner, party, index: start + partner.index };
}

// The capitalized run after the first word takes a whole capitalized post and the name ("Deputy Foreign Minister Sergey Ryabkov").
// "Syrian Democratic Forces (SDF) commander X": the side's initials in brackets may end the side's name.
const TITLED_SPAN = new RegExp(String.raw`^\)?(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,7}?\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}(?:\p{Lu}[\p{L}'’-]+|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]+)){1,6})`, 'u');

// "Syria's interim President X": how the post is held, between the side and the post.
const POST_QUALIFIER = /^(?:interim|acting|transitional|caretaker|incoming|new)$/i;

/** "<side> <title> <Name>" right after a party mention ("Kremlin aide Vladimir Medinsky"), with the name's offset in `text`. */
function titledAfterParty(text: string, mention: { index: number; text: string }): (TitledName & { index: number }) | null {
  const after = text.slice(mention.index + mention.text.length);
  const span = TITLED_SPAN.exec(after);
  if (!span?.[1]) return null;
  const words = span[1].split(/\s+/);
  const lead = words.slice(0, -2);
  // Only title words may stand between the side and the name ("his Armenian counterpart" names a head without a title).
  if (!lead.every((word) => isTitleToken(word) || CONNECTORS.has(word.toLowerCase()) || isCapitalized(word) || /^counterparts?$/i.test(word) || POST_QUALIFIER.test(word))) return null;
  if (!lead.some((word) => isTitleToken(word) || /^counterparts?$/i.test(word))) return null;
  // "a Russian envoy and Heidi Tagliavini": a post cut off by "and" is someone else's.
  if (/^(?:and|&)$/i.test(lead.at(-1) ?? '')) return null;
  // "his British, French and German counterparts A, B and C": several sides' people listed together cannot be paired by order.
  if (lead.some((word) => canonicalParty(word.replace(/,$/, '')) !== null && canonicalParty(word.replace(/,$/, '')) !== canonicalParty(mention.text))) return null;
  const person = splitTitleAndName(span[1]);
  if (!person) return null;
  return { ...person, index: mention.index + mention.text.length + (span[0].length - span[1].length) + person.nameStart };
}

// "Rustem Umerov, Ukraine's defence minister,", "Steve Witkoff, the U.S. Mideast envoy,": a post set off after the name.
// The post opens with an article, a possessive, a capital or a title word, never with "who"/"which" or a verb; the full stops
// of "U.S." belong to it.
// "Chen Yunlin, head of China's …", "said Chiang, chairman of Taiwan's …": a lower-case post may open without an article
// when its first word is a post's ("head", "chairman"); after "said", the surname alone is the person.
const LOWER_POST_OPENING = String.raw`(?=(?:chairman|chairwoman|chairperson|chair|head|president|minister|deputy|vice|secretary|envoy|ambassador|director|director-general|chief|leader|spokesman|spokeswoman|spokesperson|negotiator|representative|commissioner|adviser|advisor|undersecretary|under-secretary|assistant)\b)`;
const NAME_WITH_POST = new RegExp(String.raw`((?<=\b(?:said|says|told|added)\s+)\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:the\s+|a\s+|an\s+|his\s+|her\s+|then\s+|now\s+|\p{Lu}|${LOWER_POST_OPENING})(?:[^,;.()]|(?<=\p{Lu})\.){2,80}?)(?=\s*(?:[,;)]|(?<!\b\p{Lu})\.)|\s+(?:who|and|said|told|says)\b)`, 'gu');

const DELEGATION_ROLE = /^(?:the\s+)?(?:head|leader|chief|member)s?\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}\p{N}'’ -]*\b(?:delegations?|team|negotiators|side)$/iu;

const POST_COMMA_NAME = new RegExp(String.raw`^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,3})(?=\s*[,.;]|\s+(?:and|who|said|told)\b)`, 'u');

/**
 * Everyone a sentence introduces with a side: "Kremlin aide Vladimir Medinsky", "Guyana's Irfaan Ali",
 * "Rustem Umerov, Ukraine's defence minister". The article's later bare surnames resolve to them.
 */
export function findIntroducedPeople(sentence: string): KnownPerson[] {
  const people: KnownPerson[] = [];
  for (const mention of findPartyMentions(sentence)) {
    if (mention.isPlace) continue;
    const person = titledAfterParty(sentence, mention);
    if (person) {
      people.push({ name: person.name, party: mention.party, title: person.title });
      continue;
    }
    // "Guyana's Irfaan Ali": the side's possessive right before a full name.
    const possessive = /['’]s$/.test(mention.text) ? /^\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b/u.exec(sentence.slice(mention.index + mention.text.length)) : null;
    const named = possessive?.[1] ? splitTitleAndName(possessive[1]) : null;
    // "Taiwan's Straits Exchange Foundation": a run that goes on into a body's name is no person's.
    if (named && named.nameStart === 0 && named.nameEnd === possessive![1]!.length && !/^\s+\p{Lu}/u.test(sentence.slice(mention.index + mention.text.length + possessive![0].length))) {
      people.push({ name: named.name, party: mention.party, title: null });
      continue;
    }
    // "the then Renamo leader, Afonso Dhlakama,": the side's post in lower case, then the full name set off by a comma.
    const postFirst = POST_COMMA_NAME.exec(sentence.slice(mention.index + mention.text.length));
    const post = postFirst?.[1] ? cleanTitle(postFirst[1]) : null;
    // "negotiator, Ambassador X Y": a rank or post before the name is no part of it.
    const holder = postFirst?.[2] && post ? splitTitleAndName(postFirst[2]) : null;
    if (holder && holder.nameEnd === postFirst![2]!.length) people.push({ name: holder.name, party: mention.party, title: holder.title ?? post });
  }
  NAME_WITH_POST.lastIndex = 0;
  for (let match = NAME_WITH_POST.exec(sentence); match; match = NAME_WITH_POST.exec(sentence)) {
    // "said Chiang, chairman of …": a surname alone, which is no side's or place's name.
    const written = match[1]!;
    const named = /\s/.test(written) ? splitTitleAndName(written) : canonicalParty(written) === null && isNameToken(written) ? { name: written, title: null, nameStart: 0 } : null;
    const title = cleanTitle(match[2]!);
    // "Co-chair Pierre Morel, the EU special representative": a post before the name may open the match.
    if (!named || (named.nameStart !== 0 && !named.title) || !title) continue;
    const party = findPartyMentions(match[2]!).find((mention) => !mention.isPlace)?.party ?? null;
    // "X, the head of the government delegation,": the role in these talks, not the post the person holds.
    people.push({ name: named.name, party, title: DELEGATION_ROLE.test(title) ? null : title });
  }
  // "Minister of Foreign Affairs and International Cooperation Hugh Todd": a capitalized post before a full name, with no side;
  // the article's later bare surname is that person with that post, the side coming from elsewhere.
  POST_THEN_NAME.lastIndex = 0;
  for (let match = POST_THEN_NAME.exec(sentence); match; match = POST_THEN_NAME.exec(sentence)) {
    const person = splitTitleAndName(match[0]);
    if (!person?.title || person.nameEnd !== match[0].length || !isTitleToken(match[0].split(/\s+/)[0]!)) continue;
    if (findPartyMentions(match[0].slice(0, person.nameStart)).length > 0 || people.some((known) => known.name === person.name)) continue;
    people.push({ name: person.name, party: null, title: person.title });
  }
  return people;
}

// A run of capitalized words (with "of", "for", "and", "the" inside) that may be a post followed by a name.
const POST_THEN_NAME = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the)){2,12}(?=$|[^\p{L}\p{N}'’-])/gu;

const PLURAL_POSTS = /\b(?:the\s+)?((?:(?:foreign|defen[cs]e|prime|trade|finance|interior|chief|top|special)\s+)?(?:presidents|ministers|premiers|negotiators|envoys|leaders|secretaries|representatives|chiefs))\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}'’ .-]{1,40}?)\s+and\s+((?:the\s+)?[\p{Lu}][\p{L}'’ .-]{1,40}?)(?=[\s,.;]|$)/gu;

/** The singular of a plural post: "foreign ministers" → "foreign minister", "secretaries" → "secretary". */
function singularPost(plural: string): string {
  return plural.replace(/ies$/i, 'y').replace(/s$/i, '');
}

// "the presidents of A and B" closed by a comma: the second side runs to the comma ("of Sudan and South Sudan,").
const RESPECTIVE_POSTS = new RegExp(`${PLURAL_POSTS.source.slice(0, PLURAL_POSTS.source.lastIndexOf('(?='))}(?=,)`, 'gu');
// ", X and Y," right after "the presidents of A and B": the two holders, in the order of their sides.
const RESPECTIVE_NAMES = new RegExp(String.raw`^,\s+(\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,4})\s+and\s+(\p{Lu}[\p{L}'’-]+(?:\s+${NAME_PARTICLE}\p{Lu}[\p{L}'’-]+){1,4})\s*(?=[,;.]|$)`, 'u');

/**
 * "The presidents of Sudan and South Sudan, A and B, signed…": a plural post over two sides, then two names set off by commas,
 * pairs each name with its side in order; each holds the post in the singular.
 */
function respectivePostHeads(clause: string): HeadMention[] {
  const found: HeadMention[] = [];
  // Two names joined by "and" after a comma: without one, there is no "the foreign ministers of A and B, X and Y".
  if (!/,\s+\p{Lu}[^,]*\sand\s+\p{Lu}/u.test(clause)) return found;
  // Leaders on the phone, or hosting others' talks, are not heads of a round.
  if (PHONE_CALL.test(clause) || MEDIATOR_NEAR.test(clause)) return found;
  RESPECTIVE_POSTS.lastIndex = 0;
  for (let match = RESPECTIVE_POSTS.exec(clause); match; match = RESPECTIVE_POSTS.exec(clause)) {
    const end = match.index + match[0].length;
    const names = RESPECTIVE_NAMES.exec(clause.slice(end));
    if (!names?.[1] || !names[2] || MEDIATOR_NEAR.test(tailBefore(clause, match.index, 40))) continue;
    const sides = [match[2]!, match[3]!].map((side) => canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace && !mention.isMediator && mention.index === 0)?.party ?? null);
    const people = [names[1], names[2]].map((name) => splitTitleAndName(name));
    if (!sides[0] || !sides[1] || sides[0] === sides[1] || people.some((person) => !person || person.nameStart !== 0 || person.title)) continue;
    const title = singularPost(match[1]!);
    const second = end + names[0].indexOf(names[2], names[1].length);
    found.push({ party: sides[0], head: people[0]!.name, title, index: end + names[0].indexOf(names[1]) });
    found.push({ party: sides[1], head: people[1]!.name, title, index: second });
  }
  return found;
}

/** "The presidents of Guyana and Venezuela met", "the foreign ministers of A and B": each side's head holds that post. */
export function findPluralPosts(sentence: string): Array<{ party: string; title: string }> {
  const posts: Array<{ party: string; title: string }> = [];
  PLURAL_POSTS.lastIndex = 0;
  for (let match = PLURAL_POSTS.exec(sentence); match; match = PLURAL_POSTS.exec(sentence)) {
    const title = singularPost(match[1]!);
    for (const side of [match[2]!, match[3]!]) {
      const party = canonicalParty(side) ?? findPartyMentions(side).find((mention) => !mention.isPlace && mention.index === 0)?.party ?? null;
      if (party) posts.push({ party, title });
    }
  }
  return posts;
}

/** "talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff", "<party> <title> <Name> met …" */
function meetingHeads(clause: string): HeadMention[] {
  const meetingVerb = /\b(?:met|meet|meets|meeting with|took part in|participated in|held talks|talks between|negotiations between|talks with|sat down|attended|represented|led|headed)\b/i.exec(clause);
  if (!meetingVerb || NEGATED_BEFORE.test(clause.slice(0, meetingVerb.index))) return [];
  const found: Array<HeadMention & { before: boolean }> = [];
  for (const mention of findPartyMentions(clause)) {
    if (mention.isPlace) continue;
    const person = titledAfterParty(clause, mention);
    if (!person) continue;
    const nameIndex = person.index;
    const around = clause.slice(Math.max(0, mention.index - 25), Math.min(clause.length, nameIndex + person.name.length + 40));
    if (MEDIATOR_NEAR.test(around)) continue;
    if (HYPOTHETICAL_MEETING.test(tailBefore(clause, mention.index)) || CO_MEDIATOR_BEFORE.test(tailBefore(clause, mention.index))) continue;
    if (EARLIER_MEETING_SPAN.test(tailBefore(clause, mention.index)) || FOUNDERS_BEFORE.test(tailBefore(clause, mention.index, 120))) continue;
    const tail = clause.slice(nameIndex + person.name.length);
    if (/^\s*(?:said|says|told|wrote|warned|stated)\b/.test(tail) && !/\b(?:met|led|headed|talks between|held talks)\b/i.test(clause.slice(0, mention.index))) continue;
    found.push({ party: mention.party, head: person.name, title: person.title, index: nameIndex, before: nameIndex < meetingVerb.index });
    const partner = found.length === 1 ? untaggedPartner(clause.slice(0, mention.index), mention.party) : null;
    if (partner) found.splice(0, 0, { ...partner, before: partner.index < meetingVerb.index });
  }
  // A meeting has two sides: one titled person meeting someone the clause gives no side ("X met Russian President Y in Moscow
  // before flying to …") is a meeting with a third party, not a head of the talks.
  if (new Set(found.map((head) => head.party)).size < 2) return [];
  // "X and Y met with Z": with two sides in the subject, Z is a host, not a side.
  const subjectSides = new Set(found.filter((head) => head.before).map((head) => head.party));
  return found.filter((head) => subjectSides.size < 2 || head.before).map(({ party, head, title, index }) => ({ party, head, title, index }));
}

const EARLIER_TITLE = /\b(he|she|\p{Lu}[\p{L}'’-]+)\s+(?:had\s+)?(?:served|was serving|was|worked|acted)\s+as\s+(?:the\s+)?([^,.;]+)/u;

/** "In February, he served as director of …": a head's title at another time. */
export function findEarlierTitle(clause: string): { who: string; title: string } | null {
  const match = EARLIER_TITLE.exec(clause);
  if (!match?.[1] || !match[2]) return null;
  const title = cleanTitle(match[2]);
  return title ? { who: match[1], title } : null;
}

// "The two ministers held talks in Arlington", "both leaders met in Brussels", "the accord the two leaders are due to sign":
// the heads the article named, referred to by post.
const TWO_HEADS_MET = /\b(?:the\s+two|both(?:\s+the)?)\s+((?:foreign\s+|prime\s+|defen[cs]e\s+|chief\s+)?(?:ministers|leaders|presidents|premiers|envoys|negotiators|heads of (?:delegation|state))|delegation heads)\s+(?:(?:have|had|also|again|then|first|later|previously|last\s+\p{L}+)\s+)*(?:(?:are|were|will|would)\s+(?:(?:due|set|expected|scheduled)\s+)?(?:to\s+)?(?:meet|sign)|met|held\s+(?:\p{L}+\s+){0,2}?(?:talks|negotiations|meetings?|rounds?)|sat down|negotiated|conferred)\b/iu;
// "The same two officials led the previous round", "the two envoys also headed the first meeting", "where the two leaders for
// the first time submitted maps": the heads the article named, referred back to as leading (or acting jointly at) a meeting.
// Generic nouns ("officials", "men") refer back only after "the same", where they cannot be anonymous sources.
const TWO_HEADS_LED = /\b(?:(?:the\s+same(?:\s+two)?)\s+((?:foreign\s+|prime\s+|defen[cs]e\s+|chief\s+)?(?:ministers|leaders|presidents|premiers|envoys|negotiators|officials|men|women|diplomats)|delegation heads)|(?:the\s+two|both(?:\s+the)?)\s+((?:foreign\s+|prime\s+|defen[cs]e\s+|chief\s+)?(?:ministers|leaders|presidents|premiers|envoys|negotiators)|delegation heads))\s+(?:(?:have|had|also|again|then|first|later|previously|jointly|together|for\s+the\s+first\s+time)\s+)*(?:(?:led|headed)\s+(?:(?:the|their|both|all|every|that|this|previous|earlier|last|first|second|third|fourth|fifth|\w+['’]s)\s+){0,3}(?:rounds?|talks|meetings?|sessions?|negotiations|delegations|consultations)|signed|initialled|initialed|submitted|exchanged|shook\s+hands)\b/iu;
// Posts every head of a delegation may be called by: they name no office.
const ANY_HEAD_POST = /^(?:negotiator|chief negotiator|head of delegation|delegation head|official|man|woman|diplomat)$/i;
// Cheap gate for TWO_HEADS_LED: the back-reference opens with one of these words.
const BACK_REFERENCE = /\b(?:same|two|both)\b/i;
// "Special envoys from Turkey and Armenia will meet in Vienna": the envoys of the two sides named, who are the sides' heads
// whatever post each holds at home.
const SIDES_ENVOYS_MEET = /\b(?:special\s+)?(?:envoys|representatives|negotiators)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+(?:(?:will|would|are\s+(?:to|due\s+to|set\s+to|expected\s+to)|have|had|also|again|first)\s+)*(?:meet|met|hold|held)\b/u;
// "The two leaders": heads of state or government, not the ministers who lead other rounds.
const LEADER_POST = /\b(?:president|prime minister|premier|chancellor|king|emir|sultan|leader|head of state)\b/i;

/**
 * A clause whose subject is the heads by their shared post ("the two ministers held talks"), with the post's last word
 * ("minister"), or null. `fits` says whether a head's title is that post.
 */
export function pairedHeadsByPost(clause: string): { index: number; fits: (title: string | null) => boolean } | null {
  const envoys = SIDES_ENVOYS_MEET.exec(clause);
  if (envoys && !PHONE_CALL.test(clause)) return { index: envoys.index, fits: () => true };
  const met = TWO_HEADS_MET.exec(clause);
  const match = met ?? (BACK_REFERENCE.test(clause) ? TWO_HEADS_LED.exec(clause) : null);
  const noun = match?.[1] ?? match?.[2] ?? (match && /delegation heads/i.test(match[0]) ? 'delegation heads' : null);
  if (!match || !noun) return null;
  const post = singularTitle(noun.toLowerCase()).replace(/heads of/, 'head of');
  if (ANY_HEAD_POST.test(post)) return { index: match.index, fits: () => true };
  if (/^(?:leader|head of state)$/.test(post)) return { index: match.index, fits: (title) => title !== null && LEADER_POST.test(title) };
  const word = post.split(/\s+/).at(-1)!;
  return { index: match.index, fits: (title) => title !== null && title.toLowerCase().split(/[^\p{L}]+/u).includes(word) };
}

