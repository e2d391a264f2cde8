import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fire } from '../core/events.ts';
import { describeProviderFailure, isAbortError, type DataProvider } from '../core/provider.ts';
import type { Customer } from '../core/records.ts';
import { ProviderQuery } from '../data-layer/provider-query.ts';
import {
  customerRead,
  hasOpenTask,
  openTasksRead,
  type CustomerAnswer,
  type OpenTaskPage,
} from './reads.ts';

/** The inputs of the reads; undefined while the provider or the customer id is missing. */
export interface CustomerDataInput {
  provider: DataProvider;
  customerId: string;
  /** False when no tab depends on open tasks, so they are not read. */
  checkOpenTasks: boolean;
}

/**
 * Reads one customer and whether they have an open task through the shared
 * query cache, and fires `crm-error` on the host once for each failed read of
 * the customer, whether a first load or a refresh.
 */
export class CustomerData implements ReactiveController {
  /** The customer record; shared with every element that reads the same customer. */
  readonly customer: ProviderQuery<CustomerAnswer>;

  /** The customer's open tasks. A task run invalidates this read, so it refetches by itself. */
  readonly openTasks: ProviderQuery<OpenTaskPage>;

  /** `errorUpdatedAt` of the last customer read failure reported. */
  private reportedFailureAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly input: () => CustomerDataInput | undefined,
  ) {
    this.customer = new ProviderQuery(host, () => {
      const current = input();
      return current && customerRead(current.provider, current.customerId);
    });
    this.openTasks = new ProviderQuery(host, () => {
      const current = input();
      if (!current?.checkOpenTasks) return undefined;
      return openTasksRead(current.provider, current.customerId);
    });
    host.addController(this);
  }

  hostUpdated(): void {
    this.reportFailure();
  }

  /** The current customer's record once known, from the cache or the provider. */
  get record(): Customer | undefined {
    return this.customer.data?.data ?? undefined;
  }

  /**
   * Whether the current customer has an open task, or undefined until known.
   * A failed first check counts as an open task, so the task tab shows and
   * reports the failure itself.
   */
  get hasOpenTask(): boolean | undefined {
    if (this.input()?.checkOpenTasks === false) return false;
    const result = this.openTasks.result;
    if (!result) return undefined;
    if (result.data) return hasOpenTask(result.data);
    return result.status === 'error' ? true : undefined;
  }

  /** Loads the customer again, and the open tasks when their first check failed too. */
  retry = (): void => {
    this.customer.refetch();
    if (this.openTasks.result?.status === 'error') this.openTasks.refetch();
  };

  private reportFailure(): void {
    const result = this.customer.result;
    if (!result || result.status !== 'error') return;
    if (result.errorUpdatedAt === this.reportedFailureAt) return;
    this.reportedFailureAt = result.errorUpdatedAt;
    const error = result.error;
    if (isAbortError(error)) return;
    const failure = describeProviderFailure(error);
    fire(this.host, 'crm-error', {
      kind: 'provider',
      message: failure.message,
      status: failure.status,
    });
  }
}
