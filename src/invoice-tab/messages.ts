import { defineMessages } from '../core/i18n.ts';
import type { InvoiceStatus } from '../invoices/status.ts';

export type InvoiceTabMessageKey =
  | 'invalidStructure'
  | 'noCustomer'
  | 'empty'
  | 'summaryLabel'
  | 'summaryLoading'
  | 'total'
  | 'open'
  | 'partial'
  | 'overdue'
  | 'paid'
  | 'canceled'
  | 'invoiceCount'
  | 'balanceOf'
  | 'outstanding'
  | 'oldestOpenDue'
  | 'oldestIssue'
  | 'none'
  | 'skipped'
  | 'listLabel'
  | 'number'
  | 'issueDate'
  | 'dueDate'
  | 'amount'
  | 'paidAmount'
  | 'balance'
  | 'status'
  | 'daysOverdue'
  | 'details'
  | 'showDetails'
  | 'paidDate'
  | 'repaymentStatus'
  | 'filterLabel'
  | 'allStatuses'
  | 'previousPage'
  | 'nextPage'
  | 'pageOf'
  | 'page'
  | 'pagination';

export const invoiceTabMessages = defineMessages<InvoiceTabMessageKey>('invoice-tab', {
  'pt-BR': {
    invalidStructure: 'Estrutura de dados inválida',
    noCustomer: 'Nenhum cliente selecionado.',
    empty: 'Nenhuma fatura',
    summaryLabel: 'Resumo das faturas',
    summaryLoading: 'Calculando o resumo…',
    total: 'Total de faturas',
    open: 'Em aberto',
    partial: 'Pagas em parte',
    overdue: 'Vencidas',
    paid: 'Pagas',
    canceled: 'Canceladas',
    invoiceCount: '{count} faturas',
    balanceOf: 'Saldo: {amount}',
    outstanding: 'Saldo devedor total',
    oldestOpenDue: 'Vencimento mais antigo em aberto',
    oldestIssue: 'Fatura mais antiga emitida em {date}',
    none: 'Nenhum',
    skipped: '{count} faturas fora do resumo (outra moeda ou valor inválido).',
    listLabel: 'Faturas',
    number: 'Número',
    issueDate: 'Emissão',
    dueDate: 'Vencimento',
    amount: 'Valor',
    paidAmount: 'Pago',
    balance: 'Saldo',
    status: 'Situação',
    daysOverdue: 'Dias em atraso',
    details: 'Detalhes',
    showDetails: 'Detalhes da fatura {number}',
    paidDate: 'Data do pagamento',
    repaymentStatus: 'Código de situação de pagamento',
    filterLabel: 'Filtrar por situação',
    allStatuses: 'Todas',
    previousPage: 'Página anterior',
    nextPage: 'Próxima página',
    pageOf: 'Página {page} de {pages}',
    page: 'Página {page}',
    pagination: 'Paginação das faturas',
  },
  en: {
    invalidStructure: 'Invalid data structure',
    noCustomer: 'No customer selected.',
    empty: 'No invoices',
    summaryLabel: 'Invoice summary',
    summaryLoading: 'Computing the summary…',
    total: 'Total invoices',
    open: 'Open',
    partial: 'Partially paid',
    overdue: 'Overdue',
    paid: 'Paid',
    canceled: 'Canceled',
    invoiceCount: '{count} invoices',
    balanceOf: 'Balance: {amount}',
    outstanding: 'Total outstanding',
    oldestOpenDue: 'Oldest open due date',
    oldestIssue: 'Oldest invoice issued on {date}',
    none: 'None',
    skipped: '{count} invoices left out of the summary (other currency or invalid amount).',
    listLabel: 'Invoices',
    number: 'Number',
    issueDate: 'Issued',
    dueDate: 'Due',
    amount: 'Amount',
    paidAmount: 'Paid',
    balance: 'Balance',
    status: 'Status',
    daysOverdue: 'Days overdue',
    details: 'Details',
    showDetails: 'Details of invoice {number}',
    paidDate: 'Payment date',
    repaymentStatus: 'Repayment status code',
    filterLabel: 'Filter by status',
    allStatuses: 'All',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: 'Page {page} of {pages}',
    page: 'Page {page}',
    pagination: 'Invoice pages',
  },
  es: {
    invalidStructure: 'Estructura de datos no válida',
    noCustomer: 'No hay ningún cliente seleccionado.',
    empty: 'No hay facturas',
    summaryLabel: 'Resumen de facturas',
    summaryLoading: 'Calculando el resumen…',
    total: 'Total de facturas',
    open: 'Pendientes',
    partial: 'Pagadas en parte',
    overdue: 'Vencidas',
    paid: 'Pagadas',
    canceled: 'Anuladas',
    invoiceCount: '{count} facturas',
    balanceOf: 'Saldo: {amount}',
    outstanding: 'Saldo pendiente total',
    oldestOpenDue: 'Vencimiento pendiente más antiguo',
    oldestIssue: 'Factura más antigua emitida el {date}',
    none: 'Ninguno',
    skipped: '{count} facturas fuera del resumen (otra moneda o importe no válido).',
    listLabel: 'Facturas',
    number: 'Número',
    issueDate: 'Emisión',
    dueDate: 'Vencimiento',
    amount: 'Importe',
    paidAmount: 'Pagado',
    balance: 'Saldo',
    status: 'Estado',
    daysOverdue: 'Días de atraso',
    details: 'Detalles',
    showDetails: 'Detalles de la factura {number}',
    paidDate: 'Fecha de pago',
    repaymentStatus: 'Código de estado de pago',
    filterLabel: 'Filtrar por estado',
    allStatuses: 'Todas',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    pageOf: 'Página {page} de {pages}',
    page: 'Página {page}',
    pagination: 'Páginas de facturas',
  },
});

/** Names of the invoice statuses, in badges of `<invoice-tab>` and `<billing-tab>`. */
export const invoiceStatusMessages = defineMessages<InvoiceStatus>('invoice-status', {
  'pt-BR': {
    open: 'Em aberto',
    partial: 'Paga em parte',
    overdue: 'Vencida',
    paid: 'Paga',
    canceled: 'Cancelada',
  },
  en: {
    open: 'Open',
    partial: 'Partially paid',
    overdue: 'Overdue',
    paid: 'Paid',
    canceled: 'Canceled',
  },
  es: {
    open: 'Pendiente',
    partial: 'Pagada en parte',
    overdue: 'Vencida',
    paid: 'Pagada',
    canceled: 'Anulada',
  },
});
