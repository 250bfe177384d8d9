// Renders a round's briefing as a one-page PDF: plans what fits, then draws it; same data in, same bytes out.

import PDFDocument from 'pdfkit';
import type { BriefingData, BriefingFact } from './data.ts';
import { loadParsedFonts, type ParsedFontSet } from './fonts.ts';
import {
  conflictItem,
  delegations,
  factItem,
  footer,
  header,
  moreNote,
  plannedNote,
  quoteItem,
  sectionHeading,
  type Block,
  type Frame,
} from './layout.ts';
import { PAGE, PAPER_SIZES, type Paper } from './styles.ts';

export interface RenderBriefingOptions {
  paper?: Paper;
}

export class BriefingRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BriefingRenderError';
  }
}

interface SectionSpec {
  title: string;
  kinds: BriefingFact['kind'][];
  withSide: boolean;
}

const HELD_SECTIONS: SectionSpec[] = [
  { title: 'Outcomes', kinds: ['AGREEMENT'], withSide: false },
  { title: 'Proposals and concerns', kinds: ['PROPOSAL', 'CONCERN'], withSide: true },
  { title: 'Next steps', kinds: ['NEXT_STEP'], withSide: false },
  { title: 'Background', kinds: ['CONTEXT'], withSide: false },
];

// Before a round is held, agreements are only expected ones; one list keeps that from reading as outcomes.
const PLANNED_SECTIONS: SectionSpec[] = [
  { title: 'What is expected', kinds: ['AGREEMENT', 'PROPOSAL', 'CONCERN', 'CONTEXT'], withSide: true },
  { title: 'Next steps', kinds: ['NEXT_STEP'], withSide: false },
];

const MAX_QUOTES = 2;
/** Disagreements matter, but not more than the outcomes: they get at most this share of the free space. */
const CONFLICT_SHARE = 0.3;

/** What made it onto the page; exposed for tests and logs. */
export interface BriefingPlan {
  /** Next steps of the round before an upcoming one, shown as its announcement. */
  shownAnnounced: number;
  shownFacts: number;
  shownQuotes: number;
  shownConflicts: number;
  hiddenFacts: number;
  hiddenConflicts: number;
}

const sum = (blocks: Block[]) => blocks.reduce((h, b) => h + b.height, 0);

/**
 * The items of one section that fit in `budget`, in order, stopping at the first that does not (so a later, smaller item
 * never takes the place of an earlier one); the heading counts with the first item. Blocks are built only as needed, and
 * `spend` hears the cost of each one placed.
 */
function fitUnder<T>(heading: Block, items: readonly T[], block: (item: T) => Block, budget: number, spend: (cost: number) => void): Block[] {
  const shown: Block[] = [];
  let left = budget;
  for (const item of items) {
    const b = block(item);
    const cost = b.height + (shown.length === 0 ? heading.height : 0);
    if (cost > left) break;
    shown.push(b);
    left -= cost;
    spend(cost);
  }
  return shown;
}

function stack(blocks: Block[], y: number): number {
  for (const b of blocks) {
    b.draw(y);
    y += b.height;
  }
  return y;
}

/**
 * Decides what fits and draws it. Order of priority: header, delegations and footer always; then the top
 * quote and the disagreements (capped); then facts strictly by reach (background last), stopping at the first that does not
 * fit so a less-reported fact never displaces a more-reported one; a second quote only if every fact fitted.
 */
