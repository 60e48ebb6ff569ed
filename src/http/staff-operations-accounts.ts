/**
 * The staff API's account operations (`routes/accounts.ts`, `routes/passkeys.ts`): who
 * am I, my sessions and API tokens, users for admins, and adding a passkey (whose
 * WebAuthn bodies are typed loosely: the WebAuthn library checks them). The table
 * format is `staff-operations.ts`'s.
 *
 * @example
 * ACCOUNT_OPERATIONS.find((o) => o.sessionOnly)?.path; // '/api/v1/tokens'
 */
import { json, optional, required, type Answer, type StaffOperation } from './staff-operation.js';
import * as C from './staff-contract.js';

const NO_CONTENT: Answer = { description: 'Done (no body)' };

export const ACCOUNT_OPERATIONS: readonly StaffOperation[] = [
  {
    method: 'get',
    path: '/api/v1/me',
    operationId: 'me',
    summary: 'Who is signed in',
    tag: 'accounts',
    answers: { '200': json('The principal', 'Me', C.Me) },
  },
  {
    method: 'get',
    path: '/api/v1/sessions',
    operationId: 'listSessions',
    summary: 'My sessions',
    tag: 'accounts',
    answers: { '200': json('The sessions', 'SessionList', C.SessionList) },
  },
  {
    method: 'delete',
    path: '/api/v1/sessions/:id',
    operationId: 'revokeSession',
    summary: 'Ends one of my sessions',
    tag: 'accounts',
    answers: { '204': NO_CONTENT },
  },
  {
    method: 'get',
    path: '/api/v1/tokens',
    operationId: 'listTokens',
    summary: 'My API tokens',
    tag: 'accounts',
    answers: { '200': json('The tokens (never their secrets)', 'TokenList', C.TokenList) },
  },
  {
    method: 'post',
    path: '/api/v1/tokens',
    operationId: 'createToken',
    summary: 'Creates an API token (while signed in, not with another token); the secret is shown once',
    tag: 'accounts',
    body: required('NewToken', C.NewToken),
    sessionOnly: true,
    answers: { '201': json('The token and its secret', 'TokenCreated', C.TokenCreated) },
  },
  {
    method: 'delete',
    path: '/api/v1/tokens/:id',
    operationId: 'revokeToken',
    summary: 'Revokes an API token (mine; an admin: anyone’s)',
    tag: 'accounts',
    answers: { '204': NO_CONTENT },
  },
  {
    method: 'get',
    path: '/api/v1/users',
    operationId: 'listUsers',
    summary: 'The staff accounts',
    tag: 'users',
    answers: { '200': json('The users', 'UserList', C.UserList) },
  },
  {
    method: 'post',
    path: '/api/v1/users',
    operationId: 'addUser',
    summary: 'Invites a user; the enrolment link is shown once',
    tag: 'users',
    body: required('NewUser', C.NewUser),
    answers: { '201': json('The user and the enrolment link', 'UserAdded', C.UserAdded) },
    errors: { '409': 'The email has an account (`user-exists`)' },
  },
  {
    method: 'post',
    path: '/api/v1/users/:id/:change',
    operationId: 'changeUser',
    summary: `Changes a user: ${C.UserChangeKind.options.join(', ')} (\`set-role\` with the body \`{ role }\`)`,
    tag: 'users',
    pathSchemas: { change: C.UserChangeKind },
    body: optional('RoleChange', C.RoleChange),
    answers: { '200': json('The user as changed', 'UserChanged', C.UserChanged) },
  },
  {
    method: 'post',
    path: '/api/v1/passkeys/options',
    operationId: 'passkeyOptions',
    summary: 'WebAuthn options to register a passkey (a browser session only)',
    tag: 'accounts',
    sessionOnly: true,
    answers: { '200': json('Options for navigator.credentials.create', 'PasskeyOptions', C.PasskeyOptions) },
  },
  {
    method: 'post',
    path: '/api/v1/passkeys',
    operationId: 'addPasskey',
    summary: 'Registers a passkey from the browser’s WebAuthn answer',
    tag: 'accounts',
    sessionOnly: true,
    body: required('PasskeyAddBody', C.PasskeyAddBody),
    answers: { '201': json('The passkey', 'PasskeyAdded', C.PasskeyAdded) },
  },
];
