/**
 * The collection task the embedded dataset opens for every client with an
 * overdue invoice, and the agents who work those tasks. All text is pt-BR.
 */
import type { EventOption, TaskField } from '../core/records.ts';

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

export const collectionTaskName = 'Cobrança de fatura em atraso';
export const promiseFollowUpTaskName = 'Acompanhar promessa de pagamento';

/** Outcomes an agent can record; `promise-to-pay` opens a follow-up task on the promised date. */
export const collectionEventOptions: readonly EventOption[] = [
  {
    id: 'promise-to-pay',
    label: 'Promessa de pagamento',
    requiredFields: ['promiseDate', 'promiseAmount'],
  },
  { id: 'paid', label: 'Pagamento já realizado', requiredFields: [] },
  { id: 'no-answer', label: 'Não atendeu', requiredFields: [] },
  {
    id: 'wrong-number',
    label: 'Número errado',
    requiredFields: ['phone'],
    changedFields: ['phone'],
  },
  { id: 'refused', label: 'Recusou-se a pagar', requiredFields: [] },
];

export const collectionTaskFields: readonly TaskField[] = [
  { path: 'phone', label: 'Telefone', type: 'phone' },
  { path: 'promiseDate', label: 'Data da promessa', type: 'date' },
  { path: 'promiseAmount', label: 'Valor prometido', type: 'currency' },
  { path: 'note', label: 'Observação', type: 'text' },
];

/** Message to the client. Paragraphs are separated by blank lines. */
export const collectionMessageTemplate = [
  'Olá, {{customer.name}}.',
  'Identificamos **{{invoice.total}}** em aberto no seu cartão, com o vencimento mais antigo em {{invoice.oldestDueDate}}.',
  'Para regularizar, você pode:\n- pagar o valor total até {{task.dueDate}};\n- combinar uma data de pagamento com a nossa central.',
  'Atenciosamente,\n{{agent.name}}',
].join('\n\n');

/** Call script the agent reads to the client. */
export const collectionCallScript = [
  '**Abertura**',
  'Bom dia! Falo com {{customer.name}}? Meu nome é {{agent.name}}, da central de cobrança do cartão.',
  '**Assunto**',
  '- Informe o valor em aberto: **{{invoice.total}}**.\n- Informe o vencimento mais antigo: {{invoice.oldestDueDate}}.\n- Pergunte quando o cliente pode pagar e registre a data e o valor prometidos.',
  '**Encerramento**',
  'Confirme o telefone de contato e agradeça a atenção.',
].join('\n\n');

/** Copies of the option, field and text settings shared by every collection task. */
export function collectionTaskContent(): {
  eventOptions: EventOption[];
  template: string;
  script: string;
  fields: TaskField[];
} {
  return {
    eventOptions: collectionEventOptions.map((option) => ({
      ...option,
      requiredFields: [...option.requiredFields],
      ...(option.changedFields ? { changedFields: [...option.changedFields] } : {}),
    })),
    template: collectionMessageTemplate,
    script: collectionCallScript,
    fields: collectionTaskFields.map((field) => ({ ...field })),
  };
}
