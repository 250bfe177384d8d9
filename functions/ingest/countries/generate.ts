// Derives the compact state table (countries.generated.ts) from world-countries, so the Lambda never loads the 1.4 MB dataset.
// Run: npx tsx functions/ingest/countries/generate.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { GeneratedCountry } from './types.ts';

interface SourceCountry {
  cca3: string;
  independent: boolean | null;
  status: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}


// English names news uses that the dataset lists among native spellings, or not at all ("Congo" for the DRC is common usage).
const ENGLISH_ALT: Record<string, string[]> = {
  ARE: ['Emirati'], BIH: ['Bosnia-Herzegovina', 'Bosnia'], BRN: ['Brunei Darussalam'], CIV: ["Côte d'Ivoire", 'Ivory Coast'],
  COD: ['DR Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Congo'], COG: ['Congo-Brazzaville', 'Congo'], CPV: ['Cabo Verde'],
  CZE: ['Czech Republic'], MKD: ['Macedonia'], MMR: ['Burma'], NLD: ['Holland'], SAU: ['Saudi'], SWZ: ['Swaziland'],
  TLS: ['East Timor'], VNM: ['Viet Nam'], VAT: ['Holy See', 'Vatican'],
};

// Adjectives that differ from the dataset's demonym noun ("Icelander" → "Icelandic").
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  ARG: ['Argentinian'], BWA: ['Botswanan'], COM: ['Comorian'], CPV: ['Cape Verdean'], ECU: ['Ecuadorian'], ISL: ['Icelandic'],
  KAZ: ['Kazakh'], KGZ: ['Kyrgyz'], LUX: ['Luxembourgish'], MDV: ['Maldivian'], NLD: ['Netherlands'], NZL: ['New Zealand'],
  PHL: ['Philippine'], SAU: ['Saudi'], SUR: ['Surinamese'], TJK: ['Tajik'], TKM: ['Turkmen'], UZB: ['Uzbek'], LAO: ['Lao'],
};

// State or capital names that are also common words, given names or places elsewhere ("Chad", "Georgia", "Kingston"):
// they name the state only when the article names it unmistakably too.
const GUARDED = new Set([
  'Jordan', 'Georgia', 'Chad', 'Niger', 'Guinea', 'Dominica', 'Turkey', 'Lao',
  'Victoria', 'Kingston', 'Santiago', 'Male', 'Malé', 'Moroni', 'Lima', 'Praia', 'Georgetown', 'Nassau', 'Sucre', 'Saint John\'s',
  'Sofia', 'San José', 'San Jose', 'Douglas', 'Hamilton', 'Castries', 'Roseau', 'Apia', 'Valletta', 'Palikir', 'Saint George\'s', 'St. George\'s',
]);

// Official-style English names among the alternative spellings: "Hashemite Kingdom of Jordan", "Republic of Turkey".
const STATE_NOUN = /\b(?:Republic|Kingdom|States?|Federation|Commonwealth|Union|Principality|Sultanate|Duchy|Confederation|Emirates)\b/;
const ENGLISH_WORDS = /^(?:(?:of|the|and)|\p{Lu}[a-z'’]*(?:-\p{Lu}?[a-z]+)?)(?:\s+(?:(?:of|the|and)|\p{Lu}[a-z'’]*(?:-\p{Lu}?[a-z]+)?))*$/u;
const ACRONYM = /^[A-Z]{3,4}$/;

/** A sovereign state, or a contested one whose official name says it is a state (Kosovo, Palestine, Taiwan, Western Sahara). */
function isState(country: SourceCountry): boolean {
  if (country.independent || country.status === 'user-assigned') return true;
  return /^(?:State|Republic) of\b/.test(country.name.official) || /Republic$/.test(country.name.official);
}

