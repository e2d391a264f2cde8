/**
 * Text of the embedded dataset in each language it ships: task names, outcome
 * and field labels, the message template and call script, history titles and
 * the validation messages its backend returns.
 */

import { validLocale } from '../core/i18n.ts';

/** Languages of the embedded dataset's text. */
export const datasetLanguages = ['pt-BR', 'en', 'es'] as const;
export type DatasetLanguage = (typeof datasetLanguages)[number];

/** Outcome ids of the collection task. */
export type CollectionOutcome =
  'promise-to-pay' | 'paid' | 'no-answer' | 'wrong-number' | 'refused';
/** Paths of the collection task's updatable fields. */
export type CollectionField = 'phone' | 'promiseDate' | 'promiseAmount' | 'note';

/** Validation messages of the embedded backend. `{outcome}` is an outcome's label. */
export interface DatasetErrorText {
  required: string;
  invalid: string;
  taskNotFound: string;
  taskNotOpen: string;
  outcomeUnavailable: string;
  requiredForOutcome: string;
  changedForOutcome: string;
  phoneInvalid: string;
  dateInvalid: string;
  promiseBeforeToday: string;
  promiseOnWeekend: string;
  /** `{holiday}` is the holiday's name. */
  promiseOnHoliday: string;
  amountNotPositive: string;
  amountAboveBalance: string;
  invoiceNotFound: string;
  paymentNotPositive: string;
  agentNotFound: string;
  reassignOnlyOpen: string;
}

/** Every text of the embedded dataset in one language. */
export interface DatasetText {
  collectionTaskName: string;
  promiseFollowUpTaskName: string;
  collectionCallTitle: string;
  /** Title of a payment event, where `{number}` is the invoice number. */
  invoicePaymentTitle: string;
  /** Title of the note a reassignment adds, where `{agent}` is the new agent's name. */
  taskReassignedTitle: string;
  outcomeLabels: Record<CollectionOutcome, string>;
  fieldLabels: Record<CollectionField, string>;
  /** Message to the client with `{{...}}` placeholders, in paragraphs separated by blank lines. */
  messageTemplate: string;
  /** Call script the agent reads to the client, with the same placeholders. */
  callScript: string;
  errors: DatasetErrorText;
}

const portuguese: DatasetText = {
  collectionTaskName: 'Cobrança de fatura em atraso',
  promiseFollowUpTaskName: 'Acompanhar promessa de pagamento',
  collectionCallTitle: 'Ligação de cobrança',
  invoicePaymentTitle: 'Pagamento da fatura {number}',
  taskReassignedTitle: 'Tarefa reatribuída para {agent}',
  outcomeLabels: {
    'promise-to-pay': 'Promessa de pagamento',
    paid: 'Pagamento já realizado',
    'no-answer': 'Não atendeu',
    'wrong-number': 'Número errado',
    refused: 'Recusou-se a pagar',
  },
  fieldLabels: {
    phone: 'Telefone',
    promiseDate: 'Data da promessa',
    promiseAmount: 'Valor prometido',
    note: 'Observação',
  },
  messageTemplate: [
    'Olá, {{customer.name}}.',
    'Identificamos **{{invoice.total}}** em aberto no seu cartão, com o vencimento mais antigo em {{invoice.oldestDueDate}}.',
    'Para regularizar, você pode:\n- pagar o valor total até {{task.dueDate}};\n- combinar uma data de pagamento com a nossa central.',
    'Atenciosamente,\n{{agent.name}}',
  ].join('\n\n'),
  callScript: [
    '**Abertura**',
    'Bom dia! Falo com {{customer.name}}? Meu nome é {{agent.name}}, da central de cobrança do cartão.',
    '**Assunto**',
    '- Informe o valor em aberto: **{{invoice.total}}**.\n- Informe o vencimento mais antigo: {{invoice.oldestDueDate}}.\n- Pergunte quando o cliente pode pagar e registre a data e o valor prometidos.',
    '**Encerramento**',
    'Confirme o telefone de contato e agradeça a atenção.',
  ].join('\n\n'),
  errors: {
    required: 'Campo obrigatório.',
    invalid: 'Valor inválido.',
    taskNotFound: 'Tarefa não encontrada.',
    taskNotOpen: 'Esta tarefa não está mais aberta.',
    outcomeUnavailable: 'Resultado não disponível para esta tarefa.',
    requiredForOutcome: 'Obrigatório para o resultado "{outcome}".',
    changedForOutcome: 'Informe um valor diferente do atual para o resultado "{outcome}".',
    phoneInvalid: 'Informe um telefone válido com DDD.',
    dateInvalid: 'Informe uma data válida.',
    promiseBeforeToday: 'A data da promessa não pode ser anterior a hoje.',
    promiseOnWeekend: 'A data da promessa cai num fim de semana.',
    promiseOnHoliday: 'A data da promessa cai num feriado ({holiday}).',
    amountNotPositive: 'Informe um valor maior que zero.',
    amountAboveBalance: 'O valor passa do saldo em aberto do cliente.',
    invoiceNotFound: 'Fatura não encontrada.',
    paymentNotPositive: 'Informe um valor positivo.',
    agentNotFound: 'Selecione um agente existente.',
    reassignOnlyOpen: 'Só é possível reatribuir uma tarefa aberta.',
  },
};

