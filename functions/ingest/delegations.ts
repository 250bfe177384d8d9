// Finds who led each side ("led by Moscow's Ambassador to Washington, Alexander Darchiev") with the title as reported.
import { canonicalParty, findPartyMentions } from './parties.ts';

export interface HeadMention {
  party: string | null;
  head: string;
  title: string | null;
  /** Offset of the name in the clause. */
  index: number;
}

const TITLE_WORDS = new Set([
  'minister', 'ministers', 'secretary', 'ambassador', 'envoy', 'director', 'director-general', 'chief', 'head', 'aide', 'adviser',
  'advisor', 'negotiator', 'representative', 'spokesperson', 'spokesman', 'spokeswoman', 'president', 'vice', 'deputy', 'assistant',
  'undersecretary', 'under-secretary', 'under', 'commissioner', 'chancellor', 'premier', 'governor', 'general', 'official',
  'diplomat', 'counselor', 'counsellor', 'consul', 'chairman', 'chairwoman', 'chair', 'coordinator', 'commander', 'lieutenant',
  'colonel', 'lawmaker', 'senator', 'member', 'leader', 'officer', 'administrator', 'sherpa', 'emissary', 'delegate', 'foreign',
  'defence', 'defense', 'trade', 'treasury', 'special', 'senior', 'presidential', 'prime', 'first', 'top', 'acting', 'state',
  'intelligence', 'security', 'national', 'political', 'bureau', 'office', 'department', 'affairs', 'economy', 'economic',
  'finance', 'commerce', 'ministry', 'cabinet', 'parliament', 'speaker', 'mayor', 'sheikh', 'prince', 'king', 'emir', 'sultan',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'adm', 'then', 'former', 'newly', 'appointed', 'new', 'executive', 'principal',
  'permanent', 'plenipotentiary', 'extraordinary', 'staff', 'army', 'military', 'armed', 'forces', 'navy', 'intelligence', 'agency',
  'envoys', 'negotiators', 'team', 'delegation', 'european', 'eurasian', 'middle', 'east', 'ceo', 'investment', 'fund', 'sovereign',
]);
const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'in', 'at', "'s", 'de', 'des', 'du']);
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'der', 'di', 'du', 'la', 'le', 'abu', 'bint', 'ben']);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'state', 'department', 'ministry', 'foreign', 'affairs', 'house', 'white', 'kremlin', 'moscow', 'washington', 'and',
]);

function isCapitalized(token: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(token);
}

function isTitleToken(token: string): boolean {
  const lower = token.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  return TITLE_WORDS.has(lower);
}

