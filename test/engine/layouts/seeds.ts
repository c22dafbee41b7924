// Fixed seeds of the generated layouts: a failure is reproducible from the CI log (fast-check prints the seed
// and the counterexample's path), and the e2e tests and the benchmark draw the same pages as the engine tests.
export const AGGREGATOR_SEED = 20_261_204;
export const ORDINARY_SEED = 20_261_205;