const english: DatasetText = {
  collectionTaskName: 'Collect overdue invoice',
  promiseFollowUpTaskName: 'Follow up on payment promise',
  collectionCallTitle: 'Collection call',
  invoicePaymentTitle: 'Payment of invoice {number}',
  taskReassignedTitle: 'Task reassigned to {agent}',
  outcomeLabels: {
    'promise-to-pay': 'Promise to pay',
    paid: 'Already paid',
    'no-answer': 'No answer',
    'wrong-number': 'Wrong number',
    refused: 'Refused to pay',
  },
  fieldLabels: {
    phone: 'Phone',
    promiseDate: 'Promise date',
    promiseAmount: 'Promised amount',
    note: 'Note',
  },
  messageTemplate: [
    'Hello, {{customer.name}}.',
    'Your card has **{{invoice.total}}** outstanding, and the oldest amount fell due on {{invoice.oldestDueDate}}.',
    'To settle it, you can:\n- pay the full amount by {{task.dueDate}};\n- agree on a payment date with our customer service team.',
    'Kind regards,\n{{agent.name}}',
  ].join('\n\n'),
  callScript: [
    '**Opening**',
    'Good morning! Am I speaking with {{customer.name}}? My name is {{agent.name}}, from the card collections department.',
    '**Subject**',
    '- State the outstanding amount: **{{invoice.total}}**.\n- State the oldest due date: {{invoice.oldestDueDate}}.\n- Ask when the customer can pay, and record the promised date and amount.',
    '**Closing**',
    'Confirm the contact phone number and thank the customer.',
  ].join('\n\n'),
  errors: {
    required: 'Required field.',
    invalid: 'Invalid value.',
    taskNotFound: 'Task not found.',
    taskNotOpen: 'This task is no longer open.',
    outcomeUnavailable: 'This outcome is not available for this task.',
    requiredForOutcome: 'Required for the outcome "{outcome}".',
    changedForOutcome: 'Enter a value other than the current one for the outcome "{outcome}".',
    phoneInvalid: 'Enter a valid phone number with its area code.',
    dateInvalid: 'Enter a valid date.',
    promiseBeforeToday: 'The promise date cannot be before today.',
    promiseOnWeekend: 'The promise date falls on a weekend.',
    promiseOnHoliday: 'The promise date falls on a holiday ({holiday}).',
    amountNotPositive: 'Enter an amount greater than zero.',
    amountAboveBalance: "The amount exceeds the customer's outstanding balance.",
    invoiceNotFound: 'Invoice not found.',
    paymentNotPositive: 'Enter a positive amount.',
    agentNotFound: 'Select an existing agent.',
    reassignOnlyOpen: 'Only an open task can be reassigned.',
  },
};