function withoutAccents(form: string): string {
  return form.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A form and its usual spellings: without accents, "St" for "Saint", "Cooperative" for "Co-operative", "Guinea Bissau". */
function variants(form: string): string[] {
  const out = [form, withoutAccents(form)];
  for (const base of [...out]) {
    if (/^Saint /.test(base)) out.push(base.replace(/^Saint /, 'St '), base.replace(/^Saint /, 'St. '));
    // A short prefix joined by a hyphen is written solid too; a hyphen between two names is often a space.
    if (/\b\p{Lu}\p{Ll}{0,2}-\p{Ll}/u.test(base)) out.push(base.replace(/\b(\p{Lu}\p{Ll}{0,2})-(\p{Ll})/gu, '$1$2'));
    if (/\p{Ll}-\p{Lu}/u.test(base)) out.push(base.replace(/(\p{Ll})-(\p{Lu})/gu, '$1 $2'));
  }
  return [...new Set(out)];
}

function englishAlt(alt: string): boolean {
  if (ACRONYM.test(alt)) return true;
  // One word is no official name: "Emirates" alone is an airline as often as a state.
  return STATE_NOUN.test(alt) && ENGLISH_WORDS.test(alt) && /\s/.test(alt) && !/,|\(/.test(alt);
}

function demonymsOf(country: SourceCountry): string[] {
  const eng = country.demonyms?.eng;
  if (!eng) return [];
  const words = [eng.m, eng.f].flatMap((value) => value.split(/\s*,\s*|\s+or\s+/)).filter((word) => word && word !== country.name.common);
  // People of a contested territory are not its government: "Palestinian" describes far more than a side.
  if (!country.independent && country.status !== 'user-assigned') return [];
  const plurals = words.filter((word) => /(?:an|i|er|ot)$/.test(word) && !country.altSpellings.includes(word)).map((word) => `${word}s`);
  return [...words, ...plurals];
}

function inSentenceOf(country: SourceCountry): string | undefined {
  const { common, official } = country.name;
  const definite = new RegExp(`\\bof the ${common.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(official);
  if (definite || /\b(?:Republic|Kingdom|Union|Islands|States|Emirates)$/.test(common)) return `the ${common}`;
  return undefined;
}

function countryRecord(country: SourceCountry): GeneratedCountry {
  const { cca3 } = country;
  const names = [country.name.common, country.name.official, ...country.altSpellings.filter(englishAlt), ...(ENGLISH_ALT[cca3] ?? [])];
  const adjectives = [...demonymsOf(country), ...(EXTRA_ADJECTIVES[cca3] ?? [])];
  const forms: string[] = [];
  const guarded: string[] = [];
  for (const form of [...names, ...adjectives].flatMap(variants)) {
    if (/[(),]/.test(form) || form.length < 3) continue;
    const list = GUARDED.has(form) ? guarded : forms;
    if (!forms.includes(form) && !guarded.includes(form)) list.push(form);
  }
  const capital = country.capital?.[0] ?? null;
  const seats: string[] = [];
  const guardedSeats: string[] = [];
  for (const seat of (country.capital ?? []).slice(0, 1).flatMap(variants)) {
    if (forms.includes(seat) || guarded.includes(seat)) continue;
    (GUARDED.has(seat) || GUARDED.has(capital ?? '') ? guardedSeats : seats).push(seat);
  }
  const record: GeneratedCountry = { name: country.name.common, forms, seats, guarded, guardedSeats, capital };
  const inSentence = inSentenceOf(country);
  if (inSentence) record.inSentence = inSentence;
  return record;
}

interface SharedForm {
  states: string[];
  /** The state the form names unless the article names only another candidate ("Sudanese" → Sudan, not South Sudan). */
  usual: string | null;
}

/**
 * Forms several states share: the same demonym ("Congolese", "Dominican"), or a demonym that ends another state's
 * ("Guinean" in "Equatorial Guinean", "Sudanese" in "South Sudanese"), which news drops once the state is clear.
 */
function sharedForms(records: GeneratedCountry[], adjectives: Map<string, string[]>): Map<string, SharedForm> {
  const owners = new Map<string, string[]>();
  for (const record of records) {
    for (const form of [...record.forms, ...(record.guarded ?? [])]) owners.set(form, [...(owners.get(form) ?? []), record.name]);
  }
  const shared = new Map<string, SharedForm>();
  for (const [form, names] of owners) if (names.length > 1) shared.set(form, { states: names, usual: null });
  for (const [name, own] of adjectives) {
    for (const adjective of own) {
      const longer = [...adjectives].filter(([other, theirs]) => other !== name && theirs.some((their) => their.endsWith(` ${adjective}`))).map(([other]) => other);
      if (longer.length > 0 && !shared.has(adjective)) shared.set(adjective, { states: [name, ...longer], usual: name });
    }
  }
  return new Map([...shared].sort((a, b) => byCodePoint(a[0], b[0])));
}

// Code-point order, so the file is the same whatever locale data the Node build carries.
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function list(values: string[]): string {
  return `[${values.map(quote).join(', ')}]`;
}

export function loadSourceCountries(): SourceCountry[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as SourceCountry[];
}

/**
 * States that no longer exist, which the dataset leaves out but coverage of past negotiations names as sides ("the Soviet
 * Union", "the Yugoslav delegation"). Their capitals stay with today's states, so they have no seat.
 */
const FORMER_STATES: readonly GeneratedCountry[] = [
  { name: 'Czechoslovakia', forms: ['Czechoslovakia', 'Czechoslovak', 'Czechoslovakian', 'Czechoslovaks'], seats: [], capital: null },
  // "North Vietnamese" and "South Vietnamese" name the two states of the war years, not today's Vietnam.
  { name: 'North Vietnam', forms: ['North Vietnam', 'Democratic Republic of Vietnam', 'North Vietnamese'], seats: [], capital: null },
  { name: 'South Vietnam', forms: ['South Vietnam', 'Republic of Vietnam', 'South Vietnamese'], seats: [], capital: null },
  // Rhodesia to 1979, "Zimbabwe Rhodesia" (or "Zimbabwe-Rhodesia") in its last months.
  { name: 'Rhodesia', forms: ['Rhodesia', 'Zimbabwe Rhodesia', 'Zimbabwe-Rhodesia', 'Rhodesian', 'Rhodesians'], seats: [], guardedSeats: ['Salisbury'], capital: 'Salisbury' },
  { name: 'East Germany', forms: ['East Germany', 'German Democratic Republic', 'GDR', 'East German', 'East Germans'], seats: [], capital: null },
  // "Soviet-era maps": the adjective alone is background far more often than a side.
  { name: 'Soviet Union', inSentence: 'the Soviet Union', forms: ['Soviet Union', 'Union of Soviet Socialist Republics', 'USSR'], seats: [], guarded: ['Soviet', 'Soviets'], capital: null },
  { name: 'Yugoslavia', forms: ['Yugoslavia', 'Federal Republic of Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'FRY', 'Yugoslav', 'Yugoslavs'], seats: [], capital: null },
];

/**
 * Breakaway territories that govern themselves and negotiate as sides, though the dataset lists none of them as a state
 * ("the Transnistrian negotiator", "Somaliland and Somalia", "Abkhaz and South Ossetian representatives"). Seats are named
 * only where the town means the territory's authorities in coverage ("Tiraspol said", "Hargeisa rejected").
 */
const DE_FACTO_STATES: readonly GeneratedCountry[] = [
  { name: 'Abkhazia', forms: ['Abkhazia', 'Abkhaz', 'Abkhazian', 'Abkhazians'], seats: ['Sukhumi', 'Sukhum'], capital: 'Sukhumi' },
  { name: 'Donetsk People’s Republic', forms: ["Donetsk People's Republic", 'Donetsk People’s Republic'], seats: [], capital: null },
  { name: 'Luhansk People’s Republic', forms: ["Luhansk People's Republic", 'Luhansk People’s Republic', "Lugansk People's Republic", 'Lugansk People’s Republic'], seats: [], capital: null },
  { name: 'Nagorno-Karabakh', forms: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Artsakh'], seats: ['Stepanakert'], capital: 'Stepanakert' },
  { name: 'Somaliland', forms: ['Somaliland', 'Somalilander', 'Somalilanders'], seats: ['Hargeisa'], capital: 'Hargeisa' },
  { name: 'South Ossetia', forms: ['South Ossetia', 'South Ossetian', 'South Ossetians'], seats: ['Tskhinvali'], capital: 'Tskhinvali' },
  { name: 'Transnistria', forms: ['Transnistria', 'Transnistrian', 'Transdniestria', 'Transdniestrian', 'Transdniester', 'Trans-Dniester', 'Pridnestrovie', 'Pridnestrovian'], seats: ['Tiraspol'], capital: 'Tiraspol' },
];

/** The source text of countries.generated.ts. */
export function generateCountryTable(source: SourceCountry[] = loadSourceCountries()): string {
  const states = source.filter(isState).sort((a, b) => byCodePoint(a.name.common, b.name.common));
  const records = [...states.map(countryRecord), ...[...FORMER_STATES, ...DE_FACTO_STATES].map((state) => ({ ...state }))].sort((a, b) => byCodePoint(a.name, b.name));
  const adjectives = new Map(states.map((country) => [country.name.common, demonymsOf(country).flatMap(variants)]));
  const shared = sharedForms(records, adjectives);
  for (const record of records) {
    record.forms = record.forms.filter((form) => !shared.has(form));
    record.guarded = (record.guarded ?? []).filter((form) => !shared.has(form));
  }
  const lines = [
    '// GENERATED by functions/ingest/countries/generate.ts from world-countries@5.1.0 (mledoze/countries, ODbL-1.0). Do not edit.',
    "import type { GeneratedCountry, SharedCountryForm } from './types.ts';",
    '',
    'export const COUNTRIES: readonly GeneratedCountry[] = [',
    ...records.map((r) => {
      const parts = [`name: ${quote(r.name)}`];
      if (r.inSentence) parts.push(`inSentence: ${quote(r.inSentence)}`);
      parts.push(`forms: ${list(r.forms)}`, `seats: ${list(r.seats)}`);
      if (r.guarded?.length) parts.push(`guarded: ${list(r.guarded)}`);
      if (r.guardedSeats?.length) parts.push(`guardedSeats: ${list(r.guardedSeats)}`);
      parts.push(`capital: ${r.capital === null ? 'null' : quote(r.capital)}`);
      return `  { ${parts.join(', ')} },`;
    }),
    '];',
    '',
    '/** Forms several states share: the state is the one the article otherwise names, else the usual one. */',
    'export const SHARED_FORMS: Readonly<Record<string, SharedCountryForm>> = {',
    ...[...shared].map(([form, { states: names, usual }]) => `  ${quote(form)}: { states: ${list(names)}, usual: ${usual === null ? 'null' : quote(usual)} },`),
    '};',
    '',
  ];
  return lines.join('\n');
}

export const GENERATED_PATH = fileURLToPath(new URL('./countries.generated.ts', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_PATH, generateCountryTable());
  console.log(`wrote ${GENERATED_PATH}`);
}
