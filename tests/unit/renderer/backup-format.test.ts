import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src-renderer/src/lib/backup-format';
import { base64ToBytes, bytesToBase64 } from '../../../src-renderer/src/lib/bytes';

describe('formatBytes', () => {
  it('writes sizes in the largest unit under 1024, with one decimal only below 10', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(1023, 'en')).toBe('1,023 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(120 * 1024, 'en')).toBe('120 KB');
    expect(formatBytes(1.25 * 1024 * 1024, 'es')).toBe('1,3 MB');
    expect(formatBytes(5 * 1024 ** 4, 'en')).toBe('5,120 GB');
  });
});

describe('bytesToBase64 and base64ToBytes', () => {
  it('round-trip every byte value, past the chunk size, and agree with Node', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) & 0xff);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });
});
