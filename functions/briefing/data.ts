// What the one-page briefing shows, fully resolved, and the pure mapping from the merged round view to it.

import { FACT_KIND_ORDER, headEvidenceOf, type CitationRef, type FactKind, type FactView, type HeadEvidence, type IsoDate, type RoundStatus, type RoundView } from '../core/types.ts';

export interface BriefingFact {
  kind: FactKind;
  text: string;
  actors: string[];
  /** The party the fact is attributed to ("Russia", "Russia, United States"), people mapped to their delegation; null when unknown. */
  side: string | null;
  sourceCount: number;
}

export interface BriefingConflictValue {
  text: string;
  /** Outlet display names, in citation order, without repeats. */
  sources: string[];
}

export interface BriefingConflict {
  /** DATE, CITY, VENUE, DURATION, HEAD, HEAD_TITLE */
  field: string;
  party?: string | null;
  values: BriefingConflictValue[];
}

export interface BriefingQuote {
  text: string;
  speaker: string | null;
  sourceCount: number;
}

export interface BriefingDelegation {
  party: string;
  headName: string | null;
  headTitle: string | null;
  /** What says the head led the side (see HeadEvidence); REPORTED or null for most. */
  headEvidence: HeadEvidence | null;
}

export interface BriefingData {
  track: { slug: string; title: string };
  round: {
    number: number;
    status: RoundStatus;
    date: IsoDate | null;
    city: string | null;
    venue: string | null;
    /** For people, e.g. "5–5.5 hours"; null when no outlet reported it. */
    duration: string | null;
    /** Outlets reported different durations (details in `conflicts`). */
    durationDisputed: boolean;
    /** ISO instant; the only time the renderer knows, printed as "data as of" and used as the PDF's dates. */
    updatedAt: string;
  };
  delegations: BriefingDelegation[];
  /** Every fact except statements, most widely reported first. */
  facts: BriefingFact[];
  conflicts: BriefingConflict[];
  /** STATEMENT facts, most widely reported first. */
  quotes: BriefingQuote[];
  /** Display names of the distinct outlets behind the round (reposts excluded). */
  outlets: string[];
  /** How many facts the API holds for this round, so the page can say how many it left out. */
  totalFactCount: number;
  /**
   * For an upcoming round: what the coverage of the round before it said comes next (its NEXT_STEP facts), since
   * outlets announce a meeting while reporting the last one. Null for a held round or when nothing was announced.
   */
  announced: { afterRound: number; facts: BriefingFact[] } | null;
}

/** The round before an upcoming one, with its facts, as the route reads them. */
export interface PreviousRound {
  number: number;
  facts: FactView[];
  sourceIds: string[];
}

const distinct = <T>(items: T[]): T[] => [...new Set(items)];

/** Outlets behind some citations; reposts (sources the round does not count) are left out unless nothing else remains. */
function outletNames(citations: CitationRef[], counted: Set<string>, sourceNames: Map<string, string>): string[] {
  const ids = distinct(citations.map((c) => c.sourceId));
  const kept = ids.filter((id) => counted.has(id));
  return (kept.length ? kept : ids).map((id) => sourceNames.get(id) ?? id);
}

/**
 * Builds the briefing's data from a merged round; `sourceNames` maps sourceId → outlet display name. For an upcoming
 * round, `previous` is the round before it, whose next steps announce it.
 */
export function toBriefingData(
  track: { slug: string; title: string },
  round: RoundView,
  sourceNames: Map<string, string>,
  previous: PreviousRound | null = null,
): BriefingData {
  // Facts name people as often as parties; the page groups by side, so a head of delegation stands for their party.
  const partyOfPerson = new Map<string, string>();
  for (const d of round.delegations) {
    if (d.headName) partyOfPerson.set(d.headName.toLowerCase(), d.party);
  }
  const sideOf = (actors: string[]): string | null => {
    const parties = distinct(actors.map((a) => partyOfPerson.get(a.toLowerCase()) ?? a));
    return parties.length > 0 ? parties.join(', ') : null;
  };
  const speakerOf = (actors: string[]): string | null =>
    actors.find((a) => partyOfPerson.has(a.toLowerCase())) ?? actors[0] ?? null;

  const counted = new Set(round.sourceIds);
  // Most widely reported first; among equals, outcomes before proposals, concerns, next steps and background, so a page
  // that runs out of room drops the least of them (the store hands facts back in id order, not the merge's).
  const reach = (a: FactView, b: FactView) => b.sourceCount - a.sourceCount || FACT_KIND_ORDER.indexOf(a.kind) - FACT_KIND_ORDER.indexOf(b.kind);
  const byReach = [...round.facts].sort(reach);
  const toFact = (f: FactView): BriefingFact => ({
    kind: f.kind,
    text: f.text,
    actors: [...f.actors],
    side: sideOf(f.actors),
    sourceCount: f.sourceCount,
  });
  const announcements =
    round.status === 'PLANNED' && previous
      ? previous.facts.filter((f) => f.kind === 'NEXT_STEP').sort(reach)
      : [];
  // The page's outlets are every outlet it cites: the announcing round's too, when its next steps are shown.
  const cited = new Set(announcements.flatMap((f) => f.citations.map((c) => c.sourceId)));
  const announcingSources = previous ? previous.sourceIds.filter((id) => cited.has(id)) : [];

  return {
    track: { slug: track.slug, title: track.title },
    round: {
      number: round.number,
      status: round.status,
      date: round.date,
      city: round.city,
      venue: round.venue,
      duration: round.duration?.text ?? null,
      durationDisputed: round.conflicts.some((c) => c.field === 'DURATION'),
      updatedAt: round.updatedAt,
    },
    delegations: round.delegations.map((d) => ({
      party: d.party,
      headName: d.headName,
      headTitle: d.headTitle,
      headEvidence: headEvidenceOf(d),
    })),
    facts: byReach.filter((f) => f.kind !== 'STATEMENT').map(toFact),
    conflicts: round.conflicts.map((c) => ({
      field: c.field,
      party: c.party ?? null,
      values: c.values.map((v) => ({ text: v.text, sources: outletNames(v.citations, counted, sourceNames) })),
    })),
    quotes: byReach
      .filter((f) => f.kind === 'STATEMENT')
      .map((f) => ({ ...splitStatement(f.text, speakerOf(f.actors)), sourceCount: f.sourceCount })),
    outlets: distinct([...round.sourceIds, ...announcingSources]).map((id) => sourceNames.get(id) ?? id),
    totalFactCount: round.facts.length,
    announced: announcements.length > 0 ? { afterRound: previous!.number, facts: announcements.map(toFact) } : null,
  };
}

/**
 * Statements read `Name said: "…"`; the page sets the words in quotation marks with the speaker below,
 * so it takes them apart (a statement in another shape is shown whole).
 */
export function splitStatement(text: string, fallbackSpeaker: string | null): { text: string; speaker: string | null } {
  const match = /^(.+?) (?:said|says|told [^:]+|stated|added|noted):\s*["“](.+?)["”]?\.?["”]?$/su.exec(text.trim());
  if (!match) return { text, speaker: fallbackSpeaker };
  const words = match[2]!.replace(/["”]+$/u, '').replace(/[.,;]+$/u, '');
  return { text: `${words}.`, speaker: fallbackSpeaker ?? match[1]! };
}
