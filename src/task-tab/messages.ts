import { defineMessages, interpolate } from '../core/i18n.ts';

/** Codes of the problems form validation reports; each is also a message key. */
export type FieldIssueCode =
  | 'required'
  | 'outcomeRequired'
  | 'unknownOutcome'
  | 'invalidNumber'
  | 'invalidAmount'
  | 'amountNotPositive'
  | 'amountAboveBalance'
  | 'invalidDate'
  | 'dateInPast'
  | 'dateOnWeekend'
  | 'dateOnHoliday'
  | 'invalidOption'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'unchangedValue'
  | 'mustBeChecked';

type TaskTabMessageKey =
  | FieldIssueCode
  | 'invalidStructure'
  | 'noCustomer'
  | 'noOpenTask'
  | 'taskHeading'
  | 'dueDate'
  | 'assignee'
  | 'unassigned'
  | 'messageTemplate'
  | 'callScript'
  | 'unknownPlaceholder'
  | 'outcome'
  | 'fieldsLegend'
  | 'requiredMark'
  | 'selectPlaceholder'
  | 'submit'
  | 'submitting'
  | 'errorSummaryOne'
  | 'errorSummaryOther'
  | 'submitFailed'
  | 'submitFailedUnknown'
  | 'executed'
  | 'changeAssignee'
  | 'agentList'
  | 'agentHint'
  | 'noAgentMatch'
  | 'assigning'
  | 'assigned'
  | 'assignFailed'
  | 'assignFailedUnknown'
  | 'dayLetters'
  | 'monthLetters'
  | 'yearLetters'
  | 'amountHint';

