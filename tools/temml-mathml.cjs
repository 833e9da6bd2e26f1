// Test-only: converts TeX to MathML with Temml, the reference implementation LlmWorks' own TeX converter
// is compared against (tests/LlmWorks.Site.Tests/MathMlReferenceTests.cs).
// Usage: node temml-mathml.cjs IN.json OUT.json, where IN is [{ "tex": "...", "display": true }, ...];
// OUT is an array of MathML strings in the same order (an entry Temml rejects becomes "ERROR: message").
"use strict";
const fs = require("fs");
const temml = require("temml");

const [input, output] = process.argv.slice(2);
const formulas = JSON.parse(fs.readFileSync(input, "utf8"));
const results = formulas.map(({ tex, display }) => {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true });
  } catch (e) {
    return "ERROR: " + e.message;
  }
});
fs.writeFileSync(output, JSON.stringify(results));
