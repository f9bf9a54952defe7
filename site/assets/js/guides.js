// The LCMs' guide editor: change sets (a guide and its translation), a form per guide, a live
// preview rendered by the site's own bake (POST /api/guides/preview), the site's checks beside the
// field or body line they concern, then review by another LCM: comments, changes, approval, which
// publishes the set. Published guides keep every version: compare, restore, unpublish.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var t = S.t;
  var app = document.getElementById('guides-app');
  var forms = document.getElementById('guides-forms');
  var editor = document.getElementById('guides-editor');
  var status = document.getElementById('guides-status');
  var summary = document.getElementById('guides-errors');
  var reviewStatus = document.getElementById('guides-review-status');
  var previewBox = document.getElementById('guides-preview');
  var previewStatus = document.getElementById('guides-preview-status');
  /** The site's check's findings at the last save ([] when it found nothing or could not run). */
  var checkedAtSave = [];
  var roles = JSON.parse(app.getAttribute('data-roles') || '{}');
  var tags = JSON.parse(app.getAttribute('data-tags') || '{}');
  var current = null; // the open change set, or null for a new one
  var focused = 0;
  var timer = null;
  var asked = 0;
  var shown = null; // the index of the guide the preview shows
  // A guide begun blank says nothing of the fields its author has not reached yet: each field's
  // problems show once it was left or changed, all of them once the author saves.
  var blank = {};
  var touched = {};
  var listed = []; // the fields the problem list leads to, by their labels, in its order
  // The guides ("language/slug") opened from the site's pages: sent with the save, so that the set
  // knows they change a page, which the functions cannot see when it is one of the site's files.
  var fromSite = [];

  var mySub = null;
  function me() { return mySub; }

  /** Who is signed in, as the API knows them (the editors of a set are listed by this id). */
  function whoAmI() {
    var pending = window.LcmAuth && window.LcmAuth.token ? Promise.resolve(window.LcmAuth.token()) : Promise.resolve(S.token());
    return pending.then(function (token) {
      try { mySub = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).sub; } catch (e) { mySub = null; }
    });
  }

  function failure(r) {
    var code = r.json && r.json.error && r.json.error.code;
    if (code === 'four-eyes') { return t('guides.fourEyes'); }
    if (code === 'wrong-state') { return t('guides.wrongState'); }
    if (code === 'stale') { return t('guides.stale'); }
    if (r.status === 403) { return t('guides.notLcm'); }
    if (code === 'validation_failed') { return t('guides.fixProblems'); }
    return t('guides.failed');
  }

  function field(i, name, label, input, hint) {
    var box = el('div', { 'class': 'field' });
    input.id = 'g' + i + '-' + name;
    input.name = name;
    input.setAttribute('data-field', name);
    box.appendChild(el('label', { 'for': input.id }, label));
    box.appendChild(input);
    if (hint) {
      var h = el('p', { 'class': 'hint', id: input.id + '-hint' }, hint);
      input.setAttribute('aria-describedby', h.id);
      box.appendChild(h);
    }
    return box;
  }

  function checks(i, name, label, options, chosen) {
    var set = el('fieldset', { 'class': 'field', id: 'g' + i + '-' + name, 'data-field': name });
    set.appendChild(el('legend', {}, label));
    var row = el('div', { 'class': 'checks' });
    Object.keys(options).forEach(function (key) {
      var id = 'g' + i + '-' + name + '-' + key;
      var box = el('input', { type: 'checkbox', id: id, name: name, value: key });
      box.checked = chosen.indexOf(key) >= 0;
      var l = el('label', { 'for': id });
      l.appendChild(box);
      l.appendChild(document.createTextNode(' ' + options[key]));
      row.appendChild(l);
    });
    set.appendChild(row);
    return set;
  }

  /**
   * The course paths a guide for learners is written for, by their titles in the page's language;
   * asked only of a guide for learners. A path the site no longer has keeps its box, ticked, so
   * that opening a guide never drops one silently (the API then says it is unknown).
   */
  function pathsField(i, g, audience) {
    var options = {};
    Object.keys(S.paths).forEach(function (id) { options[id] = S.paths[id]; });
    (g.paths || []).forEach(function (id) {
      if (!options[id]) { options[id] = t('guides.pathGone', { path: goneName(id) }); }
    });
    var set = checks(i, 'paths', t('guides.paths'), options, g.paths || []);
    var hint = set.appendChild(el('p', { 'class': 'hint', id: set.id + '-hint' }, t('guides.pathsHint')));
    set.setAttribute('aria-describedby', hint.id);
    return shownFor(set, audience, true);
  }

  /** A field asked only of a guide for learners ({@code learners}), or only of one for LCMs, as the audience changes. */
  function shownFor(set, audience, learners) {
    function shown() { set.hidden = (audience.value === 'learner') !== learners; }
    audience.addEventListener('change', shown);
    shown();
    return set;
  }

  /** The LCM roles a guide serves, asked only of a guide for LCMs: roles describe LCM work, nothing to a learner. */
  function rolesField(i, g, audience) {
    return shownFor(checks(i, 'roles', t('guides.roles'), roles, g.roles || []), audience, false);
  }

  /** A path the site no longer has, by its id read as words, as the API names a path it has no page for. */
  function goneName(id) {
    var words = String(id).replace(/[-_]/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function text(tag, value, attrs) {
    var input = el(tag, attrs || {});
    if (tag === 'input') { input.type = 'text'; }
    input.value = value || '';
    return input;
  }

  /**
   * An image goes to the open change set (saved first if new) as the file's bytes; the API names
   * it and says where it will be published, and its Markdown reference goes in at the cursor.
   */
  function imageField(i, box) {
    // The input sits inside a label drawn as a button: the browser's own file widget would speak
    // the browser's language, not the page's.
    var wrap = el('div', { 'class': 'field guides-image' });
    var pick = wrap.appendChild(el('label', { 'class': 'button-secondary guides-image-pick' }, t('guides.image')));
    var input = pick.appendChild(el('input', { type: 'file', accept: 'image/png,image/jpeg,image/webp', 'class': 'visually-hidden',
      id: 'g' + i + '-image', name: 'image', 'data-field': 'image', 'aria-describedby': 'g' + i + '-image-hint g' + i + '-image-status' }));
    wrap.appendChild(el('p', { 'class': 'hint', id: input.id + '-hint' }, t('guides.imageHint')));
    var note = wrap.appendChild(el('p', { 'class': 'staff-status', role: 'status', id: input.id + '-status', hidden: '' }));
    input.addEventListener('change', function (e) {
      e.stopPropagation();
      var file = input.files && input.files[0];
      if (!file) { return; }
      S.say(note, t('guides.imageUploading'), 'ok');
      (current ? Promise.resolve(true) : save()).then(function (ok) {
        // Refused, the save is what needs attention, not this field: the note names the fields the
        // list at the top of the form leads to.
        if (!ok || !current) {
          S.say(note, listed.length ? t('guides.imageNeedsSave', { fields: listed.join(', ') }) : t('guides.imageSaveFailed'), 'error');
          return null;
        }
        return upload(current.setId, file);
      }).then(function (r) {
        input.value = '';
        if (!r) { return; }
        if (!r.ok) {
          var p = r.json && r.json.error && r.json.error.problems && r.json.error.problems[0];
          S.say(note, p ? t(p.code, p.params) : r.status === 413 ? t('guide.image.too-large', { max: 200 }) : failure(r), 'error');
          return;
        }
        var body = box.querySelector('[name=body]');
        var at = typeof body.selectionStart === 'number' ? body.selectionStart : body.value.length;
        var before = body.value.substring(0, at);
        // A paragraph of its own: blank lines before and after.
        var gap = !before || /\n\n$/.test(before) ? '' : /\n$/.test(before) ? '\n' : '\n\n';
        var line = gap + '![' + t('guides.imageAlt') + '](' + r.json.path + ')\n\n';
        body.value = before + line + body.value.substring(at);
        S.say(note, t('guides.imageAdded'), 'ok');
        focused = i;
        schedule();
      });
    });
    return wrap;
  }

  function upload(setId, file) {
    var pending = window.LcmAuth && window.LcmAuth.token ? Promise.resolve(window.LcmAuth.token()) : Promise.resolve(S.token());
    return pending.then(function (bearer) {
      // The bytes as they are: the API reads their type from them, not from a name or header.
      return fetch('/api/guides/sets/' + encodeURIComponent(setId) + '/images', { method: 'POST', body: file,
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + bearer, 'Content-Type': 'application/octet-stream' } });
    }).then(function (r) {
      return r.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (e) { json = null; }
        return { status: r.status, ok: r.ok, json: json };
      });
    }, function () { return { status: 0, ok: false, json: null }; });
  }

  function guideForm(g, i) {
    var box = el('fieldset', { 'class': 'guides-guide', 'data-guide': String(i) });
    box.appendChild(el('legend', { 'data-guide-name': '' }));
    var lang = el('select');
    ['en', 'fr'].forEach(function (code) {
      var o = el('option', { value: code }, t('guides.lang.' + code));
      o.selected = (g.language || S.lang) === code;
      lang.appendChild(o);
    });
    box.appendChild(field(i, 'language', t('guides.language'), lang));
    var title = text('input', g.title, { maxlength: '120' });
    box.appendChild(field(i, 'title', t('guides.title'), title));
    var slug = text('input', g.slug, { maxlength: '80', autocapitalize: 'off', spellcheck: 'false' });
    box.appendChild(field(i, 'slug', t('guides.slug'), slug, ' '));
    address(box, g);
    box.appendChild(field(i, 'summary', t('guides.summary'), text('input', g.summary, { maxlength: '300' })));
    box.appendChild(field(i, 'author', t('guides.author'), text('input', g.author, { maxlength: '100', autocomplete: 'name' }),
      t('guides.authorHint')));
    var audience = el('select');
    ['lcm', 'learner'].forEach(function (code) {
      var o = el('option', { value: code }, t('guides.audience.' + code));
      o.selected = (g.audience || 'lcm') === code;
      audience.appendChild(o);
    });
    box.appendChild(field(i, 'audience', t('guides.audience'), audience, t('guides.audienceHint')));
    box.appendChild(pathsField(i, g, audience));
    box.appendChild(rolesField(i, g, audience));
    box.appendChild(checks(i, 'tags', t('guides.tags'), tags, g.tags || []));
    var original = el('select');
    box.appendChild(field(i, 'translationOf', t('guides.translationOf'), original, t('guides.translationOfHint')));
    originals(box, g.translationOf);
    original.addEventListener('focus', function () { originals(box, original.value); });
    lang.addEventListener('change', function () { originals(box, original.value); address(box); nameGuides(); });
    var body = field(i, 'body', t('guides.body'), text('textarea', g.body, { rows: '16', maxlength: '100000' }), t('guides.bodyHint'));
    box.appendChild(body);
    box.appendChild(imageField(i, box));
    if (i > 0) {
      var remove = el('button', { type: 'button', 'class': 'button-secondary', 'data-remove-guide': '' }, t('guides.removeGuide'));
      remove.addEventListener('click', function () { var all = read(); all.splice(i, 1); forget(i); fill(all); schedule(); });
      box.appendChild(el('p', { 'class': 'staff-actions' })).appendChild(remove);
    }
    // The preview follows the guide being read or written: a reviewer clicking into the French
    // text sees the French page, without typing in it.
    function follow() {
      if (focused === i) { return; }
      focused = i;
      clearTimeout(timer);
      preview();
    }
    box.addEventListener('focusin', follow);
    box.addEventListener('click', follow);
    if (watcher) { watcher.observe(box); }
    return box;
  }

  // ---- The page address: from the title while the author has not written one; a published one stays
  var sources = [];      // the guides on the site (/guides/sources.json): language, slug, title, translationKey
  var live = {};         // "language/slug" of every guide published, from the site and from the hub

  /** A title as an address: accents folded, lower case, words joined by hyphens ("d’une" → "d-une"). */
  function slugOf(title) {
    var s = (title || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return s.length > 80 ? s.slice(0, 80).replace(/-[^-]*$/, '') : s;
  }

  function pageLink(lang, slug) { return location.origin + '/' + lang + '/guides/' + slug + '.html'; }

  /**
   * The address field of a guide's form: it follows the title until the author writes in it, never
   * for a guide already published (its page and the links to it keep their address: read-only),
   * and its hint shows the link the guide will have. {@code g} only when the form is made.
   */
  function address(box, g) {
    var slug = box.querySelector('[name=slug]');
    var title = box.querySelector('[name=title]');
    if (g) {
      box.setAttribute('data-was', (g.language || S.lang) + '/' + (g.slug || ''));
      if (!g.slug || g.slug === slugOf(g.title)) { slug.setAttribute('data-follow', ''); }
      title.addEventListener('input', function () {
        if (slug.hasAttribute('data-follow') && !isLive(box)) { slug.value = slugOf(title.value); address(box); }
      });
      slug.addEventListener('input', function () { slug.removeAttribute('data-follow'); address(box); });
    }
    var lang = box.querySelector('[name=language]').value;
    slug.readOnly = isLive(box);
    var hint = box.querySelector('#' + slug.id + '-hint');
    hint.textContent = '';
    hint.appendChild(document.createTextNode(t(isLive(box) ? 'guides.slugLive' : 'guides.slugHint') + ' '));
    var link = slug.value && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug.value) ? pageLink(lang, slug.value) : '';
    hint.appendChild(link ? el(isLive(box) ? 'a' : 'code', isLive(box) ? { href: link } : {}, link)
      : document.createTextNode(t('guides.slugNone')));
  }

  function isLive(box) { return !!live[box.getAttribute('data-was')]; }

  /**
   * The choice of the guide this one translates: the published guides in the other language, by
   * title, and the other guides of this set; the value is what the API keys a translation by.
   */
  function originals(box, value) {
    var select = box.querySelector('[name=translationOf]');
    var lang = box.querySelector('[name=language]').value;
    select.textContent = '';
    select.appendChild(el('option', { value: '' }, t('guides.translationNone')));
    var choices = [];
    var mine = read();
    var own = box.querySelector('[name=slug]').value.trim();
    mine.forEach(function (g, n) {
      // A guide of this set is named by the key it carries (a site guide's), else by its address.
      var key = g.translationOf || g.slug;
      if (n !== +box.getAttribute('data-guide') && g.language !== lang && key && key !== own) {
        choices.push({ value: key, text: t('guides.inThisSet', { title: g.title || g.slug }) });
      }
    });
    sources.filter(function (g) { return g.language !== lang; }).map(function (g) {
      // A site guide opened for a change names its original by slug; a new translation by its key.
      return { value: value && g.slug === value ? g.slug : g.translationKey || g.slug, text: g.title, lang: g.language };
    }).sort(function (a, b) { return a.text.localeCompare(b.text, S.lang); }).forEach(function (c) {
      if (!choices.some(function (x) { return x.value === c.value; })) { choices.push(c); }
    });
    if (value && !choices.some(function (x) { return x.value === value; })) { choices.push({ value: value, text: value }); }
    choices.forEach(function (c) { select.appendChild(el('option', c.lang ? { value: c.value, lang: c.lang } : { value: c.value }, c.text)); });
    select.value = value || '';
  }

  /** What is published, once known: forms opened before then get their address and choices again. */
  function learnPublished(guides) {
    guides.forEach(function (g) { live[g.language + '/' + g.slug] = true; });
    Array.prototype.forEach.call(forms.querySelectorAll('[data-guide]'), function (box) {
      originals(box, box.querySelector('[name=translationOf]').value);
      address(box);
    });
    offer();
  }

  function read() {
    return Array.prototype.map.call(forms.querySelectorAll('[data-guide]'), function (box) {
      function v(name) { var f = box.querySelector('[name=' + name + ']'); return f ? f.value : ''; }
      function chosen(name) {
        return Array.prototype.filter.call(box.querySelectorAll('input[name=' + name + ']'), function (c) { return c.checked; })
          .map(function (c) { return c.value; });
      }
      // A learners' guide is not asked for roles, but keeps those it names (the site lists it on those pages).
      return { language: v('language'), slug: v('slug').trim(), title: v('title'), summary: v('summary'), author: v('author'),
        roles: chosen('roles'), tags: chosen('tags'), translationOf: v('translationOf').trim(), body: v('body'),
        audience: v('audience') || 'lcm', paths: v('audience') === 'learner' ? chosen('paths') : [] };
    });
  }

  // ---- Beside the forms (two columns), the preview shows the guide whose form is in view: with a
  // guide and its translation open, scrolling back to the English form brings the English page
  // back beside it. In one column the preview is under the forms, reached past them: there it
  // keeps following the guide last clicked or typed in.
  var inView = {};
  var watcher = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (e) { inView[e.target.getAttribute('data-guide')] = e.isIntersecting ? e.intersectionRect.height : 0; });
    if (previewBox.getBoundingClientRect().left < forms.getBoundingClientRect().right) { return; }
    var most = null;
    Object.keys(inView).forEach(function (g) { if (inView[g] > 0 && (most === null || inView[g] > inView[most])) { most = g; } });
    if (most === null || +most === focused || !forms.querySelector('[data-guide="' + most + '"]')) { return; }
    focused = +most;
    clearTimeout(timer);
    preview();
  }, { threshold: Array.apply(null, Array(21)).map(function (x, n) { return n / 20; }) }) : null;

  function fill(guides) {
    if (watcher) { watcher.disconnect(); }
    inView = {};
    forms.textContent = '';
    guides.forEach(function (g, i) { forms.appendChild(guideForm(g, i)); });
    nameGuides();
    offer();
  }

  /**
   * Guide {@code i} of the set as the editor names it: by its language ("in French"), which is what
   * tells a guide from its translation; numbered only where two guides share a language.
   */
  function guideIn(i) {
    var langs = Array.prototype.map.call(forms.querySelectorAll('[data-guide] [name=language]'), function (s) { return s.value; });
    var mine = langs[i] === 'fr' ? 'fr' : 'en';
    var same = langs.filter(function (l) { return l === langs[i]; }).length;
    var words = t('guides.in.' + mine);
    return same > 1 ? words + ' (' + (langs.slice(0, i + 1).filter(function (l) { return l === langs[i]; }).length) + ')' : words;
  }

  function nameGuides() {
    Array.prototype.forEach.call(forms.querySelectorAll('[data-guide-name]'), function (legend, i) {
      legend.textContent = t('guides.guide', { 'in': guideIn(i) });
    });
  }

  /**
   * The languages a translation may still be added in: neither a guide of the set nor a guide of
   * the site sharing its translation key is written in them (the site takes one guide of a pair
   * per language).
   */
  function missingLanguages() {
    var mine = read();
    var keys = mine.map(function (g) { return g.translationOf || g.slug; }).filter(Boolean);
    var have = mine.map(function (g) { return g.language; });
    sources.forEach(function (g) { if (keys.indexOf(g.translationKey || g.slug) >= 0) { have.push(g.language); } });
    return ['en', 'fr'].filter(function (lang) { return have.indexOf(lang) < 0; });
  }

  /** "Add a translation", offered while the set may change and a language lacks its guide. */
  function offer() {
    var editable = !current || current.state === 'draft' || current.state === 'changes-requested';
    document.getElementById('guides-add-translation').hidden = !editable || !missingLanguages().length;
  }

  /** Each problem beside its field, or under the body as "Line n: ...". */
  function showProblems(problems, all, quietly) {
    if (all) { blank = {}; }
    problems = (problems || []).filter(function (p) { return !blank[p.guide] || touched[p.guide + '/' + p.field]; });
    if (all || !summary.hidden) { listProblems(problems, all && !quietly); }
    S.clearErrors(forms);
    Array.prototype.forEach.call(forms.querySelectorAll('.guides-lines'), function (u) { u.remove(); });
    var byField = {};
    (problems || []).forEach(function (p) {
      var box = forms.querySelector('[data-guide="' + p.guide + '"]');
      if (!box) { return; }
      var words = wording(p);
      if (p.line > 0) {
        var body = box.querySelector('[name=body]');
        var list = body.parentNode.querySelector('.guides-lines');
        if (!list) {
          list = el('ul', { 'class': 'guides-lines', id: body.id + '-lines-error' });
          body.parentNode.appendChild(list);
          body.setAttribute('aria-invalid', 'true');
          body.setAttribute('aria-describedby', (body.getAttribute('aria-describedby') || '') + ' ' + list.id);
        }
        list.appendChild(el('li', {}, t('guides.line', { line: p.line, message: words })));
        return;
      }
      var key = p.guide + '/' + p.field;
      if (byField[key]) { return; }
      byField[key] = true;
      var target = box.querySelector('[data-field="' + p.field + '"]');
      if (!target) { return; }
      // Beside the field, without moving the focus: the author is typing.
      var note = el('p', { 'class': 'field-error', id: target.id + '-error' }, words);
      (target.closest('.field') || target).appendChild(note);
      var inputs = target.matches('fieldset') ? Array.prototype.slice.call(target.querySelectorAll('input')) : [target];
      inputs.forEach(function (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
      });
    });
  }

  /**
   * A refused save, at the top of the form as the learner forms have it: each problem a link to its
   * field, the focus on the list (the fields in error may be screens away from the button).
   * Later previews keep it true, without moving the focus; a save that passes removes it.
   */
  function listProblems(problems, focus) {
    var list = summary.querySelector('ul');
    list.textContent = '';
    listed = [];
    var many = forms.querySelectorAll('[data-guide]').length > 1;
    inFormOrder(problems || []).forEach(function (p) {
      var box = forms.querySelector('[data-guide="' + p.guide + '"]');
      var target = box && box.querySelector('[data-field="' + (p.line > 0 ? 'body' : p.field) + '"]');
      var words = p.line > 0 ? t('guides.line', { line: p.line, message: t(p.code, p.params) }) : wording(p);
      var li = list.appendChild(el('li'));
      if (!target || target.closest('[hidden]')) { li.textContent = words; return; }
      var group = target.matches('fieldset');
      var input = group ? target.querySelector('input') : target;
      var name = (group ? target.querySelector('legend') : box.querySelector('label[for="' + target.id + '"]')).textContent;
      var line = many ? t('guides.errorInGuide', { 'in': guideIn(p.guide), field: name, message: words }) : t('guides.error', { field: name, message: words });
      var named = many ? t('guides.fieldOfGuide', { 'in': guideIn(p.guide), field: name }) : name;
      if (listed.indexOf(named) < 0) { listed.push(named); }
      var a = li.appendChild(el('a', { href: '#' + input.id }, line));
      a.addEventListener('click', function (e) { e.preventDefault(); input.focus(); });
    });
    summary.hidden = !list.children.length;
    // Announced once, as it appears; its later updates follow the author's typing quietly.
    if (focus && !summary.hidden) { summary.setAttribute('role', 'alert'); summary.focus(); } else { summary.removeAttribute('role'); }
  }

  /** Problems as the form reads: guide by guide, each guide's fields top to bottom, body lines in order. */
  function inFormOrder(problems) {
    function place(p) {
      var box = forms.querySelector('[data-guide="' + p.guide + '"]');
      var names = box ? Array.prototype.map.call(box.querySelectorAll('[data-field]'), function (f) { return f.getAttribute('data-field'); }) : [];
      return names.indexOf(p.line > 0 ? 'body' : p.field);
    }
    return problems.map(function (p, n) { return { p: p, n: n, at: place(p) }; }).sort(function (a, b) {
      return a.p.guide - b.p.guide || a.at - b.at || (a.p.line || 0) - (b.p.line || 0) || a.n - b.n;
    }).map(function (x) { return x.p; });
  }

  /** Guide {@code i} removed: the guides after it move up one, keeping what was blank or reached. */
  function forget(i) {
    var wasBlank = {};
    var reached = {};
    Object.keys(blank).forEach(function (g) { if (+g !== i) { wasBlank[+g > i ? +g - 1 : +g] = blank[g]; } });
    Object.keys(touched).forEach(function (key) {
      var g = +key.split('/')[0];
      if (g !== i) { reached[(g > i ? g - 1 : g) + key.slice(key.indexOf('/'))] = touched[key]; }
    });
    blank = wasBlank;
    touched = reached;
  }

  /** Marks the field an event came from as reached; true the first time. */
  function touch(e) {
    var f = e.target.closest && e.target.closest('[data-field]');
    var g = e.target.closest && e.target.closest('[data-guide]');
    if (!f || !g) { return false; }
    var key = g.getAttribute('data-guide') + '/' + f.getAttribute('data-field');
    var first = !touched[key];
    touched[key] = true;
    return first && !!blank[g.getAttribute('data-guide')];
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(preview, 600);
  }

  /**
   * Renders the focused guide and checks the set (the rules and the site's own checks, such as a
   * link to no page); resolves to the problems found, or null when the check did not answer.
   */
  function preview() {
    var guides = read();
    if (!guides.length) { return Promise.resolve(null); }
    var index = Math.min(focused, guides.length - 1);
    var mine = ++asked;
    previewStatus.textContent = t('guides.previewing');
    return S.call('POST', '/api/guides/preview', { guides: guides, index: index, setId: current ? current.setId : undefined }).then(function (r) {
      var problems = r.ok ? r.json.problems : null;
      if (mine !== asked) { return problems; }
      previewStatus.textContent = t('guides.previewFor', { 'in': guideIn(index) });
      if (!r.ok) {
        previewStatus.textContent = r.status === 503 ? t('guides.previewUnavailable') : failure(r);
        return null;
      }
      showProblems(r.json.problems);
      previewBox.textContent = '';
      previewBox.setAttribute('lang', guides[index].language === 'fr' ? 'fr' : 'en');
      if (r.json.html) {
        var doc = new DOMParser().parseFromString('<div>' + r.json.html + '</div>', 'text/html');
        Array.prototype.forEach.call(doc.querySelectorAll('script, style, iframe, form'), function (n) { n.remove(); });
        Array.prototype.forEach.call(doc.querySelectorAll('[id]'), function (n) { n.removeAttribute('id'); });
        Array.prototype.forEach.call(doc.body.firstChild.childNodes, function (n) {
          previewBox.appendChild(document.importNode(n, true));
        });
      }
      // Beside the forms the preview column scrolls on its own: another guide starts at its title,
      // while the same guide, retyped, stays where its author was reading.
      if (shown !== index) { previewBox.parentNode.scrollTop = 0; shown = index; }
      return problems;
    });
  }

  function stateText(set) {
    var words = t('guides.state.' + set.state);
    if (set.suggested) { words += ' · ' + t('guides.suggested'); }
    // Who sent it for review, by the name their sign-in gave, else their address (older sets: neither).
    var sender = set.submitterName || set.submitterEmail;
    if (set.state === 'in-review' && sender) {
      var mine = set.submitterEmail && set.submitterEmail === ((S.user() || {}).email);
      words += ' · ' + t('guides.sentBy', { who: mine ? t('guides.you') : sender });
    }
    return words + ' · ' + t('guides.updated', { date: S.date(set.updatedAt.substring(0, 10)) });
  }

  function buttons() {
    var editable = !current || current.state === 'draft' || current.state === 'changes-requested';
    var reviewing = current && current.state === 'in-review';
    var author = current && current.editors.indexOf(me()) >= 0;
    document.getElementById('guides-save').hidden = !editable;
    offer();
    Array.prototype.forEach.call(forms.querySelectorAll('.guides-image'), function (n) { n.hidden = !editable; });
    // A set in review or published keeps its guides: none is taken out of it then.
    Array.prototype.forEach.call(forms.querySelectorAll('[data-remove-guide]'), function (n) { n.parentNode.hidden = !editable; });
    document.getElementById('guides-submit').hidden = !current || !editable;
    document.getElementById('guides-request-changes').hidden = !reviewing || author;
    document.getElementById('guides-approve').hidden = !reviewing || author;
    if (!reviewing || author) { window.LcmConfirm.close(document.getElementById('guides-confirm')); }
    // A published set is read, not discussed: its remarks stay, no new one is asked for.
    var discussed = current && current.state !== 'published';
    document.getElementById('guides-add-comment').hidden = !discussed;
    document.getElementById('guides-comment').closest('.field').hidden = !discussed;
    document.getElementById('guides-review-box').hidden = !current;
    document.getElementById('guides-set-state').textContent = current ? stateText(current) : t('guides.state.draft');
  }

  function showComments() {
    var list = document.getElementById('guides-comments');
    list.textContent = '';
    var comments = (current && current.comments) || [];
    if (!comments.length) { list.appendChild(el('li', {}, t('guides.noComments'))); }
    comments.forEach(function (c) { list.appendChild(remark(c)); });
  }

  /** One remark: who wrote it, when, whether it asked for changes, and its words. */
  function remark(c) {
    // Another LCM by their name, else their address (remarks from before either was kept: "another LCM").
    // The line starts with its writer, so one's own remark and an unnamed one start with a
    // capital ("You, …", « Vous, … »), not with the words that name them mid-sentence.
    var who = c.authorName || c.authorEmail;
    var date = S.dateTime(c.at);
    var li = el('li', {}, (c.author === me() ? t('guides.commentByYou', { date: date })
      : who ? t('guides.commentBy', { author: who, date: date }) : t('guides.commentByAnother', { date: date }))
      + (c.kind === 'changes' ? ' (' + t('guides.asksChanges') + ')' : '') + ' — ');
    li.appendChild(el('q', {}, c.text));
    return li;
  }

  function open(set, message, guides, opened) {
    current = set;
    fromSite = opened || [];
    window.LcmConfirm.close(document.getElementById('guides-confirm'));
    summary.hidden = true;
    blank = set || guides ? {} : { 0: true };
    touched = {};
    // A new guide is signed by who writes it, by the address the hub knows them by, until they
    // write their name instead (the page shows it to every reader: the hint says so).
    // A new guide is signed with the name its author signed in with, never their address: the byline is public.
    var shown = set ? set.guides : guides || [{ language: S.lang, roles: [], tags: [], author: (S.user() || {}).name || '' }];
    fill(shown);
    showComments();
    buttons();
    S.say(status, message || '', 'ok');
    S.say(reviewStatus, '', 'ok');
    editor.hidden = false;
    document.getElementById('guides-editor-title').focus();
    // The preview starts with the guide in the page's language, where the set has one.
    focused = 0;
    for (var i = shown.length - 1; i >= 0; i--) { if (shown[i].language === S.lang) { focused = i; } }
    preview();
  }

  function load(id, message) {
    return S.call('GET', '/api/guides/sets/' + encodeURIComponent(id)).then(function (r) {
      if (r.ok) { open(r.json, message); } else { S.say(status, failure(r), 'error'); }
      return r;
    });
  }

  /**
   * The set a link names (?set=): one the hub does not have (deleted, or a link cut short) would
   * leave the editor closed and the page silent, so the list of guides says so above itself.
   */
  function loadLinked(id) {
    return load(id).then(function (r) {
      if (r.ok) { return; }
      var gone = document.getElementById('guides-link-gone');
      gone.textContent = r.status === 404 ? t('guides.linkGone') : failure(r);
      gone.hidden = false;
      gone.focus();
    });
  }

  function sets() {
    S.call('GET', '/api/guides/sets').then(function (r) {
      var list = document.getElementById('guides-sets');
      list.textContent = '';
      if (!r.ok) { list.appendChild(el('li', {}, failure(r))); return; }
      var open_ = r.json.sets.filter(function (s) { return s.state !== 'published'; });
      if (!open_.length) { list.appendChild(el('li', {}, t('guides.none'))); }
      open_.forEach(function (s) {
        var title = s.guides.map(function (g) { return g.title; }).join(' / ');
        var li = el('li', {}, title + ' — ' + stateText(s) + ' ');
        var b = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': t('guides.openSet', { title: title }) },
          t('guides.open'));
        b.addEventListener('click', function () { load(s.setId); });
        li.appendChild(b);
        list.appendChild(li);
      });
    });
  }

  // ---- Guides written in the site's files (content/): opened with their translations as a new set
  var siteGroups = {};

  function siteGuides() {
    var pick = document.getElementById('guides-site');
    fetch('/guides/sources.json').then(function (r) { return r.ok ? r.json() : { guides: [] }; }, function () { return { guides: [] }; })
      .then(function (data) {
        siteGroups = {};
        sources = data.guides || [];
        learnPublished(sources);
        (data.guides || []).forEach(function (g) {
          var key = g.translationKey || g.slug;
          (siteGroups[key] = siteGroups[key] || []).push(g);
        });
        var keys = Object.keys(siteGroups);
        document.getElementById('guides-site-box').hidden = !keys.length;
        keys.map(function (key) {
          var mine = siteGroups[key].filter(function (g) { return g.language === S.lang; })[0] || siteGroups[key][0];
          // A guide not yet translated says in which language it is written.
          return { key: key, label: mine.title + (mine.language && mine.language !== S.lang
            ? ' (' + S.languageName(mine.language) + ')' : '') };
        }).sort(function (a, b) { return a.label.localeCompare(b.label, S.lang); }).forEach(function (o) {
          pick.appendChild(el('option', { value: o.key }, o.label));
        });
      });
    // Whether the chosen guide has a translation, said before it is opened.
    pick.addEventListener('change', function () {
      var group = siteGroups[pick.value];
      document.getElementById('guides-site-pair').textContent = !group ? t('guides.siteHintAny')
        : group.length > 1 ? t('guides.siteHintPair') : t('guides.siteHintAlone', { language: otherLanguage(group) });
    });
  }

  /** The language a translation of a guide without one would be written in. */
  function otherLanguage(group) {
    return S.languageName(group[0].language === 'fr' ? 'en' : 'fr');
  }

  /** A guide's file as the editor's fields: the key=value header, then the body after the separator line. */
  function fromSource(text, entry) {
    var lines = text.replace(/\r\n/g, '\n').split('\n');
    var fields = {};
    var i = 0;
    for (; i < lines.length && lines[i].trim() !== '~~~~~~'; i++) {
      var eq = lines[i].indexOf('=');
      if (eq > 0) { fields[lines[i].slice(0, eq).trim()] = lines[i].slice(eq + 1).trim(); }
    }
    var body = lines.slice(i + 1);
    while (body.length && !body[0].trim()) { body.shift(); }
    function list(v) { return (v || '').split(',').map(function (x) { return x.trim(); }).filter(Boolean); }
    // The pair's key as the file has it (none needed when it is the guide's own address), so that
    // approving the change keeps the pages translations of each other.
    var key = entry.translationKey && entry.translationKey !== entry.slug ? entry.translationKey : '';
    return { language: entry.language, slug: entry.slug, title: fields.title || '', summary: fields.summary || '',
      author: fields.author || '', roles: list(fields.roles), tags: list(fields.tags), translationOf: key,
      body: body.join('\n'), audience: fields.audience || 'lcm', paths: list(fields.paths) };
  }

  function editSiteGuide() {
    var pickStatus = document.getElementById('guides-site-status');
    var group = siteGroups[document.getElementById('guides-site').value];
    if (!group) { S.say(pickStatus, t('guides.siteChoose'), 'error'); return; }
    S.say(pickStatus, '', 'ok');
    Promise.all(group.map(function (g) {
      return fetch(g.source).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (text) { return fromSource(text, g); });
    })).then(function (guides) {
      // Each keeps the translation key of its file (fromSource), whichever is first or left out of the set.
      var key = group[0].translationKey;
      guides.sort(function (a, b) {
        function rank(g) { return g.slug === key ? 0 : g.language === S.lang ? 1 : 2; }
        return rank(a) - rank(b);
      });
      open(null, guides.length > 1 ? t('guides.siteOpened') : t('guides.siteOpenedAlone', { language: otherLanguage(group) }), guides,
        guides.map(function (g) { return g.language + '/' + g.slug; }));
    }, function () { S.say(pickStatus, t('guides.siteFailed'), 'error'); });
  }

  function pageOf(g) { return '/' + g.language + '/guides/' + g.slug + '.html'; }

  function published() {
    S.call('GET', '/api/guides/published').then(function (r) {
      var list = document.getElementById('guides-published');
      // The question beside a guide goes back to its place before the list is drawn again.
      var asking = document.getElementById('guides-unpublish-confirm');
      window.LcmConfirm.close(asking);
      document.getElementById('guides-published-box').appendChild(asking);
      list.textContent = '';
      if (!r.ok) { list.appendChild(el('li', {}, failure(r))); return; }
      learnPublished(r.json.guides);
      if (!r.json.guides.length) { list.appendChild(el('li', {}, t('guides.noPublished'))); }
      r.json.guides.forEach(function (g) {
        var li = el('li');
        if (g.live) {
          li.appendChild(el('a', { href: pageOf(g), lang: g.language }, g.title));
        } else {
          li.appendChild(el('span', { lang: g.language }, g.title + ' (' + t('guides.notLive') + ')'));
        }
        li.appendChild(document.createTextNode(' · ' + t('guides.version', { n: g.version }) + ' '));
        // Said short beside the title it follows; named whole for a screen reader's list of buttons.
        var history = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': t('guides.history', { title: g.title }) },
          t('guides.historyOpen'));
        history.addEventListener('click', function () { versions(g); });
        li.appendChild(history);
        if (g.live) {
          var off = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': t('guides.unpublish') + ' · ' + g.title },
            t('guides.unpublish'));
          // Taking a page down asks first, as approving does: readers and links lose it at once.
          off.addEventListener('click', function () {
            var box = document.getElementById('guides-unpublish-confirm');
            var pair = translationOnSite(g);
            document.getElementById('guides-unpublish-confirm-text').textContent = t('guides.confirmUnpublish', { title: g.title });
            var where = document.getElementById('guides-unpublish-link');
            where.textContent = '';
            where.appendChild(el('code', {}, pageLink(g.language, g.slug)));
            // Its translation after its address, so the address is read as this guide's.
            var kept = document.getElementById('guides-unpublish-pair') || where.parentNode.insertBefore(
              el('p', { id: 'guides-unpublish-pair' }), where.nextSibling);
            kept.textContent = pair ? t('guides.confirmUnpublishPair', { 'in': t('guides.in.' + pair.language), title: pair.title }) : '';
            kept.hidden = !pair;
            li.appendChild(box);
            window.LcmConfirm.ask(box, off, function () { unpublish(g); });
          });
          li.appendChild(document.createTextNode(' '));
          li.appendChild(off);
        }
        list.appendChild(li);
      });
    });
  }

  /**
   * The guide on the site that translates {@code g} (or that {@code g} translates), or null: the
   * pair shares a translation key in the site's list, whether each was written in the hub or in
   * the site's files. Unpublishing one leaves the other, which its question says.
   */
  function translationOnSite(g) {
    var own = sources.filter(function (s) { return s.language === g.language && s.slug === g.slug; })[0];
    if (!own) { return null; }
    var key = own.translationKey || own.slug;
    return sources.filter(function (s) { return s.language !== g.language && (s.translationKey || s.slug) === key; })[0] || null;
  }

  /**
   * A draft taken up from a guide's history, with the translation the site shows added to it (as
   * the site's guides open with theirs): the pair is reviewed and published together. Resolves to
   * the saved set, or null when the translation could not be read or saved with it.
   */
  function withTranslation(set, pair) {
    return fetch(pair.source).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (text) {
        return S.call('PUT', '/api/guides/sets/' + set.setId, { revision: set.revision,
          guides: [set.guides[0], fromSource(text, pair)], fromSite: [pair.language + '/' + pair.slug] });
      }).then(function (r) { return r.ok ? r.json : null; }, function () { return null; });
  }

  function unpublish(g) {
    S.call('POST', '/api/guides/' + g.language + '/' + g.slug + '/unpublish').then(function (u) {
      if (u.ok) {
        // Off the site's list too: its translation's question no longer names it.
        sources = sources.filter(function (s) { return s.language !== g.language || s.slug !== g.slug; });
      }
      var said = document.getElementById('guides-history-status');
      S.say(said, u.ok ? t('guides.unpublished', { title: g.title }) : failure(u), u.ok ? 'ok' : 'error');
      document.getElementById('guides-history').hidden = false;
      said.focus();
      published();
    });
  }

  function versions(g) {
    var box = document.getElementById('guides-history');
    var list = document.getElementById('guides-versions');
    var base = '/api/guides/' + g.language + '/' + g.slug;
    S.call('GET', base + '/versions').then(function (r) {
      box.hidden = false;
      document.getElementById('guides-diff').hidden = true;
      document.getElementById('guides-history-title').textContent = t('guides.history', { title: g.title });
      list.textContent = '';
      if (!r.ok) { list.appendChild(el('li', {}, failure(r))); return; }
      var latest = r.json.versions[0].number;
      r.json.versions.forEach(function (v) {
        var li = el('li', {}, t('guides.versionBy', { n: v.number, authors: people(v.authorEmails, v.authorNames, v.authors === 'suggestion' ? 'guides.byVisitor' : 'guides.byLcm'),
          reviewer: people(v.reviewerEmail ? [v.reviewerEmail] : [], [v.reviewerName], 'guides.byLcm'), date: S.dateTime(v.publishedAt) }) + ' ');
        if (v.number !== latest) {
          var compare = el('button', { type: 'button', 'class': 'button-secondary' }, t('guides.compare'));
          compare.addEventListener('click', function () { diff(base, v.number, latest); });
          li.appendChild(compare);
          li.appendChild(document.createTextNode(' '));
        }
        // The version the site shows now is not restored but taken up again, to be changed.
        var now = g.live && v.number === latest;
        var restore = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': t(now ? 'guides.editFrom' : 'guides.restore') + ' · ' + t('guides.version', { n: v.number }) },
          t(now ? 'guides.editFrom' : 'guides.restore'));
        restore.addEventListener('click', function () {
          S.call('POST', base + '/versions/' + v.number + '/revert').then(function (x) {
            if (!x.ok) { S.say(document.getElementById('guides-history-status'), refusedRestore(x, v.number), 'error'); return; }
            var said = t(now ? 'guides.editing' : 'guides.restored', { n: v.number });
            var pair = translationOnSite(g);
            if (!pair) { open(x.json, said); sets(); return; }
            withTranslation(x.json, pair).then(function (set) {
              var words = { n: v.number, 'in': t('guides.in.' + pair.language) };
              open(set || x.json, set ? t(now ? 'guides.editingPair' : 'guides.restoredPair', words) : said + ' ' + t('guides.pairFailed', words));
              sets();
            });
          });
        });
        li.appendChild(restore);
        // The remarks of the review that led to this version: kept once its set has left the guides in progress.
        if (v.comments && v.comments.length) {
          li.appendChild(el('p', { 'class': 'guides-remarks-title' }, t('guides.remarksOfReview', { n: v.number })));
          var remarks = el('ul', { 'class': 'guides-remarks' });
          v.comments.forEach(function (c) { remarks.appendChild(remark(c)); });
          li.appendChild(remarks);
        }
        list.appendChild(li);
      });
      document.getElementById('guides-history-title').focus();
    });
  }

  /**
   * The people of a version by the names their sign-in gave ({@code names}, in the order of
   * {@code emails}), else by their addresses, joined as the page's language joins a list ("a, b
   * and c", "a, b et c"); a version kept before addresses were has only ids, which say nothing to
   * a reader: a plain word stands for them ({@code unknown}).
   */
  function people(emails, names, unknown) {
    if (!emails || !emails.length) { return t(unknown); }
    var shown = emails.map(function (e, i) { return (names && names[i]) || e; });
    if (!window.Intl || !Intl.ListFormat) { return shown.join(', '); }
    return new Intl.ListFormat(S.lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(shown);
  }

  /** Why a version cannot be restored: the site's rules changed since (a course path it names is gone), or the general failure. */
  function refusedRestore(r, n) {
    var p = r.json && r.json.error && r.json.error.problems && r.json.error.problems[0];
    if (!p) { return failure(r); }
    if (p.code === 'guide.paths.unknown') { return t('guides.restorePathGone', { n: n, path: goneName(p.params.path) }); }
    return t('guides.restoreRefused', { n: n, message: t(p.code, p.params) });
  }

  /**
   * Two versions compared field by field, as a reader sees the guide: each field that changed under
   * its name, its removed and added lines marked, list values (roles, topics, paths) in words;
   * nothing changed is said as such.
   */
  function diff(base, from, to) {
    S.call('GET', base + '/compare?from=' + from + '&to=' + to).then(function (r) {
      var box = document.getElementById('guides-diff');
      box.textContent = '';
      box.hidden = false;
      if (!r.ok) { box.textContent = failure(r); return; }
      box.appendChild(el('p', { 'class': 'guides-diff-intro' }, t('guides.diffOf', { from: from, to: to })));
      if (!r.json.changes.length) { box.appendChild(el('p', { 'class': 'guides-diff-same' }, t('guides.diffSame'))); return; }
      r.json.changes.forEach(function (change) {
        var part = box.appendChild(el('section', { 'class': 'guides-diff-field', 'data-field': change.field }));
        part.appendChild(el('h4', {}, t(DIFF_NAMES[change.field] || 'guides.body')));
        change.lines.forEach(function (line) {
          var tag = line.kind === 'added' ? 'ins' : line.kind === 'removed' ? 'del' : 'div';
          var node = el(tag, line.kind === 'same' ? {} : { title: t(line.kind === 'added' ? 'guides.diffAdded' : 'guides.diffRemoved') },
            (line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  ') + valueWords(change.field, line.text));
          part.appendChild(node);
        });
      });
    });
  }

  /** The compared fields by the editor's labels. */
  var DIFF_NAMES = { title: 'guides.title', summary: 'guides.summary', author: 'guides.author', audience: 'guides.audience',
    paths: 'guides.paths', roles: 'guides.roles', tags: 'guides.tags', body: 'guides.body' };

  /** A compared value as the editor words it: a code of a list or of the audience by its label. */
  function valueWords(field, value) {
    if (!value) { return value; }
    if (field === 'audience') { return t('guides.audience.' + value); }
    if (field === 'roles') { return roles[value] || goneName(value); }
    if (field === 'tags') { return tags[value] || goneName(value); }
    if (field === 'paths') { return S.paths[value] || goneName(value); }
    return value;
  }

  /**
   * What was done, or why not. {@code checked}: the problems the check run with a save found,
   * listed with the save's own whether the save was refused (the list takes the focus) or not.
   */
  function after(r, okText, node, checked) {
    if (r.ok) {
      if (node === status) { summary.hidden = true; }
      current = r.json;
      showComments();
      buttons();
      S.say(node, okText, 'ok');
      if (checked && checked.length) { showProblems(checked, true, true); }
      sets();
      return true;
    }
    var problems = r.json && r.json.error && r.json.error.problems;
    if (problems) { showProblems(both(problems, checked || []), true); }
    // Problems listed in the box at the top (announced, focused) are not said again under the button.
    S.say(node, problems && !summary.hidden ? '' : failure(r), 'error');
    return false;
  }

  /**
   * Saves the set and checks it at the same time: the list a save shows holds what the site's
   * check finds (a link to no page) as well as what the save refuses, however long ago the last
   * preview answered. A check still on its way is replaced by this one.
   */
  function save() {
    var body = { guides: read() };
    if (current) { body.revision = current.revision; }
    if (fromSite.length) { body.fromSite = fromSite; }
    clearTimeout(timer);
    return Promise.all([S.call(current ? 'PUT' : 'POST', current ? '/api/guides/sets/' + current.setId : '/api/guides/sets', body),
      checkAll()]).then(function (answers) {
      checkedAtSave = answers[1] || [];
      // A draft is kept half-written: what it still lacks is listed when it is sent for review.
      var ok = after(answers[0], t('guides.saved'), status, checkedAtSave.filter(function (p) { return !unwritten(p); }));
      if (ok) { asSaved(body.guides, answers[0].json.guides || []); }
      return ok;
    });
  }

  /**
   * The set as the site checks it, every guide rendered: the site finds a link to no page only in
   * the guide it renders, and the one previewed is the one in view, not always the one changed.
   * Resolves to the problems, each once, or null when the check of the previewed guide did not answer.
   */
  function checkAll() {
    var guides = read();
    var shown = Math.min(focused, guides.length - 1);
    return Promise.all([preview()].concat(guides.map(function (g, i) {
      if (i === shown) { return null; }
      return S.call('POST', '/api/guides/preview', { guides: guides, index: i, setId: current ? current.setId : undefined })
        .then(function (r) { return r.ok ? r.json.problems : null; });
    }))).then(function (answers) {
      if (!answers[0]) { return null; }
      return answers.reduce(function (all, problems) { return both(all, problems || []); }, []);
    });
  }

  /**
   * The stored words back in the fields: a French guide is stored with French typography (no-break
   * spaces, typographic apostrophes), and the form shows what was saved, as it would on opening the
   * set again. A field changed since it was sent keeps what its author is typing.
   */
  function asSaved(sent, saved) {
    saved.forEach(function (g, i) {
      var box = forms.querySelector('[data-guide="' + i + '"]');
      ['title', 'summary', 'body'].forEach(function (name) {
        var f = box && box.querySelector('[name=' + name + ']');
        if (!f || !sent[i] || f.value !== sent[i][name] || typeof g[name] !== 'string' || g[name] === f.value) { return; }
        var at = document.activeElement === f ? [f.selectionStart, f.selectionEnd] : null;
        f.value = g[name];
        if (at) { f.setSelectionRange(at[0], at[1]); }
      });
    });
  }

  // What a draft may lack (GuideRules: only the title and the address are needed to save one).
  var FOR_REVIEW = ['summary', 'author', 'body'];

  /**
   * A problem in words. A field a draft saves without says when it is needed, not "required"
   * beside a draft that saves.
   */
  function wording(p) {
    return p.code === 'guide.field.required' && FOR_REVIEW.indexOf(p.field) >= 0
      ? t('guides.neededForReview') : t(p.code, p.params);
  }

  /** A field not written yet, which a draft may lack (the API asks for it when the set goes to review). */
  function unwritten(p) { return p.line === 0 && (p.code === 'guide.field.required' || p.code === 'guide.field.choose'); }

  /** The save's problems, then those only the check found (each problem once). */
  function both(saved, checked) {
    function key(p) { return [p.guide, p.field, p.line || 0, p.code].join('|'); }
    var seen = {};
    saved.forEach(function (p) { seen[key(p)] = true; });
    return saved.concat(checked.filter(function (p) { return !seen[key(p)]; }));
  }

  function post(action, body, okText, node) {
    return S.call('POST', '/api/guides/sets/' + current.setId + '/' + action, body).then(function (r) {
      var ok = after(r, typeof okText === 'function' ? okText(r) : okText, node);
      if (ok && action === 'approve') { published(); }
      return ok;
    });
  }

  function comment() { return document.getElementById('guides-comment').value; }

  function start() {
    var u = S.user();
    // Signed in without the LCM role: the page's shared notice (staff.js) says so instead.
    if (!u || !S.allowed()) { return; }
    app.hidden = false;
    // A review mail links the editor with the set to open (?set=<id>: the query, unlike a
    // fragment, comes back from the sign-in).
    var linked = /[?&]set=([A-Za-z0-9-]+)/.exec(location.search);
    whoAmI().then(buttons).then(function () { if (linked) { loadLinked(linked[1]); } });
    sets();
    published();
    siteGuides();
    document.getElementById('guides-new').addEventListener('click', function () { open(null); });
    document.getElementById('guides-edit-site').addEventListener('click', editSiteGuide);
    document.getElementById('guides-add-translation').addEventListener('click', function () {
      var all = read();
      var first = all[0] || {};
      var missing = missingLanguages();
      if (!missing.length) { return; }
      all.push({ language: missing[0], translationOf: first.translationOf || first.slug, roles: first.roles,
        tags: first.tags, author: first.author, audience: first.audience, paths: first.paths });
      fill(all);
      focused = all.length - 1;
      blank[focused] = true;
      forms.querySelector('[data-guide="' + focused + '"] [name=title]').focus();
      schedule();
    });
    forms.addEventListener('input', function (e) { touch(e); schedule(); });
    forms.addEventListener('change', function (e) { touch(e); offer(); schedule(); });
    forms.addEventListener('focusout', function (e) { if (touch(e)) { schedule(); } });
    document.getElementById('guides-form').addEventListener('submit', function (e) { e.preventDefault(); save(); });
    // What the site's check finds (a link to no page) would be published as it is: the set stays a
    // draft until it is mended. A check that could not run (503) holds nothing back.
    document.getElementById('guides-submit').addEventListener('click', function () {
      save().then(function (ok) {
        if (!ok) { return; }
        if (checkedAtSave.length) {
          showProblems(checkedAtSave, true);
          S.say(status, t('guides.fixBeforeReview'), 'error');
          return;
        }
        post('submit', { revision: current.revision }, t('guides.submitted'), status);
      });
    });
    document.getElementById('guides-add-comment').addEventListener('click', function () {
      S.call('POST', '/api/guides/sets/' + current.setId + '/comments', { comment: comment() }).then(function (r) {
        if (after(r, '', reviewStatus)) { document.getElementById('guides-comment').value = ''; }
      });
    });
    document.getElementById('guides-request-changes').addEventListener('click', function () {
      post('request-changes', { revision: current.revision, comment: comment() }, t('guides.changesRequested'), reviewStatus)
        .then(function (ok) { if (ok) { document.getElementById('guides-comment').value = ''; } });
    });
    // Approving puts the pages live at once: the reviewer first sees where, and says yes.
    document.getElementById('guides-approve').addEventListener('click', function () {
      var guides = current.guides;
      document.getElementById('guides-confirm-text').textContent = S.plural('guides.confirmApprove', guides.length, { count: guides.length });
      var links = document.getElementById('guides-confirm-links');
      links.textContent = '';
      guides.forEach(function (g) {
        var li = links.appendChild(el('li'));
        li.appendChild(el('span', { lang: g.language }, g.title));
        li.appendChild(document.createTextNode(' — '));
        li.appendChild(el('code', {}, pageLink(g.language, g.slug)));
      });
      // What the reviewer typed goes with the approval: the question says so, and repeats it.
      var said = document.getElementById('guides-confirm-comment');
      said.textContent = '';
      said.hidden = !comment().trim();
      if (!said.hidden) {
        said.appendChild(document.createTextNode(t('guides.confirmComment') + ' '));
        said.appendChild(el('q', {}, comment().trim()));
      }
      window.LcmConfirm.ask(document.getElementById('guides-confirm'), this, approve);
    });
    function approve() {
      var guides = current.guides;
      // On AWS the publish function bakes the site after the answer ("pending"); locally it is done.
      post('approve', { revision: current.revision, comment: comment().trim() || undefined }, function (r) {
        var key = r.json && r.json.site === 'pending' ? 'guides.approvedPending' : 'guides.approved';
        return S.plural(key, guides.length, { count: guides.length });
      },
        reviewStatus).then(function (ok) {
        // The question is gone and so is the approve button: the focus goes to what was done (or
        // why not), unless the list of problems took it.
        if (ok) {
          document.getElementById('guides-comment').value = '';
          // One link a line: two titles side by side read as one long link.
          var pages = el('ul', { 'class': 'guides-published' });
          guides.forEach(function (g) {
            pages.appendChild(el('li')).appendChild(el('a', { href: pageOf(g), lang: g.language }, t('guides.view', { title: g.title })));
          });
          reviewStatus.appendChild(pages);
        }
        if (!summary.contains(document.activeElement)) { reviewStatus.focus(); }
      });
    }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
