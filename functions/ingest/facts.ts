// Classifies a clause as an agreement, proposal, concern, statement, next step or context, and phrases it as one attribution-free sentence.
import type { FactKind, FactObservation } from '../core/types.ts';
import { canonicalParty, findPartyMentions, partyInSentence } from './parties.ts';

export interface FactContext {
  /** Actors of the previous clause, for "…rejected the demand and proposed…" where the second verb has no subject. */
  previousActors?: string[];
  /** Parties of the negotiation, for "the two sides". */
  parties: string[];
  /** Full names by lower-case surname, for "Darchiev said". */
  people: Map<string, string>;
  /** Who a section heading says is speaking ("Statements by Darchiev"). */
  sectionSpeaker: string | null;
}

interface VerbRule {
  kind: FactKind | 'EMPHASIS';
  re: RegExp;
}

// Each rule's earliest match in a clause decides its kind; the subject is what precedes it.
const VERB_RULES: VerbRule[] = [
  { kind: 'AGREEMENT', re: /\b(?:agreed|agrees|agree|agreement|agreements|signed|signs|decided|decide|approved|endorsed|committed to|consented|settled on|finalized|finalised|struck|sealed|clinched|reached (?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:agreement|understanding|deal|consensus|accord|compromise|breakthrough)|understanding (?:has|had|was|have) (?:been )?reached|(?:an?\s+)?understanding was reached|accepted (?:the|a|an)\s+(?:\w+\s+)?(?:proposal|offer|plan|deal|terms))\b/u },
  { kind: 'AGREEMENT', re: /\bexchanged\b(?!\s+(?:views|opinions|ideas|accusations|fire|blows|barbs|positions|assessments|greetings))/ },
  { kind: 'PROPOSAL', re: /\b(?:propos(?:ed|es|e)|(?:made|submitted|presented|tabled|offered) (?:a |an |the |its |their )?(?:new |fresh |draft )?proposals?|urged|urges|urging|called for|calls for|calling for|call for|suggested|suggests|encouraged|encourages|offered|offers|pressed for|pushed for|asked (?:the|for|that|washington|moscow)|invited|put forward|floated|requested|sought|advocated|recommended|appealed)\b/ },
  { kind: 'CONCERN', re: /\b(?:concerns?|concerned|complain\w*|demand\w*|insist\w*|raised the (?:issue|question|matter|problem|case|subject)|raised (?:objections?|alarm)|protest\w*|objected|objections?|warned|warns|criticiz\w*|criticis\w*|condemn\w*|accused|accuses|grievances?|rejected|rejects|refused|reiterated)\b/ },
  { kind: 'EMPHASIS', re: /\b(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underscores|underlined|highlighted|stated|noted|pointed to) (?:the )?(?:need|priority|importance|necessity|urgency)\b/ },
];
const ADVOCACY = /^(?:a|an|the)\s+(?:resumption|restoration|restoring|return|reopening|lifting|easing|expansion|resuming|relaunch|normali[sz]ation)\s+of\b.*\b(?:would|will|could)\s+(?:help|allow|contribute|benefit|boost|serve)\b/i;
const NEXT_STEP_STRONG = /\b(?:next (?:round|meeting|session|talks|consultations|steps?)|follow-up (?:meeting|talks|round|session|consultations)|meet again|reconvene|to be determined|under coordination|by the end of|working groups? (?:will|would)|experts? (?:will|would)|technical teams? (?:will|would)|timing of the next|date of the next|agreed to (?:hold|meet)\b|will (?:hold|resume) (?:the |their )?(?:talks|negotiations|consultations|round)|(?:talks|negotiations|consultations|dialogue) (?:will|would) (?:continue|resume|go on))\b/;
const NEXT_STEP_WEAK = /\b(?:will|shall|plan to|plans to|intend to|intends to)\b/;
const CONTEXT_CUE = /\b(?:agenda|focus(?:ed|ing|es)? on|primary focus|main focus|concentrated on|centered on|centred on|discuss(?:ed|es|ing)?|talked about|in recent years|over the past|for (?:years|decades|months)|since (?:\d{4}|the|assuming|taking|january|february|march|april|may|june|july|august|september|october|november|december)|history|historically|have (?:repeatedly|long)|comes? (?:after|amid|as)|came (?:after|amid)|amid|relations (?:have|had|between)|severed|broke off|aimed at|limited (?:strictly )?to|expelled|in \d{4})\b/;

