/**
 * The API contract: one table of methods. Each entry names a method (`namespace:verb`), the zod
 * schema its input must pass, and (as a phantom type) what it returns. The preload, the IPC
 * registration, the browser-mode HTTP transport and the in-process test client are all derived
 * from this table; adding a method is one entry here plus one handler.
 */
import { z } from 'zod';
import type { AppInfo, DeckSummary, Settings } from './types';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

const none = z.object({}).strict().optional();

export const languageSchema = z.enum(['auto', 'es', 'en']);
export const themeSchema = z.enum(['auto', 'light', 'dark']);

export const settingsPatchSchema = z
  .object({
    language: languageSchema,
    theme: themeSchema,
    dayStartHour: z.number().int().min(0).max(23),
  })
  .partial()
  .strict();

export const contract = {
  'app:info': method<AppInfo>()(none),
  'decks:list': method<DeckSummary[]>()(none),
  'settings:get': method<Settings>()(none),
  'settings:set': method<Settings>()(settingsPatchSchema),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
