// Classifies a clause as an agreement, proposal, concern, statement, next step or context, and phrases it as one sentence:
// attribution-free, except a statement, which keeps who said it.
import type { FactKind, FactObservation } from '../core/types.ts';
import { canonicalParty, findPartyMentions, partyInSentence } from './parties.ts';
import { articleMemo } from './memo.ts';

export interface FactContext {
  /** Actors of the previous clause, for "…rejected the demand and proposed…" where the second verb has no subject. */
  previousActors?: string[];
  /** Parties of the negotiation, for "the two sides". */
  parties: string[];
  /** Full names by lower-case surname, for "Darchiev said". */
  people: Map<string, string>;
  /** Who a section heading says is speaking ("Statements by Darchiev"). */
  sectionSpeaker: string | null;
  /** Who spoke last and how many clauses ago, for "he said" and a quote that runs on; kept up by factOfClause. */
  recentSpeaker?: { name: string; age: number } | null;
  /** The previous clause's subject as written, for "…and agreed to continue the dialogue"; kept up by factOfClause. */
  previousSubject?: string | null;
  /** The previous clause up to its undertaking verb ("Both parties agreed"), for a cut-off "…, and to hold a meeting"; kept up by factsOfClause. */
  previousUndertaking?: { lead: string; sentence: string } | null;
}

type VerbKind = FactKind | 'EMPHASIS';

interface VerbRule {
  kind: VerbKind;
  /** Global, matched against the lower-cased clause. */
  re: RegExp;
  /** A cheap test the clause must pass before `re`, whose lookbehinds are tried at every position, is run at all. */
  gate?: RegExp;
}

