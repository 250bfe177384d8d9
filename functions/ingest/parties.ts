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
  { name: 'Afghanistan', forms: ['Afghanistan', 'Afghan', 'Taliban'], seats: ['Kabul'], capital: 'Kabul' },
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
  { name: 'Yemen', forms: ['Yemen', 'Yemeni', 'Houthi', 'Houthis'], seats: ['Sanaa'], capital: 'Sanaa' },
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
  form = form.replace(GENERIC_TAIL, '');
  const entry = BY_FORM.get(foldForm(form));
  return entry ? entry.name : null;
}

/** The party's name as it reads inside a sentence ("the United States"). */
export function partyInSentence(party: string): string {
  return BY_NAME.get(party)?.inSentence ?? party;
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
  const cached = MENTION_CACHE.get(text);
  if (cached) return cached.map((mention) => ({ ...mention }));
  const mentions = scanPartyMentions(text);
  if (MENTION_CACHE.size >= MENTION_CACHE_SIZE) MENTION_CACHE.clear();
  MENTION_CACHE.set(text, mentions);
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
    if (PLACE_BEFORE.test(before) && !/\bbetween\s+$/i.test(before) && !/^[-–]/.test(after)) isPlace = true;
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
