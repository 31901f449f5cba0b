/**
 * Conformance over the engine transport (`openSession` + `session.execute`), with the committed
 * known-failures list as the skip list (README.md, "Keeping CI green").
 */
import { engineTransport } from './engine-transport.ts';
import { KNOWN_FAILURES } from './known-failures.ts';
import { runConformance } from './run-conformance.ts';

runConformance({ name: 'engine', connect: engineTransport, skip: KNOWN_FAILURES });
