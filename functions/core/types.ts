// Domain types shared by every step: extraction output, the merged track projection, briefing data.

export const FACT_KINDS = ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'STATEMENT', 'NEXT_STEP', 'CONTEXT'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
/** How facts of equal reach are listed: outcomes first, background last. */
export const FACT_KIND_ORDER: readonly FactKind[] = ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'NEXT_STEP', 'STATEMENT', 'CONTEXT'];

export type RoundStatus = 'HELD' | 'PLANNED';

/** Calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** What the caller gives `ingestArticle`. */
export interface ArticleInput {
  text: string;
  source?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: IsoDate | null;
  title?: string | null;
}

// ---------------------------------------------------------------------------
// Per-article extraction (pure: text in, observations out)
// ---------------------------------------------------------------------------

/**
 * One value as one sentence of one article reported it.
 * `text` is the value as phrased ("5 1/2 hours", "Dolmabahçe Palace"),
 * `quote` the whole supporting sentence, verbatim from the cleaned article body.
 */
export interface Observed<T> {
  value: T;
  text: string;
  quote: string;
}

/** A duration as an interval in minutes; maxMinutes null = only a lower bound ("over six hours"). */
export interface DurationInterval {
  minMinutes: number;
  maxMinutes: number | null;
}

export interface DelegationObservation {
  /** Canonical party name, e.g. "Russia", "United States", "Ukraine". */
  party: string;
  /** Head's name as written in this article ("Aleksandr Darchiev"), null when the text names no head. */
  head: string | null;
  /** Head's title as reported in this article for this round. */
  headTitle: string | null;
  quote: string;
  /**
   * The head is named only by a role that speaks for the side ("US negotiator X", "Japan's chief delegate, Y"), not as
   * leading it: weaker evidence, used for a side no report names the head of outright.
   */
  weak?: boolean;
}

export interface FactObservation {
  kind: FactKind;
  /** One normalized sentence (no attribution clutter, no quotes marks unless a STATEMENT). */
  text: string;
  /** Canonical parties or people names the fact is about. */
  actors: string[];
  quote: string;
  /** For STATEMENT: who said it (canonical name or party). */
  speaker?: string | null;
}

export interface RoundObservation {
  /** Round number from an ordinal in the text ("second round" → 2), null when not stated. */
  ordinal: number | null;
  /** Relation to the article's main round when no ordinal: "previous"/"next" (e.g. "the previous round"). */
  relative: 'current' | 'previous' | 'next' | null;
  status: RoundStatus;
  dates: Observed<IsoDate>[];
  cities: Observed<string>[];
  venues: Observed<string>[];
  durations: Observed<DurationInterval>[];
  delegations: DelegationObservation[];
  facts: FactObservation[];
  /** Year and month (YYYY-MM), or year alone (YYYY), of an earlier round the text dates no closer ("talks in 2016"); orders it. */
  month?: string;
  /**
   * People the round's own sentences name ("Chiang and Chen first met in Beijing"), as written, with the sentence: a side's
   * head in another round of the track, named here, headed the side here too when no report of this round says who did.
   */
  named?: NamedPerson[];
  /**
   * The round's clauses that state no fact of a known kind, as offsets into the article text. They never make a fact of
   * their own, but show that this report carries a fact another outlet states (see corroboration in the merge).
   */
  loose?: LooseClause[];
}

