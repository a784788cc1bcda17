import { setFlagsFromString } from 'node:v8';

/** Bytecode V8 may inline into one function it optimises; its default is 920. */
const INLINING_BUDGET = 200;
let applied = false;

/**
 * When V8 optimises a hot function it inlines the functions it calls, within a budget, and
 * compiles the whole on a background thread. On a laptop with two cores that compiler shares
 * the cores with the import's reader and its storer, and the import's hot loops take in the
 * whole phone check: compiling such bodies costs more time than the inlining saves over one
 * import. With a smaller budget the first import of a 100,000-row sheet takes about 15% less
 * time, and a warm one no more (npm run bench:import). The setting is the process's, and
 * touches only code compiled after it: other code keeps running as it did, a little less
 * inlined.
 */
export function limitInlining(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
}
