import type { ReactiveControllerHost } from 'lit';
import type { SectionDefinition } from '../structure/schema.ts';

/**
 * Default localStorage key of the JSON array of collapsed section keys. Hosts
 * whose agents share a browser profile set a key per user through the view's
 * `storage-key` attribute.
 */
export const collapsedSectionsStorageKey = 'crm-view360:collapsed-sections';

/** Returns the key a section's collapsed state is stored under: its `id`, else its title. */
export function sectionKey(section: Pick<SectionDefinition, 'id' | 'title'>): string {
  return section.id ?? section.title;
}

/**
 * Reads the collapsed section keys. Returns an empty set when storage is
 * unavailable (blocked in some sandboxed frames) or holds anything other than
 * an array of strings.
 */
export function loadCollapsedSections(
  storage = localStorageOrUndefined(),
  storageKey = collapsedSectionsStorageKey,
): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((key): key is string => typeof key === 'string'));
  } catch {
    return new Set();
  }
}

/** Writes the collapsed section keys; a full or blocked storage keeps the state for this page only. */
export function saveCollapsedSections(
  keys: ReadonlySet<string>,
  storage = localStorageOrUndefined(),
  storageKey = collapsedSectionsStorageKey,
): void {
  try {
    storage?.setItem(storageKey, JSON.stringify([...keys]));
  } catch {
    // Quota exceeded or storage blocked: the state lives on in memory.
  }
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Collapsed sections of one element, loaded from localStorage when created
 * and written back on every toggle. The state is shared by every customer.
 */
export class CollapsedSections {
  private loadedKey?: string;
  private keys = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storageKey: () => string = () => collapsedSectionsStorageKey,
  ) {}

  has(key: string): boolean {
    return this.current().has(key);
  }

  /** Returns the collapsed keys under the current storage key, reading them again when the key changes. */
  private current(): Set<string> {
    const storageKey = this.storageKey();
    if (storageKey !== this.loadedKey) {
      this.loadedKey = storageKey;
      this.keys = loadCollapsedSections(undefined, storageKey);
    }
    return this.keys;
  }

  /** Collapses an expanded section or expands a collapsed one, then re-renders the host. */
  toggle(key: string): void {
    const keys = new Set(this.current());
    if (!keys.delete(key)) keys.add(key);
    this.keys = keys;
    saveCollapsedSections(keys, undefined, this.loadedKey);
    this.host.requestUpdate();
  }
}
