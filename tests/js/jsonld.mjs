// Reads the JSON-LD blocks of a saved page and expands each with the jsonld library, as a linked-
// data consumer would, printing the expanded documents as JSON. There is no network here, so the
// schema.org context comes from a local document loader: the vocabulary and the terms whose values
// are addresses, as in the context schema.org publishes.
// Usage: node jsonld.mjs FILE
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import jsonld from "jsonld";

const schemaOrg = {
  "@context": {
    "@vocab": "https://schema.org/",
    schema: "https://schema.org/",
    id: "@id",
    type: "@type",
    url: { "@id": "schema:url", "@type": "@id" },
    image: { "@id": "schema:image", "@type": "@id" },
    logo: { "@id": "schema:logo", "@type": "@id" },
    sameAs: { "@id": "schema:sameAs", "@type": "@id" },
    item: { "@id": "schema:item", "@type": "@id" },
    datePublished: { "@id": "schema:datePublished", "@type": "schema:DateTime" },
    dateModified: { "@id": "schema:dateModified", "@type": "schema:DateTime" },
  },
};

const known = new Set(["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"]);
const documentLoader = async (url) => {
  if (!known.has(url)) throw new Error(`no network: refused to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: schemaOrg };
};

const [file] = process.argv.slice(2);
const document = new JSDOM(readFileSync(file, "utf8")).window.document;
const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent));
const expanded = [];
for (const block of blocks) {
  expanded.push(await jsonld.expand(block, { documentLoader, safe: true }));
}
console.log(JSON.stringify(expanded));
