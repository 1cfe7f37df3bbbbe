import { describe, expect, it } from 'vitest';
import { alreadyExists, conflict, formatStatusError, invalid, invalidValue, notFound, requiredValue, forbidden } from '../../../../src-main/sim/api/errors';
import { resolveResource } from '../../../../src-main/sim/api/registry';

describe('StatusError wording', () => {
  it('formats NotFound like kubectl', () => {
    expect(formatStatusError(notFound('pods', 'x'))).toBe('Error from server (NotFound): pods "x" not found');
  });

  it('qualifies non-core resources with their group', () => {
    expect(notFound(resolveResource('deploy')!, 'web').message).toBe('deployments.apps "web" not found');
    expect(formatStatusError(alreadyExists(resolveResource('deploy')!, 'web'))).toBe('Error from server (AlreadyExists): deployments.apps "web" already exists');
  });

  it('formats a single-cause Invalid error on one line', () => {
    const e = invalid('Deployment', 'apps', 'web', [invalidValue('spec.replicas', -1, 'must be greater than or equal to 0')]);
    expect(e.code).toBe(422);
    expect(formatStatusError(e)).toBe('The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
  });

  it('lists several causes with bullets', () => {
    const e = invalid('Pod', '', 'p', [requiredValue('spec.containers'), invalidValue('metadata.name', 'P', 'bad')]);
    expect(formatStatusError(e)).toBe('The Pod "p" is invalid: \n* spec.containers: Required value\n* metadata.name: Invalid value: "P": bad');
  });

  it('words conflicts and forbidden errors like apimachinery', () => {
    expect(conflict(resolveResource('deploy')!, 'web').message).toBe(
      'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect(forbidden('namespaces', 'default', 'this namespace may not be deleted').message).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
  });
});