function drawPage(
  doc: PDFKit.PDFDocument,
  fontKeys: Frame['fontKeys'],
  data: BriefingData,
  paper: Paper,
  asOf: Date,
): BriefingPlan {
  const size = PAPER_SIZES[paper];
  const frame: Frame = { doc, left: PAGE.marginX, width: size.width - PAGE.marginX * 2, fontKeys, heights: new Map() };
  const planned = data.round.status === 'PLANNED';

  const foot = footer(frame, data, asOf);
  const footTop = size.height - PAGE.marginBottom - foot.height;
  let room = footTop - 8 - PAGE.marginTop;

  const announced = data.announced;
  const top: Block[] = [header(frame, data)];
  if (planned) top.push(plannedNote(frame, data.facts.length + data.quotes.length > 0 || announced !== null));
  room -= sum(top);
  const delegationBlocks = delegations(frame, data.delegations, data.conflicts);
  if (sum(delegationBlocks) <= room) {
    top.push(...delegationBlocks);
    room -= sum(delegationBlocks);
  }
  // Keep space for the "+N more" line, whether or not it ends up needed.
  room -= moreNote(frame, 999, 99)?.height ?? 0;
  const free = room;

  const quotes = data.quotes.slice(0, MAX_QUOTES).map((q) => quoteItem(frame, q));
  const quotesHeading = sectionHeading(frame, data.quotes.length > 1 ? 'Key quotes' : 'Key quote');
  const shownQuotes: Block[] = [];
  const tryQuote = (b: Block | undefined) => {
    if (!b) return;
    const cost = b.height + (shownQuotes.length === 0 ? quotesHeading.height : 0);
    if (cost <= room) {
      shownQuotes.push(b);
      room -= cost;
    }
  };
  tryQuote(quotes[0]);

  const conflictsHeading = sectionHeading(frame, 'Where sources differ');
  const spend = (cost: number) => {
    room -= cost;
  };
  const shownConflicts = fitUnder(conflictsHeading, data.conflicts, (c) => conflictItem(frame, c), Math.min(room, free * CONFLICT_SHARE), spend);

  // An upcoming round is mostly what the last round's coverage announced: that comes first, most widely reported first.
  const announcedHeading = announced ? sectionHeading(frame, `Announced in coverage of round ${announced.afterRound}`) : null;
  const shownAnnounced = announcedHeading ? fitUnder(announcedHeading, announced!.facts, (fact) => factItem(frame, fact, false), room, spend) : [];

  const sections = (planned ? PLANNED_SECTIONS : HELD_SECTIONS).map((spec) => ({
    spec,
    heading: sectionHeading(frame, spec.title),
    items: [] as Block[],
  }));
  let shownFacts = 0;
  let factLeftOut = false;
  // Background is what a reader most likely knows already: it only gets the room the news leaves.
  const byPriority = [...data.facts.filter((f) => f.kind !== 'CONTEXT'), ...data.facts.filter((f) => f.kind === 'CONTEXT')];
  for (const fact of byPriority) {
    const section = sections.find((s) => s.spec.kinds.includes(fact.kind));
    if (!section) continue;
    const b = factItem(frame, fact, section.spec.withSide);
    const cost = b.height + (section.items.length === 0 ? section.heading.height : 0);
    if (cost > room) {
      factLeftOut = true;
      break;
    }
    section.items.push(b);
    room -= cost;
    shownFacts++;
  }
  // A second quote is a nicety: it never takes the place of a fact that was left out.
  if (!factLeftOut) tryQuote(quotes[1]);

  // Announced next steps that did not fit are facts the API holds too (under the round before).
  const hiddenFacts = Math.max(0, data.totalFactCount - shownFacts - shownQuotes.length) + (announced?.facts.length ?? 0) - shownAnnounced.length;
  const hiddenConflicts = data.conflicts.length - shownConflicts.length;

  let y = stack(top, PAGE.marginTop);
  if (shownAnnounced.length) y = stack([announcedHeading!, ...shownAnnounced], y);
  for (const s of sections) {
    if (s.items.length) y = stack([s.heading, ...s.items], y);
  }
  if (shownQuotes.length) y = stack([quotesHeading, ...shownQuotes], y);
  if (shownConflicts.length) y = stack([conflictsHeading, ...shownConflicts], y);
  const note = moreNote(frame, hiddenFacts, hiddenConflicts);
  if (note) stack([note], y);
  foot.draw(footTop);

  return {
    shownAnnounced: shownAnnounced.length,
    shownFacts,
    shownQuotes: shownQuotes.length,
    shownConflicts: shownConflicts.length,
    hiddenFacts,
    hiddenConflicts,
  };
}

const layoutCaches = new Map<string, object>();
let rendersSinceReset = 0;
/** Caches hold one entry per distinct word; dropping them now and then bounds memory in a long-lived container. */
const RENDERS_PER_CACHE = 200;

/**
 * pdfkit shapes each word once per document and caches the result on the document's font. The result
 * depends only on the word and the (shared) parsed font, so one cache per face serves every document:
 * a warm render then skips most OpenType shaping (~30% of its time). Best effort: if pdfkit's internals
 * change, documents simply keep their own caches.
 */
