import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import type { CustomerListMessage } from './messages.ts';

/** localStorage key of the hidden columns unless the element's `storage-key` sets another. */
export const defaultColumnsStorageKey = 'crm-view360:customer-list:columns';

/**
 * Reads the paths of the hidden columns stored under `key`. Returns an empty
 * list when storage is blocked (it throws in some privacy modes and sandboxed
 * frames), the key is absent, or the value is not a JSON array of strings.
 */
export function readHiddenColumns(key: string): string[] {
  let text: string | null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    return [];
  }
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value))
      return value.filter((item): item is string => typeof item === 'string');
  } catch {
    // Malformed JSON is treated as no choice stored.
  }
  return [];
}

/** Stores the hidden column paths under `key`; does nothing when storage is blocked or full. */
export function writeHiddenColumns(key: string, hidden: readonly string[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(hidden));
  } catch {
    // The choice then lasts until the page reloads.
  }
}

/** Returns the columns to show: all but the hidden ones, and never none. */
export function visibleColumns(
  columns: ColumnDefinition[],
  hidden: ReadonlySet<string>,
): ColumnDefinition[] {
  const shown = columns.filter((column) => !hidden.has(column.path));
  return shown.length > 0 ? shown : columns.slice(0, 1);
}

export interface ColumnChooserOptions {
  columns: ColumnDefinition[];
  hidden: ReadonlySet<string>;
  open: boolean;
  messages: Messages<CustomerListMessage>;
  onToggleMenu: () => void;
  onToggleColumn: (path: string, shown: boolean) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** Renders the columns button and, when open, its popup of one checkbox per column. */
export function renderColumnChooser(options: ColumnChooserOptions): TemplateResult {
  const { columns, hidden, open, messages } = options;
  const shownCount = columns.filter((column) => !hidden.has(column.path)).length;
  const popup = open
    ? html`
        <div
          id="column-menu"
          class="column-menu"
          part="column-menu"
          role="dialog"
          aria-label=${messages.columns}
        >
          ${columns.map((column) => {
            const shown = !hidden.has(column.path);
            return html`
              <label>
                <input
                  type="checkbox"
                  .checked=${shown}
                  ?disabled=${shown && shownCount === 1}
                  @change=${(event: Event) =>
                    options.onToggleColumn(column.path, (event.target as HTMLInputElement).checked)}
                />
                ${column.label}
              </label>
            `;
          })}
        </div>
      `
    : nothing;
  return html`<div class="column-chooser" @keydown=${options.onKeydown}>
    <button
      type="button"
      part="columns-button"
      aria-haspopup="dialog"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'column-menu' : nothing}
      @click=${options.onToggleMenu}
    >
      ${messages.columns}</button
    >${popup}
  </div>`;
}
