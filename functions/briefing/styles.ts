// The briefing's look in one place: text styles keyed by role, colours, paper sizes and page geometry.

import type { FontFace } from './fonts.ts';

export interface TextStyle {
  font: FontFace;
  size: number;
  color: string;
  /** Extra space between wrapped lines, in points. */
  lineGap: number;
  /** Space below a block in this style, in points. */
  spaceAfter: number;
}

export const COLORS = {
  ink: '#16202a',
  muted: '#5b6670',
  faint: '#8a949c',
  accent: '#1d4e89',
  warn: '#a4470b',
  rule: '#c9d0d6',
  tagFill: '#eef2f6',
  quoteBar: '#9db4cf',
} as const;

export const STYLES = {
  kicker: { font: 'bold', size: 8, color: COLORS.accent, lineGap: 0, spaceAfter: 4 },
  status: { font: 'bold', size: 8, color: '#ffffff', lineGap: 0, spaceAfter: 0 },
  title: { font: 'bold', size: 19, color: COLORS.ink, lineGap: 1, spaceAfter: 9 },
  label: { font: 'bold', size: 7.5, color: COLORS.muted, lineGap: 0, spaceAfter: 2 },
  meta: { font: 'regular', size: 10, color: COLORS.ink, lineGap: 1, spaceAfter: 0 },
  warn: { font: 'bold', size: 8.5, color: COLORS.warn, lineGap: 0.5, spaceAfter: 0 },
  heading: { font: 'bold', size: 10.5, color: COLORS.accent, lineGap: 0, spaceAfter: 4.5 },
  party: { font: 'bold', size: 8, color: COLORS.muted, lineGap: 0, spaceAfter: 1.5 },
  person: { font: 'bold', size: 10.5, color: COLORS.ink, lineGap: 0.5, spaceAfter: 1 },
  role: { font: 'regular', size: 8.5, color: COLORS.muted, lineGap: 0.5, spaceAfter: 0 },
  body: { font: 'regular', size: 9.5, color: COLORS.ink, lineGap: 1.5, spaceAfter: 4.5 },
  side: { font: 'bold', size: 8.5, color: COLORS.ink, lineGap: 0.5, spaceAfter: 0 },
  kind: { font: 'regular', size: 8, color: COLORS.muted, lineGap: 0, spaceAfter: 0 },
  tag: { font: 'regular', size: 8, color: COLORS.muted, lineGap: 0, spaceAfter: 0 },
  quote: { font: 'oblique', size: 9.5, color: COLORS.ink, lineGap: 1.5, spaceAfter: 1.5 },
  speaker: { font: 'regular', size: 8.5, color: COLORS.muted, lineGap: 0, spaceAfter: 6 },
  note: { font: 'oblique', size: 8.5, color: COLORS.muted, lineGap: 1, spaceAfter: 0 },
  footer: { font: 'regular', size: 8, color: COLORS.muted, lineGap: 1, spaceAfter: 2 },
} as const satisfies Record<string, TextStyle>;

export type StyleRole = keyof typeof STYLES;

export type Paper = 'A4' | 'LETTER';

/** Sizes in points; pdfkit knows both names, the numbers are here for layout maths and tests. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};

export const PAGE = {
  marginX: 46,
  marginTop: 40,
  marginBottom: 34,
  /** Vertical gap before each section heading. */
  sectionGap: 9,
  /** Right-hand column for the "N outlets" tag. */
  tagWidth: 50,
  /** Left column for the side of a proposal or concern, and for a conflict's field. */
  labelWidth: 104,
  gutter: 10,
} as const;