/** A clause of the text at [start, end), inside its sentence at [sentenceStart, sentenceEnd). */
export interface LooseClause {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/** A person a round's sentence names: `value` the full name as the article knows it, `text` as written, `title` and `party` as the article gives them. */
export interface NamedPerson extends Observed<string> {
  title: string | null;
  /** The side the article gives the person, when it gives one. */
  party?: string | null;
  /** The sentence says the person was not at the talks ("did not attend", "stayed away"). */
  absent?: true;
}

export interface ArticleExtraction {
  title: string | null;
  /** Body after boilerplate removal; every quote is a substring of it. */
  text: string;
  /** Outlet display name, e.g. "TASS"; null when it cannot be told. */
  source: string | null;
  publishedAt: IsoDate | null;
  /** Parties of the negotiation as seen in this article (canonical names). */
  parties: string[];
  /**
   * Other names this article knows a party by, that other reports may use alone: "Venezuelan opposition" for the
   * "Unitary Platform". Absent in extractions stored before it.
   */
  partyAliases?: Record<string, string[]>;
  rounds: RoundObservation[];
}

// ---------------------------------------------------------------------------
// Merge input and output (pure: stored articles in, projection out)
// ---------------------------------------------------------------------------

/** An article as stored, the merge step's input. */
export interface ArticleRecord {
  id: string;
  sourceId: string;
  sourceName: string;
  publishedAt: IsoDate | null;
  /** ISO instant of ingestion. */
  ingestedAt: string;
  duplicateOf: string | null;
  extraction: ArticleExtraction;
}

export interface CitationRef {
  articleId: string;
  sourceId: string;
  quote: string;
}

export interface ReportedValue {
  text: string;
  citations: CitationRef[];
}

export interface DurationView extends DurationInterval {
  /** For people, e.g. "5–5.5 hours", "over 6 hours". */
  text: string;
  reports: ReportedValue[];
}

/**
 * What says that the shown head led the side: a report saying so ("led by", "head of the delegation"), or, where no report
 * of the round does, weaker evidence — a role at the talks ("US negotiator X"), the person's being the side's head in another
 * round of the track and named in this one, an official of the side named with a post, or, where the round's reports name
 * nobody for the side, the head the nearest round reports outright (ADJACENT_ROUND).
 */
export const HEAD_EVIDENCE = ['REPORTED', 'ROLE', 'ANOTHER_ROUND', 'OFFICIAL', 'ADJACENT_ROUND'] as const;
export type HeadEvidence = (typeof HEAD_EVIDENCE)[number];

export interface DelegationView {
  party: string;
  /** Person id (see PersonView.id), null when no head was reported. */
  headId: string | null;
  headName: string | null;
  headTitle: string | null;
  /** Null when no head is shown; absent in projections stored before it existed (see headEvidenceOf). */
  headEvidence?: HeadEvidence | null;
  citations: CitationRef[];
}

/** A delegation's head evidence; projections stored before the field existed hold outright reports only. */
export function headEvidenceOf(d: Pick<DelegationView, 'headId' | 'headEvidence'>): HeadEvidence | null {
  return d.headId === null ? null : (d.headEvidence ?? 'REPORTED');
}

export interface ConflictView {
  /** DATE, CITY, VENUE, DURATION, HEAD, HEAD_TITLE */
  field: string;
  /** For HEAD / HEAD_TITLE, the party the conflict is about. */
  party?: string | null;
  values: ReportedValue[];
}

export interface FactView {
  /** Stable across re-merges: derived from round number, kind and the normalized text key. */
  id: string;
  kind: FactKind;
  text: string;
  actors: string[];
  citations: CitationRef[];
  /** Distinct sources among citations, duplicates (reposts) excluded. */
  sourceCount: number;
}

export interface RoundView {
  number: number;
  status: RoundStatus;
  date: IsoDate | null;
  city: string | null;
  venue: string | null;
  duration: DurationView | null;
  /** Every reported value of single-valued fields, with citations. */
  reports: {
    date: ReportedValue[];
    city: ReportedValue[];
    venue: ReportedValue[];
  };
  delegations: DelegationView[];
  conflicts: ConflictView[];
  /** Distinct source ids that contributed to the round, duplicates excluded. */
  sourceIds: string[];
  /** Facts, most widely reported first. */
  facts: FactView[];
  /** Max ingestedAt of the articles cited by this round. */
  updatedAt: string;
}

export interface PersonTitleView {
  title: string;
  roundNumber: number;
  citations: CitationRef[];
}

export interface PersonView {
  /** Stable id: folded, transliteration-insensitive key of the canonical name. */
  id: string;
  name: string;
  aliases: string[];
  titles: PersonTitleView[];
  roundNumbers: number[];
}

export interface TrackProjection {
  parties: string[];
  rounds: RoundView[];
  people: PersonView[];
}
