import type { MessageCatalog } from '../core/i18n.ts';

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

export const invoiceTabMessages: MessageCatalog<InvoiceTabMessageKey> = {
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
};
