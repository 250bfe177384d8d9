// One function per section of the page; each returns blocks that know their height before drawing, so the page is planned first.

import type { BriefingConflict, BriefingData, BriefingDelegation, BriefingFact, BriefingQuote } from './data.ts';
import type { FontFace } from './fonts.ts';
import type { HeadEvidence } from '../core/types.ts';
import { COLORS, PAGE, STYLES, type StyleRole } from './styles.ts';

type Doc = PDFKit.PDFDocument;

/** A piece of the page: its height is known up front, `draw` paints it with its top at `y`. */
export interface Block {
  height: number;
  draw(y: number): void;
}

/** The drawable column of the page, and the names under which the document knows each font face. */
export interface Frame {
  doc: Doc;
  left: number;
  width: number;
  fontKeys: Readonly<Record<FontFace, string>>;
  /** Heights already measured on this page: planning and drawing ask for the same ones, and wrapping is the costly part. */
  heights: Map<string, number>;
}

// ---------------------------------------------------------------------------
// Text primitives
// ---------------------------------------------------------------------------

function use(frame: Frame, role: StyleRole) {
  const style = STYLES[role];
  frame.doc.font(frame.fontKeys[style.font]).fontSize(style.size).fillColor(style.color);
  return style;
}

function textOptions(role: StyleRole, width: number): PDFKit.Mixins.TextOptions {
  const style = STYLES[role];
  // No character spacing anywhere: text extractors (pdfjs, pdftotext) split letter-spaced words apart.
  return { width, lineGap: style.lineGap };
}

export function measure(frame: Frame, role: StyleRole, text: string, width: number): number {
  const key = `${role}\u0000${width}\u0000${text}`;
  let height = frame.heights.get(key);
  if (height === undefined) {
    use(frame, role);
    height = frame.doc.heightOfString(text, textOptions(role, width));
    frame.heights.set(key, height);
  }
  return height;
}

/**
 * Draws wrapped text and returns its height. The explicit `height` makes pdfkit's line wrapper stop
 * instead of adding a page if a measurement were ever off: the page count stays one by construction.
 */
export function write(
  frame: Frame,
  role: StyleRole,
  text: string,
  x: number,
  y: number,
  width: number,
  extra: PDFKit.Mixins.TextOptions = {},
): number {
  const height = measure(frame, role, text, width);
  use(frame, role);
  frame.doc.text(text, x, y, { ...textOptions(role, width), ...extra, height: height + 1 });
  return height;
}

function lineWidthOf(frame: Frame, role: StyleRole, text: string): number {
  use(frame, role);
  return frame.doc.widthOfString(text);
}

function rule(doc: Doc, x: number, y: number, width: number, color: string = COLORS.rule, thickness = 0.6): void {
  doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(thickness).strokeColor(color).stroke().restore();
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2025-04-10" → "10 April 2025"; partial or odd dates are shown as given rather than guessed. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "2025-04-11T08:00:00.000Z" → "2025-04-11 08:00 UTC". */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const FIELD_LABELS: Record<string, string> = {
  DATE: 'Date',
  CITY: 'City',
  VENUE: 'Venue',
  DURATION: 'Duration',
  HEAD: 'Head of delegation',
  HEAD_TITLE: 'Title of head',
};

export function conflictLabel(c: BriefingConflict): string {
  const base = FIELD_LABELS[c.field] ?? c.field.charAt(0) + c.field.slice(1).toLowerCase().replace(/_/g, ' ');
  return c.party ? `${base} (${c.party})` : base;
}

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

