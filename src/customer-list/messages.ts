import { defineMessages } from '../core/i18n.ts';

export type CustomerListMessage =
  | 'invalidStructure'
  | 'noColumns'
  | 'noStructure'
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'tableLabel'
  | 'empty'
  | 'emptySearch'
  | 'countOne'
  | 'countOther'
  | 'countCapped'
  | 'pageOf'
  | 'page'
  | 'previousPage'
  | 'nextPage'
  | 'pager'
  | 'invalidResult'
  | 'loadingRow'
  | 'filters'
  | 'allOptions'
  | 'from'
  | 'to'
  | 'columns';

/** Text of `<customer-list>`. `{name}` placeholders are filled with `interpolate()`. */
export const customerListMessages = defineMessages<CustomerListMessage>('customer-list', {
  'pt-BR': {
    invalidStructure: 'Estrutura de dados inválida',
    noColumns: 'A lista de clientes não tem colunas. Defina "list.columns" na estrutura de dados.',
    noStructure:
      'Nenhuma estrutura de dados válida: defina a propriedade structure ou corrija a que foi informada.',
    searchLabel: 'Buscar clientes',
    searchPlaceholder: 'Buscar…',
    tableLabel: 'Clientes',
    empty: 'Nenhum cliente encontrado.',
    emptySearch: 'Nenhum cliente encontrado para "{search}".',
    countOne: '{count} cliente',
    countOther: '{count} clientes',
    countCapped:
      '{count} clientes; a lista mostra os primeiros {shown}. Busque ou filtre para ver os demais.',
    pageOf: 'Página {page} de {pages}',
    page: 'Página {page}',
    previousPage: 'Página anterior',
    nextPage: 'Próxima página',
    pager: 'Paginação',
    invalidResult: 'O provedor não retornou uma lista em "data".',
    loadingRow: 'Carregando linha…',
    filters: 'Filtros',
    allOptions: 'Todos',
    from: 'de',
    to: 'até',
    columns: 'Colunas',
  },
  en: {
    invalidStructure: 'Invalid data structure',
    noColumns: 'The customer list has no columns. Set "list.columns" in the data structure.',
    noStructure: 'No valid data structure: set the structure property, or fix the one given.',
    searchLabel: 'Search customers',
    searchPlaceholder: 'Search…',
    tableLabel: 'Customers',
    empty: 'No customers found.',
    emptySearch: 'No customers found for "{search}".',
    countOne: '{count} customer',
    countOther: '{count} customers',
    countCapped:
      '{count} customers; the list shows the first {shown}. Search or filter to reach the others.',
    pageOf: 'Page {page} of {pages}',
    page: 'Page {page}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pager: 'Pagination',
    invalidResult: 'The provider returned no list in "data".',
    loadingRow: 'Loading row…',
    filters: 'Filters',
    allOptions: 'All',
    from: 'from',
    to: 'to',
    columns: 'Columns',
  },
  es: {
    invalidStructure: 'Estructura de datos no válida',
    noColumns:
      'La lista de clientes no tiene columnas. Define "list.columns" en la estructura de datos.',
    noStructure:
      'No hay ninguna estructura de datos válida: define la propiedad structure o corrige la indicada.',
    searchLabel: 'Buscar clientes',
    searchPlaceholder: 'Buscar…',
    tableLabel: 'Clientes',
    empty: 'No se encontraron clientes.',
    emptySearch: 'No se encontraron clientes para «{search}».',
    countOne: '{count} cliente',
    countOther: '{count} clientes',
    countCapped:
      '{count} clientes; la lista muestra los primeros {shown}. Busca o filtra para ver los demás.',
    pageOf: 'Página {page} de {pages}',
    page: 'Página {page}',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    pager: 'Paginación',
    invalidResult: 'El proveedor no devolvió ninguna lista en "data".',
    loadingRow: 'Cargando fila…',
    filters: 'Filtros',
    allOptions: 'Todos',
    from: 'desde',
    to: 'hasta',
    columns: 'Columnas',
  },
});
