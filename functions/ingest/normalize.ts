// Text normalization for merging: accent/case folding, place keys, title and fact token sets, stable hashes.

import { createHash } from 'node:crypto';

// Letters that NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h',
};

/** NFKD, strip combining marks, lower-case, unify quotes and dashes. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøßłđðæœþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');
}

/** True when folding changes letters, i.e. the text carries diacritics worth displaying. */
export function hasDiacritics(text: string): boolean {
  // A dot on a capital I ("İstanbul") is Turkish orthography, not an accent English copy keeps.
  const plain = text.normalize('NFKD').replace(/\u0307/g, '');
  return foldText(plain) !== plain.toLowerCase();
}

/** Folded word tokens; possessive "'s" is dropped so "Moscow's" and "Moscow" match. */
export function wordTokens(text: string): string[] {
  return foldText(text)
    .replace(/'s\b/g, '')
    // "U.S." and "U.K." before a space or a comma too, not only before a letter.
    .replace(/\bu\.s\.(?:a\.?)?(?![a-z0-9])/g, 'us')
    .replace(/\bu\.k\.(?![a-z0-9])/g, 'uk')
    // "U.N." is the UN, not the letters "u" and "n".
    .replace(/\bu\.n\.(?![a-z0-9])/g, 'un')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Key for places: folded, punctuation-free, without a leading article. */
export function placeKey(text: string): string {
  return wordTokens(text)
    .join(' ')
    .replace(/^the /, '');
}

/**
 * Geography words that name the same country in different ways; folding them to one token lets
 * "Russian Consulate" match "Consulate of Russia" and lets titles ignore "Moscow's"/"to Washington".
 * General world knowledge, not tied to any one negotiation.
 */
const GEO_GROUPS: readonly (readonly string[])[] = [
  ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'rf'],
  ['us', 'usa', 'america', 'american', 'americans', 'washington', 'states', 'united'],
  ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  ['iran', 'iranian', 'iranians', 'tehran', 'teheran'],
  ['israel', 'israeli', 'israelis', 'jerusalem'],
  ['china', 'chinese', 'beijing', 'prc'],
  ['turkey', 'turkiye', 'turkish', 'ankara'],
  ['oman', 'omani', 'muscat'],
  ['qatar', 'qatari', 'doha'],
  ['egypt', 'egyptian', 'cairo'],
  ['saudi', 'arabia', 'riyadh'],
  ['uk', 'britain', 'british', 'london', 'kingdom'],
  ['france', 'french', 'paris'],
  ['germany', 'german', 'berlin'],
  ['italy', 'italian', 'rome'],
  ['switzerland', 'swiss', 'geneva', 'bern'],
  ['belarus', 'belarusian', 'minsk'],
  ['azerbaijan', 'azerbaijani', 'baku'],
  ['armenia', 'armenian', 'yerevan'],
  ['georgia', 'georgian', 'tbilisi'],
  ['palestine', 'palestinian', 'palestinians'],
  ['hamas'],
  ['gaza'],
  ['lebanon', 'lebanese', 'beirut'],
  ['syria', 'syrian', 'damascus'],
  ['india', 'indian', 'delhi'],
  ['pakistan', 'pakistani', 'islamabad'],
  ['japan', 'japanese', 'tokyo'],
  ['korea', 'korean', 'seoul', 'pyongyang'],
  ['venezuela', 'venezuelan', 'caracas'],
  ['eu', 'europe', 'european', 'brussels'],
];
const GEO_CANONICAL = new Map<string, string>();
for (const group of GEO_GROUPS) for (const word of group) GEO_CANONICAL.set(word, group[0]!);

/** Canonical country token for a geography word, or null when it is not one. */
export function geoToken(token: string): string | null {
  return GEO_CANONICAL.get(token) ?? null;
}

/** Tokens of the given names (parties, cities) folded the way geoToken folds them, for dropping. */
export function geoTokensOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (const token of wordTokens(name)) {
      out.add(token);
      const geo = geoToken(token);
      if (geo) out.add(geo);
    }
  }
  return out;
}

