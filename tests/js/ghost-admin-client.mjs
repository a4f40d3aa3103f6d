// Drives Ghost's official Admin API client (@tryghost/admin-api) against a running Byline: creates
// a draft from HTML, edits it, publishes it, schedules another, unpublishes, collides, uploads an
// image, deletes; prints what it saw as one JSON document for AdminClientTests to check.
// Usage: node ghost-admin-client.mjs URL ADMIN_KEY IMAGE_FILE
import GhostAdminAPI from '@tryghost/admin-api';

const [url, key, image] = process.argv.slice(2);
const api = new GhostAdminAPI({url, key, version: 'v6.0'});
const out = {};

async function failure(call) {
    try {
        await call();
        return null;
    } catch (err) {
        return {name: err.name, type: err.type, message: err.message};
    }
}

const draft = await api.posts.add(
    {title: 'Ferry Services Resume After Storm', html: '<p>Ferries to the islands <strong>resumed</strong> on Tuesday.</p><script>alert(1)</script>',
        custom_excerpt: 'Operators cleared the backlog by noon.', tags: ['Transport', {name: 'Weather'}], status: 'draft'},
    {source: 'html'});
out.draft = {id: draft.id, slug: draft.slug, status: draft.status, html: draft.html, tags: (draft.tags || []).map((t) => t.name), updated_at: draft.updated_at};

const edited = await api.posts.edit({id: draft.id, updated_at: draft.updated_at, title: 'Ferry Services Resume After Storm Passes'});
out.edited = {title: edited.title, status: edited.status, slug: edited.slug};

const published = await api.posts.edit({id: draft.id, updated_at: edited.updated_at, status: 'published'});
out.published = {status: published.status, published_at: published.published_at, url: published.url};

out.collision = await failure(() => api.posts.edit({id: draft.id, updated_at: draft.updated_at, title: 'A stale edit'}));

const soon = new Date(Date.now() + 60 * 60 * 1000).toISOString();
const scheduled = await api.posts.add({title: 'Budget Speech Tonight', html: '<p>The minister speaks at eight.</p>', status: 'scheduled', published_at: soon}, {source: 'html'});
out.scheduled = {status: scheduled.status, published_at: scheduled.published_at};

const read = await api.posts.read({id: draft.id});
out.read = {title: read.title, status: read.status};
const browsed = await api.posts.browse({limit: 50, filter: 'status:scheduled'});
out.browseScheduled = browsed.map((p) => p.slug);

const unpublished = await api.posts.edit({id: draft.id, updated_at: published.updated_at, status: 'draft'});
out.unpublished = {status: unpublished.status};

const uploaded = await api.images.upload({file: image});
out.upload = {url: uploaded.url, ref: uploaded.ref};

out.deleted = await api.posts.delete({id: scheduled.id}).then(() => true);
out.readDeleted = await failure(() => api.posts.read({id: scheduled.id}));
out.noTitle = await failure(() => api.posts.add({html: '<p>x</p>'}, {source: 'html'}));
out.badKey = await failure(() => new GhostAdminAPI({url, key: '0123456789abcdef01234567:' + '00'.repeat(32), version: 'v6.0'}).posts.browse());

console.log(JSON.stringify(out));
