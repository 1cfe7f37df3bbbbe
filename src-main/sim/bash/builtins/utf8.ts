/** UTF-8 bytes of a string and back (no TextEncoder in the simulator's pure TypeScript). */
export function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** Invalid sequences become U+FFFD, as a terminal shows bytes that are not UTF-8. */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) {
      out += '\ufffd';
      i++;
      continue;
    }
    if (need === 0) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let valid = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 2) {
        valid = false;
        break;
      }
      cp = (cp << 6) | (c & 63);
    }
    if (!valid || cp > 0x10ffff) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

export function byteLength(text: string): number {
  return utf8Encode(text).length;
}