export const taskTabMessages = defineMessages<TaskTabMessageKey>('task-tab', {
  'pt-BR': {
    required: 'Preencha {field}.',
    outcomeRequired: 'Escolha um resultado.',
    unknownOutcome: 'Escolha um dos resultados da lista.',
    invalidNumber: '{field}: informe um número, como 1.234,5.',
    invalidAmount: '{field}: informe um valor como 1.234,56.',
    amountNotPositive: '{field}: o valor deve ser maior que zero.',
    amountAboveBalance: '{field}: o valor passa do saldo em aberto de {total}.',
    invalidDate: '{field}: informe uma data válida como {pattern}.',
    dateInPast: '{field}: a data não pode ser anterior a hoje ({today}).',
    dateOnWeekend: '{field}: {date} cai num fim de semana; escolha um dia útil.',
    dateOnHoliday: '{field}: {date} é feriado ({holiday}); escolha um dia útil.',
    invalidOption: '{field}: escolha uma das opções.',
    invalidEmail: '{field}: informe um e-mail como nome@exemplo.com.',
    invalidPhone: '{field}: informe um telefone com DDD, como (11) 98765-4321.',
    unchangedValue: '{field}: informe um valor diferente do atual, {current}.',
    mustBeChecked: 'Marque {field}.',
    invalidStructure: 'Estrutura de dados inválida',
    noCustomer: 'Selecione um cliente para ver as tarefas.',
    noOpenTask: 'Nenhuma tarefa aberta',
    taskHeading: 'Tarefa',
    dueDate: 'Vencimento',
    assignee: 'Responsável',
    unassigned: 'Sem responsável',
    messageTemplate: 'Mensagem',
    callScript: 'Roteiro da ligação',
    unknownPlaceholder: 'campo desconhecido',
    outcome: 'Resultado',
    fieldsLegend: 'Dados da execução',
    requiredMark: '(obrigatório)',
    selectPlaceholder: 'Selecione…',
    submit: 'Registrar execução',
    submitting: 'Enviando…',
    errorSummaryOne: 'Corrija {count} campo antes de enviar:',
    errorSummaryOther: 'Corrija {count} campos antes de enviar:',
    submitFailed: 'Não foi possível registrar a execução: {message}',
    submitFailedUnknown: 'Não foi possível registrar a execução.',
    executed: 'Execução registrada: {outcome}.',
    changeAssignee: 'Alterar responsável',
    agentList: 'Agentes',
    agentHint: 'Digite parte do nome ou use a seta para baixo para ver todos.',
    noAgentMatch: 'Nenhum agente encontrado',
    assigning: 'Atribuindo a {name}…',
    assigned: 'Tarefa atribuída a {name}.',
    assignFailed:
      'Não foi possível atribuir a {name}: {message}. O responsável voltou a ser {previous}.',
    assignFailedUnknown:
      'Não foi possível atribuir a {name}. O responsável voltou a ser {previous}.',
    dayLetters: 'dd',
    monthLetters: 'mm',
    yearLetters: 'aaaa',
    amountHint: 'Saldo em aberto: {total}',
  },
  en: {
    required: '{field} is required.',
    outcomeRequired: 'Choose an outcome.',
    unknownOutcome: 'Choose one of the listed outcomes.',
    invalidNumber: '{field}: enter a number such as 1,234.5.',
    invalidAmount: '{field}: enter an amount such as 1,234.56.',
    amountNotPositive: '{field}: the amount must be greater than zero.',
    amountAboveBalance: '{field}: the amount exceeds the outstanding balance of {total}.',
    invalidDate: '{field}: enter a valid date as {pattern}.',
    dateInPast: '{field}: the date cannot be before today ({today}).',
    dateOnWeekend: '{field}: {date} is on a weekend; choose a business day.',
    dateOnHoliday: '{field}: {date} is a holiday ({holiday}); choose a business day.',
    invalidOption: '{field}: choose one of the options.',
    invalidEmail: '{field}: enter an email such as name@example.com.',
    invalidPhone: '{field}: enter a phone number with area code, such as (11) 98765-4321.',
    unchangedValue: '{field}: enter a value other than the one on record, {current}.',
    mustBeChecked: 'Check {field}.',
    invalidStructure: 'Invalid data structure',
    noCustomer: 'Select a customer to see their tasks.',
    noOpenTask: 'No open task',
    taskHeading: 'Task',
    dueDate: 'Due',
    assignee: 'Assignee',
    unassigned: 'Unassigned',
    messageTemplate: 'Message',
    callScript: 'Call script',
    unknownPlaceholder: 'unknown field',
    outcome: 'Outcome',
    fieldsLegend: 'Execution details',
    requiredMark: '(required)',
    selectPlaceholder: 'Select…',
    submit: 'Record outcome',
    submitting: 'Sending…',
    errorSummaryOne: 'Fix {count} field before sending:',
    errorSummaryOther: 'Fix {count} fields before sending:',
    submitFailed: 'Could not record the outcome: {message}',
    submitFailedUnknown: 'Could not record the outcome.',
    executed: 'Outcome recorded: {outcome}.',
    changeAssignee: 'Change assignee',
    agentList: 'Agents',
    agentHint: 'Type part of a name, or press Down Arrow to see everyone.',
    noAgentMatch: 'No agent found',
    assigning: 'Assigning to {name}…',
    assigned: 'Task assigned to {name}.',
    assignFailed: 'Could not assign to {name}: {message}. The assignee is {previous} again.',
    assignFailedUnknown: 'Could not assign to {name}. The assignee is {previous} again.',
    dayLetters: 'dd',
    monthLetters: 'mm',
    yearLetters: 'yyyy',
    amountHint: 'Outstanding balance: {total}',
  },
  es: {
    required: 'Completa {field}.',
    outcomeRequired: 'Elige un resultado.',
    unknownOutcome: 'Elige uno de los resultados de la lista.',
    invalidNumber: '{field}: escribe un número, como 1.234,5.',
    invalidAmount: '{field}: escribe un importe, como 1.234,56.',
    amountNotPositive: '{field}: el importe debe ser mayor que cero.',
    amountAboveBalance: '{field}: el importe supera el saldo pendiente de {total}.',
    invalidDate: '{field}: escribe una fecha válida con el formato {pattern}.',
    dateInPast: '{field}: la fecha no puede ser anterior a hoy ({today}).',
    dateOnWeekend: '{field}: {date} cae en fin de semana; elige un día hábil.',
    dateOnHoliday: '{field}: {date} es festivo ({holiday}); elige un día hábil.',
    invalidOption: '{field}: elige una de las opciones.',
    invalidEmail: '{field}: escribe un correo electrónico, como nombre@ejemplo.com.',
    invalidPhone: '{field}: escribe un teléfono con prefijo de zona, como (11) 98765-4321.',
    unchangedValue: '{field}: escribe un valor distinto del registrado, {current}.',
    mustBeChecked: 'Marca {field}.',
    invalidStructure: 'Estructura de datos no válida',
    noCustomer: 'Selecciona un cliente para ver sus tareas.',
    noOpenTask: 'No hay ninguna tarea abierta',
    taskHeading: 'Tarea',
    dueDate: 'Vencimiento',
    assignee: 'Responsable',
    unassigned: 'Sin responsable',
    messageTemplate: 'Mensaje',
    callScript: 'Guion de la llamada',
    unknownPlaceholder: 'campo desconocido',
    outcome: 'Resultado',
    fieldsLegend: 'Datos de la gestión',
    requiredMark: '(obligatorio)',
    selectPlaceholder: 'Selecciona…',
    submit: 'Registrar gestión',
    submitting: 'Enviando…',
    errorSummaryOne: 'Corrige {count} campo antes de enviar:',
    errorSummaryOther: 'Corrige {count} campos antes de enviar:',
    submitFailed: 'No se pudo registrar la gestión: {message}',
    submitFailedUnknown: 'No se pudo registrar la gestión.',
    executed: 'Gestión registrada: {outcome}.',
    changeAssignee: 'Cambiar responsable',
    agentList: 'Agentes',
    agentHint: 'Escriba parte del nombre o pulse la flecha abajo para ver a todos.',
    noAgentMatch: 'No se encontró ningún agente',
    assigning: 'Asignando a {name}…',
    assigned: 'Tarea asignada a {name}.',
    assignFailed: 'No se pudo asignar a {name}: {message}. El responsable vuelve a ser {previous}.',
    assignFailedUnknown: 'No se pudo asignar a {name}. El responsable vuelve a ser {previous}.',
    dayLetters: 'dd',
    monthLetters: 'mm',
    yearLetters: 'aaaa',
    amountHint: 'Saldo pendiente: {total}',
  },
});

export type TaskTabMessages = (typeof taskTabMessages)['en'];

/**
 * Builds the error summary's heading, "Corrija 2 campos antes de enviar:",
 * choosing the singular or plural message with the locale's plural rules.
 */
export function errorSummaryText(messages: TaskTabMessages, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const message = category === 'one' ? messages.errorSummaryOne : messages.errorSummaryOther;
  return interpolate(message, { count: new Intl.NumberFormat(locale).format(count) });
}
