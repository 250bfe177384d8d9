// Canonical names of negotiating parties (states, blocs, movements) and where a mention of one is a party, not a place.
import { COUNTRIES, SHARED_FORMS } from './countries/countries.generated.ts';
import type { GeneratedCountry } from './countries/types.ts';
import type { IsoDate } from '../core/types.ts';
import { articleMemo } from './memo.ts';

interface PartyEntry {
  name: string;
  /** How the name reads inside a sentence ("the United States"). */
  inSentence?: string;
  /** Names, short forms and adjectives that always mean the party. */
  forms: string[];
  /** Capitals and seats of government: the party as an actor, a place after "in", "at", "to"… */
  seats: string[];
  /** Capital city, for "the Omani capital" → Muscat. */
  capital?: string;
  /** Names that are also common words or given names ("Chad", "Jordan"): the party only when the article names it otherwise too. */
  guarded?: string[];
  /** Capitals that are also names elsewhere ("Georgetown", "Kingston"): a seat only when the article names the state. */
  guardedSeats?: string[];
  /** A state (it has a government), as opposed to a bloc, alliance or movement. */
  state?: boolean;
  /** An armed or political movement that negotiates with a government ("the government delegation" faces it). */
  group?: boolean;
  /** The state whose government such a movement faces, when reports say only "the government". */
  facing?: string;
}

