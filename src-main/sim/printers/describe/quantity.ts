/** Just enough of resource.Quantity for describe's sums: CPU in millicores, memory in bytes. */

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

export function cpuMillis(q: unknown): number {
  if (q === undefined || q === null) return 0;
  const s = String(q);
  return s.endsWith('m') ? Number(s.slice(0, -1)) : Math.round(Number(s) * 1000);
}

export function memoryBytes(q: unknown): number {
  if (q === undefined || q === null) return 0;
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(String(q));
  if (!m) return 0;
  const unit = m[2]!;
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit] ?? 1);
}

export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** Canonical form: the largest binary suffix that divides exactly (`170Mi`), else bytes. */
export function formatMemory(bytes: number): string {
  if (bytes === 0) return '0';
  for (const unit of ['Ti', 'Gi', 'Mi', 'Ki']) if (bytes % BINARY[unit]! === 0) return `${bytes / BINARY[unit]!}${unit}`;
  for (const unit of ['T', 'G', 'M', 'k']) if (bytes % DECIMAL[unit]! === 0) return `${bytes / DECIMAL[unit]!}${unit}`;
  return String(bytes);
}
