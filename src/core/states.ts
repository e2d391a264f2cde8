import { html, type TemplateResult } from 'lit';
import { describeProviderFailure, isTimeoutError } from './provider.ts';
import { defineMessages, interpolate, pickMessages } from './i18n.ts';

type StateMessageKey =
  'loading' | 'failed' | 'timedOut' | 'retry' | 'empty' | 'noProvider' | 'staleSince' | 'refresh';

/** Text of the loading, error, empty and stale states shared by every element. */
export const stateMessages = defineMessages<StateMessageKey>('states', {
  'pt-BR': {
    loading: 'Carregando…',
    failed: 'Não foi possível carregar os dados.',
    timedOut: 'O servidor não respondeu a tempo.',
    retry: 'Tentar novamente',
    empty: 'Nada para mostrar.',
    noProvider: 'Nenhum provedor de dados configurado.',
    staleSince: 'Não atualizado desde {time}',
    refresh: 'Atualizar',
  },
  en: {
    loading: 'Loading…',
    failed: 'Could not load the data.',
    timedOut: 'The server did not respond in time.',
    retry: 'Try again',
    empty: 'Nothing to show.',
    noProvider: 'No data provider configured.',
    staleSince: 'Not up to date since {time}',
    refresh: 'Refresh',
  },
  es: {
    loading: 'Cargando…',
    failed: 'No se pudieron cargar los datos.',
    timedOut: 'El servidor no respondió a tiempo.',
    retry: 'Reintentar',
    empty: 'No hay nada que mostrar.',
    noProvider: 'No hay ningún proveedor de datos configurado.',
    staleSince: 'Sin actualizar desde las {time}',
    refresh: 'Actualizar',
  },
});

/** Loading state: a polite live region so screen readers announce it. */
export function renderLoading(locale: string, label?: string): TemplateResult {
  const text = label ?? pickMessages(stateMessages, locale).loading;
  return html`<div class="loading" part="loading" role="status" aria-live="polite">${text}</div>`;
}

/** Error state with the provider's message and a retry button. */
export function renderLoadError(locale: string, error: unknown, retry: () => void): TemplateResult {
  const messages = pickMessages(stateMessages, locale);
  const failure = describeProviderFailure(error);
  const status = failure.status ? ` (${failure.status})` : '';
  const reason = isTimeoutError(error) ? messages.timedOut : (failure.reason ?? '');
  return html`
    <div class="error" part="error" role="alert">
      <p>${messages.failed} ${reason}${status}</p>
      <button type="button" part="retry" @click=${retry}>${messages.retry}</button>
    </div>
  `;
}

export function renderEmpty(locale: string, text?: string): TemplateResult {
  return html`<div class="empty" part="empty">
    ${text ?? pickMessages(stateMessages, locale).empty}
  </div>`;
}

export function renderNoProvider(locale: string): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    ${pickMessages(stateMessages, locale).noProvider}
  </div>`;
}

/**
 * Badge shown over the last good data when a refresh failed: the time of that
 * data in `timeZone`, the failure as a tooltip, and a retry button.
 */
export function renderStaleBadge(
  locale: string,
  timeZone: string,
  updatedAt: Date,
  error: unknown,
  retry: () => void,
): TemplateResult {
  const messages = pickMessages(stateMessages, locale);
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(updatedAt);
  return html`
    <div
      class="stale"
      part="stale"
      role="status"
      title=${
        isTimeoutError(error)
          ? messages.timedOut
          : (describeProviderFailure(error).reason ?? messages.failed)
      }
    >
      <span>${interpolate(messages.staleSince, { time })}</span>
      <button type="button" part="retry" @click=${retry}>${messages.refresh}</button>
    </div>
  `;
}
