import { defineElement } from '../core/define.ts';
import { ScoreGauge } from './score-gauge.ts';

defineElement('score-gauge', ScoreGauge);

declare global {
  interface HTMLElementTagNameMap {
    'score-gauge': ScoreGauge;
  }
}

export { ScoreGauge };
export { bandFor, defaultBands, parseScore, type ScoreBand } from './score-bands.ts';