// Every rule's first valid match in a clause competes; the earliest decides the kind and the subject is what precedes it.
const VERB_RULES: VerbRule[] = [
  {
    kind: 'AGREEMENT',
    re: /\b(?:agreed|agrees|agree|agreeing (?:in principle )?(?:to|on|that)|signed|signs|decided|decide|approved|endorsed|consented|settled on|finalized|finalised|struck|sealed|clinched|pledged|pledge (?:not )?to|promised (?:not )?to|vowed (?:not )?to|undertook (?:not )?to|(?:had|has|have) undertaken (?:not )?to|gave (?:their|its|his|her) (?:consent|approval|assent|blessing|green light)|committed (?:themselves |itself )?(?:not )?to|commit (?:themselves |itself )?(?:not )?to|(?:re)?affirmed (?:their|its|a|the)\s+(?:[\p{L}-]+\s+)?(?:commitment|adherence)|(?:reaffirmed|reiterated) (?:(?:their|its|the|all|past|previous|earlier|existing|prior|signed)\s+)*(?:agreements?|accords?|agreement to|declarations?)|confirmed (?:their|its) agreement to|reaffirmed (?:[\p{L}-]+\s+){0,4}?(?:declaration|agreement|accord|communiqu[eé]|protocol)s?|adopted (?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:declaration|statement|agreement|communiqu[eé]|road ?map|resolution|plan|document|memorandum|framework)|reached (?!(?:an?\s+|the\s+)?(?:better|greater|clearer|deeper|fuller)\b)(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:agreement|understanding|deal|consensus|accord|compromise|breakthrough|framework|truce|ceasefire)s?|(?:understanding|agreement|consensus|deal)s? (?:has|had|was|were|have) (?:been )?reached|accepted (?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:proposal|offer|plan|deal|terms)|(?:(?:is|are|was|were|stands?|stood|remains?|remained) (?:ready|prepared|willing) to )?(?:accept|accepts|accepting|support|supports|supported|supporting|back|backs|backed|backing|endorse|endorses|endorsing)\s+(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,2}?(?:proposal|offer|plan|initiative)\b(?!\s+(?:to|for)\s+(?:hold|resume|meet|a\s+meeting|talks|negotiations))|(?:produced|yielded|ended with|closed with|concluded with|with) (?:a|an) (?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord)s? (?:on|to|for|that)|(?<=,\s)signing (?:a|an|two|three|four|several|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreements?|accords?|deals?|declarations?|memorand(?:um|a)|protocols?)|commits(?<=\b(?:it|deal|agreement|accord|document|text|protocol)\scommits)\s+(?:[\p{L}-]+\s+){1,3}?to\b|(?:declared|declare|declares|announced|announce|announces|proclaimed|establishes|established|provides for|provided for)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|cessation of hostilities|armistice)|(?:produced|yielded|resulted in) (?:a|an)\s+(?:[\p{L}\d,-]+\s+){0,3}?(?:(?:prisoner|hostage|detainee)s? (?:exchange|swap|release)|exchange of (?:prisoners|detainees|hostages)|ceasefire|truce|pledge))\b/gu,
  },
  // "The two sides concluded a draft memorandum", "negotiators hammered out a deal": a verb of achievement whose object is a
  // deal ("brokered" is left out: "a UN-brokered truce" is an adjective).
  {
    kind: 'AGREEMENT',
    re: /\b(?<!-)(?:concluded|hammered out|worked out|initial(?:l)?ed|forged|secured|nailed down|thrashed out)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:agreements?|deals?|accords?|memorand(?:um|a)|understanding|truce|ceasefire|cease-fire|pact|treaty|compromise|framework|protocol)\b|\b(?<!-)initial(?:l)?ed\s+(?:the|a|both|all|two|three)\s+(?:[\p{L}-]+\s+){0,2}?(?:texts?|documents?|drafts?)\b/gu,
  },
  // "At the second round the two sides set up three sub-committees": a body both sides create together is what they agreed.
  {
    kind: 'AGREEMENT',
    re: /(?=set up|established|created|formed|launched)(?<=\b(?:the two sides|both sides|the sides|both parties|the parties|the two parties|both delegations|the two delegations|they)\s+(?:also\s+|jointly\s+)?)(?:set up|established|created|formed|launched)\s+(?=(?:a|an|the|two|three|four|five|six|several|joint|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:committees?|sub-?committees?|commissions?|mechanisms?|working groups?|task forces?|hotlines?|bodies|panels?|secretariats?)\b)/gu,

    gate: /set up|established|created|formed|launched/,
  },
  // "The agreement also provides for …": what the text agreed in these talks says.
  // "The framework lays out eight protocols", "Under a first phase lasting 42 days, …", "Its first phase is to see …": the terms.
  // "The agreement on oil provides for …", "The accords include …", "The package of nine agreements, headed by …, covers …":
  // the noun may be plural, carry a short "on/for/of …" phrase, or an aside between commas.
  { kind: 'AGREEMENT', re: /(?=(?:provides?|includes?|stipulates?|establish(?:es)?|envisages?|sets out|lays out|spells out|outlines|calls? for|commits|requires?|foresees|obliges|covers?|contains?|paves? the way for|allows? for|recogni[sz]es|confirms|grants|guarantees|assures|draws (?:an?|the)\s+(?:new\s+)?(?:[\p{L}-]+\s+)?(?:boundary|border|line|frontier)|fixes|defines|delimits|demarcates|creates|sets up|bars|bans|limits)\b)(?<=\b(?:agreements?|deals?|accords?|declarations?|document|text|memorand(?:um|a)|communiqu[eé]s?|truce|pacts?|treat(?:y|ies)|conventions?|framework|ceasefire|protocols?|road ?map|package)(?:\s+(?:on|for|over|of|between|with)\s+[\p{L}\d'’ -]{1,40}?|,\s+[^,;"“”]{2,100}?,)?\s+(?:also\s+)?)(?:provides?|includes?|stipulates?|establish(?:es)?|envisages?|sets out|lays out|spells out|outlines|calls? for|commits|requires?|foresees|obliges|covers?|contains?|paves? the way for|allows? for|recogni[sz]es|confirms|grants|guarantees|assures|draws (?:an?|the)\s+(?:new\s+)?(?:[\p{L}-]+\s+)?(?:boundary|border|line|frontier)|fixes|defines|delimits|demarcates|creates|sets up|bars|bans|limits)\b|^(?:among\s+)?(?:its|the (?:deal|agreement|accord|text|document)['’]s)\s+(?:[\p{L}-]+\s+)?(?:components|provisions|terms|elements|clauses|points)\s+(?:are|were|include|included)\b|^under (?:the|this|that|its|a|an|these|those) (?:(?:first|second|third|initial|final|opening)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:agreements?|deals?|accords?|declarations?|arrangements?|framework|terms|text|phase|stage|truce|ceasefire|pacts?|treat(?:y|ies)|protocols?|memorand(?:um|a)|compromise|conventions?|settlement)\b|^(?:its|the deal's|the agreement's|the truce's|the ceasefire's) (?:first|second|third|initial|final|opening) (?:phase|stage)\b/gu,
    gate: /provide|include|stipulat|establish|envisage|sets out|lays out|spells out|outlines|call|commits|require|foresees|obliges|cover|contain|paves|allow|recogni|confirms|grants|guarantees|assures|draws|fixes|defines|delimits|demarcates|creates|sets up|bars|bans|limits|^(?:among|its|under|the (?:deal|agreement|accord|text|document|truce|ceasefire)['’]s)\b/ },
  // "The truce is due to begin on Sunday", "the ceasefire would take effect on Sunday", "the agreement and its annex will become
  // part of …": when and how the deal applies is one of its terms.
  { kind: 'AGREEMENT', re: /(?=\b(?:would|will|shall|is|are|was|take|took|takes|enter|entered|enters|come|came|comes|go|went|goes|become)\b)(?<=\b(?:agreement|deal|accord|truce|ceasefire|cease-fire|pact|annex|protocol|implementation of the (?:agreement|deal|accord|truce|ceasefire))\s+(?:[\p{L}'’-]+\s+){0,6}?)(?:(?:would|will|shall|is to|are to|is due to|are due to|is set to|are set to|was due to|was set to)\s+)?(?:take effect|took effect|takes effect|enter into force|entered into force|enters into force|come into force|came into force|comes into force|go into effect|went into effect|goes into effect|become (?:an? )?(?:integral|binding))\b|(?=\b(?:will|would|is)\b)(?<=\b(?:truce|ceasefire|cease-fire|implementation of the (?:agreement|deal|accord|truce|ceasefire))\s+(?:[\p{L}'’-]+\s+){0,6}?)(?:(?:will|would|is due to|is set to|is scheduled to|is to)\s+)(?:begin|start)\b/gu,
    gate: /effect|force|integral|binding|begin|start/ },
  // "The round ended on Wednesday with the adoption of proposals on …": what a round closed on adopting is agreed.
  { kind: 'AGREEMENT', re: /\b(?:ended|closed|concluded|wrapped up|capped|crowned)(?:\s+[\p{L}\d.-]+){0,8}?\s+with (?:the )?(?:adoption|signing|approval|endorsement) of\b/gu },
  { kind: 'AGREEMENT', re: /\bexchanged\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:views|opinions|ideas|accusations|fire|blows|barbs|positions|assessments|greetings))/gu },
  // "signalled they could postpone the move if …", "signalled its readiness to …": a conditional offer is a proposal.
  {
    kind: 'PROPOSAL',
    re: /\b(?:propos(?:ed|es|e)|(?:made|submitted|presented|present|submit|tabled|offered|put forward|handed over|handed|gave|delivered|passed on|produced|drew up|drafted|set out|laid out|unveiled)\s+(?:(?:to\s+)?(?:the\s+)?[\p{L}'’-]+\s+(?:side|delegation|team|negotiators)\s+)?(?:a\s+|an\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}?(?:proposals?|suggestions?|offers?|plans?|memorandum|draft|list|road ?map|initiative|counterproposals?|framework|blueprint|package|maps?)|urged|urges|urging|(?:wants?|wanted)\s+(?:the|a|an|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:treaty|deal|agreement|accord|text|document|pact|settlement)\s+to\b|called for|calls for|calling for|call for|suggested|suggests|encouraged|encourages|offered|offers|press(?:ed|es|ing)? for|press(?:ed|es)\s+(?!(?:ahead|on|forward|home|hard|harder|by)\b)(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,3}?to\s+(?!the\b|a\b|an\b)|push(?:ed|es|ing)? for|asked (?:the|for|that)|invited|put forward|floated|requested|sought|advocated|recommended|appealed|(?:is|are|was|were|stands?|stood|remains?|remained) (?:ready|prepared|willing) to(?!\s+(?:accept|support|back|endorse)\s+(?:the|a|an)\s+(?:[\p{L}.-]+\s+){0,2}?(?:proposal|offer|plan|initiative)\b(?!\s+(?:to|for)\s+(?:hold|resume|meet|a\s+meeting|talks|negotiations)))|(?:is|are|was|were|remains?|remained) open to (?:[\p{L}-]+ing|talks|negotiations|dialogue|discussions?|compromises?|proposals?|ideas)|priorit(?:y|ies) (?:remain|remained|are|is|include|included|were)|signall?ed (?:(?:its|their|his|her) )?(?:readiness|willingness|openness)|(?:signall?ed|hinted|indicated) (?:that )?(?:they|it|he|she|we) (?:could|would|might|may|(?:were|was) (?:ready|willing|prepared) to))\b/gu,
  },
  // "a US draft, presented to both delegations on Friday", "with the mediation handing the parties a draft agreement": an
  // offer named and then said to be handed over, or handed over in a participle.
  {
    kind: 'PROPOSAL',
    re: /\b(?:drafts?|proposals?|plans?|papers?|blueprints?|road ?maps?|packages?|offers?)\s*,?\s+(?:was\s+|were\s+)?(?:first\s+)?(?:presented|submitted|handed|tabled|delivered|put forward)\s+(?:to|by)\b|\b(?:handing|presenting|submitting|tabling|delivering)\s+(?:(?:to\s+)?(?:the|both|all|each)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:draft|proposal|plan|blueprint|road ?map|package|offer)s?\b/gu,
    gate: /presented|submitted|handed|tabled|delivered|put forward|handing|presenting|submitting|tabling|delivering/,
  },
  // "The mediator handed the two negotiators a set of five names", "presented the sides with a list of options": a mediator's
  // or a side's menu of possible solutions is an offer, whoever receives it.
  {
    kind: 'PROPOSAL',
    re: /\b(?:presented|handed|put|gave|submitted|tabled|delivered|sent|showed)\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:with\s+)?(?:a|an|the|its|their|his|her|two|three|four|five|six|several|\d+)\s+(?:(?:new|revised|fresh|possible|short)\s+)?(?:set|list|series|menu|range|package|number|shortlist)\s+of\s+(?:[\p{L}\d-]+\s+){0,2}?(?:ideas|options|names|proposals|suggestions|formulas|formulations|alternatives|variants|versions|compromises|scenarios|measures)\b/gu,
    gate: /\b(?:set|list|series|menu|range|package|number|shortlist) of\b/,
  },
  // Doubts count as concerns too ("questioned the provision", "voiced scepticism"), and so does naming "the main risk".
  {
    kind: 'CONCERN',
    re: /\b(?:concerns? (?:about|over|that|regarding|on|at|were|was)|(?:expressed|voiced|raised|shared|reiterated|conveyed|underlined|stated|aired) (?:[\p{L}-]+ ){0,2}?concerns?|(?:expressed|voiced|registered|conveyed|aired) (?:its |their |his |her )?(?:deep |strong |growing )?(?:frustration|dismay|disappointment|displeasure|unhappiness|alarm|anger|reservations)\b|concerned (?:about|over|that|by|at)|complain\w*|demand\w*|insist\w*|(?:fears?|feared|worr(?:y|ies|ied)) (?:that|the|it|over|about)|raised (?!(?:hopes?|expectations|the stakes|tariffs?|duties|interest rates|rates|prices|funds|money|capital|fears|the prospects?|the possibility|the alert|the level)\b)(?:the|its|their|his|her|[\p{L}.-]+['’]s) |raised (?:objections?|alarm)|protest\w*|objected|objections?|warned|warns|criticiz\w*|criticis\w*|condemn\w*|denounc\w*|accused|blames|blamed|blaming|(?:laid|lays|put|puts|pinned|placed) (?:the )?blame|(?:reluctant|unwilling|loath) to|grievances?|(?:sticking|stuck|sticks|holding|holds|adhering|adheres) (?:firmly )?to (?:its|their|his|her) (?:position|stance|demands?)|position (?:remains|remained|is|was) (?:unchanged|that)\b|rejected|rejects|refused|(?<=['’]s )refusal|dismissed|dismisses|want(?:s|ed)? (?:the |all |an? |its |their )?(?:[\p{L}\d,'’-]+\s+){0,8}?(?:to (?:leave|go|withdraw|pull out)|gone|removed|withdrawn|scrapped|abolished|dismantled)|(?:has|have|had) no intention (?:of|to)|(?:see|sees|saw|view|views|viewed|regard|regards|regarded) (?:[\p{L}\d,'’-]+\s+){1,12}?as (?:an? )?(?:[\p{L}-]+\s+)?(?:threat|danger|provocation|obstacle)|(?:main|biggest|chief|key|major|last) (?:stumbling block|sticking point|obstacle|bone of contention|risk|threat|danger)|questioned|questions? (?:about|over)|cast doubt|(?:expressed|voiced|raised) (?:[\p{L}-]+ )?(?:doubts?|scepticism|skepticism|reservations|misgivings|opposition)|(?<!as )opposed|(?:remains?|remained) the (?:hardest|thorniest|toughest|most (?:difficult|contentious|sensitive)) (?:issue|question|problem))\b/gu,
  },
  { kind: 'EMPHASIS', re: /\b(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underscores|underlined|highlighted|stated|noted|pointed to) (?:the )?(?:need|priority|importance|necessity|urgency)\b/g },
];
// "did not agree", "nothing is agreed", "hopes to sign": an agreement that did not happen (yet).
// "is to be signed", "will be formally signed": a bare "be" before the verb puts the signing still ahead.
// "without any document being signed", "neither side has publicly accepted": a passive "being" or a "neither" subject denies it too.
const NOT_AGREED_BEFORE = /\b(?:not|no|nothing|never|yet to|failed to|fail to|without|unless|until|if|whether|hopes? to|hoped to|aims? to|aimed to|seeks? to|sought to|expected to|likely to|could|would|might|may|possible|potential|any|be|being|n['’]t)\s+(?:[\p{L}-]+\s+)?$|\b(?:neither|none)\s+(?:of\s+)?(?:the\s+)?(?:sides?|parties|party|countries|country|delegations?|them)\b[^.;,]{0,30}$/u;
// A verb right after "who", "after", "when"… with no comma between belongs to a subordinate clause: background, not this round's deal.
const SUBORDINATOR = /\b(?:who|which|whose|whom|where|when|after|since|before|because|although|though|until|unless|once)\b/g;
// For an offer, only words that open a clause about something else; "Baku has since called for …" is still Baku's call.
const PROPOSAL_SUBORDINATOR = /\b(?:who|which|whose|whom|where|when|after|because|although|though)\b/g;
const ADVOCACY = /^(?:a|an|the)\s+(?:resumption|restoration|restoring|return|reopening|lifting|easing|expansion|resuming|relaunch|normali[sz]ation)\s+of\b.*\b(?:would|will|could)\s+(?:help|allow|contribute|benefit|boost|serve)\b/i;
// "the two sides should make full use of …": what one side says both ought to do is a proposal.
const OUGHT = /\b(?:the two sides|both sides|the sides|both parties|the parties|the two countries|both countries)\s+(?:should|must|need to|ought to)\b/i;
const NEXT_STEP_STRONG = /\b(?:(?:parliament|congress|senate|assembly|legislature|knesset|duma|lawmakers|deputies|legislators)\s+(?:will\s+(?:then\s+|now\s+)?have|(?:now\s+)?(?:has|have))\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months)\s+to\s+(?:adopt|approve|ratify|pass|endorse|vote on)|(?:signing|signature|signing ceremony|initialling)(?:\s+[\p{L}-]+){0,4}?\s+(?:is|are)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to\s+(?:take place|be held)|(?:signing|signature|signing ceremony)(?:\s+[\p{L}-]+){0,4}?\s+will\s+(?:take place|be held)|next (?:[\p{L}-]+\s+)?(?:round|meeting|session|talks|consultations|steps?|stages?|phase)|meet next|(?:talks|negotiations|diplomacy|discussions|dialogue|process)\s+(?:(?:that|which)\s+)?(?:now\s+|then\s+|next\s+)?(?:moves?|shifts?|heads?)\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?to\b|(?:will|is (?:expected |due |scheduled |set )?to|are (?:expected |due |scheduled |set )?to)\s+(?:brief|report to)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:council|assembly|parliament|secretary-general)|(?:the|a) (?:coming|upcoming) (?:round|meeting|session)|(?:talks|negotiations|dialogue|contacts) (?:will|would|could|may|might|are to|is to) (?:be (?:raised|upgraded|elevated) to|move (?:up )?to) the [\p{L}-]+ level|level of the (?:talks|negotiations|dialogue|contacts) (?:will|would|could|may|might) be (?:raised|upgraded|elevated)|follow-up (?:meeting|talks|round|session|consultations)|meet again|(?:come|get) together again|(?:(?:go|went|returned?) back|return) to (?:their )?capitals|signing(?: ceremony)?[^.;]{0,30}?(?:expected|scheduled|due|set|planned) to take place|reconvene|accept(?:ed|s)? (?:[\p{L}'’-]+\s+){0,2}?invitation to (?:return|meet|resume|hold|come back)|(?:return|come back) (?:to the (?:table|talks)\s+)?(?:in|within) (?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?)|to be determined|under coordination|by the end of|working groups? (?:will|would)|experts? (?:will|would)|technical teams? (?:will|would)|timing of the next|date of the next|(?:date|venue|time|timing|place|location)s?(?:\s+and\s+(?:date|venue|time|timing|place|location)s?)? (?:of|for) the (?:next|second|third|fourth|fifth|following|new|coming|upcoming) (?:round|meeting|session|talks)|agreed to (?:hold|meet)\b|will (?:hold|resume) (?:the |their )?(?:talks|negotiations|consultations|round)|(?:talks|negotiations|consultations|dialogue) (?:will|would) (?:continue|resume|go on)|(?:further|more|new) (?:talks|negotiations|meetings|consultations) (?:will|would) (?:be held|take place|follow)|there (?:will|would) be (?:further|more|new) (?:talks|negotiations|meetings|consultations)|(?:a |an )?(?:new|another|further|fresh) round (?:of (?:talks|negotiations|consultations) )?(?:will|would|is to|was to|is due to|is set to) (?:be held|take place|begin|start|open|convene)|when (?:the )?(?:talks|negotiations|consultations) resume|in the (?:coming|next few) (?:days|weeks)|(?:talks|negotiations|consultations|discussions) (?:on|over|about|for) [^.;]{1,140}? (?:are|is) (?:(?:due|set|scheduled|expected|planned|slated) )?to (?:begin|start|open|resume|get under ?way))\b/u;
// "the mechanisms will meet weekly", "meetings are to be held on a weekly basis": the schedule of a body the talks set up.
const RECURRING_MEETING = /\b(?:meet|meets|meetings?|convene|held|sessions?)\b[^.;]{0,40}?\b(?:weekly|monthly|fortnightly|bi-?weekly|regularly|on a (?:weekly|monthly|daily|regular) basis|every (?:[\p{L}\d]+ )?(?:days?|weeks?|months?)|once a (?:week|month))\b/u;
// "the next step should be …": a view of what ought to follow, not a plan.
const NEXT_SHOULD = /\bnext (?:[\p{L}-]+\s+)?steps?\s+(?:should|must|ought to|needs? to|would have to)\b/u;
// "The sides are expected to continue consultations", "X is due to lead the delegation": a scheduled act is a "will".
const SCHEDULED_TO = '(?:is|are) (?:expected|due|scheduled|set) to';
const NEXT_STEP_WEAK = new RegExp(`\\b(?:will|shall|plan to|plans to|intend to|intends to|${SCHEDULED_TO})\\b`);
const WILL_FIRST = new RegExp(`\\b(?:will|shall|${SCHEDULED_TO})\\b`);
// What the talks were about.
const AGENDA_CUE = /\b(?:agenda|exchanged (?:views|opinions|ideas) (?:on|about|over|regarding)|focus(?:ed|ing|es)? on|primary focus|main focus|concentrated on|centered on|centred on|discuss(?:ed|es|ing)?|talked about|addressed|reviewed|touched (?:on|upon)|tackled|aimed at|limited (?:strictly )?to)\b/;
// What happened before and around them; how the talks came about ("began in January after the tsunami") and whom they
// bring together.
const CONTEXT_CUE = /\b(?:in recent years|over the past|for (?:years|decades|months)|since (?:\d{4}|the|assuming|taking|january|february|march|april|may|june|july|august|september|october|november|december)|history|historically|have (?:repeatedly|long)|comes? (?:[\p{L}-]+ ){0,3}?(?:after|amid|as)|came (?:[\p{L}-]+ ){0,3}?(?:after|amid|as)|amid|relations (?:have|had|between)|severed|broke off|expelled|in (?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?\d{4}|last (?:held|met)|(?:began|started|opened|resumed|(?:was|were) (?:held|launched|convened|opened))\b[^.;]{0,80}?\b(?:after|amid|following|in the wake of)\b(?!\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:recess|break|pause|hiatus|lull|gap|delay|interval|adjournment)\b)|(?:brings?|bringing) together|(?:flights|air links|trade|border crossings?|rail links|ferry|shipping|diplomatic ties)\b[^.;]{0,60}?\b(?:resumed|reopened|restored|were suspended|halted))\b/u;
// Background an analyst keeps: rising tension, deployments, how and with whom the talks were held, delays, deadlines.
const BACKGROUND_CUE = /\b(?:(?:was|were|has|have|had) not (?:yet )?(?:been )?signed|neither side signed|without (?:signing|signatures?)|in dispute|disputed|hosted by|hosted (?:them|the (?:talks|meeting|two))|at the invitation of|under the auspices of|mediated by|brokered by|tensions?|without (?:an? )?(?:agreement|deal|breakthrough)|no (?:agreement|deal|breakthrough)|fighting|clashes|shelling|air ?strikes|airstrikes|artillery|bombardment|killed|displaced|casualties|death toll|(?:sent|deployed|dispatched|dispatching|deploying|mobili[sz]\w+|massed) (?:[\p{L}'’-]+ ){0,5}?(?:troops|warships?|ships?|vessels?|forces|soldiers|aircraft|jets|frigates?|navy|patrol)|(?:before|ahead of|prior to) (?:the )?(?:talks|negotiations|meeting|round|session)|on the sidelines|in the presence of|face[- ]to[- ]face|(?:spoke|talked|met) (?:[\p{L}-]+ ){0,2}?(?:briefly|directly)|indirect(?:ly)?|separate rooms|experts?|expert-level|technical (?:talks|teams?|level|details|experts?|committee|groups?)|working[- ]level|attended|took part|taking part|participat\w+|observers?|accuses|postponed|delayed|rescheduled|called off|cancel+ed|expire[sd]?|expiry|atmosphere)\b/u;
// How talks broke down or stalled and what a round left unsettled ("Tehran suspended the talks", "failed to make headway on
// the return of displaced people"): background of the round, whoever reports it.
const SETBACK_CUE = /\b(?:suspend(?:ed|s|ing)?|suspension|broke up|broken up|walked out|(?:a|the) dispute over|failed to (?:make|reach|bridge|narrow|resolve|settle|achieve)|(?:made|make|makes|making) (?:no|little|scant) (?:headway|progress)|no (?:progress|headway)|deadlock(?:ed)?|impasse|stalemate|stalled)\b/;
// How a round or an attempt at one ended: "ended without agreement", "collapsed", "was called off".
const ROUND_SETBACK = /\b(?:(?:ended|closed|concluded|broke up) without|collapsed|foundered|broke down|fell apart|stalled|called (?:[\p{L}]+ )?off|calling (?:[\p{L}]+ )?off)\b/u;
// What ties a setback to its cause: "collapsed after …", "ended without agreement amid …".
const SETBACK_LINK = /\b(?:after|amid|when|because|as|over)\b/;
// A change of leader on one side dates a round: "the first round since the new president took office".
// "the first such talks in four years", "their first face-to-face meeting in over two years": how long the sides had not met.
const FIRST_IN_YEARS = /\bfirst\b[^.;]{0,60}?\b(?:in|since) (?:over |more than |nearly |almost |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|many) (?:years?|decades?|months?)\b/;
// "resumed after a hiatus of four years", "after a six-year freeze": a gap of years is history (a recess of weeks is the round's own).
const YEARS_GAP = /\b(?:(?:hiatus|gap|break|pause|freeze|lull|suspension) of (?:over |more than |nearly |almost |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|decades?)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-year (?:hiatus|gap|break|pause|freeze|lull|suspension))\b/;
// "More than 220,000 migrants crossed …", "some 5,000 fighters": a head count is the backdrop figures of a story.
const HEADCOUNT = /\b(?:more than|over|nearly|almost|some|at least|about|around|roughly|fewer than|less than|up to|an estimated) \d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)? (?:million|billion)\b/;
const OFFICE_CUE = /\b(?:(?:took|taking|assumed|assuming|entered) office|came to power|(?:was|were) sworn in)\b/;
const LOOKS_AHEAD = /\b(?:will|would|shall|to be|set to|scheduled|planned|plans?|next|again|expected|agreed|later (?:this|in the)|upcoming|coming|tomorrow|to (?:meet|hold|resume|continue|begin|start|convene))\b/;
// "a fourth round will be held": a meeting to come, whether or not its day is set.
const WILL_BE_HELD = /\b(?:will|would|shall|is to|are to)\s+be\s+held\b/;
// "He did not give a date for the next round": a plan reported as missing.
const NO_PLAN = /\b(?:no|not|without)\b[^.;]{0,40}?\b(?:date|next|plans?|timetable)\b/;
// "No date has been set for the next round", "no date or venue for the resumption of the talks was announced": that the
// next meeting has no day yet is news of what comes next, not a plan reported as missing.
const NO_DATE_YET = /^(?:(?:but|though|although|and|however)\s*,?\s+)?no\s+(?:date|venue|time|timetable|place)(?:\s+(?:or|and|nor)\s+(?:date|venue|time|place|location))?\b[^.;]{0,60}?\b(?:(?:has|have|had|was|were|is|are)\s+)?(?:yet\s+)?(?:been\s+)?(?:set|fixed|announced|given|agreed|scheduled|decided|named)\b[^.;]{0,60}?\.?\s*$/;
// …whose missing day is a meeting's: "for the next round", "for a resumption of the talks", "for when further talks will be held".
const NEXT_MEETING_AFTER_FOR = /\bfor\s+(?:[\p{L}-]+\s+){0,4}?(?:meeting|meetings|round|rounds|talks|session|negotiations|consultations|resumption|summit|visit)\b/u;
// "A joint committee will be set up within 30 days": a body the deal creates is something still to be done; so are the
// parts of a deal "still to be negotiated".
const BODY_WILL_DO = /\b(?:commission|committee|subcommittee|monitoring force|mechanism|working groups?|subgroups?|task force|secretariat)\b[^.;]{0,60}?\s(?:will|would|shall|is to|are to)\s+(?:now\s+|then\s+|also\s+)?(?!be\b|have\b)\p{L}+/u;
const TO_BE_ESTABLISHED = /\b(?:(?:will|would|shall|is to|are to)\s+be\s+(?:established|set up|created|formed|launched|convened|appointed|deployed)|(?:(?:is|are|remains?)\s+(?:still\s+|yet\s+)?|(?:still\s+)?(?:has|have|need|needs)\s+(?:yet\s+)?)to\s+be\s+(?:negotiated|agreed|finali[sz]ed|worked out|settled|discussed|signed))\b/;
// "The agreements still have to be ratified by parliament", "will be referred to the assembly to be ratified": approval a
// signed deal still awaits is what comes next.
const RATIFICATION = /\b(?:(?:to|will|would|shall|must|should|yet to|needs? to|has to|have to)\s+(?:now\s+|still\s+|first\s+|also\s+)?be\s+(?:[\p{L}-]+\s+){0,2}?(?:ratified|approved by (?:(?:two-thirds|three-fifths|a (?:two-thirds |three-fifths |simple |qualified )?majority|both houses|each house)\s+of\s+)?(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?(?:parliaments?|congress|senate|national assembly|legislatures?|assembl(?:y|ies)|knesset|duma|(?:both|the two) houses)|submitted (?:to|for) [^.;]{2,60}?(?:ratification|approval))|(?:submitted|referred|sent|presented)\s+(?:to|before)\s+[^.;]{2,60}?\s+for\s+(?:ratification|approval)|(?:requires?|needs?|awaits?|awaiting|pending|subject to)\s+(?:[\p{L}-]+\s+){0,3}?ratification|(?:still\s+)?(?:requires?|needs?)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:approval|amendment|endorsement)\s+(?:of|by|in|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:parliaments?|congress|senate|national assembly|legislatures?|assembl(?:y|ies)|knesset|duma)|(?:must|will|has to|have to|needs? to)\s+(?:now\s+|still\s+|first\s+)?(?:pass|go)\s+(?:through|before)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:parliaments?|congress|senate|national assembly|legislatures?|assembl(?:y|ies)|knesset|duma)|(?:will|would|is to|must)\s+(?:then\s+|now\s+|still\s+)?be\s+put\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:referendum|vote|voters|parliament)|ratification\s+(?:requires|needs|will require|would require)\b|\b(?:deal|agreement|accord|treaty|treaties|pact|text|accords|agreements)\s+(?:now\s+|then\s+|will\s+|must\s+)?(?:go|goes|head|heads|move|moves)\s+to\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?(?:parliaments?|congress|senate|national assembly|legislatures?|knesset|duma)\b)\b/u;
// "Technical talks on fishing will be held next month", "Expert groups are to meet in June", "Working-level talks will be
// scheduled through the exchange of documents": a meeting still to come, whoever holds it.
const MEETING_AHEAD = /\b(?:talks|meetings?|consultations|negotiations|round|session|discussions|groups?|teams?|committees?|commissions?|experts|delegations)\b[^.;]{0,80}?\b(?:will|shall|(?:is|are)\s+(?:(?:expected|due|scheduled|set|planned)\s+)?to)\s+(?:(?:also|then|again|soon)\s+)?(?:be\s+(?:held|scheduled|convened|organi[sz]ed|arranged|hosted)|meet|take\s+place|convene|begin|start|resume|reconvene)\b/;
// "The accord is to be signed in Helsinki on August 15": a signing still ahead is what comes next.
const FUTURE_SIGNING = /\b(?:will|shall|would|is to|are to|is due to|are due to|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to)\s+be\s+(?:formally\s+|officially\s+)?(?:signed|initial(?:l)?ed|inked)\b/;
// "The 2009 protocols were never ratified", "Armenia annulled them": a deal that came to nothing is background.
const DEAD_DEAL = /\b(?:never (?:been )?(?:ratified|implemented|signed)|annull?ed|scrapped|revoked|(?:was|were) (?:later )?(?:abandoned|suspended))\b/;
// "Nothing is agreed until everything is agreed", "none of the agreed points takes effect until a final deal": the rule the
// sides agreed on for when their partial deals apply.
const PACKAGE_RULE = /\bnothing (?:is )?agreed until everything (?:is )?agreed\b|\b(?:nothing|none of the (?:[\p{L}-]+\s+)?(?:points|measures|accords?|agreements?|deals?))\s+(?:[\p{L}-]+\s+){0,3}?(?:takes? effect|(?:will|would|can) (?:only )?(?:be implemented|take effect|enter into force|come into force))\b[^.;]{0,80}?\b(?:until|unless)\b/u;
// "An agreement is expected to see the withdrawal of troops in exchange for guarantees": the shape of a deal still being
// negotiated is background of the talks, not its terms.
const EXPECTED_DEAL = /\b(?:agreement|deal|accord|settlement)s?\s+(?:is|are|would be|was|were)\s+(?:widely\s+)?expected to\s+(?:see|include|involve|provide|cover|lead to|bring|entail)\b/;
// "Monitors from the EU are to oversee the deal", "a monitoring mission will begin work after the signing": who is to watch over
// the deal and how is one of its terms, whoever carries it out.
const MONITORING = /\b(?:monitors|monitoring (?:mission|team|body|force|group)|observer (?:mission|force|team)s?|peacekeepers|peacekeeping (?:force|mission)|verification (?:mission|team|mechanism))\b[^.;]{0,120}?\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to)\b|\b(?:will|would|shall|is to|are to)\s+(?:oversee|monitor|supervise|verify|observe)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|accord|truce|ceasefire|cease-fire|disarmament|withdrawal|implementation|pact|handover|decommissioning)\b/u;
// "The two sides said they would work towards a truce": an undertaking both make together.
const WORK_TOWARDS = /^(?:they|both(?: sides)?|the two sides)\s+(?:would|will)\s+(?:work|strive)\s+(?:towards?|for)\b/;
// "The Riyadh talks followed a visit to Sanaa in April": what the talks came after or followed is their background.
const TALKS_COME_AMID = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:talks|meeting|negotiations|round|session|visit|consultations)\s+(?:(?:come|comes|came)\s+(?:as|amid|after|against)|follow(?:s|ed)?\s+(?!(?:by|up)\b))/u;
const CONDITION = /\b(?:will|would|could|can)(?:\s+not|n['’]t)\s+(?:be\s+)?(?:possible|signed|reached|agreed|concluded)\b[^.;]*\bunless\b/;
// "differences remained over …", "gaps persist on …": an issue the round left open.
// "…failed to agree on the maritime boundary": what they could not settle is what still divides them.
const DIFFERENCES_REMAIN = /\b(?:differences|disagreements?|gaps|divisions|disputes)\s+(?:still\s+)?(?:remain(?:ed|s)?|persist(?:ed|s)?)\s+(?:over|on|about|regarding)\b|\b(?:failed|were unable|was unable|could not|couldn['’]t|did not|didn['’]t)\s+(?:to\s+)?(?:agree|reach (?:an? )?(?:agreement|deal|consensus))\s+(?:on|over|about|regarding)\b|\b(?:disagreed|disagree|disagrees|clashed|(?:remain(?:ed|s)?|were|are|was|is)\s+(?:still\s+|deeply\s+|sharply\s+|far\s+)?(?:divided|at odds|apart|at loggerheads))\s+(?:over|on|about|regarding)\b(?!\s+(?:the\s+)?(?:weekend|night|border|frontline|front line|streets?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/;
// Events on a calendar that are not the talks: their dates are background.
const OTHER_EVENT = /\b(?:elections?|polls|vote|voting|referendum|inauguration|ballot)\b/;
// A deadline running out is background, not something the sides will do next.
const EXPIRY = /\b(?:expire[sd]?|expiry|lapse[sd]?)\b/;
// Talk of other business: "Separately, Qatar has been mediating …".
const ASIDE_LEAD = /^(?:separately|meanwhile|elsewhere|in a separate development)\b/i;
// How a speaker judged the talks: what makes a reported sentence a statement rather than a bare report.
const EVALUATION = /\b(?:productive|unproductive|constructive|positive|useful|fruitful|successful|a success|a failure|serious|frank|candid|cordial|friendly|warm|atmosphere|difficult|tough|complicated|complex|far apart|step forward|progress|breakthrough|historic|important moment|sincere|sincerity|professional|substantive|in-depth|businesslike|detailed|honest|disappointing|differences|gaps?|mistrust|distrust|trust|satisfied|optimistic|pessimistic|hopeful|encouraging|momentum)\b/;
// "for the first time", "the first such document": how a speaker weighs what was reached.
const SIGNIFICANCE = /\b(?:for the first time|first time|first (?:ever|such)|unprecedented)\b/;
const LOGISTICS = /\b(?:lasted|took place|was held|were held|will be held|began|begun|ended|started|led|headed|arrived|left for|met)\b/;

// Verbs that report speech whatever follows; "stated the need" or "noted progress" report content, so those need "that".
const SAY_THAT = '(?:stressed|emphasi[sz]ed|underlined|underscored|stated|noted|highlighted|indicated|detailed|reported|claimed|repeated|maintained|confirmed|announced)';
// "told the gathering", "told the crowd", "told those present": any audience a speaker addresses.
const TOLD_OBJECT = "(?:reporters|journalists|the press|the media|media|lawmakers|parliament|(?:the |a |his |her |their )?(?:[\\p{L}-]+ )?(?:gathering|crowd|audience|supporters|delegates|participants|attendees|guests|mourners|rally|ceremony|assembly|nation)|those present|(?:a|the) (?:regular |daily |weekly |joint )?(?:news|press) (?:conference|briefing)|(?:[\\p{L}'’-]+ ){0,3}?(?:television|tv|TV|radio|media|newspaper|broadcaster|agency|channel|outlet|daily|briefing|conference)|(?:the )?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)*)";
const SAY = `(?:said|says|affirmed|asserted|pointed out|reads|stressed|emphasi[sz]ed|underlined|underscored|stated|added|detailed|noted|reported|indicated|announced|confirmed|claimed|highlighted|acknowledged|admitted|declared|remarked|recalled|repeated|reiterated|maintained|insist(?:s|ed)(?!\\s+on\\b)|countered|replied|responded|argued|conceded|(?:promised|vowed|assured)(?:\\s+(?!that\\b)[\\p{L}'’-]+){0,6}(?=\\s+that\\b)|told ${TOLD_OBJECT}|issued a statement (?:indicating|saying|stating)|shared with reporters|wrote|writes|posted|tweeted|explained|quoted [\\p{L} ]+ as saying)`;
// Only after a quote: "…," he insisted.
// "…," Ruto told delegates / told the opening session: after a quote, whoever is told, the verb only attributes it.
const SAY_AFTER_QUOTE = `(?:${SAY}|insisted|stressed|warned|emphasi[sz]ed|argued|continued|went on|told)`;
// "in a statement", "on X", "on his X account", "at the ceremony": where it was said.
// "announced after the meeting that …": when it was said is no part of what was said either.
const SAID_WHERE = "(?:\\s+(?:there|then|afterwards?|later|again))?(?:\\s+(?:late\\s+|early\\s+)?(?:after|following)\\s+(?:the|their|its|today's|this)\\s+(?:meeting|talks|session|round|negotiations|consultations|signing|ceremony))?(?:\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?(?:\\s+(?:in|on|at|via)\\s+(?:(?:a|an|the|its|their|his|her)\\s+)?[\\p{L}'’ ]{1,30}?(?=,|\\s+that\\b|:))?(?:\\s+(?:that|this|last)\\s+(?:month|week|year|morning|afternoon|evening|night))?(?:\\s+on\\s+\\w+)?";
// "…, Umerov, who led the Ukrainian delegation, said after the meeting": a relative clause may describe the speaker, and
// "…, a U.S. official said, speaking on condition of anonymity" a participle how they spoke.
const TRAILING_ATTRIBUTION = new RegExp(`^(.*?)(?:,|["”],?)\\s+(?:according to ([^,.]+?)|((?:the|a|an|its|his|her|their)?\\s*[\\p{L}'’ .-]{0,70}?)(?:,\\s+(?:who|whose)\\s+[^,"“”]{2,100}?,)?\\s+${SAY}(?:\\s+(?:in|on|at|via|after|following)\\s+(?:a|an|the|its|their)?\\s*[\\p{L} ]{1,50}?)?(?:\\s+on\\s+\\w+|\\s+\\p{Lu}\\p{Ll}+day|\\s+afterward|\\s+later)?(?:,\\s+(?:speaking|declining|asking|requesting)\\s+[^"“”]{2,120}?|,\\s+(?:the|a|an)\\s+(?:first|latest|biggest|largest|only|main|most|major|rare|second)\\b[^"“”]{2,120}?)?|${SAY}\\s+([\\p{L}'’ .-]{2,100}?)(?:,\\s+((?:the\\s+|a\\s+|an\\s+)?\\p{L}[^"“”]{2,160}?))?)\\.?["”]?$`, 'u');
// "Before leaving Islamabad on Friday, Khalilzad said …": a scene-setting phrase may lead the attribution.
const LEADING_ATTRIBUTION = new RegExp(`^(?:(?:[Aa]fter|[Bb]efore|[Aa]head\\s+of|[Uu]pon|[Ff]ollowing|[Dd]uring|[Ii]n|[Aa]t|[Ss]peaking\\s+(?:at|to|on|in|after))\\s+[^,"“]{0,120},\\s+|(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing)\\s+(?:the|that|this|their)\\s+(?:meeting|talks|session|round|summit|ceremony|signing|conference)\\s+)?((?:the\\s+|The\\s+)?[\\p{L}'’ .-]{2,90}?)(,\\s+[^,"“]{2,200}?,)?\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+|further\\s+|later\\s+|then\\s+|repeatedly\\s+)?${SAY}${SAID_WHERE},?:?\\s+(?:that\\s+)?(?=\\S)`, 'u');
// "Agcaoili, who heads the panel of the NDF, the rebels' political arm, said …": two asides; tried only when the text has them.
const LEADING_TWO_ASIDES = new RegExp(`^(?:(?:[Aa]fter|[Bb]efore|[Aa]head\\s+of|[Uu]pon|[Ff]ollowing|[Dd]uring|[Ii]n|[Aa]t|[Ss]peaking\\s+(?:at|to|on|in|after))\\s+[^,"“]{0,120},\\s+|(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing)\\s+(?:the|that|this|their)\\s+(?:meeting|talks|session|round|summit|ceremony|signing|conference)\\s+)?((?:the\\s+|The\\s+)?[\\p{L}'’ .-]{2,90}?)(,\\s+[^,"“]{2,200}?,(?:\\s+[^,"“]{2,120}?,)?)?\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+|further\\s+|later\\s+|then\\s+|repeatedly\\s+)?${SAY}${SAID_WHERE},?:?\\s+(?:that\\s+)?(?=\\S)`, 'u');
const TWO_ASIDES = new RegExp(`,[^,"“]{2,200},[^,"“]{2,120},\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+)?${SAY}`, 'u');
// "…has stressed it is only offering a platform": a clause with a pronoun subject is reported even without "that".
const PRONOUN_CLAUSE = /^(?:it|they|he|she|we|there)\s+(?:is|are|was|were|has|have|had|will|would|must|should|could|can|remains?|does|did)\b/i;
const LEADING_NEEDS_THAT = new RegExp(`\\s${SAY_THAT}${SAID_WHERE},?\\s+$`, 'u');
const QUOTE_LED = new RegExp(`^["“]([^"”]{3,}?)[,.!?…]*["”],?\\s+((?:the\\s+|The\\s+|a\\s+|A\\s+)?[^"“”,;]{1,80}?(?:,\\s+[^"“”]{2,200}?,)?)\\s+(?:also\\s+|later\\s+|then\\s+)?${SAY_AFTER_QUOTE}\\b(.*)$`, 'u');
const QUOTED_SPAN = /["“]([^"”]{2,})["”]?/g;
// "…, adding that the two sides had agreed to meet again": a second report after a quote's attribution.
const ADDING_TAIL = /^[^"“]*?(?<!without\s)\b(?:adding|and added|saying|and said)\s*:?\s+(?:that\s+)?([^"“]{12,})$/;
// "Gil described the meeting as productive", "the White House called the discussions 'very positive'": an evaluation by its subject.
// "Ali thanked the hosts", "the minister expressed his gratitude to …": thanks are the subject's own words too.
const EVALUATING = new RegExp(`^(?:(?:[Ss]peaking|[Aa]ddressing|[Tt]alking|[Aa]fter|[Ff]ollowing|[Ii]n|[Aa]t)\\s+[^,"“]{2,100},\\s+)?((?:the\\s+|The\\s+|a\\s+|A\\s+)?[\\p{L}'’ .-]{2,90}?)(,\\s+[^,"“]{2,200}?,)?\\s+(?:also\\s+)?(?:(?:described|call(?:ed|s)|termed|characteri[sz]ed|hailed|praised|welcomed)\\s+(?:the|this|that|it|its|their|these|them|both)\\b|thanked\\s+(?:the|its|their|his|her|both|\\p{Lu})|expressed\\s+(?:the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+)?(?:thanks|gratitude|appreciation)\\b)`, 'u');
// "…produced what the envoy described as “substantive progress”": an evaluation by the person named inside the report.
const WHAT_DESCRIBED = /\bwhat\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4}?\p{Lu}[\p{L}'’.-]+)\s+(?:described|called|termed|hailed|characteri[sz]ed)\s+as\b/u;
// "Santos welcomed what he described on Twitter as a 'fundamental step'": the subject judges in his own words.
const WHAT_HE_DESCRIBED = /\bwhat\s+(?:he|she|they|it)\s+(?:described|called|termed|characteri[sz]ed)\b/;
const WELCOMED_WHAT = /^((?:the\s+|The\s+)?\p{Lu}[\p{L}'’ .-]{1,80}?)(?:,\s+[^,"“]{2,160}?,)?\s+(?:welcomed|praised|hailed|criticized|criticised|rejected|dismissed)\s+what\s+(?:he|she|they|it)\s+(?:described|called|termed|characteri[sz]ed)\b/u;
// A run of capitalised words only: a name with its honorifics ("Tan Sri Abdul Rahim Noor"), not a clause.
const CAPITALIZED_RUN = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|abu)[-\s])?\p{Lu}[\p{L}'’.-]*){1,5}\.?$/u;
const APPOSITIVE_NAME = /^,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,6},$/u;
const ACCORDING_LEAD = /^(?:according to|as reported by|citing)\s+([^,]+),\s+/i;
const STATEMENT_LEAD = /^in (?:a|an|the|its|their|his|her) (?:joint |video |written )?(?:statement|press release|readout|communiqu[eé]|remarks|post|interview)(?: [^,]{1,60})?,\s+/i;
// "KINGSTOWN, Dec 14 (Reuters) - ", "BEIJING/BANGKOK - ", "Rome, IRNA – ", "Geneva - ": a wire dateline is no part of the fact.
const DATELINE_LEAD = /^(?:\p{Lu}[\p{L}\p{M}'’. /-]{1,40}?(?:,\s*[\p{L}\p{M}. ]{2,30}?(?:\s+\d{1,2})?)?\s*\([^)]{1,30}\)\s*(?:\.-|[-–—]{1,2})|\p{Lu}[\p{Lu}\p{M}'’. /-]{2,40}?(?:,\s*[\p{L}.]+\s+\d{1,2})?\s+[-–—]|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,\s*\p{Lu}{2,}[\p{Lu}'’]*)?\s[-–—]{1,2})\s+/u;

interface Attribution {
  /** What the clause reports, quote marks kept. */
  content: string;
  /** Who the clause is attributed to, most specific first (the lead-in "Darchiev told reporters" before "according to TASS"). */
  speakerPhrases: string[];
  /** The content is the speaker's own words (a quote), not a report of them. */
  direct: boolean;
  /** The content is an evaluation by its own subject ("X described the talks as …"): the text already names the speaker. */
  evaluating: boolean;
  /** The clause as written from its speaker on ("Gil wrote on X that …"), when the speaker leads it. */
  spoken: string | null;
  /** The speaker holds a position ("insisted", "repeated", "maintained"), rather than reporting an event. */
  stance: boolean;
}

function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  QUOTED_SPAN.lastIndex = 0;
  for (let match = QUOTED_SPAN.exec(text); match; match = QUOTED_SPAN.exec(text)) {
    const span = match[1]?.trim().replace(/[,\s]+$/, '');
    if (span) spans.push(span);
  }
  return spans;
}

function wholeQuote(text: string): boolean {
  return /^["“][^"”]+["”]?[.!?]?$/.test(text.trim());
}

/** "“…,” Ali told reporters after the talks, adding that …": the quote, its speaker, and a report that follows. */
function quoteLed(content: string): Attribution | null {
  const match = QUOTE_LED.exec(content);
  if (!match?.[1] || !match[2]) return null;
  const phrase = match[2].trim();
  if (phrase.split(/\s+/).length > 24 || /^(?:and|but|while|as|which|that)\b/i.test(phrase) || earliestVerb(phrase.replace(/,.*$/, '')) !== null) return null;
  const rest = match[3] ?? '';
  const tail = ADDING_TAIL.exec(rest)?.[1]?.trim().replace(/[.\s]+$/, '');
  // A report after the quote that states a kind of its own is the fact; the quote only colours it.
  if (tail && tail.split(/\s+/).length >= 4 && (earliestVerb(tail) !== null || NEXT_STEP_STRONG.test(tail.toLowerCase()))) {
    return { content: tail, speakerPhrases: [phrase], direct: false, evaluating: false, spoken: null, stance: false };
  }
  // A quoted word inside an added report ("…, adding that a deal 'seems unlikely'") is no sentence of the speaker's own.
  const spans = [match[1].trim().replace(/[,\s]+$/, ''), ...(tail ? [] : quotedSpans(rest))];
  // Quotes either side of the attribution are separate sentences of the speaker.
  const joined = spans.map((span, i) => (i < spans.length - 1 && !/[.!?…]$/.test(span) ? `${span}.` : span)).join(' ');
  return { content: joined, speakerPhrases: [phrase], direct: true, evaluating: false, spoken: null, stance: false };
}

/** Drops a quote mark left open at either end once attribution is cut off; balanced inner quotes stay. */
function trimUnbalancedQuotes(text: string): string {
  const marks = text.match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1 ? text.replace(/^["“”]\s*/, '').replace(/\s*["“”]$/, '') : text;
}

function tidy(text: string): string {
  return text
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/^[\s,]+|[\s,]+$/g, '')
    .replace(/\s+/g, ' ');
}

const MID_ATTRIBUTION = /^(.{12,}?)(?:,["”]|["”]?,)\s+((?:the\s+)?[\p{L}'’ .-]{1,60}?)\s+(?:said|added|noted|stated)(?:\s+[^,"“]{1,40}?)?,\s+(?:adding|and added|saying)\s+(?:that\s+)?(.{12,})$/u;
// "…ended on July 9 with the envoy saying …": without a comma only before a capitalised name or title.
const WITH_SAYING = /^(.{12,}?)(?:,\s+|\s+(?=with\s+\p{Lu}))with\s+((?:[\p{L}'’.-]+\s+){1,12}?)(?:insisting|saying|stressing|noting|warning|arguing|acknowledging|maintaining)\s+(?:that\s+)?(.{12,})$/u;
// "…were received by Defence Minister Prince Khalid, who said on X that Riyadh was keen …": the relative clause reports
// what the person it describes said.
const WHO_SAID = new RegExp(`^(.{12,}?)\\b((?:(?:\\p{Lu}[\\p{L}'’.-]+|al|el|bin|ibn|de|da|van|von|abu)\\s+){0,6}\\p{Lu}[\\p{L}'’.-]+),\\s+who\\s+(?:later\\s+|also\\s+|then\\s+)?${SAY}${SAID_WHERE},?\\s+(?:that\\s+)?([^"“”]{3}.{9,})$`, 'u');
// "…, told reporters …" after the relative clause: the sentence's own verb follows, so the relative clause ended there.
const RELATIVE_ENDS = new RegExp(`^[^"“]*?,\\s+(?:also\\s+)?${SAY}\\b`, 'u');
const AND_SAID = /^((?:the\s+|The\s+)?\p{Lu}[\p{L}'’ .-]{1,80}?)(\s+(?:confirmed|welcomed|praised|hailed|described|called|announced|denied)\b[^,;"“]{0,80}?)\s+and\s+(?:said|added|noted)\s+(?:that\s+)?([^"“]+)$/u;
// "the statement", "the statement of the Armenian MFA", "a readout from the ministry": a document, not a speaker.
const DOCUMENT = /\b(?:statement|communiqu[eé]|readout|declaration|text|document|report|release|memorandum|agreement)(?:\s+(?:of|from|by|issued by)\s+[^,]{2,60})?$/i;
// Verbs by which a side holds to a position rather than reports what happened.
const STANCE = /\b(?:insist(?:s|ed)|maintain(?:s|ed)|repeated|reiterated|argued|argues|claimed|claims|acknowledged|admitted)\b/;

// A clause is read again when its sentence's parts are tried together and apart; its attribution depends on its text alone.
const ATTRIBUTION_MEMO = articleMemo<Readonly<Attribution>>();

function stripAttribution(clause: string, opensSentence: boolean): Readonly<Attribution> {
  const key = `${opensSentence ? 1 : 0}\u0000${clause}`;
  const cached = ATTRIBUTION_MEMO.get(key);
  if (cached) return cached;
  const attribution = readAttribution(clause, opensSentence);
  ATTRIBUTION_MEMO.set(key, attribution);
  return attribution;
}

function readAttribution(clause: string, opensSentence: boolean): Attribution {
  // "…, while Venezuela repeated …" drops its joiner; "As the delegations were leaving, …" keeps its own conjunction.
  let content = (opensSentence ? clause.trim() : clause.trim().replace(/^(?:while|whereas|as|but|and)\s+/i, '')).replace(DATELINE_LEAD, '').replace(CONNECTIVE_LEAD, '');
  const led = quoteLed(content);
  if (led) return led;
  // "…held the first meeting, with Foreign Minister Todd insisting that …": the participle reports what he said.
  const saying = WITH_SAYING.exec(content);
  if (saying?.[1] && saying[2] && saying[3] && earliestVerb(saying[1]) === null) {
    return { content: tidy(trimUnbalancedQuotes(saying[3])), speakerPhrases: [saying[2].trim()], direct: false, evaluating: false, spoken: null, stance: true };
  }
  // "They discussed “…,” it said, adding that the Russian side urged …": the added report is the fact when it has a kind of its own.
  const mid = MID_ATTRIBUTION.exec(content);
  if (mid?.[1] && mid[2] && mid[3] && (earliestVerb(mid[3]) !== null || NEXT_STEP_STRONG.test(mid[3].toLowerCase())) && earliestVerb(mid[1]) === null) {
    return { content: tidy(trimUnbalancedQuotes(mid[3])), speakerPhrases: [mid[2]], direct: false, evaluating: false, spoken: null, stance: false };
  }
  // Only when the main clause reports nothing of its own: its fact would otherwise be lost to the aside.
  const whoSaid = content.includes(', who ') ? WHO_SAID.exec(content) : null;
  // The main clause must be complete before the name ("…were received by X, who said …"); in "Spokesman X, who announced
  // the meeting, told reporters …" the relative clause only describes the subject of the verb that follows it.
  if (whoSaid?.[1] && whoSaid[2] && whoSaid[3] && FINITE_VERB.test(whoSaid[1]) && earliestVerb(whoSaid[1]) === null && !RELATIVE_ENDS.test(whoSaid[3]) && words(whoSaid[3]) >= 4) {
    return { content: tidy(trimUnbalancedQuotes(whoSaid[3])), speakerPhrases: [whoSaid[2]], direct: false, evaluating: false, spoken: null, stance: false };
  }
  const trailingPhrases: string[] = [];
  const leadingPhrases: string[] = [];
  // "“…,” the statement said." / "…, according to TASS."
  const trailing = TRAILING_ATTRIBUTION.exec(content);
  if (trailing?.[1] && trailing[1].split(/\s+/).length >= 4) {
    const phrase = (trailing[2] ?? trailing[3] ?? trailing[4] ?? '').trim();
    // "…, said Smith": after an inverted verb only a name or a title, never "said both sides agreed …".
    const inverted = trailing[4] !== undefined && (!/^(?:(?:the|a|an)\s|\p{Lu})/u.test(phrase) || earliestVerb(phrase) !== null || FINITE_VERB.test(phrase));
    if (!inverted && phrase.split(/\s+/).length <= 10 && !/\b(?:that|which|because)\b/.test(phrase)) {
      content = trailing[1];
      // "…, said Malaysia's facilitator for the process, Tan Sri Abdul Rahim Noor": the name after the title is who spoke.
      const appositive = trailing[4] !== undefined ? trailing[5]?.trim() : undefined;
      if (appositive && CAPITALIZED_RUN.test(appositive)) trailingPhrases.push(appositive);
      if (phrase) trailingPhrases.push(phrase);
    }
  }
  const according = ACCORDING_LEAD.exec(content);
  if (according) {
    if (according[1]) trailingPhrases.push(according[1]);
    content = content.slice(according[0].length);
    // "According to Li, China's trade representative, the two sides …": a title after the name is still attribution.
    const title = /^([^,]{2,120}),\s+/.exec(content);
    if (title?.[1] && title[1].split(/\s+/).length <= 14 && !FINITE_VERB.test(title[1]) && earliestVerb(title[1]) === null && /^\p{Lu}/u.test(title[1]) && !BOTH_SIDES.test(title[1])) {
      content = content.slice(title[0].length);
    }
  }
  content = content.replace(STATEMENT_LEAD, '');
  let evaluating = false;
  let spoken: string | null = null;
  let stance = false;
  const leading = LEADING_ATTRIBUTION.exec(content) ?? (TWO_ASIDES.test(content) ? LEADING_TWO_ASIDES.exec(content) : null);
  const described = WHAT_DESCRIBED.exec(content);
  // A lead-in that already states a demand or an agreement is the fact itself, not its attribution.
  // "The envoys reiterated their agreement to …": the verb that seems to report is part of the agreement itself.
  const leadVerb = leading ? earliestVerb(content) : null;
  const agreesInLead = leadVerb?.kind === 'AGREEMENT' && leading !== null && leadVerb.index > leading[1]!.length && leadVerb.index < leading[0].length;
  if (leading?.[1] && !/["“]/.test(leading[1]) && leading[1].split(/\s+/).length <= 12 && earliestVerb(leading[1]) === null && !agreesInLead) {
    const rest = content.slice(leading[0].length);
    const needsThat = LEADING_NEEDS_THAT.test(leading[0]) && !/\bthat\s+$/.test(leading[0]) && !PRONOUN_CLAUSE.test(rest);
    // "Tehran insisted that any deal must …" is a demand, the clause itself a concern; "Athens insists that the only dispute is …" a position.
    const spokenLower = (leading[0] + rest).toLowerCase();
    const insisted = spokenLower.search(/\binsist/);
    const demand = insisted >= 0 && insistsOnDemand(spokenLower.slice(insisted));
    if (rest.split(/\s+/).length >= 3 && !needsThat && !demand) {
      // "The FARC's chief negotiator, Ivan Marquez, said": the name between commas is who spoke.
      leadingPhrases.push(APPOSITIVE_NAME.test(leading[2] ?? '') ? `${leading[1]}${leading[2]!.replace(/,$/, '')}` : leading[1]);
      // "Gharibabadi, who is Deputy Foreign Minister for Legal Affairs, said …": who the speaker is is no part of what was said.
      spoken = leading[2] && /^,\s+(?:who|whose)\s/.test(leading[2]) ? content.replace(leading[2], '') : content;
      stance = STANCE.test(leading[0]);
      // "China said in December, after a first round of talks it hosted, that …": the aside before "that" is no part of it.
      content = rest.replace(/^(?:after|before|during|following|at|in|on)\s+[^"“]{2,140}?,\s+that\s+/i, '');
    }
  } else if (WHAT_HE_DESCRIBED.test(content) && WELCOMED_WHAT.test(content) && trailingPhrases.length === 0) {
    leadingPhrases.push(WELCOMED_WHAT.exec(content)![1]!);
    evaluating = true;
    spoken = content;
  } else if (described?.[1] && trailingPhrases.length === 0) {
    leadingPhrases.push(described[1]);
    evaluating = true;
    spoken = content;
  } else {
    const evaluation = EVALUATING.exec(content);
    if (evaluation?.[1] && evaluation[1].split(/\s+/).length <= 12 && earliestVerb(evaluation[1]) === null && !/^(?:it|this|that|which)\b/i.test(evaluation[1])) {
      leadingPhrases.push(evaluation[1]);
      evaluating = true;
      spoken = content;
    }
  }
  content = tidy(content);
  const direct = wholeQuote(content);
  content = direct ? quotedSpans(content).join(' ') || content : trimUnbalancedQuotes(content);
  if (!spoken && leadingPhrases.length === 0) {
    // "Zaw Min Tun confirmed the agreement and said further talks would be held": what follows "and said" is the report.
    const andSaid = AND_SAID.exec(content);
    if (andSaid?.[1] && andSaid[2] && andSaid[3] && earliestVerb(andSaid[1] + andSaid[2]) === null && andSaid[3].split(/\s+/).length >= 4) {
      leadingPhrases.push(andSaid[1]);
      content = andSaid[3];
    }
  }
  if (spoken) spoken = tidy(spoken);
  return { content, speakerPhrases: [...leadingPhrases, ...trailingPhrases], direct, evaluating, spoken, stance };
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

const BOTH_SIDES = /\b(?:the two sides|both sides|the sides|both countries|the two countries|both delegations|the two delegations|the delegations|both parties|the parties|the two parties|(?:the two|both) (?:neighbou?rs|governments|nations|rivals|adversaries)|the neighbou?rs|they|both)\b/i;
const SUBJECT_FILLER = /\b(?:the|and|two|both|sides?|delegations?|teams?|countries|country|officials|negotiators|diplomats|representatives|also|have|has|had|further|then|later|on|its|their|,)\b/gi;
const PRONOUN_SUBJECT = /^(?:it|they|we|he|she)\b/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that)$/i;
// "the minister said" after "Todd described the talks as cordial": a bare title points back at the last speaker.
const BARE_TITLE = /^(?:the\s+)?(?:(?:foreign|prime|deputy|defen[cs]e|vice|chief|top|senior|special)\s+)?(?:minister|spokes(?:man|woman|person)|envoy|official|diplomat|president|negotiator|ambassador|premier|chancellor|secretary|mediator|aide|adviser|advisor|commander|leader|chairman|chair)$/i;
// Capitalized words before "said" that are not a person's name.
const NOT_A_NAME = /^(?:officials|analysts|sources|diplomats|observers|experts|reports|media|critics|residents|witnesses|authorities|negotiators|mediators|organizers|organisers|he|she|they|it|we|i|this|that|both|the|a|an)$/i;
// How many clauses back "he said" may reach, and a quote with no attribution at all.
const PRONOUN_REACH = 4;
const RUN_ON_REACH = 2;

function recentSpeaker(context: FactContext, reach: number): string | null {
  const recent = context.recentSpeaker;
  return recent && recent.age <= reach ? recent.name : null;
}

const INSTITUTION = /\b(?:Ministry|Department|Office|Agency|News|Statement|Embassy|Consulate|House|Kremlin|Times|Post|Television|Council|Committee|Commission|Army|Forces|Front|Alliance|Party|Government|Court|Union|Nations|Organization|Organisation)\b/;
// Commentators are quoted, but they speak for no side: "Chinese experts said" is not China speaking.
const COMMENTATORS = /\b(?:experts?|analysts?|observers|commentators|scholars|academics|critics|residents|witnesses|sources?)\b/i;

const RANK_LEAD = /^(?:(?:Gen|Lt|Col|Maj|Brig|Adm|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Amb|Capt|Cdr|Sgt)\.?\s+)+/;
// "HE the Prime Minister", "His Excellency the Foreign Minister": an honorific before a post, as Gulf agencies write it.
const HONORIFIC = /^(?:H\.?E\.?|His Excellency|Her Excellency)\s+/;

function speakerOf(phrase: string | null, context: FactContext): string | null {
  if (!phrase || COMMENTATORS.test(phrase)) return null;
  const trimmed = phrase.trim().replace(/,.*$/, '').trim().replace(HONORIFIC, '');
  if (PRONOUN.test(trimmed)) return /^(?:he|she)$/i.test(trimmed) ? recentSpeaker(context, PRONOUN_REACH) : null;
  if (BARE_TITLE.test(trimmed)) {
    const recent = recentSpeaker(context, PRONOUN_REACH);
    if (recent) return recent;
  }
  const people = peopleIn(phrase, context);
  if (people[0]) return people[0];
  // "…," Gil told reporters: a capitalized word that is neither a party nor a pronoun is a person's name.
  // "Gen. Wanlop", "Dr. Ali": a rank or courtesy title before a single name does not make it two names.
  const single = /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.exec(trimmed.replace(RANK_LEAD, ''));
  if (single && !canonicalParty(single[0]) && !NOT_A_NAME.test(single[0])) {
    const match = [...context.people.values()].find((name) => name.split(/\s+/).includes(single[0]));
    return match ?? single[0];
  }
  const name = nameAtEnd(trimmed);
  if (name) return name;
  // "Qatar's Minister of State at the Foreign Ministry, Mohammed Al-Khulaifi,": the name may come after the post.
  // "Her counterpart, Deputy Foreign Minister Sergei Ryabkov,": a post may lead the name between the commas.
  const appositive = phrase.split(',').slice(1).map((part) => part.trim()).map((part) => (/^\p{Lu}/u.test(part) ? nameAtEnd(part) : null)).find((name) => name !== null);
  if (appositive) return appositive;
  const parties = partiesIn(phrase);
  if (parties[0]) return parties[0];
  return null;
}

/** "Junta spokesman Major General Zaw Min Tun": the run of capitalized words a title leads up to. */
function nameAtEnd(phrase: string): string | null {
  // "Khalid bin Salman", "Ursula von der Leyen": a lower-case particle inside a name.
  const names = phrase.trim().match(/\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|der|van|von|abu)\s+)*\p{Lu}[\p{L}'’-]+){1,2}$/u);
  // "… International Cooperation Hugh Todd": the words of a title are not part of the name.
  const words = names?.[0].split(/\s+/) ?? [];
  while (words.length > 1 && TITLE_WORD.test(words[0] ?? '')) words.shift();
  const name = words.join(' ');
  if (!name || TITLE_WORD.test(name) || canonicalParty(name) || partiesIn(name).length > 0 || INSTITUTION.test(name) || NOT_A_NAME.test(name)) return null;
  return name;
}

const TITLE_WORD = /^(?:Prince|Sheikh|Emir|King|Minister|Secretary|Secretary-General|Under-Secretary|General|Foreign|Affairs|International|Cooperation|Security|Defen[cs]e|Council|Deputy|Vice|Prime|President|Chief|Special|Envoy|Ambassador|Spokesman|Spokeswoman|Spokesperson|Major|Lieutenant|Colonel|Brigadier|Admiral|Commander|Director|Adviser|Advisor|Aide|Chair|Chairman|National|State|Trade|Representative|Commerce|Interior|Justice|Finance|Treasury|Senior|Acting)$/;

// A subject that is the deal itself ("The accords", "The agreement on oil", "Among its provisions").
const DEAL_SUBJECT = /^(?:among\s+)?(?:the|this|that|its|their|these|those|a|an)\b[^,]{0,60}?\b(?:agreements?|deals?|accords?|declarations?|memorand(?:um|a)|pacts?|protocols?|package|components|provisions|terms)\b/i;
const EXCHANGES = /\bexchanges\b/;
const TALKS_NOUN = /\b(?:talks|meeting|negotiations|round|session|discussions|dialogue|consultations)\b/;

// "Talks will now focus on …", "Negotiators will turn to …": the talks themselves, or the people at the table on both sides.
const TABLE_SUBJECT = /^(?:the\s+)?(?:talks|negotiations|consultations|dialogue|negotiators|delegates|delegations|(?:the\s+)?two teams)$/i;

/** "Russia and Ukraine will …", "both sides …": a subject that names the two sides together, not one side and its object. */
function jointSubject(subject: string): boolean {
  if (BOTH_SIDES.test(subject) || TABLE_SUBJECT.test(subject.trim())) return true;
  const mentions = findPartyMentions(subject).filter((mention) => !mention.isPlace);
  const [first, second] = mentions;
  if (!first || !second || first.party === second.party) return false;
  const between = subject.slice(first.index + first.text.length, second.index);
  return /^(?:['’]s)?\s*(?:[\p{L}-]+\s+){0,2}?(?:and|,)\s+(?:the\s+)?$/u.test(between);
}

// "In the declaration, read out by Gonsalves on Thursday evening, the two neighbours agreed": a scene-setting lead-in.
const ADVERBIAL_LEAD = /^(?:in|at|on|during|after|following|under|with|before|earlier|later|last|this|speaking|addressing)\b/i;
// "read out by Gonsalves on Thursday, the two sides agreed", once "In the statement," is cut: a participle phrase.
const PARTICIPLE_LEAD = /^\p{Ll}[\p{L}-]*(?:\s+(?:out|up))?\s+(?:by|from|to|at|in|on)\b/u;

/** The subject without a lead-in that sets the scene: who acts is after its last comma, not the people the lead-in names. */
function subjectHead(subject: string): string {
  if (!ADVERBIAL_LEAD.test(subject) && !PARTICIPLE_LEAD.test(subject)) return subject;
  const comma = subject.lastIndexOf(',');
  const tail = comma >= 0 ? subject.slice(comma + 1).trim() : '';
  return tail ? tail : subject;
}

/** The parties or people a subject names, or all sides for "the two sides", "negotiators", "the talks". */
function actorsNamedBy(subject: string, context: FactContext): string[] {
  const named = [...partiesIn(subject), ...peopleIn(subject, context)];
  if (named.length > 0) return named;
  return BOTH_SIDES.test(subject) || GENERIC_ACTORS.test(subject) || TABLE_SUBJECT.test(subject.trim()) ? [...context.parties] : [];
}

function isPerson(speaker: string | null): boolean {
  return speaker !== null && !canonicalParty(speaker);
}

const EVENT_WHICH = /\b(?:after|following|at|during)\s+which$/;

/** Whether a match at `index` sits in a subordinate or relative clause ("after Venezuelans approved …"). */
function subordinate(lower: string, index: number, subordinators: RegExp = SUBORDINATOR, meetingOutcome = false): boolean {
  const before = lower.slice(0, index);
  let last = -1;
  subordinators.lastIndex = 0;
  for (let match = subordinators.exec(before); match; match = subordinators.exec(before)) last = match.index;
  if (last < 0 || before.slice(last).includes(',')) return false;
  // "…held in Kunming, after which China announced that both sides had agreed …": what the meeting went on to produce.
  if (EVENT_WHICH.test(before.slice(Math.max(0, last - 12), last + 5))) return false;
  // "The first round was held in Doha on Oct. 19, where the two sides agreed to a ceasefire": what a meeting produced.
  return !(meetingOutcome && meetingRelative(lower, last));
}

// ", where" / ", when" right after a meeting, its place or its date ("…at a meeting in Geneva, where …", "…met again in
// September, when …"): the relative clause tells what that meeting did.
const MEETING_BEFORE_RELATIVE = /\b(?:rounds?|meetings?|talks|sessions?|summit|conference|consultations|negotiations|the table|met)\b[^;:"“”]{0,120}?,\s*$/;

// "…met in Vienna, where they signed a memorandum in 2009": a year of its own puts the relative clause at another time.
const OTHER_TIME = /\b(?:1[89]|20)\d{2}\b|\byears? (?:ago|earlier|before)\b/;

function meetingRelative(lower: string, at: number): boolean {
  if (!lower.startsWith('where', at) && !lower.startsWith('when', at)) return false;
  return MEETING_BEFORE_RELATIVE.test(lower.slice(Math.max(0, at - 160), at)) && !OTHER_TIME.test(lower.slice(at));
}

// "Rwanda remains committed to …", "the government was committed to …": a standing attitude, not a commitment made here.
const STATIVE_BEFORE = /\b(?:remains?|remained|is|are|was|were|stays?|stayed|be|being|fully|firmly|strongly|deeply)\s+$/;

// What makes an insistence a demand: an obligation, a refusal, a condition, or a subjunctive ("insisted that Armenia amend").
const DEMAND = /\b(?:must|should|need(?:s|ed)? to|has to|have to|cannot|can['’]t|not negotiable|non-negotiable|will not|would not|won['’]t|unacceptable|first|only if|before)\b/;
const SUBJUNCTIVE = /^insist\w*\s+(?:that\s+)?(?!(?:the|its|their|any|that|this|these|those)\b)[\p{L}-]+\s+(?!(?:is|was|has|had|will|would|were|are|can|could|did|does|remains|its|and|of)\b)\p{Ll}+(?<![^s]s|ed)\b/u;

// "insisting the team be made up of officers only": a bare "be" after its subject is a subjunctive too.
const SUBJUNCTIVE_BE = /^insist\w*\s+(?:that\s+)?(?:the|its|their|any|all)\s+(?:[\p{L}-]+\s+){1,3}?(?<!\b(?:to|would|will|could|might|may|can|shall)\s)be\b/u;

/** `lower` starts at "insist…": whether what follows demands something rather than states a position. */
function insistsOnDemand(lower: string): boolean {
  return /^insist\w*\s+on\b/.test(lower) || DEMAND.test(lower) || SUBJUNCTIVE.test(lower) || SUBJUNCTIVE_BE.test(lower);
}

// "the first document agreed between them", "the terms signed in Doha": right after a noun for a text, the verb is a
// participle describing that text, not what the subject did.
// Plural too: "under accords signed in the 1990s" describes the accords, it reports no signing.
const TEXT_NOUN_BEFORE = /\b(?:documents?|texts?|deals?|terms|measures|wording|language|plans?|road ?maps?|frameworks?|packages?|mechanisms?|steps|arrangements?|points|principles|declarations?|communiqu[eé]s?|memorand(?:um|a)|agreements?|accords?|protocols?|treaty|treaties)\s+$/;
// "went against the agreed framework", "the previously signed accord": after a determiner the participle is an adjective.
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|previously|already|mutually|jointly)\s+$/;
const PARTICIPLE_VERB = /^(?:agreed|signed|approved|endorsed|finali[sz]ed|struck|sealed|clinched|settled on)\b/;

/** Whether the agreement verb at `index` is a participle describing a text ("the agreed framework", "the document signed"). */
// "…committed to implementing what has been signed": "what" names the text already agreed, not a new agreement.
const WHAT_PASSIVE_BEFORE = /\bwhat\s+(?:has|have|had|was|were|is|are)\s+(?:already\s+)?(?:been\s+)?(?:already\s+)?$/;

function describesText(lower: string, index: number): boolean {
  if (!PARTICIPLE_VERB.test(lower.slice(index, index + 12))) return false;
  const before = lower.slice(Math.max(0, index - 24), index);
  return TEXT_NOUN_BEFORE.test(before) || DETERMINER_BEFORE.test(before) || WHAT_PASSIVE_BEFORE.test(before);
}

// "opposition groups that refused to sign the deal": a demand or an offer right after a relative pronoun describes the noun
// before it, not what the clause's subject did.
const RELATIVE_BEFORE = /\b(?:that|who|which)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?$/;

function validMatch(kind: VerbKind, lower: string, index: number): boolean {
  // (An agreement keeps it: "a meeting … that ended with an agreement" is what the talks reached.)
  if ((kind === 'CONCERN' || kind === 'PROPOSAL') && RELATIVE_BEFORE.test(lower.slice(Math.max(0, index - 24), index))) return false;
  if (kind === 'CONCERN' && lower.startsWith('insist', index)) return insistsOnDemand(lower.slice(index));
  // "X said the outcome showed … was not possible, and blamed the other side": a blame tacked on after "and" is the
  // speaker's aside to what he said, not the clause's own grievance.
  // "The truce began … after Hamas blamed technical reasons for the delay": a blame in a clause about another event is its background.
  if (kind === 'CONCERN' && lower.startsWith('blam', index) && (/\band\s+(?:also\s+)?$/.test(lower.slice(Math.max(0, index - 10), index)) || subordinate(lower, index))) return false;
  // "…a conference in Geneva, where the two sides submitted maps": an offer told in a clause about another event is its background.
  if (kind === 'PROPOSAL') return !subordinate(lower, index, PROPOSAL_SUBORDINATOR);
  if (kind !== 'AGREEMENT') return true;
  if (describesText(lower, index)) return false;
  if (lower.startsWith('commit', index) && STATIVE_BEFORE.test(lower.slice(Math.max(0, index - 20), index))) return false;
  // An agreement the clause denies, hopes for, or mentions in passing is not one these talks reached.
  return !NOT_AGREED_BEFORE.test(lower.slice(Math.max(0, index - 40), index)) && !subordinate(lower, index, SUBORDINATOR, true);
}

interface VerbMatch {
  kind: VerbKind;
  index: number;
  text: string;
}

// A clause's verb is asked for by several steps (the attribution, the kind, the lead); the answer depends on the text alone.
const VERB_MEMO = articleMemo<VerbMatch | null>();

function earliestVerb(content: string): VerbMatch | null {
  const cached = VERB_MEMO.get(content);
  if (cached !== undefined) return cached;
  const verb = scanEarliestVerb(content);
  VERB_MEMO.set(content, verb);
  return verb;
}

function scanEarliestVerb(content: string): VerbMatch | null {
  const lower = content.toLowerCase();
  let best: VerbMatch | null = null;
  for (const rule of VERB_RULES) {
    if (rule.gate && !rule.gate.test(lower)) continue;
    rule.re.lastIndex = 0;
    for (let match = rule.re.exec(lower); match; match = rule.re.exec(lower)) {
      if (best && match.index >= best.index) break;
      if (validMatch(rule.kind, lower, match.index)) {
        best = { kind: rule.kind, index: match.index, text: match[0] };
        break;
      }
      if (match[0].length === 0) rule.re.lastIndex += 1;
    }
  }
  return best;
}

const CONNECTIVE_LEAD = /^(?:additionally|moreover|furthermore|meanwhile|however|separately|in addition|also|further|at the same time|in turn|afterwards?|later|earlier|still|but|and)\s*,?\s+/i;
const GENERIC_ACTORS = /^(?:the\s+)?(?:officials|negotiators|delegates|delegations|diplomats|representatives|mediators?|ministers|leaders|presidents)\b/i;
// "-ed" after an article or possessive is an adjective ("the armed forces", "its disputed border"), not the clause's verb.
const FINITE_VERB = /\b(?:will|shall|would|have|has|had|discussed|are|is|were|was|held|met|began|sat|spoke|took|made|gave|said|says|told|came|went|sent|led|sought|brought|wants|remains|(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s)\p{Ll}{3,}ed)\b/u;
// A verb match that is a noun and its auxiliary ("concerns were", "agreement was reached", "priorities remain").
const NOUN_WITH_AUXILIARY = /^[\p{L}-]+\s+(?:were|was|is|are|has|have|had|remain|remained|remains)\b/u;
const SECONDHAND = /\b(?:quoted (?:a|an|unnamed|two|several) (?:sources?|officials?|diplomats?)|a source|sources (?:said|say|told)|reports? (?:said|indicated|suggested))\b/i;
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b/;
// "agreed to meet again", "agreed that the talks will continue": an agreement about the next meeting, not on substance.
const MEETING_OBJECT = /^[\p{L}-]+\s+(?:on\s+[\p{L}-]+\s+)?(?:to|that|on)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:meet|meeting|talks|negotiations|round|session|consultations|dialogue|reconvene|resume|convene)\b/u;
const WE_AGREED = /^(?:[\p{L},]+\s+){0,3}?we\s+(?:have\s+|had\s+)?(?:also\s+)?agreed\s+(?:to|on)\b/iu;
// In a speaker's own words only an outright proposal is one; "we are ready to" is a stance.
const EXPLICIT_PROPOSAL = /propos|suggest|offer/;
const REASONED_BEFORE = /[,;]\s+(?:so|therefore|thus|hence|and so|that is why|which is why)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
const HEDGED = /\b(?:if|unless|i think|i believe|we hope|hopefully)\b/i;

/** The kind a clause reports, before actors are worked out. */
function kindOf(
  attribution: Attribution,
  content: string,
  rawContent: string,
  speaker: string | null,
  verb: VerbMatch | null,
  subject: string,
  plansNextMeeting: boolean,
  aside: boolean,
): FactKind | 'EMPHASIS' | null {
  const lower = content.toLowerCase();
  const strong = NEXT_STEP_STRONG.exec(lower);
  // "if we can finalise this basis at the next meeting" hopes for a meeting; it plans none.
  const strongNext = strong !== null && !HEDGED.test(lower.slice(0, strong.index)) && !/\b(?:not|no|without|never)\b/.test(lower.slice(0, strong.index));
  const expiring = EXPIRY.test(lower) && !strongNext;
  // The round finder's hint of a planned meeting counts only where the clause itself looks ahead.
  // "The presidential election is scheduled for September": a date still to come for something other than the talks.
  const otherEvent = OTHER_EVENT.test(lower) && !TALKS_NOUN.test(lower);
  // "a fourth round will be held, but no date has been set": a meeting planned without its day is still planned.
  const nextStep = !expiring && !otherEvent && (strongNext || RECURRING_MEETING.test(lower) || (plansNextMeeting && LOOKS_AHEAD.test(lower) && (!NO_PLAN.test(lower) || WILL_BE_HELD.test(lower))));
  // "Karasin said the next step should be a treaty": what one side says ought to come next is its proposal.
  if (speaker && !FIRST_PERSON.test(content) && NEXT_SHOULD.test(lower)) return 'PROPOSAL';
  if (!attribution.direct && NO_DATE_YET.test(lower) && NEXT_MEETING_AFTER_FOR.test(lower)) return 'NEXT_STEP';
  const willFirst = WILL_FIRST.exec(lower);
  const agreedOnMeeting = verb?.kind === 'AGREEMENT' && MEETING_OBJECT.test(lower.slice(verb.index));
  // An explicit next meeting outweighs an agreement; the round finder's hint alone only when the agreement is about meeting.
  const nextBeatsVerb = !verb || (verb.kind === 'AGREEMENT' && (strongNext || agreedOnMeeting)) || verb.kind === 'EMPHASIS' || (willFirst !== null && willFirst.index < verb.index);

  // A speaker's own words: what they say of the talks is a statement, unless it reports the sides' agreement or plan.
  if (attribution.direct && speaker) {
    if (strongNext) return 'NEXT_STEP';
    // "“For the first time since the war, a document has been agreed,” he stressed": a quote that weighs the deal before
    // stating it is the speaker's judgement of it.
    // "…, so it was decided to meet in Vienna," he said: a decision given as the upshot of the speaker's reasoning.
    const weighed = verb !== null && ([lower.search(SIGNIFICANCE), lower.search(EVALUATION)].some((at) => at >= 0 && at < verb.index) || REASONED_BEFORE.test(lower.slice(0, verb.index)));
    if (!FIRST_PERSON.test(content) && verb && !weighed && (verb.kind === 'AGREEMENT' || (verb.kind === 'PROPOSAL' && EXPLICIT_PROPOSAL.test(verb.text)))) return verb.kind;
    // "“We have agreed to exchange all wounded prisoners,” Medinsky said": a negotiator announcing the deal itself.
    if (WE_AGREED.test(content)) return 'AGREEMENT';
    return 'STATEMENT';
  }
  if (attribution.evaluating && speaker) return 'STATEMENT';
  // "Both sides described it as constructive": a judgement the two sides share describes the talks, it is no one's statement.
  if (attribution.evaluating && attribution.speakerPhrases.some((phrase) => jointSubject(phrase)) && EVALUATION.test(lower)) return 'CONTEXT';
  // "Two officials of the group said differences remained over the timing": what divides the sides, not a person's view.
  if (!attribution.direct && !isPerson(speaker) && DIFFERENCES_REMAIN.test(lower)) return 'CONCERN';
  // Words nobody is named as saying ("We'll believe it when …") state nothing, unless they announce the next meeting.
  // A source that is not named but is quoted reporting what the delegations did in the third person reports, like any source.
  const reportedBySource = attribution.direct && !speaker && attribution.speakerPhrases.length > 0 && !FIRST_PERSON.test(content) && !EVALUATION.test(lower);
  if (attribution.direct && !speaker && !reportedBySource) return strongNext ? 'NEXT_STEP' : null;
  // A report of what someone said that judges the talks ("the meeting had been 'productive'") before any agreement verb.
  // Quote marks are gone from `content`; where the first one stood is where the speaker's words begin.
  const quoteAt = rawContent.search(/["“]/) >= 0 ? rawContent.slice(0, rawContent.search(/["“]/)).replace(/["“”]/g, '').length : -1;
  const judged = quoteAt >= 0 || EVALUATION.test(lower);
  const judgedAt = Math.min(...[quoteAt, lower.search(EVALUATION)].filter((index) => index >= 0));
  if (speaker && judged && (!verb || judgedAt < verb.index) && !(nextStep && nextBeatsVerb)) return 'STATEMENT';
  // "The talks come as thousands protest …": what the talks come amid is their background, whatever verb it has.
  if (TALKS_COME_AMID.test(lower)) return 'CONTEXT';
  // "Aliyev has said a deal will not be possible unless Armenia changes its constitution": a condition is a demand.
  if (speaker && !attribution.direct && CONDITION.test(lower)) return 'CONCERN';
  // "A further round ended without agreement amid a dispute over X's insistence on …": how the round ended decides, not
  // the quarrel it ended in.
  const setbackAt = lower.search(ROUND_SETBACK);
  if (verb?.kind === 'CONCERN' && setbackAt >= 0 && setbackAt < verb.index && SETBACK_LINK.test(lower.slice(setbackAt, verb.index))) return 'CONTEXT';
  if (DEAD_DEAL.test(lower) && (!verb || verb.kind === 'AGREEMENT')) return 'CONTEXT';
  // "A truce that took effect in April expired in October": a deal's life that has run out is background, not a term.
  if (expiring && verb?.kind === 'AGREEMENT' && /\b(?:effect|force)\b/.test(verb.text)) return 'CONTEXT';
  if (!verb && PACKAGE_RULE.test(lower)) return 'AGREEMENT';
  if (!verb && EXPECTED_DEAL.test(lower)) return 'CONTEXT';
  if (!verb && !strongNext && MONITORING.test(lower)) return 'AGREEMENT';
  if (nextStep && nextBeatsVerb) return 'NEXT_STEP';
  if (verb) return verb.kind;
  if (ADVOCACY.test(content) || (speaker && OUGHT.test(content))) return 'PROPOSAL';
  // "The deal must still be approved by parliament and then put to voters in a referendum planned for February": the approval
  // a deal still awaits is its next step, though a vote is named.
  if (!expiring && !aside && RATIFICATION.test(lower) && !NO_PLAN.test(lower)) return 'NEXT_STEP';
  if (expiring || aside || (otherEvent && !speaker)) return 'CONTEXT';
  if ((TO_BE_ESTABLISHED.test(lower) || FUTURE_SIGNING.test(lower) || MEETING_AHEAD.test(lower)) && !NO_PLAN.test(lower)) return 'NEXT_STEP';
  // "A binational commission would now place the remaining border markers", "a monitoring force will watch over …": what a
  // body the talks set up is to do next.
  if (BODY_WILL_DO.test(lower.slice(0, subject.length + 40))) return 'NEXT_STEP';
  const subjectParties = partiesIn(subject).length;
  const joint = jointSubject(subject);
  const willDo = NEXT_STEP_WEAK.test(lower) && (joint || subjectParties > 0);
  const background = CONTEXT_CUE.test(lower) || BACKGROUND_CUE.test(lower) || SETBACK_CUE.test(lower) || ROUND_SETBACK.test(lower) || OFFICE_CUE.test(lower) || FIRST_IN_YEARS.test(lower) || YEARS_GAP.test(lower) || HEADCOUNT.test(lower);
  const agenda = AGENDA_CUE.test(lower);
  const position = speaker !== null && !LOGISTICS.test(lower) && !SECONDHAND.test(content);
  // What both sides will do is a next step even when someone reports it; one side's intent is that speaker's position.
  if (willDo && joint) return 'NEXT_STEP';
  if (WORK_TOWARDS.test(lower) && attribution.speakerPhrases.some((phrase) => jointSubject(phrase))) return 'AGREEMENT';
  // A person's reported position ("Beltrán said a ceasefire was not yet on the table"); a ministry reporting background reports background.
  if (position && (isPerson(speaker) || attribution.stance || !background)) return 'STATEMENT';
  if (willDo) return 'NEXT_STEP';
  if (background || agenda) return 'CONTEXT';
  // "talks that both sides described as positive": a judgement nobody in particular made still describes the talks.
  // "the two sides held candid and constructive exchanges": exchanges of views are the talks too.
  if (!speaker && EVALUATION.test(lower) && (TALKS_NOUN.test(lower) || EXCHANGES.test(lower))) return 'CONTEXT';
  return null;
}

function ageSpeakers(context: FactContext, speaker: string | null): void {
  if (speaker && isPerson(speaker)) context.recentSpeaker = { name: speaker, age: 0 };
  else if (context.recentSpeaker) context.recentSpeaker = { ...context.recentSpeaker, age: context.recentSpeaker.age + 1 };
}

// "A spokesman for the Foreign Ministry issued the following statement:": what follows is that side's statement.
const FOLLOWING_STATEMENT = /^(.{2,120}?)\s+(?:issued|released|published|made|read out)\s+the\s+following\s+(?:[\p{L}-]+\s+)?(?:statement|communiqu[eé]|declaration|press release)\b[^.]*:\s*$/u;

const FIGURE_SOURCE = /,\s+(according to [^,"“”]{3,80}?)\.?$/;

/** A fact from one clause, or null when the clause states no agreement, proposal, concern, quote, next step or context. */
export function factOfClause(clause: string, sentence: string, context: FactContext, plansNextMeeting = false): FactObservation | null {
  const aside = ASIDE_LEAD.test(clause.trim());
  const following = clause.includes('following') ? FOLLOWING_STATEMENT.exec(clause.trim()) : null;
  if (following?.[1]) {
    // "A spokesman for the Foreign Ministry of X": the ministry "of X" speaks for X.
    const giver = speakerOf(following[1], context) ?? findPartyMentions(following[1])[0]?.party ?? null;
    if (giver) context.sectionSpeaker = giver;
    return null;
  }
  const stripped = stripAttribution(clause, sentence.trimStart().startsWith(clause.trim()));
  // "“The United States reiterated its concerns …,” the statement said": a document's wording reports, it speaks for no one.
  const attribution = stripped.direct && stripped.speakerPhrases.some((phrase) => DOCUMENT.test(phrase)) ? { ...stripped, direct: false } : stripped;
  // Quote marks only get in the way of finding the subject; a statement keeps them.
  const rawContent = attribution.content.replace(/\s+/g, ' ').trim();
  const content = rawContent.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  const previousSubject = context.previousSubject ?? null;
  context.previousSubject = null;
  // "Observer | Friday, January 26 | Associated Press": page furniture, not a sentence of the story.
  if (content.split(/\s+/).length < 4 || content.includes(' | ')) {
    ageSpeakers(context, null);
    return null;
  }
  let speaker = attribution.speakerPhrases.map((phrase) => speakerOf(phrase, context)).find((found) => found !== null) ?? null;
  // A quote with no attribution of its own carries on the last speaker's words.
  if (!speaker && attribution.speakerPhrases.length === 0 && attribution.direct) speaker = recentSpeaker(context, RUN_ON_REACH);
  if (SECONDHAND.test(clause)) speaker = speaker && isPerson(speaker) ? speaker : null;
  const verb = earliestVerb(content);
  const firstFinite = FINITE_VERB.exec(content)?.index ?? 0;
  const subjectEnd = verb ? (/\b(?:will|shall)\b/.test(content.slice(firstFinite, verb.index)) ? firstFinite : verb.index) : firstFinite;
  const subject = content.slice(0, subjectEnd).trim();
  context.previousSubject = subject && !PRONOUN_SUBJECT.test(subject) && subject.split(/\s+/).length <= 8 ? subject : null;
  // "Ruto said the talks were convened at Kiir's request, and urged the parties …": a second predicate after "X said …"
  // is X's, not the reported clause's subject.
  if (attribution.spoken && speaker && isPerson(speaker) && !attribution.evaluating) context.previousSubject = speaker;
  // "Chinese Vice Premier He Lifeng, also …, held talks": whoever leads the sentence is who "he" means next.
  const lead = subject || (content.split(',')[0] ?? '');
  const subjectPerson = peopleIn(lead, context)[0] ?? (lead.split(/\s+/).length <= 10 ? nameAtEnd(lead) : null);
  // "He also suggested …" right after Medinsky spoke: he is Medinsky.
  const earlierPerson = recentSpeaker(context, PRONOUN_REACH);
  ageSpeakers(context, speaker ?? (attribution.evaluating ? null : subjectPerson));

  let kind = kindOf(attribution, content, rawContent, speaker, verb, subject, plansNextMeeting, aside);
  if (kind === null && context.sectionSpeaker && verb === null && !/\b(?:lasted|took place|was held|were held|led|headed)\b/.test(content.toLowerCase())) kind = 'STATEMENT';
  if (kind === null && !speaker && /["“]/.test(clause) && context.sectionSpeaker) kind = 'STATEMENT';

  // Who acts: the subject's parties or people, "the two sides", the speaker for "it"/"we", the agent of a passive.
  let actors: string[] = [];
  // "…, while concerns were raised by Washington about …": a noun with its own auxiliary opens a clause with a subject.
  const verbFirst = verb !== null && verb.index === 0 && /^\p{Ll}/u.test(content) && !NOUN_WITH_AUXILIARY.test(verb.text);
  if (verbFirst && context.previousActors?.length) actors = [...context.previousActors];
  // "Representatives of the two sides met … and agreed …": a subject whose first clause gave no fact still names who agreed.
  if (verbFirst && actors.length === 0 && previousSubject) actors = actorsNamedBy(subjectHead(previousSubject), context);
  if (actors.length === 0 && PRONOUN_SUBJECT.test(subject)) {
    // "Bessent said he had raised …": he is the speaker; with no speaker, whoever spoke last.
    const person = speaker && isPerson(speaker) ? speaker : earlierPerson;
    const stated = /^(?:he|she)\b/i.test(subject) ? person : (speaker ?? context.sectionSpeaker);
    if (stated) actors = [stated];
  }
  const head = subjectHead(subject);
  if (actors.length === 0 && head) actors = actorsNamedBy(head, context);
  // "the two sides" names the two parties only when the article has exactly two; otherwise the text keeps the article's words.
  const namesSides = context.parties.length === 2 || !(BOTH_SIDES.test(head) || GENERIC_ACTORS.test(head)) || partiesIn(head).length > 0;
  // Only actors the subject itself names (or "we"/"it" for its speaker) may stand in for the subject in the text.
  const subjectActors = actors.length > 0 && namesSides ? [...actors] : [];
  if (actors.length === 0) {
    const agent = /\bby\s+(?:the\s+)?([\p{L}'’ .-]{2,40}?)(?=[\s,.;]|$)/u.exec(content.slice(verb?.index ?? 0));
    if (agent?.[1]) actors = [...partiesIn(agent[1]), ...peopleIn(agent[1], context)];
  }
  if (actors.length === 0 && speaker) actors = [speaker];
  if (actors.length === 0 && context.sectionSpeaker) actors = [context.sectionSpeaker];
  // "The agreement on oil provides for …": a deal's terms bind all its sides, not the country its wording happens to name.
  if (actors.length === 0 && kind === 'AGREEMENT' && DEAL_SUBJECT.test(head)) actors = [...context.parties];
  if (actors.length === 0) actors = partiesIn(content).slice(0, 2);

  if (kind === 'EMPHASIS') kind = actors.length >= 2 ? 'AGREEMENT' : 'CONCERN';
  if (!kind) return null;
  if (kind !== 'STATEMENT' && actors.length === 0) actors = [...context.parties];

  let text: string;
  if (kind === 'STATEMENT') {
    const who = speaker ?? context.sectionSpeaker ?? 'A source';
    // "We will not …" under a side's statement given in full: its own words.
    const ownWords = !speaker && context.sectionSpeaker !== null && FIRST_PERSON.test(content) && !attribution.spoken;
    text = statementText(speakerName(who, attribution, context), ownWords ? { ...attribution, direct: true } : attribution, rawContent);
    actors = [who];
  } else if (attribution.direct && speaker && FIRST_PERSON.test(content)) {
    // "“We will keep talking,” he said": a first-person quote keeps its speaker rather than guessing who "we" are.
    text = statementText(speakerName(speaker, attribution, context), attribution, rawContent);
  } else {
    // "The two sides said they would …": "they" are the sides that said it.
    const attributed = speaker !== null || attribution.speakerPhrases.some((phrase) => jointSubject(phrase));
    // "X said A and that B", its attribution cut off: "A, and B" rather than "A and that B".
    const reported = attribution.speakerPhrases.length > 0 ? joinReports(content) : content;
    text = factText(reported, subject, subjectActors, verb, verbFirst, kind, previousSubject, context, attributed);
  }
  // "…killed more than 46,000 people, according to the health ministry": a figure keeps the source that counted it.
  const source = kind === 'CONTEXT' && /\d/.test(content) ? FIGURE_SOURCE.exec(clause.trim())?.[1] : undefined;
  if (source && !text.includes(source)) text = `${text.replace(/[.\s]+$/, '')}, ${source}.`;
  return { kind, text, actors, quote: sentence, ...(kind === 'STATEMENT' ? { speaker: actors[0] ?? null } : {}) };
}

const AND_THAT_JOIN = /,?\s+and\s+that\s+/;

/** "A and that B" → "A, and B": the second "that" only made sense after the "said" that was cut off. */
function joinReports(content: string): string {
  const match = AND_THAT_JOIN.exec(content);
  if (!match || insideQuotes(content, match.index)) return content;
  return `${content.slice(0, match.index)}, and ${content.slice(match.index + match[0].length)}`;
}

// "the Turkish foreign ministry", "a senior U.S. official": a side's voice named by the body or post that spoke.
const SPOKESBODY = /^(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,4}(?:officials?|spokes(?:man|woman|person)|ministry|minister|ministers|diplomats?|envoys?|delegation|negotiators?|government|side|presidency|office|embassy|military|army|state department|white house|kremlin|council|statement|communiqu[eé]|readout)$/iu;

/** How the text names the speaker: a person by name, a side as the article called it ("the Turkish foreign ministry", "a U.S. official"). */
function speakerName(who: string, attribution: Attribution, context: FactContext): string {
  if ([...context.people.values()].includes(who)) return who;
  if (!canonicalParty(who)) return who;
  const phrase = attribution.speakerPhrases.map((candidate) => candidate.replace(/,.*$/, '').trim()).find((candidate) => SPOKESBODY.test(candidate) && partiesIn(candidate).includes(who));
  return phrase ? capitalize(phrase) : partyInSentence(who);
}

/** "Ali said: "…"" for the speaker's own words; the reported sentence with its speaker for the rest. */
function statementText(named: string, attribution: Attribution, rawContent: string): string {
  if (attribution.direct) {
    const said = capitalize(rawContent.replace(/["“”]/g, '').trim()).replace(/[.!?…,;:\s]+$/, '');
    return `${capitalize(named)} said: "${said}."`;
  }
  const finish = (text: string) => text.replace(/[“”]/g, '"').replace(/[\s\p{So}]+$/u, '').replace(/[.,;:]+(["”]?)$/, '$1').trim();
  if (attribution.spoken) {
    // "He described the talks as …", "Gil wrote on X that …": the sentence as written, the pronoun giving way to the name.
    return `${capitalize(finish(attribution.spoken).replace(/^(?:he|she)\b/i, named))}.`;
  }
  const body = finish(rawContent);
  // "Foreign Minister Gil said the meeting had been 'productive'" keeps who said it.
  return `${capitalize(named)} said ${lowerFirst(body)}.`;
}

// Words that open a sentence but not a name: after "X said" they go lower-case.
const SENTENCE_OPENER = /^(?:The|A|An|It|They|This|That|These|Those|There|Its|Their|Both|Our|We|He|She|With|In|On|At|After|Before|During|For|Under|As|While|Although|Since|Now|All|Some|No|Nothing|Each|Any|Talks|Negotiations|Discussions|Further|More|Such|If|When|Once|Despite|Following)\b/;

function lowerFirst(text: string): string {
  // Keep proper nouns ("Venezuela had reiterated"); lower only a word that opens any sentence.
  return SENTENCE_OPENER.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The clause as one sentence led by its actors, when its subject only named them. */
function factText(
  content: string,
  subject: string,
  actors: string[],
  verb: VerbMatch | null,
  verbFirst: boolean,
  kind: FactKind,
  previousSubject: string | null,
  context: FactContext,
  attributed: boolean,
): string {
  let body = content;
  if (subject && actors.length > 0) {
    // "The Russian and US delegations agreed…" → "Russia and the United States agreed…": canonical actors lead the sentence.
    const leftover = subject.replace(SUBJECT_FILLER, ' ');
    const withoutParties = findPartyMentions(leftover).reduce((rest, mention) => rest.replace(mention.text, ' '), leftover);
    const auxiliary = /\b(also|further|have|has|had|then|later)\b/i.exec(subject)?.[1]?.toLowerCase();
    const pronoun = PRONOUN_SUBJECT.test(subject);
    // "It is due to expire" names nobody: a pronoun stands for the speaker who said it, or an agreeing "we"/"they".
    const replace = pronoun ? /^(?:he|she)\b/i.test(subject) || (attributed && /^(?:it|they|we)\b(?!\s+(?:was|is|has been|had been|will be|would be|remains|seems|appears)\b)/i.test(subject)) || (verb !== null && verb.kind !== 'EMPHASIS' && /^(?:they|we)\b/i.test(subject)) : !withoutParties.trim();
    const singular = actors.length === 1 && !/\b(?:opposition|forces|rebels|authorities)\b/i.test(actors[0] ?? '');
    if (replace && pronoun) {
      // Only the pronoun gives way: "it hopes the remaining issues …" → "Oman hopes the remaining issues …".
      const rest = body.replace(PRONOUN_SUBJECT, '').trim();
      body = `${joinNames(actors)} ${singular ? rest.replace(/^have\b/, 'has').replace(/^are\b/, 'is').replace(/^were\b/, 'was') : rest}`;
    } else if (replace) {
      const verbForm = auxiliary === 'have' && singular ? 'has' : auxiliary;
      body = `${joinNames(actors)}${verbForm ? ` ${verbForm}` : ''} ${body.slice(subject.length).trim()}`;
    }
  } else if (verbFirst) {
    // "…and agreed to continue the dialogue": the previous clause's subject as written, else the actors it had.
    const lead = previousSubject ?? (context.previousActors?.length ? joinNames(context.previousActors) : null);
    if (lead) body = `${lead} ${body}`;
  } else if (kind === 'PROPOSAL' && !verb && actors[0]) {
    // "A resumption of direct flights would help…" under "Statements by X": X said so.
    body = `${partyInSentence(actors[0])} said ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  }
  return `${capitalize(body.trim()).replace(/[\s\p{So}]+$/u, '').replace(/[.,;:\s]+$/, '')}.`;
}

/** "Statements by Darchiev", "US comments": who a section heading gives the floor to. */
export function headingSpeaker(heading: string, context: FactContext): string | null {
  const by = /^(?:statements?|comments?|remarks?|quotes?|what [\p{L} ]+ said)\s+(?:by|from|of)\s+(.+)$/iu.exec(heading.trim());
  const own = /^(.+?)(?:['’]s?)?\s+(?:statements?|comments?|remarks?|position|view|side)$/iu.exec(heading.trim());
  const phrase = by?.[1] ?? own?.[1] ?? null;
  return speakerOf(phrase, context) ?? (phrase && /^\p{Lu}[\p{L}'’-]+$/u.test(phrase) ? phrase : null);
}

/** A stretch of a clause that reports one thing, and where it stood in the clause. */
interface ClausePart {
  text: string;
  from: number;
  to: number;
  /** The part is a report added by the first part's subject ("…, and said …"): it needs a speaker put in front. */
  added: boolean;
  /** The part is a second undertaking of the same subject ("…agreed to A and pledged not to B"): a fact of its own. */
  undertaking?: boolean;
}

// "…took place in Muscat on May 11; Baghaei called it …": a semicolon joins two reports.
const SEMICOLON = /;\s+/g;
// "…agreed to set up a commission, and said the leaders would meet again", "…, adding that …": a second report by the same
// subject. ", saying" gives the reason for the first report, not a report of its own.
const ADDED_REPORT = /(?:,\s+and|\s+and)\s+(?:also\s+)?(?:said|added|announced|noted)\s+(?:that\s+)?|,\s+(?:adding|noting|announcing|explaining|stressing)\s*:?\s+(?:that\s+)?/g;
// "Both parties agreed on Monday to …": what an undertaking's later infinitives ("…, and to hold a meeting") hang on.
const UNDERTAKING_LEAD = /^(.*?\b(?:agreed|agree|agrees|decided|pledged|promised|vowed|undertook|resolved|consented|committed(?:\s+(?:themselves|itself))?)(?:\s+on\s+\p{Lu}\p{Ll}+day)?)\s+(?:not\s+)?to\s+\p{Ll}/u;
// "…, and to hold a new meeting": a second infinitive of the same undertaking.
const SECOND_INFINITIVE = /,?\s+(?:and|as well as)\s+(?:also\s+)?to\s+(?=\p{Ll})/gu;
// A clause the sentence splitter cut off at that second infinitive.
const INFINITIVE_CONTINUATION = /^\s*(?:and|as well as)?\s*(?:also\s+)?to\s+(?=\p{Ll})/u;
// A part that opens on a pronoun points back at the other part and says nothing on its own.
// "It was agreed that …" is an impersonal "it": it points at nothing.
const POINTS_BACK = /^["“]?(?:it(?!\s+(?:was|is|has been|had been)\s+(?:agreed|decided|announced|understood)\b)|this|that|these|those|they|its|such)\b/i;

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** The first place outside quotes where `re` splits `clause` into two parts of four words or more. */
function splitAt(clause: string, re: RegExp, added: boolean): ClausePart[] | null {
  re.lastIndex = 0;
  for (let match = re.exec(clause); match; match = re.exec(clause)) {
    const first = clause.slice(0, match.index);
    const second = clause.slice(match.index + match[0].length);
    if (insideQuotes(clause, match.index) || words(first) < 4 || words(second) < 4 || POINTS_BACK.test(second.trim())) continue;
    return [
      { text: first, from: 0, to: match.index, added: false },
      { text: second, from: match.index + match[0].length, to: clause.length, added },
    ];
  }
  return null;
}

// "X told reporters that the truce would begin on Sunday, and that mediators would …": two reports under one attribution.
const REPORT_THAT = new RegExp(`^[^"“]{2,200}?\\s${SAY}${SAID_WHERE},?\\s+that\\s+`, 'u');
const AND_THAT = /,\s+and\s+that\s+/g;

/** "X said that A, and that B": A and B, each under the attribution as written. */
function reportedParts(clause: string): ClausePart[] | null {
  const lead = REPORT_THAT.exec(clause)?.[0];
  if (!lead) return null;
  AND_THAT.lastIndex = lead.length;
  const parts = splitAt(clause, AND_THAT, false);
  if (!parts || parts[0]!.to < lead.length) return null;
  const second = parts[1]!;
  return [parts[0]!, { ...second, text: `${lead}${second.text}` }];
}

// "…agreed to settle disputes peacefully and pledged not to harm foreign nationals": a second undertaking, verb first.
const SECOND_UNDERTAKING = /,?\s+and\s+(?:also\s+)?(?=(?:pledged|promised|vowed|undertook|committed|signed|decided)\s)/g;

/** "X agreed to A and pledged not to B": two undertakings, each a fact outlets may report alone. */
function undertakingParts(clause: string): ClausePart[] | null {
  if (!UNDERTAKING_LEAD.test(clause)) return null;
  const parts = splitAt(clause, SECOND_UNDERTAKING, false);
  if (!parts || earliestVerb(parts[0]!.text)?.kind !== 'AGREEMENT') return null;
  return [parts[0]!, { ...parts[1]!, undertaking: true }];
}

// "…produced a bridging proposal that Hamas, which was briefed, rejected as tilted …": an offer and its refusal.
const REJECTED_OFFER = /\b(proposals?|plan|offer|draft|initiative)(["”]?)\s+that\s+((?:the\s+)?\p{Lu}[^"“”;]{0,160}?)\s+(rejected|turned down|dismissed|refused)\b/u;

/** "X produced a proposal that Y rejected …": the proposal, and Y's rejection of it, each a fact of its own. */
function rejectedOfferParts(clause: string): ClausePart[] | null {
  const match = REJECTED_OFFER.exec(clause);
  if (!match || match.index === undefined) return null;
  const end = match.index + match[1]!.length + match[2]!.length;
  if (insideQuotes(clause, end)) return null;
  const first = clause.slice(0, end);
  if (earliestVerb(first.replace(/["“”]/g, ''))?.kind !== 'PROPOSAL') return null;
  const rest = clause.slice(match.index + match[0].length);
  return [
    { text: first, from: 0, to: end, added: false },
    { text: `${match[3]} ${match[4]} the ${match[1]}${rest}`, from: end, to: clause.length, added: false },
  ];
}

/** Where a clause holds two reports: a semicolon, an added report ("…, and said …"), a second infinitive of one agreement. */
function clauseParts(clause: string): ClausePart[] | null {
  const semicolon = splitAt(clause, SEMICOLON, false);
  if (semicolon) return semicolon;
  const rejected = rejectedOfferParts(clause);
  if (rejected) return rejected;
  const added = splitAt(clause, ADDED_REPORT, true);
  if (added) return added;
  const reported = reportedParts(clause);
  if (reported) return reported;
  const undertakings = undertakingParts(clause);
  if (undertakings) return undertakings;
  const lead = UNDERTAKING_LEAD.exec(clause)?.[1];
  if (!lead) return null;
  SECOND_INFINITIVE.lastIndex = lead.length;
  for (let match = SECOND_INFINITIVE.exec(clause); match; match = SECOND_INFINITIVE.exec(clause)) {
    const rest = clause.slice(match.index + match[0].length);
    if (insideQuotes(clause, match.index) || words(rest) < 3) continue;
    // "Both parties agreed to create a commission" and "Both parties agreed to hold a new meeting …".
    return [
      { text: clause.slice(0, match.index), from: 0, to: match.index, added: false },
      { text: `${lead} to ${rest}`, from: match.index + match[0].length, to: clause.length, added: false },
    ];
  }
  return null;
}

/** Who a report added by the first part's subject is attributed to: its speaker, a person among its actors, or its sides. */
function addedSpeaker(first: FactObservation): string | null {
  if (first.speaker) return first.speaker;
  const person = first.actors.find((actor) => isPerson(actor));
  if (person) return person;
  return first.actors.length > 0 ? joinNames(first.actors) : null;
}

/**
 * Whether a report added by the first part's subject stands as a fact of its own. After a quote anything new does; after a
 * deal, demand or offer only a plan or a judgement does ("…, and noted that lawmakers were pushing for tariffs" is no
 * proposal of the talks).
 */
function addedKindStands(first: FactObservation, added: FactObservation): boolean {
  // After a quote, or a source's account of what was discussed, anything new does.
  if (first.kind === 'STATEMENT' || first.kind === 'CONTEXT') return true;
  return added.kind === 'NEXT_STEP' || added.kind === 'STATEMENT';
}

export interface ClauseFactOptions {
  /** The round finder saw a planned meeting in the clause, or a date still to come. */
  plansNextMeeting?: boolean;
  /** Where in the clause the planned meeting is mentioned (-1: nowhere in particular), so only that part plans it. */
  nextCueIndex?: number;
}

/**
 * The facts of one clause: usually one, two when the clause clearly reports two things of different kinds ("agreed to set up
 * a commission, and said the leaders would meet again in Brazil"); each cites the same verbatim sentence.
 */
export function factsOfClause(written: string, sentence: string, context: FactContext, options: ClauseFactOptions = {}): FactObservation[] {
  const plans = options.plansNextMeeting ?? false;
  // "…, and to hold a new meeting in Brazil" cut off from "Both parties agreed to …": the undertaking it continues leads it.
  const continued = INFINITIVE_CONTINUATION.exec(written);
  const undertaking = context.previousUndertaking?.sentence === sentence ? context.previousUndertaking.lead : null;
  const clause = continued && undertaking ? `${undertaking} to ${written.slice(continued[0].length)}` : written;
  // The cue's offset is in the clause as written; a rebuilt clause plans as a whole.
  const cue = clause === written ? (options.nextCueIndex ?? -1) : -1;
  const lead = UNDERTAKING_LEAD.exec(clause)?.[1];
  context.previousUndertaking = lead ? { lead, sentence } : null;
  const parts = clauseParts(clause);
  if (parts) {
    const saved = { recentSpeaker: context.recentSpeaker, previousSubject: context.previousSubject, previousActors: context.previousActors };
    const facts: FactObservation[] = [];
    for (const part of parts) {
      // Only the part that mentions the planned meeting plans it.
      const partPlans = plans && (cue < 0 || (cue >= part.from && cue < part.to));
      let text = part.text;
      if (part.added) {
        const speaker = facts[0] ? addedSpeaker(facts[0]) : null;
        if (!speaker) break;
        text = `${speaker} said ${text}`;
      }
      const fact = factOfClause(text, sentence, context, partPlans);
      if (!fact || (part.added && !addedKindStands(facts[0]!, fact))) break;
      facts.push({ ...fact, quote: sentence });
      context.previousActors = fact.actors;
    }
    // Two reports of one kind read better, and merge better, as the one sentence the outlet wrote; two undertakings
    // of one subject are two terms of the deal.
    const distinct = new Set(facts.map((fact) => fact.kind)).size === facts.length || (parts[1]?.undertaking === true && facts.every((fact) => fact.kind === 'AGREEMENT'));
    if (facts.length === parts.length && distinct) {
      context.previousActors = saved.previousActors;
      return facts;
    }
    const afterParts = { recentSpeaker: context.recentSpeaker, previousSubject: context.previousSubject, previousActors: saved.previousActors };
    Object.assign(context, saved);
    const whole = factOfClause(clause, sentence, context, plans);
    // "“…,” Ali said, adding that the delegation will consult …": when the sentence read as one fact keeps only the quote,
    // what was added is lost; the two reports then stand apart.
    if (facts.length === parts.length && parts[1]?.added && (!whole || !keepsEnd(whole.text, parts[1].text))) {
      Object.assign(context, afterParts);
      return facts;
    }
    return whole ? [whole] : [];
  }
  const fact = factOfClause(clause, sentence, context, plans);
  return fact ? [fact] : [];
}

// Letters and digits only, lower case, single spaces.
const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether `text` still holds the last words of `part` (letters only, any case). */
function keepsEnd(text: string, part: string): boolean {
  const tail = letters(part).split(' ').slice(-3).join(' ');
  return letters(text).includes(tail);
}

// How an aside opens: "Separately, …", "In other news, …".
const ASIDE_OPENING = /^(?:separately|meanwhile|elsewhere|in a separate development|in separate news|in other news)\b\s*,?\s*/i;

/**
 * "Separately, Qatar has been mediating talks between Kinshasa and the M23": other business told in passing is context of
 * the talks when it names one of their sides or people; it is never the talks' own agreement, proposal or plan.
 */
export function asideFact(clause: string, sentence: string, context: FactContext): FactObservation | null {
  const body = clause.trim().replace(ASIDE_OPENING, '').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  if (words(body) < 5) return null;
  const mentioned = [...new Set(findPartyMentions(body).map((mention) => mention.party))].filter((party) => context.parties.includes(party));
  const people = peopleIn(body, context);
  if (mentioned.length === 0 && people.length === 0) return null;
  const actors = [...partiesIn(body), ...people];
  const text = `${capitalize(body).replace(/[\s\p{So}]+$/u, '').replace(/[.,;:\s]+$/, '')}.`;
  return { kind: 'CONTEXT', text, actors: actors.length > 0 ? actors : [...context.parties], quote: sentence };
}

// "…a framework under which China would resume shipments", "Under the agreement, the US will cut …": terms that say what a side is to do.
const TERMS = /\b(?:under (?:which|the|this|that)|whereby|in which|agreed (?:that|to)|agreed on|agreement (?:that|to)|deal (?:that|to)|provides? for|commits?)\b[^.;]*\b(?:would|will|is to|are to|must|should)\b/i;
// "…, while the U.S. would relax some export controls": the other side's share of the same terms.
const COUNTERPART = /^\s*(?:while|whereas)\s+(?:the\s+)?[\p{L}.'’ -]{1,40}?\s+(?:would|will|is to|are to|must|should)\s+\p{Ll}/u;

/**
 * The agreement of the clause before, extended by a "while …" clause that gives the other side's share of its terms; null
 * when the clause is no such counterpart. The counterpart's own reading (a bare "will" reads as a plan) gives way to it.
 */
export function continuedTerms(previous: FactObservation, clause: string, sentence: string, own: FactObservation[]): FactObservation | null {
  if (previous.kind !== 'AGREEMENT' || previous.quote !== sentence || !TERMS.test(previous.text) || !COUNTERPART.test(clause)) return null;
  // A meeting still to come is a plan of its own, not a term of the deal.
  if (own.some((fact) => fact.kind !== 'NEXT_STEP') || NEXT_STEP_STRONG.test(clause.toLowerCase())) return null;
  const tail = clause.trim().replace(/["“”]/g, '').replace(/[\s\p{So}]+$/u, '').replace(/[.,;:\s]+$/, '');
  return { ...previous, text: `${previous.text.replace(/[.\s]+$/, '')}, ${tail}.` };
}
