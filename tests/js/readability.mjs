// Reads a saved page the way Firefox's Reader View does (Mozilla Readability) and prints what it
// found as JSON: title, byline and the article's paragraphs in order.
// Usage: node readability.mjs FILE URL
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { Readability, isProbablyReaderable } from "@mozilla/readability";

const [file, url] = process.argv.slice(2);
const dom = new JSDOM(readFileSync(file, "utf8"), { url });
const readerable = isProbablyReaderable(dom.window.document);
const article = new Readability(dom.window.document).parse();
if (!article) {
  console.log(JSON.stringify({ readerable, found: false }));
  process.exit(0);
}
const content = new JSDOM(article.content).window.document;
const paragraphs = [...content.querySelectorAll("p")].map((p) => p.textContent.replace(/\s+/g, " ").trim()).filter(Boolean);
console.log(JSON.stringify({ readerable, found: true, title: article.title, byline: article.byline, siteName: article.siteName, paragraphs }));
