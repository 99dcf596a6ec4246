// Colours of the charts' own text and lines, shared by the web and the PDF. Text is
// never drawn in a series colour (a pale series would make its legend unreadable):
// legends use CHART_TEXT beside a swatch of the series colour.

/** Legend entries, axis ticks. slate-700. */
export const CHART_TEXT = "#334155";
/** The target line and its label. red-700. */
export const TARGET_COLOUR = "#b91c1c";
/** The trend line. slate-500. */
export const TREND_COLOUR = "#64748b";
/** Grid lines. */
export const GRID_COLOUR = "#e2e8f0";
/** Outline of a legend swatch, so a pale series colour still shows on white. */
export const SWATCH_OUTLINE = "#64748b";
