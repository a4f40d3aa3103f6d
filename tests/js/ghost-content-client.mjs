// Drives Ghost's official Content API client (@tryghost/content-api) against a running Byline and
// prints what it saw as one JSON document for GhostClientTests to check.
// Usage: node ghost-content-client.mjs URL CONTENT_KEY
import GhostContentAPI from '@tryghost/content-api';

const [url, key] = process.argv.slice(2);
const api = new GhostContentAPI({url, key, version: 'v6.0'});
const out = {};

const slugs = (items) => items.map((i) => i.slug);

// Browse posts page by page, as a front end's archive does.
const first = await api.posts.browse({limit: 5, include: 'tags,authors', order: 'published_at desc'});
out.firstPage = {slugs: slugs(first), meta: first.meta.pagination, primaryTag: first[0].primary_tag?.slug, primaryAuthor: first[0].primary_author?.slug};
const pages = [slugs(first)];
for (let page = 2; page <= first.meta.pagination.pages; page++) {
    pages.push(slugs(await api.posts.browse({limit: 5, page})));
}
out.allPagedSlugs = pages.flat();

// Read one post by slug and by id, with plaintext.
const bySlug = await api.posts.read({slug: first[1].slug}, {formats: ['html', 'plaintext'], include: 'authors'});
const byId = await api.posts.read({id: bySlug.id});
out.read = {slug: bySlug.slug, id: bySlug.id, sameById: byId.slug === bySlug.slug, hasHtml: typeof bySlug.html === 'string',
    hasPlaintext: typeof bySlug.plaintext === 'string', url: bySlug.url, publishedAt: bySlug.published_at, authors: slugs(bySlug.authors)};

// Filter by tag, and by a date comparison.
const climate = await api.posts.browse({filter: 'tag:climate', limit: 'all', include: 'tags'});
out.climate = {slugs: slugs(climate), allTagged: climate.every((p) => p.tags.some((t) => t.slug === 'climate'))};
const since = await api.posts.browse({filter: "published_at:>='2025-10-25'", fields: 'slug,published_at', limit: 'all'});
out.since = since.map((p) => p.published_at);

// Authors with post counts, tags, pages and settings.
const authors = await api.authors.browse({include: 'count.posts', limit: 'all'});
out.authors = authors.map((a) => ({slug: a.slug, posts: a.count?.posts}));
const tags = await api.tags.browse({limit: 'all', include: 'count.posts', filter: 'slug:[climate,ai]'});
out.tags = tags.map((t) => ({slug: t.slug, id: t.id, posts: t.count?.posts}));
out.tagBySlug = (await api.tags.read({slug: 'climate'})).name;
out.pages = slugs(await api.pages.browse({limit: 'all'}));
const settings = await api.settings.browse();
out.settings = {title: settings.title, lang: settings.lang, navigation: settings.navigation.map((n) => n.label)};

// Errors surface as thrown errors carrying Ghost's type.
async function failure(call) {
    try {
        await call();
        return null;
    } catch (err) {
        return {name: err.name, type: err.type, message: err.message, status: err.response?.status};
    }
}
out.missingPost = await failure(() => api.posts.read({slug: 'no-such-story'}));
out.badFilter = await failure(() => api.posts.browse({filter: 'tag:(('}));
out.badKey = await failure(() => new GhostContentAPI({url, key: '0123456789abcdef0123456789', version: 'v6.0'}).posts.browse());

console.log(JSON.stringify(out));
