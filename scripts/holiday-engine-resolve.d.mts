import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function resolveHolidayEngine(
  source: string,
  importer: string | undefined,
): string | undefined;
export function holidayEngineVite(): VitePlugin;
export function holidayEngineEsbuild(): EsbuildPlugin;
