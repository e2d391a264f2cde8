import { html, svg, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProperties } from '../core/style-properties.ts';
import { CrmElement } from '../core/crm-element.ts';
import { interpolate, pickMessages } from '../core/i18n.ts';
import { scoreGaugeMessages } from './messages.ts';
import {
  arcPath,
  bandFor,
  defaultBands,
  defaultScoreMax,
  parseScore,
  type ArcGeometry,
  type ScoreBand,
} from './score-bands.ts';
import { scoreGaugeStyles } from './styles.ts';

const geometry: ArcGeometry = { centerX: 60, centerY: 60, radius: 50 };

/**
 * @summary A semicircular gauge for a credit score: the arc fills up to the
 * score in its band's colour, with the number and the band's label in the middle.
 *
 * A missing, non-numeric, negative or above-`max` value renders an
 * "invalid score" state with no filled arc and no meter value.
 *
 * @csspart base - The meter: wraps the arc and the readout.
 * @csspart arc - The SVG with the track and the filled arc.
 * @csspart track - The unfilled semicircle.
 * @csspart fill - The filled arc, in the band's colour.
 * @csspart value - The number, or the "invalid score" text.
 * @csspart band - The band's label.
 *
 * @cssprop --score-gauge-size - Width of the gauge. Default `9rem`.
 * @cssprop --score-gauge-track-color - Colour of the unfilled arc. Default `--crm-color-border`.
 * @cssprop --score-gauge-background - Background of the gauge. Default `--crm-color-surface`.
 * @cssprop --score-gauge-poor-color - Colour of the default "poor" band. Default `--crm-color-danger`.
 * @cssprop --score-gauge-fair-color - Colour of the default "fair" band.
 * @cssprop --score-gauge-good-color - Colour of the default "good" band.
 * @cssprop --score-gauge-excellent-color - Colour of the default "excellent" band. Default `--crm-color-success`.
 * @cssprop --score-gauge-thickness - Stroke width of the arc in SVG units (the arc's radius is 50). Default `10`.
 * @cssprop --score-gauge-value-size - Font size of the number. Default `1.5rem`.
 */
export class ScoreGauge extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, scoreGaugeStyles];

  /** The score, as a number or as decimal text (the attribute form). */
  @property() value?: number | string | null;

  /** Upper end of the scale; the lower end is 0. */
  @property({ type: Number }) max = defaultScoreMax;

  /**
   * Bands in increasing `max` order. Default: poor, fair, good and excellent
   * with edges at 30%, 60% and 80% of `max`, labelled in the element's locale.
   */
  @property({ attribute: false }) bands?: readonly ScoreBand[];

  /** Accessible name of the meter. Default "Score". */
  @property() label?: string;

  protected override render(): TemplateResult {
    const score = parseScore(this.value, this.max);
    return score === null ? this.renderInvalid() : this.renderMeter(score);
  }

  private get messages() {
    return pickMessages(scoreGaugeMessages, this.effectiveLocale);
  }

  private get accessibleLabel(): string {
    return this.label || this.messages.defaultLabel;
  }

  private get effectiveBands(): readonly ScoreBand[] {
    return this.bands?.length ? this.bands : defaultBands(this.effectiveLocale, this.max);
  }

  private renderMeter(score: number): TemplateResult {
    const band = bandFor(score, this.effectiveBands);
    const numberFormat = new Intl.NumberFormat(this.effectiveLocale, { maximumFractionDigits: 2 });
    const values = {
      value: numberFormat.format(score),
      max: numberFormat.format(this.max),
      band: band?.label ?? '',
    };
    const valueText = interpolate(
      band?.label ? this.messages.valueTextWithBand : this.messages.valueText,
      values,
    );
    const colors = styleProperties({ '--_band-color': band?.color ?? 'var(--_accent)' });
    return html`
      <div
        class="gauge"
        part="base"
        role="meter"
        style=${colors}
        aria-label=${this.accessibleLabel}
        aria-valuenow=${score}
        aria-valuemin="0"
        aria-valuemax=${this.max}
        aria-valuetext=${valueText}
      >
        ${this.renderArc(score / this.max)}
        <div class="readout">
          <span class="value" part="value">${values.value}</span>
          ${
            band?.label
              ? html`<span class="band" part="band"
                  ><span class="swatch"></span>${band.label}</span
                >`
              : ''
          }
        </div>
      </div>
    `;
  }

  private renderInvalid(): TemplateResult {
    return html`
      <div class="gauge invalid" part="base" role="group" aria-label=${this.accessibleLabel}>
        ${this.renderArc(0)}
        <div class="readout">
          <span class="value" part="value">${this.messages.invalid}</span>
        </div>
      </div>
    `;
  }

  private renderArc(fraction: number): TemplateResult {
    const fill = arcPath(fraction, geometry);
    return html`
      <svg part="arc" viewBox="0 0 120 66" aria-hidden="true" focusable="false">
        <path class="track" part="track" d=${arcPath(1, geometry)}></path>
        ${fill ? svg`<path class="fill" part="fill" d=${fill}></path>` : ''}
      </svg>
    `;
  }
}