function isNameToken(token: string): boolean {
  // "al-Hayya", "bin-Salman": a lower-case particle joined to a capitalized name.
  if (/^(?:al|el|bin|ibn|abu|ben|de|da|van|von)-\p{Lu}/u.test(token)) return true;
  if (!isCapitalized(token)) return false;
  const lower = token.toLowerCase().replace(/['’]s$/, '');
  if (NOT_NAMES.has(lower) || isTitleToken(token)) return false;
  if (canonicalParty(token)) return false;
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

/** "Deputy Assistant Secretary of State for Russia and Central Europe Sonata Coulter" → title + name. */
export function splitTitleAndName(span: string): TitledName | null {
  const tokens = tokenize(span);
  if (tokens.length === 0) return null;
  // The name is the last run of name-like tokens; when the run follows "of/for/and/to" it may still carry the title's object.
  let end = tokens.length;
  while (end > 0 && !isNameToken(tokens[end - 1]?.text ?? '') ) end -= 1;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const previous = tokens[start - 1]?.text ?? '';
    if (isNameToken(previous) || (NAME_PARTICLES.has(previous.toLowerCase()) && start - 2 >= 0 && isNameToken(tokens[start - 2]?.text ?? ''))) start -= 1;
    else break;
  }
  const before = start > 0 ? (tokens[start - 1]?.text ?? '').toLowerCase() : '';
  if (CONNECTORS.has(before) && end - start > 2) start = end - 2;
  if (end - start > 4) start = end - 3;
  if (end - start < 2) return null;
  const nameStart = tokens[start]?.start ?? 0;
  const nameEnd = tokens[end - 1]?.end ?? 0;
  const name = span.slice(nameStart, nameEnd).replace(/['’]s$/, '');
  const titleText = span.slice(0, nameStart).trim();
  return { title: cleanTitle(titleText), name, nameStart, nameEnd };
}

/** Title as reported, without the side's name, articles and time words ("Moscow's newly appointed ambassador" → "ambassador"). */
export function cleanTitle(raw: string): string | null {
  let title = raw.replace(/\s+/g, ' ').trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  for (let i = 0; i < 4; i += 1) {
    const before = title;
    title = title.replace(/^(?:the|a|an|his|her|its|their|who is|who was|who serves as|serving as|now|currently|newly appointed|newly named|recently appointed|newly|new|then|also|as|by)\s+/i, '');
    // "the group's chief negotiator", "the bloc's envoy": a possessive that stands for the side itself.
    title = title.replace(/^(?:(?:militant|armed|Palestinian|rebel)\s+)?(?:group|movement|bloc|country|kingdom|republic|organi[sz]ation|government|administration|ministry|side)['’]s\s+/i, '');
    // "President Donald Trump's special envoy": whose envoy is not part of the title.
    title = title.replace(/^(?:(?:President|Prime Minister|Premier|Chancellor|King|Emir|Leader)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}['’]s\s+(?=\p{Ll})/u, '');
    const lead = findPartyMentions(title)[0];
    if (lead && lead.index === 0 && !lead.isPlace) title = title.slice(lead.text.length).replace(/^['’]s\b/, '').trim();
    if (title === before) break;
  }
  title = title.replace(/^[-–,\s]+|[-–,\s]+$/g, '');
  if (!title || !title.split(/\s+/).some((word) => isTitleToken(word))) return null;
  return title;
}

const LED_BY = /\b(?:led|headed|chaired|represented|fronted)\s+(?:on\s+the\s+([\p{L}'’ .-]{2,30}?)\s+side\s+)?by\s+|\band\s+on\s+the\s+([\p{L}'’ .-]{2,30}?)\s+side\s+by\s+/giu;
const RANK_ONLY = /^(?:(?:Lt|Lieut|Lieutenant|Gen|General|Maj|Major|Col|Colonel|Brig|Brigadier|Adm|Admiral|Rear|Vice|Capt|Captain|Senior|Field|Marshal)\.?[\s-]*)+$/i;
const ELIDED_SIDE = /^\s*[,;]?\s*(?:and\s+|while\s+)?((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?(?:\s+(?:delegation|team|side|negotiators))?\s+by\s+/u;
const TEAM_NOT_DELEGATION = /\b(?:technical|expert|experts|expert-level|working|legal|military|security|advance|negotiating sub)\s*$/i;
const HEADS_OF = /\b(?:led|headed|leads|heads|chaired|represented)\s+(?:the\s+)?(?!on\b|by\b)([\p{L}'’ .-]{2,40}?)\s*(?:delegation|team|side|negotiators|negotiating team)\b/giu;
const SIDE_NOUN = /\b(?:delegation|delegations|team|teams|side|negotiators|negotiating team)\b/i;
const APPOSITIVE_STOP = /,|\s+(?:while|whereas|and the|who|which|in|at|on|during|met|said|told|arrived)\b|[.;]|$/u;

/** Parses "<title> <Name>, <title>" or "<title>, <Name>" at the start of `span`. */
export function parsePersonSpan(span: string): (TitledName & { length: number }) | null {
  const trimmed = span.replace(/^\s+/, '');
  const lead = span.length - trimmed.length;
  // "Moscow's Ambassador to Washington, Alexander Darchiev"
  const titleFirst = /^([^,]{2,140}?),\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|abu)[-\s])?\p{Lu}[\p{L}'’-]+){1,3})(?=\s*(?:[,.;]|\s+(?:while|whereas|and|who|in|at|on|to|said|met)\b|$))/u.exec(trimmed);
  if (titleFirst?.[1] && titleFirst[2] && !/\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(titleFirst[1].trim()) && cleanTitle(titleFirst[1])) {
    const nameStart = lead + titleFirst[1].length + (titleFirst[0].length - titleFirst[1].length - titleFirst[2].length);
    return { title: cleanTitle(titleFirst[1]), name: titleFirst[2], nameStart, nameEnd: nameStart + titleFirst[2].length, length: lead + titleFirst[0].length };
  }
  const firstPart = APPOSITIVE_STOP.exec(trimmed);
  let head = trimmed.slice(0, firstPart?.index ?? trimmed.length);
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
  let title = parsed.title;
  let length = lead + parsed.nameEnd;
  const rest = trimmed.slice(parsed.nameEnd);
  const appositive = /^,\s+([^,;.]*(?:\.[^\s,;][^,;.]*)*?)(?=\s*(?:,|;|\.(?:\s|$)|$|\s+(?:while|whereas)\b))/u.exec(rest);
  // ", Ethiopia's by …" opens the next side of an elided list, not an appositive title.
  // ", met Yemen's delegation in Riyadh": the sentence goes on with a verb, not with a title.
  if (appositive?.[1] && !ELIDED_SIDE.test(rest) && !/^(?:met|meets|held|holds|said|says|told|arrived|signed|agreed|began|left|returned|visited|led|headed|attended|joined)\b/.test(appositive[1])) {
    const candidate = cleanTitle(appositive[1].replace(/^(?:who is|who was|who serves as)\s+/i, ''));
    if (candidate) {
      // "Lt Gen PGK Menon, commander of the 14 Corps": the post says more than the rank.
      if (!title || (RANK_ONLY.test(title) && !RANK_ONLY.test(candidate))) title = candidate;
      length = lead + parsed.nameEnd + appositive[0].length;
    }
  }
  return { ...parsed, title, nameStart: lead + parsed.nameStart, nameEnd: lead + parsed.nameEnd, length };
}

function partyBefore(clause: string, index: number): string | null {
  const mentions = findPartyMentions(clause.slice(0, index)).filter((mention) => !mention.isPlace);
  return mentions[mentions.length - 1]?.party ?? null;
}

// Mediators and hosts are not heads of a side.
const MEDIATOR_NEAR = /\b(?:mediat\w*|host\w*|broker\w*|facilitat\w*|shuttl\w*)\b/i;

/** Heads of delegations named in one clause. */
export function findHeads(clause: string): HeadMention[] {
  const heads: HeadMention[] = [];
  const seen = new Set<string>();
  const add = (mention: HeadMention) => {
    if (seen.has(mention.head)) return;
    seen.add(mention.head);
    heads.push(mention);
  };

  // "<side> was led by <person>", "<side>, headed by <person>,"
  LED_BY.lastIndex = 0;
  for (let match = LED_BY.exec(clause); match; match = LED_BY.exec(clause)) {
    let spanStart = match.index + match[0].length;
    const before = clause.slice(0, match.index);
    const namedSide = match[1] ?? match[2];
    const sideOfMatch = namedSide ? (canonicalParty(namedSide) ?? findPartyMentions(namedSide)[0]?.party ?? null) : null;
    // "led by Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff": one head per side.
    let elidedSide: string | null = null;
    for (let turn = 0; turn < 4; turn += 1) {
      const person = parsePersonSpan(clause.slice(spanStart));
      if (!person) break;
      const ownParty = findPartyMentions(clause.slice(spanStart, spanStart + person.nameStart)).find((mention) => !mention.isPlace && mention.index === 0)?.party ?? null;
      const sideParty = SIDE_NOUN.test(before.slice(-60)) || /,\s*$/.test(before) ? partyBefore(clause, match.index) : null;
      const party = elidedSide ?? (turn === 0 ? sideOfMatch : null) ?? ownParty ?? (turn === 0 ? (sideParty ?? partyBefore(clause, match.index)) : null);
      const hostOnly = /\b(?:mediat\w*|hosted|brokered|facilitated)\s*,?\s*$/i.test(before);
      if (party && !hostOnly) add({ party, head: person.name, title: person.title, index: spanStart + person.nameStart });
      const rest = clause.slice(spanStart + person.length);
      // "Egypt's delegation was led by A, Ethiopia's by B and Sudan's by C": the verb is left out after the first side.
      const elided = ELIDED_SIDE.exec(rest);
      const elidedParty = elided?.[1] ? (canonicalParty(elided[1]) ?? findPartyMentions(elided[1]).find((mention) => !mention.isPlace && mention.index === 0)?.party ?? null) : null;
      if (elided && elidedParty) {
        elidedSide = elidedParty;
        spanStart += person.length + elided[0].length;
        continue;
      }
      elidedSide = null;
      const more = /^\s*,?\s+and\s+(?!on\s+the\b)/.exec(rest);
      if (!more) break;
      const next = spanStart + person.length + more[0].length;
      if (!findPartyMentions(clause.slice(next, next + 30)).some((mention) => mention.index === 0 && !mention.isPlace)) break;
      spanStart = next;
    }
  }

  // "<person> led the <side> delegation"
  HEADS_OF.lastIndex = 0;
  for (let match = HEADS_OF.exec(clause); match; match = HEADS_OF.exec(clause)) {
    if (TEAM_NOT_DELEGATION.test(match[1] ?? '')) continue;
    const party = canonicalParty(match[1] ?? '') ?? findPartyMentions(match[1] ?? '').find((mention) => !mention.isPlace)?.party ?? null;
    if (!party) continue;
    let subject = clause.slice(0, match.index).replace(/^\s*(?:while|whereas|as|but|and|meanwhile,?)\s+/i, '');
    subject = subject.replace(/,\s*$/, '');
    // "Rustem Umerov, Ukraine's defence minister, led…": the appositive holds the title.
    const withAppositive = /^(.*?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+([^,]+)$/u.exec(subject);
    let person: TitledName | null = null;
    if (withAppositive?.[1] && withAppositive[2]) {
      person = splitTitleAndName(withAppositive[1]);
      if (person && !person.title) person = { ...person, title: cleanTitle(withAppositive[2]) };
    } else {
      person = splitTitleAndName(subject);
    }
    // The head is the subject right before the verb, not a name somewhere earlier in the clause.
    if (!person || !/^[\s,]*(?:also|again|who)?[\s,]*$/.test(subject.slice(person.nameEnd).replace(/,[^,]*$/, withAppositive ? '' : '$&'))) continue;
    add({ party, head: person.name, title: person.title, index: person.nameStart });
  }

  // "talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff", "<party> <title> <Name> met …"
  const meetingVerb = /\b(?:met|meet|meets|meeting with|took part in|participated in|held talks|talks between|negotiations between|talks with|sat down|attended|represented|led|headed)\b/i.exec(clause);
  if (meetingVerb) {
    const found: Array<HeadMention & { before: boolean }> = [];
    for (const mention of findPartyMentions(clause)) {
      if (mention.isPlace) continue;
      const after = clause.slice(mention.index + mention.text.length);
      const span = /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,7}?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|abu)[-\s])?(?:\p{Lu}[\p{L}'’-]+|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]+)){1,3})/u.exec(after);
      if (!span?.[1]) continue;
      const words = span[1].split(/\s+/);
      const lead = words.slice(0, -2);
      // Only title words may stand between the side and the name ("his Armenian counterpart" names a head without a title).
      if (!lead.every((word) => isTitleToken(word) || CONNECTORS.has(word.toLowerCase()) || isCapitalized(word) || /^counterparts?$/i.test(word))) continue;
      if (!lead.some((word) => isTitleToken(word) || /^counterparts?$/i.test(word))) continue;
      const person = splitTitleAndName(span[1]);
      if (!person) continue;
      const nameIndex = mention.index + mention.text.length + (span[0].length - span[1].length) + person.nameStart;
      const around = clause.slice(Math.max(0, mention.index - 25), Math.min(clause.length, nameIndex + person.name.length + 40));
      if (MEDIATOR_NEAR.test(around)) continue;
      const tail = clause.slice(nameIndex + person.name.length);
      if (/^\s*(?:said|says|told|wrote|warned|stated)\b/.test(tail) && !/\b(?:met|led|headed|talks between|held talks)\b/i.test(clause.slice(0, mention.index))) continue;
      found.push({ party: mention.party, head: person.name, title: person.title, index: nameIndex, before: nameIndex < meetingVerb.index });
    }
    // "X and Y met with Z": with two sides in the subject, Z is a host, not a side.
    const subjectSides = new Set(found.filter((head) => head.before).map((head) => head.party));
    for (const head of found) {
      if (subjectSides.size >= 2 && !head.before) continue;
      add({ party: head.party, head: head.head, title: head.title, index: head.index });
    }
  }
  return heads;
}

const EARLIER_TITLE = /\b(he|she|\p{Lu}[\p{L}'’-]+)\s+(?:had\s+)?(?:served|was serving|was|worked|acted)\s+as\s+(?:the\s+)?([^,.;]+)/u;

/** "In February, he served as director of …": a head's title at another time. */
export function findEarlierTitle(clause: string): { who: string; title: string } | null {
  const match = EARLIER_TITLE.exec(clause);
  if (!match?.[1] || !match[2]) return null;
  const title = cleanTitle(match[2]);
  return title ? { who: match[1], title } : null;
}
