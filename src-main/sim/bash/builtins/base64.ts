/** base64 and base64 -d over UTF-8 text, as GNU coreutils: 76-column lines, `-w 0`, strict decoding. */
import { checkFlags, fail, has, parseArgs, readInputs, value, type Tool } from './types';
import { utf8Decode, utf8Encode } from './utf8';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** The decoded text and whether the input was valid base64 (GNU prints what it decoded, then the error). */
export function decodeBase64(b64: string, ignoreGarbage: boolean): { text: string; valid: boolean } {
  let clean = b64.replace(/\n/g, '');
  let valid = true;
  if (ignoreGarbage) clean = clean.replace(/[^A-Za-z0-9+/=]/g, '');
  const bad = clean.search(/[^A-Za-z0-9+/=]|=[^=]/);
  if (bad >= 0) {
    valid = false;
    clean = clean.slice(0, bad - (bad % 4));
  }
  const body = clean.replace(/=+$/, '');
  if (clean.length % 4 !== 0) valid = false;
  const bytes: number[] = [];
  for (let i = 0; i + 1 < body.length; i += 4) {
    const q = [0, 1, 2, 3].map((j) => (i + j < body.length ? ALPHABET.indexOf(body[i + j]!) : -1));
    const n = (q[0]! << 18) | (q[1]! << 12) | (Math.max(q[2]!, 0) << 6) | Math.max(q[3]!, 0);
    bytes.push((n >> 16) & 255);
    if (q[2]! >= 0) bytes.push((n >> 8) & 255);
    if (q[3]! >= 0) bytes.push(n & 255);
  }
  if (body.length % 4 === 1) valid = false;
  return { text: utf8Decode(bytes), valid };
}

export const base64: Tool = (call) => {
  const p = parseArgs(call.args, ['-w', '--wrap']);
  const bad = checkFlags(call, p, ['-d', '--decode', '-D', '-i', '--ignore-garbage', '-w', '--wrap']);
  if (bad) return bad;
  if (p.operands.length > 1) return fail(`base64: extra operand ‘${p.operands[1]}’\nTry 'base64 --help' for more information.`);
  const input = readInputs(call, p.operands);
  if (input.missing) return { exitCode: 1, stdout: '', stderr: input.errors };
  if (has(p, '-d', '--decode', '-D')) {
    const r = decodeBase64(input.text, has(p, '-i', '--ignore-garbage'));
    return r.valid ? { exitCode: 0, stdout: r.text, stderr: '' } : { exitCode: 1, stdout: r.text, stderr: 'base64: invalid input\n' };
  }
  const wrapRaw = value(p, '-w', '--wrap') ?? '76';
  if (!/^\d+$/.test(wrapRaw)) return fail(`base64: invalid wrap size: ‘${wrapRaw}’`);
  const wrap = Number(wrapRaw);
  const encoded = encodeBase64(input.text);
  if (encoded === '') return { exitCode: 0, stdout: '', stderr: '' };
  const chunks: string[] = [];
  if (wrap === 0) chunks.push(encoded);
  else for (let i = 0; i < encoded.length; i += wrap) chunks.push(encoded.slice(i, i + wrap));
  const out = chunks.join('\n');
  return { exitCode: 0, stdout: out + '\n', stderr: '' };
};
