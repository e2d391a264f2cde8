import { ContextProvider } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { Clock } from './clock.ts';
import {
  clockContext,
  localeContext,
  providerContext,
  rolesContext,
  structureContext,
  timeZoneContext,
} from './context.ts';
import type { DataProvider } from './provider.ts';
import type { Structure } from '../structure/schema.ts';

export interface ScopeValues {
  provider?: DataProvider;
  structure?: Structure;
  locale?: string;
  timeZone?: string;
  clock?: Clock;
  roles?: readonly string[];
}

/** Provides every library context from one host element to its descendants. */
export class ScopeProviders {
  private readonly provider;
  private readonly structure;
  private readonly locale;
  private readonly timeZone;
  private readonly clock;
  private readonly roles;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.provider = new ContextProvider(host, { context: providerContext });
    this.structure = new ContextProvider(host, { context: structureContext });
    this.locale = new ContextProvider(host, { context: localeContext });
    this.timeZone = new ContextProvider(host, { context: timeZoneContext });
    this.clock = new ContextProvider(host, { context: clockContext });
    this.roles = new ContextProvider(host, { context: rolesContext });
  }

  /** Publishes the values; consumers update only for values that changed. */
  set(values: ScopeValues): void {
    this.provider.setValue(values.provider);
    this.structure.setValue(values.structure);
    this.locale.setValue(values.locale);
    this.timeZone.setValue(values.timeZone);
    this.clock.setValue(values.clock);
    this.roles.setValue(values.roles);
  }
}