// Words that never distinguish one venue from another.
const VENUE_GENERIC = new Set([
  'the', 'a', 'an', 'in', 'at', 'of', 'on', 'and', 'city', 'building', 'premises', 'venue', 'hall',
  'central', 'downtown', 'local', 'its', 'their', 'country', 'turkey',
  // The kind of building, which translations of one name render differently: "Palacio de Convenciones" is the Convention
  // Palace, the Palace of Conventions and the Convention Center.
  'palace', 'center', 'centre', 'complex',
  // "the Foreign Ministry's guest house" = "the Mansion of the Foreign Ministry".
  'guest', 'house', 'guesthouse', 'mansion',
]);

/** Token set that identifies a venue: generic words and the round's city names dropped, countries folded. */
export function venueTokens(text: string, cityTokens: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const token of wordTokens(text)) {
    if (cityTokens.has(token)) continue;
    const t = geoToken(token) ?? stemWord(token);
    if (VENUE_GENERIC.has(t) || VENUE_GENERIC.has(token)) continue;
    out.add(t);
  }
  return [...out].sort();
}

// The word for the district a town is the seat of: "AlUla Governorate" is AlUla.
const CITY_OPTIONAL = new Set(['the', 'city', 'of', 'governorate', 'province', 'prefecture', 'district', 'county', 'oblast', 'municipality']);

/** Token set of a city: "Istanbul, Türkiye" contains "Istanbul"; "Al-Ula" is "AlUla". */
export function cityTokens(text: string): string[] {
  const words = wordTokens(text);
  const joined = words.flatMap((word, i) => ((word === 'al' || word === 'el') && i + 1 < words.length ? [] : [i > 0 && (words[i - 1] === 'al' || words[i - 1] === 'el') ? `${words[i - 1]}${word}` : word]));
  return [...new Set(joined.filter((t) => !CITY_OPTIONAL.has(t)))].sort();
}

