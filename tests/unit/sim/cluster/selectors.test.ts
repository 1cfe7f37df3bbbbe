import { describe, expect, it } from 'vitest';
import {
  formatLabelSelector,
  formatLabels,
  matchesFields,
  matchesRequirements,
  parseFieldSelector,
  parseLabelSelector,
  SelectorParseError,
} from '../../../../src-main/sim/cluster/selectors';

const labels = { app: 'web', tier: 'front', env: 'prod' };

describe('label selectors', () => {
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app=api', false],
    ['app!=api', true],
    ['app!=web', false],
    ['tier in (front,back)', true],
    ['tier in (back)', false],
    ['tier notin (back)', true],
    ['missing notin (x)', true],
    ['env', true],
    ['missing', false],
    ['!missing', true],
    ['!env', false],
    ['app=web,tier=front', true],
    ['app=web, tier=back', false],
    ['', true],
  ])('%s matches %s', (text, expected) => {
    expect(matchesRequirements(parseLabelSelector(text), labels)).toBe(expected);
  });

  it('rejects malformed selectors', () => {
    expect(() => parseLabelSelector('app in web')).toThrow(SelectorParseError);
    expect(() => parseLabelSelector('a=b,,')).toThrow(SelectorParseError);
    expect(() => parseLabelSelector('-bad=x')).toThrow(SelectorParseError);
  });

  it('prints selectors sorted by key, like labels.Selector.String', () => {
    expect(formatLabelSelector({ matchLabels: { 'pod-template-hash': 'abc', app: 'web' } })).toBe('app=web,pod-template-hash=abc');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['b', 'a'] }] })).toBe('tier in (a,b)');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabels({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(formatLabels(undefined)).toBe('<none>');
  });
});

describe('field selectors', () => {
  const podObj = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'node2' }, status: { phase: 'Running' } };
  it.each([
    ['metadata.name=p', true],
    ['metadata.name!=p', false],
    ['metadata.namespace=default', true],
    ['status.phase=Running', true],
    ['status.phase==Pending', false],
    ['spec.nodeName=node2,status.phase=Running', true],
    ['spec.nodeName!=node1', true],
  ])('%s matches %s', (text, expected) => {
    expect(matchesFields(parseFieldSelector(text), podObj)).toBe(expected);
  });
});
