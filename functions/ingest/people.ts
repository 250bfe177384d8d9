// Person identity across spellings: transliteration-insensitive keys, clustering of name forms, display names.

import { doubleMetaphone } from 'double-metaphone';
import { compareStrings, foldText, oneEditApart } from './normalize.ts';

/** One time a name was written, e.g. a delegation head in one article. */
export interface PersonMention {
  name: string;
  /** Source the mention counts for (a repost's original source). */
  countingSource: string;
  /** Reposts do not add to how often a form was written. */
  duplicate: boolean;
}

export interface PersonIdentity {
  id: string;
  name: string;
  aliases: string[];
}

export interface PeopleIndex {
  people: PersonIdentity[];
  /** The person a written name belongs to, or null when it matches nobody seen. */
  resolve(name: string): PersonIdentity | null;
}

export interface ParsedName {
  /** The name as displayed: whitespace collapsed, honorifics removed. */
  form: string;
  surnameKey: string;
  /** Phonetic key of the first given name, null when only an initial or nothing was given. */
  givenKey: string | null;
  /** Phonetic keys of every given name ("Mohamed Irfaan" → both), for forms that drop or add one. */
  givenKeys: string[];
  /** Folded first letter of the given name, null when none. */
  givenInitial: string | null;
  /** Phonetic key of every word, in order, for forms that drop a trailing name ("Kuol Manyang" of "Kuol Manyang Juuk"). */
  tokenKeys: string[];
}

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'madame', 'prof', 'professor', 'he', 'hon',
  'sheikh', 'sheik', 'gen', 'general', 'col', 'lt', 'adm', 'amb', 'ambassador', 'minister', 'president',
  'envoy', 'senator', 'sen', 'rep', 'secretary', 'deputy', 'foreign',
  // Religious and customary forms of address that outlets add or drop ("Mullah Abdul Ghani Baradar", "Mawlawi X", "Haji Y").
  'mullah', 'mulla', 'maulvi', 'mawlawi', 'maulana', 'mufti', 'haji', 'hajji', 'ayatollah', 'hojatoleslam',
  // Teachers' and clerics' forms of address (Malay, Arabic, Persian usage) that one outlet writes and another drops.
  'ustaz', 'ustadz', 'ustadh', 'ustad', 'imam', 'shaykh', 'shaikh', 'sayyid', 'sayed', 'seyed', 'syed', 'kyai',
]);
// "Jr.", and forms of address written after a name ("Mullah Baradar Akhund"): not the family name.
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'akhund', 'sahib', 'saheb']);
const ARTICLE_PREFIXES = 'al|el|ul|ad|ar|as|at|az|an';
const SURNAME_PREFIXES = new RegExp(`^(${ARTICLE_PREFIXES})-`);
const INNER_HYPHEN = new RegExp(`(?<!\\b(?:${ARTICLE_PREFIXES}|bin|ibn|abu))-(?=\\p{L})`, 'giu');
// "Abdul Rahman" and "Abdulrahman" are one name written split or joined: keys are taken from the joined form.
const JOINING_PREFIXES = new Set(['abdul', 'abdel', 'abdal', 'abdol', 'abd']);
// Particles inside a name ("Al", "bin", "van") say nothing about who it is: they never count as a given name.
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'bint', 'binti', 'van', 'von', 'der', 'de', 'di', 'da', 'du', 'la', 'le']);

/**
 * Phonetic key of one name token. Transliteration variants are folded before Double Metaphone,
 * which already equates x/ks, q/k/gh, y/i and vowel changes: w→v (Witkoff/Vitkoff), j→y (Sergej/Sergey).
 */
export function phoneticKey(token: string): string {
  const letters = foldText(token)
    .replace(/[^a-z]/g, '')
    .replace(/w/g, 'v')
    // "Dzh" is how Russian writes the English "j" (Turadzhonzoda/Turajonzoda, Dzhalil/Jalil).
    .replace(/dzh/g, 'j')
    .replace(/j/g, 'y')
    // Kh and H, Sh and S render one letter in transliterations from Cyrillic, Arabic, Persian and Romanian (Khaji/Haji, Şova/Shova/Sova).
    .replace(/kh/g, 'h')
    .replace(/sh/g, 's')
    // "Bethancourt"/"Betancourt", "Thani"/"Tani": an h after t is spelling, not sound, in most transliterations.
    .replace(/th/g, 't')
    .replace(/(iy|yy|ii|ij)$/, 'y');
  if (!letters) return '';
  return doubleMetaphone(letters)[0];
}

