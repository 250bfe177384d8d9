// Builds per-round observations (dates, places, lengths, heads, facts) from an article's sentences.
import type { DelegationObservation, FactObservation, IsoDate, NamedPerson, RoundObservation } from '../core/types.ts';
import { findEarlierTitle, findHeads, findIntroducedPeople, findPluralPosts, pairedHeadsByPost, roleHeads, signerHeads, splitTitleAndName, type HeadMention, type KnownPerson, type PersonLookup } from './delegations.ts';
import { findDurations } from './durations.ts';
import { asideFact, continuedTerms, factsOfClause, headingSpeaker, type FactContext } from './facts.ts';
import { canonicalParty, capitalOf, discoverSides, findPartyMentions, isKnownCity, withSides } from './parties.ts';
import { ASIDE_KEY, findRounds, PROCESS_BEGUN_BEFORE, ordinalValue, pairedOrdinals, POSTPONED, returnedMonths, roundsCounted, type ListedMeeting, type RoundClause, type RoundSlot } from './rounds.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import type { DateMention } from './time.ts';
import { describedCities, findCities, findVenues, isUsState, learnedCityMatcher, type PlaceMention } from './venues.ts';
import { startArticle } from './memo.ts';

export interface RoundsExtraction {
  parties: string[];
  /** Other names of the parties, that other reports may use alone (see ArticleExtraction). */
  partyAliases?: Record<string, string[]>;
  rounds: RoundObservation[];
}