function shareLayoutCaches(doc: PDFKit.PDFDocument, fontKeys: Record<string, string>): void {
  if (++rendersSinceReset > RENDERS_PER_CACHE) {
    layoutCaches.clear();
    rendersSinceReset = 1;
  }
  for (const key of Object.values(fontKeys)) {
    doc.font(key);
    const font = (doc as unknown as { _font?: { layoutCache?: object } })._font;
    if (!font || typeof font.layoutCache !== 'object') continue;
    let shared = layoutCaches.get(key);
    if (!shared) layoutCaches.set(key, (shared = font.layoutCache));
    else font.layoutCache = shared;
  }
}

/**
 * Builds the drawn, not yet ended, document. Separate from `renderBriefing` so tests can inspect pdfkit's
 * page buffer (`bufferedPageRange`) as well as the bytes.
 */
export function composeBriefing(
  data: BriefingData,
  options: RenderBriefingOptions = {},
  fonts: ParsedFontSet = loadParsedFonts(),
): { doc: PDFKit.PDFDocument; plan: BriefingPlan } {
  const paper = options.paper ?? 'A4';
  // The only clock the renderer knows: identical data must give identical bytes.
  const asOf = new Date(data.round.updatedAt);
  if (Number.isNaN(asOf.getTime())) {
    throw new BriefingRenderError(`round.updatedAt is not an ISO instant: ${JSON.stringify(data.round.updatedAt)}`);
  }
  const documentOptions = {
    size: paper,
    margins: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginX, right: PAGE.marginX },
    compress: true,
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    // A font object (not a name) keeps pdfkit from loading Helvetica's AFM, which is absent from a bundle.
    font: fonts.regular,
    info: {
      Title: `${data.track.title}: round ${data.round.number} briefing`,
      Subject: 'One-page briefing with source-attributed facts',
      Creator: 'negotiation-briefings',
      Producer: 'negotiation-briefings (PDFKit)',
      Keywords: data.track.slug,
      // CreationDate also seeds pdfkit's trailer /ID, so fixing it makes the whole file deterministic.
      CreationDate: asOf,
      ModDate: asOf,
    },
  };
  // @types/pdfkit declares fonts as names or bytes only; pdfkit itself also takes a parsed fontkit font.
  const doc = new PDFDocument(documentOptions as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('bold', fonts.bold as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('oblique', fonts.oblique as unknown as PDFKit.Mixins.PDFFontSource);
  // The constructor's font is cached under its PostScript name; selecting it by that name skips pdfkit's
  // duplicate-font check (a JSON dump of the name table, ~10% of a warm render).
  const fontKeys = { regular: fonts.regular.postscriptName, bold: 'bold', oblique: 'oblique' };

  shareLayoutCaches(doc, fontKeys);
  const plan = drawPage(doc, fontKeys, data, paper, asOf);
  const pages = doc.bufferedPageRange().count;
  if (pages !== 1) throw new BriefingRenderError(`Briefing layout produced ${pages} pages, expected 1`);
  return { doc, plan };
}

/** One-page PDF for a round; no I/O beyond the fonts read once per process, no clock. */
export async function renderBriefing(data: BriefingData, options: RenderBriefingOptions = {}): Promise<Uint8Array> {
  const { doc } = composeBriefing(data, options);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    doc.on('error', reject);
  });
  doc.end();
  return done;
}

const WARM_UP_DATA: BriefingData = {
  track: { slug: 'warm-up', title: 'Warm-up briefing — Çırağan, Türkiye, Дарчиев' },
  round: {
    number: 1,
    status: 'HELD',
    date: '2025-01-01',
    city: 'Istanbul',
    venue: 'Venue',
    duration: '5 hours',
    durationDisputed: true,
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
  delegations: [{ party: 'Party', headName: 'Head', headTitle: 'Title', headEvidence: 'ROLE' }],
  facts: [{ kind: 'PROPOSAL', text: 'The sides agreed on next steps.', actors: [], side: 'Party', sourceCount: 2 }],
  conflicts: [{ field: 'DURATION', values: [{ text: '5 hours', sources: ['Outlet'] }] }],
  quotes: [{ text: 'A statement.', speaker: 'Head', sourceCount: 1 }],
  outlets: ['Outlet'],
  totalFactCount: 2,
  announced: null,
};

/**
 * Reads and parses the fonts and renders a throwaway page, so the first real request does not pay for
 * fontkit decoding the OpenType tables and for V8 warming up (~300 ms cold, ~50 ms after). For a Lambda
 * handler's init phase; optional, rendering works without it.
 */
export async function warmUpBriefing(): Promise<void> {
  await renderBriefing(WARM_UP_DATA, {});
}
