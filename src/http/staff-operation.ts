/**
 * The shape of one staff API operation (the tables `staff-operations*.ts` list them)
 * and the helpers those tables are written with.
 *
 * @example
 * const op: StaffOperation = { method: 'get', path: '/api/v1/me', operationId: 'me', summary: 'Who is signed in',
 *   tag: 'accounts', answers: { '200': json('The principal', 'Me', Me) } };
 */
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A schema with the name it has under `components.schemas`. */
export interface Named {
  name: string;
  schema: z.ZodType;
}

export interface Answer {
  description: string;
  /** The JSON body; absent: no body (204) or `contentType`'s text. */
  body?: Named;
  /** Other types than JSON (downloads), the body a file. */
  contentTypes?: readonly string[];
  /** The answer carries the record's `ETag` (`"r57"`). */
  etag?: boolean;
}

export interface StaffOperation {
  method: Method;
  /** As Hono registers it: `/api/v1/records/persons/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  /** Path parameters other than plain strings (revision, proposal and merge numbers). */
  pathSchemas?: Readonly<Record<string, z.ZodType>>;
  /** The request body: JSON by its schema, or a file of `contentTypes`. */
  body?: Named & { required: boolean; contentTypes?: readonly string[] };
  ifMatch?: 'required' | 'optional';
  /** A signed-in session only (a browser), never an API token. */
  sessionOnly?: boolean;
  /** Success answers by status. */
  answers: Readonly<Record<string, Answer>>;
  /** Refusals particular to the operation, by status (the common ones are added for every operation). */
  errors?: Readonly<Record<string, string>>;
}

export const named = (name: string, schema: z.ZodType): Named => ({ name, schema });
export const json = (description: string, name: string, schema: z.ZodType, etag = false): Answer => ({
  description,
  body: named(name, schema),
  etag,
});
export const optional = (name: string, schema: z.ZodType) => ({ ...named(name, schema), required: false });
export const required = (name: string, schema: z.ZodType) => ({ ...named(name, schema), required: true });
