// `npm run bench`: prints min / median / p99 per measured operation, section by section.
// Figures, not assertions: tests never depend on speed. `npx tsx scripts/bench-cluster.ts`
// measures the cluster model alone (clone, controllers, 10,000-pod listings) in more detail.
import { benchBrowse } from '../tests/bench/browse.bench';
import { benchDrills } from '../tests/bench/drills.bench';
import { benchReview } from '../tests/bench/review.bench';
import { benchStats } from '../tests/bench/stats.bench';
import { benchStore } from '../tests/bench/store.bench';
import { benchSim } from './bench-sim';

console.log(`Repaso bench — node ${process.version}, ${new Date().toISOString()}`);
benchStore();
benchReview();
benchStats();
benchSim();
benchDrills();
benchBrowse();