const spanish: DatasetText = {
  collectionTaskName: 'Cobranza de factura vencida',
  promiseFollowUpTaskName: 'Seguimiento de promesa de pago',
  collectionCallTitle: 'Llamada de cobranza',
  invoicePaymentTitle: 'Pago de la factura {number}',
  taskReassignedTitle: 'Tarea reasignada a {agent}',
  outcomeLabels: {
    'promise-to-pay': 'Promesa de pago',
    paid: 'Pago ya realizado',
    'no-answer': 'No contestó',
    'wrong-number': 'Número equivocado',
    refused: 'Se negó a pagar',
  },
  fieldLabels: {
    phone: 'Teléfono',
    promiseDate: 'Fecha de la promesa',
    promiseAmount: 'Monto prometido',
    note: 'Observación',
  },
  messageTemplate: [
    'Hola, {{customer.name}}.',
    'Su tarjeta tiene un saldo pendiente de **{{invoice.total}}**, y el vencimiento más antiguo fue el {{invoice.oldestDueDate}}.',
    'Para regularizar, usted puede:\n- pagar el monto total a más tardar el {{task.dueDate}};\n- acordar una fecha de pago con nuestro centro de atención.',
    'Atentamente,\n{{agent.name}}',
  ].join('\n\n'),
  callScript: [
    '**Apertura**',
    '¡Buenos días! ¿Hablo con {{customer.name}}? Mi nombre es {{agent.name}}, del departamento de cobranza de la tarjeta.',
    '**Asunto**',
    '- Indique al cliente el monto pendiente: **{{invoice.total}}**.\n- Indique el vencimiento más antiguo: {{invoice.oldestDueDate}}.\n- Pregunte cuándo puede pagar el cliente y registre la fecha y el monto prometidos.',
    '**Cierre**',
    'Confirme el teléfono de contacto y agradézcale su tiempo.',
  ].join('\n\n'),
  errors: {
    required: 'Campo obligatorio.',
    invalid: 'Valor no válido.',
    taskNotFound: 'Tarea no encontrada.',
    taskNotOpen: 'Esta tarea ya no está abierta.',
    outcomeUnavailable: 'Resultado no disponible para esta tarea.',
    requiredForOutcome: 'Obligatorio para el resultado "{outcome}".',
    changedForOutcome: 'Ingrese un valor distinto del actual para el resultado "{outcome}".',
    phoneInvalid: 'Ingrese un teléfono válido con su código de área.',
    dateInvalid: 'Ingrese una fecha válida.',
    promiseBeforeToday: 'La fecha de la promesa no puede ser anterior a hoy.',
    promiseOnWeekend: 'La fecha de la promesa cae en fin de semana.',
    promiseOnHoliday: 'La fecha de la promesa cae en un día festivo ({holiday}).',
    amountNotPositive: 'Ingrese un monto mayor que cero.',
    amountAboveBalance: 'El monto supera el saldo pendiente del cliente.',
    invoiceNotFound: 'Factura no encontrada.',
    paymentNotPositive: 'Ingrese un monto positivo.',
    agentNotFound: 'Seleccione un agente existente.',
    reassignOnlyOpen: 'Solo se puede reasignar una tarea abierta.',
  },
};

export const datasetTexts: Readonly<Record<DatasetLanguage, DatasetText>> = {
  'pt-BR': portuguese,
  en: english,
  es: spanish,
};

/**
 * Picks the dataset language for a BCP 47 tag: any `pt` tag gets `pt-BR`,
 * any `es` tag `es`, and every other language English. Without a valid tag
 * (missing, not a string, or one that `validLocale` rejects and the elements
 * ignore too) the dataset stays in `pt-BR`, the language of its Brazilian
 * clients.
 */
export function datasetLanguage(locale: unknown): DatasetLanguage {
  const canonical = typeof locale === 'string' ? validLocale(locale) : undefined;
  if (!canonical) return 'pt-BR';
  const language = canonical.split('-')[0].toLowerCase();
  if (language === 'pt') return 'pt-BR';
  if (language === 'es') return 'es';
  return 'en';
}
