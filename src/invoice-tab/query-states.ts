import {
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { fire } from '../core/events.ts';
import { describeProviderFailure, isAbortError } from '../core/provider.ts';
import { renderStaleBadge } from '../core/states.ts';
import type { ProviderQuery, SuccessState } from '../data-layer/provider-query.ts';

/**
 * Renders the "not up to date since HH:MM" badge over data whose latest
 * refresh failed, or nothing while the data is current.
 */
export function renderStaleState(
  locale: string,
  timeZone: string,
  state: SuccessState,
): TemplateResult | typeof nothing {
  if (state.refreshError === undefined) return nothing;
  return renderStaleBadge(locale, timeZone, state.updatedAt, state.refreshError, state.retry);
}

/**
 * Fires `crm-error` `{ kind: 'provider', message, status? }` on the host once
 * for each failed request of its queries, first loads and background refreshes
 * alike. Aborted and cancelled requests are not failures.
 */
export class ProviderFailureReporter implements ReactiveController {
  /** `errorUpdatedAt` of the last failure reported per query. */
  private readonly reported = new Map<ProviderQuery<unknown>, number>();

  private constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly queries: readonly ProviderQuery<unknown>[],
  ) {
    host.addController(this);
  }

  /** Adds a reporter for `queries` to `host`. */
  static attach(
    host: ReactiveControllerHost & EventTarget,
    queries: readonly ProviderQuery<unknown>[],
  ): void {
    new ProviderFailureReporter(host, queries);
  }

  hostUpdated(): void {
    for (const query of this.queries) this.report(query);
  }

  private report(query: ProviderQuery<unknown>): void {
    const result = query.result;
    if (!result || result.status !== 'error') return;
    if (this.reported.get(query) === result.errorUpdatedAt) return;
    this.reported.set(query, result.errorUpdatedAt);
    const error = result.error;
    if (isAbortError(error)) return;
    const { message, status } = describeProviderFailure(error);
    fire(this.host, 'crm-error', { kind: 'provider', message, status });
  }
}