const TALKS_WORDS = /\b(?:talks|round|meeting|meetings|met|consultations|negotiations|negotiators|delegations?|summit|ceasefire|truce|envoys?|dialogue|agreements?|accords?|deal|signed(?!\s+(?:an?|the|his|her)\s+(?:executive\s+)?(?:order|decree|law|bill))|signing|declaration)\b/i;
// Words only reports of negotiations use (a derby or a trade fair "in Istanbul" has none of them).
const NEGOTIATING = /\b(?:(?:peace |round of |direct |indirect )talks|negotiations|negotiators|negotiating team|consultations|delegations?|ceasefire|truce|peace (?:deal|agreement|process))\b/i;
// What two or more named sides do together: "X and Y agreed", "X, Y and Z conclude talks" (headlines keep the present and capitals).
// "Peru and Chile will hold talks on Monday", "… are due to resume talks": a meeting still to come names its sides too.
const PAIR_VERB = /^\s*(?:(?:have|has|had|also|on \p{L}+day|\p{L}+day|will|would|are (?:to|due to|set to|expected to|scheduled to|preparing to)|plan to|intend to|again)\s+)*(?:agreed|agrees?|held|holds?|met|meets?|signed|signs?|reached|reach(?:es)?|resumed|resumes?|began|begins?|opened|opens?|concluded|concludes?|ended|ends?|wrapped up|launched|started|starts?|sat down|sit down|adopted|adopts?|are negotiating|were negotiating|negotiated|negotiate)\b/iu;
// Words that introduce the sides as a list: "talks between", "talks in Doha between", "the tripartite negotiation of", "the foreign
// ministers of", "delegations from".
const PAIR_BEFORE = /\b(?:(?:talks|negotiations?|dialogue|consultations|meeting|meetings|agreement|ceasefire|truce|deal)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:between|among)|(?:tripartite|trilateral|bilateral)\s+(?:talks|negotiations?|meeting|dialogue)\s+of|(?:representatives|delegations|delegates|negotiators|envoys|ministers|leaders|presidents|heads of state)\s+(?:of|from))\s+(?:the\s+)?$/iu;
// What may stand between two listed sides: "Sudan's army and the paramilitary Rapid Support Forces (RSF)", "Egypt, Sudan and Ethiopia".
const PAIR_LINK = /^(?:['’]s)?\s*(?:(?:delegations?|governments?|negotiators|teams?|officials|representatives|army|military|armed forces)\s+)?(?:,\s*and|and|,)\s+(?:the\s+)?(?:(?:paramilitary|rebel|militia|insurgent|guerrilla|armed group)\s+)?$/i;
// "…and the M23 rebel group signed", "…and the Renamo party signed": the last side's descriptor comes before the verb.
const LAST_SIDE_DESCRIPTOR = /^(?:['’]s)?\s*(?:\(\p{Lu}[\p{Lu}\p{N}-]{1,7}\)\s*)?(?:(?:delegations?|governments?|negotiators|teams?|officials|representatives|leaders|authorities|rebels|fighters|militants|insurgents|guerrillas|separatists)\b|(?:(?:rebel|armed|militia|insurgent|guerrilla|political|opposition|separatist)\s+)?(?:group|party|movement|coalition|alliance|militia|forces)\b)?/iu;

// "the peace agreement X and Y signed", "the accord that X and Y reached": a relative clause naming who made an earlier deal.
const RECALLED_DEAL_BEFORE = /\b(?:agreement|deal|accord|treaty|pact|declaration|truce|ceasefire)\s+(?:that\s+|which\s+)?(?:the\s+)?$/i;

// How news turns to another story in the same report: "Separately, …", "In a separate development, …", "Elsewhere, …".
const OTHER_TRACK_OPENER = /^\s*(?:Separately|Elsewhere|In (?:a )?separate (?:\p{L}+\s+)?(?:development|talks|move|statement)s?)\b/u;

/** "X and Y agreed …", "talks between X and Y", "the ministers of X, Y and Z": the named sides of a negotiation, however rarely each is named. */
function pairedSides(sentences: Sentence[]): string[] {
  const sides: string[] = [];
  const add = (party: string) => {
    if (!sides.includes(party)) sides.push(party);
  };
  for (const sentence of sentences) {
    const text = sentence.text;
    // "Separately, Qatar has been mediating talks between Kinshasa and the M23": another negotiation's sides.
    if (OTHER_TRACK_OPENER.test(text)) continue;
    const mentions = findPartyMentions(text).filter((mention) => !mention.isPlace && !mention.isMediator);
    // "met Yemen's government delegation": a party that sends a delegation is a side.
    for (const mention of mentions) {
      const after = text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 40);
      const before = text.slice(Math.max(0, mention.index - 40), mention.index);
      if (/^(?:['’]s)?\s+(?:government\s+|official\s+|negotiating\s+)?(?:delegation|negotiators|negotiating team)\b/.test(after) && !/\b(?:host|mediat\w*|observer)s?\s*$/i.test(before)) add(mention.party);
    }
    // A run of sides listed one after another is the subject or object of the talks as a whole.
    for (let i = 0; i < mentions.length; ) {
      let j = i;
      while (j + 1 < mentions.length && PAIR_LINK.test(text.slice(mentions[j]!.index + mentions[j]!.text.length, mentions[j + 1]!.index))) j += 1;
      const run = mentions.slice(i, j + 1);
      i = j + 1;
      const parties = [...new Set(run.map((mention) => mention.party))];
      if (parties.length < 2) continue;
      const last = run[run.length - 1]!;
      const after = text.slice(last.index + last.text.length).replace(LAST_SIDE_DESCRIPTOR, '');
      const before = text.slice(0, run[0]!.index);
      // "…complemented the peace agreement Congo and Rwanda signed in June": a deal recalled by who signed it, another track.
      const acted = PAIR_VERB.test(after);
      if (acted && RECALLED_DEAL_BEFORE.test(before)) continue;
      if (acted || PAIR_BEFORE.test(before)) parties.forEach(add);
    }
  }
  return sides;
}

interface PartyPresence {
  /** Mentions as an actor (places left out). */
  count: number;
  /** Of those, mentions that name it the host, mediator or facilitator. */
  mediator: number;
  /** Sentences it is named in as an actor other than host or mediator. */
  sentences: number;
  first: number;
}

/** How often, in how many sentences and in what role each party is named. */
function partyPresence(sentences: Sentence[]): Map<string, PartyPresence> {
  const presence = new Map<string, PartyPresence>();
  for (const sentence of sentences) {
    const seen = new Set<string>();
    for (const mention of findPartyMentions(sentence.text)) {
      if (mention.isPlace) continue;
      const entry = presence.get(mention.party) ?? { count: 0, mediator: 0, sentences: 0, first: sentence.start + mention.index };
      entry.count += 1;
      if (mention.isMediator) entry.mediator += 1;
      else if (!seen.has(mention.party)) {
        seen.add(mention.party);
        entry.sentences += 1;
      }
      presence.set(mention.party, entry);
    }
  }
  return presence;
}

// With two sides established, a third party must be named across the article as widely as they are: a state named in one
// background sentence ("Britain sent a patrol ship", "China's purchases of Russian oil") or a host that speaks once is no side.
const THIRD_PARTY_MIN_SENTENCES = 3;

/**
 * Parties of the negotiation: the sides the article establishes (a head of delegation, paired with another side), then the
 * most mentioned actors; hosts and mediators left out. A side established elsewhere stays a side though one mention calls it
 * the host ("with Cambodia as host" of the next meeting); a party only ever named as host or mediator is none.
 */
function negotiationParties(presence: ReadonlyMap<string, PartyPresence>, headParties: string[], pairs: string[] = []): string[] {
  const byFirst = (a: string, b: string) => (presence.get(a)?.first ?? 0) - (presence.get(b)?.first ?? 0);
  // Named as host or mediator at least as often as otherwise: the article's own words make it the third party.
  const mostlyMediator = (entry: PartyPresence) => entry.mediator > 0 && entry.mediator * 2 >= entry.count;
  const established = [...presence.entries()]
    .filter(([party, entry]) => (headParties.includes(party) || pairs.includes(party)) && !mostlyMediator(entry))
    .map(([party]) => party)
    .sort(byFirst);
  const top = Math.max(0, ...[...presence.values()].map((entry) => entry.count));
  const frequent = ([party, entry]: [string, PartyPresence]) => {
    if (established.includes(party) || entry.mediator > 0) return false;
    if (established.length < 2) return entry.count >= Math.max(2, top * 0.3);
    const sideSentences = Math.min(...established.map((side) => presence.get(side)?.sentences ?? 0));
    return entry.count >= top * 0.5 && entry.sentences >= Math.max(THIRD_PARTY_MIN_SENTENCES, sideSentences);
  };
  const others = [...presence.entries()].filter(frequent).map(([party]) => party);
  // Two established sides lead any other party, so that they are the ones "the two sides" names; else the order is the article's.
  const chosen = established.length >= 2 ? [...established, ...others.sort(byFirst)] : [...established, ...others].sort(byFirst);
  return communitiesFirst(chosen).slice(0, 4);
}

/**
 * "Greek Cypriots" and "Turkish Cypriots" beside "Cyprus": when two sides are communities of one people, the state named
 * after that people is what they negotiate over; it follows them rather than crowding one of them out.
 */
function communitiesFirst(parties: string[]): string[] {
  const byPeople = new Map<string, number>();
  for (const party of parties) {
    const people = /\s(\p{L}+)$/u.exec(party)?.[1];
    if (people) byPeople.set(people, (byPeople.get(people) ?? 0) + 1);
  }
  const states = new Set<string>();
  for (const [people, count] of byPeople) {
    if (count < 2) continue;
    const state = canonicalParty(people) ?? canonicalParty(people.replace(/s$/, ''));
    if (state && !parties.some((party) => party === state && / /.test(party))) states.add(state);
  }
  if (states.size === 0) return parties;
  return [...parties.filter((party) => !states.has(party)), ...parties.filter((party) => states.has(party))];
}

/** How many dates, places, lengths and delegations the drafts hold: grows when a clause gives a round a value. */
function roundValues(drafts: ReadonlyMap<string, RoundDraft>): number {
  let n = 0;
  for (const round of drafts.values()) n += round.dates.length + round.cities.length + round.venues.length + round.durations.length + round.delegations.length;
  return n;
}

// A clause of four words or more: shorter ones ("he said", "officials added") carry nothing to compare.
const LOOSE_WORDS = /(?:\S+\s+){3}\S/;

/** A round being filled in: the observation's lists, keyed by the slot the round finder assigned. */
interface RoundDraft extends Pick<RoundObservation, 'dates' | 'cities' | 'venues' | 'durations' | 'delegations' | 'facts' | 'loose'> {
  slot: RoundSlot;
  /** Heads named only by a role ("US negotiator X"): the round's delegation for a side no clause names a head of outright. */
  roleDelegations?: DelegationObservation[];
  /** People the round's clauses name (see RoundObservation.named). */
  named?: NamedPerson[];
}

// A capitalized run that may be a person's name, whole ("Chiang Pin-kung") or a surname the article introduced ("Chiang").
const NAME_CANDIDATE = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,5}/gu;
// "Rosa May did not attend", "the foreign minister stayed away": a person the clause says was not there.
const ABSENT = /\b(?:(?:not|never|n['’]t)\s+(?:\w+\s+)?(?:attend|take part|join|participate|travel|lead|head)\w*|absent|stayed away|boycott\w*|skipped)\b/i;

/** The people a clause names: any full name, and a single word only when the article introduced someone by it. */
function namedPeople(clause: string, lookup: PersonLookup, quote: string): NamedPerson[] {
  const named: NamedPerson[] = [];
  // Someone the clause says was not there is named as absent: neither a head nor carried into the round from another.
  const absent = ABSENT.test(clause) ? ({ absent: true } as const) : {};
  NAME_CANDIDATE.lastIndex = 0;
  for (let match = NAME_CANDIDATE.exec(clause); match; match = NAME_CANDIDATE.exec(clause)) {
    // "Chilean Foreign Minister Rosa Fuentes": the name after the post.
    const split = /\s/.test(match[0]) ? splitTitleAndName(match[0]) : null;
    const run = split && split.nameEnd === match[0].length ? split.name : match[0];
    const known = lookup(run) ?? (/\s/.test(run) ? lookup(run.split(/\s+/).at(-1)!) : null);
    if (known) named.push({ value: known.name, text: run, quote, title: known.title, party: known.party, ...absent });
    else if (/\s/.test(run) && canonicalParty(run) === null) named.push({ value: run, text: run, quote, title: null, ...absent });
  }
  return named;
}

const TITLE_BEFORE_NAME = ['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'envoy', 'ambassador', 'secretary', 'president', 'adviser', 'advisor', 'aide', 'negotiator', 'chief', 'director', 'representative', 'premier', 'official', 'commissioner', 'chancellor'];
const TITLED_PERSON = new RegExp(`\\b(?:${TITLE_BEFORE_NAME.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`, 'gu');

// Words that end a name in a garbled introduction never stand for a person on their own.
const NOT_SURNAMES = new Set(['his', 'her', 'the', 'president', 'minister']);

// Words inside a name that are no family name on their own ("Khalid bin Salman", "Ustaz Anas Abdul Rahman").
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'abu', 'abdul', 'abdel']);

/** "al-Bashir" is looked up as "Bashir": the article prefix is dropped. */
function bareFamilyName(word: string): string {
  return word.replace(/^(?:al|el)[-‐]/, '');
}

/**
 * "Salva Kiir Mayardit" is "Kiir" as often as "Mayardit", "Omar al-Bashir" is "Bashir": every word after the given name
 * (bare of its article) may stand for the person alone.
 */
function familyNameKeys(words: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const word of words.slice(1)) {
    const bare = bareFamilyName(word);
    if (bare.length > 1 && !NAME_PARTICLES.has(bare) && !NOT_SURNAMES.has(bare)) keys.add(bare);
  }
  return [...keys];
}

/**
 * The people an article introduces with a side and a post, by full name and by surname, so that a later "That meeting,
 * also led by Medinsky and Umerov" or "Ali said" resolves to "Kremlin aide Vladimir Medinsky" / "Guyanese President Irfaan Ali".
 * The first introduction that gives a side (or a post) wins; a surname two people share resolves to neither.
 */
export function personRegistry(introduced: KnownPerson[]): PersonLookup {
  const byName = new Map<string, KnownPerson>();
  const bySurname = new Map<string, KnownPerson | null>();
  // "Bessent and He agreed": names written family name first ("He Lifeng") are cut to their first word.
  const byFirstWord = new Map<string, KnownPerson | null>();
  const keep = (map: Map<string, KnownPerson | null>, key: string, entry: KnownPerson) => {
    const other = map.get(key);
    map.set(key, other === undefined ? entry : other && other.name.toLowerCase() === entry.name.toLowerCase() ? other : null);
  };
  // Full names first: a bare "Todd" introduced anywhere is then the "Hugh Todd" already known, not a rival entry.
  const fullFirst = [...introduced].sort((a, b) => Number(/\s/.test(b.name.trim())) - Number(/\s/.test(a.name.trim())));
  for (const person of fullFirst) {
    const key = person.name.toLowerCase();
    const bare = !/\s/.test(key) ? bySurname.get(key) : undefined;
    if (bare && !byName.has(key)) byName.set(key, bare);
    const known = byName.get(key);
    if (known) {
      known.party ??= person.party;
      known.title ??= person.title;
      continue;
    }
    const entry = { ...person };
    byName.set(key, entry);
    const words = key.split(/\s+/);
    const surname = words[words.length - 1] ?? key;
    if (NOT_SURNAMES.has(surname)) continue;
    for (const word of familyNameKeys(words)) keep(bySurname, word, entry);
    if (words.length === 2) keep(byFirstWord, words[0]!, entry);
  }
  return (name: string) => {
    const key = name.trim().replace(/['’]s$/, '').toLowerCase();
    const exact = byName.get(key);
    if (exact) return exact;
    const words = key.split(/\s+/);
    const last = bareFamilyName(words[words.length - 1] ?? '');
    const bySurnameOnly = (bySurname.has(last) ? bySurname.get(last) : words.length === 1 ? byFirstWord.get(last) : null) ?? null;
    // "Steve Witkoff" for "Steven Witkoff": a full name must agree on the first letter of the given name too.
    if (!bySurnameOnly || (words.length > 1 && bySurnameOnly.name.toLowerCase()[0] !== key[0])) return null;
    return bySurnameOnly;
  };
}

/** Every word (and bare family name) of the introduced people's names, folded: what a registry lookup can match on. */
function namesWords(introduced: readonly KnownPerson[]): Set<string> {
  const words = new Set<string>();
  for (const person of introduced) {
    for (const word of person.name.toLowerCase().split(/\s+/)) {
      words.add(word);
      words.add(bareFamilyName(word));
    }
  }
  return words;
}

/** Whether the clause has a word (bare of "'s" and of al-/el-) that one of those names has. */
function mentionsAny(clause: string, words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (const token of clause.toLowerCase().split(/[^\p{L}\p{N}'’‐-]+/u)) {
    const word = token.replace(/['’]s$/, '');
    if (words.has(word) || words.has(bareFamilyName(word))) return true;
  }
  return false;
}

function registerPerson(people: Map<string, string>, name: string): void {
  const parts = name.split(/\s+/);
  const surname = parts[parts.length - 1];
  if (surname && !people.has(surname.toLowerCase())) people.set(surname.toLowerCase(), name);
  if (!people.has(name.toLowerCase())) people.set(name.toLowerCase(), name);
}

// Heads said to have led every meeting so far ("in every round", "at all three rounds", "at both meetings"), or the
// earlier ones counted together ("headed delegations at two rounds", "at the previous meetings": plural only).
const EVERY_ROUND = /\b(?:in|at|for|during|throughout)\s+(?:(?:every|each|all(?:\s+the)?(?:\s+\w+)?|both(?:\s+of\s+th(?:e|ose))?)\s+(?:rounds?|meetings|sessions|rounds of (?:talks|negotiations))|(?:the\s+)?(?:two|three|four|five|previous|earlier|past|prior)(?:\s+(?:previous|earlier|past|prior))?\s+(?:rounds|meetings|sessions))\b/i;

/** "A and B will meet again in Brazil": a head named as the subject of the planned meeting belongs to that meeting. */
function subjectOfPlan(text: string, headIndex: number, cueIndex: number): boolean {
  if (cueIndex < 0 || headIndex > cueIndex) return false;
  // Only names and posts between the head and the planning verb: no comma, no other clause.
  const between = text.slice(headIndex, cueIndex);
  return between.length <= 80 && /^[\p{L}\s.'’-]*$/u.test(between);
}

function dateText(phrase: string): string {
  return phrase.replace(/^(?:on|in|at)\s+/i, '').replace(/['’]s$/, '').trim();
}

// "talks in Saudi Arabia" under a CAIRO dateline: the story was filed from one capital about talks in another country.
const MET_IN_COUNTRY = /\b(?:talks|negotiations|meeting|met|held|hosted|mediated|brokered|round|summit)\b[^.;]{0,80}?\bin\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;

// "at a manor house outside the Finnish capital", "on the outskirts of Helsinki": the meeting place lies beyond the city.
const OUTSIDE_PLACE_RE = /\b(?:outside|on the outskirts of|(?:just\s+)?(?:north|south|east|west)\s+of|near)\s+(?:the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital\b|(\p{Lu}[\p{L}'’-]+))/gu;
const OUTSIDE_VENUE_BEFORE_RE = /\b(?:manor|house|palace|castle|estate|villa|hotel|resort|lodge|mansion|base|retreat|compound|chateau|château)\b[^.;]{0,20}$/iu;

/** The text puts the meeting's building outside the city the dateline names. */
function metOutside(text: string, datelineCity: string): boolean {
  for (const match of text.matchAll(OUTSIDE_PLACE_RE)) {
    if (match[1] !== undefined && match[1] !== datelineCity) continue;
    if (OUTSIDE_VENUE_BEFORE_RE.test(text.slice(Math.max(0, match.index - 60), match.index))) return true;
  }
  return false;
}

/** The body names the country the talks were held in, and the dateline city is the capital of another one. */
function metElsewhere(text: string, datelineCity: string): boolean {
  // A dateline names a place, though a bare capital elsewhere stands for its government.
  const home = findPartyMentions(datelineCity)[0]?.party ?? null;
  if (!home) return false;
  for (const match of text.matchAll(MET_IN_COUNTRY)) {
    // "in Qatar's capital": the country that owns the place.
    const name = match[1]!.replace(/^the\s+/, '').replace(/['’]s$/, '');
    // "…will take place in London", under a BRUSSELS dateline: a city is where some meeting is, and the body's own cities are
    // filed under their rounds already; only a country named as the talks' place puts the reported round away from the dateline.
    if (isKnownCity(name)) continue;
    const country = canonicalParty(name);
    if (country && country !== home) return true;
  }
  return false;
}

/**
 * Earlier meetings listed in one clause become rounds of their own, each with the place named next to its day (or the
 * place of the one before: "in Istanbul on May 16 and June 2"). When the clause's own round is numbered, the listed
 * meetings are the ones right before it ("the third round, after meetings in Geneva … and London …" → rounds 1 and 2).
 */
function addListedMeetings(
  listed: ListedMeeting[],
  text: string,
  quote: string,
  ownOrdinal: number | null,
  draft: (key: string, slot?: RoundSlot) => RoundDraft,
): RoundDraft[] {
  const rounds: RoundDraft[] = [];
  let lastCity: string | null = null;
  let lastVenues: PlaceMention[] = [];
  // "The second and third rounds were held … on March 3 and March 7": the pair numbers the two days in order.
  const paired = listed.length === 2 ? pairedOrdinals(text.toLowerCase()) : null;
  listed.forEach((meeting, i) => {
    const date = meeting.date.date;
    const ordinal = paired ? paired[i]! : ownOrdinal !== null && ownOrdinal > listed.length ? ownOrdinal - listed.length + i : null;
    // A meeting listed by its month alone is an earlier one with no day to give.
    const slot: RoundSlot = date
      ? { key: `listed:${date}`, ordinal, relative: null, status: 'HELD', date, monthOfYear: Number(date.slice(5, 7)) }
      : { key: `listed:${meeting.date.month}`, ordinal, relative: 'previous', status: 'HELD', date: null, monthOfYear: meeting.date.monthOfYear, month: meeting.date.month };
    const round = draft(slot.key, slot);
    if (date) round.dates.push({ value: date, text: dateText(meeting.date.text), quote });
    const place = (segment: string) => {
      // The clause said these are meetings; the segment need not repeat it.
      const venues = findVenues(segment, true);
      return { venues, city: findCities(segment, venues, true).at(-1)?.value ?? null };
    };
    let found = place(text.slice(meeting.from, meeting.to));
    // "talks … at Mont Pelerin in November 2016": in a list of meetings, the name right before the day or month is the place.
    if (!found.city && found.venues.length === 0) found = placeBeforeDay(text.slice(meeting.from, meeting.to));
    // "on May 16 in Istanbul": the place may follow the day, up to where the next meeting's words begin.
    if (!found.city && found.venues.length === 0) found = place(text.slice(meeting.to, meeting.after).split(/,?\s+and\s+|;/)[0] ?? '');
    // "…held in Belovezhskaya Pushcha on March 3 and March 7": a meeting listed with no place of its own met where the one before did.
    const venues = found.city || found.venues.length > 0 ? found.venues : lastVenues;
    for (const venue of venues) round.venues.push({ value: venue.value, text: venue.text, quote });
    const city = found.city ?? (found.venues.length > 0 ? null : lastCity);
    if (city) round.cities.push({ value: city, text: city, quote });
    lastCity = city;
    lastVenues = venues;
    rounds.push(round);
  });
  return rounds;
}

/**
 * "The presidents of Guyana and Venezuela met …", then "Ali and Maduro will meet again": the post a round gives a side's
 * head is that person's wherever else the article names them untitled, but not another person's who heads that side elsewhere.
 */
function postsFollowHeads(drafts: ReadonlyMap<string, RoundDraft>, roundPosts: ReadonlyMap<string, ReadonlyMap<string, string>>): void {
  const personPosts = new Map<string, string>();
  for (const [key, round] of drafts) {
    const posts = roundPosts.get(key);
    if (!posts) continue;
    for (const delegation of round.delegations) {
      const post = delegation.party ? posts.get(delegation.party) : undefined;
      if (post && delegation.headTitle === post && delegation.head) personPosts.set(delegation.head, post);
    }
  }
  if (personPosts.size === 0) return;
  for (const round of drafts.values()) {
    for (const delegation of round.delegations) if (!delegation.headTitle && delegation.head) delegation.headTitle = personPosts.get(delegation.head) ?? null;
  }
}

// "…first met at a navy base in September, followed by a second round in Thailand": what comes before names the round before.
const FOLLOWED_BY_ORDINAL_RE = /,?\s+(?:followed|succeeded)\s+by\s+(?:a|an|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:round|meeting|session)\b/i;

/** The round before the clause's numbered one, and where in the clause its words end; null when the clause names none. */
function roundBeforeFollowed(item: RoundClause, currentOrdinal: number | null, draft: (key: string, slot?: RoundSlot) => RoundDraft): { round: RoundDraft; index: number } | null {
  if (item.cues.ordinal === null || item.cues.ordinal < 2) return null;
  const match = FOLLOWED_BY_ORDINAL_RE.exec(item.clause.text);
  const written = match?.[1]?.toLowerCase();
  if (!match || !written || ordinalValue(written) !== item.cues.ordinal) return null;
  const ordinal = item.cues.ordinal - 1;
  const key = ordinal === currentOrdinal ? 'current' : `n:${ordinal}`;
  return { round: draft(key, key === 'current' ? undefined : { key, ordinal, relative: 'previous', status: 'HELD', date: null, monthOfYear: null }), index: match.index };
}

/**
 * "The first round was held in Vantaa in January, and the delegations returned there in February, April and late May": each
 * month is the next numbered round, all before the reported one; "there" is the numbered round's place.
 */
function addReturnedRounds(item: RoundClause, round: RoundDraft, quote: string, currentOrdinal: number | null, draft: (key: string, slot?: RoundSlot) => RoundDraft): void {
  const first = item.cues.ordinal!;
  const returned = returnedMonths(item.clause.text, item.dates);
  if (!returned || currentOrdinal === null || first + returned.months.length >= currentOrdinal) return;
  returned.months.forEach((mention, i) => {
    const ordinal = first + i + 1;
    const later = draft(`n:${ordinal}`, { key: `n:${ordinal}`, ordinal, relative: 'previous', status: 'HELD', date: null, monthOfYear: mention.monthOfYear, month: mention.month });
    if (returned.there && later.cities.length === 0) for (const city of round.cities) later.cities.push({ ...city, quote });
  });
}

const PLACE_BEFORE_DAY_RE = /\b(?:at|in)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?\S+(?:\s+\S+)?$/u;

// "in Belovezhskaya Pushcha", "at Kirkwood Camp": a name ending in a word for a forest, park or camp is a
// site outside any town, a venue rather than a city.
const SITE_WORD_RE = /[ -](?:Forest|Pushcha|Puszcza|Park|Reserve|Camp|Base|Ranch|Farm|Valley|Lake|Island)$/u;

/** The capitalized name after "at"/"in" that the listed meeting's day or month follows, as a city or a site; not a party's name. */
function placeBeforeDay(segment: string): { venues: PlaceMention[]; city: string | null } {
  const match = PLACE_BEFORE_DAY_RE.exec(segment);
  const name = match?.[1] ?? null;
  if (!match || !name || canonicalParty(name) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name)) return { venues: [], city: null };
  if (SITE_WORD_RE.test(name)) return { venues: [{ value: name, text: name, index: match.index + match[0].indexOf(name) }], city: null };
  return { venues: [], city: name };
}

// "Further rounds were held at the same venue", "a first session at the same location": the place named just before.
const SAME_PLACE_RE = /\b(?:at|in)\s+the\s+same\s+(?:venue|location|place|site|premises)\b/i;

// "X and Y signed", "talks between X and Y": two named sides and what they did together.
const PAIR_JOIN = /^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i;
const PAIR_DEED_AFTER = /^(?:['’]s)?\s+(?:(?:have|has|had)\s+)?(?:signed|met|agreed|held|reached|concluded)\b/i;

/**
 * "…the peace agreement Congo and Rwanda signed in Washington on June 27": a meeting of a pair one of whose members is no
 * side of these talks is another negotiation; its day and place describe no round of this one.
 */
function otherPairMeeting(clause: string, parties: readonly string[], mediators: ReadonlySet<string>): boolean {
  if (parties.length < 2) return false;
  const mentions = findPartyMentions(clause).filter((mention) => !mention.isPlace && !mention.isMediator);
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const first = mentions[i]!;
    const second = mentions[i + 1]!;
    if (first.party === second.party || !PAIR_JOIN.test(clause.slice(first.index + first.text.length, second.index))) continue;
    if (parties.includes(first.party) && parties.includes(second.party)) continue;
    // "talks between Israel and Qatar": a side meeting the mediator is still these talks.
    if (mediators.has(first.party) || mediators.has(second.party)) continue;
    const after = clause.slice(second.index + second.text.length);
    if (PAIR_DEED_AFTER.test(after) || /\bbetween\s+(?:the\s+)?$/i.test(clause.slice(0, first.index))) return true;
  }
  // "On Aug. 12, al-Shibani met Jordanian Foreign Minister Ayman Safadi in Amman": one side's man meeting a third state's
  // official, with the other side nowhere in the clause, is another meeting.
  const met = MET_OTHER.exec(clause);
  if (met) {
    const metIndex = met.index + met[0].length;
    const whom = mentions.find((mention) => mention.index >= metIndex && mention.index - metIndex <= 3);
    const pair = parties.slice(0, 2);
    if (whom && !pair.includes(whom.party) && !mediators.has(whom.party) && new Set(mentions.filter((mention) => pair.includes(mention.party)).map((mention) => mention.party)).size <= 1) return true;
  }
  return false;
}
// "OPEC ministers meeting in Geneva last week agreed to raise prices": another body's members meeting.
const OTHER_BODY_MEETING = /^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*){0,2})\s+(?:(?:oil|finance|foreign|defen[cs]e|trade|energy)\s+)?(?:ministers|leaders|members|governors|envoys)\s+(?:meeting|met|gathered|convened)\b/u;

/** The clause tells of a meeting of another body's members, none of the article's sides. */
function otherBodyMeeting(clause: string, parties: readonly string[]): boolean {
  const body = OTHER_BODY_MEETING.exec(clause)?.[1];
  if (!body) return false;
  // A body the article knows as none of its sides, or one named by its initials ("OPEC"); never a sentence opener ("Both").
  const party = canonicalParty(body) ?? findPartyMentions(body)[0]?.party ?? null;
  return party !== null ? !parties.includes(party) : /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u.test(body);
}

const MET_OTHER = /\b(?:met|meets|held talks with|talked with|spoke with)\s+(?:with\s+)?(?:the\s+|his\s+|her\s+)?/;

// A deal's terms, opened as such: "Under the agreement, …", "Under its first phase, …".
const DEAL_TERMS_OPENING = /^under\s+(?:the|this|that|its|their|a|an)\s+(?:(?:first|second|third|initial|final)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|accord|settlement|plan|pact|treaty|truce|ceasefire|framework|phase|stage|terms|arrangement|compromise|protocol)s?\b/iu;
// What a side is to do: "will", "would", "is to".
const FURTHER_TERM = /\b(?:will|would|is to|are to|shall)\b/i;
// …unless it is about meeting again, signing, or the approval still to come ("will now be ratified by parliament").
const MEETING_TERM = /\b(?:meet|meeting|talks|round|session|negotiat\w*|sign(?:s|ed|ing|ature)?|reconvene|resume|summit|consult\w*|ratif\w*|approv\w*|vote|referendum|parliament|cabinet)\b/i;

/** Rounds and parties of one article body. `from` skips the dateline. */
type DatelineSpan = { start?: number; length: number; city: string | null };

export function extractRounds(text: string, publishedAt: IsoDate | null, dateline: DatelineSpan | null = null): RoundsExtraction {
  // Governments, oppositions and armed groups are sides only in the article that introduces them.
  startArticle();
  const sides = discoverSides(text, publishedAt);
  return withSides(sides, () => extractRoundsOf(text, publishedAt, dateline, sides?.aliases));
}

/** Sentences of the body without its dateline, wherever the dateline's paragraph starts. */
function bodySentences(text: string, dateline: DatelineSpan | null): Sentence[] {
  const start = dateline?.start ?? 0;
  if (!dateline || start === 0) return splitSentences(text, dateline?.length ?? 0);
  const end = start + dateline.length;
  // "Standfirst.\n\nRimbo, Sweden - Yemen's government …": the standfirst stays, the dateline is cut from the sentence it opens.
  return splitSentences(text).flatMap((sentence) => {
    if (sentence.end <= start || sentence.start >= end) return [sentence];
    if (sentence.end <= end) return [];
    const rest = text.slice(end, sentence.end);
    return [{ ...sentence, start: end, text: rest }];
  });
}

function extractRoundsOf(text: string, publishedAt: IsoDate | null, dateline: DatelineSpan | null, sideAliases: ReadonlyMap<string, string[]> = new Map()): RoundsExtraction {
  const sentences = bodySentences(text, dateline);
  if (!sentences.some((sentence) => TALKS_WORDS.test(sentence.text))) return { parties: [], rounds: [] };
  const plan = findRounds(sentences, publishedAt);

  // Heads first: they name the sides, and their surnames resolve "Darchiev said".
  const people = new Map<string, string>();
  // Two passes: the people the article introduces with side and post resolve the bare surnames of the second.
  const introduced: KnownPerson[] = [];
  const unresolved = new Map<RoundClause, HeadMention[]>();
  for (const item of plan.clauses) {
    const heads = findHeads(item.clause.text);
    unresolved.set(item, heads);
    for (const head of heads) introduced.push({ name: head.head, party: head.party, title: head.title });
  }
  for (const sentence of sentences) introduced.push(...findIntroducedPeople(sentence.text));
  const lookup = personRegistry(introduced);
  const nameWords = namesWords(introduced);
  // "The presidents of Guyana and Venezuela met": the post of each side's head, when no sentence gives it with the name.
  const sidePosts = new Map<string, string>();
  // …and per round: the post a clause gives each side's head holds for that round only.
  const roundPosts = new Map<string, Map<string, string>>();
  for (const sentence of sentences) for (const post of findPluralPosts(sentence.text)) if (!sidePosts.has(post.party)) sidePosts.set(post.party, post.title);
  for (const item of plan.clauses) {
    for (const post of findPluralPosts(item.clause.text)) {
      const posts = roundPosts.get(item.roundKey) ?? new Map<string, string>();
      if (!posts.has(post.party)) posts.set(post.party, post.title);
      roundPosts.set(item.roundKey, posts);
    }
  }
  const headsByClause = new Map<RoundClause, ReturnType<typeof findHeads>>();
  for (const item of plan.clauses) {
    // A clause naming nobody the article introduced reads the same with the registry as without it: keep the first pass.
    const heads = mentionsAny(item.clause.text, nameWords) ? findHeads(item.clause.text, lookup) : unresolved.get(item)!;
    headsByClause.set(item, heads);
    for (const head of heads) registerPerson(people, head.head);
  }
  const articleHeads = headsOfArticle(headsByClause.values(), sidePosts);
  for (const sentence of sentences) {
    TITLED_PERSON.lastIndex = 0;
    for (let match = TITLED_PERSON.exec(sentence.text); match; match = TITLED_PERSON.exec(sentence.text)) if (match[1]) registerPerson(people, match[1]);
  }
  const headParties = [...new Set([...headsByClause.values()].flat().map((head) => head.party).filter((party): party is string => party !== null))];
  const pairs = pairedSides(sentences);
  // Who is named how often and in what role, read once for the sides, the one-side check and the mediators.
  const presence = partyPresence(sentences);
  const parties = negotiationParties(presence, headParties, pairs);
  // People named by a side's role at the talks ("Russia's Special Representative X"): weaker than heads, but a side all the same.
  const roleByClause = new Map(plan.clauses.map((item) => [item, [...roleHeads(item.clause.text, lookup), ...signerHeads(item.clause.text, lookup)]]));
  // Talks between sides: two parties, or heads of delegations; a derby "in Istanbul" is not a negotiation.
  if (new Set([...parties, ...headParties]).size < 2 && headParties.length === 0) {
    const roleParties = [...new Set([...roleByClause.values()].flat().map((head) => head.party!))];
    if (roleParties.length > 0) {
      parties.unshift(...roleParties.filter((party) => !parties.includes(party)));
      parties.splice(4);
    } else {
      // One side named, the other only as "the government" or "the other party": still talks when the article is about negotiating.
      const actors = [...presence.entries()].filter(([, entry]) => entry.mediator * 2 < entry.count).map(([party]) => party);
      const only = parties.length === 1 ? parties : actors.length === 1 ? actors : [];
      if (only.length !== 1 || sentences.filter((sentence) => NEGOTIATING.test(sentence.text)).length < 2) return { parties: [], rounds: [] };
      parties.splice(0, parties.length, ...only);
    }
  }
  for (const [item, heads] of headsByClause) headsByClause.set(item, acrossTheTable(heads, parties));

  const drafts = new Map<string, RoundDraft>();
  const draft = (key: string, given?: RoundSlot): RoundDraft => {
    let existing = drafts.get(key);
    if (!existing) {
      const slot = given ?? plan.slots.find((candidate) => candidate.key === key) ?? { key, ordinal: null, relative: null, status: 'HELD' as const, date: null, monthOfYear: null };
      existing = { slot, dates: [], cities: [], venues: [], durations: [], delegations: [], facts: [] };
      drafts.set(key, existing);
    }
    return existing;
  };

  const currentOrdinal = plan.slots.find((slot) => slot.relative === 'current' && slot.status === 'HELD')?.ordinal ?? null;
  const context: FactContext = { parties, people, sectionSpeaker: null };
  // Parties the article names as host or mediator anywhere.
  const mediators = new Set([...presence.entries()].filter(([, entry]) => entry.mediator > 0).map(([party]) => party));
  const addFact = (target: RoundDraft, fact: FactObservation) => {
    if (!target.facts.some((existing) => existing.quote === fact.quote && existing.text === fact.text)) target.facts.push(fact);
  };
  // The facts of the clause before, for a "while …" clause that completes an agreement's terms.
  let lastFacts: FactObservation[] = [];
  // The last sentence that set out a deal's terms, and the sentences before and being read, for a term told in the next one.
  let termsBefore: Sentence | null = null;
  let sentenceBefore: Sentence | null = null;
  let currentSentence: Sentence | null = null;
  let lastHead: { party: string | null; head: string } | null = null;
  const everyRound: DelegationObservation[] = [];
  // Heads a clause names by post only ("the two ministers met in June"): they yield to heads named outright in that round.
  const byPost: Array<{ round: RoundDraft; delegation: DelegationObservation }> = [];
  const looseCities = new Set<RoundDraft['cities'][number]>();
  // A town the article describes once ("the border town of Naqoura") is a town wherever the article names it.
  const learnedCities = learnedCityMatcher(describedCities(text));
  // The last held meeting's place, for a later "at the same venue".
  let lastPlace: { city: string; venue: string | null } | null = null;
  // Earlier meetings the article lists, by their one city (null when two share it).
  const roundsByCity = new Map<string, RoundDraft | null>();
  // How many rounds the clause before, about another pair of sides, says they held.
  let otherRounds: number | null = null;
  for (const item of plan.clauses) {
    const { sentence, clause } = item;
    const quote = sentence.text;
    if (sentence.isHeading) {
      context.sectionSpeaker = headingSpeaker(sentence.text, context);
      continue;
    }
    const otherPair = item.roundKey === ASIDE_KEY || otherPairMeeting(clause.text, parties, mediators) || otherBodyMeeting(clause.text, parties);
    // "Iran and the U.S. had held five rounds … A sixth round, planned for Sunday, was called off": the next of another
    // pair's rounds, counted on from the clause before.
    const countedOn = !otherPair && otherRounds !== null && (item.cues.ordinal ?? item.cues.plannedOrdinal) === otherRounds + 1;
    otherRounds = otherPair ? roundsCounted(clause.text.toLowerCase()) : null;
    if (otherPair || countedOn) {
      // Other business told in passing: context of the article's own round, but none of its dates, places or heads.
      const aside = asideFact(clause.text, quote, context);
      if (aside && plan.slots.some((slot) => slot.key === 'current')) addFact(draft('current'), aside);
      lastFacts = [];
      continue;
    }
    const round = draft(item.roundKey);
    const valuesBefore = roundValues(drafts);
    let factRound = round;
    // "…agreed to meet again in Rome on Saturday": what follows the mention of the next meeting describes that meeting.
    const plannedRound = item.plannedKey ? draft(item.plannedKey) : null;
    const before = plannedRound ? null : roundBeforeFollowed(item, currentOrdinal, draft);
    const roundAt = (index: number): RoundDraft => (plannedRound && index > item.cues.nextCueIndex ? plannedRound : before && index < before.index ? before.round : round);
    const { meetingDate, plannedDate } = item.cues;
    const listed = plannedRound ? [] : item.cues.listed;
    const samePlace = SAME_PLACE_RE.exec(clause.text);
    const placeAsBefore = (target: RoundDraft) => {
      if (!samePlace || !lastPlace || target.cities.length > 0 || target.venues.length > 0) return;
      target.cities.push({ value: lastPlace.city, text: samePlace[0], quote });
      if (lastPlace.venue) target.venues.push({ value: lastPlace.venue, text: samePlace[0], quote });
    };
    let listedRounds: RoundDraft[] = [];
    if (listed.length > 0) {
      listedRounds = addListedMeetings(listed, clause.text, quote, item.cues.ordinal ?? currentOrdinal, draft);
      listedRounds.forEach(placeAsBefore);
      for (const listedRound of listedRounds) {
        for (const city of new Set(listedRound.cities.map((found) => found.value))) roundsByCity.set(city, roundsByCity.has(city) ? null : listedRound);
      }
      // "…held a third round in Oslo on Monday, after meetings in …": the clause's own round, dated and placed before the list.
      if (meetingDate?.date) {
        const own = clause.text.slice(0, listed[0]!.from);
        const ownVenues = findVenues(own);
        round.dates.push({ value: meetingDate.date, text: dateText(meetingDate.text), quote });
        for (const venue of ownVenues) round.venues.push({ value: venue.value, text: venue.text, quote });
        for (const city of findCities(own, ownVenues, false, learnedCities)) round.cities.push({ value: city.value, text: city.text, quote });
      }
    } else {
      if (meetingDate?.date) round.dates.push({ value: meetingDate.date, text: dateText(meetingDate.text), quote });
      if (plannedRound && plannedDate?.date) plannedRound.dates.push({ value: plannedDate.date, text: dateText(plannedDate.text), quote });
      // "…the second round of the negotiations, which they opened at Blair House": the building the process began in.
      const venues = findVenues(clause.text).filter((venue) => !PROCESS_BEGUN_BEFORE.test(clause.text.slice(0, venue.index)));
      // "…a forum at the Antalya resort last month", told in the preview of a round still to come: a past event's building.
      const pastInPreview = round.slot.status === 'PLANNED' && !plannedRound && item.tense === 'past';
      for (const venue of venues) if (!(pastInPreview && roundAt(venue.index) === round)) roundAt(venue.index).venues.push({ value: venue.value, text: venue.text, quote });
      // A place in a clause that pins the round (its day, its number, "this week's talks", the lede) says where it met;
      // a place in a loose aside ("they agreed in Geneva to a truce") may be an earlier meeting's.
      const pinned = item.sentence === sentences[0] || meetingDate !== null || item.cues.ordinal !== null || item.cues.current || venues.length > 0;
      // "In May, the two countries held talks in Geneva", in a report of July's round: another month, another meeting.
      const month = item.cues.meetingMonth ?? item.cues.looseMonth;
      const otherMonth = meetingDate === null && month !== null && round.slot.monthOfYear !== null && month !== round.slot.monthOfYear;
      const cities = findCities(clause.text, venues, false, learnedCities).filter((city) => round.slot.relative === 'previous' || !recalledPlace(clause.text, city.index));
      // "Bessent and He agreed in Geneva to a truce", after the article listed its Geneva meeting: a loose clause placed at an
      // earlier meeting the article itself located tells that meeting's outcome.
      const named = new Set(cities.map((city) => city.value));
      const earlier = !pinned && !plannedRound && named.size === 1 ? roundsByCity.get([...named][0]!) : undefined;
      if (earlier && earlier !== round && !round.cities.some((city) => named.has(city.value))) factRound = earlier;
      for (const city of factRound !== round ? [] : cities) {
        const observed = { value: city.value, text: city.text, quote };
        const target = roundAt(city.index);
        if (otherMonth && target === round && monthReaches(item.dates, month, city.index)) continue;
        // "…a bomb in Kabul on Saturday", told in the preview of a round still to come: a past event's place, not the round's.
        if (target === round && pastInPreview) continue;
        if (target === round && placedAtOtherTime(clause.text, city, cities, item.dates, round.slot.date ?? (round.slot.relative === 'current' ? publishedAt : null))) continue;
        target.cities.push(observed);
        if (!pinned && target === round) looseCities.add(observed);
      }
      const heldCity = cities.find((city) => roundAt(city.index) === round);
      if (heldCity) lastPlace = { city: heldCity.value, venue: venues.find((venue) => roundAt(venue.index) === round)?.value ?? null };
      else if (venues.length === 0 && cities.length === 0) placeAsBefore(round);
    }
    if (item.cues.ordinal !== null && !plannedRound) addReturnedRounds(item, round, quote, currentOrdinal, draft);
    for (const duration of findDurations(clause.text)) if (roundAt(duration.index) === round) round.durations.push({ value: duration.interval, text: duration.text, quote });

    const clauseHeads = headsByClause.get(item) ?? [];
    const everyRoundClause = clauseHeads.length > 0 && EVERY_ROUND.test(clause.text);
    for (const head of clauseHeads) {
      lastHead = { party: head.party, head: head.head };
      if (!head.party) continue;
      // "Bessent and He agreed in Geneva to …", placed at an earlier meeting: its heads led that meeting too.
      // "…followed talks between A and B at Mont Pelerin in November 2016, and …": heads named within a listed meeting led it.
      const listedAt = listed.findIndex((meeting) => head.index >= meeting.from && head.index < meeting.to);
      const target = plannedRound && (head.index > item.cues.nextCueIndex || subjectOfPlan(clause.text, head.index, item.cues.nextCueIndex)) ? plannedRound : listedAt >= 0 ? listedRounds[listedAt]! : factRound;
      // One article names one head per side for a round: the first; a later other name for that side in the same round is
      // background (an earlier meeting, a leaders' summit) or a deputy.
      const delegation = { party: head.party, head: head.head, headTitle: head.title ?? roundPosts.get(target.slot.key)?.get(head.party) ?? null, quote };
      if (everyRoundClause) everyRound.push(delegation);
      if (target.delegations.some((existing) => existing.party === head.party && (existing.head !== head.head || existing.headTitle === delegation.headTitle))) continue;
      target.delegations.push(delegation);
    }
    // Who the round's clauses name: a side's head in another round, named here, may be all a report says of who led it.
    const namedHere = namedPeople(clause.text, lookup, quote);
    if (namedHere.length > 0) {
      const list = (factRound.named ??= []);
      for (const person of namedHere) if (!list.some((existing) => existing.value === person.value)) list.push(person);
    }
    // "Japan's chief delegate, Y, said": a side's representative named by role, kept apart as weaker evidence.
    for (const head of roleByClause.get(item) ?? []) {
      // The negotiating sides, or a state not cast as host or mediator: "UN envoy X" speaks for the mediator.
      const entry = presence.get(head.party!);
      const side = parties.includes(head.party!) || (capitalOf(head.party!) !== null && (entry === undefined || entry.mediator === 0));
      if (!side || clauseHeads.some((strong) => strong.party === head.party || strong.head === head.head)) continue;
      const target = plannedRound && head.index > item.cues.nextCueIndex ? plannedRound : factRound;
      const weak = (target.roleDelegations ??= []);
      if (!weak.some((existing) => existing.party === head.party)) weak.push({ party: head.party!, head: head.head, headTitle: head.title, quote, weak: true });
    }
    if (clauseHeads.length === 0 && plannedRound) {
      for (const head of pairPlanningToMeet(clause.text, introduced)) if (!plannedRound.delegations.some((existing) => existing.party === head.party)) plannedRound.delegations.push({ party: head.party!, head: head.name, headTitle: head.title ?? null, quote });
    }
    if (clauseHeads.length === 0) {
      const target = (index: number) => (plannedRound && index > item.cues.nextCueIndex ? plannedRound : round);
      for (const head of headsByPost(clause.text, articleHeads)) byPost.push({ round: target(head.index), delegation: { party: head.party!, head: head.head, headTitle: head.title, quote } });
    }
    const earlier = findEarlierTitle(clause.text);
    if (earlier) {
      const person = /^(?:he|she)$/i.test(earlier.who) ? lastHead : (() => {
        const full = people.get(earlier.who.toLowerCase());
        return full ? { party: null, head: full } : null;
      })();
      const party = person?.party ?? [...draftsHeads(drafts)].find((head) => head.head === person?.head)?.party ?? null;
      if (person && party) round.delegations.push({ party, head: person.head, headTitle: earlier.title, quote });
    }

    // An agreement on something still to happen on a given day ("agreed to begin technical talks on Wednesday") is a next step.
    const datedAhead = publishedAt !== null && item.dates.some((mention) => mention.date !== null && mention.date > publishedAt && !mention.deadline);
    let facts = factsOfClause(clause.text, quote, context, { plansNextMeeting: item.cues.nextCueIndex >= 0 || datedAhead, nextCueIndex: item.cues.nextCueIndex });
    context.previousActors = facts[0]?.actors ?? [];
    // "…a framework under which China would resume shipments, while the U.S. would relax export controls": one agreement.
    const previousAgreement = clause.joiner ? lastFacts.at(-1) : undefined;
    const extended = previousAgreement ? continuedTerms(previousAgreement, clause.text, quote, facts) : null;
    if (previousAgreement && extended) {
      previousAgreement.text = extended.text;
      facts = [];
    }
    // "Under the first phase, Israel will pull back to an agreed line. Hamas will have 72 hours after that to free the hostages":
    // what a side "will" do, told right after a deal's terms and about no meeting, is one more of its terms.
    if (sentence !== currentSentence) {
      sentenceBefore = currentSentence;
      currentSentence = sentence;
    }
    if (termsBefore !== null && (termsBefore === sentence || termsBefore === sentenceBefore)) {
      for (const fact of facts) if (fact.kind === 'NEXT_STEP' && FURTHER_TERM.test(fact.text) && !MEETING_TERM.test(fact.text)) fact.kind = 'AGREEMENT';
    }
    if (facts.some((fact) => fact.kind === 'AGREEMENT' && DEAL_TERMS_OPENING.test(fact.text))) termsBefore = sentence;
    // Announcing the next round is itself a next step of the round being reported.
    // "A fifth round …, which had been due on Wednesday, has been postponed": a clause whose subject is the planned meeting
    // tells that meeting's news; any other announcement of the next round is news of the round reported.
    const aboutPlanned = plannedRound !== null && item.cues.plannedOrdinal !== null && /^\s*(?:(?:a|an|the)\s+)?$/i.test(clause.text.slice(0, item.cues.nextCueIndex)) && POSTPONED.test(clause.text);
    for (const fact of facts) addFact(aboutPlanned ? plannedRound : factRound, fact);
    // A clause that states nothing the rules know may still be another outlet's fact in other words.
    // Not a clause that gave a round its particulars ("The US delegation was led by X", "a first round was held in Oslo"):
    // those are the meeting's own values, and would tie the report to any fact that names the same people or places.
    if (facts.length === 0 && !extended && LOOSE_WORDS.test(clause.text) && roundValues(drafts) === valuesBefore) {
      const start = sentence.start + clause.offset;
      (factRound.loose ??= []).push({ start, end: start + clause.text.length, sentenceStart: sentence.start, sentenceEnd: sentence.end });
    }
    lastFacts = facts;
  }

  // "X and Y have headed their delegations in every round": the heads of each held round the article reports.
  for (const delegation of everyRound) {
    for (const round of drafts.values()) {
      if (round.slot.status !== 'HELD' || round.delegations.some((existing) => existing.party === delegation.party)) continue;
      round.delegations.push({ ...delegation });
    }
  }

  for (const { round, delegation } of byPost) if (!round.delegations.some((existing) => existing.party === delegation.party)) round.delegations.push(delegation);
  postsFollowHeads(drafts, roundPosts);

  // Loose places give way to pinned ones that say otherwise.
  for (const round of drafts.values()) {
    const pinned = new Set(round.cities.filter((city) => !looseCities.has(city)).map((city) => city.value));
    if (pinned.size > 0) round.cities = round.cities.filter((city) => !looseCities.has(city) || pinned.has(city.value));
  }

  // The dateline names where the story was filed, which for a report of a meeting is where it met, unless the body says otherwise.
  const current = drafts.get('current');
  const datelineStart = dateline?.start ?? 0;
  const firstSentence = sentences.find((sentence) => sentence.end > datelineStart);
  // Border talks meet at a crossing or meeting point, not where the wire filed from.
  const atBorder = current?.venues.some((venue) => /\b(?:border|crossing|checkpoint|frontier)\b/i.test(venue.value)) ?? false;
  // An undated "current" round beside rounds placed elsewhere is a look back or ahead filed from a desk, not a meeting there,
  // unless the body names the building it meets in.
  const filedAbout = current !== undefined && current.dates.length === 0 && current.venues.length === 0 && [...drafts.values()].some((round) => round !== current && round.cities.length > 0);
  // "Rimbo, Sweden - ": a place the dateline gives with its country (or US state) is a town, though no list knows it.
  // "CRANS-MONTANA, Switzerland, July 7 (Reuters) -", "…, Switzerland (AP) —": the day and the agency may follow the country.
  const region = dateline ? /^[^,]+,\s*(\p{Lu}[\p{L} ]*?)\s*(?:,\s*[^—–()]{1,20}?\s*)?(?:\([^)]{1,30}\)\s*)?[—–-]/u.exec(text.slice(datelineStart, datelineStart + dateline.length))?.[1] : undefined;
  const datelinePlace = dateline?.city ? isKnownCity(dateline.city) || (region !== undefined && (canonicalParty(region) !== null || isUsState(region))) : false;
  // A preview of a round still to come is filed from wherever the writer is, not from where that round will meet.
  const previewed = current?.slot.status === 'PLANNED';
  if (current && !atBorder && !filedAbout && !previewed && current.cities.length === 0 && dateline?.city && datelinePlace && firstSentence && !metElsewhere(text, dateline.city) && !metOutside(text, dateline.city)) {
    current.cities.push({ value: dateline.city, text: text.slice(datelineStart, datelineStart + dateline.city.length), quote: text.slice(datelineStart, firstSentence.end) });
  }

  // "The fourth round of the Geneva talks": a process named after its city meets there; its rounds the text places nowhere else
  // met there too.
  const processCity = namedProcessCity(sentences);
  if (processCity) {
    for (const round of drafts.values()) if (round.cities.length === 0) round.cities.push({ value: processCity.city, text: processCity.city, quote: processCity.quote });
  }
  const earlierCity = processCity ? null : namedProcessCity(sentences, ROUNDS_IN_CITY_RE);
  if (earlierCity) {
    for (const round of drafts.values()) {
      if (round.cities.length === 0 && round.slot.relative === 'previous' && round.slot.status === 'HELD') round.cities.push({ value: earlierCity.city, text: earlierCity.city, quote: earlierCity.quote });
    }
  }

  const rounds: RoundObservation[] = [];
  const when = new Map<RoundObservation, string>();
  for (const round of drafts.values()) {
    const { slot } = round;
    const empty = round.dates.length + round.cities.length + round.venues.length + round.durations.length + round.delegations.length + round.facts.length === 0;
    // "A second round followed later in December": a numbered round the text says was held is a round, though it tells nothing more.
    if (empty && slot.status !== 'PLANNED' && !(slot.ordinal !== null && slot.relative === 'previous')) continue;
    const observation: RoundObservation = {
      ordinal: slot.ordinal,
      relative: slot.relative,
      status: slot.status,
      dates: round.dates,
      cities: round.cities,
      venues: round.venues,
      durations: round.durations,
      delegations: [...round.delegations, ...(round.roleDelegations ?? []).filter((weak) => !round.delegations.some((d) => d.party === weak.party))],
      facts: round.facts,
      ...(slot.month ? { month: slot.month } : {}),
      ...(round.named?.length ? { named: round.named } : {}),
      ...(round.loose?.length ? { loose: round.loose } : {}),
    };
    rounds.push(observation);
    // Earlier rounds in time order: by day, else by the month and year the text gives; one known by neither comes last.
    when.set(observation, round.dates[0]?.value ?? slot.month ?? (slot.date === null && slot.relative === 'previous' ? '~' : ''));
  }
  const rank = (round: RoundObservation) => (round.relative === 'previous' ? 0 : round.relative === 'next' || round.status === 'PLANNED' ? 2 : 1);
  rounds.sort((a, b) => rank(a) - rank(b) || (a.ordinal ?? 0) - (b.ordinal ?? 0) || when.get(a)!.localeCompare(when.get(b)!));
  const sides = parties.length > 0 ? parties : headParties;
  const aliases = Object.fromEntries([...sideAliases].filter(([party]) => sides.includes(party)));
  return { parties: sides, ...(Object.keys(aliases).length > 0 ? { partyAliases: aliases } : {}), rounds };
}

// The words that may stand between a place and the time they tie it to ("in the Gorongosa mountains in August 2017").
const AREA_TAIL = String.raw`(?:\s+(?:mountains|region|hills|district|area))?\s*,?\s*`;
const TIME_GAP_RE = new RegExp(`^${AREA_TAIL}(?:(?:in|on|during)\\s+)?$`, 'i');
const YEAR_AFTER_PLACE_RE = new RegExp(`^${AREA_TAIL}(?:(?:in|during)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(\\d{4})\\b|(last)\\s+year\\b)`, 'i');
// "The meeting in Geneva opened a week of diplomacy that moves to a session in Brussels": after a place, the places of the
// next legs of a journey ("Talks move to Geneva" alone names the round's own place).
const NEXT_LEG_RE = /\b(?:moves|shifts|moved|shifted)\s+(?:on\s+)?to\b/i;

/**
 * "when they met in New York last month", "a meeting in the Gorongosa mountains in August 2017", "…moves to Brussels on
 * Wednesday": a place the words right after it tie to another month or year than the round's is another meeting's.
 */
function placedAtOtherTime(clause: string, city: PlaceMention, cities: readonly PlaceMention[], dates: readonly DateMention[], reference: IsoDate | null): boolean {
  const nextLeg = NEXT_LEG_RE.exec(clause);
  if (nextLeg && nextLeg.index < city.index && cities.some((other) => other.index < nextLeg.index)) return true;
  if (!reference) return false;
  const end = city.index + city.text.length;
  const after = clause.slice(end, end + 60);
  const year = YEAR_AFTER_PLACE_RE.exec(after);
  if (year) return year[2] ? true : Number(year[1]) !== Number(reference.slice(0, 4));
  const tied = dates.find((mention) => mention.index >= end && mention.index - end <= 30 && TIME_GAP_RE.test(clause.slice(end, mention.index)));
  return tied !== undefined && tied.precision === 'month' && !tied.deadline && tied.month !== null && tied.month !== reference.slice(0, 7);
}

// How far after a place a month named later in the clause can still be the time of the meeting there.
const MONTH_AFTER_PLACE_REACH = 60;

/**
 * "In May, the two sides met in Geneva", "met in Geneva in May": the month dates the meeting at the place; "…for the signing
 * with X, whose chief died in May 2018" names the month of something else, far after the place.
 */
function monthReaches(dates: readonly DateMention[], month: number | null, placeIndex: number): boolean {
  const named = dates.filter((mention) => mention.monthOfYear === month);
  // "In Geneva that month …": a month the clause takes from the one before reaches all of it.
  return named.length === 0 || named.some((mention) => mention.index < placeIndex || mention.index - placeIndex <= MONTH_AFTER_PLACE_REACH);
}

// "The Rome round followed two rounds in Oslo", "the first talks since the summit in Hanoi": a place named after these words is
// where an earlier event was.
const RECALLED_EVENT = /\b(?:since\s+(?:the|a|an|their|its|last)|(?:followed|follows|came after|comes after)\s+(?:the\s+|an?\s+|their\s+|two\s+|three\s+|several\s+|earlier\s+|previous\s+)*(?:[\p{L}-]+\s+){0,2}?(?:rounds?|talks|meetings?|sessions?|summits?|negotiations|conferences?))\b/iu;

/** The place at `index` sits in a phrase that recalls an earlier event (kept when the clause itself is filed under that event). */
function recalledPlace(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const match = RECALLED_EVENT.exec(before);
  return (match !== null && !/[;:]/.test(before.slice(match.index))) || PROCESS_BEGUN_BEFORE.test(before);
}

// "two rounds of the strategic stability dialogue in Geneva": earlier rounds counted together with the city they met in.
const ROUNDS_IN_CITY_RE = /\b(?:two|three|four|five|six|several|previous|earlier|past|all)\s+(?:[\p{L}-]+\s+)?(?:rounds|sessions)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:talks|dialogue|negotiations|consultations)\s+in\s+(\p{Lu}[\p{L}-]+)/u;
// "the fourth round of the Geneva talks", "sessions of the Astana process": rounds of a process that bears a city's name.
const PROCESS_CITY_RE = /\b(?:rounds?|sessions?)\s+of\s+the\s+(\p{Lu}[\p{L}-]+)\s+(?:talks|discussions|process|negotiations|format)\b/u;

/** The one known city that names the process in "the fourth round of the Geneva talks"; null when none or two. */
function namedProcessCity(sentences: readonly Sentence[], pattern: RegExp = PROCESS_CITY_RE): { city: string; quote: string } | null {
  let found: { city: string; quote: string } | null = null;
  for (const sentence of sentences) {
    const match = pattern.exec(sentence.text);
    if (!match || !isKnownCity(match[1]!)) continue;
    if (found && found.city !== match[1]) return null;
    found ??= { city: match[1]!, quote: sentence.text };
  }
  return found;
}

/**
 * "Todd and his Venezuelan counterpart": a head named only as across from one side is on the other of the article's two
 * main sides; with that side not among them, the head is left out.
 */
function acrossTheTable(heads: HeadMention[], parties: readonly string[]): HeadMention[] {
  const main = parties.slice(0, 2);
  return heads.flatMap((head) => {
    if (head.party !== null || !head.opposite) return [head];
    const other = main.length === 2 && main.includes(head.opposite) ? main.find((party) => party !== head.opposite)! : null;
    return other && !heads.some((existing) => existing.party === other) ? [{ ...head, party: other }] : [];
  });
}

/** Each side's head as the article first names them, with the post the article gives them. */
function headsOfArticle(clauses: Iterable<HeadMention[]>, sidePosts: ReadonlyMap<string, string>): HeadMention[] {
  const heads = new Map<string, HeadMention>();
  for (const found of clauses) {
    for (const head of found) if (head.party && !heads.has(head.party)) heads.set(head.party, { ...head, title: head.title ?? sidePosts.get(head.party) ?? null });
  }
  return [...heads.values()];
}

const PAIR_TO_MEET_RE = /\b(\p{Lu}[\p{L}'’-]+)\s+and\s+(\p{Lu}[\p{L}'’-]+)\s+(?:would|will|are to|are due to|plan to|agreed to|are expected to)\s+(?:meet|hold talks)\b/u;

/** "Mbeki said Bashir and Kiir would meet again": two people the article introduced on opposite sides, as the pair who are to meet. */
function pairPlanningToMeet(clause: string, introduced: readonly KnownPerson[]): KnownPerson[] {
  const match = PAIR_TO_MEET_RE.exec(clause);
  if (!match) return [];
  // "Omar al-Bashir" is "Bashir": a surname's Arabic article is not part of how reports shorten it.
  const surname = (name: string) => (name.trim().split(/\s+/).at(-1) ?? '').replace(/^(?:al|el|ad|ash|as|ar|an|at|az)-/i, '').toLowerCase();
  const bySurname = (name: string) => {
    const found = introduced.filter((person) => person.party && surname(person.name) === name.toLowerCase());
    return new Set(found.map((person) => person.party)).size === 1 ? found[0]! : null;
  };
  const first = bySurname(match[1]!);
  const second = bySurname(match[2]!);
  return first && second && first.party !== second.party ? [first, second] : [];
}

/** "The two ministers held talks in June": the article's two heads, when the post the clause calls them by is theirs. */
function headsByPost(clause: string, articleHeads: readonly HeadMention[]): HeadMention[] {
  if (articleHeads.length !== 2) return [];
  const subject = pairedHeadsByPost(clause);
  if (!subject || !articleHeads.every((head) => subject.fits(head.title))) return [];
  return articleHeads.map((head) => ({ ...head, index: subject.index }));
}

function* draftsHeads(drafts: Map<string, RoundDraft>): Generator<DelegationObservation> {
  for (const round of drafts.values()) yield* round.delegations;
}
