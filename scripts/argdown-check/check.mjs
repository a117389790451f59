// check.mjs FILE...: parse each Argdown file with Argdown's own parser
// (@argdown/core, the version pinned in package-lock.json) and print what
// it found as one JSON object per file, one line each, on stdout:
//
//   {"errors": [{"line", "column", "message"}], "warnings": [...],
//    "statements": [{"title", "text", "tags"}],
//    "arguments": [{"title", "description", "tags",
//                   "pcs": [{"title", "role"}]}],
//    "relations": [{"type", "from", "fromType", "to", "toType"}]}
//
// Argmap's conformance test (argmap/argdown/conformance_test.go) compares
// this with its own reading. Errors are the lexer's and the parser's (such
// as "Incomplete italic text range") and the exceptions of the model
// step; warnings are what the model step logs at warning level.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { argdown } from "@argdown/core";

// With --include, @include(file) is replaced by the file's text first, as
// Argdown's command line tool does (its include step is not part of
// @argdown/core): relative to the including file, each file at most once.
let files = process.argv.slice(2);
const include = files[0] === "--include";
if (include) files = files.slice(1);
if (files.length === 0) {
  console.error("usage: node check.mjs [--include] FILE.argdown...");
  process.exit(2);
}

function withIncludes(file, done) {
  const abs = resolve(file);
  if (done.has(abs)) return "";
  done.add(abs);
  const text = readFileSync(abs, "utf8");
  return text.replace(/@include\(([^)]+)\)/g, (_, names) =>
    names.split(",").map((n) => withIncludes(resolve(dirname(abs), n.trim()), done)).join("\n"));
}
let warnings = [];
const logger = {
  level: "warning",
  setLevel(l) { this.level = l; },
  log(level, message) {
    if (level === "warning" || level === "error") warnings.push(String(message));
  },
};
argdown.logger = logger;

for (const file of files) {
  warnings = [];
  process.stdout.write(JSON.stringify(check(file)) + "\n");
}

function check(file) {
  const input = include ? withIncludes(file, new Set()) : readFileSync(file, "utf8");
  const response = argdown.run({
    input,
    inputPath: file,
    process: ["parse-input", "build-model"],
    logLevel: "warning",
    throwExceptions: false,
    logExceptions: false,
  });

  const loc = (e) => ({
    line: e.token?.startLine ?? e.line ?? 0,
    column: e.token?.startColumn ?? e.column ?? 0,
    message: String(e.message),
  });
  const errors = [
    ...(response.lexerErrors ?? []).map(loc),
    ...(response.parserErrors ?? []).map(loc),
    ...(response.exceptions ?? []).map((e) => ({ line: 0, column: 0, message: String(e.message ?? e) })),
  ];

  const kind = (m) => (m?.type === "argument" ? "argument" : m?.type === "inference" ? "inference" : "statement");
  const name = (m) => (m?.type === "inference" ? m.argumentTitle ?? m.title : m?.title);

  const out = {
    errors,
    warnings,
    statements: Object.values(response.statements ?? {}).map((ec) => ({
      title: ec.title,
      text: ec.members?.find((s) => !s.isReference && s.text)?.text ?? "",
      tags: ec.tags ?? [],
    })),
    arguments: Object.values(response.arguments ?? {}).map((a) => ({
      title: a.title,
      description: a.members?.find((d) => d.text)?.text ?? "",
      tags: a.tags ?? [],
      pcs: (a.pcs ?? []).map((s) => ({ title: s.title, role: s.role })),
    })),
    relations: (response.relations ?? []).map((r) => ({
      type: r.relationType,
      from: name(r.from),
      fromType: kind(r.from),
      to: name(r.to),
      toType: kind(r.to),
    })),
  };
  return out;
}