/** Kicker with status, track title, and the date / place / duration strip. */
export function header(frame: Frame, data: BriefingData): Block {
  const { doc, left, width } = frame;
  const { round } = data;
  const planned = round.status === 'PLANNED';
  const kicker = `NEGOTIATION BRIEFING  ·  ROUND ${round.number}`;
  const status = planned ? 'UPCOMING' : 'HELD';

  const place = [round.city, round.venue].filter((s): s is string => Boolean(s)).join(' · ');
  const cells: { label: string; value: string; warn?: string; width: number }[] = [];
  const dateValue = round.date ? formatDate(round.date) : planned ? 'To be announced' : 'Not reported';
  const showDuration = !planned || round.duration !== null;
  const dateWidth = 112;
  const durationWidth = showDuration ? 132 : 0;
  const gaps = PAGE.gutter * (showDuration ? 2 : 1);
  cells.push({ label: 'DATE', value: dateValue, width: dateWidth });
  cells.push({
    label: 'PLACE',
    value: place || (planned ? 'To be announced' : 'Not reported'),
    width: width - dateWidth - durationWidth - gaps,
  });
  if (showDuration) {
    cells.push({
      label: 'DURATION',
      value: round.duration ?? 'Not reported',
      warn: round.durationDisputed ? '⚠ sources differ, see below' : undefined,
      width: durationWidth,
    });
  }

  const kickerH = measure(frame, 'kicker', kicker, width) + STYLES.kicker.spaceAfter;
  const titleH = measure(frame, 'title', data.track.title, width) + STYLES.title.spaceAfter;
  const labelH = measure(frame, 'label', 'DATE', width) + STYLES.label.spaceAfter;
  const cellH = (c: (typeof cells)[number]) =>
    measure(frame, 'meta', c.value, c.width) + (c.warn ? 2 + measure(frame, 'warn', c.warn, c.width) : 0);
  const stripH = labelH + Math.max(...cells.map(cellH));
  const ruleGap = 8;
  const height = kickerH + titleH + stripH + ruleGap;

  return {
    height,
    draw(y) {
      write(frame, 'kicker', kicker, left, y, width);
      // Status as a filled pill on the right, the first thing a desk scans for.
      const pillW = lineWidthOf(frame, 'status', status) + 12;
      const pillH = STYLES.status.size + 6;
      doc.save().roundedRect(left + width - pillW, y - 3, pillW, pillH, 3).fill(planned ? COLORS.warn : COLORS.accent).restore();
      write(frame, 'status', status, left + width - pillW + 6, y + 0.5, pillW);

      let cy = y + kickerH;
      write(frame, 'title', data.track.title, left, cy, width);
      cy += titleH;

      let x = left;
      for (const c of cells) {
        write(frame, 'label', c.label, x, cy, c.width);
        const vh = write(frame, 'meta', c.value, x, cy + labelH, c.width);
        if (c.warn) write(frame, 'warn', c.warn, x, cy + labelH + vh + 2, c.width);
        x += c.width + PAGE.gutter;
      }
      rule(doc, left, y + height - 3, width, COLORS.accent, 1.2);
    },
  };
}

/** A short line under the header of an upcoming round, so nobody mistakes expectations for outcomes. */
export function plannedNote(frame: Frame, reported: boolean): Block {
  const { left, width } = frame;
  const text = reported
    ? 'This round has not taken place yet. Below is what outlets have reported about it so far.'
    : 'This round has not taken place yet. Outlets have reported no more about it than that it is planned.';
  const h = measure(frame, 'note', text, width);
  return { height: h + 4, draw: (y) => void write(frame, 'note', text, left, y + 2, width) };
}

export function sectionHeading(frame: Frame, title: string): Block {
  const { doc, left, width } = frame;
  const h = measure(frame, 'heading', title, width);
  const height = PAGE.sectionGap + h + 2 + STYLES.heading.spaceAfter;
  return {
    height,
    draw(y) {
      write(frame, 'heading', title, left, y + PAGE.sectionGap, width);
      rule(doc, left, y + PAGE.sectionGap + h + 1.5, width);
    },
  };
}

/** Under a head no report says led the side, what the page names them on (see HeadEvidence). */
const WEAK_HEAD_NOTE: Record<HeadEvidence, string | null> = {
  REPORTED: null,
  ROLE: 'named by role; no outlet says who led',
  ANOTHER_ROUND: 'led the side in another round; named here',
  OFFICIAL: 'official named in coverage; no outlet says who led',
  ADJACENT_ROUND: 'led the side in the nearest round; not named for this one',
};

