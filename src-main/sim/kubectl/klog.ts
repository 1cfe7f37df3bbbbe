/**
 * klog's line header, for the few warnings kubectl logs instead of printing:
 * `W1126 11:08:55.134694   12345 helpers.go:702] message`. Time is the virtual clock's; the
 * process id is fixed (the simulator has none).
 */
const PID = 4242;

export function klogWarning(nowMs: number, where: string, message: string): string {
  const d = new Date(nowMs);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const stamp = `${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  return `W${stamp} ${String(PID).padStart(7, ' ')} ${where}] ${message}\n`;
}
