import { createContext } from '@lit/context';
import type { Clock } from './clock.ts';
import type { DataProvider } from './provider.ts';
import type { Structure } from '../structure/schema.ts';

/**
 * Contexts that `<crm-scope>` and `<customer-view360>` provide to every element
 * inside them. An element's own property wins over the inherited value.
 */
export const providerContext = createContext<DataProvider | undefined>(Symbol('crm-provider'));
/** The validated structure; invalid ones are never provided. */
export const structureContext = createContext<Structure | undefined>(Symbol('crm-structure'));
export const localeContext = createContext<string | undefined>(Symbol('crm-locale'));
export const timeZoneContext = createContext<string | undefined>(Symbol('crm-time-zone'));
export const clockContext = createContext<Clock | undefined>(Symbol('crm-clock'));
/** Roles of the current user, for field visibility rules. */
export const rolesContext = createContext<readonly string[] | undefined>(Symbol('crm-roles'));
