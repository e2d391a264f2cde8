/**
 * The collection task the embedded dataset opens for every client with an
 * overdue invoice, and the agents who work those tasks. The task's text comes
 * from dataset-text.ts in the dataset's language.
 */
import type { EventOption, TaskField } from '../core/records.ts';
import { datasetTexts, type CollectionOutcome, type DatasetText } from './dataset-text.ts';

export interface DatasetAgent {
  id: string;
  name: string;
  email: string;
}

/** The five collection agents, `agent-1` to `agent-5`. */
export const datasetAgents: readonly DatasetAgent[] = [
  { id: 'agent-1', name: 'Ana Paula Ribeiro', email: 'ana.ribeiro@example.com' },
  { id: 'agent-2', name: 'Bruno Conceição', email: 'bruno.conceicao@example.com' },
  { id: 'agent-3', name: 'Carla Magalhães', email: 'carla.magalhaes@example.com' },
  { id: 'agent-4', name: 'Diego Araújo', email: 'diego.araujo@example.com' },
  { id: 'agent-5', name: 'Elaine Guimarães', email: 'elaine.guimaraes@example.com' },
];

/** Outcomes an agent can record; `promise-to-pay` opens a follow-up task on the promised date. */
const collectionOutcomes: ReadonlyArray<{
  id: CollectionOutcome;
  requiredFields: string[];
  changedFields?: string[];
}> = [
  { id: 'promise-to-pay', requiredFields: ['promiseDate', 'promiseAmount'] },
  { id: 'paid', requiredFields: [] },
  { id: 'no-answer', requiredFields: [] },
  { id: 'wrong-number', requiredFields: ['phone'], changedFields: ['phone'] },
  { id: 'refused', requiredFields: [] },
];

const collectionFields: ReadonlyArray<
  Omit<TaskField, 'label'> & { path: keyof DatasetText['fieldLabels'] }
> = [
  { path: 'phone', type: 'phone' },
  { path: 'promiseDate', type: 'date' },
  { path: 'promiseAmount', type: 'currency' },
  { path: 'note', type: 'text' },
];

/**
 * Builds the event options, fields, message template and call script shared
 * by every collection task, in the language of `text`. Each call returns new
 * objects, so a task's copy can change alone.
 */
export function collectionTaskContent(text: DatasetText = datasetTexts['pt-BR']): {
  eventOptions: EventOption[];
  template: string;
  script: string;
  fields: TaskField[];
} {
  return {
    eventOptions: collectionOutcomes.map((outcome) => ({
      id: outcome.id,
      label: text.outcomeLabels[outcome.id],
      requiredFields: [...outcome.requiredFields],
      ...(outcome.changedFields ? { changedFields: [...outcome.changedFields] } : {}),
    })),
    template: text.messageTemplate,
    script: text.callScript,
    fields: collectionFields.map((field) => ({ ...field, label: text.fieldLabels[field.path] })),
  };
}

/** Returns the label of a collection outcome in the language of `text`, else the id itself. */
export function outcomeLabel(outcomeId: string, text: DatasetText = datasetTexts['pt-BR']): string {
  return Object.hasOwn(text.outcomeLabels, outcomeId)
    ? text.outcomeLabels[outcomeId as CollectionOutcome]
    : outcomeId;
}
