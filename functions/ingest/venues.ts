// Finds where a meeting took place: the city and the building ("the Russian Consulate General in Istanbul").
import { CITY_PATTERN, canonicalParty, capitalOf, isKnownCity, withSides } from './parties.ts';
import { isTravelClause } from './rounds.ts';

export interface PlaceMention {
  value: string;
  /** As written in the clause. */
  text: string;
  index: number;
}

const VENUE_NOUNS = [
  'Consulate General', 'Consulate-General', 'Consulate', 'Embassy', 'Residence', 'Palace', 'Palais', 'Hotel', 'House', 'Hall', 'Villa',
  'Center', 'Centre', 'Building', 'Headquarters', 'Office', 'Mission', 'Ministry', 'Chancellery', 'Compound', 'Guesthouse',
  'Guest House', 'Room', 'Castle', 'Club', 'Museum', 'Mansion', 'Pavilion', 'Lodge', 'Resort', 'Kremlin', 'Tower', 'Complex', 'Estate',
  'Manor', 'Chateau', 'Château', 'Academy', 'Library', 'Theatre', 'Theater', 'Gardens', 'Airport', 'Department',
  // Talks under a peacekeeping mission meet at its bases.
  'Base',
  // Border talks meet at crossings and posts, not in cities.
  'Meeting Point', 'Border Point', 'Border Post', 'Border Crossing', 'Crossing Point', 'Checkpoint',
];
// Case-blind on the nouns only ("the Russian consulate"), so that the modifiers before them still have to be names.
const caseBlind = (word: string) => word.replace(/\p{L}/u, (letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`);
const VENUE_NOUN_RE = VENUE_NOUNS.map((noun) => noun.split(' ').map(caseBlind).join('\\s+')).join('|');
const CAP_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|US|UN|EU|UK)";
// Modifiers: capitalized words, possessive titles ("US Consul General's"), lower-case "consul general's".
const MODIFIER = `(?:${CAP_WORD}(?:['’]s)?|consul|general['’]s|ambassador['’]s|president['’]s|minister['’]s|\\p{Ll}[\\p{Ll}-]{2,})`;
const TITLE_NOUN = '(?:ambassador|consul|minister|president|envoy|general|secretary|representative|governor|mayor|emir|king|prime|peacekeeping|force|forces|mission)';
// "of the US Consul General", "of the Swiss ambassador to the United Nations"
const OF_TAIL = `(?:\\s+(?:of|des|de|du)\\s+(?:the\\s+)?(?:(?:${CAP_WORD}|${TITLE_NOUN})(?:['’]s)?\\s+){0,5}(?:${CAP_WORD}|${TITLE_NOUN})(?:['’]s)?(?:\\s+(?:to|at|for)\\s+(?:the\\s+)?(?:${CAP_WORD}\\s+){0,3}${CAP_WORD})?)?`;
const VENUE_RE = new RegExp(
  `\\b(?<prep>[Aa]t|[Ii]nside|[Ii]n|[Ww]ithin|left|entered|arrived at|reached|hosted at|venue,?)\\s+(?<the>(?:the|a|an)\\s+)?` +
    `(?<venue>(?:${MODIFIER}\\s+){0,7}?(?:${VENUE_NOUN_RE})(?:\\s+(?:${CAP_WORD}\\s+){0,3}${CAP_WORD})?${OF_TAIL}|(?:${CAP_WORD}\\s+){1,4}(?:${VENUE_NOUN_RE}))` +
    `(?=[\\s,.;:)]|$)`,
  'gu',
);
// "The agreement was reached at Königstedt manor": where a deal was struck is where the sides met.
const MEETING_WORDS = /\b(?:(?:agreement|deal|accord|memorandum|text)\s+(?:was|were|has been|had been)\s+(?:reached|agreed|struck|clinched|finali[sz]ed)|mediating|negotiating|signed(?!\s+(?:an?|the|his|her)\s+(?:executive\s+)?(?:order|decree|law|bill))|signing|held|hold|took place|take place|met|meet|reconvene|resume|convene|meeting|meetings|talks|round|consultations|negotiations?|gathered|convened|hosted|session|discussions|venue|sat down|delegations?|teams?)\b/i;

function tidyVenue(raw: string): string {
  let venue = raw.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  // "US Consul General's residence" reads as "Residence of the US Consul General", the form most reports use.
  // "Istanbul's Dolmabahçe Palace": the city is said separately.
  const cityOwner = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s\s+(?=\p{Lu})/u.exec(venue);
  if (cityOwner?.[1] && isKnownCity(cityOwner[1])) venue = venue.slice(cityOwner[0].length);
  const possessive = /^(.+?)['’]s\s+(residence|office|house|villa|palace|compound|mansion|estate)$/i.exec(venue);
  if (possessive?.[1] && possessive[2]) venue = `${possessive[2]} of the ${possessive[1]}`;
  return venue.charAt(0).toUpperCase() + venue.slice(1);
}

// "at Rosenbad, the Swedish prime minister's office": a proper name that the appositive says is a building.
const NAMED_VENUE_RE = /\b[Aa]t\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:the|a|an)\s+[^,.;]{0,60}?\b(?:office|residence|palace|headquarters|hotel|villa|estate|compound|mansion|building|castle|guesthouse|seat|chancellery)\b/gu;

/** Venues of a meeting named in a clause; buildings mentioned for other reasons (an embassy's staff) are skipped. */
export function findVenues(clause: string, aboutMeeting = false): PlaceMention[] {
  const meetingWords = (text: string) => aboutMeeting || MEETING_WORDS.test(text);
  const venues: PlaceMention[] = [];
  // "After meeting Tsipras at the World Economic Forum on Jan. 24, Zaev said …": a journey's stops, as for cities.
  if (!aboutMeeting && isTravelClause(clause)) return venues;
  // "met on 24 January on the sidelines of the World Economic Forum in Davos": the gathering they met at is the venue.
  if (/\b(?:sidelines|margins)\b/.test(clause)) {
    const sidelines = SIDELINES_RE.exec(clause);
    if (sidelines?.[1] && meetingWords(clause.slice(0, sidelines.index))) return [{ value: sidelines[1], text: sidelines[1], index: sidelines.index + sidelines[0].indexOf(sidelines[1]) }];
  }
  NAMED_VENUE_RE.lastIndex = 0;
  for (let match = NAMED_VENUE_RE.exec(clause); match; match = NAMED_VENUE_RE.exec(clause)) {
    const name = match[1] ?? '';
    if (isKnownCity(name) || !meetingWords(clause.slice(0, match.index))) continue;
    venues.push({ value: name, text: name, index: match.index + match[0].indexOf(name) });
  }
  if (venues.length > 0) return venues;
  VENUE_RE.lastIndex = 0;
  for (let match = VENUE_RE.exec(clause); match; match = VENUE_RE.exec(clause)) {
    const venueText = match.groups?.venue ?? '';
    const prep = (match.groups?.prep ?? '').toLowerCase();
    const before = clause.slice(0, match.index);
    if (!meetingWords(before) && !meetingWords(clause.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
    if ((prep === 'left' || prep === 'entered' || prep === 'reached') && !/\b(?:delegation|team|negotiators|envoy|officials)\b/i.test(before)) continue;
    // "processing of immigrant visas at the US Embassy": the building's own business, not a meeting held there.
    if (/\b(?:staff|staffing|employees|levels|restrictions|operations?|work|visas?|processing|services|appointments|interviews|applications)\s+(?:at|in)\s*$/i.test(clause.slice(0, match.index + prep.length + 1))) continue;
    // "Qatar's minister of state at the Ministry of Foreign Affairs": where a person holds a post, not where anyone met.
    if (POST_AT.test(clause.slice(Math.max(0, match.index - 60), match.index + prep.length + 1))) continue;
    // A lone capitalized city is not a venue; nor a ministry spoken of as an actor.
    if (/^(?:Foreign|Defence|Defense)\s+Ministry$/i.test(venueText) && prep !== 'at' && prep !== 'inside') continue;
    // "at a hotel in Istanbul", "at a government guest house": a kind of building, not a venue anyone could find.
    if (isGenericVenue(venueText, match.groups?.the ?? '')) continue;
    if (describedResort(venueText)) continue;
    const start = match.index + match[0].indexOf(venueText);
    venues.push({ value: tidyVenue(venueText), text: venueText.replace(/\.$/, ''), index: start });
  }
  if (venues.length > 0) return venues;
  // "met at the Ritz-Carlton in Riyadh": a proper name between "at the" and the meeting's city is the building.
  BRAND_VENUE_RE.lastIndex = 0;
  for (let match = BRAND_VENUE_RE.exec(clause); match; match = BRAND_VENUE_RE.exec(clause)) {
    const name = match[1] ?? '';
    VENUE_NOUN_ONLY.lastIndex = 0;
    if (!isKnownCity(match[2] ?? '') || isKnownCity(name) || canonicalParty(name) || canonicalParty(name.split(/\s+/)[0] ?? '') || NOT_BRAND.test(name) || VENUE_NOUN_ONLY.test(name)) continue;
    if (/\b(?:staff|staffing|employees|levels|restrictions|operations?|work)\s*$/i.test(clause.slice(0, match.index))) continue;
    if (!meetingWords(clause.slice(0, match.index)) && !meetingWords(clause.slice(match.index + match[0].length))) continue;
    venues.push({ value: name, text: name, index: match.index + match[0].indexOf(name) });
  }
  if (venues.length > 0) return venues;
  // "Arias told reporters at his residence", "met separately with Arias at his home": a host's house, named by its owner.
  const house = OWN_HOUSE_RE.exec(clause);
  if (house && meetingWords(clause)) {
    const owner = houseOwner(clause.slice(0, house.index));
    if (owner) {
      const kind = house[1]!.toLowerCase();
      const value = `${owner}${owner.endsWith('s') ? '’' : '’s'} ${kind}`;
      const at = house[0].indexOf(house[1]!);
      venues.push({ value, text: house[0].slice(at), index: house.index + at });
    }
  }
  return venues;
}

const OWN_HOUSE_RE = /\b(?:at|in)\s+(?:his|her)\s+(?:private\s+|official\s+)?(residence|home|ranch|farm|villa|estate)\b/iu;

/**
 * The person "his"/"her" refers to: the last capitalized word before that ends a name ("Oscar Arias" → Arias, not "Costa" of
 * "Costa Rica"), and is neither possessive, a place, a side nor a word that opens sentences.
 */
function houseOwner(before: string): string | null {
  const words = [...before.matchAll(/(\p{Lu}[\p{Ll}'’-]+)(?=([^\p{L}]*)(\p{L}*))/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const [, word, gap, next] = words[i]!;
    if (/['’]s$/.test(word!) || (gap === ' ' && /^\p{Lu}/u.test(next ?? ''))) continue;
    if (isKnownCity(word!) || canonicalParty(word!) || /^(?:The|An|It|He|She|They|His|Her|In|On|At|After|Before|When|While|But|And|President|Minister|Mr|Mrs|Ms)$/.test(word!)) continue;
    return word!;
  }
  return null;
}

const SIDELINES_RE = /\bon the (?:sidelines|margins) of (?:the |a |an )?((?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Forum|Summit|Assembly|Conference|Congress|Games))\b/u;
const POST_AT = /\b(?:minister|secretary|official|spokes(?:man|woman|person)|director|director-general|adviser|advisor|ambassador|envoy|undersecretary|under-secretary|deputy|counsellor|counselor|aide)(?:\s+of\s+state)?(?:\s+for\s+[\p{L} ]{1,30}?)?\s+at\s*$/iu;
const VENUE_NOUN_ONLY = new RegExp(`(?:${VENUE_NOUN_RE})`, 'gu');
const BRAND_VENUE_RE = /\bat\s+the\s+(\p{Lu}[\p{L}'’.]*(?:[\s-]\p{Lu}[\p{L}'’.]*){0,3})\s+in\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/gu;
const NOT_BRAND = /^(?:Summit|Talks|Meeting|Conference|Forum|Session|Round|Ministry|Foreign Ministry|Invitation|Request|End|Start|Time|Behest|Initiative)$/;

const COMPASS_WORD = /^(?:northern|southern|eastern|western|central|north|south|east|west)$/i;

/**
 * "the Swiss Alpine resort", "the southern Turkish resort of Antalya": a country's or region's resort is the town itself, not
 * a building; a resort with a name of its own ("the Sheraton Resort") is one.
 */
function describedResort(venueText: string): boolean {
  const words = venueText.trim().split(/\s+/);
  const at = words.findIndex((word) => /^resort$/i.test(word));
  if (at <= 0) return false;
  const first = words.find((word) => !COMPASS_WORD.test(word));
  return first !== undefined && first !== words[at] && canonicalParty(first) !== null;
}

/** Every capitalized word is a country's name or adjective ("Thai navy"). */
function nationalityOnly(words: string): boolean {
  const capitalized = words.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  // "a Renamo base", "a rebel group's camp": an armed group the article names has few bases, where its leader met; only a
  // state's adjective ("a Thai navy base") names one of many. The article's own non-state sides are left out of the lookup.
  return capitalized.length > 0 && withSides(null, () => capitalized.every((word) => canonicalParty(word) !== null));
}

/** A venue with no name of its own: only lower-case words around the building noun, or "a"/"an" before a bare noun. */
function isGenericVenue(venueText: string, article: string): boolean {
  // "at this U.S. air base", "in this Rift Valley resort town": the writer's pointer to a place, no name of it.
  if (/^(?:this|that|these|those)\s/i.test(venueText)) return true;
  const indefinite = /^(?:a|an)\s/i.test(article);
  // "at a sprawling Air Force base": a description after "a" names no one building ("a base of the UN force" names whose).
  if (indefinite && /^\p{Ll}/u.test(venueText) && !/\bof\s+the\s+\p{Lu}/u.test(venueText)) return true;
  const rest = venueText.replace(VENUE_NOUN_ONLY, ' ').replace(/\b(?:of|the|des|de|du)\b/g, ' ');
  // "at a Thai navy base": with "a", a nationality names no one building.
  if (indefinite && nationalityOnly(rest)) return true;
  if (/\p{Lu}/u.test(rest)) return false;
  const nounCapitalized = /^\p{Lu}/u.test(venueText.replace(/^.*\s(?=\S+$)/u, '')) || /^\p{Lu}/u.test(venueText);
  // "the Kremlin", "the Palace": a capitalized noun after "the" names the one building.
  return indefinite || article === '' || !nounCapitalized;
}

// "a second round of Jeddah talks", "the Doha negotiations collapsed": a known city before the word for the talks.
const CITY_BEFORE_TALKS = /\b(?:round|session)s?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:talks|negotiations|consultations)\b|\b[Tt]he\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:talks|negotiations|consultations)\s+(?:which|that|began|opened|ended|closed|broke|collapsed|stalled|resumed|were|was|had|have|produced)\b/gu;
// "in the Red Sea city of Jeddah", "in the Saudi port city of Jeddah", "in central Stockholm"
const CITY_RE = new RegExp(`\\b(?:[Ii]n|[Aa]t|to|of)\\s+(?:(?:central|downtown|northern|southern|eastern|western)\\s+|the\\s+(?:\\p{Lu}[\\p{L}]+\\s+){0,3}(?:(?:capital|port|resort|coastal|border|seaside|holiday)\\s+)?(?:capital|city|port|resort|town)\\s*(?:of\\s+|,\\s*)?)?(${CITY_PATTERN})\\b`, 'gu');
const COUNTRY_NAMES = [
  'North Macedonia', 'Montenegro', 'Bosnia and Herzegovina', 'Bosnia', 'Albania', 'Finland', 'Sweden', 'Denmark', 'Austria', 'Spain',
  'Portugal', 'Netherlands', 'Belgium', 'Hungary', 'Czech Republic', 'Slovakia', 'Romania', 'Bulgaria', 'Croatia', 'Slovenia',
  'Lithuania', 'Latvia', 'Estonia', 'Moldova', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Mongolia', 'Malaysia',
  'Kenya', 'Nigeria', 'South Africa', 'Morocco', 'Algeria', 'Tunisia', 'Libya', 'Kuwait', 'Bahrain', 'Iceland', 'Ireland', 'Switzerland',
  'Italy', 'France', 'Germany', 'Norway', 'Poland', 'Greece', 'Cyprus', 'Türkiye', 'Turkey', 'Egypt', 'Qatar', 'Oman', 'Saudi Arabia',
  'United Arab Emirates', 'UAE', 'Jordan', 'Lebanon', 'Iraq', 'Iran', 'Israel', 'Azerbaijan', 'Armenia', 'Georgia', 'Kazakhstan',
  'Belarus', 'Ukraine', 'Russia', 'China', 'Japan', 'Vietnam', 'Thailand', 'Indonesia', 'Philippines', 'India', 'Pakistan',
  'Afghanistan', 'Ethiopia', 'Sudan', 'Rwanda', 'Angola', 'Tanzania', 'Uganda', 'Brazil', 'Colombia', 'Venezuela', 'Cuba', 'Mexico',
  'Canada', 'Alaska', 'Florida', 'Scotland', 'England',
];
// "in Ohrid, North Macedonia": a place named with its country is a city even when not in the list.
// "at Mont Pelerin, Switzerland": likewise after "at".
// "in Shepherdstown, West Virginia", "at Thurmont, Md.": likewise with a US state, written out or abbreviated as the wires do.
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.',
  'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.',
  'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];
/** A US state, written out or abbreviated ("West Virginia", "Md."). */
export function isUsState(name: string): boolean {
  return US_STATES.includes(name);
}
const CITY_WITH_COUNTRY_RE = new RegExp(`\\b(?:in|at)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?),\\s+(?:${[...COUNTRY_NAMES, ...US_STATES.map((name) => name.replace(/\./g, '\\.'))].join('|')})(?![\\p{L}])`, 'gu');
// "in the south-western town of Ghadames": a compass word alone may describe the town.
const DESCRIBED_CITY_RE = /\b(?:in|at|to)\s+(?:the|\p{Lu}[\p{L}-]+['’]s)\s+(?:(?:southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western|southeastern|southwestern|northeastern|northwestern)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}|(?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:port\s+|border\s+|coastal\s+|resort\s+|desert\s+|oasis\s+|mountain\s+|seaside\s+|lakeside\s+)?(?:city|town|resort|village)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?(?:[ -]el[ -]\p{Lu}[\p{L}'’-]+)?)|\bin\s+(\p{Lu}[\p{L}'’-]+),\s+(?:the\s+)?(?:capital\s+of\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:Province|Region|State|Prefecture|Governorate|Oblast|County)\b/gu;
// "The negotiators met in the town of Arica": a town named as such, known to a list or not.
const BARE_TOWN_RE = /\b(?:in|at)\s+the\s+(?:town|city|village)\s+of\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)/gu;
// The meeting word right before the town, a weekday or date at most between: "met on Monday in the town of X".
const MET_THERE_BEFORE = /\b(?:met|meet|meets|meeting|held talks|hold talks|took place|take place|convened|convene|gathered|talks|negotiations)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})\s+)?$/iu;
// "in Arlington near Washington", "in Evian outside Geneva": a place told by the known city it lies by is a town itself.
const NEAR_CITY_RE = new RegExp(`\\bin\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+)?),?\\s+(?:near|outside|just outside|on the outskirts of)\\s+(${CITY_PATTERN})\\b`, 'gu');
const CAPITAL_RE = /\bin\s+the\s+(\p{Lu}[\p{L}]+)\s+capital\b(?!\s*,?\s*\p{Lu})/gu;
// "Government sources in Nicosia said": where someone spoke from, not where anyone met.
// "Oil prices rose in late trading in London", "stocks fell in Tokyo": where markets trade.
const LOCATIVE_NOT_MEETING = /\b(?:embassy|embassies|consulate|consulates|mission|missions|staff|ambassador|envoy|office|based|diplomats?|residents?|troops|strikes?|attack|flights?|sources|trading|markets?|prices?|stocks?|shares?)\s+(?:in|to|of)\s+(?:the\s+)?$/i;
const HOST_CITY_RE = new RegExp(`(?<![\\p{L}'’-])(${CITY_PATTERN})\\s+(?:(?:has|had)\\s+(?:already\\s+)?)?hosted\\s+(?:the|a|an|two|three|several|four|five|earlier|previous|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:rounds?|talks|meetings?|negotiations|sessions?|consultations)\\b`, 'gu');
const HOME_VOICE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ministry|government|officials?|spokes(?:man|woman|person)|presidency|office|cabinet|analysts|media|radio|television|newspapers?|press|opposition|parliament)\b[^.;]{0,60}?\b(?:said|says|told|announced|stated|declared|reported|welcomed|criticized|criticised)\b/iu;
// "the Government of National Accord (GNA) in Tripoli", "the authorities in Kabul": the city a government sits in, not a meeting's.
const SEAT_OF_GOVERNMENT_BEFORE = /\b(?:government|authorit(?:y|ies)|administration|parliament|regime)\b(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}?)?(?:\s*\([^)]{1,12}\))?\s+in\s+$/iu;

// "at Königstedt manor in Vantaa": the place a named building stands in is a town, though no list knows it.
const BUILDING_IN_TOWN_RE = /\b\p{Lu}[\p{L}'’-]+\s+(?:[Mm]anor|[Pp]alace|[Cc]astle|[Ee]state|[Vv]illa|[Hh]otel|[Rr]esort|[Ll]odge|[Mm]ansion|[Cc]hateau|[Cc]hâteau|[Bb]ase)\s+in\s+(\p{Lu}[\p{L}'’-]+)(?=[\s,.;:)]|$)/gu;
// "the Sattahip naval base": a base named after its town.
const BASE_TOWN_RE = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:naval|navy|air|military|army|marine)\s+base$/iu;
const MONTH_WORD_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const CITY_STATE_RE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+City)?)\b/gu;
const WEEKDAY_WORD_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "The talks opened at Kaesong on July 10", "talks resumed at Panmunjom": where the talks opened or resumed is a place too.
const TALKS_HELD_IN_RE = /\b(?:talks|negotiations|consultations|meeting|round)(?:\s+[\p{L}'’-]+){0,8}?\s+(?:held|took place|taking place|convened)\s+in\s+(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)(?=[\s,.;:)]|$)|\b(?:talks|negotiations|consultations)\s+(?:opened|began|resumed|reopened|reconvened)\s+(?:in|at)\s+(\p{Lu}[\p{L}-]+)(?=\s+(?:on|in|last|this|after)\b|[,.;])/gu;

/** Places the text itself calls towns or cities ("the Lebanese border town of Naqoura"), known to no list. */
export function describedCities(text: string): string[] {
  const found = new Set<string>();
  // "…at the Peace Palace in The Hague": an article opens a town's name, it is none by itself.
  const add = (city: string) => {
    if (!/^(?:The|La|Le|El|Al)$/.test(city)) found.add(city);
  };
  for (const match of text.matchAll(DESCRIBED_CITY_RE)) {
    const city = match[1] ?? match[2] ?? '';
    if (city && !isKnownCity(city) && !canonicalParty(city)) add(city);
  }
  // "the peace talks … held in Shepherdstown": where talks were held is a place, known to a list or not.
  for (const match of text.matchAll(TALKS_HELD_IN_RE)) {
    const city = match[1] ?? match[2] ?? '';
    if (city && !isKnownCity(city) && !canonicalParty(city) && !COUNTRY_NAMES.includes(city) && !isUsState(city) && !MONTH_WORD_RE.test(city) && !WEEKDAY_WORD_RE.test(city)) add(city);
  }
  for (const match of text.matchAll(BUILDING_IN_TOWN_RE)) {
    const city = match[1] ?? '';
    if (city && !isKnownCity(city) && !canonicalParty(city) && !COUNTRY_NAMES.includes(city) && !MONTH_WORD_RE.test(city)) add(city);
  }
  return [...found];
}

/** "at the Sattahip naval base": the town a base is named after, when that name is no side's. */
function baseTown(venue: string): string | null {
  const town = BASE_TOWN_RE.exec(venue.trim())?.[1] ?? null;
  return town && !canonicalParty(town) && !COUNTRY_NAMES.includes(town) ? town : null;
}

/** "in Naqoura" once the article has said Naqoura is a town: a matcher for the article's own towns, null when it names none. */
export function learnedCityMatcher(cities: readonly string[]): RegExp | null {
  if (cities.length === 0) return null;
  const names = cities.map((city) => city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\b(?:[Ii]n|[Aa]t)\\s+(${names})\\b`, 'gu');
}

const DELEGATION_TO_BEFORE = /\b(?:led|headed|sent|took|brought|accompanied)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?delegations?\s+$/iu;
// "…before returning to Nairobi for the next phase": where the sides go back to for talks is where they meet.
const RETURN_TO_BEFORE = /\b(?:return(?:s|ed|ing)?|c[ao]me back|coming back)\s+$/i;
const FOR_TALKS_AFTER = /^\s+for\s+(?:the|a|an|another|further|more)\s+(?:[\p{L}-]+\s+){0,2}?(?:round|phase|talks|session|negotiations|meeting)s?\b/iu;

/** Adds each known city a pattern's first matched group names, once. */
function pushKnownCities(pattern: RegExp, clause: string, cities: PlaceMention[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
    const city = match[1] ?? match[2] ?? '';
    if (isKnownCity(city) && !cities.some((known) => known.value === city)) cities.push({ value: city, text: city, index: match.index + match[0].indexOf(city) });
  }
}

/** Cities where a clause says a meeting took place. */
export function findCities(clause: string, venues: PlaceMention[], aboutMeeting = false, learned: RegExp | null = null): PlaceMention[] {
  if (!aboutMeeting && !MEETING_WORDS.test(clause) && venues.length === 0 && !/\b(?:put forward|discussed|agreed|reached)\b/i.test(clause)) return [];
  if (isTravelClause(clause)) return [];
  const cities: PlaceMention[] = [];
  CITY_RE.lastIndex = 0;
  for (let match = CITY_RE.exec(clause); match; match = CITY_RE.exec(clause)) {
    const city = match[1] ?? '';
    const prep = /^\w+/.exec(match[0])?.[0].toLowerCase() ?? '';
    if (!isKnownCity(city)) continue;
    const before = clause.slice(0, match.index + prep.length + 1);
    // "though possibly not in Muscat": a place the meeting is said not to be.
    if (/\bnot\s*$/i.test(clause.slice(0, match.index))) continue;
    const afterVenue = venues.some((venue) => venue.index + venue.text.length <= match.index && match.index - (venue.index + venue.text.length) <= 2);
    if (!afterVenue && LOCATIVE_NOT_MEETING.test(before)) continue;
    if (prep === 'in' && SEAT_OF_GOVERNMENT_BEFORE.test(clause.slice(Math.max(0, match.index - 80), match.index + 3))) continue;
    // "In Pretoria, the Foreign Ministry said its delegation would report back": where a government spoke from, not where the talks met.
    if (prep === 'in' && /^\W*$/.test(clause.slice(0, match.index)) && HOME_VOICE_AFTER.test(clause.slice(match.index + match[0].length))) continue;
    // "led a delegation to Sanaa": where a delegation went for the meeting is where it met.
    const lead = clause.slice(Math.max(0, match.index - 60), match.index + match[0].indexOf(prep));
    const delegationTo = prep === 'to' && (DELEGATION_TO_BEFORE.test(lead) || (RETURN_TO_BEFORE.test(lead) && FOR_TALKS_AFTER.test(clause.slice(match.index + match[0].length))));
    // "at a hotel on the outskirts of Lima": a meeting on a city's edge is placed in it.
    const outskirts = prep === 'of' && /\b(?:outskirts|suburbs|edge)\s+of\s*$/i.test(before);
    if ((prep === 'to' || prep === 'of') && !delegationTo && !outskirts && !/\b(?:capital|city|port|resort|town)\b/.test(match[0])) continue;
    cities.push({ value: city, text: city, index: match.index + match[0].length - city.length });
  }
  // "a second round of Jeddah talks", "the Doha negotiations": a city named before the word for the talks is where they met.
  if (/\b(?:talks|negotiations|consultations)\b/.test(clause)) pushKnownCities(CITY_BEFORE_TALKS, clause, cities);
  // "Baghdad hosted the first round": a city that hosted the meeting is where it met.
  if (clause.includes('hosted')) pushKnownCities(HOST_CITY_RE, clause, cities);
  // "at Anwar's residence in Putrajaya": the place right after a named venue is its city, even one no list knows.
  for (const venue of venues) {
    const town = baseTown(venue.text);
    if (town && !cities.some((known) => known.value === town)) cities.push({ value: town, text: town, index: venue.index + venue.text.indexOf(town) });
    const rest = clause.slice(venue.index + venue.text.length);
    // "the headquarters of the UN Interim Force in Lebanon (UNIFIL) in Naqoura": the country and acronym end the body's name.
    const named = /^\s+in\s+(\p{Lu}[\p{L}-]+)\s*\([^)]{1,20}\)/u.exec(rest);
    const skip = named?.[1] && (COUNTRY_NAMES.includes(named[1]) || canonicalParty(named[1])) ? named[0].length : 0;
    const after = /^\s+in\s+(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)(?=[\s,.;)]|$)/u.exec(rest.slice(skip));
    const city = after?.[1];
    if (!city || cities.some((known) => known.value === city) || COUNTRY_NAMES.includes(city)) continue;
    // "in Saint Vincent and the Grenadines", "in Trinidad and Tobago": the first words of a country's name.
    if (/^\s+and\s+(?:the\s+)?\p{Lu}/u.test(rest.slice(skip + after[0].length))) continue;
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(city)) continue;
    cities.push({ value: city, text: city, index: venue.index + venue.text.length + skip + after[0].length - city.length });
  }
  // "the Chinese city of Kunming", "in Kunming, Southwest China's Yunnan Province": the words say it is a city, known or not.
  for (const match of clause.matchAll(DESCRIBED_CITY_RE)) {
    const city = match[1] ?? match[2] ?? '';
    if (!city || cities.some((known) => known.value === city) || canonicalParty(city)) continue;
    cities.push({ value: city, text: city, index: match.index + match[0].indexOf(city) });
  }
  // "The negotiators met in the town of Arica": a town named as such where the clause's meeting happened, known or not.
  for (const match of clause.matchAll(BARE_TOWN_RE)) {
    const town = match[1]!;
    if (cities.some((known) => known.value === town) || canonicalParty(town) || !MET_THERE_BEFORE.test(clause.slice(0, match.index))) continue;
    cities.push({ value: town, text: town, index: match.index + match[0].length - town.length });
  }
  CITY_WITH_COUNTRY_RE.lastIndex = 0;
  for (let match = CITY_WITH_COUNTRY_RE.exec(clause); match; match = CITY_WITH_COUNTRY_RE.exec(clause)) {
    const city = match[1] ?? '';
    if (cities.some((known) => known.value === city) || /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(city)) continue;
    // "talks in Switzerland, Iran and six powers agreed": a country, then the clause's subject, is no town and its country.
    if (COUNTRY_NAMES.includes(city) || (canonicalParty(city) !== null && !isKnownCity(city))) continue;
    cities.push({ value: city, text: city, index: match.index + match[0].indexOf(city) });
  }
  // "signed at the Vatican", "talks in Monaco": a city-state is its own capital.
  for (const match of clause.matchAll(CITY_STATE_RE)) {
    // A capital any list knows by the words written ("in Djibouti") is read above, with its checks.
    const state = isKnownCity(match[1]!) ? null : canonicalParty(match[1]!);
    if (!state || capitalOf(state) !== state || cities.some((known) => known.value === state)) continue;
    cities.push({ value: state, text: match[1]!, index: match.index + match[0].length - match[1]!.length });
  }
  NEAR_CITY_RE.lastIndex = 0;
  for (let match = NEAR_CITY_RE.exec(clause); match; match = NEAR_CITY_RE.exec(clause)) {
    const city = match[1] ?? '';
    if (!isKnownCity(match[2] ?? '') || cities.some((known) => known.value === city) || canonicalParty(city) || COUNTRY_NAMES.includes(city)) continue;
    cities.push({ value: city, text: city, index: match.index + match[0].indexOf(city) });
  }
  if (learned) {
    learned.lastIndex = 0;
    for (let match = learned.exec(clause); match; match = learned.exec(clause)) {
      const city = match[1] ?? '';
      if (cities.some((known) => known.value === city) || LOCATIVE_NOT_MEETING.test(clause.slice(0, match.index + 3))) continue;
      cities.push({ value: city, text: city, index: match.index + match[0].length - city.length });
    }
  }
  CAPITAL_RE.lastIndex = 0;
  for (let match = CAPITAL_RE.exec(clause); match; match = CAPITAL_RE.exec(clause)) {
    const capital = capitalOf(match[1] ?? '');
    if (capital && !cities.some((city) => city.value === capital)) cities.push({ value: capital, text: match[0].replace(/^in\s+/, ''), index: match.index + 3 });
  }
  // "met in the Gomel region", "travelled to the Gorongosa mountains for the meeting": with no town named, the area's name places it.
  if (cities.length === 0 && /\b(?:region|mountains|hills|district)\b/.test(clause)) {
    for (const match of clause.matchAll(AREA_RE)) {
      const area = match[1] ?? '';
      // "in the Maryland mountains": a state of a federation is no town.
      if (canonicalParty(area) || COUNTRY_NAMES.includes(area) || isUsState(area) || AREA_NOT_MEETING.test(clause.slice(Math.max(0, match.index - 40), match.index))) continue;
      cities.push({ value: area, text: area, index: match.index + match[0].indexOf(area) });
      break;
    }
  }
  // "signed at the Palais des Nations": a landmark said without its city still places the meeting there.
  if (cities.length === 0) {
    for (const venue of venues) {
      const city = landmarkCity(venue.text);
      if (city) cities.push({ value: city, text: venue.text, index: venue.index });
    }
  }
  return withoutEarlierDeals(clause, cities);
}

const AREA_RE = /\b(?:in|to|at)\s+(?:the|\p{Lu}[\p{L}-]+['’]s)\s+(?:(?:remote|central|southern|northern|eastern|western)\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:region|mountains|hills|district)\b/gu;
// "the war in the Donbas region": an area named for what happens there, not for where anyone met.
const AREA_NOT_MEETING = /\b(?:war|fighting|conflict|offensive|situation|troops|forces|shelling|attacks?|crisis|clashes|violence|front|insurgency|occupation|control)\b[^,;]{0,30}$/i;

// Landmarks that talks are held in and that reports name without their city ("at the Palais des Nations").
const LANDMARK_CITIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bPalais des Nations\b|\bPalais Wilson\b|\bEuropean (?:headquarters|HQ)\b/i, 'Geneva'],
  [/\bPalais Coburg\b|\bHofburg\b/i, 'Vienna'],
  [/\bDolmabah[cç]e\b|\b[CÇ]ira[gğ]an Palace\b/i, 'Istanbul'],
  [/\bLancaster House\b|\bDowning Street\b|\bChequers\b/i, 'London'],
  [/\bKremlin\b/i, 'Moscow'],
  [/\bWhite House\b|\bBlair House\b/i, 'Washington'],
  [/\bApostolic Palace\b|\bSistine Chapel\b/i, 'Vatican City'],
  [/\b[EÉ]lys[eé]e\b|\bQuai d['’]Orsay\b/i, 'Paris'],
  [/\bVilla Madama\b|\bFarnesina\b/i, 'Rome'],
  [/\bDiaoyutai\b|\bGreat Hall of the People\b|\bZhongnanhai\b/i, 'Beijing'],
  [/\bRosenbad\b/i, 'Stockholm'],
];

/** The city of a well-known landmark the venue names; null for any other building. */
export function landmarkCity(venue: string): string | null {
  for (const [pattern, city] of LANDMARK_CITIES) if (pattern.test(venue)) return city;
  return null;
}

// "the ceasefire agreed in Doha", "the truce brokered in Cairo": a deal named by where it was struck before.
const EARLIER_DEAL_BEFORE = /\b(?:ceasefire|truce|deal|agreement|accord|declaration|framework|understanding)\s+(?:(?:first|originally|previously|earlier|already)\s+)?(?:agreed|reached|signed|brokered|struck|sealed|concluded)\s+(?:(?:earlier|last\s+\w+)\s+)?in\s+$/i;

/** With two places in one clause, the one that only names where an earlier deal was struck is not where this meeting met. */
function withoutEarlierDeals(clause: string, cities: PlaceMention[]): PlaceMention[] {
  if (new Set(cities.map((city) => city.value)).size < 2) return cities;
  const kept = cities.filter((city) => !EARLIER_DEAL_BEFORE.test(clause.slice(Math.max(0, city.index - 80), city.index)));
  return kept.length > 0 ? kept : cities;
}