/** Heads of delegation side by side, two per row; a head or title that outlets disagree on is flagged. */
export function delegations(frame: Frame, list: BriefingDelegation[], conflicts: BriefingConflict[] = []): Block[] {
  const { left, width } = frame;
  if (list.length === 0) return [];
  const perRow = list.length === 1 ? 1 : list.length === 3 ? 3 : 2;
  const colW = (width - PAGE.gutter * 2 * (perRow - 1)) / perRow;
  const blocks: Block[] = [sectionHeading(frame, 'Delegations')];

  const cells = list.map((d) => {
    const disputed = conflicts.filter((c) => (c.field === 'HEAD' || c.field === 'HEAD_TITLE') && c.party === d.party);
    const warn = disputed.length
      ? `⚠ ${disputed.some((c) => c.field === 'HEAD') ? 'head' : 'title'} reported differently, see below`
      : null;
    const lines: { role: StyleRole; text: string; after: number }[] = [
      { role: 'party', text: d.party.toUpperCase(), after: STYLES.party.spaceAfter },
      { role: 'person', text: d.headName ?? 'Head not reported', after: STYLES.person.spaceAfter },
    ];
    if (d.headTitle) lines.push({ role: 'role', text: d.headTitle, after: 1 });
    // A head no report says led the side: say what the page rests on.
    const basis = d.headEvidence ? WEAK_HEAD_NOTE[d.headEvidence] : null;
    if (basis) lines.push({ role: 'role', text: basis, after: 1 });
    if (warn) lines.push({ role: 'warn', text: warn, after: 0 });
    const height = lines.reduce((h, l) => h + measure(frame, l.role, l.text, colW) + l.after, 0);
    return { lines, height };
  });

  for (let i = 0; i < cells.length; i += perRow) {
    const row = cells.slice(i, i + perRow);
    const height = Math.max(...row.map((c) => c.height)) + 4;
    blocks.push({
      height,
      draw(y) {
        row.forEach((cell, j) => {
          const x = left + j * (colW + PAGE.gutter * 2);
          let cy = y;
          for (const l of cell.lines) cy += write(frame, l.role, l.text, x, cy, colW) + l.after;
        });
      },
    });
  }
  return blocks;
}

/** The "N outlets" pill at the right edge of a line: how widely the line was reported. */
function outletTag(frame: Frame, count: number, right: number, y: number): void {
  const { doc } = frame;
  const text = plural(count, 'outlet', 'outlets');
  const w = lineWidthOf(frame, 'tag', text) + 8;
  const h = STYLES.tag.size + 4.5;
  doc.save().roundedRect(right - w, y, w, h, h / 2).fill(count > 1 ? COLORS.tagFill : '#ffffff').restore();
  if (count <= 1) doc.save().roundedRect(right - w, y, w, h, h / 2).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
  write(frame, 'tag', text, right - w + 4, y + 2.2, w);
}

const KIND_LABELS: Partial<Record<BriefingFact['kind'], string>> = {
  PROPOSAL: 'proposal',
  CONCERN: 'concern',
  AGREEMENT: 'agreement',
  CONTEXT: 'context',
  NEXT_STEP: 'next step',
};

/** One fact as a line: optional side column, wrapped text, outlet tag. */
export function factItem(frame: Frame, fact: BriefingFact, withSide: boolean): Block {
  const { doc, left, width } = frame;
  const labelW = withSide ? PAGE.labelWidth : 10;
  const textX = left + labelW;
  const textW = width - labelW - PAGE.tagWidth - PAGE.gutter;
  const side = fact.side ?? 'Unattributed';
  const kind = KIND_LABELS[fact.kind] ?? fact.kind.toLowerCase();
  const sideW = labelW - PAGE.gutter;

  const textH = measure(frame, 'body', fact.text, textW);
  const labelH = withSide ? measure(frame, 'side', side, sideW) + measure(frame, 'kind', kind, sideW) : 0;
  const height = Math.max(textH, labelH, STYLES.tag.size + 5) + STYLES.body.spaceAfter;

  return {
    height,
    draw(y) {
      if (withSide) {
        const sh = write(frame, 'side', side, left, y + 0.5, sideW);
        const style = use(frame, 'kind');
        doc.fillColor(fact.kind === 'CONCERN' ? COLORS.warn : style.color);
        doc.text(kind, left, y + 0.5 + sh, { ...textOptions('kind', sideW), height: STYLES.kind.size * 2 });
      } else {
        doc.save().rect(left + 1, y + 4, 3.2, 3.2).fill(COLORS.accent).restore();
      }
      write(frame, 'body', fact.text, textX, y, textW);
      outletTag(frame, fact.sourceCount, left + width, y - 0.5);
    },
  };
}