// Hand-written entries: metonyms ("Kremlin", "White House"), movements, blocs and display names ("Türkiye") that the
// generated country table (countries/countries.generated.ts, from world-countries) does not have. They override it.
const OVERRIDES: PartyEntry[] = [
  { name: 'United States', inSentence: 'the United States', forms: ['United States of America', 'United States', 'U.S.A.', 'USA', 'U.S.', 'US', 'America', 'American', 'Americans', 'White House', 'State Department', 'Trump administration', 'Biden administration'], seats: ['Washington'], capital: 'Washington' },
  { name: 'Russia', forms: ['Russian Federation', 'Russia', 'Russian', 'Russians', 'Kremlin'], seats: ['Moscow'], capital: 'Moscow' },
  { name: 'Ukraine', forms: ['Ukraine', 'Ukrainian', 'Ukrainians'], seats: ['Kyiv', 'Kiev'], capital: 'Kyiv' },
  { name: 'China', forms: ["People's Republic of China", 'China', 'Chinese', 'PRC', "People's Liberation Army", "Chinese People's Volunteers"], seats: ['Beijing'], capital: 'Beijing' },
  { name: 'Iran', forms: ['Islamic Republic of Iran', 'Iran', 'Iranian', 'Iranians'], seats: ['Tehran'], capital: 'Tehran' },
  { name: 'Israel', forms: ['Israel', 'Israeli', 'Israelis', 'Israel Defense Forces', 'IDF'], seats: ['Jerusalem'], capital: 'Jerusalem' },
  { name: 'Hamas', forms: ['Hamas'], seats: [], group: true },
  { name: 'Hezbollah', forms: ['Hezbollah'], seats: [], group: true },
  { name: 'Palestinian Authority', inSentence: 'the Palestinian Authority', forms: ['Palestinian Authority'], seats: ['Ramallah'] },
  { name: 'Türkiye', forms: ['Türkiye', 'Turkiye', 'Turkey', 'Turkish'], seats: ['Ankara'], capital: 'Ankara' },
  { name: 'European Union', inSentence: 'the European Union', forms: ['European Union', 'EU', 'E.U.', 'European Commission'], seats: ['Brussels'], capital: 'Brussels' },
  { name: 'United Kingdom', inSentence: 'the United Kingdom', forms: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain', 'British', 'Downing Street'], seats: ['London'], capital: 'London' },
  { name: 'Armenia', forms: ['Armenia', 'Armenian', 'Armenians'], seats: ['Yerevan'], capital: 'Yerevan' },
  { name: 'Azerbaijan', forms: ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis', 'Azeri'], seats: ['Baku'], capital: 'Baku' },
  { name: 'Qatar', forms: ['Qatar', 'Qatari'], seats: ['Doha'], capital: 'Doha' },
  { name: 'Egypt', forms: ['Egypt', 'Egyptian'], seats: ['Cairo'], capital: 'Cairo' },
  { name: 'Oman', forms: ['Oman', 'Omani'], seats: ['Muscat'], capital: 'Muscat' },
  { name: 'Saudi Arabia', forms: ['Saudi Arabia', 'Saudi'], seats: ['Riyadh'], capital: 'Riyadh' },
  { name: 'United Arab Emirates', inSentence: 'the United Arab Emirates', forms: ['United Arab Emirates', 'UAE', 'Emirati'], seats: ['Abu Dhabi'], capital: 'Abu Dhabi' },
  { name: 'India', forms: ['India', 'Indian'], seats: ['New Delhi'], capital: 'New Delhi' },
  { name: 'Pakistan', forms: ['Pakistan', 'Pakistani'], seats: ['Islamabad'], capital: 'Islamabad' },
  { name: 'Afghanistan', forms: ['Afghanistan', 'Afghan', 'Taliban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate'], seats: ['Kabul'], capital: 'Kabul' },
  // A state's army by its own name speaks for the state ("the Korean People's Army", "the IDF").
  { name: 'North Korea', forms: ['North Korea', 'North Korean', 'DPRK', "Korean People's Army", 'KPA'], seats: ['Pyongyang'], capital: 'Pyongyang' },
  { name: 'South Korea', forms: ['South Korea', 'South Korean', 'Republic of Korea'], seats: ['Seoul'], capital: 'Seoul' },
  { name: 'Japan', forms: ['Japan', 'Japanese'], seats: ['Tokyo'], capital: 'Tokyo' },
  { name: 'Germany', forms: ['Germany', 'German'], seats: ['Berlin'], capital: 'Berlin' },
  { name: 'France', forms: ['France', 'French', 'Elysee', 'Élysée'], seats: ['Paris'], capital: 'Paris' },
  { name: 'Italy', forms: ['Italy', 'Italian'], seats: ['Rome'], capital: 'Rome' },
  { name: 'Switzerland', forms: ['Switzerland', 'Swiss'], seats: ['Bern'], capital: 'Bern' },
  { name: 'Norway', forms: ['Norway', 'Norwegian'], seats: ['Oslo'], capital: 'Oslo' },
  { name: 'Canada', forms: ['Canada', 'Canadian'], seats: ['Ottawa'], capital: 'Ottawa' },
  { name: 'Mexico', forms: ['Mexico', 'Mexican'], seats: ['Mexico City'], capital: 'Mexico City' },
  { name: 'Syria', forms: ['Syria', 'Syrian'], seats: ['Damascus'], capital: 'Damascus' },
  { name: 'Lebanon', forms: ['Lebanon', 'Lebanese'], seats: ['Beirut'], capital: 'Beirut' },
  { name: 'Iraq', forms: ['Iraq', 'Iraqi'], seats: ['Baghdad'], capital: 'Baghdad' },
  { name: 'Jordan', forms: ['Jordanian'], seats: ['Amman'], capital: 'Amman' },
  { name: 'Yemen', forms: ['Yemen', 'Yemeni'], seats: ['Aden'], capital: 'Sanaa' },
  // Armed movements that negotiate in their own name (the government they fight is a different side).
  { name: 'Houthis', forms: ['Houthis', 'Houthi', 'Huthis', 'Huthi', 'Ansar Allah', 'Ansarullah'], seats: ['Sanaa'], state: false, group: true, facing: 'Yemen' },
  { name: 'Venezuela', forms: ['Venezuela', 'Venezuelan'], seats: ['Caracas'], capital: 'Caracas' },
  { name: 'Cuba', forms: ['Cuba', 'Cuban'], seats: ['Havana'], capital: 'Havana' },
  // "Serb" and "Croat" name the peoples, as in "Bosnian Serb" and "Kosovo Serbs".
  { name: 'Serbia', forms: ['Serbia', 'Serbian', 'Serb', 'Serbs'], seats: ['Belgrade'], capital: 'Belgrade' },
  { name: 'Croatia', forms: ['Croatia', 'Republic of Croatia', 'Croatian', 'Croatians', 'Croat', 'Croats'], seats: ['Zagreb'], capital: 'Zagreb' },
  // The name it held at the UN until 2019, and its initials, still used by much coverage.
  { name: 'North Macedonia', forms: ['North Macedonia', 'Republic of North Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYR Macedonia', 'FYROM', 'Macedonia', 'Macedonian', 'Macedonians'], seats: ['Skopje'], capital: 'Skopje' },
  { name: 'Kosovo', forms: ['Kosovo'], seats: ['Pristina'], capital: 'Pristina' },
  { name: 'Belarus', forms: ['Belarus', 'Belarusian'], seats: ['Minsk'], capital: 'Minsk' },
  { name: 'Poland', forms: ['Poland', 'Polish'], seats: ['Warsaw'], capital: 'Warsaw' },
  { name: 'Georgia', forms: ['Georgian'], seats: ['Tbilisi'], capital: 'Tbilisi' },
  { name: 'Kazakhstan', forms: ['Kazakhstan', 'Kazakh'], seats: ['Astana'], capital: 'Astana' },
  { name: 'Taiwan', forms: ['Taiwan', 'Taiwanese'], seats: ['Taipei'], capital: 'Taipei' },
  { name: 'Vietnam', forms: ['Vietnam', 'Vietnamese'], seats: ['Hanoi'], capital: 'Hanoi' },
  { name: 'Philippines', inSentence: 'the Philippines', forms: ['Philippines', 'Philippine', 'Filipino'], seats: ['Manila'], capital: 'Manila' },
  { name: 'Indonesia', forms: ['Indonesia', 'Indonesian'], seats: ['Jakarta'], capital: 'Jakarta' },
  { name: 'Thailand', forms: ['Thailand', 'Thai'], seats: ['Bangkok'], capital: 'Bangkok' },
  { name: 'Cambodia', forms: ['Cambodia', 'Cambodian'], seats: ['Phnom Penh'], capital: 'Phnom Penh' },
  { name: 'Sudan', forms: ['Sudan', 'Sudanese'], seats: ['Khartoum'], capital: 'Khartoum' },
  { name: 'Ethiopia', forms: ['Ethiopia', 'Ethiopian'], seats: ['Addis Ababa'], capital: 'Addis Ababa' },
  { name: 'Rwanda', forms: ['Rwanda', 'Rwandan'], seats: ['Kigali'], capital: 'Kigali' },
  // News calls the DRC "Congo" and its neighbour "Republic of Congo" or "Congo-Brazzaville": "Congo" alone is the DRC unless the
  // article names the other.
  { name: 'Democratic Republic of the Congo', inSentence: 'the Democratic Republic of the Congo', forms: ['Democratic Republic of the Congo', 'DRC', 'Congolese', 'Congo'], seats: ['Kinshasa'], capital: 'Kinshasa' },
  { name: 'Republic of the Congo', inSentence: 'the Republic of the Congo', forms: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo Brazzaville'], seats: ['Brazzaville'], capital: 'Brazzaville' },
  { name: 'Greece', forms: ['Greece', 'Greek'], seats: ['Athens'], capital: 'Athens' },
  { name: 'Cyprus', forms: ['Cyprus', 'Cypriot'], seats: ['Nicosia'], capital: 'Nicosia' },
  { name: 'Brazil', forms: ['Brazil', 'Brazilian'], seats: ['Brasília', 'Brasilia'], capital: 'Brasília' },
  { name: 'Colombia', forms: ['Colombia', 'Colombian'], seats: ['Bogotá', 'Bogota'], capital: 'Bogotá' },
  { name: 'NATO', forms: ['NATO', 'North Atlantic Treaty Organization'], seats: [] },
  { name: 'United Nations', inSentence: 'the United Nations', forms: ['United Nations', 'UN', 'U.N.'], seats: [] },
  // The command that signed the Korean armistice and still meets the North at Panmunjom: a side of its own, not the UN.
  { name: 'United Nations Command', inSentence: 'the United Nations Command', forms: ['United Nations Command', 'UN Command', 'U.N. Command', 'UNC'], seats: [] },
  { name: 'African Union', inSentence: 'the African Union', forms: ['African Union'], seats: [] },
];

export interface PartyMention {
  party: string;
  text: string;
  index: number;
  /** A seat of government used as a location ("talks in Moscow") rather than as an actor. */
  isPlace: boolean;
  /** Named as the host or mediator of the talks ("talks mediated by China", "the China-brokered truce"), not as a side. */
  isMediator: boolean;
}

/** The hand-written entries with the generated states merged in: a generated state extends the override naming it, else is added. */
function buildPartyTable(overrides: PartyEntry[], countries: readonly GeneratedCountry[]): { table: PartyEntry[]; renamed: Map<string, string> } {
  const owner = new Map<string, PartyEntry>();
  for (const entry of overrides) for (const form of [entry.name, ...entry.forms, ...entry.seats]) owner.set(foldForm(form), entry);
  // A hand-written entry with a seat of government (a state, the EU, the Houthis' Sanaa) can be "the government" facing a group.
  const table = overrides.map((entry) => ({ ...entry, forms: [...entry.forms], seats: [...entry.seats], state: entry.state ?? entry.seats.length > 0 }));
  const byName = new Map(table.map((entry) => [entry.name, entry]));
  const renamed = new Map<string, string>();
  const free = (form: string, own?: PartyEntry) => !owner.has(foldForm(form)) || owner.get(foldForm(form)) === own;
  for (const country of countries) {
    const overridden = [country.name, ...country.forms].map((form) => owner.get(foldForm(form))).find((entry) => entry !== undefined && entry.seats.length > 0);
    if (overridden) {
      // The override keeps its name, seats and display form; the dataset only adds names it lacks ("Hashemite Kingdom of Jordan").
      const entry = byName.get(overridden.name)!;
      entry.forms.push(...country.forms.filter((form) => free(form)));
      entry.guarded = [...(entry.guarded ?? []), ...(country.guarded ?? []).filter((form) => free(form, overridden))];
      renamed.set(country.name, entry.name);
      continue;
    }
    table.push({
      name: country.name,
      ...(country.inSentence ? { inSentence: country.inSentence } : {}),
      forms: country.forms.filter((form) => free(form)),
      seats: country.seats.filter((form) => free(form)),
      guarded: (country.guarded ?? []).filter((form) => free(form)),
      guardedSeats: (country.guardedSeats ?? []).filter((form) => free(form)),
      ...(country.capital ? { capital: country.capital } : {}),
      state: true,
    });
  }
  return { table, renamed };
}

const { table: PARTY_TABLE, renamed: RENAMED } = buildPartyTable(OVERRIDES, COUNTRIES);

const BY_FORM = new Map<string, PartyEntry>();
const SEATS = new Set<string>();
/** Folded guarded form → the party it names once the article names that party unmistakably. */
const GUARDED = new Map<string, { entry: PartyEntry; seat: boolean }>();
/** Folded shared form ("Congolese") → the states it may name, and the one it names when the article settles nothing. */
const SHARED = new Map<string, { candidates: string[]; fallback: string | null }>();
for (const entry of PARTY_TABLE) {
  // A guarded name ("Chad") is no form of its own entry: it names the state only as the article settles it.
  const names = (entry.guarded ?? []).includes(entry.name) ? [] : [entry.name];
  for (const form of [...entry.forms, ...entry.seats, ...names]) BY_FORM.set(foldForm(form), entry);
  for (const seat of entry.seats) SEATS.add(foldForm(seat));
}
for (const entry of PARTY_TABLE) {
  for (const form of entry.guarded ?? []) if (!BY_FORM.has(foldForm(form))) GUARDED.set(foldForm(form), { entry, seat: false });
  for (const form of entry.guardedSeats ?? []) if (!BY_FORM.has(foldForm(form))) GUARDED.set(foldForm(form), { entry, seat: true });
}
for (const [form, { states, usual }] of Object.entries(SHARED_FORMS)) {
  const key = foldForm(form);
  const rename = (name: string) => RENAMED.get(name) ?? name;
  // A hand-written entry that claims the form ("Congolese" → the DRC) makes its state the usual reading.
  const fallback = BY_FORM.get(key)?.name ?? (usual ? rename(usual) : null);
  SHARED.set(key, { candidates: states.map(rename), fallback });
  BY_FORM.delete(key);
}
const BY_NAME = new Map(PARTY_TABLE.map((entry) => [entry.name, entry]));

function foldForm(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression source matching any of the words, factored as a trie so that a scan tests one branch per
 * character instead of every name (the state table has well over a thousand forms). Greedy branches keep the longest match first.
 */
function triePattern(words: Iterable<string>): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  const render = (node: Node): string => {
    const branches = [...node.next.entries()].map(([char, child]) => escapeRegExp(char) + render(child));
    if (branches.length === 0) return '';
    if (node.end) return `(?:${branches.join('|')})?`;
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return render(root);
}

const ALL_FORMS = [
  ...PARTY_TABLE.flatMap((entry) => [...entry.forms, ...entry.seats, ...(entry.guarded ?? []), ...(entry.guardedSeats ?? [])]),
  ...Object.keys(SHARED_FORMS),
];
// Case-sensitive on purpose: "us" the pronoun and "US" the country differ only in case.
const MENTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${triePattern(new Set(ALL_FORMS))})(?:['’]s)?(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  'gu',
);

const GENERIC_TAIL = /\s+(?:team|side|delegation|delegations|government|administration|officials|negotiators|authorities|leadership|camp)$/i;

/** The state a form names outright, as the article settles it, or as it names when the article settles nothing. */
function stateOfForm(form: string): string | null {
  const key = foldForm(form);
  const entry = BY_FORM.get(key);
  if (entry) return entry.name;
  const settled = ACTIVE_SIDES?.states.get(key);
  if (settled !== undefined) return settled;
  return SHARED.get(key)?.fallback ?? null;
}

/** The canonical party a mention names ("the American side" → "United States"), or null. */
export function canonicalParty(mention: string): string | null {
  let form = mention.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const whole = ACTIVE_SIDES?.byForm.get(foldForm(form));
  if (whole) return whole;
  form = form.replace(GENERIC_TAIL, '');
  return stateOfForm(form) ?? ACTIVE_SIDES?.byForm.get(foldForm(form)) ?? null;
}

/**
 * Whether two names, as different outlets give them, are the same side: a group and its initials ("RSF", "Rapid Support
 * Forces"), or a shorter form of an organisation's name inside the longer one ("Brotherhood Alliance", "Three Brotherhood Alliance").
 */
export function sameSide(a: string, b: string): boolean {
  if (foldForm(a) === foldForm(b)) return true;
  // "E3" and "France": a member state's people speak for the standing bloc the track names.
  if (STATE_BLOCS.some((bloc) => (bloc.name === a && bloc.members.includes(b)) || (bloc.name === b && bloc.members.includes(a)))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "NDF" and "NDFP": the initials of a body written with and without the country it is of ("… Front of the Philippines").
  if (ACRONYM.test(short) && ACRONYM.test(long)) return /^\p{Lu}$/u.test(long.slice(short.length)) && long.startsWith(short);
  if (ACRONYM.test(short)) return initialsOf(long) === short;
  // "Frente POLISARIO" and "Polisario Front": the same words, the organisation's noun in its own language and order.
  if (sameNameWords(a, b)) return true;
  // "Polisario" and "Frente Polisario" / "the Polisario Front": a group's one name word, with and without its organisation noun.
  if (!/\s/.test(short) && /\s/.test(long)) {
    const key = foldForm(short);
    if (!GENERIC_NAME_WORDS.has(key) && nameWithoutOrgWord(long) === key) return true;
  }
  // The shorter keeps a name word besides the organisation word: "Front" alone could be anyone's.
  return /\s/.test(short) && ORG_HEAD_AT_END.test(short) && foldForm(long).endsWith(` ${foldForm(short)}`);
}

// An organisation's noun as Spanish, Portuguese and French names write it, and the articles between the words.
const ORG_WORD_IN_ENGLISH = new Map([
  ['frente', 'front'], ['movimiento', 'movement'], ['movimento', 'movement'], ['mouvement', 'movement'], ['ejército', 'army'],
  ['ejercito', 'army'], ['exército', 'army'], ['armée', 'army'], ['fuerzas', 'forces'], ['forças', 'forces'], ['partido', 'party'],
  ['parti', 'party'], ['alianza', 'alliance'], ['aliança', 'alliance'], ['unión', 'union'], ['união', 'union'],
]);
const LINK_WORDS = new Set(['the', 'of', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'das', 'el', 'los', 'for', 'pour', 'para']);

function nameWords(name: string): string[] {
  return foldForm(name).split(/[\s-]+/).filter((word) => !LINK_WORDS.has(word)).map((word) => ORG_WORD_IN_ENGLISH.get(word) ?? word).sort();
}

/** The one name word of an organisation's name besides its noun ("Frente Polisario" → "polisario"), else null. */
function nameWithoutOrgWord(name: string): string | null {
  const words = nameWords(name);
  const rest = words.filter((word) => !ORG_WORD_KEYS.has(word));
  return rest.length === 1 && words.length === 2 ? rest[0]! : null;
}

/** Two names of an organisation made of the same words, one of them the organisation's noun and one its own name word. */
function sameNameWords(a: string, b: string): boolean {
  if (!/\s/.test(a) || !/\s/.test(b)) return false;
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length !== right.length || left.some((word, index) => word !== right[index])) return false;
  return left.some((word) => ORG_WORD_KEYS.has(word)) && left.some((word) => !GENERIC_NAME_WORDS.has(word));
}
const ORG_WORD_KEYS = new Set(['front', 'movement', 'army', 'forces', 'party', 'alliance', 'union', 'coalition', 'platform', 'council', 'congress', 'militia', 'brigades', 'resistance', 'liberation']);

/** The party's name as it reads inside a sentence ("the United States"). */
export function partyInSentence(party: string): string {
  return BY_NAME.get(party)?.inSentence ?? ACTIVE_SIDES?.inSentence.get(party) ?? party;
}

/** The capital of the party whose adjective is given ("Omani" → "Muscat"), for "the Omani capital". */
// The state each capital is the seat of, by its folded name.
const BY_CAPITAL = new Map(PARTY_TABLE.filter((entry) => entry.capital && entry.state !== false).map((entry) => [foldForm(entry.capital!), entry.name]));

/** The state whose capital the city is on the article's date ("Lima" → Peru; Moscow in a 1955 report → the Soviet Union), or null. */
export function stateOfCapital(city: string): string | null {
  const state = BY_CAPITAL.get(foldForm(city));
  return state ? stateOfTheDay(state) : null;
}

export function capitalOf(adjectiveOrName: string): string | null {
  const party = canonicalParty(adjectiveOrName);
  return party ? (BY_NAME.get(party)?.capital ?? null) : null;
}

const PLACE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|toward|towards|via|across|around|visited|visit|reached|leave|left|arriving|arrived|based|hosted|of the)\s+(?:the\s+)?(?:(?:central|downtown|greater|northern|southern|eastern|western|north|south|east|west)\s+)?)$/i;
// "the delegation of the Israeli side", "representatives of the United States": whose delegation it is, not where.
// "the President of the Republic of South Sudan", "the Prime Minister of the Kingdom of Thailand": whose post, not where.
const SIDE_OF_BEFORE = /\b(?:delegations?|team|teams|representatives?|negotiators|envoys?|side|government|leadership|officials|presidents?|prime ministers?|premiers?|ministers?|leaders?|kings?|emirs?|ambassadors?|heads? of state)\s+of\s+the\s+$/i;
// "the Stockholm talks", "the Doha meeting": a capital before the word for the talks says where they met.
const TALKS_AFTER_SEAT = /^\s+(?:talks|meeting|meetings|round|summit|negotiations|consultations|session|process|format|venue|track|declaration)\b/;
// "the Swedish prime minister's office", "the Malaysian government's headquarters", "Malaysia's administrative capital": a building or
// place described by the state that owns it.
const STATE_PLACE_AFTER = /^(?:['’]s)?\s+(?:(?:prime minister|president|government|foreign ministry|king|royal)['’]s\s+)?(?:(?:official|administrative|commercial|former)\s+)?(?:office|offices|residence|headquarters|palace|seat of government|capital|guesthouse)\b/;

// How news names a host or mediator: "mediated by", "with the facilitation of", "under the auspices of", "in the presence of",
// "Qatari mediators", "the China-brokered talks", "Oman, which hosted", "Beijing's special envoy … oversaw the negotiations".
// The list after "by" may run on with "and the" ("brokered by Saudi Arabia and the United States") but not past a comma: "with the
// facilitation of China, the Myanmar military and …" names the sides after the comma.
// "signed under Qatari mediation by Kinshasa's envoy": a mediation already said whose, the "by" names the signatory.
// "Co-chair Pierre Morel, the EU special representative": the body a co-chair speaks for runs the talks.
const MEDIATOR_BEFORE = /(?:\b(?:mediat(?!ion\b)\w*|broker\w*|hosted|facilitat(?!ion\b)\w*|convened|sponsored|overseen|(?<!co-)chaired)\s+by|(?<!\p{Lu}[\p{L}.'’-]*\s)\b(?:mediation|facilitation)\s+by|\b(?:facilitation|mediation|auspices|presence|good offices|sponsorship|invitation)(?:\s+(?:efforts|role))?\s+of)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.-]*|and|and the|of)\s+){0,5}$|\b[Mm]ediators?\s+(?:from\s+)?(?:the\s+)?$|\b[Cc]o-?chair(?:man|woman|person)?s?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*,\s+(?:the\s+)?$/u;
// Verbs that say a state ran the talks rather than sat at them, in any tense: "Oman mediates", "Qatar has been mediating".
const RUNS_TALKS = '(?:hosted|hosts|hosting|mediated|mediates|mediating|brokered|brokers|brokering|facilitated|facilitates|facilitating|convened|convenes|shuttled|shuttles|shuttling)';
const MEDIATOR_AFTER = new RegExp(
  [
    // "the Qatar-brokered truce", "Oman's mediation"
    `^(?:['’]s)?-(?:brokered|mediated|hosted|facilitated|sponsored|led mediation)\\b`,
    `^['’]s\\s+(?:mediation|good offices|facilitation)\\b`,
    // "Beijing's special envoy … oversaw the negotiations"
    `^(?:['’]s)?\\s+(?:(?:special|top)\\s+)?(?:envoy|mediator)s?\\b[^.;]{0,60}?\\b(?:oversaw|mediated|brokered|hosted|facilitated|chaired)\\b`,
    // "Oman mediated", "Qatar has been mediating", "China facilitates peace talks", "Oman and Qatar jointly hosted"
    `^(?:\\s+(?:and|or)\\s+[\\p{Lu}][\\p{L}]+)?\\s+(?:(?:has|had|have|also|again|jointly|is|was|are|were|been|first|began|begun|started|continued|continues|will|would)\\s+)*${RUNS_TALKS}\\b`,
    // "Qatar first brought the two sides together": convening the sides is what a host does.
    `^\\s+(?:(?:has|had|have|also|again|first|later|finally)\\s+)*(?:brought|brings|bringing)\\s+(?:the\\s+)?(?:two|both|warring|rival)\\s+(?:sides|parties|delegations)\\s+together\\b`,
    // "Qatar's minister of state, who led the mediation": the state's official runs the mediation.
    `^['’]s\\s+[^.;]{0,80}?,\\s+who\\s+(?:(?:has|had|also)\\s+)*(?:led|leads|headed|heads|conducted)\\s+(?:the\\s+)?(?:mediation|mediators|mediating)\\b`,
    // "Qatari, Egyptian and US mediators", "Venezuela, Cuba and Norway act as guarantors": every state of the list has that role.
    `^(?:,\\s+[\\p{Lu}][\\p{L}.]*)+,?\\s+and\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?\\s+(?:(?:act|acted|acting|serve|served|serving)\\s+as\\s+(?:the\\s+)?)?(?:(?:chief|lead|main|top)\\s+)?(?:mediators|hosts|facilitators|guarantors|monitors|observers)\\b`,
    `^(?:,?\\s+and\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.]*)?\\s+(?:act|acted|acting|acts|serve|served|serving|serves)\\s+as\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:mediators?|hosts?|facilitators?|guarantors?)\\b`,
    // "diplomats from Norway, Ireland and Cuba, the three guarantor countries": the role set after the list holds for each state.
    `^(?:,\\s+[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?)*(?:,?\\s+and\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?)?,\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:guarantor|mediating|mediator|host|facilitating|facilitator|observer)\\s+(?:countries|states|nations|governments)\\b`,
    // "Oman, which hosted the talks"
    `^,\\s+(?:which|who)\\s+(?:(?:has|had|is|was|also|again)\\s+)*${RUNS_TALKS}\\b`,
    // "with Cambodia as host", "Qatar and Egypt as mediators", "the African Union's chief mediator"
    // "EU monitors", "OSCE observers": a mission that watches the sides is not one of them.
    `^(?:['’]s)?\\s+(?:and\\s+[\\p{Lu}][\\p{L}]+\\s+)?(?:as\\s+)?(?:(?:chief|lead|main|top)\\s+)?(?:mediators?|hosts?|facilitators?|monitors|observers)\\b`,
    // "Omani Foreign Minister Badr Albusaidi shuttled between the delegations", "Turkish Foreign Minister Hakan Fidan, who hosted the talks",
    // "Malaysian Prime Minister Anwar Ibrahim said after hosting talks": the state's official, named by title and name, runs the talks.
    `^(?:['’]s)?\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){1,5}(?:(?:said|says|told reporters|announced)\\s+(?:after|while|when|before)\\s+)?(?:(?:again|also|has|had|jointly)\\s+)*${RUNS_TALKS}\\b`,
    `^(?:['’]s)?\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*,\\s+(?:who|which)\\s+(?:(?:has|had|is|was|also|again)\\s+)*${RUNS_TALKS}\\b`,
  ].join('|'),
  'u',
);

// "the joint mediation efforts of Qatar, Egypt and the United States": "joint" says every state listed mediates.
// "mediators Qatar, Egypt and the United States": a list after the plural role.
// "co-chaired by the EU, the UN and the OSCE": "co-" says every body listed chairs.
const JOINT_MEDIATION = /\bjoint\s+(?:mediation|facilitation|sponsorship)(?:\s+(?:efforts|role))?\s+of\s+|\b(?:mediators|guarantors|co-mediators)\s+(?:from\s+)?|\bco-(?:chaired|hosted|sponsored|mediated|brokered|facilitated)\s+by\s+/giu;
const CHAIR_POST = /^(?:Minister|Secretary|Under-Secretary|Undersecretary|Ambassador|Envoy|Director(?:-General)?|Commissioner|Chairman|Chairperson|President|Premier)$/u;
const LIST_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|the|of|and)$/u;

/** Whether `before` ends inside a list of names opened by "joint mediation of" (names, "the", "of", "and" and commas only). */
function inJointMediatorList(before: string, after = ''): boolean {
  // Every mention asks this of the words before it: a plain substring test spares the full pattern almost always.
  const lower = before.toLowerCase();
  if (!lower.includes('joint') && !lower.includes('mediators') && !lower.includes('guarantors') && !lower.includes('co-')) return false;
  JOINT_MEDIATION.lastIndex = 0;
  let start = -1;
  let opener = '';
  for (let match = JOINT_MEDIATION.exec(before); match; match = JOINT_MEDIATION.exec(before)) {
    start = match.index + match[0].length;
    opener = match[0];
  }
  if (start < 0) return false;
  const words = before.slice(start).split(/[\s,]+/).filter(Boolean);
  // "co-chaired by Chinese Vice Foreign Minister Sun Weidong and Philippine Under-Secretary …": the sides' own officials
  // chair a bilateral mechanism together; only bodies listed by name ("the EU, the UN and the OSCE") chair as third parties.
  if (/^co-chaired/i.test(opener) && [...words, ...after.split(/[\s,]+/, 5)].some((word) => CHAIR_POST.test(word))) return false;
  // "the three guarantors and Syria": a name joined on by "and" before any name is listed is another party, not one of them.
  return words[0] !== 'and' && words.every((word) => LIST_WORD.test(word));
}

/** The mention is named as the host or mediator of the talks, not as a side. */
function isMediatorAt(text: string, index: number, raw: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + raw.length - (/['’]s$/.test(raw) ? 2 : 0), index + raw.length + 100);
  // "the U.N. coordinator for Lebanon X hosted": a state after "for"/"to" is the official's brief, not who runs the talks.
  const brief = /\b(?:for|to)\s+(?:the\s+)?$/i.test(before);
  return MEDIATOR_BEFORE.test(before) || (!brief && MEDIATOR_AFTER.test(after)) || inJointMediatorList(text.slice(Math.max(0, index - 150), index), after);
}

const DATELINE_CITY_BEFORE = /(?:^|\n)[^\S\n]*\p{Lu}[\p{L}.'’ -]{1,30},[^\S\n]*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,20}\)|[—–]|-\s|,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d)/u;

const MENTION_MEMO = articleMemo<PartyMention[]>();

/** Every party mention in a text, each marked as actor or as place. */
export function findPartyMentions(text: string): PartyMention[] {
  // The same clause is asked about by several steps.
  const key = ACTIVE_SIDES ? `${ACTIVE_SIDES.key}\u0000${text}` : text;
  const cached = MENTION_MEMO.get(key);
  if (cached) return cached.map((mention) => ({ ...mention }));
  const mentions = ACTIVE_SIDES ? withSideMentions(text, scanPartyMentions(text), ACTIVE_SIDES) : scanPartyMentions(text);
  MENTION_MEMO.set(key, mentions);
  return mentions.map((mention) => ({ ...mention }));
}

// Only when what is backed is a side ("the Iran-backed Houthis", "Rwanda-backed rebels"); "U.S.-backed offensives" keeps its actor.
const BACKER_AFTER = /^[-–](?:backed|aligned|allied|supported|sponsored|funded|armed)\s+(?:\p{Lu}|(?:rebels?|groups?|movements?|militias?|fighters|insurgents|guerrillas?|separatists|factions?|government|authorities|administration|coalition|alliance|party|side)\b)/u;

function scanPartyMentions(text: string): PartyMention[] {
  const mentions: PartyMention[] = [];
  MENTION_RE.lastIndex = 0;
  for (let match = MENTION_RE.exec(text); match; match = MENTION_RE.exec(text)) {
    const raw = match[0];
    const party = canonicalParty(raw);
    if (!party) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + raw.length, match.index + raw.length + 12);
    // "the Iran-backed rebels", "a Moscow-aligned party": the backer qualifies someone else, it is not a side acting here.
    if (/^[-–]/.test(after) && BACKER_AFTER.test(text.slice(match.index + raw.length, match.index + raw.length + 40))) continue;
    const possessive = /['’]s$/.test(raw);
    const base = foldForm(raw.replace(/['’]s$/, ''));
    let isPlace = false;
    // "in Muscat's Bustan district" is a place; "Moscow's ambassador" an actor.
    // "representatives of the Sudanese Armed Forces": a state's forces or government are an actor wherever they stand.
    const forceAfter = /^(?:['’]s)?\s+(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|[Gg]overnment|[Dd]elegation)\b/.test(text.slice(match.index + raw.length, match.index + raw.length + 20));
    if (PLACE_BEFORE.test(before) && !/\bbetween\s+$/i.test(before) && !/^[-–]/.test(after) && !forceAfter && !SIDE_OF_BEFORE.test(before)) isPlace = true;
    const wideAfter = text.slice(match.index + raw.length - (possessive ? 2 : 0), match.index + raw.length + 50);
    if ((SEATS.has(base) && !possessive && TALKS_AFTER_SEAT.test(wideAfter)) || STATE_PLACE_AFTER.test(wideAfter)) isPlace = true;
    // "the seat of the Swedish government": the building, not the government acting.
    if (/\b(?:seat|headquarters|offices?|residence) of (?:the\s+)?$/i.test(before)) isPlace = true;
    if (!possessive && !/^[-–]/.test(after)) {
      // "Istanbul, Türkiye": a country named after a city says where, not who.
      if (/\p{Lu}\p{Ll}+,\s*$/u.test(before) && SEATS.has(base) === false && /^\s*[,.;]/.test(after)) {
        const prevWord = /(\p{Lu}[\p{L}-]+),\s*$/u.exec(before)?.[1] ?? '';
        if (isKnownCity(prevWord)) isPlace = true;
      }
      // "KUALA LUMPUR, Malaysia (AP) —", "Rimbo, Sweden, Dec 6 (Reuters) -": a dateline's country says where the story was filed.
      if (DATELINE_CITY_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) && DATELINE_AFTER.test(text.slice(match.index + raw.length, match.index + raw.length + 30))) isPlace = true;
      if (/^-based\b/.test(after)) isPlace = true;
      const previous = mentions[mentions.length - 1];
      if (previous?.isPlace && /^\s*(?:and|or|,)\s*$/.test(text.slice(previous.index + previous.text.length, match.index))) isPlace = true;
    }
    mentions.push({ party, text: raw, index: match.index, isPlace, isMediator: isMediatorAt(text, match.index, raw) });
  }
  return mentions;
}

// ---------------------------------------------------------------------------
// Cities where talks are commonly held; used to tell a place from other capitalized words.
// ---------------------------------------------------------------------------

const CITIES = [
  'Istanbul', 'Ankara', 'Antalya', 'Muscat', 'Rome', 'Geneva', 'London', 'Doha', 'Cairo', 'Sharm el-Sheikh', 'Riyadh', 'Jeddah',
  'Abu Dhabi', 'Dubai', 'Washington', 'Moscow', 'Kyiv', 'Kiev', 'Minsk', 'Beijing', 'Shanghai', 'Paris', 'Berlin', 'Brussels',
  'Vienna', 'Oslo', 'Stockholm', 'Helsinki', 'Copenhagen', 'Tehran', 'Baku', 'Yerevan', 'Tbilisi', 'Almaty', 'Astana', 'Tashkent',
  'Bern', 'Lausanne', 'Montreux', 'Davos', 'Zurich', 'Madrid', 'Lisbon', 'Amsterdam', 'The Hague', 'Warsaw', 'Prague', 'Budapest',
  'Belgrade', 'Pristina', 'Sarajevo', 'Athens', 'Nicosia', 'Tokyo', 'Seoul', 'Pyongyang', 'Panmunjom', 'Singapore', 'Hanoi',
  'Bangkok', 'Jakarta', 'Kuala Lumpur', 'Manila', 'New Delhi', 'Delhi', 'Islamabad', 'Kabul', 'Dushanbe', 'Bishkek', 'Ashgabat',
  'Baghdad', 'Amman', 'Beirut', 'Damascus', 'Jerusalem', 'Tel Aviv', 'Ramallah', 'Gaza City', 'Manama', 'Kuwait City', 'Sanaa', 'Aden',
  'Addis Ababa', 'Nairobi', 'Khartoum', 'Kigali', 'Kinshasa', 'Luanda', 'Pretoria', 'Johannesburg', 'Cape Town', 'Abuja', 'Dakar',
  'Algiers', 'Tunis', 'Rabat', 'Tripoli', 'Ottawa', 'Mexico City', 'Havana', 'Caracas', 'Bogotá', 'Bogota', 'Brasília', 'Brasilia',
  'Buenos Aires', 'Lima', 'New York', 'Camp David', 'Anchorage', 'Reykjavik', 'Dayton', 'Sochi', 'St Petersburg', 'St. Petersburg',
  'Saint Petersburg', 'Vladivostok', 'Kazan', 'Aqaba', 'Stockholm', 'Phnom Penh', 'Taipei', 'Osaka', 'Hiroshima', 'Kananaskis',
  'Alma-Ata', 'Gabala', 'Kazan', 'Luxembourg', 'Strasbourg', 'Milan', 'Florence', 'Venice', 'Naples', 'Munich', 'Frankfurt', 'Bonn',
  'Hamburg', 'Salzburg', 'Krakow', 'Vilnius', 'Riga', 'Tallinn', 'Chisinau', 'Bucharest', 'Sofia', 'Skopje', 'Tirana', 'Podgorica',
  'Zagreb', 'Ljubljana', 'Bratislava', 'Dublin', 'Edinburgh', 'Brussels', 'Marrakech', 'Marrakesh', 'Jerash', 'Erbil', 'Mosul',
];
// Every state's capital is a city talks may be held in; one that is also a common name elsewhere ("Georgetown") only once
// the article names its state.
const CAPITALS = PARTY_TABLE.filter((entry) => entry.state).flatMap((entry) => entry.seats);
const GUARDED_CAPITALS = PARTY_TABLE.flatMap((entry) => entry.guardedSeats ?? []);
const CITY_SET = new Set([...CITIES, ...CAPITALS].map((city) => city.toLowerCase()));

export function isKnownCity(word: string): boolean {
  const lower = word.toLowerCase();
  if (CITY_SET.has(lower)) return true;
  return GUARDED.get(foldForm(word))?.seat === true && Boolean(ACTIVE_SIDES?.states.get(foldForm(word)));
}

export const CITY_PATTERN = triePattern(new Set([...CITIES, ...CAPITALS, ...GUARDED_CAPITALS]));

// ---------------------------------------------------------------------------
// Sides that are not states: a government and its opposition, rebel and armed groups, named coalitions.
//
// Naming convention (one name per side whatever the outlet calls it, so reports merge):
// - a government negotiating with its own opposition or with an armed group is its state: "Venezuela", "Colombia";
// - facing an armed group, the state's forces are the state too: "Sudan's army", "the military", "the Sudanese Armed Forces (SAF)",
//   "SAF" → "Sudan" (only while the article names a non-state group; state-to-state army talks are left alone);
// - the opposition is "<adjective of the state> opposition" ("Venezuelan opposition"); the coalition's own name
//   ("the Unitary Platform") is one of its forms, not its canonical name, since many reports say only "the opposition";
// - an armed or political group is its short name: the acronym when the article gives one ("ELN" for
//   "the National Liberation Army (ELN)"), else the name as introduced ("M23", "Rapid Support Forces").
//   It may be introduced name-first ("the M23 rebel group") or descriptor-first ("the paramilitary Rapid Support Forces (RSF)"),
//   and later named by its initials alone ("RSF positions");
// - a coalition of groups is one side under its umbrella name ("Three Brotherhood Alliance"), its members and "the alliance" /
//   "the three armed groups" being its forms; listed without an umbrella name, it is named by its members ("MNDAA, TNLA and AA");
// - facing an armed group, "the junta" and "the regime" are the government side too.
// The lexicon is discovered per article (discoverSides) and active only while that article is extracted (withSides).
// ---------------------------------------------------------------------------

export interface SideLexicon {
  key: string;
  /** Folded form → canonical side. */
  byForm: Map<string, string>;
  inSentence: Map<string, string>;
  /** Forms of named sides, longest first (case-sensitive proper names). */
  names: RegExp | null;
  /** The state whose government negotiates, when "the government" is a side. */
  government: string | null;
  /** Canonical name of the opposition, when "the opposition" is a side. */
  opposition: string | null;
  /** Other names of a side that other reports may use alone ("Venezuelan opposition" for "Unitary Platform"). */
  aliases?: Map<string, string[]>;
  /** Guarded and shared state forms as this article settles them (folded form → state, or null for none). */
  states: Map<string, string | null>;
  /** The coalition that "the alliance" and "the three armed groups" stand for. */
  collective: string | null;
  /** Folded forms the table gives a state that this article's date gives a movement ("Taliban" before it governed). */
  reassigned: Set<string>;
  /** The communities of one people that are the sides ("Greek and Turkish Cypriots"), or null. */
  communities?: RegExp | null;
}

let ACTIVE_SIDES: SideLexicon | null = null;

/** Which sides the extraction in progress knows: answers that depend on them are memoized under this key. */
export function activeSidesKey(): string {
  return ACTIVE_SIDES?.key ?? '';
}

/** Runs `fn` with the article's non-state sides recognised by findPartyMentions and canonicalParty. */
export function withSides<T>(lexicon: SideLexicon | null, fn: () => T): T {
  const saved = ACTIVE_SIDES;
  ACTIVE_SIDES = lexicon;
  try {
    return fn();
  } finally {
    ACTIVE_SIDES = saved;
  }
}

const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|\\p{N}+[\\p{Lu}\\p{N}-]*)";
// "Movement for the Liberation of Congo": "of the" and "for the" join the words of one name too.
const NAME_RUN = `${NAME_TOKEN}(?:\\s+(?:(?:of|for)\\s+the|of|for|the|and|de|del|la)\\s+${NAME_TOKEN}|\\s+${NAME_TOKEN}){0,5}`;
// Words that make a capitalized phrase an organisation ("National Liberation Army", "Unitary Platform").
const ORG_HEAD = '(?:Platform|Front|Army|Movement|Forces|Alliance|Coalition|Party|Union|Congress|Brigades?|Militia|Council for [\\p{L} ]+|Resistance|Liberation|Rally(?=\\s+(?:for|of)\\s))';
// Descriptions that introduce a group: "the M23 rebel group", "the ELN guerrillas", "Houthi rebels".
// "the Polisario Front independence movement": what a movement fights for, before the noun, describes it as a side too.
const GROUP_NOUN = '(?:(?:independence|separatist|secessionist|liberation|resistance) (?:group|movement|front)|rebel (?:group|movement|alliance|coalition|militia|force)|rebels|armed (?:group|movement)|militia|militias|militant group|militants|guerrilla (?:group|army|movement)|guerrillas?|insurgent group|insurgents|paramilitar(?:y|ies)|group|movement)';
// "the National Liberation Army (ELN) rebel group": the acronym in brackets may sit between the name and the description.
const GROUP_NAME_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(${NAME_RUN})(?:\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?\\s+(${GROUP_NOUN})\\b`, 'gu');
const GROUP_NOUN_FIRST = new RegExp(`\\b(rebel|armed|militant|guerrilla|insurgent|opposition|political)\\s+(?:group|movement|coalition|platform|alliance|bloc|umbrella group|force|militia|army)s?\\s*,?\\s+(?:the\\s+)?(${NAME_RUN})`, 'gu');
// "the paramilitary Rapid Support Forces (RSF)", "the rebel Tigray People's Liberation Front", "the armed group Comuneros del Sur":
// a descriptor before a proper name introduces an armed group (the descriptor is lower case, the name capitalized).
const DESCRIPTOR_FIRST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:[Pp]aramilitary|[Mm]ilitia|[Rr]ebel|[Ii]nsurgent|[Gg]uerrilla|[Mm]ilitant|[Ss]eparatist|[Jj]ihadist|[Aa]rmed group|[Aa]rmed movement)(?:\\s+(?:group|movement|force|forces|organi[sz]ation|alliance|coalition|militia))?\\s*,?\\s+(?:the\\s+)?(${NAME_RUN})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'gu');
const BACKED_WORD = /-(?:backed|aligned|supported|sponsored)\b/;
const BACKED_GROUP = new RegExp(`(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{L}.]*-(?:backed|aligned|supported|sponsored)\\s+(?:the\\s+)?(${NAME_RUN})\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,6}(?:-\\p{Lu}[\\p{L}\\p{N}]{0,8})?)\\)`, 'gu');
// A state's own forces: "Sudan's army", "the Sudanese Armed Forces (SAF)", "the Ethiopian National Defense Force (ENDF)".
const STATE_FORCE_NOUN = "(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|(?:National )?Defen[cs]e [Ff]orces?|[Nn]ational [Aa]rmy|[Tt]roops|[Ff]orces)";
/** "the United Tajik Opposition": the one name with "Opposition" in it the report writes out without initials, or null. */
function soleOppositionName(text: string): string | null {
  const names = new Set([...text.matchAll(OPPOSITION_IN_NAME)].map((m) => m[1]!));
  return names.size === 1 ? [...names][0]! : null;
}
const OPPOSITION_IN_NAME = /(?<![.!?]\s|^)(?<=\s|^)((?:(?!The\b|A\b)\p{Lu}[\p{L}-]+\s+){1,4}Opposition)(?!\s*\()(?![\p{L}-])/gu;
const OPPOSITION_NAMED = new RegExp(`\\b[Oo]pposition\\s+(?:(?:coalition|platform|alliance|bloc|umbrella|group|grouping)\\s*,?\\s+)?(?:the\\s+)?(${NAME_RUN})`, 'gu');
// Initials in brackets, with a faction's name after a hyphen ("RCD-Goma", "SPLM-N").
const BRACKETED_ACRONYM = '\\p{Lu}[\\p{Lu}\\p{N}-]{1,7}(?<!-)(?:-\\p{Lu}[\\p{L}\\p{N}]{1,8})?';
// "the National Democratic Front of the Philippines (NDFP)": the country a body is of belongs to its name when its initials follow.
const ORG_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?((?:${NAME_TOKEN}\\s+(?:(?:of|for|the|and)\\s+)?){0,4}${ORG_HEAD}(?:\\s+(?:of|for)\\s+(?:the\\s+)?${NAME_TOKEN}(?:\\s+(?:of\\s+(?:the\\s+)?)?${NAME_TOKEN}){0,3}(?=\\s*\\(${BRACKETED_ACRONYM}\\)))?)(?:\\s*\\((${BRACKETED_ACRONYM})\\))?`, 'gu');
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$|^\p{Lu}[\p{Lu}\p{N}]{1,6}-\p{Lu}[\p{L}\p{N}]{1,8}$/u;
// A proper-noun organisation acting as a side: it has a delegation or negotiators, or talks are held between it and another.
const SIDE_NOUN_AFTER = /^(?:['’]s)?\s+(?:delegation|delegates|negotiators|negotiating (?:team|panel)|team|(?:peace\s+)?panel|representatives|envoys?|commanders?|leaders(?:hip)?|spokes(?:man|woman|person))\b/;
// "the negotiating panel of the X", "the delegation of the X": a body that sends negotiators is a side.
const SIDE_NOUN_OF_BEFORE = /\b(?:delegation|negotiating team|negotiating panel|peace panel|panel|negotiators|representatives)\s+of\s+(?:the\s+)?$/i;
// "the Government of the Republic of X (GRP) and the Y": a body paired with a government named in full and by its initials.
const GOVERNMENT_IN_FULL_AND = /\b[Gg]overnment\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){1,4}\(\p{Lu}[\p{Lu}\p{N}-]{1,7}\)\s+and\s+(?:the\s+)?$/u;
// "the Government of the Republic of the Philippines (GRP)": a state's government by its initials is that state.
const GOVERNMENT_INITIALS = /\b[Gg]overnment\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){0,3}\p{Lu}[\p{L}-]*)\s*\((\p{Lu}[\p{Lu}\p{N}-]{1,7})\)/gu;
const OPPOSITION_SIDE = /\b(?:government\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)?opposition|opposition\s+(?:delegation|team|negotiators|coalition|platform|alliance|bloc|leaders?|representatives|negotiating)|between\s+[^.;]{0,60}?\band\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)?opposition|opposition\s+and\s+(?:the\s+)?government|(?:the|its)\s+opposition\s+(?:signed|agreed|held|met|reached|resumed)|(?:the|its)\s+opposition\s+(?:(?:was|were|is|had been)\s+)?(?:led|headed|represented)?\s*by(?=\s+\p{Lu}))\b/iu;
const NOT_GROUP_START = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|In|On|At|After|Before|During|While|When|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Security|Contact|Working|Support|Islamic State|Former|Ex|Other|Several|Some|Many|Both)$/;

// "the ELN delegation", "M23 fighters": an acronym that sends a delegation or fights is a side ("the RCD-Goma delegation", with
// its faction after a hyphen, too).
// "the BRN side", "the MILF panel": a side or a panel of its own at the talks.
const ACRONYM_SIDE = /(\p{Lu}(?<![\p{L}\p{N}-]\p{Lu})[\p{Lu}\p{N}]{1,6}(?:-\p{Lu}[\p{L}\p{N}]{1,8})?)(?=(?:['’]s)?\s+(?:delegation|delegates|(?:(?:chief|head|lead|top)\s+)?negotiators?|negotiating team|team|representatives|rebels|guerrillas?|fighters|commanders|side|(?:peace\s+|negotiating\s+)?panel)\b)/gu;
// "the Islamic Emirate's delegation", "the Southern Transitional Council negotiators".
const THE_BODY_SIDE = new RegExp(`\\b[Tt]he\\s+(${NAME_RUN})(?=(?:['’]s)?\\s+(?:delegation|negotiators|negotiating team)\\b)`, 'gu');
// "the National Liberation Army, known by its Spanish initials ELN".
const KNOWN_AS = new RegExp(`(${NAME_RUN}),?\\s+(?:known|referred to)\\s+(?:by\\s+its\\s+(?:[\\p{L}]+\\s+)?(?:initials|acronym)|as)\\s+(?:the\\s+)?(\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\b`, 'gu');

// A group named next to a lower-case noun for what it is, paired with a government or its forces.
const PAIRED_GROUP_NOUN = '(?:party|movement|group|rebels|militia|alliance|coalition|guerrillas)';
const PAIRED_GROUP_AFTER = new RegExp(`\\b(?:government|army|military|junta|regime|authorities)\\s+and\\s+(?:the\\s+)?(${NAME_RUN})\\s+${PAIRED_GROUP_NOUN}\\b`, 'gu');
// Cheap tests of the words the long patterns below cannot match without: most articles have none of them, and the patterns,
// which try a run of capitalized words at every capital, cost more than everything else discoverGroups does.
// (Each gate holds a word of every alternative of the pattern it guards: GROUP_NOUN, ORG_HEAD, PAIRED_GROUP_NOUN, KNOWN_AS.)
const GROUP_NOUN_WORD = /\b(?:rebels?|armed|militias?|militants?|guerrillas?|insurgents?|paramilitar(?:y|ies)|group|movement|front)\b/;
const ORG_HEAD_WORD = /Platform|Front|Army|Movement|Forces|Alliance|Coalition|Party|Union|Congress|Brigade|Militia|Council for|Resistance|Liberation/;
const PAIRED_NOUN_WORD = new RegExp(`\\b${PAIRED_GROUP_NOUN}\\b`);
const KNOWN_AS_WORD = /\b(?:known|referred to)\b/;
const PAIRED_GROUP_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?(${NAME_RUN})\\s+${PAIRED_GROUP_NOUN}\\s+and\\s+(?:the\\s+)?(?:[\\p{L}]+(?:['’]s)?\\s+)?(?:government|army|military|junta|authorities)\\b`, 'gu');

// Coalitions of armed or political groups: an umbrella name ("the Three Brotherhood Alliance"), its members, and the common
// nouns that stand for it ("the alliance", "three ethnic armed groups").
const COALITION_HEAD = '(?:Alliance|Coalition|Front|Bloc|Platform|Council)';
const COUNT_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|several|\\d+)';
// Nouns that stand for a set of armed or political groups.
const GROUPS_NOUN = '(?:armed groups|armed organi[sz]ations|rebel groups|insurgent groups|armed movements|ethnic armies|militias|factions)';
// A name inside a list stops at "and", so "the TNLA and the Arakan Army" stays two names.
const ITEM_RUN = `${NAME_TOKEN}(?:\\s+(?:of|for|the|de|del|la)\\s+${NAME_TOKEN}|\\s+${NAME_TOKEN}){0,6}`;
const LIST_ITEM = `(?:the\\s+)?${ITEM_RUN}(?:\\s*\\(\\p{Lu}[\\p{Lu}\\p{N}-]{1,7}\\))?`;
const MEMBER_LIST = new RegExp(`${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+and\\s+${LIST_ITEM}`, 'uy');
const MEMBER_ITEM = new RegExp(`(?:the\\s+)?(${ITEM_RUN})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'u');
// What introduces the members: "made up of", "namely", "The three armed groups are", or a dash after the coalition.
const MEMBERS_INTRO = new RegExp(`(?:\\b(?:namely|made up of|comprised of|comprising|consisting of|composed of|grouping|which (?:includes|comprises|groups))|\\b${GROUPS_NOUN}\\s+(?:are|were|include|included))\\s*:?\\s+|\\s[–—-]\\s+(?=(?:the\\s+)?\\p{Lu})`, 'gu');
// "the Brotherhood Alliance of three ethnic armed groups", "an alliance of three armed groups": a coalition described as such.
const COALITION_NAME_AT_END = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:[Tt]he\\s+)?((?:${NAME_TOKEN}\\s+){0,4}${COALITION_HEAD})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?\\s*[,–—-]?\\s*$`, 'u');
const COALITION_OF_GROUPS = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?((?:${NAME_TOKEN}\\s+){0,4}${COALITION_HEAD})\\s+(?:of|grouping|uniting)\\s+(?:the\\s+)?(?:${COUNT_WORD}\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${GROUPS_NOUN}\\b`, 'gu');
// Common nouns for the coalition: "an alliance of three ethnic minority armed groups", "the three armed groups", "the alliance".
const COLLECTIVE_NOUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Bb]oth)\\s+)?(?:(?:rebel|ethnic|armed)\\s+)?(?:alliance|coalition)(?:\\s+of\\s+(?:the\\s+)?(?:${COUNT_WORD}\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${GROUPS_NOUN})?(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|[Ii]ts|[Bb]oth)\\s+)?(?:${COUNT_WORD}\\s+)(?:(?:ethnic|ethnic minority|minority|allied|rebel|northern|southern)\\s+){0,2}${GROUPS_NOUN}(?![\\p{L}\\p{N}])`, 'gu');
// "the Myanmar military", "Sudan's army": the words after a state's name that make it the state's forces, not a group of its own.
// "Congolese Rally for Democracy": the word for the body may come first, with what it is for after it.
const ORG_NAME_REST = new RegExp(`^\\s+(?:(?:${NAME_TOKEN}\\s+)+${ORG_HEAD}|(?:${NAME_TOKEN}\\s+)*${ORG_HEAD}\\s+(?:for|of)\\s+(?:the\\s+)?${NAME_TOKEN}(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+)?${NAME_TOKEN}){0,3})$`, 'u');
const STATE_FORCE_REST = /^(?:['’]s)?\s+(?:(?:National|Royal|People['’]s|Federal)\s+)?(?:Armed Forces|Army|Military|Defen[cs]e Forces?|Navy|Air Force|Police|Government)$/u;

function adjectiveOf(state: string): string {
  const entry = BY_NAME.get(state);
  const adjective = entry?.forms.find((form) => form !== entry.name && /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ic)$/u.test(form));
  return adjective ?? state;
}

// "5,000 Renamo", "Some Renamo": a count or quantifier; "First Renamo": an ordinal before a one-word name ("First Capital Command" keeps it).
const COUNT_BEFORE_NAME = /^(?:\p{N}[\p{N},.]*\s+|(?:More|Most|Some|Many|All|Several|Other|Remaining)\s+|(?:First|Second|Third|Last|Final)\s+(?=\p{Lu}[\p{L}'’-]*$))+(?=\p{Lu})/u;

const CREED_BEFORE_NAME = /^(?:(?:Shiite|Shia|Shi['’]ite|Sunni|Islamist|Jihadist|Muslim|Christian|Marxist|Maoist|Leftist|Left-wing|Right-wing|Hardline|Hard-line)\s+)+(?=\p{Lu})/u;

function cleanGroupName(raw: string): string | null {
  // "the Rwanda-backed M23", "the Iran-aligned Houthi movement": who backs a group is not part of its name.
  const name = raw.replace(/^the\s+/i, '').replace(/^(?:[\p{Lu}][\p{L}.]*[-\s])+(?:backed|aligned|allied|supported|sponsored|affiliated|linked|led|based)\s+/u, '').replace(/['’]s$/, '').trim()
    // "5,000 Renamo guerrillas", "First Renamo guerrillas hand in weapons": a count or an ordinal before the name is no part of it.
    .replace(COUNT_BEFORE_NAME, '')
    // "the Shiite Houthi rebels", "Islamist Hamas": wire copy's creed or leaning before a group's name is no part of it.
    .replace(CREED_BEFORE_NAME, '');
  const words = name.split(/\s+/);
  // "By Reuters\nMay 9": a byline or dateline runs over a line break; a group's name never does.
  if (/\n/.test(name) || /^By\s/.test(name)) return null;
  // "the Rwanda-backed rebels", "Moslem-led rebels": an epithet of who backs or leads them alone names no group.
  if (/[-–](?:backed|aligned|allied|supported|sponsored|funded|armed|led|dominated|based|linked)$/.test(name)) return null;
  if (words.length === 0 || NOT_GROUP_START.test(words[0] ?? '') || NOT_GROUP_START.test(name)) return null;
  // A state's army or forces ("the Sudanese Armed Forces", "Indian Army") is that state; a city is a place.
  const lead = scanPartyMentions(name)[0];
  if (lead && lead.index === 0 && !namesOwnGroup(name, lead.text)) return null;
  if (isKnownCity(name) || name.length < 2) return null;
  // "the Movement for the Liberation of Congo" cut short: the word for what a body is names none of them alone.
  if (LONE_ORG_WORD.test(name)) return null;
  return name;
}
const LONE_ORG_WORD = /^(?:Platform|Front|Army|Movement|Forces|Alliance|Coalition|Party|Union|Congress|Brigades?|Militia|Resistance|Liberation|Council|Group|Rally|Committee)$/;

/** "Myanmar National Democratic Alliance Army" is a group of its own; "the Sudanese Armed Forces" are the state's. */
function namesOwnGroup(name: string, lead: string): boolean {
  const rest = name.slice(lead.length);
  return ORG_NAME_REST.test(rest) && !STATE_FORCE_REST.test(rest);
}

interface Coalition {
  /** The coalition's name, or its members' names joined when the article names no umbrella. */
  name: string;
  forms: Set<string>;
}

/** "Ta'ang National Liberation Army (TNLA)" → its name and acronym, when every item of the list names an organisation. */
function memberForms(list: string): string[] | null {
  const forms: string[] = [];
  for (const item of list.split(/,\s+(?:and\s+)?|\s+and\s+/)) {
    const m = MEMBER_ITEM.exec(item.trim());
    const name = m ? cleanGroupName(m[1] ?? '') : null;
    const acronym = m?.[2] ?? null;
    if (!name || (!ACRONYM.test(name) && !acronym && !ORG_HEAD_AT_END.test(name)) || BY_FORM.has(foldForm(name))) return null;
    forms.push(name, ...(acronym ? [acronym] : []));
  }
  return forms;
}

const ORG_HEAD_AT_END = new RegExp(`\\b${ORG_HEAD}$`, 'u');
// The words before a member list are a coalition noun: "three armed groups in northern Myanmar, namely", "the alliance –".
const COLLECTIVE_BEFORE = new RegExp(`\\b(?:alliance|coalition|${GROUPS_NOUN})\\b[^.;]{0,40}$`, 'iu');

/**
 * The coalition an article treats as one side: an umbrella named with its members ("the Three Brotherhood Alliance – made up of
 * the MNDAA, the TNLA and the Arakan Army"), described as a coalition of groups ("the Brotherhood Alliance of three armed groups"),
 * or only listed ("three armed groups, namely A, B and C"). Null when there is none or more than one.
 */
function findCoalition(text: string): Coalition | null {
  const umbrellas = new Map<string, Set<string>>();
  const addUmbrella = (name: string, forms: string[]) => {
    const set = umbrellas.get(name) ?? new Set([name]);
    for (const form of forms) set.add(form);
    umbrellas.set(name, set);
  };
  const loose: string[] = [];
  MEMBERS_INTRO.lastIndex = 0;
  for (let m = MEMBERS_INTRO.exec(text); m; m = MEMBERS_INTRO.exec(text)) {
    MEMBER_LIST.lastIndex = m.index + m[0].length;
    const list = MEMBER_LIST.exec(text);
    const members = list ? memberForms(list[0]) : null;
    if (!members) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const umbrella = COALITION_NAME_AT_END.exec(before);
    const name = umbrella ? cleanGroupName(umbrella[1] ?? '') : null;
    if (name) addUmbrella(name, [...(umbrella?.[2] ? [umbrella[2]] : []), ...members]);
    else if (COLLECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index + m[0].length))) loose.push(...members);
  }
  COALITION_OF_GROUPS.lastIndex = 0;
  for (let m = COALITION_OF_GROUPS.exec(text); m; m = COALITION_OF_GROUPS.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (name && ORG_HEAD_AT_END.test(name)) addUmbrella(name, []);
  }
  // A shorter name inside a longer one is the same coalition: "Brotherhood Alliance" = "Three Brotherhood Alliance".
  for (const [name, forms] of [...umbrellas].sort((a, b) => b[0].length - a[0].length)) {
    const longer = [...umbrellas.keys()].find((other) => other !== name && other.length > name.length && other.endsWith(` ${name}`));
    if (!longer) continue;
    for (const form of forms) umbrellas.get(longer)!.add(form);
    umbrellas.delete(name);
  }
  if (umbrellas.size > 1) return null;
  const [umbrella] = [...umbrellas];
  if (umbrella) return { name: umbrella[0], forms: new Set([...umbrella[1], ...loose]) };
  if (loose.length === 0) return null;
  // No umbrella name: the side is its members, each by its acronym when the article gives one.
  const short: string[] = [];
  for (let i = 0; i < loose.length; i += 1) {
    const form = loose[i]!;
    if (ACRONYM.test(form) && short.length > 0 && !ACRONYM.test(short[short.length - 1]!)) short[short.length - 1] = form;
    else if (!short.includes(form)) short.push(form);
  }
  const name = short.length > 1 ? `${short.slice(0, -1).join(', ')} and ${short[short.length - 1]}` : (short[0] ?? '');
  return { name, forms: new Set([name, ...loose]) };
}

/** "Rapid Support Forces and Sudan's army" read as one run of capitals: keep the group's part. */
function cutAtParty(name: string): string {
  const parts = name.split(/\s+and\s+/);
  let kept = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const lead = scanPartyMentions(part)[0];
    if ((lead && lead.index === 0) || /^(?:The|Its|Their)\b/.test(part)) break;
    kept += ` and ${part}`;
  }
  return kept;
}

const GENERIC_NAME_WORDS = new Set(['the', 'of', 'and', 'for', 'national', 'people', 'peoples', 'popular', 'democratic', 'united', 'liberation', 'front', 'army', 'movement', 'force', 'forces', 'armed', 'revolutionary', 'party', 'union', 'council', 'alliance', 'coalition', 'rebel', 'rebels', 'islamic', 'republic']);
const nameWordKey = (word: string): string => foldForm(word).replace(/['’]s$/, '').replace(/s$/, '');

/**
 * "the Tamil Tigers" beside "the Liberation Tigers of Tamil Eelam (LTTE)": a short name whose every word is in exactly one other
 * side's full name, and which has a word of its own beyond "National", "Front", "Army", is that side's common name.
 */
function joinShortNames(groups: Map<string, Set<string>>, text: string): void {
  let inFull: { name: string; acronym: string }[] | null = null;
  const contains = (form: string, words: readonly string[]): boolean => {
    const longWords = new Set(form.split(/\s+/).map(nameWordKey));
    return longWords.size > words.length && words.every((word) => longWords.has(word));
  };
  for (const [short, shortForms] of [...groups]) {
    const words = short.split(/\s+/).map(nameWordKey);
    if (ACRONYM.test(short) || words.length < 2 || words.every((word) => GENERIC_NAME_WORDS.has(word) || GENERIC_NAME_WORDS.has(`${word}s`))) continue;
    const homes = [...groups].filter(([other, forms]) => other !== short && [...forms].some((form) => contains(form, words)));
    if (homes.length === 1) {
      for (const form of shortForms) homes[0]![1].add(form);
      groups.delete(short);
      continue;
    }
    // The full name is given once with its initials but never as a side: the side goes by those initials.
    inFull ??= homes.length === 0 ? fullNamesWithInitials(text) : null;
    const named = homes.length === 0 ? (inFull ?? []).filter((full) => contains(full.name, words)) : [];
    if (named.length !== 1 || groups.has(named[0]!.acronym)) continue;
    groups.delete(short);
    groups.set(named[0]!.acronym, new Set([named[0]!.acronym, named[0]!.name, ...shortForms]));
  }
}

const FULL_NAME_WITH_INITIALS = new RegExp(`(${NAME_RUN})\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\)`, 'gu');

/** "the Liberation Tigers of Tamil Eelam (LTTE)": full names the article spells out with their initials. */
function fullNamesWithInitials(text: string): { name: string; acronym: string }[] {
  const out: { name: string; acronym: string }[] = [];
  FULL_NAME_WITH_INITIALS.lastIndex = 0;
  for (let m = FULL_NAME_WITH_INITIALS.exec(text); m; m = FULL_NAME_WITH_INITIALS.exec(text)) {
    const name = m[1]!.replace(/^The\s+/, '');
    if (initialsOf(name) === m[2]) out.push({ name, acronym: m[2]! });
  }
  return out;
}

// "A and the X Movement (XM) reached agreement": a body that concludes talks jointly with another is a side.
const JOINT_VERB_AFTER = /^\s*(?:,[^,.;]{0,60},)?\s+(?:have\s+|has\s+|had\s+)?(?:reached|signed|agreed|clinched|concluded|resumed|held|initialled|initialed)\b/;
// "The X Movement (XM), whose leaders live abroad, was represented by its prime minister": a body with a representative at the talks.
const REPRESENTED_AFTER = /^[^.;]{0,80}?\b(?:was|were|is|are|will be)\s+(?:represented|led|headed)\s+(?:at\s+the\s+(?:talks|negotiations)\s+)?by\b/;

// "The Rapid Support Forces (RSF) took part in the talks in person", "the X Front did not send a delegation": present or absent, a side.
const TOOK_PART_AFTER = /^\s*(?:,[^,.;]{0,60},)?\s+(?:(?:has|have|had|also|again|did\s+not|didn['’]t|will\s+not|would\s+not|refused\s+to|declined\s+to)\s+)*(?:took|takes|take|taking)\s+part\s+in\s+the\s+(?:talks|negotiations|meeting|consultations)\b|^\s*(?:,[^,.;]{0,60},)?\s+(?:(?:has|have|had|also|again|did\s+not|didn['’]t|will\s+not|refused\s+to|declined\s+to)\s+)*(?:sent|send|sends)\s+(?:a|its|their)\s+delegation\b/;

function actsAsSide(before: string, after: string): boolean {
  return (/\band\s+(?:the\s+)?$/i.test(before) && JOINT_VERB_AFTER.test(after)) || REPRESENTED_AFTER.test(after) || TOOK_PART_AFTER.test(after);
}

/** Initials of a name's capitalized words ("Tigray People's Liberation Front" → "TPLF"). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
}

// "Sudan's army", "the Sudanese Armed Forces (SAF)", "Ethiopian National Defense Force (ENDF)": the words after a state's name.
const STATE_FORCE_AFTER = new RegExp(`^(?:['’]s)?\\s+(${STATE_FORCE_NOUN})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'u');
// The start-of-word test follows the capital, so that positions without one are passed over at once.
const BARE_ACRONYM = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{Lu}\p{N}]{1,6}(?![\p{L}\p{N}])/gu;

// How an adjective is made from a place's name: "South Ossetia" → "South Ossetian", "Tigray" → "Tigrayan", "Abkhazia" → "Abkhazian".
const ADJECTIVE_ENDINGS: ReadonlyArray<[RegExp, string]> = [[/(?<=ia)n$/, ''], [/(?<=\p{L}{3})an$/u, ''], [/(?<=\p{L}{3})ese$/u, ''], [/(?<=\p{L}{3})i$/u, '']];

/**
 * "the South Ossetian delegation" and "South Ossetia" in one report are one side: a group first found by its adjective takes the
 * place's name when the article also writes that name, so that outlets using either form agree.
 */
function byPlaceName(groups: Map<string, Set<string>>, text: string): void {
  for (const [name, forms] of [...groups]) {
    if (ACRONYM.test(name)) continue;
    for (const [ending, replacement] of ADJECTIVE_ENDINGS) {
      const place = name.replace(ending, replacement);
      if (place === name || groups.has(place) || !containsWord(text, place)) continue;
      groups.delete(name);
      groups.set(place, new Set([...forms, place]));
      break;
    }
  }
}

/**
 * "the Tigrayan delegation" for the Tigray People's Liberation Front: the adjective of the place a group's name opens with,
 * written before a delegation, stands for the group (never for a state: "Sudanese" is not the Sudan People's Liberation Movement).
 */
function withAdjectiveOfName(groups: Map<string, Set<string>>, text: string): void {
  for (const forms of groups.values()) {
    for (const form of [...forms]) {
      const place = /^(\p{Lu}\p{Ll}{2,})\s+\p{Lu}/u.exec(form)?.[1];
      if (!place || BY_FORM.has(foldForm(place)) || GUARDED.has(foldForm(place)) || SHARED.has(foldForm(place))) continue;
      for (const adjective of [`${place}an`, `${place}n`, `${place}ian`, `${place}ese`, `${place}i`]) {
        if (adjectiveBeforeSideNoun(text, adjective)) forms.add(adjective);
      }
    }
  }
}

/**
 * "the Polisario" for the Polisario Front: a group's one word of its own, written alone as a side (before a delegation noun,
 * or as "the <word>" ending a phrase), is a form of the group. A word that names a known state, place or side is not.
 */
function withBareName(groups: Map<string, Set<string>>, text: string): void {
  for (const [name, forms] of groups) {
    if (ACRONYM.test(name)) continue;
    const own = name.split(/\s+/).filter((word) => !GENERIC_NAME_WORDS.has(nameWordKey(word)) && !GENERIC_NAME_WORDS.has(foldForm(word)));
    const word = own.length === 1 && name.split(/\s+/).length > 1 ? own[0]! : null;
    if (!word || !/^\p{Lu}[\p{L}-]{3,}$/u.test(word) || forms.has(word) || BY_FORM.has(foldForm(word)) || GUARDED.has(foldForm(word)) || SHARED.has(foldForm(word)) || isKnownCity(word)) continue;
    if (standsAlone(text, word)) forms.add(word);
  }
}

// After a side's bare name: a delegation noun, the end of a phrase, "and", or a verb of what a side does.
const BARE_SIDE_AFTER = /^(?:['’]s)?(?:\s+(?:delegation|delegates|negotiators|negotiating team|team|representatives|leaders(?:hip)?|side)\b|\s*[,.;:)]|\s+(?:and|has|have|had|was|is|said|says|says|will|would|wants|rejected|accepted|insists|insisted)\b)/;

function standsAlone(text: string, word: string): boolean {
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
    if (/\p{L}/u.test(text[index + word.length] ?? '') || !/(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, index - 5), index))) continue;
    if (BARE_SIDE_AFTER.test(text.slice(index + word.length, index + word.length + 30))) return true;
  }
  return false;
}

/** Whether `adjective` stands in `text` right before a delegation noun ("Tigrayan delegation", "Tigrayan negotiators"). */
function adjectiveBeforeSideNoun(text: string, adjective: string): boolean {
  for (let index = text.indexOf(adjective); index >= 0; index = text.indexOf(adjective, index + 1)) {
    if (/\p{L}/u.test(text[index - 1] ?? '')) continue;
    if (SIDE_NOUN_AFTER.test(text.slice(index + adjective.length, index + adjective.length + 40))) return true;
  }
  return false;
}

/** Whether `word` stands in `text` as a word of its own (not inside "South Ossetian" when looking for "South Ossetia"). */
function containsWord(text: string, word: string): boolean {
  for (let index = text.indexOf(word); index >= 0; index = text.indexOf(word, index + 1)) {
    if (!/\p{L}/u.test(text[index - 1] ?? '') && !/\p{L}/u.test(text[index + word.length] ?? '')) return true;
  }
  return false;
}

// "John Garang, leader of the Sudan People's Liberation Movement (SPLM)": a body named with its initials whose leader is at the table.
const LEADER_OF_BEFORE = /\b(?:leader|chairman|chief|head|commander)\s+of\s+(?:the\s+)?$/i;
const SLASHED_BODY = /(\p{Lu}[\p{L}'’-]+)\/\p{Lu}[\p{L}'’-]+(\s*\()(\p{Lu}{2,7})\/\p{Lu}{1,2}\)/gu;

/** The non-state sides an article speaks of, or null when it names none (the usual state-to-state case). */
export function discoverSides(raw: string, publishedAt: IsoDate | null = null): SideLexicon | null {
  // "the Sudan People's Liberation Movement/Army (SPLM/A)": a movement and its armed wing go by the movement's name and initials.
  const text = raw.includes('/') ? raw.replace(SLASHED_BODY, '$1$2$3)') : raw;
  const states = settleStates(text);
  const settled = states.size > 0 ? stateLexicon(states) : null;
  // Groups are told from states with the article's own reading of "Chad" or "Congolese".
  const lexicon = withSides(settled, () => discoverGroups(text, states, publishedAt)) ?? settled;
  return beforeDissolution(withBloc(lexicon, text, states), text, states, publishedAt);
}

/**
 * States that a later one succeeded under another name: in a report filed before the dissolution that names the older state,
 * its capital and its people's name stand for it ("Moscow", "the Kremlin", "the Russians" in 1955 mean the Soviet Union).
 */
const SUCCEEDED: readonly { state: string; successor: string; forms: readonly string[]; until: IsoDate }[] = [
  { state: 'Soviet Union', successor: 'Russia', forms: ['Moscow', 'Kremlin', 'Russia', 'Russian', 'Russians'], until: '1991-12-26' },
];

/** The state a party meant on the article's date: "Russia" in a 1955 report that names the Soviet Union is the Soviet Union. */
function stateOfTheDay(party: string): string {
  if (!ACTIVE_SIDES?.reassigned.has(foldForm(party))) return party;
  return SUCCEEDED.find((entry) => entry.successor === party && ACTIVE_SIDES!.byForm.get(foldForm(party)) === entry.state)?.state ?? party;
}

function beforeDissolution(lexicon: SideLexicon | null, text: string, states: Map<string, string | null>, publishedAt: IsoDate | null): SideLexicon | null {
  if (!publishedAt) return lexicon;
  const older = SUCCEEDED.filter((entry) => publishedAt < entry.until && (BY_NAME.get(entry.state)?.forms.some((form) => containsWord(text, form)) || [...states.values()].includes(entry.state)));
  if (older.length === 0) return lexicon;
  const base = lexicon ?? stateLexicon(states);
  const byForm = new Map(base.byForm);
  const reassigned = new Set(base.reassigned);
  for (const entry of older) {
    for (const form of entry.forms) {
      byForm.set(foldForm(form), entry.state);
      reassigned.add(foldForm(form));
    }
  }
  return { ...base, key: `${base.key}|before=${older.map((entry) => entry.state).join(',')}`, byForm, reassigned };
}

/**
 * Standing groups of states that negotiate as one side under one name. A report that names the bloc means its members'
 * ministers and diplomats as the bloc's ("Britain, France and Germany, known as the E3"), so their names resolve to it.
 */
const STATE_BLOCS: readonly { name: string; forms: readonly string[]; members: readonly string[]; common: readonly string[] }[] = [
  {
    name: 'E3',
    forms: ['E3', 'E-3', 'EU3', 'EU-3'],
    members: ['France', 'Germany', 'United Kingdom'],
    common: ['three European powers', 'three European countries', 'three European nations', 'European trio', 'Europeans'],
  },
];
const BLOC_NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${STATE_BLOCS.flatMap((bloc) => bloc.forms).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|-\\p{N})`, 'u');

/** "the three European countries, Britain, France and Germany": the bloc's common name with its members listed right by it. */
function describedAsOne(bloc: (typeof STATE_BLOCS)[number], text: string): boolean {
  for (const common of bloc.common) {
    for (let at = text.indexOf(common); at >= 0; at = text.indexOf(common, at + common.length)) {
      const near = text.slice(Math.max(0, at - 80), at + common.length + 80);
      const members = new Set(scanPartyMentions(near).map((mention) => mention.party));
      if (bloc.members.every((member) => members.has(member))) return true;
    }
  }
  return false;
}

/** The lexicon with the bloc the article names as a side, its members' state forms and its common names resolving to it. */
function withBloc(lexicon: SideLexicon | null, text: string, states: Map<string, string | null>): SideLexicon | null {
  const named = BLOC_NAME_RE.exec(text)?.[0];
  const bloc = named ? STATE_BLOCS.find((entry) => entry.forms.includes(named)) : STATE_BLOCS.find((entry) => describedAsOne(entry, text));
  if (!bloc) return lexicon;
  const base = lexicon ?? stateLexicon(states);
  const byForm = new Map(base.byForm);
  const reassigned = new Set(base.reassigned);
  const inSentence = new Map(base.inSentence);
  for (const member of bloc.members) {
    const entry = BY_NAME.get(member);
    for (const form of [member, ...(entry?.forms ?? [])]) {
      byForm.set(foldForm(form), bloc.name);
      reassigned.add(foldForm(form));
    }
  }
  const own = [...bloc.forms, ...bloc.common];
  for (const form of own) byForm.set(foldForm(form), bloc.name);
  inSentence.set(bloc.name, `the ${bloc.name}`);
  const pattern = `(?<![\\p{L}\\p{N}])(?:${[...own].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`;
  const names = new RegExp(base.names ? `${base.names.source}|${pattern}` : pattern, 'gu');
  return { ...base, key: `${base.key}|bloc=${bloc.name}`, byForm, reassigned, inSentence, names };
}

/**
 * Movements that negotiated as insurgents before they governed: the table names the state by them (the Taliban govern
 * Afghanistan), but a report filed before the takeover means the movement across the table from the government.
 */
const BEFORE_POWER: readonly { group: string; forms: readonly string[]; until: IsoDate }[] = [
  { group: 'Taliban', forms: ['Taliban', 'Islamic Emirate of Afghanistan', 'Islamic Emirate'], until: '2021-08-15' },
];

function insurgentsOf(text: string, publishedAt: IsoDate | null): typeof BEFORE_POWER {
  if (!publishedAt) return [];
  return BEFORE_POWER.filter((entry) => publishedAt < entry.until && entry.forms.some((form) => containsWord(text, form)));
}

// A guarded name ("Chad", "Jordan", "Soviet") is the state when words only a state takes stand next to it ("Chad's army", "the
// Soviet delegation").
const STATE_CONTEXT_BEFORE = /\b(?:government|president|republic|kingdom|king|prime minister|foreign minister|embassy|people|capital|ambassador|delegation|army|border) of (?:the\s+)?$/i;
const STATE_CONTEXT_AFTER = /^(?:['’]s)?\s+(?:government|president|prime minister|foreign|army|military|armed forces|king|capital|ambassador|embassy|delegation|junta|leader|border|ruling|interior|defen[cs]e|envoy|mission|(?:deputy\s+)?foreign minister|team|negotiators?|delegates)\b/i;

/**
 * How this article reads the state names that are ambiguous alone: a guarded name ("Chad", "Georgetown") counts once the article
 * names its state unmistakably; a shared adjective ("Congolese") is the one candidate state the article names otherwise.
 */
function settleStates(text: string): Map<string, string | null> {
  const named = new Set<string>();
  const pending = new Set<string>();
  MENTION_RE.lastIndex = 0;
  for (let match = MENTION_RE.exec(text); match; match = MENTION_RE.exec(text)) {
    const base = match[0].replace(/['’]s$/, '');
    const key = foldForm(base);
    const entry = BY_FORM.get(key);
    if (entry) {
      named.add(entry.name);
      continue;
    }
    const guarded = GUARDED.get(key);
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + base.length, match.index + base.length + 30);
    if (guarded && !guarded.seat && (STATE_CONTEXT_BEFORE.test(before) || STATE_CONTEXT_AFTER.test(after))) named.add(guarded.entry.name);
    if (guarded || SHARED.has(key)) pending.add(key);
  }
  const states = new Map<string, string | null>();
  for (const key of pending) {
    const guarded = GUARDED.get(key);
    if (guarded) {
      if (named.has(guarded.entry.name)) states.set(key, guarded.entry.name);
      continue;
    }
    const { candidates, fallback } = SHARED.get(key)!;
    const present = candidates.filter((name) => named.has(name));
    const choice = present.length === 1 ? present[0]! : present.length === 0 || (fallback && present.includes(fallback)) ? fallback : null;
    if (choice !== fallback) states.set(key, choice);
  }
  return states;
}

function stateLexicon(states: Map<string, string | null>): SideLexicon {
  return { key: lexiconKey(new Map(), states), byForm: new Map(), inSentence: new Map(), names: null, government: null, opposition: null, states, collective: null, reassigned: new Set() };
}

function lexiconKey(byForm: Map<string, string>, states: Map<string, string | null>): string {
  return [...[...byForm.entries()].map(([form, party]) => `${form}=${party}`), ...[...states.entries()].map(([form, state]) => `${form}~${state}`)].sort().join('|');
}

/**
 * The one name the report gives the opposition after the word ("the opposition Unitary Platform"), with the state's adjective
 * when the report writes it so too, or when the name is generic words alone ("Syrian National Coalition"); null when it gives
 * none or several.
 */
function namedCoalition(names: ReadonlySet<string>, adjective: string | null, text: string): string | null {
  const distinct = [...new Map([...names].map((name) => [foldForm(name), name])).values()];
  if (distinct.length !== 1) return null;
  const name = distinct[0]!;
  // "the opposition National Coalition": a name of generic words alone names nothing without its country.
  const generic = foldForm(name).split(/\s+/).every((word) => GENERIC_NAME_WORDS.has(word) || ORG_WORD_KEYS.has(word));
  return adjective && (generic || text.includes(`${adjective} ${name}`)) ? `${adjective} ${name}` : name;
}

function discoverGroups(text: string, states: Map<string, string | null>, publishedAt: IsoDate | null): SideLexicon | null {
  const groups = new Map<string, Set<string>>();
  const addGroup = (canonical: string, ...forms: string[]) => {
    const set = groups.get(canonical) ?? new Set<string>();
    for (const form of forms) set.add(form);
    set.add(canonical);
    groups.set(canonical, set);
  };
  const oppositionNames = new Set<string>();
  const insurgents = insurgentsOf(text, publishedAt);
  for (const entry of insurgents) addGroup(entry.group, ...entry.forms);

  OPPOSITION_NAMED.lastIndex = 0;
  for (let m = OPPOSITION_NAMED.exec(text); m; m = OPPOSITION_NAMED.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (name) oppositionNames.add(name);
  }
  for (const re of GROUP_NOUN_WORD.test(text) ? [GROUP_NAME_FIRST, GROUP_NOUN_FIRST] : [GROUP_NOUN_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const nameFirst = re === GROUP_NAME_FIRST;
      const descriptor = (nameFirst ? m[3] : m[1]) ?? '';
      if (!nameFirst && /^opposition$/i.test(descriptor)) continue;
      // A bare "group"/"movement" only introduces a group named by an acronym ("the M23 group").
      const raw = (nameFirst ? m[1] : m[2]) ?? '';
      const name = cleanGroupName(raw);
      if (!name) continue;
      const bracketed = nameFirst ? (m[2] ?? null) : null;
      if (nameFirst && /^(?:group|movement)$/i.test(descriptor) && !ACRONYM.test(name) && !bracketed) continue;
      if (/^(?:political)$/i.test(descriptor) && !ACRONYM.test(name)) continue;
      if (bracketed) addGroup(bracketed, bracketed, name);
      else addGroup(name, name);
    }
  }
  // Descriptor first: "the paramilitary Rapid Support Forces (RSF)", "the rebel Tigray People's Liberation Front".
  DESCRIPTOR_FIRST.lastIndex = 0;
  for (let m = DESCRIPTOR_FIRST.exec(text); m; m = DESCRIPTOR_FIRST.exec(text)) {
    const raw = m[1] ?? '';
    // "former guerrilla Otty Patino": a descriptor of someone's past introduces a person.
    if (/\b(?:former|ex-?)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "militant Islamist group al-Shabaab", "rebel Tigrayan forces": an adjective before a common noun is no name.
    if (!/\s/.test(raw) && /(?:an|ian|ese|ist|ic|i)$/.test(raw) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !m[2]) continue;
    const cut = cutAtParty(raw);
    const name = cleanGroupName(cut);
    if (!name || BY_FORM.has(foldForm(name))) continue;
    const bracketed = cut === raw ? (m[2] ?? null) : null;
    if (bracketed) addGroup(bracketed, bracketed, name);
    else addGroup(name, name);
  }
  // "the Uganda-backed Movement for the Liberation of Congo (MLC)": a body a state backs, named with its initials, is a group.
  if (BACKED_WORD.test(text)) {
    for (const m of text.matchAll(BACKED_GROUP)) {
      const name = cleanGroupName(m[1] ?? '');
      if (name && !BY_FORM.has(foldForm(name)) && !oppositionNames.has(name)) addGroup(m[2]!, m[2]!, name);
    }
  }
  // "the government and the Renamo party", "the Comuneros group and the army": a group paired with a government is the other side.
  for (const re of PAIRED_NOUN_WORD.test(text) ? [PAIRED_GROUP_AFTER, PAIRED_GROUP_BEFORE] : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = cleanGroupName(m[1] ?? '');
      if (name && !BY_FORM.has(foldForm(name)) && !oppositionNames.has(name)) addGroup(name, name);
    }
  }
  // Organisations named with an org noun count when they act as a side.
  ORG_NAME.lastIndex = 0;
  for (let m = ORG_HEAD_WORD.test(text) ? ORG_NAME.exec(text) : null; m; m = ORG_NAME.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (!name) continue;
    const acronym = m[2] ?? null;
    const end = m.index + m[0].length;
    const around = text.slice(Math.max(0, m.index - 80), m.index);
    const asSide = SIDE_NOUN_AFTER.test(text.slice(end, end + 30)) || SIDE_NOUN_OF_BEFORE.test(around) || GOVERNMENT_IN_FULL_AND.test(around) || /\b(?:between|with)\s+(?:the\s+)?$|\b(?:between\s+[^.;]{0,60}?|government|army|military|armed forces)\s+and\s+(?:the\s+)?$/i.test(around) || /^\s+and\s+(?:the\s+)?[^.;]{0,50}?\b(?:held|hold|signed|agreed|resumed|began|opened)\b/.test(text.slice(end, end + 80)) || groups.has(name) || (acronym !== null && groups.has(acronym)) || actsAsSide(text.slice(Math.max(0, m.index - 30), m.index), text.slice(end, end + 100)) || (acronym !== null && LEADER_OF_BEFORE.test(around));
    if (oppositionNames.has(name)) continue;
    if (!asSide) continue;
    if (acronym) addGroup(acronym, acronym, name);
    else addGroup(name, name);
  }
  // Acronyms with a delegation or in "talks between X and Y" ("the ELN delegation").
  ACRONYM_SIDE.lastIndex = 0;
  for (let m = ACRONYM_SIDE.exec(text); m; m = ACRONYM_SIDE.exec(text)) {
    const name = m[1] ?? '';
    if (BY_FORM.has(foldForm(name)) || NOT_GROUP_START.test(name)) continue;
    // "a joint US-Israel team": two known sides joined by a hyphen are no group's initials.
    if (name.includes('-') && name.split('-').every((part) => BY_FORM.has(foldForm(part)))) continue;
    addGroup(name, name);
  }
  // "the Islamic Emirate's delegation", "the Southern Transitional Council negotiators": a proper-noun body with "the" that sends a delegation.
  THE_BODY_SIDE.lastIndex = 0;
  for (let m = THE_BODY_SIDE.exec(text); m; m = THE_BODY_SIDE.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (!name || name.split(/\s+/).length < 2 || BY_FORM.has(foldForm(name)) || oppositionNames.has(name)) continue;
    addGroup(name, name);
  }
  // "the National Liberation Army, known by its Spanish initials ELN": the name and its initials are one side.
  KNOWN_AS.lastIndex = 0;
  for (let m = KNOWN_AS_WORD.test(text) ? KNOWN_AS.exec(text) : null; m; m = KNOWN_AS.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    const acronym = m[2] ?? '';
    if (!name || !groups.has(acronym) && !groups.has(name)) continue;
    addGroup(acronym, acronym, name, ...(groups.get(name) ?? []));
    groups.delete(name);
  }
  // An organisation's name said in full elsewhere joins its acronym ("the National Liberation Army … the ELN").
  for (const [canonical, forms] of groups) {
    if (!ACRONYM.test(canonical)) continue;
    for (const [other, otherForms] of groups) {
      if (other === canonical || ACRONYM.test(other)) continue;
      const initials = other.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials === canonical || text.includes(`${other} (${canonical})`)) {
        for (const form of otherForms) forms.add(form);
        groups.delete(other);
      }
    }
  }

  joinShortNames(groups, text);

  // Members of the article's coalition speak for it: "the MNDAA said" is the Three Brotherhood Alliance's side.
  const coalition = findCoalition(text);
  if (coalition) {
    for (const [canonical, forms] of [...groups]) {
      if (!coalition.forms.has(canonical) && ![...forms].some((form) => coalition.forms.has(form))) continue;
      for (const form of forms) coalition.forms.add(form);
      groups.delete(canonical);
    }
    addGroup(coalition.name, ...coalition.forms);
  }

  // A state's own forces ("Sudan's army", "the Sudanese Armed Forces (SAF)") are that state; their initials are its forms.
  const stateForces = new Map<string, string>();
  const forcesOf = new Map<string, number>();
  // Every party the article names, read once for the forces, the known groups, the communities and the mediators below.
  const scanned = scanPartyMentions(text);
  for (const mention of scanned) {
    if (mention.isPlace) continue;
    const after = text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 60);
    const force = STATE_FORCE_AFTER.exec(after);
    // "Sudan's rival forces" also says whose forces fight, though it names no unit.
    if (force || /^(?:['’]s)?\s+(?:rival|warring|regular|federal|national|government)\s+(?:forces|army|armies|military|troops)\b/u.test(after)) forcesOf.set(mention.party, (forcesOf.get(mention.party) ?? 0) + 1);
    if (!force) continue;
    const phrase = `${mention.text.replace(/['’]s$/, '')} ${force[1] ?? ''}`;
    if (force[2]) stateForces.set(force[2], mention.party);
    else if (/\p{Lu}/u.test((force[1] ?? '')[0] ?? '')) stateForces.set(initialsOf(phrase), mention.party);
  }
  // A group named by its acronym alone once introduced by its full name ("the Rapid Support Forces … RSF positions").
  BARE_ACRONYM.lastIndex = 0;
  for (let m = BARE_ACRONYM.exec(text); m; m = BARE_ACRONYM.exec(text)) {
    const acronym = m[0];
    if (acronym.length < 2 || groups.has(acronym) || stateForces.has(acronym) || BY_FORM.has(foldForm(acronym))) continue;
    for (const [other, otherForms] of groups) {
      if (ACRONYM.test(other) || initialsOf(other) !== acronym) continue;
      addGroup(acronym, acronym, ...otherForms);
      groups.delete(other);
      break;
    }
  }
  GOVERNMENT_INITIALS.lastIndex = 0;
  for (let m = GOVERNMENT_INITIALS.exec(text); m; m = GOVERNMENT_INITIALS.exec(text)) {
    const state = scanPartyMentions(m[1]!).find((mention) => !mention.isPlace || /^(?:Republic|Kingdom|State)\b/.test(m![1]!))?.party;
    if (state && !BY_FORM.has(foldForm(m[2]!))) stateForces.set(m[2]!, state);
  }
  for (const acronym of stateForces.keys()) groups.delete(acronym);
  byPlaceName(groups, text);
  withAdjectiveOfName(groups, text);
  withBareName(groups, text);

  const oppositionSide = OPPOSITION_SIDE.test(text) || oppositionNames.size > 0;
  // Movements the table knows ("the Houthis") need no discovery, but "the government" across from them still does.
  const knownGroups = new Set(scanned.filter((mention) => !mention.isPlace && BY_NAME.get(mention.party)?.group === true).map((mention) => mention.party));
  const communities = findCommunities(text, scanned);
  if (groups.size === 0 && !oppositionSide && knownGroups.size === 0 && communities.size === 0) return null;
  const onlyCommunities = groups.size === 0 && !oppositionSide && knownGroups.size === 0;

  // The state whose government sits across the table: the one named with its government or forces, else the most named.
  const counts = new Map<string, number>();
  const strong = new Map<string, number>();
  const govRe = /\b(?:government|opposition|authorities|administration)\b/gi;
  for (let m = govRe.exec(text); m; m = govRe.exec(text)) {
    const window = text.slice(Math.max(0, m.index - 40), m.index);
    const last = scanPartyMentions(window).filter((mention) => !mention.isPlace).pop();
    if (last && /^(?:['’]s)?\s*$/.test(window.slice(last.index + last.text.length))) strong.set(last.party, (strong.get(last.party) ?? 0) + 3);
    // "the government of the Philippines"
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.index + m[0].length));
    if (of) {
      const next = scanPartyMentions(text.slice(m.index + m[0].length + of[0].length, m.index + m[0].length + of[0].length + 40))[0];
      if (next && next.index === 0) strong.set(next.party, (strong.get(next.party) ?? 0) + 3);
    }
  }
  const mediators = new Set<string>();
  for (const mention of scanned) {
    // "talks brokered by Saudi Arabia and the United States": a mediator is not the government across the table.
    if (mention.isPlace) continue;
    if (mention.isMediator) mediators.add(mention.party);
    else counts.set(mention.party, (counts.get(mention.party) ?? 0) + 1);
  }
  // The state whose army or armed forces face the group is the government side.
  for (const [party, n] of forcesOf) strong.set(party, (strong.get(party) ?? 0) + 3 * n);
  const candidate = ([party]: [string, number]) => !groups.has(party) && !knownGroups.has(party) && BY_NAME.get(party)?.state === true;
  // Named with its government or forces beats named often: the mediator is often the most named state ("China-brokered talks").
  const pick = (scores: Map<string, number>) => [...scores.entries()].filter(candidate).sort((a, b) => b[1] - a[1] || Number(mediators.has(a[0])) - Number(mediators.has(b[0])))[0]?.[0] ?? null;
  // "The government delegation" facing the Houthis is Yemen's, though a report from the talks names only the host.
  const faced = [...knownGroups].map((group) => BY_NAME.get(group)?.facing).find((state) => state !== undefined) ?? null;
  // Two communities of one island negotiate as themselves: no state's government sits across from them.
  const government = onlyCommunities ? null : (pick(strong) ?? faced ?? pick(counts));

  const byForm = new Map<string, string>();
  const inSentence = new Map<string, string>();
  const names: string[] = [];
  for (const [canonical, forms] of groups) {
    for (const form of forms) {
      byForm.set(foldForm(form), canonical);
      names.push(form);
    }
    inSentence.set(canonical, ACRONYM.test(canonical) ? canonical : `the ${canonical}`);
  }
  let opposition: string | null = null;
  const aliases = new Map<string, string[]>();
  if (oppositionSide) {
    // "the South Sudan Opposition Movements Alliance (SSOMA)": an opposition that names itself goes by its initials.
    const named = [...new Map(fullNamesWithInitials(text).filter((full) => /\bOpposition\b/.test(full.name)).map((full) => [full.acronym, full])).values()];
    const adjective = government ? adjectiveOf(government) : null;
    const generic = adjective ? `${adjective} opposition` : 'Opposition';
    // "the opposition Unitary Platform", "the opposition National Coalition": an opposition the report names goes by that name;
    // other reports may call it only "the Venezuelan opposition", which stays one of its names.
    // "the United Tajik Opposition": a name with "Opposition" in it, written out without initials, is the opposition's own.
    const ownName = named.length === 1 ? null : (namedCoalition(oppositionNames, adjective, text) ?? (named.length === 0 ? soleOppositionName(text) : null));
    opposition = named.length === 1 ? named[0]!.acronym : (ownName ?? generic);
    if (ownName) {
      byForm.set(foldForm(generic), opposition);
      aliases.set(opposition, [generic]);
    }
    if (named.length === 1) {
      byForm.set(foldForm(named[0]!.name), opposition);
      names.push(named[0]!.acronym, named[0]!.name);
    }
    inSentence.set(opposition, `the ${opposition}`);
    byForm.set(foldForm(opposition), opposition);
    byForm.set('opposition', opposition);
    for (const name of oppositionNames) {
      byForm.set(foldForm(name), opposition);
      names.push(name);
    }
  }
  if (government) {
    byForm.set('government', government);
    // Facing an armed group, "the army", "the military" and the state's forces by their initials are the government side.
    if (groups.size > 0 || knownGroups.size > 0) for (const form of ['army', 'military', 'armed forces', 'junta', 'regime']) byForm.set(form, government);
  }
  // "the rebels", "rebel negotiators": with one armed group across from the government, the common noun names it.
  const rebels = coalition?.name ?? (groups.size === 1 ? [...groups.keys()][0]! : groups.size === 0 && knownGroups.size === 1 ? [...knownGroups][0]! : null);
  if (rebels && government) for (const form of REBEL_FORMS) byForm.set(form, rebels);
  for (const [acronym, party] of stateForces) {
    if (groups.size === 0) break;
    byForm.set(foldForm(acronym), party);
    names.push(acronym);
  }
  for (const [canonical, forms] of communities) {
    for (const form of forms) {
      byForm.set(foldForm(form), canonical);
      names.push(form);
    }
    inSentence.set(canonical, `the ${canonical}`);
  }
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return {
    key: lexiconKey(byForm, states),
    byForm,
    inSentence,
    names: sorted.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu') : null,
    government,
    opposition,
    aliases,
    states,
    collective: coalition?.name ?? null,
    // A community's one-word names: its people's bare name where the report names no state of them ("the Albanians" beside
    // "Kosovo Albanians"), and the initials of a state a community declared ("TRNC").
    reassigned: new Set([...insurgents.flatMap((entry) => entry.forms.map(foldForm)), ...[...communities.values()].flatMap((forms) => [...forms].filter((form) => !/\s/.test(form)).map(foldForm))]),
    communities: communityPattern(communities),
  };
}

/** A form that names a state's people rather than the state ("Cypriot", "Serb"), or null. */
function demonymOf(form: string): string | null {
  const entry = BY_FORM.get(foldForm(form));
  if (!entry || form === entry.name || entry.seats.includes(form) || !/^\p{Lu}\p{Ll}+$/u.test(form)) return null;
  return entry.name;
}

/** "the Albanians", "the Serbs": a people's bare name is its community's where the report never names the people's state. */
function bareForms(text: string, state: string, people: string): string[] {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(state)}(?![\\p{L}])`, 'u').test(text) ? [] : [people, `${people}s`];
}

/**
 * "Greek Cypriot leader X" and "Turkish Cypriot leader Y" in one report: one people's two communities, each named by the
 * adjective of the state it looks to, are the sides ("Greek Cypriots", "Turkish Cypriots"), not either state nor the island's.
 * Only when the report names two such communities of one people, so that a lone "Iranian American" stays two adjectives.
 * Likewise two peoples of one land ("Bosnian Serbs", "Bosnian Croats").
 */
function findCommunities(text: string, mentions: readonly PartyMention[]): Map<string, Set<string>> {
  const byPeople = new Map<string, Map<string, string>>();
  // "Bosnian Serb leader X" and "Bosnian Croat leader Y": one land's adjective before two peoples names two communities of it.
  const byLand = new Map<string, Map<string, string>>();
  const single = new Map<string, Set<string>>();
  for (let i = 1; i < mentions.length; i += 1) {
    const first = mentions[i - 1]!;
    const second = mentions[i]!;
    const gap = text.slice(first.index + first.text.length, second.index);
    const people = second.text.replace(/['’]s$/, '').replace(/s$/, '');
    // "the Kosovo Albanian delegation", "Kosovo Serbs", "Kosovo's ethnic Albanians": a land's name before another state's people
    // names that people's community in the land, a side of its own even when the report names no second community.
    const land = first.text.replace(/['’]s$/, '');
    const landGap = gap === ' ' ? land === first.text : /^\s+ethnic\s+$/.test(gap);
    const peopleState = demonymOf(people);
    if (landGap && first.party !== second.party && BY_FORM.get(foldForm(land))?.name === land && peopleState && peopleState !== first.party) {
      const name = `${land} ${people}s`;
      if (single.has(name)) continue;
      // "Kosovo's ethnic Albanians": the people named as an ethnic group, in a report that names their community, are it.
      // "the Albanian team", "the Albanians", where the report never names Albania itself: the community again.
      single.set(name, new Set([name, `${land} ${people}`, `ethnic ${people}s`, `ethnic ${people}`, ...bareForms(text, peopleState, people)]));
      continue;
    }
    if (gap !== ' ' || first.party === second.party || /['’]s$/.test(first.text)) continue;
    if (!demonymOf(first.text) || !peopleState || peopleState === first.party) continue;
    const peoples = byLand.get(first.text) ?? new Map<string, string>();
    peoples.set(people, `${first.text} ${people}s`);
    byLand.set(first.text, peoples);
    const adjectives = byPeople.get(people) ?? new Map<string, string>();
    adjectives.set(first.text, `${first.text} ${people}s`);
    // "Greek and Turkish Cypriots": the adjective listed before names a community of the same people.
    const listed = mentions[i - 2];
    if (listed && text.slice(listed.index + listed.text.length, first.index) === ' and ' && demonymOf(listed.text) && listed.party !== second.party) adjectives.set(listed.text, `${listed.text} ${people}s`);
    byPeople.set(people, adjectives);
  }
  const communities = new Map<string, Set<string>>();
  for (const [people, adjectives] of byPeople) {
    if (adjectives.size !== 2) continue;
    const land = BY_FORM.get(foldForm(people))!.name;
    for (const [adjective, name] of adjectives) communities.set(name, new Set([name, `${adjective} ${people}`, ...ownState(text, adjective, land)]));
  }
  for (const [adjective, peoples] of byLand) {
    if (peoples.size < 2) continue;
    for (const [people, name] of peoples) {
      if (communities.has(name)) continue;
      communities.set(name, new Set([name, `${adjective} ${people}`, ...bareForms(text, demonymOf(people)!, people)]));
    }
  }
  for (const [name, forms] of single) if (!communities.has(name)) communities.set(name, forms);
  return communities;
}

/** "the Turkish Republic of Northern Cyprus (TRNC)": the state a community declared on its people's land, and its initials. */
function ownState(text: string, adjective: string, land: string): string[] {
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(adjective)}(?:\\s+(?:\\p{Lu}[\\p{L}-]*|of|the)){1,4}?\\s+${escapeRegExp(land)}(?:\\s*\\((\\p{Lu}[\\p{Lu}-]{1,7})\\))?`, 'u');
  const match = pattern.exec(text);
  if (!match) return [];
  return [match[0].replace(/\s*\(.*$/, ''), ...(match[1] ? [match[1]] : [])];
}

/** "Greek and Turkish Cypriots", "Greek Cypriot": a community, or two listed before their people's name. */
function communityPattern(communities: Map<string, Set<string>>): RegExp | null {
  if (communities.size === 0) return null;
  const ethnic = [...communities.values()].some((forms) => [...forms].some((form) => form.startsWith('ethnic ')));
  const adjectives = [...new Set([...communities.keys()].map((name) => name.split(' ')[0]!).concat(ethnic ? ['ethnic'] : []))].map(escapeRegExp).join('|');
  const peoples = [...new Set([...communities.keys()].map((name) => name.split(' ').slice(1).join(' ').replace(/s$/, '')))].map(escapeRegExp).join('|');
  // The community's own state and its initials, beyond "<adjective> <people>".
  const states = [...communities].flatMap(([name, forms]) => [...forms].filter((form) => form !== name && form !== name.replace(/s$/, ''))).sort((a, b) => b.length - a.length);
  const own = states.length > 0 ? `|(${states.map(escapeRegExp).join('|')})` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(${adjectives})(?:\\s+and\\s+(${adjectives}))?\\s+(${peoples})(?:s|s['’]|['’]s)?${own})(?![\\p{L}\\p{N}])`, 'gu');
}

const REBEL_FORMS = ['rebel', 'rebels', 'insurgents', 'guerrillas'];
// "the rebels said", "rebel negotiator X"; not "former guerrilla X" (a person's past) nor "rebel-held" (a place's state).
const REBEL_RE = /(?<![\p{L}\p{N}-])(?:[Rr]ebels?|[Ii]nsurgents|[Gg]uerrillas)(?:['’]s?)?(?![\p{L}\p{N}-])/gu;
const GENERIC_SIDE_RE = /(?<![\p{L}\p{N}])(?:[Gg]overnment|[Oo]pposition|[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces|[Jj]unta|[Rr]egime)(?:['’]s)?(?![\p{L}\p{N}])/gu;
// "the junta", "Junta spokesman": a junta always governs; a regime only as "the regime" or "the military regime", not "a ceasefire regime".
const RULER_WORD = /^(?:[Jj]unta|[Rr]egime)/;
// "the military said", "the army and the RSF": the force as an actor, not "military commanders" or "army positions".
const FORCE_ACTOR_AFTER = /^(?:['’]s)?(?:[\s,.;:)"”]|$)(?!\s*\p{Ll})|^(?:['’]s)?\s+(?:and|or|said|says|has|had|have|is|was|were|will|would|signed|agreed|accused|denied|rejected|accepted|delegation|negotiators|team|representatives|spokes\w+)\b/u;

/** "Turkish Cypriot leader", "Greek and Turkish Cypriots": the community replaces the two state words it is written with. */
function withCommunities(text: string, base: PartyMention[], sides: SideLexicon): PartyMention[] {
  const found: PartyMention[] = [];
  const pattern = sides.communities!;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const state = m[4] ? sides.byForm.get(foldForm(m[4])) : undefined;
    if (state) found.push({ party: state, text: m[0], index: m.index, isPlace: false, isMediator: false });
    if (m[4]) continue;
    const people = m[3]!;
    const last = m[2] ?? m[1]!;
    const lastStart = m.index + m[0].lastIndexOf(last, m[0].length - people.length - 1);
    const lastParty = sides.byForm.get(foldForm(`${last} ${people}`));
    if (!lastParty) continue;
    if (m[2]) {
      const firstParty = sides.byForm.get(foldForm(`${m[1]!} ${people}`));
      if (firstParty) found.push({ party: firstParty, text: m[1]!, index: m.index, isPlace: false, isMediator: false });
    }
    found.push({ party: lastParty, text: text.slice(lastStart, m.index + m[0].length), index: lastStart, isPlace: false, isMediator: false });
  }
  if (found.length === 0) return base;
  const spans = found.map((f) => [f.index, f.index + f.text.length] as const);
  return [...base.filter((mention) => !spans.some(([from, to]) => mention.index < to && from < mention.index + mention.text.length)), ...found].sort((a, b) => a.index - b.index);
}

const INSIDE_PROPER_NAME = /(?<![.!?]\s)(?<!^)\b(?!(?:The|A|An|Its|Their|His|Her)\s)\p{Lu}[\p{L}'’-]+\s+$/u;

/** Adds the article's non-state sides (and "the government" / "the opposition") to the state mentions of a text. */
function withSideMentions(text: string, base: PartyMention[], sides: SideLexicon): PartyMention[] {
  if (sides.reassigned.size > 0) {
    for (const mention of base) {
      const form = foldForm(mention.text.replace(/['’]s$/, ''));
      const party = sides.reassigned.has(form) ? sides.byForm.get(form) : undefined;
      if (party) mention.party = party;
    }
  }
  const extra: PartyMention[] = [];
  if (sides.communities) base = withCommunities(text, base, sides);
  const covered = (index: number, length: number) => base.some((m) => index < m.index + m.text.length && m.index < index + length);
  if (sides.names) {
    sides.names.lastIndex = 0;
    for (let m = sides.names.exec(text); m; m = sides.names.exec(text)) {
      const party = sides.byForm.get(foldForm(m[0].replace(/['’]s$/, '')));
      if (party && !covered(m.index, m[0].length)) extra.push({ party, text: m[0], index: m.index, isPlace: false, isMediator: false });
    }
  }
  if (sides.collective) {
    // "the alliance", "three ethnic armed groups": the coalition the article has named or listed.
    COLLECTIVE_NOUN.lastIndex = 0;
    for (let m = COLLECTIVE_NOUN.exec(text); m; m = COLLECTIVE_NOUN.exec(text)) {
      if (!covered(m.index, m[0].length) && !extra.some((e) => m!.index < e.index + e.text.length && e.index < m!.index + m![0].length)) {
        extra.push({ party: sides.collective, text: m[0], index: m.index, isPlace: false, isMediator: false });
      }
    }
  }
  const rebels = sides.byForm.get('rebels');
  if (rebels) {
    REBEL_RE.lastIndex = 0;
    for (let m = REBEL_RE.exec(text); m; m = REBEL_RE.exec(text)) {
      if (/\b(?:former|ex|onetime|one-time)[\s-]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (covered(m.index, m[0].length) || extra.some((e) => m!.index < e.index + e.text.length && e.index < m!.index + m![0].length)) continue;
      // "the Houthi rebels", "the ELN rebel group": the group is already named right before.
      const adjacent = [...base, ...extra].some((e) => e.index + e.text.length <= m!.index && /^[\s)]*$/.test(text.slice(e.index + e.text.length, m!.index)) && m!.index - (e.index + e.text.length) <= 3);
      if (adjacent) continue;
      extra.push({ party: rebels, text: m[0], index: m.index, isPlace: false, isMediator: false });
    }
  }
  GENERIC_SIDE_RE.lastIndex = 0;
  for (let m = GENERIC_SIDE_RE.exec(text); m; m = GENERIC_SIDE_RE.exec(text)) {
    const isOpposition = /^o/i.test(m[0]);
    const isForce = !/^[go]/i.test(m[0]);
    const party = isOpposition ? sides.opposition : isForce ? (sides.byForm.get(foldForm(m[0].replace(/['’]s$/, ''))) ?? null) : sides.government;
    const ruler = RULER_WORD.test(m[0]);
    // "the Renamo Military Junta": a capitalized force noun after a name's capitalized word is that name's, not the state's forces.
    if ((isForce || ruler) && /^\p{Lu}/u.test(m[0]) && INSIDE_PROPER_NAME.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (ruler && /^[Rr]/.test(m[0]) && !/\b(?:the|its|military)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (isForce && !ruler && party && (!/\b(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || !FORCE_ACTOR_AFTER.test(text.slice(m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0), m.index + m[0].length + 20)))) continue;
    if (!party || extra.some((e) => m!.index >= e.index && m!.index < e.index + e.text.length)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "opposition to the dam" is disagreement, not a side; "government forces" are the state's.
    if (isOpposition && /^\s+to\b/.test(after)) continue;
    const before = text.slice(0, m.index);
    const adjacent = base.filter((b) => !b.isPlace && /^(?:['’]s)?\s*$/.test(before.slice(b.index + b.text.length)) && b.index + b.text.length <= m.index && m.index - (b.index + b.text.length) <= 3);
    if (isOpposition) {
      // "the Venezuelan opposition": the state's adjective belongs to the opposition's name.
      for (const b of adjacent) base.splice(base.indexOf(b), 1);
      const start = adjacent[0]?.index ?? m.index;
      extra.push({ party, text: text.slice(start, m.index + m[0].length), index: start, isPlace: false, isMediator: false });
    } else if (adjacent.length === 0) {
      // "the Norwegian government" is already Norway.
      extra.push({ party, text: m[0], index: m.index, isPlace: false, isMediator: false });
    }
  }
  return [...base, ...extra].sort((a, b) => a.index - b.index);
}