/** Splits a written name into display form and keys; null when nothing name-like is left. */
export function parsePersonName(name: string): ParsedName | null {
  // "Atske-Selassie" / "Atske Selassie", "Son-gwon" / "Son Gwon": a hyphen inside a name joins parts outlets also write apart
  // (a particle's hyphen, "al-Hayya", stays).
  const words = name
    .replace(INNER_HYPHEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  while (words.length > 1 && HONORIFICS.has(foldText(words[0]!).replace(/[^a-z]/g, ''))) words.shift();
  while (words.length > 1 && SUFFIXES.has(foldText(words[words.length - 1]!).replace(/[^a-z]/g, ''))) words.pop();
  const display = words.map((w) => w.replace(/^[,;:"'(]+|[,;:"')]+$/g, '')).filter((w) => w.length > 0);
  if (display.length === 0) return null;
  const cleaned = joinCompoundNames(display);
  const surnameWord = foldText(cleaned[cleaned.length - 1]!).replace(SURNAME_PREFIXES, '');
  const surnameKey = phoneticKey(surnameWord);
  if (!surnameKey) return null;
  let givenKey: string | null = null;
  let givenInitial: string | null = null;
  const givenKeys: string[] = [];
  if (cleaned.length > 1 && !NAME_PARTICLES.has(foldText(cleaned[0]!).replace(/[^a-z]/g, ''))) {
    const given = foldText(cleaned[0]!).replace(/[^a-z.]/g, '');
    givenInitial = given.slice(0, 1) || null;
    // "P.", "PK" ("PK Saxena" = "Pradeep Kumar Saxena"): initials, which match any given name they begin.
    const isInitial = /^[a-z]\.?$/.test(given) || /^\p{Lu}{2,3}$/u.test(cleaned[0]!.replace(/\./g, ''));
    givenKey = isInitial ? null : phoneticKey(given) || null;
    for (const word of cleaned.slice(0, -1)) {
      const folded = foldText(word).replace(/[^a-z]/g, '');
      if (folded.length > 1 && !NAME_PARTICLES.has(folded)) givenKeys.push(phoneticKey(folded));
    }
  }
  const tokenKeys = cleaned.map((w) => phoneticKey(foldText(w).replace(SURNAME_PREFIXES, '')));
  return { form: display.join(' '), surnameKey, givenKey, givenKeys: givenKeys.filter(Boolean), givenInitial, tokenKeys };
}

/** Joins "Abdul" + next word into one token, so split and joined spellings share keys. */
function joinCompoundNames(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && JOINING_PREFIXES.has(foldText(word).replace(/[^a-z]/g, ''))) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}

/**
 * Given-name keys match when equal, when one is a prefix of the other (Steve/Steven) and long enough, or when a long key has
 * one sound more than the other (Abdulmadzhid/Abdumadzhid: transliterations drop or add a letter inside long names).
 */
function givenKeysCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  // "Ezzedine"/"Ezzeldin", "Mohagher"/"Mohaqher": a sound one transliteration writes and another drops; a shorter name must
  // keep its first sound.
  return long.length === short.length + 1 && short.length >= (short[0] === long[0] ? 3 : 5) && oneEditApart(short, long);
}

/** "Irfaan Ali" and "Mohamed Irfaan Ali", "Abbas Araghchi" and "Seyed Abbas Araghchi": one form adds a given name. */
function anyGivenCompatible(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => givenKeysCompatible(x, y)));
}

interface FormStats {
  parsed: ParsedName;
  mentions: number;
  sources: Set<string>;
}

/**
 * "Kuol Manyang" beside "Kuol Manyang Juuk": a form of two or more words that opens exactly one longer
 * form's words is that person with the last name dropped (common where people go by given + father's name),
 * so it takes the longer form's surname key. Two longer forms with different endings leave it alone.
 */
function adoptLongerForms(all: FormStats[]): void {
  for (const short of all) {
    const keys = short.parsed.tokenKeys;
    if (keys.length < 2 || short.parsed.givenKey === null) continue;
    const surnames = new Set<string>();
    for (const long of all) {
      const longKeys = long.parsed.tokenKeys;
      if (longKeys.length > keys.length && keys.every((k, i) => k === longKeys[i])) surnames.add(long.parsed.surnameKey);
    }
    if (surnames.size === 1) short.parsed = { ...short.parsed, surnameKey: [...surnames][0]! };
  }
}

interface Cluster {
  surnameKey: string;
  /** Shortest given key of the cluster: the id part that stays put when longer variants arrive. */
  baseGivenKey: string | null;
  forms: FormStats[];
}

function clusterWeight(cluster: Cluster): number {
  return cluster.forms.reduce((n, f) => n + f.mentions + f.sources.size, 0);
}

function clusterId(cluster: Cluster): string {
  return (cluster.baseGivenKey ? `${cluster.surnameKey}-${cluster.baseGivenKey}` : cluster.surnameKey).toLowerCase();
}

/** Most written full form wins; ties go to the form from more sources, then code-unit order. */
function pickDisplay(forms: FormStats[]): { name: string; aliases: string[] } {
  const full = forms.filter((f) => f.parsed.givenKey !== null);
  const candidates = full.length > 0 ? full : forms;
  const ranked = [...candidates].sort(
    (a, b) =>
      b.mentions - a.mentions ||
      b.sources.size - a.sources.size ||
      compareStrings(a.parsed.form, b.parsed.form),
  );
  const name = ranked[0]!.parsed.form;
  const aliases = full
    .map((f) => f.parsed.form)
    .filter((f) => f !== name)
    .sort(compareStrings);
  return { name, aliases };
}

