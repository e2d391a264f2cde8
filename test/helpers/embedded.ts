import { fixedClock } from '../../src/core/clock.ts';
import { createEmbeddedProvider, type EmbeddedProvider } from '../../src/data/embedded-provider.ts';

/** 2026-12-04 at noon in São Paulo: the embedded dataset's `today` in every test. */
export const testClock = fixedClock('2026-12-04T15:00:00Z');

let shared: Promise<EmbeddedProvider> | undefined;

/**
 * Returns the embedded provider over the full CSV, built once per test page
 * with {@link testClock}, zone America/Sao_Paulo and no latency. Tests that
 * write share its state, so they should change only records no other test reads.
 */
export function embeddedProvider(): Promise<EmbeddedProvider> {
  shared ??= createEmbeddedProvider({ clock: testClock, timeZone: 'America/Sao_Paulo', latencyMs: 0 });
  return shared;
}
