/**
 * Run as a separate process by the crash test: answers the first N cards of the day, prints
 * what it answered, then kills itself with SIGKILL — no close, no WAL checkpoint, no exit hooks.
 * Usage: node --import tsx crash-child.ts <dataDir> <decksDir> <count> <now>
 */
import { inProcessClient, startBackend } from '../../../src-main/api/backend';

async function main(): Promise<void> {
  const [dataDir, decksDir, count, now] = process.argv.slice(2);
  const backend = startBackend({
    dataDir: dataDir!,
    decksDir: decksDir!,
    mode: 'test',
    version: '0.0.0-test',
    systemLocale: 'es-ES',
    timeZone: 'Europe/Madrid',
    now: () => Number(now),
    log: () => {},
  });
  const api = inProcessClient(backend.dispatch);
  const answered: { cardId: number; q: number }[] = [];
  for (let i = 0; i < Number(count); i++) {
    const next = await api['review:next']({ locale: 'es' });
    if (!next.ok || !next.value.card) throw new Error('no card to answer');
    const card = next.value.card;
    const q = i % 2 === 0 ? 4 : 5;
    const result = await api['review:answer']({ cardId: card.cardId, token: card.token, q, durationMs: 1000 });
    if (!result.ok) throw new Error(result.error.message);
    answered.push({ cardId: card.cardId, q });
    // Written synchronously before the next answer starts, so the parent knows what was acknowledged.
    process.stdout.write(`${JSON.stringify(answered.at(-1))}\n`);
  }
  process.kill(process.pid, 'SIGKILL');
}

void main();
