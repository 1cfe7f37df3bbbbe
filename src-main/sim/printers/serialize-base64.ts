/** Standard base64 of a string's UTF-8 bytes, as Secret data holds it (no Node Buffer in sim/). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

export function base64Decode(b64: string): string {
  const clean = b64.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const n = [0, 1, 2, 3].map((j) => (i + j < clean.length ? ALPHABET.indexOf(clean[i + j]!) : -1));
    const v = ((n[0]! & 63) << 18) | ((Math.max(n[1]!, 0) & 63) << 12) | ((Math.max(n[2]!, 0) & 63) << 6) | (Math.max(n[3]!, 0) & 63);
    bytes.push((v >> 16) & 255);
    if (n[2]! >= 0) bytes.push((v >> 8) & 255);
    if (n[3]! >= 0) bytes.push(v & 255);
  }
  return utf8Decode(bytes);
}

function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Invalid sequences become U+FFFD, as Go prints them. */
function utf8Decode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) { out += '\ufffd'; i++; continue; }
    let c = need === 0 ? b : b & (0x3f >> need);
    let ok = true;
    for (let j = 1; j <= need; j++) {
      const nb = bytes[i + j];
      if (nb === undefined || (nb & 0xc0) !== 0x80) { ok = false; break; }
      c = (c << 6) | (nb & 63);
    }
    if (!ok) { out += '\ufffd'; i++; continue; }
    out += String.fromCodePoint(c);
    i += need + 1;
  }
  return out;
}
