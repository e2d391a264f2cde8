import { defineMessages } from '../core/i18n.ts';

export type HistoryMessageKey =
  | 'invalidStructure'
  | 'noCustomer'
  | 'empty'
  | 'upcoming'
  | 'today'
  | 'yesterday'
  | 'loadMore'
  | 'loadingMore'
  | 'loadedSince'
  | 'viewLabel'
  | 'timelineView'
  | 'calendarView'
  | 'kindFilter'
  | 'statusFilter'
  | 'allKinds'
  | 'allStatuses'
  | 'statusDone'
  | 'statusUpcoming'
  | 'kindPayment'
  | 'kindContact'
  | 'kindTask'
  | 'kindNote'
  | 'agent'
  | 'outcome'
  | 'previousMonth'
  | 'nextMonth'
  | 'currentMonth'
  | 'moreEvents'
  | 'holidaysFailed'
  | 'holidaysFailedUnknown'
  | 'onHoliday'
  | 'onWeekend'
  | 'typePublic'
  | 'typeBank'
  | 'typeSchool'
  | 'typeOptional'
  | 'typeObservance'
  | 'typeCompany';

export const historyMessages = defineMessages<HistoryMessageKey>('history-timeline', {
  'pt-BR': {
    invalidStructure: 'Estrutura de dados inválida',
    noCustomer: 'Nenhum cliente selecionado.',
    empty: 'Nenhum evento',
    upcoming: 'Próximos',
    today: 'Hoje',
    yesterday: 'Ontem',
    loadMore: 'Carregar mais',
    loadingMore: 'Carregando eventos anteriores…',
    loadedSince: 'Eventos desde {date}',
    viewLabel: 'Visualização',
    timelineView: 'Linha do tempo',
    calendarView: 'Calendário',
    kindFilter: 'Tipo',
    statusFilter: 'Situação',
    allKinds: 'Todos os tipos',
    allStatuses: 'Todas as situações',
    statusDone: 'Realizado',
    statusUpcoming: 'Agendado',
    kindPayment: 'Pagamento',
    kindContact: 'Contato',
    kindTask: 'Tarefa',
    kindNote: 'Nota',
    agent: 'Agente',
    outcome: 'Resultado',
    previousMonth: 'Mês anterior',
    nextMonth: 'Próximo mês',
    currentMonth: 'Hoje',
    moreEvents: '+{count} mais',
    holidaysFailed: 'Não foi possível carregar os feriados: {message}',
    holidaysFailedUnknown: 'Não foi possível carregar os feriados.',
    onHoliday: 'Cai em feriado: {name}',
    onWeekend: 'Cai em fim de semana',
    typePublic: 'Feriado',
    typeBank: 'Feriado bancário',
    typeSchool: 'Feriado escolar',
    typeOptional: 'Ponto facultativo',
    typeObservance: 'Data comemorativa',
    typeCompany: 'Folga da empresa',
  },
  en: {
    invalidStructure: 'Invalid data structure',
    noCustomer: 'No customer selected.',
    empty: 'No events',
    upcoming: 'Upcoming',
    today: 'Today',
    yesterday: 'Yesterday',
    loadMore: 'Load more',
    loadingMore: 'Loading earlier events…',
    loadedSince: 'Events since {date}',
    viewLabel: 'View',
    timelineView: 'Timeline',
    calendarView: 'Calendar',
    kindFilter: 'Kind',
    statusFilter: 'Status',
    allKinds: 'All kinds',
    allStatuses: 'All statuses',
    statusDone: 'Done',
    statusUpcoming: 'Scheduled',
    kindPayment: 'Payment',
    kindContact: 'Contact',
    kindTask: 'Task',
    kindNote: 'Note',
    agent: 'Agent',
    outcome: 'Outcome',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    currentMonth: 'Today',
    moreEvents: '+{count} more',
    holidaysFailed: 'Could not load the holidays: {message}',
    holidaysFailedUnknown: 'Could not load the holidays.',
    onHoliday: 'Falls on a holiday: {name}',
    onWeekend: 'Falls on a weekend',
    typePublic: 'Public holiday',
    typeBank: 'Bank holiday',
    typeSchool: 'School holiday',
    typeOptional: 'Optional day off',
    typeObservance: 'Observance',
    typeCompany: 'Company day off',
  },
  es: {
    invalidStructure: 'Estructura de datos no válida',
    noCustomer: 'No hay ningún cliente seleccionado.',
    empty: 'No hay eventos',
    upcoming: 'Próximos',
    today: 'Hoy',
    yesterday: 'Ayer',
    loadMore: 'Cargar más',
    loadingMore: 'Cargando eventos anteriores…',
    loadedSince: 'Eventos desde el {date}',
    viewLabel: 'Vista',
    timelineView: 'Cronología',
    calendarView: 'Calendario',
    kindFilter: 'Tipo',
    statusFilter: 'Estado',
    allKinds: 'Todos los tipos',
    allStatuses: 'Todos los estados',
    statusDone: 'Realizado',
    statusUpcoming: 'Programado',
    kindPayment: 'Pago',
    kindContact: 'Contacto',
    kindTask: 'Tarea',
    kindNote: 'Nota',
    agent: 'Agente',
    outcome: 'Resultado',
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    currentMonth: 'Hoy',
    moreEvents: '+{count} más',
    holidaysFailed: 'No se pudieron cargar los festivos: {message}',
    holidaysFailedUnknown: 'No se pudieron cargar los festivos.',
    onHoliday: 'Cae en festivo: {name}',
    onWeekend: 'Cae en fin de semana',
    typePublic: 'Festivo oficial',
    typeBank: 'Festivo bancario',
    typeSchool: 'Vacaciones escolares',
    typeOptional: 'Día libre opcional',
    typeObservance: 'Conmemoración',
    typeCompany: 'Día libre de la empresa',
  },
});
