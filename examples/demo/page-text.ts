/** Languages the demo page offers, with the default structure's labels in each. */
export const demoLanguages = ['pt-BR', 'en', 'es'] as const;
export type DemoLanguage = (typeof demoLanguages)[number];

/** Text of the demo page around the elements. */
export interface DemoPageText {
  title: string;
  intro: string;
  languageLabel: string;
  loading: string;
  listLabel: string;
  viewLabel: string;
  noCustomer: string;
  loadFailed: (reason: string) => string;
  /** The dataset's source, before the license link. */
  dataSource: string;
  /** The note on real and generated data, after the license link. */
  dataNote: string;
  currencyNote: string;
}

const source =
  '“Default of Credit Card Clients”, UCI Machine Learning Repository (I-Cheng Yeh, 2009)';

export const demoPageText: Record<DemoLanguage, DemoPageText> = {
  'pt-BR': {
    title: 'crm-view360 · demonstração',
    intro: 'Busque um cliente na lista e veja faturas, cobrança, tarefa e histórico ao lado.',
    languageLabel: 'Idioma',
    loading: 'Carregando 30.000 clientes…',
    listLabel: 'Clientes',
    viewLabel: 'Visão 360 do cliente',
    noCustomer: 'Selecione um cliente na lista.',
    loadFailed: (reason) =>
      `Não foi possível carregar os dados de demonstração (data/clients.csv): ${reason}`,
    dataSource: `Dados: ${source}, licença`,
    dataNote:
      '. Limites, faturas, pagamentos e inadimplência são os reais; nomes, documentos, contatos, endereços e empresas são gerados.',
    currencyNote: 'Valores em novos dólares taiwaneses (TWD), a moeda do conjunto de dados.',
  },
  en: {
    title: 'crm-view360 · demo',
    intro:
      'Search for a customer in the list and see invoices, collection, task and history beside it.',
    languageLabel: 'Language',
    loading: 'Loading 30,000 customers…',
    listLabel: 'Customers',
    viewLabel: 'Customer 360 view',
    noCustomer: 'Select a customer in the list.',
    loadFailed: (reason) => `The demo data (data/clients.csv) failed to load: ${reason}`,
    dataSource: `Data: ${source}, license`,
    dataNote:
      '. Limits, invoices, payments and defaults are real; names, documents, contacts, addresses and companies are generated. Task names and outcomes come from the data in Portuguese.',
    currencyNote: 'Amounts in New Taiwan dollars (TWD), the currency of the dataset.',
  },
  es: {
    title: 'crm-view360 · demostración',
    intro: 'Busca un cliente en la lista y ve facturas, cobranza, tarea e historial al lado.',
    languageLabel: 'Idioma',
    loading: 'Cargando 30.000 clientes…',
    listLabel: 'Clientes',
    viewLabel: 'Vista 360 del cliente',
    noCustomer: 'Selecciona un cliente en la lista.',
    loadFailed: (reason) =>
      `No se pudieron cargar los datos de demostración (data/clients.csv): ${reason}`,
    dataSource: `Datos: ${source}, licencia`,
    dataNote:
      '. Límites, facturas, pagos e impagos son reales; nombres, documentos, contactos, direcciones y empresas son generados. Los nombres y resultados de las tareas vienen de los datos en portugués.',
    currencyNote: 'Importes en nuevos dólares taiwaneses (TWD), la moneda del conjunto de datos.',
  },
};

/** Reads the page language from `?lang=`: pt-BR, en or es, else pt-BR. */
export function demoLanguageOf(search: string): DemoLanguage {
  const requested = new URLSearchParams(search).get('lang');
  return demoLanguages.find((language) => language === requested) ?? 'pt-BR';
}
