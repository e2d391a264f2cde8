import { pickMessages } from '../core/i18n.ts';
import { scoreGaugeMessages } from './messages.ts';

/** A band of the scale: scores up to and including `max` use `color` and `label`. */
export interface ScoreBand {
  max: number;
  label?: string;
  color: string;
}

/** Upper end of the scale when none is given. */
export const defaultScoreMax = 1000;

/**
 * Colours of the default bands as CSS values: each band's own token, else a
 * shared token or a light and a dark default, so the bands follow the theme.
 */
export const defaultBandColors = {
  poor: 'var(--score-gauge-poor-color, var(--_danger))',
  fair: 'var(--score-gauge-fair-color, light-dark(#b54708, #db6d28))',
  good: 'var(--score-gauge-good-color, light-dark(#4d7c0f, #8fbf3b))',
  excellent: 'var(--score-gauge-excellent-color, var(--_success))',
} as const;

/**
 * Bands for a 0 to `max` scale: poor up to 30%, fair up to 60%, good up to 80%,
 * excellent above, labelled in `locale`. On the default 0 to 1000 scale the
 * edges are 300, 600 and 800.
 */
export function defaultBands(locale: string, max = defaultScoreMax): ScoreBand[] {
  const messages = pickMessages(scoreGaugeMessages, locale);
  const labels = [messages.bandPoor, messages.bandFair, messages.bandGood, messages.bandExcellent];
  return [
    { max: (max * 30) / 100, label: labels[0], color: defaultBandColors.poor },
    { max: (max * 60) / 100, label: labels[1], color: defaultBandColors.fair },
    { max: (max * 80) / 100, label: labels[2], color: defaultBandColors.good },
    { max, label: labels[3], color: defaultBandColors.excellent },
  ];
}

const decimalText = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads a score from a property or attribute value. Returns null when the
 * value is missing, not a plain decimal number, negative or above `max`, and
 * when `max` itself is not a positive number. Both 0 and `max` are valid.
 */
export function parseScore(value: unknown, max: number): number | null {
  if (!Number.isFinite(max) || max <= 0) return null;
  let score: number;
  if (typeof value === 'number') {
    score = value;
  } else if (typeof value === 'string' && decimalText.test(value)) {
    score = Number(value);
  } else {
    return null;
  }
  if (!Number.isFinite(score) || score < 0 || score > max) return null;
  return score;
}

/**
 * Returns the band a score falls in: the first band whose `max` is at least the
 * score, in the given (increasing) order. A score above every band's `max`
 * falls in the last band. Returns undefined only for an empty band list.
 */
export function bandFor(score: number, bands: readonly ScoreBand[]): ScoreBand | undefined {
  return bands.find((band) => score <= band.max) ?? bands.at(-1);
}

/** Geometry of the gauge's semicircle in SVG user units. */
export interface ArcGeometry {
  centerX: number;
  centerY: number;
  radius: number;
}

/**
 * SVG path data of the semicircle's arc from its left end (score 0)
 * clockwise over the top to `fraction` of the way to its right end. Returns
 * an empty string for a fraction of 0 or less, so nothing is drawn.
 */
export function arcPath(fraction: number, geometry: ArcGeometry): string {
  const { centerX, centerY, radius } = geometry;
  const clamped = Math.min(Math.max(fraction, 0), 1);
  if (clamped === 0) return '';
  // Angle measured from the positive x axis, counter-clockwise: the arc starts at 180° and
  // ends at 0°. SVG's y axis points down, so the y offset is subtracted.
  const angle = Math.PI * (1 - clamped);
  const startX = centerX - radius;
  const endX = centerX + radius * Math.cos(angle);
  const endY = centerY - radius * Math.sin(angle);
  return `M ${round(startX)} ${round(centerY)} A ${radius} ${radius} 0 0 1 ${round(endX)} ${round(endY)}`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