/**
 * Groups every written form into people. Forms share a person when their surname keys match and
 * their given names are compatible; a bare surname or an initial joins the most mentioned
 * compatible person, since within one track a surname almost always means one person.
 */
export function buildPeople(mentions: readonly PersonMention[]): PeopleIndex {
  const forms = new Map<string, FormStats>();
  const parsedNames = new Map<string, ParsedName | null>();
  for (const m of mentions) {
    if (!parsedNames.has(m.name)) parsedNames.set(m.name, parsePersonName(m.name));
    const parsed = parsedNames.get(m.name)!;
    if (!parsed) continue;
    let stats = forms.get(parsed.form);
    if (!stats) {
      stats = { parsed, mentions: 0, sources: new Set() };
      forms.set(parsed.form, stats);
    }
    if (!m.duplicate) stats.mentions++;
    stats.sources.add(m.countingSource);
  }

  adoptLongerForms([...forms.values()]);
  const bySurname = new Map<string, FormStats[]>();
  for (const stats of forms.values()) {
    const list = bySurname.get(stats.parsed.surnameKey) ?? [];
    list.push(stats);
    bySurname.set(stats.parsed.surnameKey, list);
  }

  const clusters: Cluster[] = [];
  for (const surnameKey of [...bySurname.keys()].sort(compareStrings)) {
    const group = bySurname.get(surnameKey)!;
    const local: Cluster[] = [];
    // Shortest keys first, so a cluster's base key is its shortest compatible given name.
    const withGiven = group
      .filter((f) => f.parsed.givenKey !== null)
      .sort(
        (a, b) =>
          a.parsed.givenKey!.length - b.parsed.givenKey!.length ||
          compareStrings(a.parsed.givenKey!, b.parsed.givenKey!) ||
          compareStrings(a.parsed.form, b.parsed.form),
      );
    for (const f of withGiven) {
      const home =
        local.find((c) => givenKeysCompatible(c.baseGivenKey!, f.parsed.givenKey!)) ??
        local.find((c) => c.forms.some((x) => anyGivenCompatible(x.parsed.givenKeys, f.parsed.givenKeys)));
      if (home) home.forms.push(f);
      else local.push({ surnameKey, baseGivenKey: f.parsed.givenKey, forms: [f] });
    }
    const partial = group
      .filter((f) => f.parsed.givenKey === null)
      .sort((a, b) => compareStrings(a.parsed.form, b.parsed.form));
    const heaviestFirst = (candidates: Cluster[]): Cluster | undefined =>
      [...candidates].sort((a, b) => clusterWeight(b) - clusterWeight(a) || compareStrings(clusterId(a), clusterId(b)))[0];
    for (const f of partial) {
      const compatible = f.parsed.givenInitial
        ? local.filter((c) => c.forms.some((x) => x.parsed.givenInitial === f.parsed.givenInitial))
        : local.filter((c) => c.baseGivenKey !== null);
      const home = heaviestFirst(compatible) ?? local.find((c) => c.baseGivenKey === null);
      if (home) home.forms.push(f);
      else local.push({ surnameKey, baseGivenKey: null, forms: [f] });
    }
    clusters.push(...local);
  }

  const people: PersonIdentity[] = [];
  const byForm = new Map<string, PersonIdentity>();
  const byKey: { surnameKey: string; baseGivenKey: string | null; givenKeys: string[]; person: PersonIdentity; weight: number }[] = [];
  for (const cluster of clusters) {
    const person: PersonIdentity = { id: clusterId(cluster), ...pickDisplay(cluster.forms) };
    people.push(person);
    for (const f of cluster.forms) byForm.set(f.parsed.form, person);
    byKey.push({ surnameKey: cluster.surnameKey, baseGivenKey: cluster.baseGivenKey, givenKeys: cluster.forms.flatMap((f) => f.parsed.givenKeys), person, weight: clusterWeight(cluster) });
  }
  people.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  byKey.sort((a, b) => b.weight - a.weight || compareStrings(a.person.id, b.person.id));

  const memo = new Map<string, PersonIdentity | null>();
  const resolve = (name: string): PersonIdentity | null => {
    if (memo.has(name)) return memo.get(name)!;
    const person = resolveUncached(name);
    memo.set(name, person);
    return person;
  };
  const resolveUncached = (name: string): PersonIdentity | null => {
    const parsed = parsePersonName(name);
    if (!parsed) return null;
    const known = byForm.get(parsed.form);
    if (known) return known;
    const match = byKey.find(
      (k) =>
        k.surnameKey === parsed.surnameKey &&
        (parsed.givenKey === null || k.baseGivenKey === null || givenKeysCompatible(k.baseGivenKey, parsed.givenKey) || anyGivenCompatible(k.givenKeys, parsed.givenKeys)),
    );
    return match?.person ?? null;
  };
  return { people, resolve };
}
