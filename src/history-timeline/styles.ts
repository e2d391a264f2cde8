import { css } from 'lit';

export const historyStyles = css`
  :host {
    --_accent-history: var(--history-timeline-accent, var(--_accent));
    --_holiday: var(--history-timeline-holiday, var(--_warning-surface));
    --_outside: var(--history-timeline-outside, var(--_surface-raised));
    --_holiday-text: var(--history-timeline-holiday-text, light-dark(#6b4700, #e3b341));
    --_day-min-height: var(--history-timeline-day-min-height, 5.5rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  .view-switch {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .view-switch button {
    border: 0;
    background: var(--_surface);
    padding: 0.35rem 0.8rem;
    cursor: pointer;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_accent-history);
    color: var(--_on-accent);
  }
  .filters {
    display: flex;
    gap: 1rem;
  }
  .filters label {
    display: grid;
    gap: 0.2rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice {
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    color: var(--_warning);
    padding: 0.5rem 0.75rem;
  }
  .group-title {
    font-size: 1em;
    margin: 1rem 0 0.4rem;
    color: var(--_muted);
  }
  .events,
  .day-events,
  .holidays {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .event[data-status='upcoming'] .time {
    color: var(--_accent-history);
  }
  .time {
    font-variant-numeric: tabular-nums;
    min-width: 3.5rem;
  }
  .kind {
    color: var(--_accent-history);
  }
  .title {
    font-weight: 600;
  }
  .agent,
  .outcome,
  .holiday-type {
    color: var(--_muted);
  }
  .warning {
    color: var(--_warning);
    font-weight: 600;
  }
  .load-more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-top: 1rem;
    color: var(--_muted);
  }
  .error-text {
    color: var(--_danger);
  }
  .calendar-header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .month-title {
    margin: 0 0.5rem;
    font-size: 1.1em;
    min-width: 12rem;
    text-align: center;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-top: 0.5rem;
  }
  th {
    font-weight: 600;
    color: var(--_muted);
    padding: 0.25rem;
  }
  .day {
    vertical-align: top;
    height: var(--_day-min-height);
    border: 1px solid var(--_border);
    padding: 0.25rem;
    font-size: 0.85em;
    overflow: hidden;
  }
  .day[data-outside] {
    color: var(--_muted);
    background: var(--_outside);
  }
  /* A holiday of the previous or next month stays grey, as its neighbours do. */
  .day[data-holiday]:not([data-outside]) {
    background: var(--_holiday);
  }
  .day[aria-current='date'] .day-number {
    background: var(--_accent-history);
    color: var(--_on-accent);
    border-radius: 999px;
    padding: 0 0.35rem;
  }
  .day:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .day-number {
    font-weight: 600;
  }
  .holiday {
    color: var(--_holiday-text);
  }
  .day-event {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* The warning gets its own wrapping line, so the ellipsis of a long title never hides it. */
  .day-event .warning {
    display: block;
    white-space: normal;
  }
  .more {
    color: var(--_muted);
  }
`;
