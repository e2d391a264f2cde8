import { defineMessages } from '../core/i18n.ts';

export type BillingTabMessageKey =
  | 'invalidStructure'
  | 'invalidAging'
  | 'noCustomer'
  | 'empty'
  | 'totalDue'
  | 'overdueDue'
  | 'pendingCount'
  | 'agingLabel'
  | 'agingBucket'
  | 'agingCurrent'
  | 'agingRange'
  | 'count'
  | 'balance'
  | 'pendingLabel'
  | 'select'
  | 'selectInvoice'
  | 'selectAll'
  | 'number'
  | 'dueDate'
  | 'status'
  | 'daysOverdue'
  | 'selection'
  | 'showMore'
  | 'skipped';

export const billingTabMessages = defineMessages<BillingTabMessageKey>('billing-tab', {
  'pt-BR': {
    invalidStructure: 'Estrutura de dados inválida',
    invalidAging: 'Faixas de atraso inválidas em $.billing.agingBuckets',
    noCustomer: 'Nenhum cliente selecionado.',
    empty: 'Nenhuma fatura a cobrar',
    totalDue: 'Total a cobrar',
    overdueDue: 'Vencido',
    pendingCount: 'Faturas pendentes',
    agingLabel: 'Faixas de atraso',
    agingBucket: 'Faixa',
    agingCurrent: 'A vencer',
    agingRange: '{range} dias',
    count: 'Quantidade',
    balance: 'Saldo',
    pendingLabel: 'Faturas a cobrar',
    select: 'Selecionar',
    selectInvoice: 'Selecionar fatura {number}',
    selectAll: 'Selecionar todas as faturas pendentes',
    number: 'Número',
    dueDate: 'Vencimento',
    status: 'Situação',
    daysOverdue: 'Dias em atraso',
    selection: 'Selecionadas: {count}, {total}',
    showMore: 'Mostrar mais ({shown} de {total})',
    skipped: '{count} faturas fora dos totais (outra moeda ou valor inválido).',
  },
  en: {
    invalidStructure: 'Invalid data structure',
    invalidAging: 'Invalid aging buckets in $.billing.agingBuckets',
    noCustomer: 'No customer selected.',
    empty: 'No invoices to collect',
    totalDue: 'Total due',
    overdueDue: 'Overdue',
    pendingCount: 'Pending invoices',
    agingLabel: 'Aging',
    agingBucket: 'Bucket',
    agingCurrent: 'Current',
    agingRange: '{range} days',
    count: 'Count',
    balance: 'Balance',
    pendingLabel: 'Invoices to collect',
    select: 'Select',
    selectInvoice: 'Select invoice {number}',
    selectAll: 'Select all pending invoices',
    number: 'Number',
    dueDate: 'Due',
    status: 'Status',
    daysOverdue: 'Days overdue',
    selection: 'Selected: {count}, {total}',
    showMore: 'Show more ({shown} of {total})',
    skipped: '{count} invoices left out of the totals (other currency or invalid amount).',
  },
  es: {
    invalidStructure: 'Estructura de datos no válida',
    invalidAging: 'Tramos de antigüedad no válidos en $.billing.agingBuckets',
    noCustomer: 'No hay ningún cliente seleccionado.',
    empty: 'No hay facturas por cobrar',
    totalDue: 'Total por cobrar',
    overdueDue: 'Vencido',
    pendingCount: 'Facturas pendientes',
    agingLabel: 'Antigüedad de la deuda',
    agingBucket: 'Tramo',
    agingCurrent: 'Por vencer',
    agingRange: '{range} días',
    count: 'Cantidad',
    balance: 'Saldo',
    pendingLabel: 'Facturas por cobrar',
    select: 'Seleccionar',
    selectInvoice: 'Seleccionar la factura {number}',
    selectAll: 'Seleccionar todas las facturas pendientes',
    number: 'Número',
    dueDate: 'Vencimiento',
    status: 'Estado',
    daysOverdue: 'Días de atraso',
    selection: 'Seleccionadas: {count}, {total}',
    showMore: 'Mostrar más ({shown} de {total})',
    skipped: '{count} facturas fuera de los totales (otra moneda o importe no válido).',
  },
});