// Verbs that report speech whatever follows; "stated the need" or "noted progress" report content, so those need "that".
const SAY_THAT = '(?:stated|noted|highlighted|indicated|detailed|reported)';
const SAY = '(?:said|says|stated|added|detailed|noted|reported|indicated|announced|confirmed|claimed|highlighted|told (?:reporters|journalists|a news conference|a press conference|state (?:tv|television|media)|[\\p{L}]+(?: [\\p{L}]+){0,3}?)|issued a statement (?:indicating|saying|stating)|shared with reporters|wrote|posted|explained|quoted [\\p{L} ]+ as saying)';
const TRAILING_ATTRIBUTION = new RegExp(`^(.*?)(?:,|["”],?)\\s+(?:according to ([^,.]+?)|((?:the|a|an|its|his|her|their)?\\s*[\\p{L}'’ .-]{0,70}?)\\s+${SAY}(?:\\s+(?:in|on|at|via|after|following)\\s+(?:a|an|the|its|their)?\\s*[\\p{L} ]{1,30}?)?(?:\\s+on\\s+\\w+|\\s+\\p{Lu}\\p{Ll}+day|\\s+afterward|\\s+later)?|${SAY}\\s+([\\p{L}'’ .-]{2,70}?))\\.?["”]?$`, 'u');
const LEADING_ATTRIBUTION = new RegExp(`^(?:(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Ii]n|[Aa]t)\\s+[^,"“]{0,80},\\s+)?((?:the\\s+|The\\s+)?[\\p{L}'’ .-]{2,90}?)\\s+(?:also\\s+|further\\s+|later\\s+)?${SAY}(?:\\s+(?:in|on|at|via)\\s+(?:a|an|the|its|their)\\s+[\\p{L} ]{1,30}?)?(?:\\s+on\\s+\\w+)?,?\\s+(?:that\\s+)?(?=\\S)`, 'u');
const LEADING_NEEDS_THAT = new RegExp(`\\s${SAY_THAT}(?:\\s+(?:in|on|at|via)\\s+(?:a|an|the|its|their)\\s+[\\p{L} ]{1,30}?)?(?:\\s+on\\s+\\w+)?,?\\s+$`, 'u');
const ACCORDING_LEAD = /^(?:according to|as reported by|citing)\s+([^,]+),\s+/i;
const STATEMENT_LEAD = /^in (?:a|an|the|its|their|his|her) (?:joint )?(?:statement|press release|readout|communiqu[eé]|remarks),\s+/i;

interface Attribution {
  content: string;
  /** Who the clause is attributed to, most specific first (the lead-in "Darchiev told reporters" before "according to TASS"). */
  speakerPhrases: string[];
}

