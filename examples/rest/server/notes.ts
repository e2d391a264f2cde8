/**
 * Notes a host adds to a customer's history (`POST /history`) and removes
 * again (`DELETE /history/:id`). Generated events (payments, contacts,
 * tasks) cannot be deleted, because they record what happened.
 */
import { findRecord, type SqliteDatabase } from './database.ts';
import { RequestError } from './request-error.ts';
import { isInstant } from '../../../src/dates/calendar-date.ts';
import { agentsTable, customersTable, historyTable } from './schema.ts';
import { addEvent, type WriteContext } from './writes.ts';

/** Maximum length of a note title, in UTF-16 code units. */
export const maxTitleLength = 500;

/**
 * Adds a done `note` event from `{ customerId, title, agentId?, at? }`;
 * `at` defaults to now. Throws a 422 RequestError with field errors.
 */
export function createNote(
  context: WriteContext,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const { db } = context;
  return db.transaction(() => {
    const errors: Record<string, string> = {};
    const { customerId, title, agentId, at } = data;
    const customerKnown =
      (typeof customerId === 'string' || typeof customerId === 'number') &&
      findRecord(db, customersTable, String(customerId)) !== undefined;
    if (!customerKnown) errors.customerId = 'Cliente não encontrado.';
    if (typeof title !== 'string' || title.trim() === '') errors.title = 'Campo obrigatório.';
    else if (title.length > maxTitleLength) errors.title = `Use até ${maxTitleLength} caracteres.`;
    if (agentId !== undefined && agentId !== null && !isAgent(db, agentId)) {
      errors.agentId = 'Selecione um agente existente.';
    }
    if (at !== undefined && (typeof at !== 'string' || !isInstant(at))) {
      errors.at = 'Informe um instante ISO 8601 com fuso, como 2026-12-04T10:00:00-03:00.';
    }
    if (Object.keys(errors).length > 0) {
      throw new RequestError(422, `Invalid note: ${Object.keys(errors).join(', ')}`, errors);
    }
    const event: Record<string, unknown> = {
      customerId: String(customerId),
      kind: 'note',
      title: (title as string).trim(),
      at: at === undefined ? context.now().toISOString() : new Date(at as string).toISOString(),
      status: 'done',
    };
    if (agentId !== undefined && agentId !== null) event.agentId = String(agentId);
    return addEvent(db, event);
  })();
}

function isAgent(db: SqliteDatabase, agentId: unknown): boolean {
  if (typeof agentId !== 'string' && typeof agentId !== 'number') return false;
  return findRecord(db, agentsTable, String(agentId)) !== undefined;
}

/** Deletes a note event and returns it. Throws 404 for an unknown id and 422 for another kind. */
export function deleteNote(context: WriteContext, id: string): Record<string, unknown> {
  const { db } = context;
  return db.transaction(() => {
    const event = findRecord(db, historyTable, id);
    if (!event) throw new RequestError(404, `history record ${id} not found`);
    if (event.kind !== 'note') {
      throw new RequestError(
        422,
        `history record ${id} is a ${String(event.kind)} event: only notes can be deleted`,
      );
    }
    db.prepare('DELETE FROM history WHERE id = ?').run(id);
    return event;
  })();
}
