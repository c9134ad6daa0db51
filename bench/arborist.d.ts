// The part of @npmcli/arborist (which ships no types) that the benchmark calls.
declare module '@npmcli/arborist' {
  interface Node {
    inventory: Map<string, unknown>;
  }
  export default class Arborist {
    constructor(options: { path: string });
    loadVirtual(): Promise<Node>;
  }
}
