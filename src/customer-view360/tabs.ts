import type { FieldDefinition, TabDefinition } from '../structure/schema.ts';

/**
 * Returns the tabs to show, in structure order. A `task` tab shows only while the
 * customer has an open task, unless it sets `alwaysShow` or its id is `pinnedId`
 * (the tab the agent is on, which stays until they leave it).
 */
export function visibleTabs(
  tabs: readonly TabDefinition[],
  hasOpenTask: boolean,
  pinnedId?: string,
): TabDefinition[] {
  return tabs.filter(
    (tab) => tab.kind !== 'task' || hasOpenTask || tab.alwaysShow === true || tab.id === pinnedId,
  );
}

/** Returns the id of the tab to select: `requested` when it is shown, else the first shown tab. */
export function resolveActiveTab(
  requested: string | undefined,
  tabs: readonly TabDefinition[],
): string | undefined {
  if (requested !== undefined && tabs.some((tab) => tab.id === requested)) return requested;
  return tabs[0]?.id;
}

/**
 * Returns the index a tablist key moves focus to, following the WAI-ARIA tabs
 * pattern: ArrowLeft and ArrowRight wrap, Home and End jump to the ends.
 * Returns undefined for any other key or an empty list.
 */
export function focusTargetIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Fields of the given class across every customer tab, in structure order. */
export function fieldsOfClass(
  tabs: readonly TabDefinition[],
  fieldClass: FieldDefinition['class'],
): FieldDefinition[] {
  return tabs
    .filter((tab) => tab.kind === 'customer')
    .flatMap((tab) => tab.sections ?? [])
    .flatMap((section) => section.fields)
    .filter((field) => field.class === fieldClass);
}
