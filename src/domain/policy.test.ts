import { describe, expect, it } from 'vitest';
import { ACTIONS, POLICY, RESOURCES, decide } from './policy.js';
import { ROLES } from './access.js';

describe('policy table', () => {
  it('lets anonymous readers read public data, sign in and send tips, and nothing else', () => {
    const open = (resource: string, action: string) =>
      (resource === 'public' && action === 'read') ||
      (resource === 'session' && (action === 'read' || action === 'write')) ||
      (resource === 'tip' && action === 'write'); // sending a tip needs no account
    for (const resource of RESOURCES)
      for (const action of ACTIONS)
        expect(decide(null, action, resource)).toBe(open(resource, action) ? 'allow' : 'deny');
  });

  it('turns a researcher’s writes into proposals and lets only editors review and publish', () => {
    expect(decide('researcher', 'write', 'person')).toBe('propose');
    expect(decide('researcher', 'delete', 'person')).toBe('propose');
    expect(decide('researcher', 'review', 'proposal')).toBe('deny');
    expect(decide('researcher', 'publish', 'digest')).toBe('deny');
    expect(decide('editor', 'write', 'person')).toBe('allow');
    expect(decide('editor', 'review', 'proposal')).toBe('allow');
    expect(decide('editor', 'publish', 'digest')).toBe('allow');
    for (const role of ROLES.filter((r) => r !== 'editor')) {
      expect(decide(role, 'review', 'proposal')).toBe('deny');
      expect(decide(role, 'merge', 'person')).toBe('deny');
      expect(decide(role, 'export', 'registry')).toBe('deny');
    }
  });

  it('keeps the audit log and users to admins, and viewers read-only', () => {
    for (const role of ROLES) expect(decide(role, 'read', 'audit')).toBe(role === 'admin' ? 'allow' : 'deny');
    for (const role of ROLES) expect(decide(role, 'manage', 'user')).toBe(role === 'admin' ? 'allow' : 'deny');
    // A viewer changes nothing in the registry; only its own sign-in, sessions and tokens.
    // (Like anyone, a viewer may send a tip through the public form; reading tips is for reviewers.)
    for (const resource of RESOURCES.filter((r) => r !== 'session' && r !== 'account' && r !== 'tip'))
      for (const action of ACTIONS.filter((a) => a !== 'read')) expect(decide('viewer', action, resource)).toBe('deny');
    for (const role of ROLES) expect(decide(role, 'read', 'tip')).toBe(role === 'tip_reviewer' ? 'allow' : 'deny');
    for (const role of ROLES) expect(decide(role, 'review', 'tip')).toBe(role === 'tip_reviewer' ? 'allow' : 'deny');
    expect(decide('viewer', 'write', 'account')).toBe('allow');
    expect(decide('viewer', 'read', 'person')).toBe('allow');
    expect(decide('tip_reviewer', 'read', 'person')).toBe('deny');
  });

  it('names only known roles, resources and actions', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ROLES, 'anonymous'].sort());
    for (const grants of Object.values(POLICY))
      for (const [resource, actions] of Object.entries(grants)) {
        expect(RESOURCES).toContain(resource);
        for (const action of Object.keys(actions ?? {})) expect(ACTIONS).toContain(action);
      }
  });
});
