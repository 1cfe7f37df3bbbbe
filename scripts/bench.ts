// `npm run bench`: prints min / median / p99 per measured operation, section by section.
import { benchReview } from '../tests/bench/review.bench';
import { benchStore } from '../tests/bench/store.bench';

console.log(`Repaso bench — node ${process.version}, ${new Date().toISOString()}`);
benchStore();
benchReview();
