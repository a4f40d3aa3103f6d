// Reads a saved feed with two parsers that feed readers are built on (feedparser and rss-parser)
// and prints what each found as JSON. A parser that refuses the feed reports its error.
// Usage: node feeds.mjs FILE
import { createReadStream, readFileSync } from "node:fs";
import FeedParser from "feedparser";
import Parser from "rss-parser";

const [file] = process.argv.slice(2);

function readWithFeedparser() {
  return new Promise((resolve) => {
    // Not strict: in strict mode feedparser misses RSS's camel-case pubDate. Well-formedness is
    // checked by the .NET test itself.
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items = [];
    let meta = null;
    parser.on("error", (error) => resolve({ error: String(error) }));
    parser.on("meta", (m) => { meta = m; });
    parser.on("readable", function () {
      let item;
      while ((item = this.read())) items.push(item);
    });
    parser.on("end", () => resolve({
      meta: { type: meta?.["#type"], title: meta?.title, link: meta?.link, xmlurl: meta?.xmlurl, language: meta?.language },
      items: items.map((i) => ({
        title: i.title,
        link: i.link,
        guid: i.guid,
        published: i.pubdate?.toISOString() ?? null,
        updated: i.date?.toISOString() ?? null,
        atomUpdated: i["atom:updated"]?.["#"] ?? null,
        author: i.author,
        // feedparser's own "author" holds one name; every byline name is in dc:creator (RSS) or atom:author.
        authors: [].concat(i["dc:creator"] ?? []).map((c) => c["#"]).concat([].concat(i["atom:author"] ?? []).map((a) => a.name?.["#"])),
        categories: i.categories,
        description: i.description,
        summary: i.summary,
        enclosures: i.enclosures,
        image: i.image?.url ?? null,
      })),
    }));
    createReadStream(file).pipe(parser);
  });
}

async function readWithRssParser() {
  try {
    const feed = await new Parser().parseString(readFileSync(file, "utf8"));
    return {
      meta: { title: feed.title, link: feed.link, feedUrl: feed.feedUrl },
      items: feed.items.map((i) => ({
        title: i.title,
        link: i.link,
        id: i.guid ?? i.id ?? null,
        isoDate: i.isoDate ?? null,
        creator: i.creator ?? null,
        author: i.author ?? null,
        categories: (i.categories ?? []).map((c) => (typeof c === "string" ? c : c._)),
        content: i["content:encoded"] ?? i.content ?? null,
        enclosure: i.enclosure ?? null,
      })),
    };
  } catch (error) {
    return { error: String(error) };
  }
}

console.log(JSON.stringify({ feedparser: await readWithFeedparser(), rssParser: await readWithRssParser() }));
