// Child-process entry: runs autocannon with the options given as JSON and prints its result as JSON.
import { createRequire } from 'node:module';

// In its own process the load generator's event loop never competes with the bench's timers, and a hung run can be killed.
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: unknown,
  callback: (error: Error | null, result: unknown) => void,
) => unknown;

autocannon(JSON.parse(process.argv[2]!), (error, result) => {
  if (error) {
    console.error(error.stack ?? String(error));
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
});
