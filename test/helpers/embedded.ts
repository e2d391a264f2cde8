import { fixedClock } from '../../src/core/clock.ts';
import type { ProviderError } from '../../src/core/provider.ts';
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
  shared ??= createEmbeddedProvider({
    clock: testClock,
    timeZone: 'America/Sao_Paulo',
    latencyMs: 0,
  });
  return shared;
}

/**
 * Lines 1 to 4 of data/clients.csv: the header and clients 1 to 3. Only
 * client 1 has an overdue invoice, so only it has an open task, `task-1`,
 * and it has late months, so past collection calls.
 */
export const firstClientsCsv = [
  'ID,X1,X2,X3,X4,X5,X6,X7,X8,X9,X10,X11,X12,X13,X14,X15,X16,X17,X18,X19,X20,X21,X22,X23,Y',
  '1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1',
  '2,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1',
  '3,90000,2,2,2,34,0,0,0,0,0,0,29239,14027,13559,14331,14948,15549,1518,1500,1000,1000,1000,5000,0',
].join('\n');

/** Returns the error `request` rejects with, and fails when it resolves. */
export async function rejectionOf(request: Promise<unknown>): Promise<ProviderError> {
  try {
    await request;
  } catch (error) {
    return error as ProviderError;
  }
  throw new Error('expected the request to reject');
}
