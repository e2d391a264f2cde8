import type { DataProvider } from '../../src/core/provider.ts';
import { embeddedProvider, type StoryLoaderContext } from './providers.ts';

/**
 * Text that runs script if an element ever parses data as HTML. The elements
 * must show it as written, and `scripts/check-stories.mjs` fails a story that
 * opens a dialog or requests the image.
 */
export const markupText = '<img src=x onerror=alert(1)>';

/** A long pt-BR name with accents, cedillas and tildes. */
export const longAccentedName =
  'Maria da Conceição Aparecida de Assunção Gonçalves Magalhães Brandão Albuquerque Figueirêdo Peçanha Villas-Bôas';

/** A 46-letter word with no break opportunity, to show how cells wrap or clip. */
export const unbreakableWord = 'Pneumoultramicroscopicossilicovulcanoconiótico';

/** Names the hostile customers get, in order. */
export const hostileNames = [
  longAccentedName,
  `${markupText} Souza`,
  `João ${unbreakableWord} Ávila`,
  'Ana "Aninha" D’Ávila & Filhos <b>Ltda.</b>',
  'Çağlar Ñúñez Østergård Ærø São Tomé',
  '<script>alert(1)</script>',
];

type RecordOf = Record<string, unknown>;

/** Replaces text fields of one record of `resource` with hostile text; `index` picks which. */
function hostileRecord(resource: string, record: RecordOf, index: number): RecordOf {
  switch (resource) {
    case 'customers':
      return {
        ...record,
        name: hostileNames[index % hostileNames.length],
        email:
          'maria.da.conceicao.aparecida.goncalves.magalhaes@exemplo-de-dominio-comprido.com.br',
        address: { ...(record.address as RecordOf), city: 'São João do Caiuá <i>d’Oeste</i>' },
        company: {
          ...(record.company as RecordOf),
          name: `${markupText} Comércio de Açaí e Pão de Queijo Ltda.`,
          role: `Diretora de Operações ${unbreakableWord}`,
        },
      };
    case 'invoices':
      return { ...record, number: index === 0 ? markupText : `${String(record.number)}-ÇÃÕ` };
    case 'tasks':
      return {
        ...record,
        name: `Negociação ${markupText} com ${longAccentedName}`,
        script: `${markupText}\n${String(record.script ?? '')}`,
      };
    case 'agents':
      return {
        ...record,
        name: index === 0 ? longAccentedName : `${String(record.name)} ${markupText}`,
      };
    case 'history':
      return {
        ...record,
        title: index % 2 === 0 ? `${markupText} ${String(record.title)}` : longAccentedName,
      };
    default:
      return record;
  }
}

/**
 * Wraps `provider` so the records it returns carry long names, accented
 * pt-BR text and markup-like strings in their text fields. Writes pass
 * through unchanged.
 */
export function hostileProvider(provider: DataProvider): DataProvider {
  return {
    getList: async (resource, params) => {
      const result = await provider.getList<RecordOf>(resource, params);
      const data = result.data.map((record, index) => hostileRecord(resource, record, index));
      return { ...result, data } as never;
    },
    getOne: async (resource, params) => {
      const result = await provider.getOne<RecordOf>(resource, params);
      return { data: hostileRecord(resource, result.data, 0) } as never;
    },
    update: (resource, params) => provider.update(resource, params),
    create: (resource, params) => provider.create(resource, params),
  };
}

/** Loader: the real dataset with hostile text in `context.loaded.provider`. */
export async function loadHostileProvider(
  context?: StoryLoaderContext,
): Promise<{ provider: DataProvider }> {
  return { provider: hostileProvider(await embeddedProvider(context?.args?.locale)) };
}
