// The fixture pages the e2e tests load (test/fixtures/<kind>/<case>/), with their paths on the fixture server.
import {
  type AggregatorExpected,
  type FixtureKind,
  listFixtures,
  type OrdinaryExpected,
} from '../../fixtures/load';

export interface PageCase<E> {
  name: string;
  /** Path on the fixture server. */
  path: string;
  expected: E;
}

const path = (kind: FixtureKind, name: string) => `/fixtures/${kind}/${name}/`;

export function aggregatorCase(name: string): PageCase<AggregatorExpected> {
  const fixture = listFixtures('aggregator').find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no aggregator fixture "${name}"`);
  return { name, path: path('aggregator', name), expected: fixture.expected };
}

export function ordinaryCases(): PageCase<OrdinaryExpected>[] {
  return listFixtures('ordinary').map(({ name, expected }) => ({
    name,
    path: path('ordinary', name),
    expected,
  }));
}
