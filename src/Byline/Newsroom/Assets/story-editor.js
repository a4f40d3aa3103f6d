// The story editor's helpers. The page works without them (the form posts and saves); with them
// the preview and counts follow the typing, drafts save themselves every few seconds, and a copy
// of every change stays in this browser until the server has it, so a failed request loses nothing.
(() => {
  'use strict';
  const form = document.getElementById('story-form');
  if (!form) return;

  const $ = (id) => document.getElementById(id);
  const version = form.elements['Form.Version'];
  const status = $('save-status');
  const preview = $('preview');
  const autosaveSeconds = 4;
  let storyId = form.dataset.story;
  let dirty = false;
  let saving = false;
  let refused = false;
  let submitting = null;
  let previewTimer = 0;

  const key = () => `byline.story.${storyId}`;
  const fieldNames = () => [...new Set([...form.elements].filter((e) => e.name && e.name.startsWith('Form.') && e.name !== 'Form.Version' && e.type !== 'submit').map((e) => e.name))];
  const read = () => {
    const fields = {};
    for (const name of fieldNames()) {
      fields[name] = [...form.querySelectorAll(`[name="${name}"]`)].map((e) => e.value);
    }
    return fields;
  };
  const write = (fields) => {
    for (const [name, values] of Object.entries(fields)) {
      form.querySelectorAll(`[name="${name}"]`).forEach((e, i) => { if (i < values.length) e.value = values[i]; });
    }
  };
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const say = (text, kind) => {
    status.textContent = text;
    status.className = `save-status ${kind || ''}`;
  };

  const keepLocally = () => {
    try {
      localStorage.setItem(key(), JSON.stringify({ at: new Date().toISOString(), version: Number(version.value), fields: read() }));
    } catch { /* storage full or disabled: the server copy is all there is */ }
  };
  const forget = () => localStorage.removeItem(key());

  // A copy left by a save that did not reach the server is offered back, never applied silently.
  const offerLocalCopy = () => {
    const raw = localStorage.getItem(key());
    if (form.dataset.saved === 'yes') localStorage.removeItem('byline.story.new');
    if (!raw) return;
    const copy = JSON.parse(raw);
    // After a save the copy is stale; on a refused save the form already shows it (and it stays
    // kept until a save succeeds); a copy equal to the form adds nothing.
    if (form.dataset.saved === 'yes') {
      forget();
      return;
    }
    if (form.dataset.redisplay === 'yes') return;
    if (same(copy.fields, read())) {
      forget();
      return;
    }
    $('local-copy-time').textContent = new Date(copy.at).toLocaleString();
    $('local-copy').hidden = false;
    $('local-copy-restore').addEventListener('click', () => {
      write(copy.fields);
      $('local-copy').hidden = true;
      changed();
    });
    $('local-copy-discard').addEventListener('click', () => {
      forget();
      $('local-copy').hidden = true;
    });
  };

  const post = (handler) => fetch(`${location.pathname}?handler=${handler}`, {
    method: 'POST',
    body: new FormData(form),
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });

  const renderPreview = async () => {
    try {
      const response = await post('Preview');
      if (!response.ok) return;
      const result = await response.json();
      preview.innerHTML = result.html; // rendered and sanitized by the server, as at save
      $('word-count').textContent = result.words;
      $('reading-time').textContent = result.minutes < 1 ? '<1' : result.minutes;
    } catch { /* the preview catches up on the next change */ }
  };

  const autosave = async () => {
    if (!dirty || saving || refused || submitting || form.dataset.autosave !== 'on') return;
    saving = true;
    dirty = false;
    say('Saving…');
    try {
      const response = await post('Autosave');
      const result = await response.json().catch(() => ({}));
      if (response.ok) {
        version.value = result.version;
        if (storyId === 'new') {
          forget();
          storyId = String(result.id);
          form.dataset.story = storyId;
          history.replaceState(null, '', result.url);
        }
        if (!dirty) forget(); else keepLocally();
        say(result.pending ? `Changes saved at ${result.savedAt}, not yet published` : `Saved at ${result.savedAt}`, 'ok');
      } else if (response.status === 409) {
        refused = true;
        keepLocally();
        say((result.errors || ['Someone else saved this story while you were editing.']).join(' ') + ' Save the form to see both versions.', 'error');
      } else if (response.status === 422) {
        dirty = true;
        say(`Not saved yet: ${(result.errors || []).join(' ')}`, 'error');
      } else {
        throw new Error(`HTTP ${response.status}`);
      }
    } catch {
      dirty = true;
      keepLocally();
      say('Not saved: the newsroom could not be reached. Your text is kept in this browser and saving will be retried.', 'error');
    } finally {
      saving = false;
      // A save button pressed while this autosave was under way goes now, with the version it returned.
      if (submitting) {
        const button = submitting;
        submitting = null;
        form.requestSubmit(button instanceof HTMLElement ? button : undefined);
      }
    }
  };

  function changed(event) {
    dirty = true;
    keepLocally();
    if (!event || ['Form.Body', 'Form.Dateline', 'Form.ImageUrl'].includes(event.target.name)) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(renderPreview, 500);
    }
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', (event) => {
    keepLocally();
    const button = event.submitter;
    if (button && button.formAction.includes('handler=Delete') && !confirm('Delete this story and all its revisions?')) {
      event.preventDefault();
      return;
    }
    if (saving) {
      event.preventDefault();
      submitting = button || true;
    }
  });
  offerLocalCopy();
  setInterval(autosave, autosaveSeconds * 1000);
})();
