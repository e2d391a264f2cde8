import { css } from 'lit';

export const scoreGaugeStyles = css`
  :host {
    display: inline-block;
    width: var(--score-gauge-size, 9rem);
    --_track: var(--score-gauge-track-color, var(--_border));
    --_background: var(--score-gauge-background, var(--_surface));
    --_thickness: var(--score-gauge-thickness, 10);
  }
  .gauge {
    display: grid;
    justify-items: center;
  }
  svg {
    grid-area: 1 / 1;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  path {
    fill: none;
    stroke-width: var(--_thickness);
    stroke-linecap: butt;
  }
  .track {
    stroke: var(--_track);
  }
  .fill {
    stroke: var(--_band-color);
  }
  .readout {
    grid-area: 1 / 1;
    align-self: end;
    display: grid;
    justify-items: center;
    line-height: 1.1;
  }
  .value {
    font-size: var(--score-gauge-value-size, 1.5rem);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .band {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: var(--_band-color);
  }
  .invalid .value {
    font-size: 1em;
    font-weight: 600;
    color: var(--_danger);
  }
`;
