// Canonical names of negotiating parties (states, blocs, movements) and where a mention of one is a party, not a place.

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
}

const PARTY_TABLE: PartyEntry[] = [
  { name: 'United States', inSentence: 'the United States', forms: ['United States of America', 'United States', 'U.S.A.', 'USA', 'U.S.', 'US', 'America', 'American', 'Americans', 'White House', 'State Department', 'Trump administration', 'Biden administration'], seats: ['Washington'], capital: 'Washington' },
  { name: 'Russia', forms: ['Russian Federation', 'Russia', 'Russian', 'Russians', 'Kremlin'], seats: ['Moscow'], capital: 'Moscow' },
  { name: 'Ukraine', forms: ['Ukraine', 'Ukrainian', 'Ukrainians'], seats: ['Kyiv', 'Kiev'], capital: 'Kyiv' },
  { name: 'China', forms: ["People's Republic of China", 'China', 'Chinese', 'PRC'], seats: ['Beijing'], capital: 'Beijing' },
  { name: 'Iran', forms: ['Islamic Republic of Iran', 'Iran', 'Iranian', 'Iranians'], seats: ['Tehran'], capital: 'Tehran' },
  { name: 'Israel', forms: ['Israel', 'Israeli', 'Israelis'], seats: ['Jerusalem'], capital: 'Jerusalem' },
  { name: 'Hamas', forms: ['Hamas'], seats: [] },
  { name: 'Hezbollah', forms: ['Hezbollah'], seats: [] },
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
  { name: 'North Korea', forms: ['North Korea', 'North Korean', 'DPRK'], seats: ['Pyongyang'], capital: 'Pyongyang' },
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
  { name: 'Houthis', forms: ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarullah'], seats: ['Sanaa'] },
  { name: 'Venezuela', forms: ['Venezuela', 'Venezuelan'], seats: ['Caracas'], capital: 'Caracas' },
  { name: 'Cuba', forms: ['Cuba', 'Cuban'], seats: ['Havana'], capital: 'Havana' },
  { name: 'Serbia', forms: ['Serbia', 'Serbian'], seats: ['Belgrade'], capital: 'Belgrade' },
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
  { name: 'Democratic Republic of the Congo', inSentence: 'the Democratic Republic of the Congo', forms: ['Democratic Republic of the Congo', 'DRC', 'Congolese'], seats: ['Kinshasa'], capital: 'Kinshasa' },
  { name: 'Greece', forms: ['Greece', 'Greek'], seats: ['Athens'], capital: 'Athens' },
  { name: 'Cyprus', forms: ['Cyprus', 'Cypriot'], seats: ['Nicosia'], capital: 'Nicosia' },
  { name: 'Brazil', forms: ['Brazil', 'Brazilian'], seats: ['Brasília', 'Brasilia'], capital: 'Brasília' },
  { name: 'Colombia', forms: ['Colombia', 'Colombian'], seats: ['Bogotá', 'Bogota'], capital: 'Bogotá' },
  { name: 'NATO', forms: ['NATO', 'North Atlantic Treaty Organization'], seats: [] },
  { name: 'United Nations', inSentence: 'the United Nations', forms: ['United Nations', 'UN', 'U.N.'], seats: [] },
  { name: 'African Union', inSentence: 'the African Union', forms: ['African Union'], seats: [] },
];

export interface PartyMention {
  party: string;
  text: string;
  index: number;
  /** A seat of government used as a location ("talks in Moscow") rather than as an actor. */
  isPlace: boolean;
}

const BY_FORM = new Map<string, PartyEntry>();
const SEATS = new Set<string>();
for (const entry of PARTY_TABLE) {
  for (const form of [...entry.forms, ...entry.seats, entry.name]) BY_FORM.set(foldForm(form), entry);
  for (const seat of entry.seats) SEATS.add(foldForm(seat));
}
const BY_NAME = new Map(PARTY_TABLE.map((entry) => [entry.name, entry]));

function foldForm(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALL_FORMS = PARTY_TABLE.flatMap((entry) => [...entry.forms, ...entry.seats]).sort((a, b) => b.length - a.length);
// Case-sensitive on purpose: "us" the pronoun and "US" the country differ only in case.
const MENTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${ALL_FORMS.map(escapeRegExp).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
  'gu',
);

const GENERIC_TAIL = /\s+(?:team|side|delegation|delegations|government|administration|officials|negotiators|authorities|leadership|camp)$/i;

/** The canonical party a mention names ("the American side" → "United States"), or null. */
export function canonicalParty(mention: string): string | null {
  let form = mention.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const whole = ACTIVE_SIDES?.byForm.get(foldForm(form));
  if (whole) return whole;
  form = form.replace(GENERIC_TAIL, '');
  const entry = BY_FORM.get(foldForm(form));
  return entry ? entry.name : (ACTIVE_SIDES?.byForm.get(foldForm(form)) ?? null);
}

/** The party's name as it reads inside a sentence ("the United States"). */
export function partyInSentence(party: string): string {
  return BY_NAME.get(party)?.inSentence ?? ACTIVE_SIDES?.inSentence.get(party) ?? party;
}

/** The capital of the party whose adjective is given ("Omani" → "Muscat"), for "the Omani capital". */
export function capitalOf(adjectiveOrName: string): string | null {
  const party = canonicalParty(adjectiveOrName);
  return party ? (BY_NAME.get(party)?.capital ?? null) : null;
}

const PLACE_BEFORE = /(?:\b(?:in|at|to|into|near|outside|inside|toward|towards|via|across|around|visited|visit|reached|leave|left|arriving|arrived|based|hosted|of the)\s+(?:the\s+)?)$/i;

const MENTION_CACHE = new Map<string, PartyMention[]>();
const MENTION_CACHE_SIZE = 2000;

/** Every party mention in a text, each marked as actor or as place. */
export function findPartyMentions(text: string): PartyMention[] {
  // The same clause is asked about by several steps; a small memo keeps extraction well under 10 ms.
  const key = ACTIVE_SIDES ? `${ACTIVE_SIDES.key}\u0000${text}` : text;
  const cached = MENTION_CACHE.get(key);
  if (cached) return cached.map((mention) => ({ ...mention }));
  const mentions = ACTIVE_SIDES ? withSideMentions(text, scanPartyMentions(text), ACTIVE_SIDES) : scanPartyMentions(text);
  if (MENTION_CACHE.size >= MENTION_CACHE_SIZE) MENTION_CACHE.clear();
  MENTION_CACHE.set(key, mentions);
  return mentions.map((mention) => ({ ...mention }));
}

function scanPartyMentions(text: string): PartyMention[] {
  const mentions: PartyMention[] = [];
  MENTION_RE.lastIndex = 0;
  for (let match = MENTION_RE.exec(text); match; match = MENTION_RE.exec(text)) {
    const raw = match[0];
    const party = canonicalParty(raw);
    if (!party) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + raw.length, match.index + raw.length + 12);
    const possessive = /['’]s$/.test(raw);
    const base = foldForm(raw.replace(/['’]s$/, ''));
    let isPlace = false;
    // "in Muscat's Bustan district" is a place; "Moscow's ambassador" an actor.
    // "representatives of the Sudanese Armed Forces": a state's forces or government are an actor wherever they stand.
    const forceAfter = /^(?:['’]s)?\s+(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|[Gg]overnment|[Dd]elegation)\b/.test(text.slice(match.index + raw.length, match.index + raw.length + 20));
    if (PLACE_BEFORE.test(before) && !/\bbetween\s+$/i.test(before) && !/^[-–]/.test(after) && !forceAfter) isPlace = true;
    if (!possessive && !/^[-–]/.test(after)) {
      // "Istanbul, Türkiye": a country named after a city says where, not who.
      if (/\p{Lu}\p{Ll}+,\s*$/u.test(before) && SEATS.has(base) === false && /^\s*[,.;]/.test(after)) {
        const prevWord = /(\p{Lu}[\p{L}-]+),\s*$/u.exec(before)?.[1] ?? '';
        if (isKnownCity(prevWord)) isPlace = true;
      }
      if (/^-based\b/.test(after)) isPlace = true;
      const previous = mentions[mentions.length - 1];
      if (previous?.isPlace && /^\s*(?:and|or|,)\s*$/.test(text.slice(previous.index + previous.text.length, match.index))) isPlace = true;
    }
    mentions.push({ party, text: raw, index: match.index, isPlace });
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
const CITY_SET = new Set(CITIES.map((city) => city.toLowerCase()));

export function isKnownCity(word: string): boolean {
  return CITY_SET.has(word.toLowerCase());
}

export const CITY_PATTERN = [...new Set(CITIES)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

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
//   and later named by its initials alone ("RSF positions").
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
}

let ACTIVE_SIDES: SideLexicon | null = null;

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
const NAME_RUN = `${NAME_TOKEN}(?:\\s+(?:of|for|the|and|de|del|la)\\s+${NAME_TOKEN}|\\s+${NAME_TOKEN}){0,5}`;
// Words that make a capitalized phrase an organisation ("National Liberation Army", "Unitary Platform").
const ORG_HEAD = '(?:Platform|Front|Army|Movement|Forces|Alliance|Coalition|Party|Union|Congress|Brigades?|Militia|Council for [\\p{L} ]+|Resistance|Liberation)';
// Descriptions that introduce a group: "the M23 rebel group", "the ELN guerrillas", "Houthi rebels".
const GROUP_NOUN = '(?:rebel (?:group|movement|alliance|coalition|militia|force)|rebels|armed (?:group|movement)|militia|militias|militant group|militants|guerrilla (?:group|army|movement)|guerrillas?|insurgent group|insurgents|paramilitar(?:y|ies)|group|movement)';
// "the National Liberation Army (ELN) rebel group": the acronym in brackets may sit between the name and the description.
const GROUP_NAME_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(${NAME_RUN})(?:\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?\\s+(${GROUP_NOUN})\\b`, 'gu');
const GROUP_NOUN_FIRST = new RegExp(`\\b(rebel|armed|militant|guerrilla|insurgent|opposition|political)\\s+(?:group|movement|coalition|platform|alliance|bloc|umbrella group|force|militia|army)s?\\s*,?\\s+(?:the\\s+)?(${NAME_RUN})`, 'gu');
// "the paramilitary Rapid Support Forces (RSF)", "the rebel Tigray People's Liberation Front", "the armed group Comuneros del Sur":
// a descriptor before a proper name introduces an armed group (the descriptor is lower case, the name capitalized).
const DESCRIPTOR_FIRST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:[Pp]aramilitary|[Mm]ilitia|[Rr]ebel|[Ii]nsurgent|[Gg]uerrilla|[Mm]ilitant|[Ss]eparatist|[Jj]ihadist|[Aa]rmed group|[Aa]rmed movement)(?:\\s+(?:group|movement|force|forces|organi[sz]ation|alliance|coalition|militia))?\\s*,?\\s+(?:the\\s+)?(${NAME_RUN})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'gu');
// A state's own forces: "Sudan's army", "the Sudanese Armed Forces (SAF)", "the Ethiopian National Defense Force (ENDF)".
const STATE_FORCE_NOUN = "(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|(?:National )?Defen[cs]e [Ff]orces?|[Nn]ational [Aa]rmy|[Tt]roops|[Ff]orces)";
// "the army", "the military", "the armed forces": the government side when it faces an armed group.
const GENERIC_FORCE = /^(?:army|military|armed forces)$/i;
const OPPOSITION_NAMED = new RegExp(`\\b[Oo]pposition\\s+(?:(?:coalition|platform|alliance|bloc|umbrella|group|grouping)\\s*,?\\s+)?(?:the\\s+)?(${NAME_RUN})`, 'gu');
const ORG_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?((?:${NAME_TOKEN}\\s+(?:(?:of|for|the|and)\\s+)?){0,4}${ORG_HEAD})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'gu');
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u;
// A proper-noun organisation acting as a side: it has a delegation or negotiators, or talks are held between it and another.
const SIDE_NOUN_AFTER = /^(?:['’]s)?\s+(?:delegation|delegates|negotiators|negotiating team|team|representatives|envoys?|commanders|leaders(?:hip)?|spokes(?:man|woman|person))\b/;
const OPPOSITION_SIDE = /\b(?:government\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)?opposition|opposition\s+(?:delegation|team|negotiators|coalition|platform|alliance|bloc|leaders?|representatives|negotiating)|between\s+[^.;]{0,60}?\band\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)?opposition|opposition\s+and\s+(?:the\s+)?government|(?:the|its)\s+opposition\s+(?:signed|agreed|held|met|reached|resumed))\b/iu;
const NOT_GROUP_START = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|In|On|At|After|Before|During|While|When|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Security|Contact|Working|Support|Islamic State)$/;

function adjectiveOf(state: string): string {
  const entry = BY_NAME.get(state);
  const adjective = entry?.forms.find((form) => form !== entry.name && /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ic)$/u.test(form));
  return adjective ?? state;
}

function cleanGroupName(raw: string): string | null {
  const name = raw.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
  const words = name.split(/\s+/);
  if (words.length === 0 || NOT_GROUP_START.test(words[0] ?? '') || NOT_GROUP_START.test(name)) return null;
  // A state's army or forces ("the Sudanese Armed Forces", "Indian Army") is that state; a city is a place.
  const lead = scanPartyMentions(name)[0];
  if (lead && lead.index === 0) return null;
  if (isKnownCity(name) || name.length < 2) return null;
  return name;
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

/** Initials of a name's capitalized words ("Tigray People's Liberation Front" → "TPLF"). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
}

// "Sudan's army", "the Sudanese Armed Forces (SAF)", "Ethiopian National Defense Force (ENDF)": the words after a state's name.
const STATE_FORCE_AFTER = new RegExp(`^(?:['’]s)?\\s+(${STATE_FORCE_NOUN})(?:\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\))?`, 'u');
const BARE_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,6}(?![\p{L}\p{N}])/gu;

/** The non-state sides an article speaks of, or null when it names none (the usual state-to-state case). */
export function discoverSides(text: string): SideLexicon | null {
  const groups = new Map<string, Set<string>>();
  const addGroup = (canonical: string, ...forms: string[]) => {
    const set = groups.get(canonical) ?? new Set<string>();
    for (const form of forms) set.add(form);
    set.add(canonical);
    groups.set(canonical, set);
  };
  const oppositionNames = new Set<string>();

  OPPOSITION_NAMED.lastIndex = 0;
  for (let m = OPPOSITION_NAMED.exec(text); m; m = OPPOSITION_NAMED.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (name) oppositionNames.add(name);
  }
  for (const re of [GROUP_NAME_FIRST, GROUP_NOUN_FIRST]) {
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
    // "militant Islamist group al-Shabaab", "rebel Tigrayan forces": an adjective before a common noun is no name.
    if (!/\s/.test(raw) && /(?:an|ian|ese|ist|ic|i)$/.test(raw) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !m[2]) continue;
    const cut = cutAtParty(raw);
    const name = cleanGroupName(cut);
    if (!name || BY_FORM.has(foldForm(name))) continue;
    const bracketed = cut === raw ? (m[2] ?? null) : null;
    if (bracketed) addGroup(bracketed, bracketed, name);
    else addGroup(name, name);
  }
  // Organisations named with an org noun count when they act as a side.
  ORG_NAME.lastIndex = 0;
  for (let m = ORG_NAME.exec(text); m; m = ORG_NAME.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (!name) continue;
    const acronym = m[2] ?? null;
    const end = m.index + m[0].length;
    const around = text.slice(Math.max(0, m.index - 80), m.index);
    const asSide = SIDE_NOUN_AFTER.test(text.slice(end, end + 30)) || /\b(?:between|with)\s+(?:the\s+)?$|\b(?:between\s+[^.;]{0,60}?|government|army|military|armed forces)\s+and\s+(?:the\s+)?$/i.test(around) || /^\s+and\s+(?:the\s+)?[^.;]{0,50}?\b(?:held|hold|signed|agreed|resumed|began|opened)\b/.test(text.slice(end, end + 80)) || groups.has(name) || (acronym !== null && groups.has(acronym));
    if (oppositionNames.has(name)) continue;
    if (!asSide) continue;
    if (acronym) addGroup(acronym, acronym, name);
    else addGroup(name, name);
  }
  // Acronyms with a delegation or in "talks between X and Y" ("the ELN delegation").
  const acronymSide = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]{1,6})(?=(?:['’]s)?\s+(?:delegation|delegates|negotiators|negotiating team|team|representatives|rebels|guerrillas?|fighters|commanders)\b)/gu;
  for (let m = acronymSide.exec(text); m; m = acronymSide.exec(text)) {
    const name = m[1] ?? '';
    if (BY_FORM.has(foldForm(name)) || NOT_GROUP_START.test(name)) continue;
    addGroup(name, name);
  }
  // "the Islamic Emirate's delegation", "the Southern Transitional Council negotiators": a proper-noun body with "the" that sends a delegation.
  const theBodySide = new RegExp(`\\b[Tt]he\\s+(${NAME_RUN})(?=(?:['’]s)?\\s+(?:delegation|negotiators|negotiating team)\\b)`, 'gu');
  for (let m = theBodySide.exec(text); m; m = theBodySide.exec(text)) {
    const name = cleanGroupName(m[1] ?? '');
    if (!name || name.split(/\s+/).length < 2 || BY_FORM.has(foldForm(name)) || oppositionNames.has(name)) continue;
    addGroup(name, name);
  }
  // "the National Liberation Army, known by its Spanish initials ELN": the name and its initials are one side.
  const knownAs = new RegExp(`(${NAME_RUN}),?\\s+(?:known|referred to)\\s+(?:by\\s+its\\s+(?:[\\p{L}]+\\s+)?(?:initials|acronym)|as)\\s+(?:the\\s+)?(\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\b`, 'gu');
  for (let m = knownAs.exec(text); m; m = knownAs.exec(text)) {
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

  // A state's own forces ("Sudan's army", "the Sudanese Armed Forces (SAF)") are that state; their initials are its forms.
  const stateForces = new Map<string, string>();
  const forcesOf = new Map<string, number>();
  for (const mention of scanPartyMentions(text)) {
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
  for (const acronym of stateForces.keys()) groups.delete(acronym);

  const oppositionSide = OPPOSITION_SIDE.test(text) || oppositionNames.size > 0;
  if (groups.size === 0 && !oppositionSide) return null;

  // The state whose government sits across the table: the one named with "government", else with "opposition", else the most named.
  const counts = new Map<string, number>();
  const govRe = /\b(?:government|opposition|authorities|administration)\b/gi;
  for (let m = govRe.exec(text); m; m = govRe.exec(text)) {
    const window = text.slice(Math.max(0, m.index - 40), m.index);
    const last = scanPartyMentions(window).filter((mention) => !mention.isPlace).pop();
    if (last && /^(?:['’]s)?\s*$/.test(window.slice(last.index + last.text.length))) counts.set(last.party, (counts.get(last.party) ?? 0) + 3);
    // "the government of the Philippines"
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(m.index + m[0].length));
    if (of) {
      const next = scanPartyMentions(text.slice(m.index + m[0].length + of[0].length, m.index + m[0].length + of[0].length + 40))[0];
      if (next && next.index === 0) counts.set(next.party, (counts.get(next.party) ?? 0) + 3);
    }
  }
  for (const mention of scanPartyMentions(text)) {
    // "talks brokered by Saudi Arabia and the United States": a mediator is not the government across the table.
    if (mention.isPlace || /\b(?:mediat\w*|broker\w*|hosted|facilitat\w*)\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(Math.max(0, mention.index - 60), mention.index))) continue;
    counts.set(mention.party, (counts.get(mention.party) ?? 0) + 1);
  }
  // The state whose army or armed forces face the group is the government side.
  for (const [party, n] of forcesOf) counts.set(party, (counts.get(party) ?? 0) + 3 * n);
  const government = [...counts.entries()].filter(([party]) => !groups.has(party) && BY_NAME.get(party)?.seats.length).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

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
  if (oppositionSide) {
    opposition = government ? `${adjectiveOf(government)} opposition` : 'Opposition';
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
    if (groups.size > 0) for (const form of ['army', 'military', 'armed forces']) byForm.set(form, government);
  }
  for (const [acronym, party] of stateForces) {
    if (groups.size === 0) break;
    byForm.set(foldForm(acronym), party);
    names.push(acronym);
  }
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  return {
    key: [...byForm.entries()].map(([form, party]) => `${form}=${party}`).sort().join('|'),
    byForm,
    inSentence,
    names: sorted.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu') : null,
    government,
    opposition,
  };
}

const GENERIC_SIDE_RE = /(?<![\p{L}\p{N}])(?:[Gg]overnment|[Oo]pposition|[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces)(?:['’]s)?(?![\p{L}\p{N}])/gu;
// "the military said", "the army and the RSF": the force as an actor, not "military commanders" or "army positions".
const FORCE_ACTOR_AFTER = /^(?:['’]s)?(?:[\s,.;:)"”]|$)(?!\s*\p{Ll})|^(?:['’]s)?\s+(?:and|or|said|says|has|had|have|is|was|were|will|would|signed|agreed|accused|denied|rejected|accepted|delegation|negotiators|team|representatives|spokes\w+)\b/u;

/** Adds the article's non-state sides (and "the government" / "the opposition") to the state mentions of a text. */
function withSideMentions(text: string, base: PartyMention[], sides: SideLexicon): PartyMention[] {
  const extra: PartyMention[] = [];
  const covered = (index: number, length: number) => base.some((m) => index < m.index + m.text.length && m.index < index + length);
  if (sides.names) {
    sides.names.lastIndex = 0;
    for (let m = sides.names.exec(text); m; m = sides.names.exec(text)) {
      const party = sides.byForm.get(foldForm(m[0].replace(/['’]s$/, '')));
      if (party && !covered(m.index, m[0].length)) extra.push({ party, text: m[0], index: m.index, isPlace: false });
    }
  }
  GENERIC_SIDE_RE.lastIndex = 0;
  for (let m = GENERIC_SIDE_RE.exec(text); m; m = GENERIC_SIDE_RE.exec(text)) {
    const isOpposition = /^o/i.test(m[0]);
    const isForce = !/^[go]/i.test(m[0]);
    const party = isOpposition ? sides.opposition : isForce ? (sides.byForm.get(foldForm(m[0].replace(/['’]s$/, ''))) ?? null) : sides.government;
    if (isForce && party && (!/\b(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || !FORCE_ACTOR_AFTER.test(text.slice(m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0), m.index + m[0].length + 20)))) continue;
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
      extra.push({ party, text: text.slice(start, m.index + m[0].length), index: start, isPlace: false });
    } else if (adjacent.length === 0) {
      // "the Norwegian government" is already Norway.
      extra.push({ party, text: m[0], index: m.index, isPlace: false });
    }
  }
  return [...base, ...extra].sort((a, b) => a.index - b.index);
}
