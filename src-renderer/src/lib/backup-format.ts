/** Pure helpers of the Backups section: sizes for people. */

/** 1234567 → "1,2 MB" (es) / "1.2 MB" (en): one decimal below 10 units, none above. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The largest file restore accepts (the API's 60 M base64 characters). */
export const MAX_RESTORE_BYTES = 45 * 1024 * 1024;
