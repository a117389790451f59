// aif.mjs FILE...: load each AIF-JSON file with arguebuf (pinned in
// package-lock.json), as Python's and TypeScript's argument-graph tools
// read AIF, and print one JSON line per file:
//
//   {"error": "" or the exception, "atoms": [texts],
//    "schemes": [{"kind": "support"|"attack"|"rephrase"|"preference"|"", "name"}],
//    "edges": [[from, to]]}
//
// Argmap's conformance test (argmap/formats/aif_conformance_test.go)
// compares this with the map it exported.
import { readFileSync } from "node:fs";
import { load } from "arguebuf";

for (const file of process.argv.slice(2)) {
  let out;
  try {
    const g = load.aif(JSON.parse(readFileSync(file, "utf8")));
    const atoms = [];
    const schemes = [];
    for (const n of Object.values(g.nodes)) {
      if (n.type === "atom") {
        atoms.push(n.text);
      } else {
        const s = n.scheme ?? {};
        schemes.push({ kind: s.case ?? "", name: String(s.value ?? "") });
      }
    }
    const edges = Object.values(g.edges).map((e) => [e.source, e.target]);
    out = { error: "", atoms, schemes, edges };
  } catch (e) {
    out = { error: String(e?.stack ?? e), atoms: [], schemes: [], edges: [] };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}