function stripAttribution(clause: string): Attribution {
  let content = clause.trim().replace(/^(?:while|whereas|as|but|and)\s+/i, '');
  const trailingPhrases: string[] = [];
  const leadingPhrases: string[] = [];
  // "“…,” the statement said." / "…, according to TASS."
  const trailing = TRAILING_ATTRIBUTION.exec(content);
  if (trailing?.[1] && trailing[1].split(/\s+/).length >= 4) {
    const phrase = (trailing[2] ?? trailing[3] ?? trailing[4] ?? '').trim();
    if (phrase.split(/\s+/).length <= 10 && !/\b(?:that|which|because)\b/.test(phrase)) {
      content = trailing[1];
      if (phrase) trailingPhrases.push(phrase);
    }
  }
  const according = ACCORDING_LEAD.exec(content);
  if (according) {
    if (according[1]) trailingPhrases.push(according[1]);
    content = content.slice(according[0].length);
  }
  content = content.replace(STATEMENT_LEAD, '');
  const leading = LEADING_ATTRIBUTION.exec(content);
  // A lead-in that already states a demand or an agreement is the fact itself, not its attribution.
  if (leading?.[1] && !/["“]/.test(leading[1]) && leading[1].split(/\s+/).length <= 12 && earliestVerb(leading[1]) === null) {
    const rest = content.slice(leading[0].length);
    const needsThat = LEADING_NEEDS_THAT.test(leading[0]) && !/\bthat\s+$/.test(leading[0]);
    if (rest.split(/\s+/).length >= 3 && !needsThat) {
      leadingPhrases.push(leading[1]);
      content = rest;
    }
  }
  content = content
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/^[\s,"“”]+|[\s,"“”]+$/g, '')
    .replace(/\s+/g, ' ');
  return { content, speakerPhrases: [...leadingPhrases, ...trailingPhrases] };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinNames(names: string[]): string {
  const phrased = names.map(partyInSentence);
  if (phrased.length <= 1) return phrased[0] ?? '';
  return `${phrased.slice(0, -1).join(', ')} and ${phrased[phrased.length - 1]}`;
}

const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|abu)[-\s])?\p{Lu}[\p{L}'’-]+){0,3}/gu;

/** People named in a phrase, resolved to full names when the article gave one. */
function peopleIn(phrase: string, context: FactContext): string[] {
  const people: string[] = [];
  NAME_RUN.lastIndex = 0;
  for (let match = NAME_RUN.exec(phrase); match; match = NAME_RUN.exec(phrase)) {
    const words = match[0].split(/\s+/);
    for (let i = 0; i < words.length; i += 1) {
      const tail = words.slice(i).join(' ');
      const full = context.people.get(tail.toLowerCase()) ?? [...context.people.values()].find((name) => name === tail);
      if (full) {
        if (!people.includes(full)) people.push(full);
        break;
      }
    }
  }
  return people;
}

function partiesIn(phrase: string): string[] {
  const parties: string[] = [];
  for (const mention of findPartyMentions(phrase)) if (!mention.isPlace && !parties.includes(mention.party)) parties.push(mention.party);
  return parties;
}

const BOTH_SIDES = /\b(?:the two sides|both sides|the sides|both countries|the two countries|both delegations|the two delegations|the delegations|both parties|the parties|the two parties|they|both)\b/i;
const SUBJECT_FILLER = /\b(?:the|and|two|both|sides?|delegations?|teams?|countries|country|officials|negotiators|diplomats|representatives|also|have|has|had|further|then|later|on|its|their|,)\b/gi;
const PRONOUN_SUBJECT = /^(?:it|they|we|he|she)\b/i;

function speakerOf(phrase: string | null, context: FactContext): string | null {
  if (!phrase) return null;
  const people = peopleIn(phrase, context);
  if (people[0]) return people[0];
  // "…," He told a press conference: a capitalized given or family name after the quote is a person, not a pronoun.
  const single = /^\p{Lu}[\p{L}'’-]+$/u.exec(phrase.trim());
  if (single) {
    const match = [...context.people.values()].find((name) => name.split(/\s+/).includes(single[0]));
    if (match) return match;
  }
  const names = phrase.match(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u);
  if (names && !canonicalParty(names[0]) && !/\b(?:Ministry|Department|Office|Agency|News|Statement|Embassy|Consulate|House|Kremlin)\b/.test(names[0])) return names[0];
  const parties = partiesIn(phrase);
  if (parties[0]) return parties[0];
  return null;
}

function earliestVerb(content: string): { kind: FactKind | 'EMPHASIS'; index: number } | null {
  const lower = content.toLowerCase();
  let best: { kind: FactKind | 'EMPHASIS'; index: number } | null = null;
  for (const rule of VERB_RULES) {
    const match = rule.re.exec(lower);
    if (match && (!best || match.index < best.index)) best = { kind: rule.kind, index: match.index };
  }
  return best;
}

const CONNECTIVE_LEAD = /^(?:additionally|moreover|furthermore|meanwhile|however|separately|in addition|also|further|at the same time|in turn)\s*,?\s+/i;
const GENERIC_ACTORS = /^(?:the\s+)?(?:officials|negotiators|delegates|delegations|diplomats|representatives|mediators?)\b/i;
const FINITE_VERB = /\b(?:will|shall|would|have|has|had|discussed|are|is|were|was|\p{Ll}{3,}ed)\b/u;
const SECONDHAND = /\b(?:quoted (?:a|an|unnamed|two|several) (?:sources?|officials?|diplomats?)|a source|sources (?:said|say|told)|reports? (?:said|indicated|suggested))\b/i;

/** A fact from one clause, or null when the clause states no agreement, proposal, concern, quote, next step or context. */
export function factOfClause(clause: string, sentence: string, context: FactContext, plansNextMeeting = false): FactObservation | null {
  const attribution = stripAttribution(clause);
  const speakerPhrase = attribution.speakerPhrases[0] ?? null;
  // Quote marks and lead-in adverbs only get in the way of finding the subject.
  const content = attribution.content.replace(/["“”]/g, '').replace(CONNECTIVE_LEAD, '').replace(/\s+/g, ' ').trim();
  if (content.split(/\s+/).length < 4) return null;
  const lower = content.toLowerCase();
  const speaker = attribution.speakerPhrases.map((phrase) => speakerOf(phrase, context)).find((found) => found !== null) ?? null;
  const verb = earliestVerb(content);
  let kind: FactKind | null = null;
  const firstFinite = FINITE_VERB.exec(content)?.index ?? 0;
  const subjectEnd = verb ? (/\b(?:will|shall)\b/.test(content.slice(firstFinite, verb.index)) ? firstFinite : verb.index) : firstFinite;
  const subject = content.slice(0, subjectEnd).trim();

  // Agreeing on the next meeting is a next step; proposing or objecting stays what it is.
  const nextStep = NEXT_STEP_STRONG.test(lower) || plansNextMeeting;
  const willFirst = /\b(?:will|shall)\b/.exec(lower);
  if (nextStep && (!verb || verb.kind === 'AGREEMENT' || verb.kind === 'EMPHASIS' || (willFirst !== null && willFirst.index < verb.index))) kind = 'NEXT_STEP';
  else if (verb) kind = verb.kind === 'EMPHASIS' ? null : verb.kind;
  else if (ADVOCACY.test(content)) kind = 'PROPOSAL';
  else if (NEXT_STEP_WEAK.test(lower) && (partiesIn(subject).length > 0 || BOTH_SIDES.test(subject))) kind = 'NEXT_STEP';

  // Who acts: the subject's parties or people, "the two sides", the speaker for "it"/"we", the agent of a passive.
  let actors: string[] = [];
  const verbFirst = verb !== null && verb.index === 0 && /^\p{Ll}/u.test(content);
  if (verbFirst && context.previousActors?.length) actors = [...context.previousActors];
  if (actors.length === 0 && PRONOUN_SUBJECT.test(subject)) {
    const stated = speaker ?? context.sectionSpeaker;
    if (stated) actors = [stated];
  }
  if (actors.length === 0 && subject) actors = [...partiesIn(subject), ...peopleIn(subject, context)];
  if (actors.length === 0 && subject && (BOTH_SIDES.test(subject) || GENERIC_ACTORS.test(subject))) actors = [...context.parties];
  if (actors.length === 0) {
    const agent = /\bby\s+(?:the\s+)?([\p{L}'’ .-]{2,40}?)(?=[\s,.;]|$)/u.exec(content.slice(verb?.index ?? 0));
    if (agent?.[1]) actors = [...partiesIn(agent[1]), ...peopleIn(agent[1], context)];
  }
  if (actors.length === 0 && speaker) actors = [speaker];
  if (actors.length === 0 && context.sectionSpeaker) actors = [context.sectionSpeaker];
  if (actors.length === 0) actors = partiesIn(content).slice(0, 2);

  if (verb?.kind === 'EMPHASIS' && kind === null) kind = actors.length >= 2 ? 'AGREEMENT' : 'CONCERN';

  const hasQuote = /["“”]/.test(clause);
  const personSpeaker = speaker && !canonicalParty(speaker) ? speaker : null;
  if (!kind && hasQuote && !SECONDHAND.test(clause) && (personSpeaker || speaker)) kind = 'STATEMENT';
  if (!kind && CONTEXT_CUE.test(lower)) kind = 'CONTEXT';
  if (!kind && context.sectionSpeaker && verb === null && !/\b(?:lasted|took place|was held|were held|led|headed)\b/.test(lower)) kind = 'STATEMENT';
  if (!kind) return null;
  if (kind !== 'STATEMENT' && actors.length === 0) actors = [...context.parties];

  let text: string;
  if (kind === 'STATEMENT') {
    const who = speaker ?? context.sectionSpeaker ?? 'A source';
    const quoted = /["“]([^"”]+)["”]/.exec(clause)?.[1]?.replace(/[,\s]+$/, '') ?? content;
    const said = capitalize(quoted.trim()).replace(/[.!?…]+$/, '');
    text = `${who} said: "${said}."`;
    actors = [who];
  } else {
    let body = content;
    // "The Russian and US delegations agreed…" → "Russia and the United States agreed…": canonical actors lead the sentence.
    if (subject && actors.length > 0) {
      const leftover = subject.replace(SUBJECT_FILLER, ' ');
      const withoutParties = findPartyMentions(leftover).reduce((rest, mention) => rest.replace(mention.text, ' '), leftover);
      const auxiliary = /\b(also|further|have|has|had|then|later)\b/i.exec(subject)?.[1];
      if (!withoutParties.trim() || PRONOUN_SUBJECT.test(subject)) {
        body = `${joinNames(actors)}${auxiliary ? ` ${auxiliary.toLowerCase()}` : ''} ${body.slice(subject.length).trim()}`;
      }
    } else if (verbFirst && actors.length > 0) {
      body = `${joinNames(actors)} ${body}`;
    } else if (kind === 'PROPOSAL' && !verb && actors[0]) {
      // "A resumption of direct flights would help…" under "Statements by X": X said so.
      body = `${partyInSentence(actors[0])} said ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
    }
    text = `${capitalize(body.trim()).replace(/[.,;:\s]+$/, '')}.`;
  }
  return { kind, text, actors, quote: sentence, ...(kind === 'STATEMENT' ? { speaker: actors[0] ?? null } : {}) };
}

/** "Statements by Darchiev", "US comments": who a section heading gives the floor to. */
export function headingSpeaker(heading: string, context: FactContext): string | null {
  const by = /^(?:statements?|comments?|remarks?|quotes?|what [\p{L} ]+ said)\s+(?:by|from|of)\s+(.+)$/iu.exec(heading.trim());
  const own = /^(.+?)(?:['’]s?)?\s+(?:statements?|comments?|remarks?|position|view|side)$/iu.exec(heading.trim());
  const phrase = by?.[1] ?? own?.[1] ?? null;
  return speakerOf(phrase, context) ?? (phrase && /^\p{Lu}[\p{L}'’-]+$/u.test(phrase) ? phrase : null);
}