// Words a title can carry or drop without naming a different post.
const TITLE_OPTIONAL = new Set([
  'the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'on', 'at', 'with', 'state', 'newly', 'new', 'now', 'current',
  'currently', 'then', 'recently', 'appointed', 'named', 'incumbent', 'acting', 'country', 'nation', 'federation',
  'its', 'his', 'her', 'their', 'own', 'top', 'chief', 'serving', 'as', 'official', 'also',
  // Standing of the holder, not a different post: "former ambassador" = "retired ambassador" = "Ambassador ad honorem".
  'former', 'retired', 'ad', 'honorem', 'emeritus', 'caretaker', 'interim', 'diplomat', 'veteran', 'career',
  // The remit's region or rank qualifier of one post: "special envoy" = "Middle East envoy" = "envoy for West Asia".
  'special', 'personal', 'senior', 'middle', 'east', 'mideast', 'west', 'western', 'asia', 'africa', 'african', 'horn', 'region', 'regional',
]);
// Words for the one who presides: "head of the National Assembly" = "National Assembly President"; a chamber's presiding
// officer is its speaker or its president ("deputy speaker of parliament" = "Vice President of the National Assembly").
const TITLE_SYNONYMS: Record<string, string> = {
  head: 'president', chairman: 'president', chairwoman: 'president', chair: 'president', chairperson: 'president', speaker: 'president',
  deputy: 'vice', parliament: 'assembly',
  // "presidential adviser" = "adviser to the president".
  presidential: 'president',
  // One post in two outlets' words: "Special Representative for X Reconciliation" = "Special Envoy for X Peace".
  representative: 'envoy', reconciliation: 'peace',
};
// A party's group of legislators as outlets name it: "head of the X party's parliamentary group" = "leader of the X faction
// in the <legislature>" = "chairman of the X caucus"; the chamber's name and "party" add nothing to the post.
const LEGISLATIVE_GROUP = /\b(?:(?:party['’]s\s+)?(?:parliamentary\s+)?(?:faction|caucus|group|bloc))(?:\s+in\s+(?:the\s+)?(?:parliament|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))?/gu;
const GROUP_WORD = /faction|caucus|group|bloc/i;
// "leader of the X group" = "head of the X group": the one who presides over it.
const LEADER_OF = /\bleader\s+of\b/gi;
// "Vice Premier" = "Deputy Prime Minister": one head of government, two names for the post.
const PRIME_MINISTER = /\bprime[\s-]+minister/gi;
function foldLegislativeGroup(text: string): string {
  if (!GROUP_WORD.test(text)) return text;
  return text.replace(LEGISLATIVE_GROUP, 'group').replace(LEADER_OF, 'head of');
}
// "senior adviser to Kiir": whose adviser is named by person in one report and by office ("presidential") in another, so the
// principal's name is no part of the post.
// "adviser to RSF commander Mohamed Hamdan Daglo "Hemetti"": the principal's own post and nickname go with the name (a name of
// two words or more; "adviser to the Prime Minister" keeps its principal's post).
const AIDE_TO_NAME = /\b(advis[eo]rs?|aides?|assistants?|counsell?ors?)\s+to\s+(?:(?:[\p{L}'’.-]+\s+){1,3}(?!(?:Prime|President|Vice|Deputy|Foreign|Minister|Secretary|King|Emir|Crown|Supreme|Chief|Chairman|Speaker)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s*["“][^"”]{1,30}["”])?/gu;

// "Undersecretary" = "Under-Secretary" = "Under Secretary", "Vicepresident" = "Vice-President": one post, written shut or open.
const CLOSED_COMPOUND = /\b(under|vice)(?=(?:secretar|president|premier|chair|minister|governor|chancellor)\p{L}*)/giu;

/**
 * Token set of a title for comparison: optional words dropped, and words naming the negotiation's own
 * parties dropped ("Moscow's ambassador to Washington" = "Russia's ambassador to the US" = "ambassador"
 * in a Russia–US track), while other geography stays ("… for Russia and Central Europe" keeps "central").
 */
export function titleTokens(text: string, partyGeo: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  for (const token of wordTokens(foldLegislativeGroup(text).replace(AIDE_TO_NAME, '$1').replace(PRIME_MINISTER, 'premier').replace(CLOSED_COMPOUND, '$1 '))) {
    if (TITLE_OPTIONAL.has(token)) continue;
    const geo = geoToken(token);
    if (partyGeo.has(token) || (geo && partyGeo.has(geo))) continue;
    out.add(geo ?? stemWord(TITLE_SYNONYMS[token] ?? token));
  }
  return [...out].sort();
}

/** A deliberately small suffix stripper: enough to fold plural/verb forms, never clever. */
// British and American spellings of the same word ("Defence Minister" = "Defense Minister").
const SPELLING: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', programme: 'program', programmes: 'programs',
  centre: 'center', centres: 'centers', theatre: 'theater', labour: 'labor', honour: 'honor', favour: 'favor',
  // "National Security Advisor" = "national security adviser"; "State Counsellor" = "State Counselor".
  advisor: 'adviser', advisors: 'advisers', counsellor: 'counselor', counsellors: 'counselors',
};

export function stemWord(token: string): string {
  let t = SPELLING[token] ?? token;
  if (t.length <= 3 || /^\d+$/.test(t)) return t;
  // -ise/-isation → -ize/-ization, applied to every word so both spellings land on one stem.
  if (t.length > 6) t = t.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('ss') || t.endsWith('us') || t.endsWith('is')) {
    // "access", "status", "basis" are not plurals
  } else if (t.endsWith('es') && /(ches|shes|xes|zes)$/.test(t)) t = t.slice(0, -2);
  else if (t.endsWith('s')) t = t.slice(0, -1);
  // "-ity" folds the noun onto its adjective ("validity" → "valid").
  for (const suffix of ['ational', 'ation', 'ition', 'tion', 'ment', 'ness', 'ity', 'ing', 'ed', 'ly', 'ial', 'al', 'er', 'e', 'y']) {
    if (t.endsWith(suffix) && t.length - suffix.length >= 4) {
      // "prevention" → "prevent", "adoption" → "adopt": the noun folds onto its verb.
      if (suffix === 'tion') {
        t = t.slice(0, -3);
        break;
      }
      t = t.slice(0, -suffix.length);
      break;
    }
  }
  // "agreeing" → "agree" → "agre", the same stem as "agreed" and "agree".
  if (t.endsWith('e') && t.length > 4) t = t.slice(0, -1);
  // Collapse doubled final consonants left by "-ing"/"-ed" ("planned" → "plann" → "plan").
  if (/([b-df-hj-np-tv-z])\1$/.test(t) && t.length > 4) t = t.slice(0, -1);
  return t;
}

// Words that carry no content in a fact: function words and attribution clutter.
const FACT_STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'as', 'at', 'from', 'into', 'about', 'and', 'or',
  'but', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'it', 'its', 'their', 'they', 'them', 'his',
  'her', 'he', 'she', 'we', 'our', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'do', 'does', 'did', 'also',
  'further', 'both', 'two', 'sides', 'side', 'parties', 'party', 'delegation', 'delegations', 'team', 'teams',
  'country', 'countries', 'each', 'other', 'between', 'bilateral', 'mutual', 'reciprocal', 'basis', 'all',
  'such', 'very', 'more', 'most', 'any', 'some', 'there', 'here', 'then', 'than', 'so', 'not', 'no', 'if',
  'said', 'say', 'says', 'saying', 'according', 'stated', 'state', 'statement', 'reported', 'reports', 'report',
  'told', 'tell', 'noted', 'added', 'announced', 'stressed', 'underscored', 'emphasised', 'emphasized',
  'highlighted', 'indicated', 'reiterated', 'confirmed', 'ministry', 'spokesperson', 'spokesman', 'spokeswoman',
  'agency', 'department', 'officials', 'official', 'sources', 'source', 'quoted', 'reporters', 'press', 'release',
  'later', 'earlier', 'already', 'yet', 'still', 'now', 'within', 'regarding', 'concerning', 'related', 'issue',
  'issues', 'matter', 'part', 'way', 'ways', 'ensure', 'ensuring', 'take', 'taking', 'make', 'making',
  'during', 'while', 'three', 'four', 'several', 'based', 'manner', 'carried', 'out',
  // First and second person and the verbs of posting and recalling are attribution, not content.
  'i', 'me', 'my', 'you', 'your', 'let', 'recall', 'recalled', 'wrote', 'write', 'writes', 'written', 'posted', 'tweeted',
  'described', 'describes', 'due',
  // Question words, reflexives and sentence adverbs join clauses; they name nothing.
  'themselves', 'itself', 'himself', 'herself', 'ourselves', 'because', 'although', 'though', 'however', 'only', 'just', 'even',
]);

// Synonyms common in diplomatic reporting, folded to one token after stemming.
const FACT_SYNONYMS: Record<string, string> = {};
function synonyms(target: string, words: string[]): void {
  for (const w of words) FACT_SYNONYMS[stemWord(w)] = target;
}
synonyms('agree', ['agree', 'agreed', 'agreeing', 'agreement', 'agreements', 'understanding', 'accord', 'consensus', 'deal', 'commitment', 'commitments', 'committed', 'committing', 'commit', 'arrangement']);
synonyms('ease', ['ease', 'easing', 'eased', 'facilitate', 'facilitating', 'facilitation', 'simplify', 'simplifying', 'relax', 'relaxing', 'lift', 'lifting', 'loosen', 'loosening']);
synonyms('visa', ['visa', 'visas']);
synonyms('bank', ['bank', 'banks', 'banking', 'financial', 'finance', 'financing', 'financed', 'funding', 'payments']);
synonyms('flight', ['flight', 'flights', 'air', 'airline', 'airlines', 'aviation']);
synonyms('property', ['property', 'properties', 'estate', 'premises', 'assets', 'compounds']);
synonyms('staff', ['staff', 'staffing', 'personnel', 'employees', 'employment', 'hiring', 'hire']);
synonyms('note', ['note', 'notes']);
synonyms('diplomat', ['diplomat', 'diplomats', 'diplomatic']);
synonyms('mission', ['mission', 'missions', 'embassy', 'embassies', 'consulate', 'consulates']);
synonyms('restore', ['restore', 'restoring', 'restoration', 'resume', 'resuming', 'resumption', 'reinstate', 'reinstating', 'reopen', 'reopening', 'renew', 'renewing']);
synonyms('return', ['return', 'returning', 'recovery', 'recover', 'recovering', 'restitution']);
synonyms('seize', ['seize', 'seized', 'seizure', 'confiscate', 'confiscated', 'confiscation', 'expropriated']);
synonyms('unimpeded', ['unimpeded', 'uninterrupted', 'unhindered', 'unrestricted', 'smooth', 'stable', 'stability']);
synonyms('travel', ['travel', 'movement', 'movements']);
synonyms('restrict', ['restrict', 'restriction', 'restrictions', 'restricted', 'limits', 'limitations', 'curbs', 'sanction', 'sanctions', 'sanctioned', 'embargo', 'embargoes']);
synonyms('meet', ['meet', 'meeting', 'meetings', 'talks', 'consultations', 'round', 'session', 'negotiations', 'negotiate', 'negotiating', 'dialogue', 'reconvene']);
synonyms('next', ['next', 'follow', 'subsequent', 'upcoming']);
synonyms('propose', ['propose', 'proposed', 'proposal', 'proposals', 'suggest', 'suggested', 'urge', 'urged']);
synonyms('concern', ['concern', 'concerns', 'worry', 'worries', 'worried']);
synonyms('ceasefire', ['ceasefire', 'ceasefires', 'truce', 'truces', 'armistice']);
synonyms('aid', ['aid', 'relief', 'assistance', 'humanitarian']);
synonyms('fight', ['fight', 'fighting', 'fought', 'clash', 'clashes', 'battle', 'battles', 'combat', 'hostilities']);
synonyms('withdraw', ['withdraw', 'withdrawal', 'withdrawing', 'withdrew', 'pullback', 'pullout', 'disengage', 'disengagement', 'disengaging', 'redeploy', 'redeployment']);
synonyms('release', ['release', 'released', 'releasing', 'freed', 'freeing']);
synonyms('prisoner', ['prisoner', 'prisoners', 'pow', 'pows', 'captive', 'captives', 'detainee', 'detainees', 'detained']);
synonyms('exchange', ['exchange', 'exchanged', 'exchanges', 'swap', 'swapped', 'swaps']);
synonyms('roadmap', ['roadmap']);
synonyms('soldier', ['soldier', 'soldiers', 'serviceman', 'servicemen', 'troops', 'servicemembers']);
// When a deal applies: "takes effect" = "enters into force" = "begins" (the phrases are folded to "begin" first).
synonyms('begin', ['begin', 'begins', 'began', 'beginning', 'start', 'starts', 'started', 'starting', 'commence', 'commenced']);
// Setting up a body: "establish a mechanism" = "the creation of a mechanism" = "set up a mechanism".
synonyms('establish', ['establish', 'established', 'establishing', 'establishment', 'create', 'created', 'creating', 'creation']);
// Deployments as outlets word them: "sent a patrol ship" = "dispatched a patrol vessel".
synonyms('ship', ['ship', 'ships', 'vessel', 'vessels', 'warship', 'warships', 'boat', 'boats']);
synonyms('send', ['send', 'sends', 'sent', 'sending', 'dispatch', 'dispatched', 'dispatching', 'deploy', 'deployed', 'deploying', 'deployment']);
// Assent and its absence: "gave their consent to" = "accepted"; "without signatures" = "neither side signed".
synonyms('accept', ['accept', 'accepts', 'accepted', 'accepting', 'consent', 'consented', 'endorse', 'endorsed', 'endorsement']);
synonyms('sign', ['sign', 'signs', 'signed', 'signing', 'signature', 'signatures']);
synonyms('provide', ['provide', 'provides', 'provided', 'providing', 'offer', 'offers', 'offered', 'offering']);
synonyms('handover', ['handover', 'handovers', 'repatriation', 'repatriate', 'repatriated']);
// "agreed on joint steps" = "agreed on joint measures".
synonyms('measure', ['measure', 'measures', 'step', 'steps']);
synonyms('irritant', ['irritant', 'irritants', 'obstacles', 'impediments']);
synonyms('nuclear', ['nuclear', 'atomic']);
synonyms('rain', ['rain', 'rainy', 'wet', 'monsoon']);
synonyms('stage', ['stage', 'stages', 'staged', 'phase', 'phases', 'phased', 'gradual', 'gradually', 'step-by-step', 'incremental']);
synonyms('fill', ['fill', 'filled', 'filling', 'impound', 'impounding', 'impoundment']);
// Approval a deal awaits: "ratified by Congress" = "approved by the legislature".
synonyms('ratify', ['ratify', 'ratified', 'ratification', 'approve', 'approved', 'approval']);
synonyms('parliament', ['parliament', 'parliaments', 'parliamentary', 'congress', 'legislature', 'legislatures', 'lawmakers', 'legislators']);

/**
 * Words nearly every report of diplomatic talks uses: they tell little about which fact a sentence states, so
 * fact clustering weighs them down (they still count, a little, for sentences that share nothing else).
 */
export const GENERIC_FACT_TOKENS: ReadonlySet<string> = new Set(
  [
    'diplomat', 'mission', 'contribution', 'international', 'intern', 'organization', 'organisation', 'organiz', 'nation', 'united',
    'unit', 'relation', 'relations', 'cooperation', 'cooperat', 'meet', 'discuss', 'discussed', 'work', 'continue', 'continu', 'step',
    'steps', 'measure', 'measures', 'effort', 'efforts', 'need', 'process', 'government', 'minist', 'minister', 'ministers', 'talk',
    'support', 'level', 'joint', 'new', 'current', 'future', 'both', 'region', 'regional', 'situation', 'peace', 'security', 'look',
    'address', 'appropriate', 'condition', 'conditions', 'cond', 'service', 'servic', 'activity', 'activit', 'duty', 'duties',
    // Words of a speaker's post left when the name is dropped ("Foreign Minister Gil").
    'foreign', 'secretary', 'president', 'chief', 'head',
  ].map((word) => stemWord(word)),
);

// Nouns whose stem is a kind word's: "the EU proposal" names an object, where "proposed" only repeats the kind.
const NOUN_TOKENS: Record<string, string> = { proposal: 'proposal', proposals: 'proposal' };

// The fact's kind already says "agreed"/"proposed"; as tokens they only link unrelated facts.
const KIND_WORDS = new Set(['agree', 'propose']);

// "1,000" and "46,000" are one figure each; split at the comma they would share a "000" that says nothing.
const THOUSANDS = /(\d),(?=\d{3}\b)/g;
// "Aug. 12" and "12 August" name one day: months fold to their three-letter abbreviation ("Sept." to "sep").
const MONTH_NAME = /\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b\.?/gi;

/** Figures and dates written the way outlets vary them, folded to one spelling before tokenizing. */
function foldFigures(text: string): string {
  return text.replace(THOUSANDS, '$1').replace(MONTH_NAME, (_, month: string) => month.toLowerCase());
}

/**
 * Content tokens of a fact sentence: folded, stop and attribution words dropped, stemmed,
 * synonyms folded, and the given extra words (party names) dropped because actors carry them.
 */
export function factTokens(text: string, drop: { has(token: string): boolean }): string[] {
  const raw = wordTokens(foldFigures(text).replace(/\broad map\b/gi, 'roadmap').replace(/\breal estate\b/gi, 'property').replace(/\bair (services?|links?|traffic|communication)\b/gi, 'flights').replace(/\bfollow-up\b/gi, 'next')
    .replace(/\b(?:cessation of (?:(?:military|armed) )?(?:hostilities|fighting)|cease-fire|cease fire|halt to (?:the )?fighting)\b/gi, 'ceasefire')
    .replace(/\b(?:pull(?:ing|ed)? (?:back|out))\b/gi, 'withdraw')
    .replace(/\bair (?:connections?|routes?)\b/gi, 'flights')
    // "hand over the bodies" = "a handover of bodies"; "the European Union" = "the EU".
    .replace(/\b(?:hand(?:s|ed|ing)?) (?:over|back)\b/gi, 'handover')
    .replace(/\bEuropean Union\b/gi, 'EU')
    // "at the invitation of X" = "hosted by X".
    .replace(/\bat the invitation of\b/gi, 'hosted by')
    .replace(/\b(?:set|sets|setting) up\b/gi, 'establish')
    .replace(/\b(?:(?:take|takes|took|taken|taking) effect|(?:enter|enters|entered|entering|come|comes|came|coming) into (?:force|effect)|(?:go|goes|went|gone) into effect)\b/gi, 'begin'));
  const out = new Set<string>();
  for (const token of raw) {
    if (FACT_STOP.has(token) || drop.has(token)) continue;
    if (geoToken(token) && drop.has(geoToken(token)!)) continue;
    if (/^\d+$/.test(token) && token.length < 2) continue;
    // Tolls and tallies grow between reports ("more than 46,000" a day before "more than 46,700"): a large figure also
    // counts by its first two digits.
    if (/^\d{4,}$/.test(token) && !/^(?:19|20)\d\d$/.test(token)) out.add(`${token.slice(0, 2)}${'0'.repeat(token.length - 2)}`);
    // "Chinese nationals" = "China's nationals": a country's adjective and name are one token.
    const stem = NOUN_TOKENS[token] ?? geoToken(token) ?? stemWord(token);
    const folded = FACT_SYNONYMS[stem] ?? stem;
    if (FACT_STOP.has(folded) || KIND_WORDS.has(folded)) continue;
    out.add(folded);
  }
  return [...out].sort();
}

/** Collapse whitespace and fold, so the same quote from two outlets compares equal. */
export function quoteKey(quote: string): string {
  return foldText(quote).replace(/\s+/g, ' ').replace(/[^a-z0-9 ]/g, '').trim();
}

/** Short, stable hex hash of a string. */
export function stableHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Compare strings by code unit, independent of locale, so sorting is deterministic everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** |A ∩ B| for two sorted-unique token arrays. */
export function intersectionSize(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const c = compareStrings(a[i]!, b[j]!);
    if (c === 0) {
      n++;
      i++;
      j++;
    } else if (c < 0) i++;
    else j++;
  }
  return n;
}

/** True when every token of the smaller set is in the larger one (and the smaller one is not empty). */
export function tokensContained(a: readonly string[], b: readonly string[]): boolean {
  const small = a.length <= b.length ? a : b;
  const large = a.length <= b.length ? b : a;
  return small.length > 0 && intersectionSize(small, large) === small.length;
}

/** One edit (a letter added, dropped or changed) turns one string into the other (name skeletons, phonetic keys). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
