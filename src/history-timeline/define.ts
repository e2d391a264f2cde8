import { defineElement } from '../core/define.ts';
import { HistoryTimeline } from './history-timeline.ts';

defineElement('history-timeline', HistoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'history-timeline': HistoryTimeline;
  }
}

export { HistoryTimeline };