/** A key statement, with its speaker; oblique text behind a thin bar reads as a pull quote. */
export function quoteItem(frame: Frame, quote: BriefingQuote): Block {
  const { doc, left, width } = frame;
  const textX = left + 10;
  const textW = width - 10 - PAGE.tagWidth - PAGE.gutter;
  const text = /^["“«]/.test(quote.text) ? quote.text : `“${quote.text}”`;
  const speaker = `— ${quote.speaker ?? 'Unattributed'}`;
  const qh = measure(frame, 'quote', text, textW);
  const sh = measure(frame, 'speaker', speaker, textW);
  const height = qh + STYLES.quote.spaceAfter + sh + STYLES.speaker.spaceAfter;
  return {
    height,
    draw(y) {
      doc.save().rect(left + 1, y + 1, 2, qh + sh).fill(COLORS.quoteBar).restore();
      write(frame, 'quote', text, textX, y, textW);
      write(frame, 'speaker', speaker, textX, y + qh + STYLES.quote.spaceAfter, textW);
      outletTag(frame, quote.sourceCount, left + width, y - 0.5);
    },
  };
}

/** One disagreement: the field on the left, each reported value with the outlets behind it. */
export function conflictItem(frame: Frame, conflict: BriefingConflict): Block {
  const { left, width } = frame;
  const label = conflictLabel(conflict);
  const labelW = PAGE.labelWidth - PAGE.gutter;
  const sourcesW = 120;
  const valueX = left + PAGE.labelWidth;
  const valueW = width - PAGE.labelWidth - sourcesW - PAGE.gutter;
  const rows = conflict.values.map((v) => {
    const sources = v.sources.join(', ') || 'unnamed outlet';
    const h = Math.max(measure(frame, 'body', v.text, valueW), measure(frame, 'role', sources, sourcesW));
    return { text: v.text, sources, h };
  });
  const valuesH = rows.reduce((sum, r) => sum + r.h + 2, 0);
  const height = Math.max(measure(frame, 'side', label, labelW), valuesH) + STYLES.body.spaceAfter;
  return {
    height,
    draw(y) {
      write(frame, 'side', label, left, y + 0.5, labelW);
      let cy = y;
      for (const r of rows) {
        write(frame, 'body', r.text, valueX, cy, valueW);
        write(frame, 'role', r.sources, left + width - sourcesW, cy + 0.8, sourcesW);
        cy += r.h + 2;
      }
    },
  };
}

/** Says what the page left out, so a reader knows to look in the API. */
export function moreNote(frame: Frame, hiddenFacts: number, hiddenConflicts: number): Block | null {
  const { left, width } = frame;
  const parts: string[] = [];
  if (hiddenFacts > 0) parts.push(`+${plural(hiddenFacts, 'more fact', 'more facts')}`);
  if (hiddenConflicts > 0) parts.push(`${parts.length ? '' : '+'}${plural(hiddenConflicts, 'more disagreement', 'more disagreements')}`);
  if (parts.length === 0) return null;
  const text = `${parts.join(' and ')} in the API, left out for space (most widely reported shown first).`;
  const h = measure(frame, 'note', text, width);
  return { height: h + 8, draw: (y) => void write(frame, 'note', text, left, y + 6, width) };
}

/** Outlets, data timestamp and provenance, pinned to the bottom of the page. */
export function footer(frame: Frame, data: BriefingData, asOf: Date): Block {
  const { doc, left, width } = frame;
  const outlets = data.outlets.length ? data.outlets.join('  ·  ') : 'none';
  const line1 = `Outlets used (${data.outlets.length}): ${outlets}`;
  const line2 =
    `Data as of ${formatInstant(asOf)}  ·  Generated from ${plural(data.outlets.length, 'source', 'sources')} ` +
    `(reposts not counted)  ·  Line tags show how many outlets reported each item.`;
  const h1 = measure(frame, 'footer', line1, width);
  const h2 = measure(frame, 'footer', line2, width);
  const height = 6 + h1 + STYLES.footer.spaceAfter + h2;
  return {
    height,
    draw(y) {
      rule(doc, left, y, width);
      write(frame, 'footer', line1, left, y + 6, width);
      write(frame, 'footer', line2, left, y + 6 + h1 + STYLES.footer.spaceAfter, width);
    },
  };
}
